#include "audio/assembly.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <numbers>
#include <stdexcept>
#include <utility>

#include "system/memory.h"

namespace nieuwslezer {
namespace {

// Samples at or below this are eSpeak's silence (about -54 dBFS).
constexpr int kSilence = 64;
// Fades at the ends of each utterance, in milliseconds: long enough to take the click out
// of a step, short enough to leave a plosive's burst.
constexpr int kFadeMs = 3;

std::size_t frames_for_ms(int ms, int sample_rate) {
  return static_cast<std::size_t>(ms) * static_cast<std::size_t>(sample_rate) / 1000;
}

// The part of an utterance the assembler keeps: [begin, end) of its samples, eSpeak's
// silence at the ends trimmed, with a few milliseconds left around the speech so soft
// onsets and decays survive.
struct Kept {
  std::size_t begin = 0;
  std::size_t end = 0;
};

Kept kept_part(std::span<const std::int16_t> samples, int sample_rate) {
  std::size_t begin = 0, end = samples.size();
  while (begin < end && std::abs(samples[begin]) <= kSilence) ++begin;
  while (end > begin && std::abs(samples[end - 1]) <= kSilence) --end;
  const std::size_t margin = frames_for_ms(10, sample_rate);
  return {begin > margin ? begin - margin : 0, std::min(samples.size(), end + margin)};
}

// Frames of silence around and between the segments: the edges (only the first when there
// are no segments), the pause after each segment but the last and the pauses between the
// sentences of a segment.
std::size_t silence_frames(const Layout& layout, int sample_rate) {
  std::size_t frames =
      (layout.segments.empty() ? 1 : 2) * frames_for_ms(layout.edge_ms, sample_rate);
  for (std::size_t i = 0; i + 1 < layout.segments.size(); ++i) {
    frames += frames_for_ms(layout.segments[i].pause_after_ms, sample_rate);
  }
  for (const LayoutSegment& segment : layout.segments) {
    if (segment.sentences > 1) {
      frames += (segment.sentences - 1) * frames_for_ms(layout.sentence_ms, sample_rate);
    }
  }
  return frames;
}

// Raised-cosine fades over `length` samples at both ends of the sound in samples[begin, end)
// (from its first to its last non-zero sample). eSpeak starts some utterances with a step out
// of digital silence (the plosive of "Pas op!") and stops others mid-waveform (the fricative
// of "nieuws." ends at -738 of 32 767, then zeros); against our digital-silence pauses those
// steps would click.
void fade_edges(std::vector<float>& samples, std::size_t begin, std::size_t end,
                std::size_t length) {
  while (begin < end && samples[begin] == 0.0f) ++begin;
  while (end > begin && samples[end - 1] == 0.0f) --end;
  length = std::min(length, (end - begin) / 2);
  for (std::size_t i = 0; i < length; ++i) {
    const double phase = (static_cast<double>(i) + 0.5) / static_cast<double>(length);
    const auto weight = static_cast<float>(0.5 - 0.5 * std::cos(std::numbers::pi * phase));
    samples[begin + i] *= weight;
    samples[end - 1 - i] *= weight;
  }
}

}  // namespace

Assembler::Assembler(const Layout& layout, int sample_rate) : layout_(layout) {
  audio_.sample_rate = sample_rate;
  pause_frames_ = frames_for_ms(2 * layout.edge_ms, sample_rate);
  for (const LayoutSegment& segment : layout.segments) {
    pause_frames_ += frames_for_ms(segment.pause_after_ms, sample_rate) +
                     frames_for_ms(layout.sentence_ms, sample_rate) * segment.sentences;
  }
  silence(layout.edge_ms);
  open_segment();
}

Assembler::~Assembler() { keep_room_from_forks(false); }

void Assembler::keep_room_from_forks(bool keep) {
  if (!kept_.empty()) keep_from_forks(kept_.data(), kept_.size_bytes(), false);
  kept_ = {};
  if (keep) {
    kept_ = std::span(audio_.samples.data(), audio_.samples.capacity());
    keep_from_forks(kept_.data(), kept_.size_bytes(), true);
  }
}

void Assembler::reserve(std::size_t frames) {
  if (frames <= audio_.samples.capacity()) return;
  std::vector<float> room;
  room.reserve(frames);
  room.assign(audio_.samples.begin(), audio_.samples.end());
  keep_room_from_forks(false);  // before the old room is freed
  audio_.samples.swap(room);
  keep_room_from_forks(true);
}

void Assembler::make_room(std::size_t more) {
  // Never by the vector itself: it would free room kept from forks without handing it back.
  const std::size_t frames = audio_.samples.size() + more;
  if (frames > audio_.samples.capacity())
    reserve(std::max(frames, audio_.samples.capacity() * 3 / 2));
}

void Assembler::silence(int ms) {
  const std::size_t frames = frames_for_ms(ms, audio_.sample_rate);
  make_room(frames);
  audio_.samples.insert(audio_.samples.end(), frames, 0.0f);
}

void Assembler::open_segment() {
  const auto& segments = layout_.segments;
  while (segment_ < segments.size()) {
    whole_ =
        Marker{audio_.samples.size(), 0, segments[segment_].label, static_cast<int>(segment_), -1};
    sentence_ = 0;
    if (segments[segment_].sentences > 0) return;
    close_segment();
  }
}

void Assembler::close_segment() {
  whole_.end_frame = audio_.samples.size();
  audio_.markers.push_back(whole_);
  const bool last = segment_ + 1 == layout_.segments.size();
  silence(last ? layout_.edge_ms : layout_.segments[segment_].pause_after_ms);
  ++segment_;
}

void Assembler::add(std::span<const Utterance> utterances) {
  // Their pages mapped in at once: the samples and, at most, the longest pause after each.
  std::size_t coming = 0;
  int longest_pause = std::max(layout_.sentence_ms, layout_.edge_ms);
  for (const LayoutSegment& segment : layout_.segments) {
    longest_pause = std::max(longest_pause, segment.pause_after_ms);
  }
  for (const Utterance& utterance : utterances) {
    coming += utterance.samples.size() + frames_for_ms(longest_pause, audio_.sample_rate);
  }
  const std::size_t size = audio_.samples.size();
  map_in(audio_.samples.data() + size,
         std::min(coming, audio_.samples.capacity() - size) * sizeof(float));
  for (const Utterance& utterance : utterances) {
    if (segment_ >= layout_.segments.size()) {
      throw std::invalid_argument("assemble: one utterance per sentence is needed");
    }
    if (utterance.sample_rate != audio_.sample_rate) {
      throw std::invalid_argument("assemble: utterances differ in sample rate");
    }
    if (sentence_ > 0) silence(layout_.sentence_ms);
    const auto samples = utterance.samples;
    const auto [begin, end] = kept_part(samples, audio_.sample_rate);
    const std::size_t start = audio_.samples.size();
    make_room(end - begin);
    // Converted, then scaled in place: two loops that vectorize, where push_back did not.
    // (Scaling by the power of two 2^-15 is exact either way.)
    audio_.samples.insert(audio_.samples.end(),
                          samples.begin() + static_cast<std::ptrdiff_t>(begin),
                          samples.begin() + static_cast<std::ptrdiff_t>(end));
    for (std::size_t s = start; s < audio_.samples.size(); ++s)
      audio_.samples[s] *= 1.0f / 32768.0f;
    fade_edges(audio_.samples, start, audio_.samples.size(),
               frames_for_ms(kFadeMs, audio_.sample_rate));
    Marker marker{start, audio_.samples.size(), whole_.label, static_cast<int>(segment_),
                  static_cast<int>(sentence_)};
    for (const std::size_t word : utterance.word_starts) {
      marker.words.push_back(start + std::clamp(word, begin, end) - begin);
    }
    audio_.markers.push_back(std::move(marker));
    if (++sentence_ == layout_.segments[segment_].sentences) {
      close_segment();
      open_segment();
    }
  }
}

Audio Assembler::finish() {
  if (segment_ < layout_.segments.size()) {
    throw std::invalid_argument("assemble: one utterance per sentence is needed");
  }
  keep_room_from_forks(false);
  // Segment markers first, each followed by its sentences, in time order.
  std::stable_sort(
      audio_.markers.begin(), audio_.markers.end(), [](const Marker& a, const Marker& b) {
        return a.segment != b.segment ? a.segment < b.segment : a.sentence < b.sentence;
      });
  return std::move(audio_);
}

std::size_t kept_frames(std::span<const std::int16_t> samples, int sample_rate) {
  const Kept kept = kept_part(samples, sample_rate);
  return kept.end - kept.begin;
}

std::size_t assembled_frames(const Layout& layout, int sample_rate,
                             std::span<const std::size_t> kept) {
  std::size_t sentences = 0;
  for (const LayoutSegment& segment : layout.segments) sentences += segment.sentences;
  if (kept.size() != sentences) {
    throw std::invalid_argument("assemble: one utterance per sentence is needed");
  }
  std::size_t frames = silence_frames(layout, sample_rate);
  for (const std::size_t k : kept) frames += k;
  return frames;
}

}  // namespace nieuwslezer
