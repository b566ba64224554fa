#include "audio/checked_encoding.h"

#include <gtest/gtest.h>

#include <string>

#include "audio/audio_file.h"
#include "audio/encoded_loudness.h"
#include "audio/loudness.h"
#include "audio/mastering.h"
#include "audio_meters.h"

namespace nieuwslezer {
namespace {

using test::espeak_speech;

EncodeOptions encoding(AudioFormat format, const MasteringSettings& settings) {
  EncodeOptions options;
  options.format = format;
  options.sample_rate = required_sample_rate(format, settings.sample_rate);
  options.channels = settings.channels;
  return options;
}

LoudnessGoal goal_of(const MasteringSettings& settings) {
  LoudnessGoal goal;
  goal.target_lufs = settings.target_lufs;
  goal.ceiling_dbtp = settings.true_peak_ceiling_dbtp;
  return goal;
}

TEST(Relevel, MovesTheLoudnessByWhatIsAskedAndKeepsTheLength) {
  const MasteringSettings settings = preset("podcast", 1);
  const Audio mastered = master_audio(espeak_speech(), settings);
  MasteringSettings quieter = settings;
  quieter.target_lufs -= 0.4;
  const Audio moved = relevel_audio(mastered, quieter);
  EXPECT_EQ(moved.samples.size(), mastered.samples.size());
  EXPECT_NEAR(measure_loudness(moved).integrated_lufs,
              measure_loudness(mastered).integrated_lufs - 0.4, 0.1);
  MasteringSettings lower = settings;
  lower.true_peak_ceiling_dbtp = -3.0;
  lower.normalize = false;
  EXPECT_LE(measure_loudness(relevel_audio(mastered, lower)).true_peak_dbtp, -3.0);
}

TEST(CheckedEncoding, AFileOverTheCeilingIsLeveledAgainUntilItIsUnder) {
  // Mastered up to -1 dBTP, but the file must stay under -2.5: the first encoding misses.
  const MasteringSettings settings = preset("podcast", 1);
  Audio audio = master_audio(espeak_speech(), settings);
  LoudnessGoal goal = goal_of(settings);
  goal.ceiling_dbtp = -2.5;
  goal.check_loudness = false;
  const EncodeOptions options = encoding(AudioFormat::kOggOpus, settings);
  const LoudnessMeasurement first = measure_encoded_loudness(encode_audio(audio, options));
  ASSERT_GT(first.true_peak_dbtp, goal.ceiling_dbtp) << "the case must need a correction";
  const CheckedEncoding checked = encode_checked(audio, options, settings, goal);
  EXPECT_TRUE(checked.met);
  EXPECT_GE(checked.reencodes, 1);
  EXPECT_LE(checked.measured.true_peak_dbtp, goal.ceiling_dbtp);
  EXPECT_LE(test::ffmpeg_ebur128_bytes(checked.bytes, ".opus").true_peak_dbtp,
            goal.ceiling_dbtp + 0.05);
  // The returned audio is that of the file.
  EXPECT_EQ(encode_audio(audio, options).size(), checked.bytes.size());
}

TEST(CheckedEncoding, AFileOffTheTargetIsMadeLouderOrQuieter) {
  const MasteringSettings settings = preset("radio", 1);
  for (const double off : {+1.5, -1.5}) {
    Audio audio = master_audio(espeak_speech(), settings);
    LoudnessGoal goal = goal_of(settings);
    goal.target_lufs += off;
    const CheckedEncoding checked =
        encode_checked(audio, encoding(AudioFormat::kMp3, settings), settings, goal);
    EXPECT_TRUE(checked.met) << off;
    EXPECT_GE(checked.reencodes, 1) << off;
    EXPECT_NEAR(checked.measured.integrated_lufs, goal.target_lufs, goal.tolerance_lu) << off;
    EXPECT_NEAR(test::ffmpeg_ebur128_bytes(checked.bytes, ".mp3").integrated_lufs, goal.target_lufs,
                0.5)
        << off;
  }
}

TEST(CheckedEncoding, AGoalThatCannotBeMetStopsAfterTheCorrectionsAndSaysSo) {
  const MasteringSettings settings = preset("podcast", 1);
  Audio audio = master_audio(espeak_speech(), settings);
  LoudnessGoal goal = goal_of(settings);
  goal.target_lufs = -3.0;  // far louder than a -1 dBTP ceiling allows
  goal.max_reencodes = 2;
  const CheckedEncoding checked =
      encode_checked(audio, encoding(AudioFormat::kOggVorbis, settings), settings, goal);
  EXPECT_FALSE(checked.met);
  EXPECT_EQ(checked.reencodes, 2);
  EXPECT_LE(checked.measured.true_peak_dbtp, goal.ceiling_dbtp) << "the ceiling still holds";
}

TEST(CheckedEncoding, SilenceIsEncodedOnceItHasNoLoudnessToCorrect) {
  Audio audio;
  audio.sample_rate = 22050;
  audio.samples.assign(22050, 0.0f);
  const MasteringSettings settings = preset("podcast", 1);
  const CheckedEncoding checked =
      encode_checked(audio, encoding(AudioFormat::kMp3, settings), settings, goal_of(settings));
  EXPECT_TRUE(checked.met);
  EXPECT_EQ(checked.reencodes, 0);
}

// What the program does for a lossy file: mastered 1 dB under the ceiling, then checked.
TEST(CheckedEncoding, EveryLossyFormatPresetAndChannelCountMeetsItsGoalByAnIndependentMeter) {
  for (const AudioFormat format :
       {AudioFormat::kOggVorbis, AudioFormat::kOggOpus, AudioFormat::kMp3}) {
    for (const char* name : {"podcast", "radio"}) {
      for (const int channels : {1, 2}) {
        const MasteringSettings asked = preset(name, channels);
        MasteringSettings settings = asked;
        settings.true_peak_ceiling_dbtp -= 1.0;
        Audio audio = master_audio(espeak_speech(), settings);
        const std::string what =
            std::string(format_name(format)) + " " + name + " " + std::to_string(channels);
        const CheckedEncoding checked =
            encode_checked(audio, encoding(format, settings), settings, goal_of(asked));
        EXPECT_TRUE(checked.met) << what;
        const test::FfmpegReading ffmpeg =
            test::ffmpeg_ebur128_bytes(checked.bytes, std::string(file_extension(format)));
        EXPECT_NEAR(ffmpeg.integrated_lufs, asked.target_lufs, 0.5) << what;
        EXPECT_LE(ffmpeg.true_peak_dbtp, asked.true_peak_ceiling_dbtp) << what;
      }
    }
  }
}

}  // namespace
}  // namespace nieuwslezer
