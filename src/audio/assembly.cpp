#include "audio/assembly.h"

#include <cstdlib>
#include <stdexcept>

namespace nieuwslezer {
namespace {

// Samples at or below this are eSpeak's silence (about -54 dBFS).
constexpr int kSilence = 64;

std::size_t frames_for_ms(int ms, int sample_rate) {
  return static_cast<std::size_t>(ms) * static_cast<std::size_t>(sample_rate) / 1000;
}

}  // namespace

int pause_ms(Pause pause, const Pauses& pauses) {
  switch (pause) {
    case Pause::kParagraph: return pauses.paragraph_ms;
    case Pause::kStory: return pauses.story_ms;
    case Pause::kSection: return pauses.section_ms;
    case Pause::kNone: return 0;
  }
  return 0;
}

Audio assemble(const Script& script, const std::vector<Speech>& speech, const Pauses& pauses) {
  if (speech.size() != script.segments.size()) {
    throw std::invalid_argument("assemble: one utterance per script segment is needed");
  }
  Audio audio;
  if (!speech.empty()) audio.sample_rate = speech.front().sample_rate;
  audio.samples.assign(frames_for_ms(pauses.edge_ms, audio.sample_rate), 0.0f);
  for (std::size_t i = 0; i < speech.size(); ++i) {
    if (speech[i].sample_rate != audio.sample_rate) {
      throw std::invalid_argument("assemble: utterances differ in sample rate");
    }
    const auto& samples = speech[i].samples;
    std::size_t begin = 0, end = samples.size();
    while (begin < end && std::abs(samples[begin]) <= kSilence) ++begin;
    while (end > begin && std::abs(samples[end - 1]) <= kSilence) --end;
    // Keep a few milliseconds around the speech so soft onsets and decays survive.
    const std::size_t margin = frames_for_ms(10, audio.sample_rate);
    begin = begin > margin ? begin - margin : 0;
    end = std::min(samples.size(), end + margin);

    const Segment& segment = script.segments[i];
    std::string label = segment_kind_name(segment.kind);
    if (segment.story >= 0) label = "story " + std::to_string(segment.story) + " " + label;
    audio.markers.push_back(Marker{audio.samples.size(), label});
    for (std::size_t s = begin; s < end; ++s) audio.samples.push_back(samples[s] / 32768.0f);
    const bool last = i + 1 == speech.size();
    const int gap = last ? pauses.edge_ms : pause_ms(segment.pause_after, pauses);
    audio.samples.insert(audio.samples.end(), frames_for_ms(gap, audio.sample_rate), 0.0f);
  }
  return audio;
}

}  // namespace nieuwslezer
