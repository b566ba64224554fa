#include "audio/audio_file.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <system_error>

#include "audio/resampler.h"

namespace nieuwslezer {
namespace {

Marker marker_at(std::size_t frame, std::string label) {
  Marker marker;
  marker.frame = frame;
  marker.label = std::move(label);
  return marker;
}

Audio sine(int rate, std::size_t frames) {
  Audio audio;
  audio.sample_rate = rate;
  for (std::size_t i = 0; i < frames; ++i) audio.samples.push_back(0.5f * std::sin(i * 0.05f));
  return audio;
}

TEST(AudioFile, WavRoundTripKeepsRateSamplesAndMarkers) {
  Audio audio = sine(22050, 22050);
  audio.markers = {marker_at(0, "opening"), marker_at(11025, "story 1 ticker-item")};
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
  EXPECT_EQ(back.markers[0].label, "opening");
  EXPECT_EQ(back.markers[1].label, "story 1 ticker-item");
}

TEST(AudioFile, ResamplesAndCopiesMonoToEachChannelWhileEncoding) {
  Audio audio = sine(22050, 22050);
  audio.markers = {marker_at(0, "opening"), marker_at(11025, "weer")};
  EncodeOptions options;
  options.sample_rate = 44100;
  options.channels = 2;
  const Audio back = decode_audio(encode_audio(audio, options));
  EXPECT_EQ(back.sample_rate, 44100);
  ASSERT_EQ(back.channels, 2);
  ASSERT_EQ(back.frames(), 44100u);
  const Audio expected = resample(audio, 44100);
  for (std::size_t frame = 0; frame < back.frames(); frame += 101) {
    EXPECT_EQ(back.samples[2 * frame], back.samples[2 * frame + 1]) << frame;
    EXPECT_NEAR(back.samples[2 * frame], expected.samples[frame], 1.0 / 16384) << frame;
  }
  ASSERT_EQ(back.markers.size(), 2u);
  EXPECT_EQ(back.markers[1].frame, 22050u) << "cue points move to the file's rate";
  Audio stereo = audio;
  stereo.channels = 2;
  options.channels = 3;
  EXPECT_THROW(encode_audio(stereo, options), std::invalid_argument);
}

TEST(AudioFile, EncodingIntoAFileGivesTheSameBytes) {
  Audio audio = sine(22050, 30000);
  audio.markers = {marker_at(0, "opening"), marker_at(12345, "sport")};
  for (const AudioFormat format : {AudioFormat::kWav16, AudioFormat::kFlac, AudioFormat::kMp3}) {
    EncodeOptions options;
    options.format = format;
    options.sample_rate = format == AudioFormat::kWav16 ? 48000 : 0;
    options.tags.title = "Nieuws";
    FILE* file = std::tmpfile();
    ASSERT_NE(file, nullptr);
    const std::uint64_t size = encode_audio_to_file(audio, options, fileno(file));
    std::string bytes(size, '\0');
    ASSERT_EQ(::pread(fileno(file), bytes.data(), bytes.size(), 0), static_cast<ssize_t>(size));
    std::fclose(file);
    EXPECT_EQ(bytes, encode_audio(audio, options)) << format_name(format);
  }
}

TEST(AudioFile, AFailedWriteIsReportedWithItsErrno) {
  // A pipe cannot be written at an offset: pwrite fails with ESPIPE.
  int ends[2];
  ASSERT_EQ(::pipe(ends), 0);
  try {
    encode_audio_to_file(sine(22050, 1000), EncodeOptions{}, ends[1]);
    ADD_FAILURE() << "no error";
  } catch (const std::system_error& error) {
    EXPECT_EQ(error.code().value(), ESPIPE);
  }
  ::close(ends[0]);
  ::close(ends[1]);
}

TEST(AudioFile, RiffSizeCoversTheAppendedLabels) {
  Audio audio = sine(22050, 1000);
  audio.markers = {marker_at(0, "opening"), marker_at(500, "weer")};
  const std::string bytes = encode_wav(audio);
  const auto riff_size = static_cast<std::size_t>(static_cast<unsigned char>(bytes[4])) |
                         static_cast<std::size_t>(static_cast<unsigned char>(bytes[5])) << 8 |
                         static_cast<std::size_t>(static_cast<unsigned char>(bytes[6])) << 16 |
                         static_cast<std::size_t>(static_cast<unsigned char>(bytes[7])) << 24;
  EXPECT_EQ(riff_size + 8, bytes.size());
  EXPECT_NE(bytes.find("adtl"), std::string::npos);
  EXPECT_NE(bytes.find("labl"), std::string::npos);
}

TEST(AudioFile, MoreThanAHundredCuePointsRoundTrip) {
  Audio audio = sine(8000, 8000);
  for (std::size_t i = 0; i < 150; ++i) {
    audio.markers.push_back(marker_at(i * 50, "zin " + std::to_string(i + 1)));
  }
  const Audio back = decode_audio(encode_wav(audio));
  ASSERT_EQ(back.markers.size(), 150u);
  EXPECT_EQ(back.markers[149].frame, 149u * 50u);
  EXPECT_EQ(back.markers[149].label, "zin 150");
  EXPECT_EQ(back.markers[100].label, "zin 101");
}

TEST(AudioFile, LabelsSurviveAnOddSizedDataChunkAndUtf8) {
  // 24-bit mono with an odd frame count makes the data chunk odd-sized: it needs a pad byte.
  Audio audio = sine(16000, 16001);
  audio.markers = {marker_at(0, "opening"), marker_at(8000, "Utrecht: één gewonde")};
  EncodeOptions options;
  options.format = AudioFormat::kWav24;
  const Audio back = decode_audio(encode_audio(audio, options));
  EXPECT_EQ(back.frames(), 16001u);
  ASSERT_EQ(back.markers.size(), 2u);
  EXPECT_EQ(back.markers[1].frame, 8000u);
  EXPECT_EQ(back.markers[1].label, "Utrecht: één gewonde");
}

TEST(AudioFile, LongLabelsAreCutAtACharacterBoundary) {
  Audio audio = sine(8000, 800);
  std::string long_label(254, 'a');
  long_label += "ëë";  // bytes 255..258: the first 'ë' would be split at 255
  audio.markers = {marker_at(0, long_label)};
  const Audio back = decode_audio(encode_wav(audio));
  ASSERT_EQ(back.markers.size(), 1u);
  EXPECT_EQ(back.markers[0].label, std::string(254, 'a'));
}

TEST(AudioFile, OverloadIsClippedNotWrapped) {
  Audio audio;
  audio.samples = {1.5f, -1.5f};
  const Audio back = decode_audio(encode_wav(audio));
  ASSERT_EQ(back.samples.size(), 2u);
  EXPECT_GT(back.samples[0], 0.99f);
  EXPECT_LT(back.samples[1], -0.99f);
}

TEST(AudioFile, OverloadIsClippedIn24BitWavAndFlac) {
  for (const AudioFormat format : {AudioFormat::kWav24, AudioFormat::kFlac}) {
    Audio audio;
    audio.samples = {1.5f, -1.5f, 3.0f, 0.25f};
    EncodeOptions options;
    options.format = format;
    const Audio back = decode_audio(encode_audio(audio, options));
    ASSERT_EQ(back.samples.size(), 4u) << format_name(format);
    EXPECT_GT(back.samples[0], 0.99f) << format_name(format);
    EXPECT_LT(back.samples[1], -0.99f) << format_name(format);
    EXPECT_GT(back.samples[2], 0.99f) << format_name(format);
    EXPECT_NEAR(back.samples[3], 0.25f, 1e-4) << format_name(format);
  }
}

TEST(AudioFile, EmptyAudioIsAValidWavButNotAValidCompressedFile) {
  Audio audio;
  EXPECT_EQ(decode_audio(encode_wav(audio)).frames(), 0u);
  for (const AudioFormat format :
       {AudioFormat::kFlac, AudioFormat::kOggVorbis, AudioFormat::kOggOpus, AudioFormat::kMp3}) {
    audio.sample_rate = 48000;
    EncodeOptions options;
    options.format = format;
    EXPECT_THROW(encode_audio(audio, options), std::runtime_error) << format_name(format);
  }
}

TEST(AudioFile, BroadcastInfoRoundTripsThroughLibsndfile) {
  Audio audio = sine(44100, 4410);
  EncodeOptions options;
  options.bext.enabled = true;
  options.bext.description = "Nieuws van 8 uur, 28 november 2026";
  options.bext.originator = "Omroep Zuid-Holland";
  options.bext.originator_reference = "OZH-20261128-0800";
  options.bext.origination_date = "2026-11-28";
  options.bext.origination_time = "08:00:00";
  const AudioMetadata metadata = read_metadata(encode_audio(audio, options));
  ASSERT_TRUE(metadata.bext.enabled);
  EXPECT_EQ(metadata.bext.description, options.bext.description);
  EXPECT_EQ(metadata.bext.originator, "Omroep Zuid-Holland");
  EXPECT_EQ(metadata.bext.originator_reference, "OZH-20261128-0800");
  EXPECT_EQ(metadata.bext.origination_date, "2026-11-28");
  EXPECT_EQ(metadata.bext.origination_time, "08:00:00");

  EXPECT_FALSE(read_metadata(encode_wav(audio)).bext.enabled);
}

TEST(AudioFile, CartChunkRoundTripsWithItsTimersAtTheFilesRate) {
  Audio audio = sine(22050, 22050);  // 1 s, written at 48 kHz
  EncodeOptions options;
  options.sample_rate = 48000;
  options.cart.enabled = true;
  options.cart.title = "Nieuws van 8 uur, 28 november 2026";
  options.cart.artist = "Omroep Zuid-Holland";
  options.cart.cut_id = "20261128-0800";
  options.cart.out_cue = "Dat was het nieuws.";
  options.cart.start_date = "2026-11-28";
  options.cart.start_time = "08:00:00";
  options.cart.end_date = "2026-11-28";
  options.cart.end_time = "09:00:00";
  options.cart.title += std::string(100, '!');  // cut to 64 bytes
  options.cart.timers = {{"AUDs", 0}, {"SEGs", 11025}, {"AUDe", 22050}};
  const AudioMetadata metadata = read_metadata(encode_audio(audio, options));
  ASSERT_TRUE(metadata.cart.enabled);
  EXPECT_EQ(metadata.cart.title, options.cart.title.substr(0, 64));
  EXPECT_EQ(metadata.cart.artist, "Omroep Zuid-Holland");
  EXPECT_EQ(metadata.cart.cut_id, "20261128-0800");
  EXPECT_EQ(metadata.cart.out_cue, "Dat was het nieuws.");
  EXPECT_EQ(metadata.cart.start_date + " " + metadata.cart.start_time, "2026-11-28 08:00:00");
  EXPECT_EQ(metadata.cart.end_date + " " + metadata.cart.end_time, "2026-11-28 09:00:00");
  ASSERT_EQ(metadata.cart.timers.size(), 3u);
  EXPECT_EQ(metadata.cart.timers[1].usage, "SEGs");
  EXPECT_EQ(metadata.cart.timers[1].frame, 24000u) << "half a second at 48 kHz";
  EXPECT_EQ(metadata.cart.timers[2].frame, 48000u);
  EXPECT_FALSE(read_metadata(encode_wav(audio)).cart.enabled);
}

TEST(AudioFile, BadCartRequestsAreRejected) {
  Audio audio = sine(48000, 480);
  EncodeOptions options;
  options.cart.enabled = true;
  options.cart.end_date = "2026-11-28T09";
  EXPECT_THROW(encode_audio(audio, options), std::invalid_argument);
  options.cart.end_date = "";
  options.cart.timers = {{"SEG", 10}};
  EXPECT_THROW(encode_audio(audio, options), std::invalid_argument);
  options.cart.timers.assign(9, {"MRK1", 10});
  EXPECT_THROW(encode_audio(audio, options), std::invalid_argument);
  options.cart.timers.clear();
  options.format = AudioFormat::kFlac;
  EXPECT_THROW(encode_audio(audio, options), std::invalid_argument);
}

TEST(AudioFile, BroadcastFieldsAreCutToTheirSize) {
  Audio audio = sine(44100, 441);
  EncodeOptions options;
  options.bext.enabled = true;
  options.bext.description = std::string(300, 'x');
  options.bext.originator = "Regionale Omroep Zuid-Holland en Utrecht";  // 39 bytes
  const AudioMetadata metadata = read_metadata(encode_audio(audio, options));
  EXPECT_EQ(metadata.bext.description, std::string(256, 'x'));
  EXPECT_EQ(metadata.bext.originator, "Regionale Omroep Zuid-Holland en");
}

TEST(AudioFile, BadBroadcastRequestsAreRejected) {
  Audio audio = sine(48000, 480);
  EncodeOptions options;
  options.bext.enabled = true;
  options.bext.origination_date = "28-11-2026";
  EXPECT_THROW(encode_audio(audio, options), std::invalid_argument);
  options.bext.origination_date = "2026-11-28";
  options.bext.origination_time = "8:00";
  EXPECT_THROW(encode_audio(audio, options), std::invalid_argument);
  options.bext.origination_time = "08:00:00";
  EXPECT_NO_THROW(encode_audio(audio, options));
  options.format = AudioFormat::kFlac;
  EXPECT_THROW(encode_audio(audio, options), std::invalid_argument);
}

TEST(AudioFile, NonAudioBytesAreRejected) {
  EXPECT_THROW(decode_audio("this is not a sound file at all"), std::runtime_error);
  EXPECT_THROW(decode_audio(""), std::runtime_error);
  EXPECT_THROW(read_metadata("this is not a sound file at all"), std::runtime_error);
}

}  // namespace
}  // namespace nieuwslezer
