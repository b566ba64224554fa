#pragma once
// What every fuzz target checks beyond "no crash": the promises the stages make about their
// output, whatever the input bytes. A broken promise aborts, so libFuzzer keeps the input.

#include <string_view>

#include "page/page.h"
#include "text/spoken_text.h"

namespace nieuwslezer::fuzz {

/// Whether `text` is well-formed UTF-8: no stray continuation bytes, overlong forms,
/// surrogates, code points above U+10FFFF or sequences cut short. "café" -> true,
/// "caf\xE9" -> false.
bool is_valid_utf8(std::string_view text);

/// Prints "fuzz: broken promise: <what>" to standard error and aborts.
[[noreturn]] void fail(std::string_view what);

/// Aborts unless every text in `page` (headlines, places, agencies, paragraphs, labels,
/// subheadings, section, warnings) is valid UTF-8: the page was read from valid UTF-8, and
/// the script, captions and manifest promise UTF-8.
void check_page(const Page& page);

/// Aborts unless `spoken` is what the normalizer promises the synthesizer: valid UTF-8 runs
/// that are not empty, each language "" or a lower-case tag ("en"), and text of letters,
/// digits, single spaces and . , ; : ! ? only, with - inside words and ' not last (the rule
/// of tests/normalizer_test.cpp), no space or mark at the start, no space before a mark and
/// never two marks in a row.
void check_spoken(const SpokenText& spoken);

}  // namespace nieuwslezer::fuzz
