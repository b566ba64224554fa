#include "app/produce_audio.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "errors.h"
#include "speech/script_speech.h"
#include "speech/synthesizer.h"

namespace nieuwslezer {
namespace {

Segment segment(SegmentKind kind, int story, std::size_t sentences, Pause pause) {
  Segment result{kind, story, {}, {}, pause, ""};
  for (std::size_t j = 0; j < sentences; ++j) {
    result.sentences.push_back(SpokenText{{text_run("Zin.")}});
    result.written.push_back("Zin.");
  }
  return result;
}

// Opening, lead, transition, ticker stories 1..n (one sentence each), closing.
Script bulletin(std::size_t ticker_stories) {
  Script script;
  script.segments.push_back(segment(SegmentKind::kOpening, -1, 1, Pause::kSection));
  script.segments.push_back(segment(SegmentKind::kHeadline, 0, 2, Pause::kStory));
  script.segments.push_back(segment(SegmentKind::kTransition, -1, 1, Pause::kParagraph));
  for (std::size_t i = 1; i <= ticker_stories; ++i) {
    script.segments.push_back(segment(SegmentKind::kTickerItem, static_cast<int>(i), 1,
                                      i == ticker_stories ? Pause::kSection : Pause::kStory));
  }
  script.segments.push_back(segment(SegmentKind::kClosing, -1, 1, Pause::kNone));
  return script;
}

constexpr int kRate = 1000;

// A speech source that says sentence k as `seconds[k]` of sound (at 1000 Hz), in runs of
// three sentences; counts how often it is asked to speak.
struct FakeSpeech {
  std::vector<double> seconds;
  int times_spoken = 0;

