#include "speech/script_speech.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <stdexcept>

#include "speech/worker_processes.h"
#include "text/ssml.h"

namespace nieuwslezer {

namespace {

// Speaks the sentences of one segment with the voice it takes.
std::vector<Speech> speak_segment(const Segment& segment, Synthesizer& synthesizer,
                                  const Voice& voice, const std::optional<Voice>& ticker_voice) {
  const bool ticker = ticker_voice && segment.story >= 1;
  if (ticker) synthesizer.set_voice(*ticker_voice);
  const std::string& language = ticker ? ticker_voice->language : voice.language;
  std::vector<Speech> speech;
  for (const SpokenText& sentence : segment.sentences) {
    const bool switches_language =
        std::any_of(sentence.runs.begin(), sentence.runs.end(),
                    [](const SpokenRun& run) { return !run.language.empty(); });
    speech.push_back(switches_language ? synthesizer.speak(to_ssml(sentence, language), true)
                                       : synthesizer.speak(sentence.plain()));
  }
  return speech;
}

// Utterances as bytes, to come back from a worker process: for each, the rate, the sample
// count, the samples, the event count, the events.
template <typename T>
void put(std::string& bytes, const T* values, std::size_t count) {
  bytes.append(reinterpret_cast<const char*>(values), count * sizeof(T));
}

std::string to_bytes(const std::vector<Speech>& speech) {
  std::size_t size = 0;
  for (const Speech& s : speech) {
    size += 3 * sizeof(std::uint64_t) + s.samples.size() * sizeof(std::int16_t) +
            s.events.size() * sizeof(SpeechEvent);
  }
  std::string bytes;
  bytes.reserve(size);
  for (const Speech& s : speech) {
    const std::uint64_t head[] = {static_cast<std::uint64_t>(s.sample_rate), s.samples.size()};
    put(bytes, head, 2);
    put(bytes, s.samples.data(), s.samples.size());
    const std::uint64_t events = s.events.size();
    put(bytes, &events, 1);
    put(bytes, s.events.data(), s.events.size());
  }
  return bytes;
}

std::vector<Speech> from_bytes(const std::string& bytes, std::size_t count) {
  std::size_t at = 0;
  const auto take = [&](void* to, std::size_t size) {
    if (bytes.size() - at < size) throw std::runtime_error("speech worker: result cut short");
    std::memcpy(to, bytes.data() + at, size);
    at += size;
  };
  std::vector<Speech> speech(count);
  for (Speech& s : speech) {
    std::uint64_t head[2], events = 0;
    take(head, sizeof head);
    s.sample_rate = static_cast<int>(head[0]);
    s.samples.resize(head[1]);
    take(s.samples.data(), s.samples.size() * sizeof(std::int16_t));
    take(&events, sizeof events);
    s.events.resize(events);
    take(s.events.data(), s.events.size() * sizeof(SpeechEvent));
  }
  return speech;
}

}  // namespace

std::vector<std::vector<Speech>> synthesize_script(const Script& script, Synthesizer& synthesizer,
                                                   const Voice& voice,
                                                   const std::optional<Voice>& ticker_voice,
                                                   int jobs) {
  // eSpeak NG carries state from one utterance to the next (the same sentence twice gives
  // different samples), so each segment is spoken by a process forked from this one, whose
  // engine has not spoken yet: the audio is the same whatever ran before or alongside.
  const std::vector<std::string> results =
      run_in_children(script.segments.size(), jobs, [&](std::size_t i) {
        return to_bytes(speak_segment(script.segments[i], synthesizer, voice, ticker_voice));
      });
  std::vector<std::vector<Speech>> speech(script.segments.size());
  for (std::size_t i = 0; i < script.segments.size(); ++i) {
    speech[i] = from_bytes(results[i], script.segments[i].sentences.size());
  }
  return speech;
}

Audio speak_script(const Script& script, Synthesizer& synthesizer, const Voice& voice,
                   const Pauses& pauses, const std::optional<Voice>& ticker_voice) {
  return assemble(script, synthesize_script(script, synthesizer, voice, ticker_voice), pauses);
}

std::string script_ssml(const Script& script, const std::string& language, const Pauses& pauses) {
  std::vector<SsmlSegment> segments;
  for (const Segment& segment : script.segments) {
    segments.push_back(SsmlSegment{segment.spoken(), pause_ms(segment.pause_after, pauses)});
  }
  return to_ssml(segments, language);
}

}  // namespace nieuwslezer
