#pragma once
// Several inputs -> one page, each story read once.

#include <vector>

#include "page/page.h"

namespace nieuwslezer {

/// Pages in input order -> one Page for one bulletin, without duplicate stories. The lead is
/// the first page's lead (or, when it has none, the first lead of a later page); any later
/// lead becomes a ticker item in its page's place, with a warning ("input 2: its lead
/// 'Kabinet valt' is read as a ticker item; the lead comes from input 1"). Ticker items
/// are concatenated in input order and renumbered 1..n; sections are joined without repeats
/// ("Binnenland, Buitenland"); every page's warnings are kept in order, then the merge's
/// own (the caller that logs warnings per file can clear them before merging). Finally
/// remove_duplicates runs, so one page is worth merging too: merge_pages({page}) is `page`
/// without duplicates. An empty list gives an empty Page. Never throws.
Page merge_pages(std::vector<Page> pages);

/// Drops stories that repeat another one, so each is read once, with a warning per drop
/// naming both ("left out a duplicate: ticker item 'DEN HAAG (ANP) - Het kabinet…' repeats
/// the lead 'Kabinet valt over stikstof'").
/// Two stories are duplicates when their normalized headline + text (lowercase, accents
/// folded, "ĳ" -> "ij", punctuation dropped) share word bigrams: Jaccard similarity >= 0.6,
/// or at least 80% of the shorter one's bigrams (when it has 8 or more) are in the longer one,
/// which catches a ticker item that is the lead's first paragraph. Place, agency and time are
/// not compared. Which copy stays: the lead over any ticker item; among ticker items the one
/// with a known `published` time, the newest first, then the earlier in page order. The
/// ticker keeps its order and is renumbered 1..n. Each story is compared only with the kept
/// stories it shares a bigram with (an inverted index); a bigram already in 64 kept stories
/// (a stock phrase: "dat meldt het ANP") no longer finds candidates but still counts when a
/// candidate found by a rarer bigram is compared, so the cost stays linear in the number of
/// stories: 100 000 items that all share stock phrases take about a second. A story that
/// shares nothing but stock phrases with an earlier one is not its duplicate. Never throws.
void remove_duplicates(Page& page);

}  // namespace nieuwslezer
