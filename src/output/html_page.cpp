#include "output/html_page.h"

#include <fmt/format.h>

#include <cmath>
#include <map>
#include <vector>

#include "output/chapters.h"
#include "output/podcast_feed.h"

namespace nieuwslezer {
namespace {

// Readable in light and dark, contrast above 7:1, a focus outline that cannot be missed.
constexpr const char* kStyle = R"(body{margin:0;font:1.125rem/1.6 system-ui,sans-serif;
color:#1a1a1a;background:#fff}
main{max-width:42rem;margin:0 auto;padding:1rem 1.25rem 3rem}
h1{font-size:1.6rem;line-height:1.25}
h2{font-size:1.2rem;line-height:1.35;margin:2rem 0 .5rem}
audio{display:block;width:100%;margin:1rem 0}
a{color:#0645ad;text-decoration:underline}
a:focus,audio:focus{outline:3px solid #0645ad;outline-offset:3px}
.frame{color:#3b3b3b;font-style:italic}
@media (prefers-color-scheme:dark){body{color:#eee;background:#111}a{color:#9ecbff}
a:focus,audio:focus{outline-color:#9ecbff}.frame{color:#ccc}}
)";

// Progressive enhancement only: without it each story's link opens the audio at the
// story's time; with it the player on the page seeks there and plays.
constexpr const char* kSeekScript = R"(document.addEventListener("click", function (event) {
  var link = event.target.closest ? event.target.closest("a[data-start]") : null;
  var player = document.getElementById("player");
  if (!link || !player || event.button !== 0 || event.ctrlKey || event.metaKey ||
      event.shiftKey || event.altKey) return;
  event.preventDefault();
  player.currentTime = Number(link.getAttribute("data-start"));
  player.play();
});
)";

// A story's heading: its title (headline, else first sentence of news), else the first
// sentence of its first segment as written (as spoken when not written).
std::string story_heading(const Segment& segment) {
  if (!segment.title.empty()) return segment.title;
  if (!segment.written.empty() && !segment.written.front().empty()) return segment.written.front();
  if (!segment.sentences.empty()) return segment.sentences.front().plain();
  return segment_label(segment);
}

// Whether the first sentence of `segment` is `heading` (read as a sentence: "Kop." is "Kop"),
// so the body does not say it again; a lead-in ("Dan naar De Bilt.") is not.
bool begins_with_heading(const Segment& segment, std::string_view heading) {
  if (segment.written.empty()) return segment.title.empty();
  std::string_view first = segment.written.front();
  if (first.size() == heading.size() + 1 && first.back() == '.') first.remove_suffix(1);
  return first == heading || segment.title.empty();
}

// A segment's written sentences as one paragraph, from sentence `first` on.
std::string paragraph_text(const Segment& segment, std::size_t first) {
  std::string text;
  for (std::size_t i = first; i < segment.written.size(); ++i) {
    if (segment.written[i].empty()) continue;
    if (!text.empty()) text += ' ';
    text += segment.written[i];
  }
  return text;
}

// Where each story is first heard, in seconds, from the chapters: story -> start.
std::map<int, double> story_starts(const Script& script, const Audio& audio) {
  std::map<int, double> starts;
  const double rate = audio.sample_rate > 0 ? audio.sample_rate : 1;
  for (const Marker& chapter : bulletin_chapters(script, audio)) {
    if (chapter.segment < 0) continue;  // a jingle
    const int story = script.segments[static_cast<std::size_t>(chapter.segment)].story;
    if (story >= 0) starts.emplace(story, static_cast<double>(chapter.frame) / rate);
  }
  return starts;
}

std::string page_head(const PageInfo& info) {
  return "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
         html_escape(info.title) + "</title>\n<style>\n" + kStyle + "</style>\n</head>\n";
}

// The title, station and air time, the player with its captions, and the files to download.
std::string page_top(const PageInfo& info, const PagePhrases& phrases) {
  std::string out = "<h1>" + html_escape(info.title) + "</h1>\n<p>";
  if (!info.station.empty()) out += html_escape(info.station) + " &middot; ";
  // "2026-11-28T08:00:00+01:00" is shown as "2026-11-28 08:00".
  const std::string shown = info.air_time.size() >= 16
                                ? info.air_time.substr(0, 10) + " " + info.air_time.substr(11, 5)
                                : info.air_time;
  out += "<time datetime=\"" + html_escape(info.air_time) + "\">" + html_escape(shown) +
         "</time></p>\n";
  const std::string audio = html_escape(info.audio_url);
  const std::string captions = html_escape(info.captions_url);
  out += "<audio id=\"player\" controls preload=\"metadata\" src=\"" + audio + "\">\n" +
         "<track kind=\"captions\" srclang=\"nl\" label=\"" + html_escape(phrases.captions_label) +
         "\" src=\"" + captions + "\" default>\n<p>" + html_escape(phrases.no_audio_player) +
         "</p>\n</audio>\n";
  out += "<p><a href=\"" + audio + "\">" + html_escape(phrases.download_audio) +
         "</a> &middot; <a href=\"" + captions + "\">" + html_escape(phrases.download_captions) +
         "</a></p>\n";
  return out;
}

// One story: its heading, the rest of its sentences paragraph by paragraph, and its link.
std::string story_section(const std::vector<const Segment*>& segments, int number,
                          const double* start, const PageInfo& info, const PagePhrases& phrases) {
  const std::string id = "bericht-" + std::to_string(number);
  const std::string heading = story_heading(*segments.front());
  std::string out = "<section aria-labelledby=\"" + id + "\">\n<h2 id=\"" + id + "\">" +
                    html_escape(heading) + "</h2>\n";
  const bool skip_first = begins_with_heading(*segments.front(), heading);
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const std::string text = paragraph_text(*segments[i], i == 0 && skip_first ? 1 : 0);
    if (!text.empty()) out += "<p>" + html_escape(text) + "</p>\n";
  }
  if (start) {
    const std::string time = fragment_time(*start);
    out += "<p><a href=\"" + html_escape(info.audio_url + "#t=" + time) + "\" data-start=\"" +
           time + "\" aria-describedby=\"" + id + "\">" +
           html_escape(fill_template(phrases.listen_from, {{"time", clock_time(*start)}})) +
           "</a></p>\n";
  }
  return out + "</section>\n";
}

// The transcript: the frame's paragraphs and a section per story, in the order heard.
std::string transcript(const Script& script, const Audio& audio, const PageInfo& info,
                       const PagePhrases& phrases) {
  const std::map<int, double> starts = story_starts(script, audio);
  std::string out =
      "<div role=\"region\" aria-label=\"" + html_escape(phrases.transcript) + "\">\n";
  int number = 0;
  for (std::size_t i = 0; i < script.segments.size();) {
    const Segment& segment = script.segments[i];
    if (segment.story < 0) {
      const std::string text = paragraph_text(segment, 0);
      if (!text.empty()) out += "<p class=\"frame\">" + html_escape(text) + "</p>\n";
      ++i;
      continue;
    }
    std::vector<const Segment*> story;
    for (; i < script.segments.size() && script.segments[i].story == segment.story; ++i) {
      story.push_back(&script.segments[i]);
    }
    const auto found = starts.find(segment.story);
    out += story_section(story, ++number, found == starts.end() ? nullptr : &found->second, info,
                         phrases);
  }
  return out + "</div>\n";
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') out += c;
    }
  }
  return out;
}

std::string relative_url(const std::filesystem::path& page, const std::filesystem::path& target) {
  const std::filesystem::path relative = target.lexically_relative(page.parent_path());
  std::string url;
  for (const std::filesystem::path& part : relative.empty() ? target.filename() : relative) {
    if (part.empty()) continue;
    if (!url.empty()) url += '/';
    url += percent_encode(part.string());
  }
  return url;
}

std::string fragment_time(double seconds) {
  const double tenths = std::floor(std::max(0.0, seconds) * 10.0 + 1e-6);
  return fmt::format("{:.1f}", tenths / 10.0);
}

std::string clock_time(double seconds) {
  const auto whole = static_cast<long long>(std::floor(std::max(0.0, seconds)));
  if (whole >= 3600) {
    return fmt::format("{}:{:02}:{:02}", whole / 3600, whole / 60 % 60, whole % 60);
  }
  return fmt::format("{}:{:02}", whole / 60, whole % 60);
}

std::string html_page(const Script& script, const Audio& audio, const PageInfo& info,
                      const PagePhrases& phrases) {
  return page_head(info) + "<body>\n<main>\n" + page_top(info, phrases) +
         transcript(script, audio, info, phrases) + "</main>\n<script>\n" + kSeekScript +
         "</script>\n</body>\n</html>\n";
}

}  // namespace nieuwslezer
