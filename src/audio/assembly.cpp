#include "audio/assembly.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <numbers>
#include <stdexcept>

#include "prefault.h"

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

Audio assemble(const Script& script, const std::vector<std::vector<Speech>>& speech,
               const Pauses& pauses) {
  if (speech.size() != script.segments.size()) {
    throw std::invalid_argument("assemble: one utterance list per script segment is needed");
  }
  Audio audio;
  for (const auto& sentences : speech) {
    if (!sentences.empty()) audio.sample_rate = sentences.front().sample_rate;
  }
  // Room for every utterance and pause at once: one allocation for an hour of speech.
  std::size_t room = frames_for_ms(2 * pauses.edge_ms, audio.sample_rate);
  for (std::size_t i = 0; i < speech.size() && i < script.segments.size(); ++i) {
    const std::size_t sentences = speech[i].size();
    room += frames_for_ms(pause_ms(script.segments[i].pause_after, pauses), audio.sample_rate) +
            frames_for_ms(pauses.sentence_ms, audio.sample_rate) * sentences;
    for (const Speech& sentence : speech[i]) room += sentence.samples.size();
  }
  audio.samples.reserve(room);
  const std::future<void> mapped = prefault(audio.samples.data(), room * sizeof(float));
  const auto silence = [&](int ms) {
    audio.samples.insert(audio.samples.end(), frames_for_ms(ms, audio.sample_rate), 0.0f);
  };
  silence(pauses.edge_ms);
  for (std::size_t i = 0; i < speech.size(); ++i) {
    const Segment& segment = script.segments[i];
    if (speech[i].size() != segment.sentences.size()) {
      throw std::invalid_argument("assemble: one utterance per sentence is needed");
    }
    Marker whole{audio.samples.size(), 0, segment_label(segment), static_cast<int>(i), -1};
    for (std::size_t j = 0; j < speech[i].size(); ++j) {
      const Speech& sentence = speech[i][j];
      if (sentence.sample_rate != audio.sample_rate) {
        throw std::invalid_argument("assemble: utterances differ in sample rate");
      }
      if (j > 0) silence(pauses.sentence_ms);
      const auto& samples = sentence.samples;
      std::size_t begin = 0, end = samples.size();
      while (begin < end && std::abs(samples[begin]) <= kSilence) ++begin;
      while (end > begin && std::abs(samples[end - 1]) <= kSilence) --end;
      // Keep a few milliseconds around the speech so soft onsets and decays survive.
      const std::size_t margin = frames_for_ms(10, audio.sample_rate);
      begin = begin > margin ? begin - margin : 0;
      end = std::min(samples.size(), end + margin);
      const std::size_t start = audio.samples.size();
      // Converted, then scaled in place: two loops that vectorize, where push_back did not.
      // (Scaling by the power of two 2^-15 is exact either way.)
      audio.samples.insert(audio.samples.end(),
                           samples.begin() + static_cast<std::ptrdiff_t>(begin),
                           samples.begin() + static_cast<std::ptrdiff_t>(end));
      for (std::size_t s = start; s < audio.samples.size(); ++s)
        audio.samples[s] *= 1.0f / 32768.0f;
      fade_edges(audio.samples, start, audio.samples.size(),
                 frames_for_ms(kFadeMs, audio.sample_rate));
      audio.markers.push_back(Marker{start, audio.samples.size(), whole.label, static_cast<int>(i),
                                     static_cast<int>(j)});
    }
    whole.end_frame = audio.samples.size();
    audio.markers.push_back(whole);
    const bool last = i + 1 == speech.size();
    silence(last ? pauses.edge_ms : pause_ms(segment.pause_after, pauses));
  }
  // Segment markers first, each followed by its sentences, in time order.
  std::stable_sort(
      audio.markers.begin(), audio.markers.end(), [](const Marker& a, const Marker& b) {
        return a.segment != b.segment ? a.segment < b.segment : a.sentence < b.sentence;
      });
  return audio;
}

}  // namespace nieuwslezer
