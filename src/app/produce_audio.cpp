#include "app/produce_audio.h"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "errors.h"
#include "script/fit_slot.h"

namespace nieuwslezer {

namespace {

// Joins every sentence into the audio as its run comes in. The room for the whole
// bulletin is reserved at once, foreseen from the speech so far with a quarter to spare
// (room never written is never mapped in); by half as much again if that falls short.
Audio join_as_spoken(const Script& script, int sample_rate, const SpeechSource& speak,
                     const Pauses& pauses) {
  std::vector<std::size_t> text;  // bytes of each sentence's text, in order
  std::size_t all_text = 0;
  for (const Segment& segment : script.segments) {
    for (const SpokenText& sentence : segment.sentences) {
      all_text += text.emplace_back(sentence.plain().size());
    }
  }
  const Layout layout = layout_of(script, pauses);
  Assembler assembler(layout, sample_rate);
  std::size_t sentences_in = 0, text_in = 0, samples_in = 0;
  std::vector<Utterance> utterances;
  speak([&](std::span<const SentenceSpeech> spoken) {
    utterances.clear();
    for (const SentenceSpeech& sentence : spoken) {
      utterances.push_back(Utterance{sentence.sample_rate, sentence.samples, sentence.word_starts});
      samples_in += sentence.samples.size();
      text_in += sentences_in < text.size() ? text[sentences_in] : 0;
      ++sentences_in;
    }
    const double per_byte = double(samples_in) / double(std::max<std::size_t>(text_in, 1));
    const auto foreseen = static_cast<std::size_t>(1.25 * per_byte * double(all_text - text_in));
    const std::size_t needed = assembler.pause_frames() + samples_in + foreseen;
    if (needed > assembler.capacity()) {
      assembler.reserve(std::max(needed, assembler.capacity() * 3 / 2));
    }
    assembler.add(utterances);
  });
  return assembler.finish();
}

// Every sentence's speech, in script order, kept until the stories are chosen.
struct HeldSpeech {
  std::vector<std::vector<std::int16_t>> samples;  // per sentence
  std::vector<std::vector<std::size_t>> words;     // per sentence: its words' start samples
  std::vector<std::size_t> kept;                   // frames the assembler keeps of each
  std::vector<std::size_t> first;                  // first sentence of each segment
};

HeldSpeech hold_speech(const Script& script, int sample_rate, const SpeechSource& speak) {
  HeldSpeech held;
  std::size_t sentences = 0;
  for (const Segment& segment : script.segments) {
    held.first.push_back(sentences);
    sentences += segment.sentences.size();
  }
  speak([&](std::span<const SentenceSpeech> spoken) {
    for (const SentenceSpeech& sentence : spoken) {
      if (sentence.sample_rate != sample_rate) {
        throw std::invalid_argument("assemble: utterances differ in sample rate");
      }
      held.samples.emplace_back(sentence.samples.begin(), sentence.samples.end());
      held.words.push_back(sentence.word_starts);
      held.kept.push_back(kept_frames(sentence.samples, sample_rate));
    }
  });
  if (held.samples.size() != sentences) {
    throw std::invalid_argument("assemble: one utterance per sentence is needed");
  }
  return held;
}

// The sentences of the kept segments, in order, as indices into the held speech.
std::vector<std::size_t> kept_sentences(const Script& script, const HeldSpeech& held,
                                        const KeptStories& kept) {
  std::vector<std::size_t> sentences;
  for (const std::size_t i : kept.segments) {
    for (std::size_t j = 0; j < script.segments[i].sentences.size(); ++j) {
      sentences.push_back(held.first[i] + j);
    }
  }
  return sentences;
}

// The kept stories joined, from the held speech.
Audio join_kept(const Script& script, int sample_rate, const HeldSpeech& held,
                const KeptStories& kept, const Pauses& pauses) {
  const Layout layout = layout_of(kept.script, pauses);
  std::vector<Utterance> utterances;
  std::size_t room = 0;
  for (const std::size_t k : kept_sentences(script, held, kept)) {
    utterances.push_back(Utterance{sample_rate, held.samples[k], held.words[k]});
    room += held.samples[k].size();
  }
  Assembler assembler(layout, sample_rate);
  assembler.reserve(assembler.pause_frames() + room);  // one allocation for all of it
  assembler.add(utterances);
  return assembler.finish();
}

std::size_t ticker_stories(const Script& script) {
  int last = 0;
  for (const Segment& segment : script.segments) last = std::max(last, segment.story);
  return static_cast<std::size_t>(last);
}

}  // namespace

Layout layout_of(const Script& script, const Pauses& pauses) {
  Layout layout;
  layout.sentence_ms = pauses.sentence_ms;
  layout.edge_ms = pauses.edge_ms;
  for (const Segment& segment : script.segments) {
    layout.segments.push_back(LayoutSegment{segment_label(segment), segment.sentences.size(),
                                            pause_ms(segment.pause_after, pauses)});
  }
  return layout;
}

ProducedAudio produce_audio(const Script& script, int sample_rate, const SpeechSource& speak,
                            const Pauses& pauses, const std::optional<Slot>& slot,
                            const std::function<Audio(Audio)>& finish) {
  if (!slot) return {script, finish(join_as_spoken(script, sample_rate, speak, pauses))};
  // Which ticker stories fit depends on all their lengths: every sentence is spoken first.
  const HeldSpeech held = hold_speech(script, sample_rate, speak);
  double extra = slot->extra_seconds;
  for (;;) {
    const auto seconds = [&](const KeptStories& kept) {
      std::vector<std::size_t> frames;
      for (const std::size_t k : kept_sentences(script, held, kept)) frames.push_back(held.kept[k]);
      const std::size_t total =
          assembled_frames(layout_of(kept.script, pauses), sample_rate, frames);
      return double(total) / sample_rate + extra;
    };
    const auto keep = stories_that_fit(script, slot->seconds, seconds);
    if (!keep) {
      throw UsageError("--max-duration " + slot->text +
                       ": the opening, the lead and the closing alone are longer; shorten the "
                       "lead with --lead-sentences");
    }
    KeptStories kept = keep_stories(script, *keep);
    Audio audio = finish(join_kept(script, sample_rate, held, kept, pauses));
    if (audio.seconds() <= slot->seconds) {
      spdlog::info("--max-duration {}: ticker items {} of {} fit ({:.1f} s)", slot->text,
                   fmt::join(*keep, ", "), ticker_stories(script), audio.seconds());
      return {std::move(kept.script), std::move(audio)};
    }
    extra += audio.seconds() - slot->seconds + 0.05;  // the estimate was short: choose fewer
  }
}

}  // namespace nieuwslezer