  SpeechSource source() {
    return [this](const SpeechSink& sink) {
      ++times_spoken;
      std::vector<std::vector<std::int16_t>> samples;
      for (const double s : seconds) samples.emplace_back(std::size_t(s * kRate), 8000);
      std::vector<SentenceSpeech> run;
      for (const auto& sentence : samples) {
        run.push_back(SentenceSpeech{kRate, sentence});
        if (run.size() == 3) sink(run), run.clear();
      }
      if (!run.empty()) sink(run);
    };
  }
};

Audio unchanged(Audio audio) { return audio; }

const Pauses kPauses{100, 200, 500, 1000, 100};

TEST(ProduceAudio, WithoutASlotEverySentenceIsJoinedAndSpokenOnce) {
  const Script script = bulletin(3);  // 8 sentences
  FakeSpeech speech{{1, 1, 1, 1, 2, 2, 2, 1}};
  const ProducedAudio produced =
      produce_audio(script, kRate, speech.source(), kPauses, std::nullopt, unchanged);
  EXPECT_EQ(speech.times_spoken, 1);
  EXPECT_EQ(produced.script.segments.size(), script.segments.size());
  // 11 s of speech, 0.1 + 0.1 edges, the pauses after the segments (1 + 0.5 + 0.2 + 0.5 +
  // 0.5 + 1) and one between the lead's two sentences (0.1).
  EXPECT_NEAR(produced.audio.seconds(), 11.0 + 0.2 + 3.7 + 0.1, 1e-9);
}

TEST(ProduceAudio, ASlotThatHoldsEverythingGivesTheSameAudio) {
  const Script script = bulletin(3);
  FakeSpeech speech{{1, 1, 1, 1, 2, 2, 2, 1}};
  const Audio all =
      produce_audio(script, kRate, speech.source(), kPauses, std::nullopt, unchanged).audio;
  const ProducedAudio slotted =
      produce_audio(script, kRate, speech.source(), kPauses, Slot{"1h", 3600, 0}, unchanged);
  EXPECT_EQ(slotted.audio.samples, all.samples);
  EXPECT_EQ(slotted.audio.markers.size(), all.markers.size());
  EXPECT_EQ(slotted.script.segments.size(), script.segments.size());
}

TEST(ProduceAudio, ASlotKeepsTheNewestStoriesThatFitAndSpeaksOnce) {
  const Script script = bulletin(3);
  // Story 2 is long: with the frame and the lead, stories 1 and 3 take 10 s, 1 and 2 15 s.
  FakeSpeech speech{{1, 1, 1, 0.5, 1, 6, 1, 1}};
  const ProducedAudio produced =
      produce_audio(script, kRate, speech.source(), kPauses, Slot{"14s", 14, 0}, unchanged);
  EXPECT_EQ(speech.times_spoken, 1) << "measured once, chosen, never spoken again";
  ASSERT_EQ(produced.script.segments.size(), 6u);
  EXPECT_EQ(produced.script.segments[3].story, 1);
  EXPECT_EQ(produced.script.segments[4].story, 3);
  EXPECT_LE(produced.audio.seconds(), 14.0);
  // One marker per kept segment and sentence.
  EXPECT_EQ(produced.audio.markers.size(), 6u + 7u);
}

TEST(ProduceAudio, FinishingThatComesOutLongerChoosesFewer) {
  const Script script = bulletin(3);
  FakeSpeech speech{{1, 1, 1, 1, 1, 1, 1, 1}};
  // The finish adds 3 s the slot's estimate did not know of.
  int finished = 0;
  const auto longer = [&](Audio audio) {
    ++finished;
    audio.samples.resize(audio.samples.size() + 3 * kRate, 0.0f);
    return audio;
  };
  const Audio everything =
      produce_audio(script, kRate, speech.source(), kPauses, std::nullopt, unchanged).audio;
  const double slot = everything.seconds() + 1.0;  // all would fit without the 3 s
  const ProducedAudio produced =
      produce_audio(script, kRate, speech.source(), kPauses, Slot{"x", slot, 0}, longer);
  EXPECT_GT(finished, 1);
  EXPECT_LE(produced.audio.seconds(), slot);
  EXPECT_LT(produced.script.segments.size(), script.segments.size());
}

TEST(ProduceAudio, ASlotTooShortForTheLeadIsAUsageError) {
  const Script script = bulletin(1);
  FakeSpeech speech{{1, 1, 1, 1, 1, 1}};
  try {
    produce_audio(script, kRate, speech.source(), kPauses, Slot{"3s", 3, 0}, unchanged);
    FAIL() << "no error";
  } catch (const UsageError& error) {
    EXPECT_NE(std::string(error.what()).find("--max-duration 3s: the opening, the lead"),
              std::string::npos)
        << error.what();
  }
}

TEST(ProduceAudio, RealSpeechJoinedAsItComesEqualsSpeechHeldAndJoined) {
  const std::string voices = NIEUWSLEZER_SOURCE_DIR "/voices";
  const Voice voice = find_voice("nieuwslezer", voices);
  Synthesizer synthesizer(voice);
  Script script = bulletin(12);
  for (Segment& s : script.segments) {
    for (SpokenText& sentence : s.sentences) {
      sentence = SpokenText{{text_run("In Groningen is een lichte aardbeving gemeten.")}};
    }
  }
  for (const int jobs : {1, 3}) {
    const SpeechSource speak = [&](const SpeechSink& sink) {
      speak_script(script, synthesizer, voice, std::nullopt, jobs, sink);
    };
    const Audio streamed =
        produce_audio(script, synthesizer.sample_rate(), speak, Pauses{}, std::nullopt, unchanged)
            .audio;
    const Audio held = produce_audio(script, synthesizer.sample_rate(), speak, Pauses{},
                                     Slot{"1h", 3600, 0}, unchanged)
                           .audio;
    EXPECT_EQ(streamed.samples, held.samples) << jobs;
    EXPECT_EQ(streamed.markers.size(), held.markers.size()) << jobs;
    EXPECT_GT(streamed.seconds(), 30.0);
  }
}

}  // namespace
}  // namespace nieuwslezer
