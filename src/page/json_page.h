#pragma once
// Parsing stage for the documented JSON input (docs/json-input.md) -> Page.
// The only file that includes nlohmann/json.

#include <string_view>

#include "page/page.h"

namespace nieuwslezer {

/// JSON text (UTF-8) -> a Page. The document is an object
/// {"section": "Binnenland", "stories": [...]} or a bare array of stories; each story is
/// {"headline": "...", "text": "..." or ["alinea 1", "alinea 2"], "place": "DEN HAAG",
/// "agency": "ANP", "published": "2026-11-28T07:45:00+01:00", "time_label": "12 minuten
/// geleden", "lead": true}, where only "text" is required. A text string is split into
/// paragraphs at line ends; without "place", a dateline "BRUSSEL (ANP) - ..." at the start of
/// the text goes to place and agency. The first story with "lead": true is the lead; a second
/// one is read as a ticker item, with a warning. Ticker items keep document order.
/// Not fatal, described in Page::warnings: a story that is not an object, a field of the
/// wrong type or an empty text ("story 3: 'headline' is a number, not a string; the story
/// was left out"), an unknown key ("story 2: unknown key 'publshed' ignored"), a
/// "published" that is not an ISO 8601 time with offset (kept without time).
/// Throws InputError with a problem text the caller prefixes with the file name:
/// "is not valid JSON: parse error at line 3, column 1: syntax error ...", "is not valid
/// JSON: number overflow parsing '1e400'" or
/// "is JSON but not a list of stories (expected an array, or an object with \"stories\")".
/// Example: [{"text": "DEN HAAG (ANP) - Het kabinet ...", "lead": true}] -> a Page whose
/// lead has place "DEN HAAG", agency "ANP" and one paragraph "Het kabinet ...".
Page parse_json_page(std::string_view utf8_json);

}  // namespace nieuwslezer
