#include "speech/script_speech.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <functional>
#include <span>
#include <stdexcept>
#include <vector>

#include "script/script_length.h"
#include "speech/ssml.h"
#include "speech/synthesizer.h"
#include "system/worker_processes.h"

namespace nieuwslezer {

namespace {

// Speaks the sentences of one segment with the voice it takes, each into `speech` (whose
// memory is reused), and hands it to spoken(); `reading_ticker` says whether the ticker
// voice is set, and is kept up to date.
void speak_segment(const Segment& segment, Synthesizer& synthesizer, const Voice& voice,
                   const std::optional<Voice>& ticker_voice, bool& reading_ticker, Speech& speech,
                   const std::function<void(const Speech&)>& spoken) {
  const bool ticker = ticker_voice && segment.story >= 1;
  if (ticker != reading_ticker) {
    synthesizer.set_voice(ticker ? *ticker_voice : voice);
    reading_ticker = ticker;
  }
  for (const SpokenText& sentence : segment.sentences) {
    synthesizer.speak(espeak_text(sentence), false, speech);
    spoken(speech);
  }
}

}  // namespace

std::vector<std::size_t> speech_runs(const Script& script) {
  constexpr std::size_t kWordsPerRun = 100;
  const std::size_t segments = script.segments.size();
  std::vector<std::size_t> words(segments);
  std::size_t total = 0;
  for (std::size_t i = 0; i < segments; ++i) total += words[i] = spoken_words(script.segments[i]);
  std::size_t runs = std::max<std::size_t>(1, (total + kWordsPerRun - 1) / kWordsPerRun);
  if (runs > 1) runs += runs % 2;
  std::vector<std::size_t> starts{0};
  std::size_t so_far = 0;
  for (std::size_t i = 0; i + 1 < segments; ++i) {
    so_far += words[i];
    // Run r ends here, nearest to r / runs of all the words: when taking the next segment
    // would pass that by more than stopping here falls short of it.
    if (starts.size() < runs && 2 * starts.size() * total <= runs * (2 * so_far + words[i + 1])) {
      starts.push_back(i + 1);
    }
  }
  starts.push_back(segments);
  return starts;
}

namespace {

// An utterance as bytes, to come back from a worker process: the rate, the sample count and
// the word count as 8-byte numbers, each word's start sample as an 8-byte number, then the
// samples. Every field is a whole number of 16-bit samples long, so in bytes that start
// aligned (as run_in_children's do) every utterance's samples are aligned too.

// What an utterance's pieces point at besides its samples; it must outlive the pieces.
struct UtteranceHead {
  std::array<std::uint64_t, 3> numbers{};
  std::vector<std::uint64_t> word_starts;
};

// Those bytes as pieces, sent from where they lie: the samples from the utterance, the
// numbers and word starts from `head`.
std::array<std::span<const std::byte>, 3> to_pieces(const Speech& speech, UtteranceHead& head) {
  head.numbers = {static_cast<std::uint64_t>(speech.sample_rate), speech.samples.size(),
                  speech.word_starts.size()};
  head.word_starts.assign(speech.word_starts.begin(), speech.word_starts.end());
  return {std::as_bytes(std::span(head.numbers)), std::as_bytes(std::span(head.word_starts)),
          std::as_bytes(std::span(speech.samples))};
}

// The utterances in those bytes, where they lie: the samples are read in place as int16_t,
// the word starts copied out (they lie only 2-byte aligned). Like any I/O buffer, the bytes
// are pages that read(2) wrote and this process never accesses as another type, and they lie
// aligned (checked).
std::vector<SentenceSpeech> read_utterances(std::span<const std::byte> bytes, std::size_t count) {
  std::size_t at = 0;
  const auto next = [&](std::uint64_t items, std::size_t item_size) {  // where they lie
    if ((bytes.size() - at) / item_size < items) {
      throw std::runtime_error("speech worker: result cut short");
    }
    const std::span<const std::byte> taken =
        bytes.subspan(at, static_cast<std::size_t>(items) * item_size);
    at += taken.size();
    return taken;
  };
  const auto number = [](const std::byte* from) {
    std::uint64_t value = 0;
    std::memcpy(&value, from, sizeof value);
    return value;
  };
  std::vector<SentenceSpeech> utterances(count);
  for (SentenceSpeech& u : utterances) {
    const std::byte* head = next(3, sizeof(std::uint64_t)).data();
    u.sample_rate = static_cast<int>(number(head));
    const std::uint64_t samples = number(head + sizeof(std::uint64_t));
    const std::uint64_t words = number(head + 2 * sizeof(std::uint64_t));
    const std::byte* starts = next(words, sizeof(std::uint64_t)).data();
    u.word_starts.resize(static_cast<std::size_t>(words));
    for (std::size_t w = 0; w < u.word_starts.size(); ++w) {
      u.word_starts[w] = static_cast<std::size_t>(number(starts + w * sizeof(std::uint64_t)));
    }
    const std::byte* from = next(samples, sizeof(std::int16_t)).data();
    if (reinterpret_cast<std::uintptr_t>(from) % alignof(std::int16_t) != 0) {
      throw std::runtime_error("speech worker: result not aligned");
    }
    u.samples = {reinterpret_cast<const std::int16_t*>(from), static_cast<std::size_t>(samples)};
  }
  if (at != bytes.size()) throw std::runtime_error("speech worker: result too long");
  return utterances;
}

// Speaks the script's runs of segments (run r: segments [starts[r], starts[r + 1])) in
// processes, `jobs` at once (see synthesize_script), and hands each run's bytes to
// take(run, bytes), in run order.
void speak_runs(const Script& script, const std::vector<std::size_t>& starts,
                Synthesizer& synthesizer, const Voice& voice,
                const std::optional<Voice>& ticker_voice, int jobs,
                const std::function<void(std::size_t, std::span<const std::byte>)>& take) {
  run_in_children(
      starts.size() - 1, jobs,
      [&](std::size_t run, const SendResult& send) {
        // Each utterance is sent as soon as it is spoken, and the next one is spoken into the
        // same memory: a process that held all its utterances would fault in fresh pages
        // for every one of them.
        Speech speech;
        UtteranceHead head;
        bool reading_ticker = false;  // a new process speaks with `voice`
        for (std::size_t i = starts[run]; i < starts[run + 1]; ++i) {
          speak_segment(script.segments[i], synthesizer, voice, ticker_voice, reading_ticker,
                        speech, [&](const Speech& spoken) { send(to_pieces(spoken, head)); });
        }
      },
      take);
}

// The sentences in segments [first, end).
std::size_t sentences_in(const Script& script, std::size_t first, std::size_t end) {
  std::size_t sentences = 0;
  for (std::size_t i = first; i < end; ++i) sentences += script.segments[i].sentences.size();
  return sentences;
}

}  // namespace

void speak_script(const Script& script, Synthesizer& synthesizer, const Voice& voice,
                  const std::optional<Voice>& ticker_voice, int jobs, const SpeechSink& sink) {
  // eSpeak NG carries state from one utterance to the next (the same sentence twice gives
  // different samples). So the script is cut into runs of whole segments by a fixed rule,
  // and each run is spoken by a process forked from this one, whose engine has not spoken
  // yet: the audio is the same however many run at once.
  const std::vector<std::size_t> starts = speech_runs(script);
  speak_runs(script, starts, synthesizer, voice, ticker_voice, jobs,
             [&](std::size_t run, std::span<const std::byte> bytes) {
               sink(read_utterances(bytes, sentences_in(script, starts[run], starts[run + 1])));
             });
}

std::string script_ssml(const Script& script, const std::string& language, const Pauses& pauses) {
  std::vector<SsmlSegment> segments;
  for (const Segment& segment : script.segments) {
    segments.push_back(SsmlSegment{segment.sentences, pause_ms(segment.pause_after, pauses)});
  }
  return to_ssml(segments, language);
}

}  // namespace nieuwslezer
