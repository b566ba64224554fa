#include "audio/assembly.h"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <span>
#include <vector>

#include "speech/speech.h"

namespace nieuwslezer {
namespace {

Speech tone(std::size_t silent_before, std::size_t loud, std::size_t silent_after) {
  Speech speech;
  speech.sample_rate = 1000;
  speech.samples.assign(silent_before, 0);
  speech.samples.insert(speech.samples.end(), loud, 16384);
  speech.samples.insert(speech.samples.end(), silent_after, 3);
  return speech;
}

// An opening of `opening_sentences` sentences, then a one-sentence ticker item.
Layout two_segments(int first_pause_ms, int sentence_ms, int edge_ms,
                    std::size_t opening_sentences = 1) {
  return Layout{{{"opening", opening_sentences, first_pause_ms}, {"story 1 ticker-item", 1, 0}},
                sentence_ms,
                edge_ms};
}

// The utterances of `speech`, where they lie.
std::vector<Utterance> utterances_of(const std::vector<Speech>& speech) {
  std::vector<Utterance> utterances;
  for (const Speech& sentence : speech) {
    utterances.push_back(Utterance{sentence.sample_rate, sentence.samples, sentence.word_starts});
  }
  return utterances;
}

// Joins `speech` (one per sentence, in order) as laid out, all at once.
Audio assemble(const Layout& layout, const std::vector<Speech>& speech) {
  Assembler assembler(layout, speech.empty() ? 22050 : speech.front().sample_rate);
  assembler.add(utterances_of(speech));
  return assembler.finish();
}

// The length assembled_frames foresees for `speech` as laid out.
std::size_t foreseen_frames(const Layout& layout, const std::vector<Speech>& speech) {
  std::vector<std::size_t> kept;
  for (const Speech& sentence : speech) {
    kept.push_back(kept_frames(sentence.samples, sentence.sample_rate));
  }
  return assembled_frames(layout, speech.empty() ? 22050 : speech.front().sample_rate, kept);
}

const Marker* find_marker(const Audio& audio, int segment, int sentence) {
  for (const auto& marker : audio.markers) {
    if (marker.segment == segment && marker.sentence == sentence) return &marker;
  }
  return nullptr;
}

TEST(Assembly, TrimsEspeakSilenceAndInsertsExactPauses) {
  const Audio audio = assemble(two_segments(300, 200, 50), {tone(200, 100, 400), tone(0, 100, 0)});
  EXPECT_EQ(audio.sample_rate, 1000);
  EXPECT_EQ(audio.channels, 1);
  // edge 50 + (10 margin + 100 + 10 margin) + story 300 + (100 + 0 margins) + edge 50
  EXPECT_EQ(audio.frames(), 50u + 120u + 300u + 100u + 50u);
  const Marker* opening = find_marker(audio, 0, -1);
  const Marker* item = find_marker(audio, 1, -1);
  ASSERT_NE(opening, nullptr);
  ASSERT_NE(item, nullptr);
  EXPECT_EQ(opening->frame, 50u);
  EXPECT_EQ(opening->end_frame, 170u);
  EXPECT_EQ(opening->label, "opening");
  EXPECT_EQ(item->frame, 50u + 120u + 300u);
  EXPECT_EQ(item->end_frame, 50u + 120u + 300u + 100u);
  EXPECT_EQ(item->label, "story 1 ticker-item");
  // The utterance's sound starts at 50 + 10 with a 3 ms (3 frame) fade-in.
  EXPECT_LT(audio.samples[50 + 10], 0.1f);
  EXPECT_FLOAT_EQ(audio.samples[50 + 10 + 3], 0.5f);
}

TEST(Assembly, SentenceMarkersHoldTheirWordsWhereTheyAreHeard) {
  // Sound from 200 to 300 of the utterance; it is kept from 190 (a 10-frame margin) at 50.
  Speech speech = tone(200, 100, 400);
  speech.word_starts = {150, 200, 250, 400};  // in the silence, in the sound, after it
  const Audio audio = assemble(two_segments(300, 200, 50), {speech, tone(0, 100, 0)});
  const Marker* sentence = find_marker(audio, 0, 0);
  ASSERT_NE(sentence, nullptr);
  EXPECT_EQ(sentence->words, (std::vector<std::size_t>{50, 60, 110, 170}))
      << "each word where the audio has it, clamped to the sentence's kept sound";
  EXPECT_TRUE(find_marker(audio, 0, -1)->words.empty());
  EXPECT_TRUE(find_marker(audio, 1, 0)->words.empty()) << "no word events, no words";
}

TEST(Assembly, FadesUtterancesThatStartOrStopWithAStep) {
  // eSpeak sometimes starts with a step out of digital silence and stops mid-waveform; each
  // end gets a 3 ms raised-cosine fade so it cannot click against the pauses.
  Speech abrupt;
  abrupt.sample_rate = 22050;
  abrupt.samples.assign(300, 0);
  for (int n = 0; n < 2205; ++n) {
    abrupt.samples.push_back(static_cast<std::int16_t>(n % 50 < 25 ? 12000 : -12000));
  }
  abrupt.samples.insert(abrupt.samples.end(), 300, 0);
  const Audio audio = assemble(two_segments(300, 200, 0), {abrupt, abrupt});
  const std::size_t fade = 22050 * 3 / 1000;
  for (const Marker& marker : audio.markers) {
    if (marker.sentence != 0) continue;
    std::size_t first = marker.frame, last = marker.end_frame - 1;
    while (audio.samples[first] == 0.0f) ++first;
    while (audio.samples[last] == 0.0f) --last;
    EXPECT_EQ(last - first + 1, 2205u) << "the sound itself is kept whole";
    EXPECT_LT(std::abs(audio.samples[first]), 0.001f);
    EXPECT_LT(std::abs(audio.samples[last]), 0.001f);
    EXPECT_FLOAT_EQ(std::abs(audio.samples[first + fade]), 12000 / 32768.0f);
    EXPECT_FLOAT_EQ(std::abs(audio.samples[last - fade]), 12000 / 32768.0f);
  }
}

TEST(Assembly, SentencesAreSeparatedBySentencePausesAndMarked) {
  const Audio audio =
      assemble(two_segments(100, 200, 0, 2), {tone(0, 10, 0), tone(0, 20, 0), tone(0, 30, 0)});
  EXPECT_EQ(audio.frames(), 10u + 200u + 20u + 100u + 30u);
  const Marker* first = find_marker(audio, 0, 0);
  const Marker* second = find_marker(audio, 0, 1);
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(first->frame, 0u);
  EXPECT_EQ(first->end_frame, 10u);
  EXPECT_EQ(second->frame, 210u);
  EXPECT_EQ(second->end_frame, 230u);
  EXPECT_EQ(find_marker(audio, 0, -1)->end_frame, 230u);
  EXPECT_EQ(audio.markers.size(), 5u);  // 2 segments + 3 sentences
  for (std::size_t i = 1; i < audio.markers.size(); ++i) {
    EXPECT_LE(audio.markers[i - 1].frame, audio.markers[i].frame) << "markers in time order";
  }
}

TEST(Assembly, PauseLengthsFollowTheSegmentPause) {
  const auto length = [&](int pause_ms) {
    return assemble(two_segments(pause_ms, 50, 0), {tone(0, 10, 0), tone(0, 10, 0)}).frames();
  };
  EXPECT_EQ(length(100), 120u);
  EXPECT_EQ(length(300), 320u);
  EXPECT_EQ(length(0), 20u);
}

TEST(Assembly, MismatchedInputIsRejected) {
  const Layout layout = two_segments(300, 200, 0);
  EXPECT_THROW(assemble(layout, {tone(0, 1, 0)}), std::invalid_argument);
  EXPECT_THROW(assemble(layout, {tone(0, 1, 0), tone(0, 1, 0), tone(0, 1, 0)}),
               std::invalid_argument);
  Speech other = tone(0, 1, 0);
  other.sample_rate = 2000;
  EXPECT_THROW(assemble(layout, {tone(0, 1, 0), other}), std::invalid_argument);
  EXPECT_THROW(assembled_frames(layout, 1000, std::vector<std::size_t>{1}), std::invalid_argument);
}

TEST(Assembly, UtterancesAddedAsTheyComeGiveTheSameAudio) {
  // An opening of two sentences, a segment without any, a one-sentence ticker item.
  Layout layout = two_segments(500, 200, 50, 2);
  layout.segments.insert(layout.segments.begin() + 1, LayoutSegment{"story 1 ticker-item", 0, 300});
  const std::vector<Speech> speech = {tone(30, 100, 40), tone(0, 80, 0), tone(100, 50, 100)};
  const Audio whole = assemble(layout, speech);
  const std::vector<Utterance> utterances = utterances_of(speech);
  // One at a time, in too little room (it grows), and all at once.
  Assembler one_by_one(layout, 1000);
  for (const Utterance& utterance : utterances) {
    one_by_one.add(std::span(&utterance, 1));
    one_by_one.reserve(one_by_one.frames() + 1);
  }
  Assembler at_once(layout, 1000);
  at_once.add(utterances);
  Assembler no_room_reserved(layout, 1000);
  for (const Utterance& utterance : utterances) no_room_reserved.add(std::span(&utterance, 1));
  for (Audio audio : {one_by_one.finish(), at_once.finish(), no_room_reserved.finish()}) {
    EXPECT_EQ(audio.samples, whole.samples);
    ASSERT_EQ(audio.markers.size(), whole.markers.size());
    ASSERT_EQ(audio.markers.size(), 6u);  // 3 segments + 3 sentences
    for (std::size_t i = 0; i < audio.markers.size(); ++i) {
      EXPECT_EQ(audio.markers[i].frame, whole.markers[i].frame) << i;
      EXPECT_EQ(audio.markers[i].end_frame, whole.markers[i].end_frame) << i;
      EXPECT_EQ(audio.markers[i].segment, whole.markers[i].segment) << i;
      EXPECT_EQ(audio.markers[i].sentence, whole.markers[i].sentence) << i;
    }
  }
  // The segment without sentences still has its marker and its pause.
  EXPECT_EQ(find_marker(whole, 1, -1)->frame, find_marker(whole, 1, -1)->end_frame);
  EXPECT_EQ(find_marker(whole, 2, 0)->frame - find_marker(whole, 1, -1)->end_frame, 300u);
}

TEST(Assembly, AnAssemblerTakesNoMoreAndNoFewerUtterancesThanSentences) {
  const Layout layout = two_segments(300, 200, 0);
  const Speech sentence = tone(0, 10, 0);
  const Utterance one{sentence.sample_rate, sentence.samples};
  Assembler short_of_one(layout, 1000);
  short_of_one.add(std::span(&one, 1));
  EXPECT_THROW(short_of_one.finish(), std::invalid_argument);
  Assembler one_too_many(layout, 1000);
  const std::vector<Utterance> three(3, one);
  EXPECT_THROW(one_too_many.add(three), std::invalid_argument);
  Assembler other_rate(layout, 2000);
  EXPECT_THROW(other_rate.add(std::span(&one, 1)), std::invalid_argument);
}

TEST(Assembly, EmptyLayoutGivesOnlyEdgeSilence) {
  const Audio audio = assemble(Layout{{}, 100, 40}, {});
  EXPECT_EQ(audio.frames(), 22050u * 40 / 1000);
  EXPECT_TRUE(audio.markers.empty());
  EXPECT_EQ(foreseen_frames(Layout{{}, 100, 40}, {}), audio.frames());
}

TEST(Assembly, AssembledFramesForeseesTheLengthWithoutAssembling) {
  // Layouts with sentence pauses, empty segments (first, middle and last) and pauses that
  // do not divide into whole frames at 22 050 Hz; utterances with and without silence.
  std::vector<Speech> speech;
  for (const auto& [before, loud, after] : std::vector<std::array<std::size_t, 3>>{
           {0, 300, 0}, {5000, 2000, 800}, {220, 1, 0}, {0, 0, 0}, {100, 9000, 3000}}) {
    Speech s = tone(before, loud, after);
    s.sample_rate = 22050;
    speech.push_back(s);
  }
  const std::vector<Layout> layouts = {
      Layout{{{"a", 2, 333}, {"b", 0, 1001}, {"c", 3, 7}}, 351, 249},
      Layout{{{"a", 0, 555}, {"b", 5, 0}, {"c", 0, 13}}, 0, 0},
      Layout{{{"a", 5, 1234}}, 17, 1},
  };
  for (const Layout& layout : layouts) {
    const Audio audio = assemble(layout, speech);
    EXPECT_EQ(foreseen_frames(layout, speech), audio.frames());
  }
}

}  // namespace
}  // namespace nieuwslezer
