#pragma once
// The one module that talks to libespeak-ng. eSpeak NG keeps global state: the engine is
// started once per process and one Synthesizer at a time uses it.

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "speech/voice.h"

namespace nieuwslezer {

/// A point in synthesized speech reported by eSpeak NG.
struct SpeechEvent {
  enum class Kind { kSentence, kWord, kEnd };
  Kind kind = Kind::kWord;
  std::size_t sample = 0;         // sample offset from the start of this utterance
  std::size_t text_position = 0;  // 1-based character position in the utterance text
  std::size_t text_length = 0;    // characters, for words
};

/// Mono 16-bit speech for one utterance, with its events.
struct Speech {
  int sample_rate = 22050;  // Hz
  std::vector<std::int16_t> samples;
  std::vector<SpeechEvent> events;
};

class Synthesizer {
 public:
  /// Takes the process's eSpeak NG engine (starting it the first time) and sets `voice`.
  /// Set a voice once per process if you can: each change leaks in eSpeak 1.51.
  /// Throws UsageError "--voice: eSpeak NG has no voice 'xx'" for an unknown voice, and
  /// std::runtime_error when eSpeak's data cannot be found or another Synthesizer is alive.
  explicit Synthesizer(const Voice& voice);
  ~Synthesizer();
  Synthesizer(const Synthesizer&) = delete;
  Synthesizer& operator=(const Synthesizer&) = delete;

  int sample_rate() const { return sample_rate_; }

  /// Switches to another voice (each switch leaks a little in eSpeak 1.51: switch rarely).
  /// Its variant must come from the same voices folder as the first. Throws like the
  /// constructor.
  void set_voice(const Voice& voice);

  /// Speaks UTF-8 text, or an SSML document when `ssml` is true ("<speak>...</speak>").
  /// Throws std::runtime_error when eSpeak reports a failure.
  Speech speak(std::string_view text, bool ssml = false);

  /// speak() into `speech`, whose memory is reused (what it held is replaced).
  void speak(std::string_view text, bool ssml, Speech& speech);

  /// eSpeak's phonemes for UTF-8 text, clauses separated by spaces, like `espeak-ng -x`:
  /// "Hallo" -> "h'Alo:". Used to check what the voice will actually say.
  std::string phonemes(std::string_view text);

  /// The phonemes eSpeak NG says when it speaks `text` as speak() does, [[...]] phoneme
  /// input included (espeak_TextToPhonemes reads that as text): "Dat is [[p'utIn]]." ->
  /// "dAt Is p'utIn", clauses separated by spaces, like `espeak-ng -q -x`. Synthesizes the
  /// text to find out. Throws like speak().
  std::string said_phonemes(std::string_view text);

 private:
  int sample_rate_ = 0;
};

}  // namespace nieuwslezer
