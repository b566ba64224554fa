#include "audio/programme.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <numbers>
#include <random>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "audio/audio_file.h"
#include "audio/loudness.h"
#include "speech/synthesizer.h"

namespace nieuwslezer {
namespace {

constexpr double kPi = std::numbers::pi;

std::size_t at(double seconds, int rate) { return std::llround(seconds * rate); }

// Noise bursts standing in for speech: one sentence marker per burst (segment 0), all inside
// a segment marker, as the assembly makes them. Bursts are given in seconds.
Audio noise_speech(int rate, int channels, double seconds,
                   const std::vector<std::pair<double, double>>& bursts, bool markers = true) {
  Audio audio;
  audio.sample_rate = rate;
  audio.channels = channels;
  audio.samples.assign(at(seconds, rate) * channels, 0.0f);
  std::mt19937 random(11);
  std::normal_distribution<double> noise(0.0, 0.1);
  double low = 0;
  for (std::size_t i = 0; i < bursts.size(); ++i) {
    const std::size_t start = at(bursts[i].first, rate), end = at(bursts[i].second, rate);
    for (std::size_t frame = start; frame < end; ++frame) {
      low = 0.7 * low + 0.3 * noise(random);  // more energy low, like a voice
      const double edge =
          std::min({1.0, (frame - start) / (0.005 * rate), (end - frame) / (0.005 * rate)});
      for (int c = 0; c < channels; ++c) audio.samples[frame * channels + c] = low * 2.5 * edge;
    }
    if (markers) audio.markers.push_back(Marker{start, end, "story 1", 0, static_cast<int>(i)});
  }
  if (markers && !bursts.empty()) {
    audio.markers.insert(
        audio.markers.begin(),
        Marker{at(bursts.front().first, rate), at(bursts.back().second, rate), "story 1", 0, -1});
  }
  return audio;
}

// A jingle: a rising arpeggio of sine tones with a second harmonic, each with a short attack
// and an exponential decay, then a chord. `amplitude` scales it all.
Audio jingle(int rate, int channels, double seconds, double amplitude = 0.2) {
  Audio audio;
  audio.sample_rate = rate;
  audio.channels = channels;
  const std::vector<std::pair<double, double>> notes = {
      {0.0, 523.25}, {0.12, 659.25}, {0.24, 783.99}, {0.36, 1046.5}, {0.5, 392.0}, {0.5, 523.25}};
  const std::size_t frames = at(seconds, rate);
  for (std::size_t frame = 0; frame < frames; ++frame) {
    const double t = double(frame) / rate;
    double value = 0;
    for (const auto& [start, hz] : notes) {
      if (t < start) continue;
      const double u = t - start;
      const double envelope = std::min(1.0, u / 0.01) * std::exp(-4 * u);
      value += envelope * (std::sin(2 * kPi * hz * u) + 0.3 * std::sin(4 * kPi * hz * u));
    }
    const double fade = std::min(1.0, (seconds - t) / 0.05);
    for (int c = 0; c < channels; ++c) {
      audio.samples.push_back(static_cast<float>(amplitude * value * fade * (c == 0 ? 1.0 : 0.8)));
    }
  }
  return audio;
}

// A music bed: a soft A minor chord with a slow tremolo (depth 0 = steady).
Audio bed_chord(int rate, int channels, double seconds, double tremolo_depth = 0.2) {
  Audio audio;
  audio.sample_rate = rate;
  audio.channels = channels;
  const std::size_t frames = at(seconds, rate);
  for (std::size_t frame = 0; frame < frames; ++frame) {
    const double t = double(frame) / rate;
    const double tremolo = 1.0 - tremolo_depth * (0.5 + 0.5 * std::sin(2 * kPi * 2.0 * t));
    for (int c = 0; c < channels; ++c) {
      const double value = std::sin(2 * kPi * 220 * t) + 0.7 * std::sin(2 * kPi * 261.63 * t + c) +
                           0.6 * std::sin(2 * kPi * 329.63 * t + 2 * c);
      audio.samples.push_back(static_cast<float>(0.05 * tremolo * value));
    }
  }
  return audio;
}

std::string read_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// `audio` written to a temporary file in `format` and decoded again, as the CLI reads files.
Audio through_file(const Audio& audio, AudioFormat format) {
  static int counter = 0;
  const auto path = std::filesystem::temp_directory_path() /
                    ("nieuwslezer_programme_" + std::to_string(getpid()) + "_" +
                     std::to_string(counter++) + std::string(file_extension(format)));
  EncodeOptions options;
  options.format = format;
  {
    std::ofstream out(path, std::ios::binary);
    out << encode_audio(audio, options);
  }
  Audio decoded = decode_audio(read_bytes(path));
  std::filesystem::remove(path);
  return decoded;
}

Audio slice(const Audio& audio, std::size_t start, std::size_t end) {
  Audio part;
  part.sample_rate = audio.sample_rate;
  part.channels = audio.channels;
  part.samples.assign(audio.samples.begin() + start * audio.channels,
                      audio.samples.begin() + end * audio.channels);
  return part;
}

Audio slice_seconds(const Audio& audio, double start, double end) {
  return slice(audio, at(start, audio.sample_rate), at(end, audio.sample_rate));
}

// What the programme holds besides the speech placed at `speech_start`: the bed (and jingles).
Audio without_speech(const Audio& programme, const Audio& speech, std::size_t speech_start) {
  Audio rest = programme;
  rest.markers.clear();
  for (std::size_t i = 0; i < speech.samples.size(); ++i) {
    rest.samples[speech_start * speech.channels + i] -= speech.samples[i];
  }
  return rest;
}

double rms_db(const Audio& audio) {
  double sum = 0;
  for (float sample : audio.samples) sum += double(sample) * sample;
  return 10 * std::log10(sum / std::max<std::size_t>(1, audio.samples.size()) + 1e-30);
}

ProgrammeElement element(Audio audio, double gain_db = 0.0) { return {std::move(audio), gain_db}; }

TEST(ProgrammeLayout, SpeechAloneIsReturnedUnchanged) {
  const Audio speech = noise_speech(22050, 1, 2.0, {{0.2, 1.8}});
  const Audio programme = build_programme(speech, ProgrammeSettings{});
  EXPECT_EQ(programme.samples, speech.samples);
  EXPECT_EQ(programme.markers.size(), speech.markers.size());
}

TEST(ProgrammeLayout, LengthIsIntroGapSpeechGapOutro) {
  const int rate = 22050;
  const Audio speech = noise_speech(rate, 1, 3.0, {{0.25, 2.75}});
  ProgrammeSettings settings;
  settings.intro = element(jingle(rate, 1, 1.0));
  settings.outro = element(jingle(rate, 1, 0.5));
  settings.gap_ms = 300;
  const Audio programme = build_programme(speech, settings);
  EXPECT_EQ(programme.frames(), at(1.0 + 0.3 + 3.0 + 0.3 + 0.5, rate));
  EXPECT_EQ(programme.sample_rate, rate);
  EXPECT_EQ(programme.channels, 1);

  settings.outro.reset();
  settings.gap_ms = 0;
  EXPECT_EQ(build_programme(speech, settings).frames(), at(1.0 + 3.0, rate));
}

TEST(ProgrammeLayout, BedAddsItsLeadInAndFadeOut) {
  const int rate = 22050;
  const Audio speech = noise_speech(rate, 1, 3.0, {{0.25, 2.75}});
  ProgrammeSettings settings;
  settings.intro = element(jingle(rate, 1, 1.0));
  settings.outro = element(jingle(rate, 1, 0.5));
  settings.bed = element(bed_chord(rate, 1, 10.0), -6);
  settings.bed_settings.lead_in_ms = 1500;
  settings.bed_settings.fade_out_ms = 2000;
  const Audio programme = build_programme(speech, settings);
  EXPECT_NEAR(programme.seconds(), 1.0 + 0.3 + 1.5 + 3.0 + 2.0 + 0.3 + 0.5, 0.002);

  // The gaps around the bed section are silent: the bed plays only in its section.
  const Audio first_gap = slice_seconds(programme, 1.01, 1.29);
  const Audio second_gap = slice_seconds(programme, 7.81, 8.09);
  EXPECT_LT(rms_db(first_gap), -120);
  EXPECT_LT(rms_db(second_gap), -120);
}

TEST(ProgrammeMarkers, SpeechMarkersMoveWithTheSpeech) {
  const int rate = 22050;
  const Audio speech = noise_speech(rate, 1, 4.0, {{0.25, 1.5}, {2.0, 3.75}});
  ProgrammeSettings settings;
  settings.intro = element(jingle(rate, 1, 1.2));
  settings.outro = element(jingle(rate, 1, 0.6));
  settings.gap_ms = 500;
  const Audio programme = build_programme(speech, settings);
  const std::size_t offset = at(1.2 + 0.5, rate);

  ASSERT_EQ(programme.markers.size(), speech.markers.size() + 2);
  EXPECT_EQ(programme.markers.front().label, "intro");
  EXPECT_EQ(programme.markers.front().frame, 0u);
  EXPECT_EQ(programme.markers.front().end_frame, at(1.2, rate));
  EXPECT_EQ(programme.markers.back().label, "outro");
  EXPECT_EQ(programme.markers.back().frame, offset + speech.frames() + at(0.5, rate));
  EXPECT_EQ(programme.markers.back().end_frame, programme.frames());
  for (std::size_t i = 0; i < speech.markers.size(); ++i) {
    const Marker& moved = programme.markers[i + 1];
    EXPECT_EQ(moved.frame, speech.markers[i].frame + offset);
    EXPECT_EQ(moved.end_frame, speech.markers[i].end_frame + offset);
    EXPECT_EQ(moved.segment, speech.markers[i].segment);
    EXPECT_EQ(moved.sentence, speech.markers[i].sentence);
  }
  // Without a bed the speech is copied untouched to where its markers now point.
  const Audio placed = slice(programme, offset, offset + speech.frames());
  EXPECT_EQ(placed.samples, speech.samples);

  // With a bed the speech starts after the lead-in as well.
  settings.bed = element(bed_chord(rate, 1, 3.0));
  settings.bed_settings.lead_in_ms = 1000;
  const Audio with_bed = build_programme(speech, settings);
  EXPECT_EQ(with_bed.markers[2].frame, speech.markers[1].frame + offset + at(1.0, rate));
}

TEST(ProgrammeFormat, JinglesAreConvertedToTheSpeechRateAndChannels) {
  const Audio speech = noise_speech(22050, 1, 2.0, {{0.2, 1.8}});
  ProgrammeSettings settings;
  settings.intro = element(through_file(jingle(48000, 2, 1.0), AudioFormat::kFlac));
  settings.outro = element(through_file(jingle(44100, 1, 0.8), AudioFormat::kOggVorbis));
  ASSERT_EQ(settings.intro->audio.sample_rate, 48000);
  ASSERT_EQ(settings.intro->audio.channels, 2);
  const Audio programme = build_programme(speech, settings);
  EXPECT_EQ(programme.sample_rate, 22050);
  EXPECT_EQ(programme.channels, 1);
  EXPECT_NEAR(programme.markers.front().end_frame, 22050.0, 22050 * 0.005);
  EXPECT_NEAR(programme.seconds(), 1.0 + 0.3 + 2.0 + 0.3 + 0.8, 0.01);
  EXPECT_GT(rms_db(slice_seconds(programme, 0.0, 1.0)), -40);

  // Mono jingle under stereo 44.1 kHz speech: both channels carry it alike.
  const Audio stereo_speech = noise_speech(44100, 2, 2.0, {{0.2, 1.8}});
  settings.intro = element(through_file(jingle(22050, 1, 1.0), AudioFormat::kWav16));
  settings.outro.reset();
  const Audio stereo = build_programme(stereo_speech, settings);
  EXPECT_EQ(stereo.channels, 2);
  EXPECT_EQ(stereo.sample_rate, 44100);
  EXPECT_NEAR(stereo.markers.front().end_frame, 44100.0, 44100 * 0.005);
  for (std::size_t frame = 0; frame < 44100; frame += 7) {
    ASSERT_EQ(stereo.samples[2 * frame], stereo.samples[2 * frame + 1]) << frame;
  }
  EXPECT_GT(rms_db(slice_seconds(stereo, 0.0, 1.0)), -40);

  // Stereo to mono averages: opposite channels cancel, where taking one channel would not.
  Audio opposite = jingle(44100, 2, 1.0);
  for (std::size_t i = 1; i < opposite.samples.size(); i += 2) {
    opposite.samples[i] = -opposite.samples[i - 1];
  }
  settings.intro = element(opposite);
  EXPECT_LT(rms_db(slice_seconds(build_programme(speech, settings), 0.0, 1.0)), -100);
}

TEST(ProgrammeFormat, BuildsAtTheDeliveryRateAndChannels) {
  const Audio speech = noise_speech(22050, 1, 3.0, {{0.5, 1.2}, {1.5, 2.5}});
  ProgrammeSettings settings;
  settings.sample_rate = 44100;
  settings.channels = 2;
  const Audio converted = build_programme(speech, settings);  // no elements: only converted
  EXPECT_EQ(converted.sample_rate, 44100);
  EXPECT_EQ(converted.channels, 2);
  EXPECT_EQ(converted.frames(), 2 * speech.frames());
  ASSERT_EQ(converted.markers.size(), speech.markers.size());
  EXPECT_EQ(converted.markers[2].frame, 2 * speech.markers[2].frame);

  settings.intro = element(jingle(48000, 1, 1.0));
  settings.bed = element(bed_chord(48000, 2, 5.0), -6);  // its channels differ
  settings.bed_settings.lead_in_ms = 1000;
  const Audio programme = build_programme(speech, settings);
  EXPECT_EQ(programme.sample_rate, 44100);
  EXPECT_EQ(programme.channels, 2);
  const std::size_t offset = at(1.0 + 0.3 + 1.0, 44100);
  ASSERT_EQ(programme.markers.size(), speech.markers.size() + 1);
  EXPECT_EQ(programme.markers[1].frame, 2 * speech.markers[0].frame + offset);
  EXPECT_EQ(programme.markers[3].end_frame, 2 * speech.markers[2].end_frame + offset);
  // The bed stays stereo: its channels differ in the lead-in.
  double difference = 0;
  for (std::size_t frame = at(1.4, 44100); frame < at(2.2, 44100); ++frame) {
    difference = std::max<double>(
        difference, std::abs(programme.samples[2 * frame] - programme.samples[2 * frame + 1]));
  }
  EXPECT_GT(difference, 0.01);
}

TEST(ProgrammeLevel, JinglesMatchTheSpeechLoudnessPlusTheirGain) {
  const int rate = 22050;
  const Audio speech = noise_speech(rate, 1, 6.0, {{0.3, 2.5}, {3.0, 5.7}});
  const double speech_lufs = measure_integrated_lufs(speech);
  ProgrammeSettings settings;
  settings.intro = element(through_file(jingle(44100, 2, 2.0, 0.9), AudioFormat::kFlac));
  settings.outro = element(through_file(jingle(48000, 1, 2.0, 0.01), AudioFormat::kWav16), -6);
  const Audio programme = build_programme(speech, settings);
  ASSERT_GT(measure_integrated_lufs(settings.intro->audio), speech_lufs + 6);
  ASSERT_LT(measure_integrated_lufs(settings.outro->audio), speech_lufs - 20);

  const Audio intro = slice(programme, 0, programme.markers.front().end_frame);
  const Audio outro = slice(programme, programme.markers.back().frame, programme.frames());
  EXPECT_NEAR(measure_integrated_lufs(intro), speech_lufs, 1.0);
  EXPECT_NEAR(measure_integrated_lufs(outro), speech_lufs - 6, 1.0);
  // The speech keeps its own level.
  const Audio placed = slice(programme, programme.markers[1].frame - at(0.3, rate),
                             programme.markers[1].frame - at(0.3, rate) + speech.frames());
  EXPECT_NEAR(measure_integrated_lufs(placed), speech_lufs, 0.01);
}

TEST(ProgrammeLevel, ShortJingleIsMatchedToo) {
  const Audio speech = noise_speech(22050, 1, 3.0, {{0.3, 2.7}});
  ProgrammeSettings settings;
  settings.intro = element(jingle(22050, 1, 0.25, 0.9), 3);
  const Audio programme = build_programme(speech, settings);
  Audio intro = slice(programme, 0, programme.markers.front().end_frame);
  const Audio once = intro;
  while (intro.seconds() < 2)
    intro.samples.insert(intro.samples.end(), once.samples.begin(), once.samples.end());
  EXPECT_NEAR(measure_integrated_lufs(intro), measure_integrated_lufs(speech) + 3, 1.0);
}

// Speech at 0.5-3.5 s and 6-9 s of 10 s; a bed at -6 LU ducked by 18 dB.
struct BedCase {
  Audio speech = noise_speech(22050, 1, 10.0, {{0.5, 3.5}, {6.0, 9.0}});
  ProgrammeSettings settings;
  BedCase() {
    settings.bed = element(through_file(bed_chord(48000, 2, 14.0), AudioFormat::kOggVorbis), -6);
    settings.bed_settings.duck_db = -18;
    settings.bed_settings.lead_in_ms = 1500;
    settings.bed_settings.fade_out_ms = 2000;
  }
};

TEST(ProgrammeBed, IsAtItsLevelInPausesAndDuckedUnderSpeech) {
  BedCase test;
  const double speech_lufs = measure_integrated_lufs(test.speech);
  const Audio programme = build_programme(test.speech, test.settings);
  ASSERT_NEAR(programme.seconds(), 1.5 + 10.0 + 2.0, 0.002);
  const Audio bed = without_speech(programme, test.speech, at(1.5, 22050));

  // Programme time = speech time + 1.5 s. Skip the 80 ms attack and 400 ms release.
  EXPECT_NEAR(measure_integrated_lufs(slice_seconds(bed, 0.1, 1.9)), speech_lufs - 6, 1.0);
  EXPECT_NEAR(measure_integrated_lufs(slice_seconds(bed, 2.0, 5.0)), speech_lufs - 6 - 18, 1.0);
  EXPECT_NEAR(measure_integrated_lufs(slice_seconds(bed, 5.5, 7.4)), speech_lufs - 6, 1.0);
  EXPECT_NEAR(measure_integrated_lufs(slice_seconds(bed, 7.5, 10.5)), speech_lufs - 6 - 18, 1.0);
  // Fully ducked from the first word on: the attack happens before it.
  EXPECT_NEAR(rms_db(slice_seconds(bed, 2.0, 2.1)) - rms_db(slice_seconds(bed, 1.7, 1.8)), -18,
              2.5);
}

TEST(ProgrammeBed, ShortPausesStayDucked) {
  BedCase test;
  test.speech = noise_speech(22050, 1, 10.0, {{0.5, 3.5}, {3.9, 9.0}});  // a 400 ms pause
  test.settings.bed_settings.bridge_ms = 600;
  const Audio programme = build_programme(test.speech, test.settings);
  const Audio bed = without_speech(programme, test.speech, at(1.5, 22050));
  EXPECT_NEAR(rms_db(slice_seconds(bed, 5.0, 5.4)) - rms_db(slice_seconds(bed, 4.0, 4.4)), 0, 1.5);

  test.settings.bed_settings.bridge_ms = 0;
  const Audio pumping =
      without_speech(build_programme(test.speech, test.settings), test.speech, at(1.5, 22050));
  EXPECT_GT(rms_db(slice_seconds(pumping, 5.0, 5.4)) - rms_db(slice_seconds(pumping, 4.0, 4.4)), 6);
}

TEST(ProgrammeBed, DucksWhereTheSpeechSoundsWithoutMarkers) {
  BedCase test;
  test.speech = noise_speech(22050, 1, 10.0, {{0.5, 3.5}, {6.0, 9.0}}, /*markers=*/false);
  const double speech_lufs = measure_integrated_lufs(test.speech);
  const Audio bed =
      without_speech(build_programme(test.speech, test.settings), test.speech, at(1.5, 22050));
  EXPECT_NEAR(measure_integrated_lufs(slice_seconds(bed, 0.1, 1.9)), speech_lufs - 6, 1.0);
  EXPECT_NEAR(measure_integrated_lufs(slice_seconds(bed, 2.0, 5.0)), speech_lufs - 24, 1.5);
  EXPECT_NEAR(measure_integrated_lufs(slice_seconds(bed, 5.5, 7.4)), speech_lufs - 6, 1.0);
}

TEST(ProgrammeBed, FadesToSilenceAtTheEnd) {
  BedCase test;
  test.settings.outro = element(jingle(22050, 1, 1.0));
  const Audio programme = build_programme(test.speech, test.settings);
  const Audio bed = without_speech(programme, test.speech, at(1.5, 22050));
  // The fade-out takes 11.5-13.5 s; the gap after it is silent.
  const double before = rms_db(slice_seconds(bed, 11.0, 11.5));
  double previous = before;
  for (double start = 11.5; start < 13.4; start += 0.5) {
    const double level = rms_db(slice_seconds(bed, start, start + 0.5));
    EXPECT_LT(level, previous) << start;
    previous = level;
  }
  EXPECT_LT(rms_db(slice_seconds(bed, 13.49, 13.5)), before - 50);
  EXPECT_EQ(bed.samples[at(13.5, 22050) - 1], 0.0f);
  EXPECT_LT(rms_db(slice_seconds(bed, 13.5, 13.8)), -120);
}

TEST(ProgrammeBed, LoopsWhenShorterThanTheSpeech) {
  const int rate = 22050;
  const Audio speech = noise_speech(rate, 1, 10.0, {{0.5, 1.5}});
  const double speech_lufs = measure_integrated_lufs(speech);
  ProgrammeSettings settings;
  settings.bed = element(bed_chord(rate, 2, 0.7, /*tremolo_depth=*/0.0), -10);
  const Audio programme = build_programme(speech, settings);
  const Audio bed = without_speech(programme, speech, at(1.5, rate));
  // Not ducked from 1.5 + 1.5 + 0.4 s to the fade at 11.5 s: the same level all along, no
  // holes at the seams between the repeats.
  EXPECT_NEAR(measure_integrated_lufs(slice_seconds(bed, 3.5, 11.5)), speech_lufs - 10, 1.0);
  const double level = rms_db(slice_seconds(bed, 3.5, 11.5));
  for (double start = 3.5; start < 11.4; start += 0.05) {
    EXPECT_NEAR(rms_db(slice_seconds(bed, start, start + 0.05)), level, 3.0) << start;
  }
}

TEST(ProgrammeInvalid, EmptyElementsAndBadSettingsThrow) {
  const Audio speech = noise_speech(22050, 1, 2.0, {{0.2, 1.8}});
  const Audio tune = jingle(22050, 1, 0.5);
  auto with = [&](auto change) {
    ProgrammeSettings settings;
    change(settings);
    return settings;
  };
  EXPECT_THROW(build_programme(speech, with([](auto& s) { s.intro = element(Audio{}); })),
               std::invalid_argument);
  EXPECT_THROW(build_programme(speech, with([](auto& s) { s.outro = element(Audio{}); })),
               std::invalid_argument);
  EXPECT_THROW(build_programme(speech, with([](auto& s) { s.bed = element(Audio{}); })),
               std::invalid_argument);
  Audio no_rate = tune;
  no_rate.sample_rate = 0;
  EXPECT_THROW(build_programme(speech, with([&](auto& s) { s.intro = element(no_rate); })),
               std::invalid_argument);
  EXPECT_THROW(build_programme(Audio{}, with([&](auto& s) { s.intro = element(tune); })),
               std::invalid_argument);
  Audio three_channels = jingle(22050, 3, 0.5);
  const Audio stereo_speech = noise_speech(22050, 2, 2.0, {{0.2, 1.8}});
  EXPECT_THROW(
      build_programme(stereo_speech, with([&](auto& s) { s.intro = element(three_channels); })),
      std::invalid_argument);
  EXPECT_THROW(build_programme(speech, with([&](auto& s) {
                                 s.intro = element(tune);
                                 s.gap_ms = -1;
                               })),
               std::invalid_argument);
  EXPECT_THROW(build_programme(speech, with([&](auto& s) {
                                 s.bed = element(tune);
                                 s.bed_settings.duck_db = 6;
                               })),
               std::invalid_argument);
  EXPECT_THROW(build_programme(speech, with([&](auto& s) { s.intro = element(tune, NAN); })),
               std::invalid_argument);
  EXPECT_THROW(build_programme(speech, with([&](auto& s) { s.channels = -1; })),
               std::invalid_argument);
  EXPECT_THROW(build_programme(stereo_speech, with([&](auto& s) { s.channels = 3; })),
               std::invalid_argument);
}

TEST(ProgrammeExamples, ShippedJinglesAreSmallAndWork) {
  const std::filesystem::path dir = NIEUWSLEZER_SOURCE_DIR "/examples/jingles";
  ProgrammeSettings settings;
  for (const char* name : {"intro.flac", "bed.ogg"}) {
    ASSERT_TRUE(std::filesystem::exists(dir / name)) << name;
    EXPECT_LE(std::filesystem::file_size(dir / name), 100u * 1024) << name;
  }
  settings.intro = element(decode_audio(read_bytes(dir / "intro.flac")));
  settings.outro = settings.intro;
  settings.bed = element(decode_audio(read_bytes(dir / "bed.ogg")), -6);
  for (const Audio* audio : {&settings.intro->audio, &settings.bed->audio}) {
    EXPECT_TRUE(audio->sample_rate == 44100 || audio->sample_rate == 48000);
    EXPECT_GT(audio->seconds(), 1.0);
    EXPECT_LT(audio->seconds(), 10.0);
    EXPECT_GT(measure_integrated_lufs(*audio), -40);
  }
  const Audio speech = noise_speech(22050, 1, 20.0, {{0.3, 8.0}, {11.0, 19.5}});
  const double speech_lufs = measure_integrated_lufs(speech);
  const Audio programme = build_programme(speech, settings);
  const double intro_seconds = settings.intro->audio.seconds();
  EXPECT_NEAR(programme.seconds(), 2 * intro_seconds + 0.6 + 1.5 + 20 + 2, 0.01);
  const Audio intro = slice(programme, 0, programme.markers.front().end_frame);
  EXPECT_NEAR(measure_integrated_lufs(intro), speech_lufs, 1.0);
  // The bed (8 s) loops under the 20 s of speech and is up between the two sentences; the
  // windows hold whole periods of its 0.5 Hz tremolo.
  const double speech_start = intro_seconds + 0.3 + 1.5;
  const Audio bed = without_speech(programme, speech, at(speech_start, 22050));
  EXPECT_NEAR(
      measure_integrated_lufs(slice_seconds(bed, speech_start + 8.45, speech_start + 10.45)),
      speech_lufs - 6, 1.0);
  EXPECT_NEAR(measure_integrated_lufs(slice_seconds(bed, speech_start + 12, speech_start + 19)),
              speech_lufs - 24, 1.0);
}

TEST(ProgrammeEspeak, RealSpeechGetsJinglesAndADuckedBed) {
  Synthesizer synthesizer(find_voice("nieuwslezer", NIEUWSLEZER_SOURCE_DIR "/voices"));
  Audio speech;
  speech.sample_rate = synthesizer.sample_rate();
  const std::size_t pause = at(2.0, speech.sample_rate);
  speech.samples.assign(at(0.3, speech.sample_rate), 0.0f);
  int sentence = 0;
  for (const char* text : {"Goedemorgen, hier is het nieuws van acht uur.",
                           "Het kabinet wil dat gemeenten sneller woningen bouwen."}) {
    const Speech spoken = synthesizer.speak(text);
    const std::size_t start = speech.samples.size();
    for (std::int16_t sample : spoken.samples) speech.samples.push_back(sample / 32768.0f);
    speech.markers.push_back(Marker{start, speech.samples.size(), "opening", 0, sentence++});
    speech.samples.insert(speech.samples.end(), pause, 0.0f);
  }
  const int rate = speech.sample_rate;
  const double speech_lufs = measure_integrated_lufs(speech);
  ASSERT_GT(speech_lufs, -40);

  ProgrammeSettings settings;
  settings.intro = element(through_file(jingle(44100, 2, 2.0, 0.8), AudioFormat::kFlac));
  settings.outro = element(through_file(jingle(48000, 2, 1.5, 0.8), AudioFormat::kOggVorbis), -3);
  settings.bed = element(through_file(bed_chord(44100, 2, 5.0), AudioFormat::kFlac), -8);
  const Audio programme = build_programme(speech, settings);
  EXPECT_EQ(programme.sample_rate, rate);
  EXPECT_EQ(programme.channels, 1);
  const double speech_start = 2.0 + 0.3 + 1.5;
  EXPECT_NEAR(programme.seconds(), speech_start + speech.seconds() + 2.0 + 0.3 + 1.5, 0.01);
  ASSERT_EQ(programme.markers.size(), 4u);
  EXPECT_EQ(programme.markers[1].frame, speech.markers[0].frame + at(speech_start, rate));
  EXPECT_EQ(programme.markers[2].end_frame, speech.markers[1].end_frame + at(speech_start, rate));

  const Audio intro = slice(programme, 0, programme.markers.front().end_frame);
  EXPECT_NEAR(measure_integrated_lufs(intro), speech_lufs, 1.0);
  const Audio outro = slice(programme, programme.markers.back().frame, programme.frames());
  EXPECT_NEAR(measure_integrated_lufs(outro), speech_lufs - 3, 1.0);

  const Audio bed = without_speech(programme, speech, at(speech_start, rate));
  const Marker& first = programme.markers[1];
  const Marker& second = programme.markers[2];
  EXPECT_NEAR(measure_integrated_lufs(slice(bed, first.frame, first.end_frame)),
              speech_lufs - 8 - 18, 1.0);
  EXPECT_NEAR(measure_integrated_lufs(
                  slice(bed, first.end_frame + at(0.45, rate), second.frame - at(0.1, rate))),
              speech_lufs - 8, 1.0);
}

}  // namespace
}  // namespace nieuwslezer
