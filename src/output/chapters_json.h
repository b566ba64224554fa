#pragma once
// Podcasting 2.0 JSON chapters (version 1.2.0): where each story of the bulletin starts, for
// the podcast:chapters element of the feed.

#include <string>
#include <vector>

#include "audio/audio.h"
#include "script/script.h"

namespace nieuwslezer {

struct Chapter {
  double start = 0;   // seconds from the beginning of the audio
  std::string title;  // the story's first sentence as written: its headline
};

/// One chapter per part of the bulletin: the opening, the lead, each ticker item and the
/// closing, each starting at the marker of its first segment in `audio` and titled by that
/// segment's first sentence as written. The first chapter starts at 0, so an intro jingle
/// belongs to it. Parts without a marker are left out.
std::vector<Chapter> bulletin_chapters(const Script& script, const Audio& audio);

/// Facts the chapters file repeats at its top.
struct ChaptersInfo {
  std::string title;         // the episode: "Nieuws van 8 uur, 28 november 2026"
  std::string podcast_name;  // the feed's title
  std::string file_name;     // the audio file's name: "nieuws-0800.mp3"
};

/// The JSON chapters document, https://github.com/Podcastindex-org/podcast-namespace
/// chapters/jsonChapters.md version 1.2.0: {"version": "1.2.0", "title", "podcastName",
/// "fileName", "chapters": [{"startTime": 0, "title": "..."}, ...]}, start times in seconds
/// with millisecond precision, ascending.
std::string chapters_json(const std::vector<Chapter>& chapters, const ChaptersInfo& info);

}  // namespace nieuwslezer
