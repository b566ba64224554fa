#pragma once
// Character-level cleanup of scraped text before it is read: HTML residue, typographic
// punctuation, invisible characters and emoji.

#include <string>
#include <string_view>

namespace nieuwslezer {

/// Plain punctuation for the normalizer, nothing else changed. Decodes HTML entities
/// ("&amp;" -> "&", "&#8217;" -> "'") and drops HTML tags ("<br/>"); typographic quotes
/// become '"' or '\'' ("„Nee”" -> "\"Nee\"", "auto’s" -> "auto's"); en dashes, minus signs
/// and non-breaking hyphens become '-', em dashes " - "; "…" becomes "..."; every kind of
/// space and tab becomes one space (newlines are kept, CR LF becomes LF); emoji, variation
/// selectors, zero-width characters, soft hyphens and control characters are removed.
/// Never fails; invalid UTF-8 bytes are dropped.
std::string clean_typography(std::string_view text);

}  // namespace nieuwslezer
