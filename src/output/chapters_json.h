#pragma once
// Podcasting 2.0 JSON chapters (version 1.2.0): where each story of the bulletin starts, for
// the podcast:chapters element of the feed.

#include <string>
#include <vector>

#include "audio/audio.h"

namespace nieuwslezer {

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
/// `chapters` are output/chapters.h's bulletin_chapters (frames at `sample_rate`, titles in
/// `label`).
std::string chapters_json(const std::vector<Marker>& chapters, int sample_rate,
                          const ChaptersInfo& info);

}  // namespace nieuwslezer
