#pragma once
// Parsing stage entry point: decoded input text -> Page, whatever its format.

#include <string_view>

#include "page/page.h"

namespace nieuwslezer {

/// Decoded input text (UTF-8, LF line ends) -> a Page, the format told by the content, not
/// by the file name: the first character that is not white space (or a BOM) decides.
/// '<' -> an RSS 2.0, Atom or RDF feed (parse_feed); '{' or '[' -> the JSON input
/// (parse_json_page, docs/json-input.md); anything else -> the scraped news page
/// (parse_page). So "<?xml ...><rss ..." is a feed, "[{\"text\": ...}]" is JSON and
/// "Kabinet valt\nDEN HAAG (ANP) - ..." is a page.
/// Throws the InputError of the chosen parser ("is not well-formed XML: ...", "is not valid
/// JSON: ..."); the caller prefixes the file name. A page that is scraped text never throws.
Page read_page(std::string_view utf8_text);

}  // namespace nieuwslezer
