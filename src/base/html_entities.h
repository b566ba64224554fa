#pragma once
// HTML character references ("&amp;", "&#233;", "&#x20AC;", "&eacute;"): the one table of
// named entities and the one reader of them, for the feed parser and the typography cleanup.

#include <cstddef>
#include <optional>
#include <string_view>

namespace nieuwslezer {

/// The longest reference read: "&CounterClockwiseContourIntegral;" is 33 bytes.
inline constexpr std::size_t kMaxEntityBytes = 33;

/// A character reference read from the text.
struct HtmlEntity {
  char32_t code_point = 0;  // 0: a well-formed name the table does not know ("&foo;")
  std::size_t length = 0;   // bytes, from the '&' through the ';'
};

/// The reference at the start of `text` (which starts with '&'), nullopt when none starts
/// there ("& ", "&amp" without ';', "&a b;", more than kMaxEntityBytes). Named: "&amp;" ->
/// {'&', 5}, "&eacute;" -> {U+00E9, 8}, "&nbsp;" -> {U+00A0, 6}, "&foo;" -> {0, 5}.
/// Numeric: "&#233;" and "&#xE9;" -> U+00E9; 128..159 mean Windows-1252 as browsers read
/// them ("&#150;" -> U+2013); 0, a surrogate or beyond U+10FFFF -> U+FFFD; a control or
/// noncharacter (utf8::is_unwanted: "&#27;", "&#xFFFE;") -> a space. Looks at no more
/// than kMaxEntityBytes bytes, so scanning a text for references stays linear.
std::optional<HtmlEntity> html_entity_at(std::string_view text);

}  // namespace nieuwslezer
