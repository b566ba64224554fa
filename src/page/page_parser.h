#pragma once
// Parsing stage: the page's text -> Page (lead story and "Meer uit ..." ticker items).

#include <string_view>

#include "page/page.h"

namespace nieuwslezer {

/// Decoded page text (UTF-8, LF line ends) -> the lead and the ticker items in page order.
/// The page reads: the lead's headline; its body, starting with a dateline paragraph
/// "MOSKOU (ANP/RTR/DPA) - Moskou is bereid ..." (short subheading lines such as
/// "Bondgenoot" go to Story::subheadings); a line "Meer uit Buitenland" (-> section
/// "Buitenland"); then ticker items "BRUSSEL (ANP) - tekst", each followed by its time
/// label, which the page glues to the next item's line:
/// "12 minuten geledenBRUSSEL (ANP) - ..." -> previous item's label "12 minuten geleden".
/// Never throws: a missing or unknown label, a line that is not a story and the like are
/// described in Page::warnings ("unknown time label 'vorige week' on ticker item 3
/// (BRUSSEL), kept as written"). A page without any story gives has_lead == false and an
/// empty ticker; the caller turns that into an error. Linear in the size of the text.
Page parse_page(std::string_view utf8_text);

/// Takes a dateline off a story's first paragraph with the page's rules, for stories from
/// feeds and JSON: {"BRUSSEL (ANP) - De premier ..."} -> place "BRUSSEL", agency "ANP",
/// {"De premier ..."}. A paragraph without a dateline is left as it is.
void split_dateline(Story& story);

}  // namespace nieuwslezer
