// libFuzzer target for the text stage: any bytes -> normalize_for_speech with the real data/
// tables, and split_sentences. The normalizer promises never to fail and to drop invalid
// UTF-8 (through clean_typography), so every input is given to it, and the result must be what
// the synthesizer may get (fuzz::check_spoken): speakable characters only, valid UTF-8.
// The sentences of valid UTF-8 text must be valid UTF-8, trimmed and not empty.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_checks.h"
#include "text/normalizer.h"
#include "text/text_data.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace nieuwslezer;
  static const TextData text_data = load_text_data(NIEUWSLEZER_FUZZ_DATA_DIR);
  const std::string_view written(reinterpret_cast<const char*>(data), size);
  fuzz::check_spoken(normalize_for_speech(written, text_data));
  if (!fuzz::is_valid_utf8(written)) return 0;
  for (const std::string& sentence : split_sentences(written, text_data)) {
    constexpr std::string_view kBlank = " \t\r\n";
    if (sentence.empty() || kBlank.find(sentence.front()) != std::string_view::npos ||
        kBlank.find(sentence.back()) != std::string_view::npos) {
      fuzz::fail("split_sentences gave an empty or untrimmed sentence: '" + sentence + "'");
    }
    if (!fuzz::is_valid_utf8(sentence)) fuzz::fail("split_sentences gave invalid UTF-8");
  }
  return 0;
}
