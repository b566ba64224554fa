#pragma once
// The JSON manifest: where each segment and sentence of the bulletin is heard.

#include <string>

#include "audio/audio.h"
#include "script/script.h"

namespace nieuwslezer {

/// Bulletin facts the manifest repeats at its top.
struct ManifestInfo {
  std::string title;       // "Nieuws van 8 uur, 28 november 2026"
  std::string air_time;    // ISO 8601 with offset: "2026-11-28T08:00:00+01:00"
  std::string audio_file;  // the audio file's name as written, "-" for stdout
  int sample_rate = 0;     // Hz of the file (the encoder may resample); 0 = the audio's
  int channels = 0;        // of the file; 0 = the audio's
};

/// A JSON document: {"title", "air_time", "audio", "duration", "sample_rate", "channels",
/// "segments": [{"index" (into the script; null for a jingle), "kind" ("intro", "outro" for
/// the jingles), "story" (null for the frame), "label", "text" (spoken), "start", "end",
/// "duration", "sentences": [{"text" (as written), "spoken", "start", "end"}]}], "chapters":
/// [{"title", "start", "end"}] (bulletin_chapters)}, times in seconds with millisecond
/// precision. A segment's start and end are where it is heard; its duration runs from its
/// start to the next segment's (the first from 0, the last to the end), so the durations add
/// up to the file's. Segments without a marker in `audio` get no times (null).
std::string manifest_json(const Script& script, const Audio& audio, const ManifestInfo& info);

/// Escapes a UTF-8 string for JSON: "a\"b\n" -> "a\\\"b\\n" (control characters as \u00XX).
std::string json_escape(const std::string& text);

}  // namespace nieuwslezer
