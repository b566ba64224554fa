#pragma once
// What the speech stage hands out: plain samples, nothing of eSpeak NG.

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace nieuwslezer {

/// Mono 16-bit speech for one utterance, as eSpeak NG made it.
struct Speech {
  int sample_rate = 22050;  // Hz
  std::vector<std::int16_t> samples;
};

/// One sentence's speech where it lies, valid only during the call it is handed to.
struct SentenceSpeech {
  int sample_rate = 0;
  std::span<const std::int16_t> samples;
};

/// Takes the next sentences' speech as it comes, in script order: sentence j of segment i,
/// then j + 1 or the first of segment i + 1, ...; whole segments at a time.
using SpeechSink = std::function<void(std::span<const SentenceSpeech>)>;

}  // namespace nieuwslezer
