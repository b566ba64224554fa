#pragma once
// WebVTT captions: each spoken sentence in cues people can read, timed from its words in the
// assembled audio.

#include <string>

#include "audio/audio.h"
#include "output/cue_split.h"
#include "script/script.h"

namespace nieuwslezer {

/// "WEBVTT" captions for the sentence markers in `audio`, showing each sentence as written
/// (not the respelled spoken form) in the cues of sentence_cues (at most two lines of 42
/// characters, 1 to 7 s, cut at phrase boundaries by `rules`, each shown from its first word),
/// XML-escaped. A sentence's last cue shorter than 1 s is held on into the silence after it,
/// up to 1 s, never past the next sentence's start or the end of the audio (so only a
/// sentence under 1 s followed by a shorter pause makes a cue under 1 s). Cues never overlap
/// and stay within the audio. Markers that point outside `script` are skipped.
/// Example cue: "3\n00:00:04.120 --> 00:00:07.480\nKabinet trekt geld uit.\n".
std::string webvtt_captions(const Script& script, const Audio& audio, const CaptionRules& rules);

/// 3723.5 s -> "01:02:03.500".
std::string webvtt_timestamp(double seconds);

}  // namespace nieuwslezer
