#pragma once
// Assembly stage: one utterance per sentence of each segment of a layout -> one programme,
// joined as the utterances come in. Plain samples in, audio out: nothing of the script or
// of eSpeak NG.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "audio/audio.h"

namespace nieuwslezer {

/// One segment of the programme: its marker's label, its sentences, the silence after it.
struct LayoutSegment {
  std::string label;  // "story 1 ticker-item"
  std::size_t sentences = 0;
  int pause_after_ms = 0;  // not used after the last segment, which gets edge_ms
};

/// What the assembler joins, segment by segment, and the silences it puts in.
struct Layout {
  std::vector<LayoutSegment> segments;
  int sentence_ms = 350;  // between the sentences of one segment
  int edge_ms = 250;      // before the first and after the last word
};

/// One sentence's utterance as eSpeak NG made it, wherever its samples lie.
struct Utterance {
  int sample_rate = 0;
  std::span<const std::int16_t> samples;
  std::span<const std::size_t> word_starts{};  // each spoken word's first sample, in order
};

/// Joins the utterances of a layout's sentences into mono audio, in order, as they come: eSpeak's
/// own leading and trailing silence is trimmed and replaced by our pauses, so pauses are exact.
/// Adds a marker per segment (sentence -1) and per sentence, with start and end frames; a
/// sentence's marker also holds where its words start in the audio (a word that starts in
/// the trimmed silence is taken to start where the kept sound does).
class Assembler {
 public:
  /// For `layout` (which must outlive this), utterances at `sample_rate`.
  Assembler(const Layout& layout, int sample_rate);
  ~Assembler();
  Assembler(const Assembler&) = delete;
  Assembler& operator=(const Assembler&) = delete;

  /// Frames of silence the layout's pauses take (an upper bound), for reserve().
  std::size_t pause_frames() const { return pause_frames_; }
  std::size_t frames() const { return audio_.samples.size(); }
  std::size_t capacity() const { return audio_.samples.capacity(); }

  /// Makes room for `frames` in all, if there is less; growing moves what is in (so it is
  /// best done once, early; add() grows the room by half when it must). The room is not
  /// handed to forked processes: they never need the audio, and fork would copy its page
  /// tables.
  void reserve(std::size_t frames);

  /// The next sentences' utterances, in order (sentence j of segment i, then j + 1 or
  /// the first of segment i + 1, ...). Throws std::invalid_argument for an utterance at
  /// another sample rate or one more than the layout has sentences.
  void add(std::span<const Utterance> utterances);

  /// The audio, every sentence in. Throws std::invalid_argument if some are missing.
  Audio finish();

 private:
  void make_room(std::size_t more);  // for `more` frames after the audio so far
  void silence(int ms);
  void open_segment();  // starts the next segment, closing any that have no sentences
  void close_segment();
  void keep_room_from_forks(bool keep);

  const Layout& layout_;
  std::size_t pause_frames_ = 0;
  Audio audio_;
  std::size_t segment_ = 0;   // the segment being filled
  std::size_t sentence_ = 0;  // its next sentence
  Marker whole_;              // its marker
  std::span<float> kept_;     // pages not handed to forked processes
};

/// Frames of `samples` (at `sample_rate`) the Assembler keeps: eSpeak's silence at both
/// ends trimmed to a 10 ms margin.
std::size_t kept_frames(std::span<const std::int16_t> samples, int sample_rate);

/// Frames of the audio the Assembler makes of `layout` at `sample_rate` from utterances that
/// keep `kept[k]` frames each (kept_frames), one per sentence in order: the length, without
/// assembling. Throws std::invalid_argument when the counts disagree.
std::size_t assembled_frames(const Layout& layout, int sample_rate,
                             std::span<const std::size_t> kept);

}  // namespace nieuwslezer
