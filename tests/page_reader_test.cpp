#include "page/page_reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "errors.h"
#include "input/read_input.h"
#include "input/text_decoding.h"

namespace nieuwslezer {
namespace {

std::string file_text(const std::filesystem::path& relative) {
  return decode_page_text(read_input_file(std::filesystem::path(NIEUWSLEZER_SOURCE_DIR) / relative))
      .text;
}

TEST(PageReader, FeedsByContent) {
  EXPECT_EQ(read_page(file_text("tests/feeds/rss2.xml")).section, "Economie");
  EXPECT_EQ(read_page(file_text("tests/feeds/atom.xml")).section, "Buitenland");
  EXPECT_EQ(read_page(file_text("tests/feeds/rdf.xml")).section, "Regio");
  EXPECT_EQ(read_page("\n  \xEF\xBB\xBF<rss><channel><title>X</title></channel></rss>").section,
            "X");
}

TEST(PageReader, JsonByContent) {
  const Page page = read_page(file_text("tests/feeds/stories.json"));
  EXPECT_TRUE(page.has_lead);
  EXPECT_EQ(page.section, "Binnenland");
  EXPECT_EQ(read_page("  [{\"text\": \"Een.\"}]").ticker.size(), 1u);
}

TEST(PageReader, ScrapedPageByContent) {
  const Page page = read_page(file_text("examples/sport.txt"));
  EXPECT_TRUE(page.has_lead);
  EXPECT_EQ(page.section, "Sport");
  EXPECT_EQ(page.lead.place, "HEERENVEEN");
}

TEST(PageReader, ExamplesAreReadable) {
  const Page feed = read_page(file_text("examples/feed-economie.xml"));
  EXPECT_FALSE(feed.ticker.empty());
  EXPECT_TRUE(feed.warnings.empty());
  const Page json = read_page(file_text("examples/verhalen.json"));
  EXPECT_TRUE(json.has_lead);
  EXPECT_TRUE(json.warnings.empty());
}

TEST(PageReader, ErrorsOfTheChosenFormat) {
  EXPECT_THROW(read_page(file_text("tests/feeds/truncated.xml")), InputError);
  EXPECT_THROW(read_page(file_text("tests/feeds/not-a-feed.xml")), InputError);
  EXPECT_THROW(read_page(file_text("tests/feeds/broken.json")), InputError);
  EXPECT_THROW(read_page("{"), InputError);
  EXPECT_NO_THROW(read_page("Gewone tekst < en { zonder opmaak."));
}

}  // namespace
}  // namespace nieuwslezer
