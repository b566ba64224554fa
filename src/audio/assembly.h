#pragma once
// Assembly stage: one synthesized utterance per sentence of each script segment -> one
// programme, joined as the utterances come in.

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "audio/audio.h"
#include "script/script.h"
#include "speech/synthesizer.h"

namespace nieuwslezer {

/// Silence between segments, in milliseconds.
struct Pauses {
  int sentence_ms = 350;   // between sentences of one paragraph
  int paragraph_ms = 550;  // between paragraphs of one story
  int story_ms = 1000;     // between stories
  int section_ms = 1200;   // after the opening, before the closing
  int edge_ms = 250;       // before the first and after the last word
};

/// One sentence's utterance as eSpeak NG made it, wherever its samples lie.
struct Utterance {
  int sample_rate = 0;
  std::span<const std::int16_t> samples;
};

/// Joins the utterances of a script's sentences into mono audio, in script order, as they
/// come: eSpeak's own leading and trailing silence is trimmed and replaced by our pauses, so
/// pauses are exact. Adds a marker per segment (sentence -1) and per sentence, with start
/// and end frames.
class Assembler {
 public:
  /// For `script` (which must outlive this), utterances at `sample_rate`.
  Assembler(const Script& script, const Pauses& pauses, int sample_rate);
  ~Assembler();
  Assembler(const Assembler&) = delete;
  Assembler& operator=(const Assembler&) = delete;

  /// Frames of silence the script's pauses take (an upper bound), for reserve().
  std::size_t pause_frames() const { return pause_frames_; }
  std::size_t frames() const { return audio_.samples.size(); }
  std::size_t capacity() const { return audio_.samples.capacity(); }

  /// Makes room for `frames` in all, if there is less; growing moves what is in (so it is
  /// best done once, early; add() grows the room by half when it must). The room is not
  /// handed to forked processes: they never need the audio, and fork would copy its page
  /// tables.
  void reserve(std::size_t frames);

  /// The next sentences' utterances, in script order (sentence j of segment i, then j + 1 or
  /// the first of segment i + 1, ...). Throws std::invalid_argument for an utterance at
  /// another sample rate or one more than the script has sentences.
  void add(std::span<const Utterance> utterances);

  /// The audio, every sentence in. Throws std::invalid_argument if some are missing.
  Audio finish();

 private:
  void make_room(std::size_t more);  // for `more` frames after the audio so far
  void silence(int ms);
  void open_segment();  // starts the next segment, closing any that have no sentences
  void close_segment();
  void keep_room_from_forks(bool keep);

  const Script& script_;
  const Pauses pauses_;
  std::size_t pause_frames_ = 0;
  Audio audio_;
  std::size_t segment_ = 0;   // the segment being filled
  std::size_t sentence_ = 0;  // its next sentence
  Marker whole_;              // its marker
  std::span<float> kept_;     // pages not handed to forked processes
};

/// Joins `speech[i][j]` (sentence j of `script.segments[i]`) as the Assembler does, at the
/// utterances' sample rate. Throws std::invalid_argument when the counts or sample rates
/// disagree.
Audio assemble(const Script& script, const std::vector<std::vector<Speech>>& speech,
               const Pauses& pauses);

/// Length of a pause in milliseconds.
int pause_ms(Pause pause, const Pauses& pauses);

}  // namespace nieuwslezer
