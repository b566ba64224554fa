// libFuzzer target for the stages after parsing, wired as run() wires them: any bytes ->
// decode_page_text -> read_page -> merge_pages -> order_stories (a fixed air time in
// Europe/Amsterdam, never the real clock) -> write_script with the real data/phrases.nl.txt
// and data/ tables. Inputs the parser rejects (InputError) or that hold no story are what
// run() refuses too, so they end here. Every sentence of the script must be speakable
// (fuzz::check_spoken) and have its written form beside it.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "errors.h"
#include "fuzz_checks.h"
#include "input/text_decoding.h"
#include "order/ordering.h"
#include "order/time_zone.h"
#include "page/merge.h"
#include "page/page_reader.h"
#include "script/phrases.h"
#include "script/script_writer.h"
#include "text/text_data.h"

namespace {

using namespace nieuwslezer;

struct Setting {
  TimeZone zone = TimeZone::named("Europe/Amsterdam");
  // Saturday 28 November 2026, 08:00 in Amsterdam: the examples' own air time.
  Instant now =
      Instant(std::chrono::sys_days(std::chrono::year(2026) / 11 / 28)) + std::chrono::hours(7);
  CivilTime air_time = zone.to_civil(now);
  Phrases phrases = load_phrases(NIEUWSLEZER_FUZZ_DATA_DIR "/phrases.nl.txt");
  TextData text_data = load_text_data(NIEUWSLEZER_FUZZ_DATA_DIR);
  EditorialData editorial = load_editorial_data(NIEUWSLEZER_FUZZ_DATA_DIR);
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Setting setting;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  Page page;
  try {
    page = read_page(decode_page_text(bytes).text);
  } catch (const InputError&) {
    return 0;  // run() reports it as bad input
  }
  if (!page.has_lead && page.ticker.empty()) return 0;  // run(): "no story found"
  std::vector<Page> pages;
  pages.push_back(std::move(page));
  const RunningOrder order =
      order_stories(merge_pages(std::move(pages)), setting.now, setting.zone, OrderingRules{});
  const Script script =
      write_script(order, setting.air_time, setting.phrases, setting.text_data, setting.editorial,
                   {{"station", "Radio Zuidwest"}, {"date", "28 november 2026"}});
  for (const Segment& segment : script.segments) {
    if (segment.sentences.size() != segment.written.size()) {
      fuzz::fail("a segment's sentences and written forms differ in number");
    }
    for (const SpokenText& sentence : segment.sentences) fuzz::check_spoken(sentence);
    for (const std::string& written : segment.written) {
      if (!fuzz::is_valid_utf8(written)) fuzz::fail("a written sentence is not valid UTF-8");
    }
  }
  return 0;
}
