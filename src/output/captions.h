#pragma once
// WebVTT captions: one cue per spoken sentence, timed from the assembled audio.

#include <string>

#include "audio/audio.h"
#include "script/script.h"

namespace nieuwslezer {

/// "WEBVTT" captions with one cue per sentence marker in `audio`, showing the sentence as
/// written (not the respelled spoken form), wrapped at 42 characters a line and XML-escaped.
/// Cues never overlap and stay within the audio. Markers that point outside `script` are
/// skipped. Example cue: "3\n00:00:04.120 --> 00:00:07.480\nKabinet trekt geld uit.\n".
std::string webvtt_captions(const Script& script, const Audio& audio);

/// 3723.5 s -> "01:02:03.500".
std::string webvtt_timestamp(double seconds);

}  // namespace nieuwslezer
