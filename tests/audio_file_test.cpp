#include "audio/audio_file.h"

#include <gtest/gtest.h>

#include <cmath>

namespace nieuwslezer {
namespace {

TEST(AudioFile, WavRoundTripKeepsRateSamplesAndMarkers) {
  Audio audio;
  audio.sample_rate = 22050;
  for (int i = 0; i < 22050; ++i) audio.samples.push_back(0.5f * std::sin(i * 0.05f));
  audio.markers = {{0, "opening"}, {11025, "story 1 ticker-item"}};
  const std::string bytes = encode_wav(audio);
  ASSERT_GT(bytes.size(), 44u + 2u * 22050u - 1u);
  EXPECT_EQ(bytes.substr(0, 4), "RIFF");
  EXPECT_EQ(bytes.substr(8, 4), "WAVE");

  const Audio back = decode_audio(bytes);
  EXPECT_EQ(back.sample_rate, 22050);
  EXPECT_EQ(back.channels, 1);
  ASSERT_EQ(back.frames(), 22050u);
  for (std::size_t i = 0; i < back.samples.size(); i += 997) {
    EXPECT_NEAR(back.samples[i], audio.samples[i], 1.0 / 16384);
  }
  ASSERT_EQ(back.markers.size(), 2u);
  EXPECT_EQ(back.markers[1].frame, 11025u);
  EXPECT_EQ(back.markers[0].frame, 0u);
}

TEST(AudioFile, OverloadIsClippedNotWrapped) {
  Audio audio;
  audio.samples = {1.5f, -1.5f};
  const Audio back = decode_audio(encode_wav(audio));
  ASSERT_EQ(back.samples.size(), 2u);
  EXPECT_GT(back.samples[0], 0.99f);
  EXPECT_LT(back.samples[1], -0.99f);
}

TEST(AudioFile, NonAudioBytesAreRejected) {
  EXPECT_THROW(decode_audio("this is not a sound file at all"), std::runtime_error);
  EXPECT_THROW(decode_audio(""), std::runtime_error);
}

}  // namespace
}  // namespace nieuwslezer
