#include "speech/script_speech.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <stdexcept>

#include "script/script_length.h"
#include "speech/worker_processes.h"
#include "text/ssml.h"

namespace nieuwslezer {

namespace {

// Speaks the sentences of one segment with the voice it takes; `reading_ticker` says
// whether the ticker voice is set, and is kept up to date.
std::vector<Speech> speak_segment(const Segment& segment, Synthesizer& synthesizer,
                                  const Voice& voice, const std::optional<Voice>& ticker_voice,
                                  bool& reading_ticker) {
  const bool ticker = ticker_voice && segment.story >= 1;
  if (ticker != reading_ticker) {
    synthesizer.set_voice(ticker ? *ticker_voice : voice);
    reading_ticker = ticker;
  }
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

// Where each run of segments starts, and the end: a run closes once it holds
// kWordsPerRun words (about 40 s of speech), so a short bulletin still makes a few runs
// to share out, and a long one is not a process per story.
std::vector<std::size_t> run_starts(const Script& script) {
  constexpr std::size_t kWordsPerRun = 100;
  std::vector<std::size_t> starts{0};
  std::size_t words = 0;
  for (std::size_t i = 0; i < script.segments.size(); ++i) {
    words += spoken_words(script.segments[i]);
    if (words >= kWordsPerRun && i + 1 < script.segments.size()) {
      starts.push_back(i + 1);
      words = 0;
    }
  }
  starts.push_back(script.segments.size());
  return starts;
}

// Utterances as bytes, to come back from a worker process: for each, the rate, the sample
// count, the samples, the event count, the events as four numbers each (not the struct's
// bytes: its padding is never initialized, and valgrind rightly objects to writing it out).
template <typename T>
void put(std::string& bytes, const T* values, std::size_t count) {
  bytes.append(reinterpret_cast<const char*>(values), count * sizeof(T));
}

std::string to_bytes(const std::vector<Speech>& speech) {
  std::size_t size = 0;
  for (const Speech& s : speech) {
    size += 3 * sizeof(std::uint64_t) + s.samples.size() * sizeof(std::int16_t) +
            s.events.size() * 4 * sizeof(std::uint64_t);
  }
  std::string bytes;
  bytes.reserve(size);
  for (const Speech& s : speech) {
    const std::uint64_t head[] = {static_cast<std::uint64_t>(s.sample_rate), s.samples.size()};
    put(bytes, head, 2);
    put(bytes, s.samples.data(), s.samples.size());
    const std::uint64_t events = s.events.size();
    put(bytes, &events, 1);
    for (const SpeechEvent& event : s.events) {
      const std::uint64_t fields[] = {static_cast<std::uint64_t>(event.kind), event.sample,
                                      event.text_position, event.text_length};
      put(bytes, fields, 4);
    }
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
    for (SpeechEvent& event : s.events) {
      std::uint64_t fields[4];
      take(fields, sizeof fields);
      event.kind = static_cast<SpeechEvent::Kind>(fields[0]);
      event.sample = fields[1];
      event.text_position = fields[2];
      event.text_length = fields[3];
    }
  }
  return speech;
}

}  // namespace

std::vector<std::vector<Speech>> synthesize_script(const Script& script, Synthesizer& synthesizer,
                                                   const Voice& voice,
                                                   const std::optional<Voice>& ticker_voice,
                                                   int jobs) {
  // eSpeak NG carries state from one utterance to the next (the same sentence twice gives
  // different samples). So the script is cut into runs of whole segments by a fixed rule,
  // and each run is spoken by a process forked from this one, whose engine has not spoken
  // yet: the audio is the same however many run at once.
  const std::vector<std::size_t> starts = run_starts(script);
  std::vector<std::vector<Speech>> speech(script.segments.size());
  run_in_children(
      starts.size() - 1, jobs,
      [&](std::size_t run) {
        std::vector<Speech> spoken;
        bool reading_ticker = false;  // a new process speaks with `voice`
        for (std::size_t i = starts[run]; i < starts[run + 1]; ++i) {
          std::vector<Speech> segment =
              speak_segment(script.segments[i], synthesizer, voice, ticker_voice, reading_ticker);
          std::move(segment.begin(), segment.end(), std::back_inserter(spoken));
        }
        return to_bytes(spoken);
      },
      // Each run's bytes become utterances as soon as they are in, and are freed.
      [&](std::size_t run, std::string bytes) {
        std::size_t sentences = 0;
        for (std::size_t i = starts[run]; i < starts[run + 1]; ++i) {
          sentences += script.segments[i].sentences.size();
        }
        std::vector<Speech> spoken = from_bytes(bytes, sentences);
        auto next = spoken.begin();
        for (std::size_t i = starts[run]; i < starts[run + 1]; ++i) {
          const auto count = static_cast<std::ptrdiff_t>(script.segments[i].sentences.size());
          speech[i].assign(std::make_move_iterator(next), std::make_move_iterator(next + count));
          next += count;
        }
      });
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
