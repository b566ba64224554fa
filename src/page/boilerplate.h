#pragma once
// Text every story of a page shares ("Lees het hele verhaal op onze site.") is the site's,
// not the news: it is neither read in every item nor taken for a sign of duplicates.

#include "page/page.h"

namespace nieuwslezer {

/// Leaves out each sentence that occurs in at least half of the page's stories (lead and
/// ticker items, at least 3 of them that differ in their other sentences: copies of one
/// story are duplicates, not boilerplate), wherever it stands in a paragraph, and each paragraph
/// then empty; a ticker item left with no text at all goes too. One warning per sentence
/// ("left out a sentence 12 of 12 stories share: 'Lees het hele verhaal op onze site.'").
/// Sentences are compared as written, spaces folded; a sentence ends at '.', '!', '?' or
/// '…' before a space. Linear in the page's size. Never throws.
void remove_shared_sentences(Page& page);

}  // namespace nieuwslezer
