#pragma once
// The one module that talks to libespeak-ng. eSpeak NG keeps global state: the engine is
// started once per process and one Synthesizer at a time uses it.

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "speech/speech.h"
#include "speech/voice.h"

namespace nieuwslezer {

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
