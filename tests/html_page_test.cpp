#include "output/html_page.h"

#include <gtest/gtest.h>

#include <string>

#include "test_support.h"

namespace nieuwslezer {
namespace {

using test::count;

Segment segment(SegmentKind kind, int story, std::vector<std::string> written) {
  Segment s;
  s.kind = kind;
  s.story = story;
  for (const std::string& sentence : written) s.sentences.push_back({{text_run(sentence)}});
  s.written = std::move(written);
  return s;
}

PagePhrases phrases() {
  return {"Luister vanaf dit bericht ({time})", "Download de audio",
          "Download de ondertiteling",          "Nederlands",
          "Geen audio in deze browser.",        "Transcript"};
}

const PageInfo kInfo{"Nieuws van 8 uur", "Radio Zuid", "2026-11-28T08:00:00+01:00",
                     "nieuws%2008.mp3", "nieuws%2008.vtt"};

// Opening, a lead of a headline and two paragraphs, a transition and two ticker items (the
// second without a marker), at 1000 frames a second.
struct Bulletin {
  Script script;
  Audio audio;
  Bulletin() {
    script.segments = {
        segment(SegmentKind::kOpening, -1, {"Goedemorgen.", "Hier is het nieuws."}),
        segment(SegmentKind::kHeadline, 0, {"Kabinet valt over stikstof"}),
        segment(SegmentKind::kParagraph, 0, {"Het kabinet is gevallen.", "Dat zei de premier."}),
        segment(SegmentKind::kParagraph, 0, {"Er komen verkiezingen."}),
        segment(SegmentKind::kTransition, -1, {"Verder in het nieuws."}),
        segment(SegmentKind::kTickerItem, 1,
                {"Brand in Zoetermeer geblust.", "Niemand raakte gewond."}),
        segment(SegmentKind::kTickerItem, 2, {"Ajax wint."})};
    audio.sample_rate = 1000;
    audio.samples.assign(100000, 0.0f);
    audio.markers = {{0, 2000, "intro", -1, -1},
                     {2500, 3000, "opening", 0, -1},
                     {3456, 4500, "story 0 headline", 1, -1},
                     {5000, 6000, "story 0 paragraph", 2, -1},
                     {6100, 7000, "story 0 paragraph", 3, -1},
                     {7100, 7500, "transition", 4, -1},
                     {65432, 69000, "story 1 ticker-item", 5, -1}};
  }
};

TEST(HtmlPage, ADutchPageWithThePlayerAndItsCaptions) {
  const Bulletin b;
  const std::string page = html_page(b.script, b.audio, kInfo, phrases());
  EXPECT_EQ(page.rfind("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">", 0),
            0u)
      << page;
  EXPECT_NE(page.find("<title>Nieuws van 8 uur</title>"), std::string::npos);
  EXPECT_EQ(count(page, "<main>"), 1u);
  EXPECT_NE(page.find("<h1>Nieuws van 8 uur</h1>"), std::string::npos);
  EXPECT_NE(page.find("Radio Zuid &middot; <time datetime=\"2026-11-28T08:00:00+01:00\">"
                      "2026-11-28 08:00</time>"),
            std::string::npos);
  EXPECT_NE(page.find("<audio id=\"player\" controls preload=\"metadata\" "
                      "src=\"nieuws%2008.mp3\">\n<track kind=\"captions\" srclang=\"nl\" "
                      "label=\"Nederlands\" src=\"nieuws%2008.vtt\" default>"),
            std::string::npos)
      << page;
  EXPECT_NE(page.find("<a href=\"nieuws%2008.mp3\">Download de audio</a>"), std::string::npos);
  EXPECT_NE(page.find("<a href=\"nieuws%2008.vtt\">Download de ondertiteling</a>"),
            std::string::npos);
  EXPECT_EQ(page.find("tabindex"), std::string::npos);
  EXPECT_NE(page.find(":focus{outline:3px solid"), std::string::npos) << "a visible focus";
  EXPECT_EQ(page.substr(page.size() - 8), "</html>\n");
}

TEST(HtmlPage, ASectionPerStoryHeadedByItsFirstSentence) {
  const Bulletin b;
  const std::string page = html_page(b.script, b.audio, kInfo, phrases());
  EXPECT_EQ(count(page, "<section "), 3u);
  EXPECT_EQ(count(page, "<h2 "), 3u);
  EXPECT_NE(page.find("<section aria-labelledby=\"bericht-1\">\n<h2 id=\"bericht-1\">Kabinet "
                      "valt over stikstof</h2>\n<p>Het kabinet is gevallen. Dat zei de "
                      "premier.</p>\n<p>Er komen verkiezingen.</p>\n"),
            std::string::npos)
      << page;
  EXPECT_NE(page.find("<h2 id=\"bericht-2\">Brand in Zoetermeer geblust.</h2>\n<p>Niemand raakte "
                      "gewond.</p>"),
            std::string::npos)
      << "a ticker item's first sentence is its heading, not repeated";
  EXPECT_EQ(count(page, "Brand in Zoetermeer"), 1u);
  EXPECT_NE(page.find("<p class=\"frame\">Goedemorgen. Hier is het nieuws.</p>"),
            std::string::npos);
  EXPECT_NE(page.find("<p class=\"frame\">Verder in het nieuws.</p>\n<section"), std::string::npos);
  EXPECT_NE(page.find("<div role=\"region\" aria-label=\"Transcript\">"), std::string::npos);
}

TEST(HtmlPage, EachStoryLinksToWhereItStartsInTheAudio) {
  const Bulletin b;
  const std::string page = html_page(b.script, b.audio, kInfo, phrases());
  EXPECT_NE(page.find("<a href=\"nieuws%2008.mp3#t=3.4\" data-start=\"3.4\" "
                      "aria-describedby=\"bericht-1\">Luister vanaf dit bericht (0:03)</a>"),
            std::string::npos)
      << page;
  EXPECT_NE(page.find("<a href=\"nieuws%2008.mp3#t=65.4\" data-start=\"65.4\" "
                      "aria-describedby=\"bericht-2\">Luister vanaf dit bericht (1:05)</a>"),
            std::string::npos);
  EXPECT_EQ(count(page, "#t="), 2u) << "the story without a marker has no link";
  EXPECT_NE(page.find("<h2 id=\"bericht-3\">Ajax wint.</h2>\n</section>"), std::string::npos);
}

TEST(HtmlPage, WithoutMarkersTheTranscriptStillReads) {
  Bulletin b;
  b.audio.markers.clear();
  const std::string page = html_page(b.script, b.audio, kInfo, phrases());
  EXPECT_EQ(page.find("#t="), std::string::npos);
  EXPECT_EQ(count(page, "<h2 "), 3u);
  EXPECT_NE(page.find("Er komen verkiezingen."), std::string::npos);
}

TEST(HtmlPage, HostileTextIsEscapedEverywhere) {
  Bulletin b;
  const std::string hostile = "<script>alert(\"x\")</script> & 'y' <img src=x onerror=alert(1)>";
  b.script.segments[1].written = {hostile};
  b.script.segments[2].written[1] = "</p></section><a href=\"javascript:alert(1)\">";
  b.script.segments[0].written = {"&amp; is geen &"};
  PageInfo info = kInfo;
  info.title = "</title><script>x</script>";
  info.station = "\"><script>";
  info.air_time = "\" onmouseover=\"alert(1)";
  info.audio_url = "x\" onerror=\"alert(1)";
  PagePhrases words = phrases();
  words.captions_label = "\" default><script>";
  words.listen_from = "<b>{time}</b>";
  const std::string page = html_page(b.script, b.audio, info, words);
  EXPECT_EQ(count(page, "<script"), 1u) << "only the page's own script: " << page;
  EXPECT_EQ(page.find("<img"), std::string::npos);
  EXPECT_EQ(page.find("<b>"), std::string::npos);
  EXPECT_EQ(page.find("\" onerror"), std::string::npos);
  EXPECT_EQ(page.find("\" onmouseover"), std::string::npos);
  EXPECT_EQ(page.find("<a href=\"javascript"), std::string::npos);
  EXPECT_NE(page.find("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"),
            std::string::npos);
  EXPECT_NE(page.find("&amp;amp; is geen &amp;"), std::string::npos);
  EXPECT_NE(page.find("<title>&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;</title>"),
            std::string::npos);
  EXPECT_NE(page.find("&lt;b&gt;0:03&lt;/b&gt;"), std::string::npos);
}

TEST(HtmlPage, OddUnicodePassesAndControlsAreLeftOut) {
  const std::string odd =
      "Zoë \xF0\x9F\x98\x80 \xE2\x80\xAEtxet\xE2\x80\xAC e\xCC\x81 \xEF\xAC\x81 \xE2\x80\x8B"
      " \xEF\xBB\xBF \xC2\xA0";
  EXPECT_EQ(html_escape(odd), odd);
  EXPECT_EQ(html_escape("a\x1b[1mb\x07\tc\r\n"), "a[1mb\tc\r\n");
  EXPECT_EQ(html_escape("a<b & \"c\" 'd'"), "a&lt;b &amp; &quot;c&quot; &#39;d&#39;");
  EXPECT_EQ(html_escape(""), "");
}

TEST(HtmlPage, RelativeUrlsFromThePagesFolder) {
  EXPECT_EQ(relative_url("/a/p.html", "/a/b.wav"), "b.wav");
  EXPECT_EQ(relative_url("/srv/www/nieuws/index.html", "/srv/www/audio/nieuws 08.mp3"),
            "../audio/nieuws%2008.mp3");
  EXPECT_EQ(relative_url("/srv/index.html", "/srv/media/2026/b.ogg"), "media/2026/b.ogg");
  EXPECT_EQ(relative_url("/srv/p.html", "/srv/é#?%&:x.wav"), "%C3%A9%23%3F%25%26%3Ax.wav")
      << "a part is never read as a fragment, query or scheme";
  EXPECT_EQ(relative_url("/a/b/c/p.html", "/x.vtt"), "../../../x.vtt");
}

TEST(HtmlPage, TimesForLinksAndListeners) {
  EXPECT_EQ(fragment_time(52.26), "52.2");
  EXPECT_EQ(fragment_time(0.3), "0.3");
  EXPECT_EQ(fragment_time(0), "0.0");
  EXPECT_EQ(fragment_time(-1), "0.0");
  EXPECT_EQ(fragment_time(3725.99), "3725.9");
  EXPECT_EQ(clock_time(5.9), "0:05");
  EXPECT_EQ(clock_time(65.4), "1:05");
  EXPECT_EQ(clock_time(3725), "1:02:05");
  EXPECT_EQ(clock_time(-3), "0:00");
}

}  // namespace
}  // namespace nieuwslezer
