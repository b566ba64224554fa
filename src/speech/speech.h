#pragma once
// What the speech stage hands out: plain samples, nothing of eSpeak NG.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace nieuwslezer {

/// Mono 16-bit speech for one utterance, as eSpeak NG made it.
struct Speech {
  int sample_rate = 22050;  // Hz
  std::vector<std::int16_t> samples;
  // Where each word eSpeak NG says begins, as its word events tell: the sample index into
  // `samples`, in order ("Het is acht uur." -> 4 starts; "1,2" -> one per word it reads).
  std::vector<std::size_t> word_starts{};
};

/// One sentence's speech where it lies, valid only during the call it is handed to.
struct SentenceSpeech {
  int sample_rate = 0;
  std::span<const std::int16_t> samples;
  std::vector<std::size_t> word_starts{};  // as in Speech
};

/// Takes the next sentences' speech as it comes, in script order: sentence j of segment i,
/// then j + 1 or the first of segment i + 1, ...; whole segments at a time.
using SpeechSink = std::function<void(std::span<const SentenceSpeech>)>;

}  // namespace nieuwslezer
