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

int pause_ms(Pause pause, const Pauses& pauses) {
  switch (pause) {
    case Pause::kParagraph:
      return pauses.paragraph_ms;
    case Pause::kStory:
      return pauses.story_ms;
    case Pause::kSection:
      return pauses.section_ms;
    case Pause::kNone:
      return 0;
  }
  return 0;
}

Assembler::Assembler(const Script& script, const Pauses& pauses, int sample_rate)
    : script_(script), pauses_(pauses) {
  audio_.sample_rate = sample_rate;
  pause_frames_ = frames_for_ms(2 * pauses.edge_ms, sample_rate);
  for (const Segment& segment : script.segments) {
    pause_frames_ += frames_for_ms(pause_ms(segment.pause_after, pauses), sample_rate) +
                     frames_for_ms(pauses.sentence_ms, sample_rate) * segment.sentences.size();
  }
  silence(pauses.edge_ms);
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
  const auto& segments = script_.segments;
  while (segment_ < segments.size()) {
    whole_ = Marker{audio_.samples.size(), 0, segment_label(segments[segment_]),
                    static_cast<int>(segment_), -1};
    sentence_ = 0;
    if (!segments[segment_].sentences.empty()) return;
    close_segment();
  }
}

void Assembler::close_segment() {
  whole_.end_frame = audio_.samples.size();
  audio_.markers.push_back(whole_);
  const bool last = segment_ + 1 == script_.segments.size();
  silence(last ? pauses_.edge_ms : pause_ms(script_.segments[segment_].pause_after, pauses_));
  ++segment_;
}

void Assembler::add(std::span<const Utterance> utterances) {
  // Their pages mapped in at once: the samples and, at most, the longest pause after each.
  std::size_t coming = 0;
  const int longest_pause = std::max({pauses_.sentence_ms, pauses_.paragraph_ms, pauses_.story_ms,
                                      pauses_.section_ms, pauses_.edge_ms});
  for (const Utterance& utterance : utterances) {
    coming += utterance.samples.size() + frames_for_ms(longest_pause, audio_.sample_rate);
  }
  const std::size_t size = audio_.samples.size();
  map_in(audio_.samples.data() + size,
         std::min(coming, audio_.samples.capacity() - size) * sizeof(float));
  for (const Utterance& utterance : utterances) {
    if (segment_ >= script_.segments.size()) {
      throw std::invalid_argument("assemble: one utterance per sentence is needed");
    }
    if (utterance.sample_rate != audio_.sample_rate) {
      throw std::invalid_argument("assemble: utterances differ in sample rate");
    }
    if (sentence_ > 0) silence(pauses_.sentence_ms);
    const auto samples = utterance.samples;
    std::size_t begin = 0, end = samples.size();
    while (begin < end && std::abs(samples[begin]) <= kSilence) ++begin;
    while (end > begin && std::abs(samples[end - 1]) <= kSilence) --end;
    // Keep a few milliseconds around the speech so soft onsets and decays survive.
    const std::size_t margin = frames_for_ms(10, audio_.sample_rate);
    begin = begin > margin ? begin - margin : 0;
    end = std::min(samples.size(), end + margin);
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
    audio_.markers.push_back(Marker{start, audio_.samples.size(), whole_.label,
                                    static_cast<int>(segment_), static_cast<int>(sentence_)});
    if (++sentence_ == script_.segments[segment_].sentences.size()) {
      close_segment();
      open_segment();
    }
  }
}

Audio Assembler::finish() {
  if (segment_ < script_.segments.size()) {
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

Audio assemble(const Script& script, const std::vector<std::vector<Speech>>& speech,
               const Pauses& pauses) {
  if (speech.size() != script.segments.size()) {
    throw std::invalid_argument("assemble: one utterance list per script segment is needed");
  }
  int sample_rate = Audio{}.sample_rate;
  std::vector<Utterance> utterances;
  for (std::size_t i = 0; i < speech.size(); ++i) {
    if (speech[i].size() != script.segments[i].sentences.size()) {
      throw std::invalid_argument("assemble: one utterance per sentence is needed");
    }
    if (!speech[i].empty()) sample_rate = speech[i].front().sample_rate;
    for (const Speech& sentence : speech[i]) {
      utterances.push_back(Utterance{sentence.sample_rate, sentence.samples});
    }
  }
  Assembler assembler(script, pauses, sample_rate);
  // Room for every utterance and pause at once: one allocation for an hour of speech.
  std::size_t room = assembler.pause_frames();
  for (const Utterance& utterance : utterances) room += utterance.samples.size();
  assembler.reserve(room);
  assembler.add(utterances);
  return assembler.finish();
}

}  // namespace nieuwslezer
