// Output formats: names, and every format written by encode_audio checked twice, by ffprobe
// (an independent reader: codec, rate, channels, duration, tags, chapters) and by decode_audio.

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <stdexcept>
#include <string>
#include <utility>

#include "audio/audio_file.h"

namespace nieuwslezer {
namespace {

namespace fs = std::filesystem;

constexpr double kPi = 3.14159265358979323846;
constexpr double kAmplitude = 0.25118864;  // -12 dBFS
const double kSineRms = kAmplitude / std::sqrt(2.0);

const char* const kTitle = "Nieuws van 8 uur, 28 november 2026";
const char* const kStation = "Omroep Zuid-Holland";
const char* const kComment = "Voorgelezen door ëSpeak NG";

// ---------------------------------------------------------------------------------------------
// Helpers

Marker marker_at(std::size_t frame, std::string label) {
  Marker marker;
  marker.frame = frame;
  marker.label = std::move(label);
  return marker;
}

// `seconds` of a 440 Hz sine at -12 dBFS, the same on every channel.
Audio sine(int rate, int channels, double seconds) {
  Audio audio;
  audio.sample_rate = rate;
  audio.channels = channels;
  const auto frames = static_cast<std::size_t>(seconds * rate);
  for (std::size_t i = 0; i < frames; ++i) {
    const auto value = static_cast<float>(kAmplitude * std::sin(2 * kPi * 440.0 * i / rate));
    for (int c = 0; c < channels; ++c) audio.samples.push_back(value);
  }
  return audio;
}

AudioTags bulletin_tags() {
  AudioTags tags;
  tags.title = kTitle;
  tags.artist = kStation;
  tags.date = "2026-11-28";
  tags.comment = kComment;
  tags.album = "Nieuwsbulletin";
  tags.genre = "Speech";
  return tags;
}

double rms(const Audio& audio) {
  double sum = 0;
  for (const float sample : audio.samples) sum += double(sample) * sample;
  return audio.samples.empty() ? 0.0 : std::sqrt(sum / audio.samples.size());
}

// Upward zero crossings of channel 0 per second, over the middle second: 440 for the sine.
double crossings_per_second(const Audio& audio) {
  const auto channels = static_cast<std::size_t>(audio.channels);
  const auto rate = static_cast<std::size_t>(audio.sample_rate);
  const std::size_t start = audio.frames() / 2 - rate / 2;
  int count = 0;
  for (std::size_t i = start + 1; i < start + rate; ++i) {
    if (audio.samples[(i - 1) * channels] < 0 && audio.samples[i * channels] >= 0) ++count;
  }
  return count;
}

class TempDir {
 public:
  TempDir() {
    std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    for (char& c : name) {
      if (c == '/') c = '_';
    }
    path_ = fs::temp_directory_path() /
            ("nieuwslezer-audio-format-" + std::to_string(getpid()) + "-" + name);
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  fs::path write(const std::string& name, const std::string& bytes) const {
    const fs::path file = path_ / name;
    std::ofstream out(file, std::ios::binary);
    out << bytes;
    return file;
  }

 private:
  fs::path path_;
};

// ffprobe's JSON report on a file (format, streams, chapters); fails the test when ffprobe
// cannot read it.
std::string ffprobe(const fs::path& file) {
  const std::string command =
      "ffprobe -v error -show_format -show_streams -show_chapters -of json '" + file.string() +
      "' 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) throw std::runtime_error("cannot run ffprobe");
  std::string output;
  char buffer[4096];
  std::size_t n = 0;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) output.append(buffer, n);
  const int status = pclose(pipe);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0)
      << "ffprobe failed on " << file << ":\n"
      << output;
  return output;
}

// The value of the first `"key": value` in `json` at or after `from`, without quotes;
// "" when absent. ("...\"sample_rate\": \"48000\"...", "sample_rate") -> "48000".
std::string json_value(const std::string& json, const std::string& key, std::size_t from = 0) {
  const std::string needle = "\"" + key + "\": ";
  const std::size_t at = json.find(needle, from);
  if (at == std::string::npos) return "";
  std::size_t pos = at + needle.size();
  if (json[pos] == '"') {
    std::string value;
    for (++pos; pos < json.size() && json[pos] != '"'; ++pos) {
      if (json[pos] == '\\') ++pos;
      value += json[pos];
    }
    return value;
  }
  const std::size_t end = json.find_first_of(",\n}", pos);
  return json.substr(pos, end - pos);
}

// True when ffprobe reports tag `key` with `value`, in format or stream tags, with the key in
// lower case (RIFF INFO, ID3) or upper case (Vorbis comments).
bool has_tag(const std::string& json, std::string key, const std::string& value) {
  if (json.find("\"" + key + "\": \"" + value + "\"") != std::string::npos) return true;
  for (char& c : key) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return json.find("\"" + key + "\": \"" + value + "\"") != std::string::npos;
}

// ---------------------------------------------------------------------------------------------
// Names

TEST(AudioFormat, NamesParseInAnyCase) {
  EXPECT_EQ(parse_audio_format("wav"), AudioFormat::kWav16);
  EXPECT_EQ(parse_audio_format("wav16"), AudioFormat::kWav16);
  EXPECT_EQ(parse_audio_format("WAV24"), AudioFormat::kWav24);
  EXPECT_EQ(parse_audio_format("flac"), AudioFormat::kFlac);
  EXPECT_EQ(parse_audio_format("ogg"), AudioFormat::kOggVorbis);
  EXPECT_EQ(parse_audio_format("Vorbis"), AudioFormat::kOggVorbis);
  EXPECT_EQ(parse_audio_format("opus"), AudioFormat::kOggOpus);
  EXPECT_EQ(parse_audio_format("MP3"), AudioFormat::kMp3);
}

TEST(AudioFormat, UnknownNameListsTheKnownOnes) {
  try {
    parse_audio_format("aac");
    FAIL() << "aac was accepted";
  } catch (const std::invalid_argument& error) {
    const std::string message = error.what();
    EXPECT_NE(message.find("'aac'"), std::string::npos) << message;
    for (const char* name : {"wav16", "wav24", "flac", "ogg", "vorbis", "opus", "mp3"}) {
      EXPECT_NE(message.find(name), std::string::npos) << message;
    }
  }
  EXPECT_THROW(parse_audio_format(""), std::invalid_argument);
}

TEST(AudioFormat, ExtensionsChooseTheFormat) {
  EXPECT_EQ(format_for_path("bulletin.wav"), AudioFormat::kWav16);
  EXPECT_EQ(format_for_path("/tmp/uit/nieuws.WAV"), AudioFormat::kWav16);
  EXPECT_EQ(format_for_path("a.flac"), AudioFormat::kFlac);
  EXPECT_EQ(format_for_path("a.ogg"), AudioFormat::kOggVorbis);
  EXPECT_EQ(format_for_path("a.oga"), AudioFormat::kOggVorbis);
  EXPECT_EQ(format_for_path("a.opus"), AudioFormat::kOggOpus);
  EXPECT_EQ(format_for_path("nieuws.Mp3"), AudioFormat::kMp3);
  EXPECT_EQ(format_for_path("-"), std::nullopt);
  EXPECT_EQ(format_for_path("bulletin"), std::nullopt);
  EXPECT_EQ(format_for_path("bulletin.aac"), std::nullopt);
}

TEST(AudioFormat, NamesExtensionsAndMimeTypesMatch) {
  for (const AudioFormat format :
       {AudioFormat::kWav16, AudioFormat::kWav24, AudioFormat::kFlac, AudioFormat::kOggVorbis,
        AudioFormat::kOggOpus, AudioFormat::kMp3}) {
    EXPECT_EQ(parse_audio_format(format_name(format)), format);
    const AudioFormat by_extension = format == AudioFormat::kWav24 ? AudioFormat::kWav16 : format;
    EXPECT_EQ(format_for_path("x" + std::string(file_extension(format))), by_extension);
  }
  EXPECT_EQ(mime_type(AudioFormat::kWav24), "audio/wav");
  EXPECT_EQ(mime_type(AudioFormat::kFlac), "audio/flac");
  EXPECT_EQ(mime_type(AudioFormat::kOggVorbis), "audio/ogg");
  EXPECT_EQ(mime_type(AudioFormat::kOggOpus), "audio/ogg");
  EXPECT_EQ(mime_type(AudioFormat::kMp3), "audio/mpeg");
}

TEST(AudioFormat, RequiredSampleRates) {
  EXPECT_EQ(required_sample_rate(AudioFormat::kWav16, 22050), 22050);
  EXPECT_EQ(required_sample_rate(AudioFormat::kFlac, 96000), 96000);
  EXPECT_EQ(required_sample_rate(AudioFormat::kOggVorbis, 22050), 22050);
  EXPECT_EQ(required_sample_rate(AudioFormat::kOggOpus, 22050), 48000);
  EXPECT_EQ(required_sample_rate(AudioFormat::kOggOpus, 16000), 48000);
  EXPECT_EQ(required_sample_rate(AudioFormat::kOggOpus, 48000), 48000);
  EXPECT_EQ(required_sample_rate(AudioFormat::kMp3, 22050), 22050);
  EXPECT_EQ(required_sample_rate(AudioFormat::kMp3, 20000), 22050);
  EXPECT_EQ(required_sample_rate(AudioFormat::kMp3, 96000), 48000);
}

TEST(AudioFormat, RatesAFormatCannotTakeAreRefusedWithTheRateToUse) {
  EncodeOptions options;
  options.format = AudioFormat::kOggOpus;
  try {
    encode_audio(sine(44100, 1, 0.1), options);
    FAIL() << "Opus took 44100 Hz";
  } catch (const std::runtime_error& error) {
    EXPECT_NE(std::string(error.what()).find("48000"), std::string::npos) << error.what();
  }
  options.format = AudioFormat::kMp3;
  EXPECT_THROW(encode_audio(sine(96000, 1, 0.1), options), std::runtime_error);
}

// ---------------------------------------------------------------------------------------------
// Every format, through ffprobe and back through libsndfile

struct FormatCase {
  AudioFormat format;
  int rate;
  int channels;
  const char* codec;  // ffprobe's codec_name
};

void PrintTo(const FormatCase& c, std::ostream* out) {
  *out << format_name(c.format) << " " << c.rate << " Hz " << c.channels << " ch";
}

std::string case_name(const ::testing::TestParamInfo<FormatCase>& info) {
  return std::string(format_name(info.param.format)) + "_" + std::to_string(info.param.rate) +
         (info.param.channels == 1 ? "_mono" : "_stereo");
}

bool is_lossless(AudioFormat format) {
  return format == AudioFormat::kWav16 || format == AudioFormat::kWav24 ||
         format == AudioFormat::kFlac;
}

class AudioFormatEncode : public ::testing::TestWithParam<FormatCase> {};

TEST_P(AudioFormatEncode, FfprobeAndLibsndfileReadWhatWasWritten) {
  const FormatCase& c = GetParam();
  const Audio audio = sine(c.rate, c.channels, 3.0);
  EncodeOptions options;
  options.format = c.format;
  options.tags = bulletin_tags();
  const std::string bytes = encode_audio(audio, options);

  TempDir dir;
  const std::string json =
      ffprobe(dir.write("bulletin" + std::string(file_extension(c.format)), bytes));
  EXPECT_EQ(json_value(json, "codec_name"), c.codec) << json;
  EXPECT_EQ(json_value(json, "sample_rate"), std::to_string(c.rate)) << json;
  EXPECT_EQ(json_value(json, "channels"), std::to_string(c.channels)) << json;
  const std::size_t format_section = json.find("\"format\": {");
  ASSERT_NE(format_section, std::string::npos) << json;
  EXPECT_NEAR(std::stod(json_value(json, "duration", format_section)), 3.0, 0.1) << json;
  EXPECT_TRUE(has_tag(json, "title", kTitle)) << json;
  EXPECT_TRUE(has_tag(json, "artist", kStation)) << json;
  EXPECT_TRUE(has_tag(json, "comment", kComment)) << json;
  EXPECT_TRUE(has_tag(json, "date", "2026-11-28")) << json;  // ID3v2.4's TDRC holds it whole
  EXPECT_TRUE(has_tag(json, "album", "Nieuwsbulletin")) << json;

  const Audio back = decode_audio(bytes);
  EXPECT_EQ(back.sample_rate, c.rate);
  EXPECT_EQ(back.channels, c.channels);
  EXPECT_NEAR(back.seconds(), 3.0, 0.1);
  EXPECT_NEAR(rms(back), kSineRms, is_lossless(c.format) ? 0.001 : 0.01);
  EXPECT_NEAR(crossings_per_second(back), 440.0, 2.0);
  if (is_lossless(c.format)) {
    ASSERT_EQ(back.samples.size(), audio.samples.size());
    const double step = c.format == AudioFormat::kWav24 ? 1.0 / 8388608 : 1.0 / 32768;
    for (std::size_t i = 0; i < back.samples.size(); i += 101) {
      ASSERT_NEAR(back.samples[i], audio.samples[i], step) << "sample " << i;
    }
  }

  const AudioTags tags = read_metadata(bytes).tags;
  EXPECT_EQ(tags.title, kTitle);
  EXPECT_EQ(tags.artist, kStation);
  EXPECT_EQ(tags.date, "2026-11-28");
  EXPECT_EQ(tags.comment, kComment);
  EXPECT_EQ(tags.album, "Nieuwsbulletin");
  EXPECT_EQ(tags.genre, "Speech");
}

INSTANTIATE_TEST_SUITE_P(Formats, AudioFormatEncode,
                         ::testing::Values(FormatCase{AudioFormat::kWav16, 44100, 1, "pcm_s16le"},
                                           FormatCase{AudioFormat::kWav16, 48000, 2, "pcm_s16le"},
                                           FormatCase{AudioFormat::kWav24, 44100, 1, "pcm_s24le"},
                                           FormatCase{AudioFormat::kWav24, 48000, 2, "pcm_s24le"},
                                           FormatCase{AudioFormat::kFlac, 44100, 1, "flac"},
                                           FormatCase{AudioFormat::kFlac, 48000, 2, "flac"},
                                           FormatCase{AudioFormat::kOggVorbis, 44100, 1, "vorbis"},
                                           FormatCase{AudioFormat::kOggVorbis, 48000, 2, "vorbis"},
                                           FormatCase{AudioFormat::kOggOpus, 48000, 1, "opus"},
                                           FormatCase{AudioFormat::kOggOpus, 48000, 2, "opus"},
                                           FormatCase{AudioFormat::kMp3, 44100, 1, "mp3"},
                                           FormatCase{AudioFormat::kMp3, 48000, 2, "mp3"},
                                           FormatCase{AudioFormat::kMp3, 22050, 1, "mp3"}),
                         case_name);

TEST(AudioFormat, Mp3TagsKeepEveryCharacter) {
  // ID3v2.4 in UTF-8: characters beyond Latin-1 are kept too.
  EncodeOptions options;
  options.format = AudioFormat::kMp3;
  options.tags.title = "Café";
  options.tags.comment = "Benzine € 2,10 per liter";
  const std::string bytes = encode_audio(sine(44100, 1, 0.5), options);
  EXPECT_EQ(read_metadata(bytes).tags.title, "Café");
  EXPECT_EQ(read_metadata(bytes).tags.comment, "Benzine € 2,10 per liter");
  TempDir dir;
  const std::string json = ffprobe(dir.write("n.mp3", bytes));
  EXPECT_TRUE(has_tag(json, "title", "Café")) << json;
  EXPECT_TRUE(has_tag(json, "comment", "Benzine € 2,10 per liter")) << json;
  ASSERT_GT(bytes.size(), 128u);
  EXPECT_NE(bytes.compare(bytes.size() - 128, 3, "TAG"), 0) << "no ID3v1 tag (Latin-1)";
  EXPECT_EQ(bytes.compare(0, 4, std::string("ID3\x04", 4)), 0) << "ID3v2.4";
}

TEST(AudioFormat, LossyFormatsGetTheOverloadClipped) {
  Audio audio = sine(48000, 1, 1.0);
  for (float& sample : audio.samples) sample *= 8;  // peaks at +6 dBFS
  for (const AudioFormat format :
       {AudioFormat::kOggVorbis, AudioFormat::kOggOpus, AudioFormat::kMp3}) {
    EncodeOptions options;
    options.format = format;
    const Audio back = decode_audio(encode_audio(audio, options));
    float peak = 0;
    for (const float sample : back.samples) peak = std::max(peak, std::abs(sample));
    // A clipped sine decodes with some codec overshoot; an unclipped one would peak near 2.
    EXPECT_LT(peak, 1.4f) << format_name(format);
    EXPECT_GT(peak, 0.9f) << format_name(format);
  }
}

TEST(AudioFormat, CompressionLevelTradesSizeForQuality) {
  const Audio audio = sine(48000, 1, 2.0);
  for (const AudioFormat format :
       {AudioFormat::kFlac, AudioFormat::kOggVorbis, AudioFormat::kOggOpus, AudioFormat::kMp3}) {
    EncodeOptions options;
    options.format = format;
    options.compression_level = 0.0;
    const std::size_t best = encode_audio(audio, options).size();
    options.compression_level = 1.0;
    const std::string smallest = encode_audio(audio, options);
    EXPECT_LT(smallest.size(), best) << format_name(format);
    EXPECT_NEAR(decode_audio(smallest).seconds(), 2.0, 0.1) << format_name(format);
  }
}

TEST(AudioFormat, FfprobeShowsTheBroadcastWaveChunk) {
  EncodeOptions options;
  options.format = AudioFormat::kWav24;
  options.tags = bulletin_tags();
  options.bext.enabled = true;
  options.bext.description = kTitle;
  options.bext.originator = kStation;
  options.bext.originator_reference = "OZH-20261128-0800";
  options.bext.origination_date = "2026-11-28";
  options.bext.origination_time = "08:00:00";
  const std::string bytes = encode_audio(sine(48000, 1, 1.0), options);

  TempDir dir;
  const std::string json = ffprobe(dir.write("radio.wav", bytes));
  // ffmpeg reports bext as: description -> comment (over the INFO comment), originator ->
  // encoded_by, origination date -> date, time -> creation_time, plus the coding history.
  EXPECT_TRUE(has_tag(json, "comment", kTitle)) << json;
  EXPECT_TRUE(has_tag(json, "encoded_by", kStation)) << json;
  EXPECT_TRUE(has_tag(json, "originator_reference", "OZH-20261128-0800")) << json;
  EXPECT_TRUE(has_tag(json, "date", "2026-11-28")) << json;
  EXPECT_NE(json.find("08:00:00"), std::string::npos) << json;
  EXPECT_NE(json_value(json, "coding_history").find("A=PCM,F=48000,W=24,M=mono"), std::string::npos)
      << json;

  const AudioMetadata metadata = read_metadata(bytes);
  EXPECT_TRUE(metadata.bext.enabled);
  EXPECT_EQ(metadata.bext.originator, kStation);
  EXPECT_EQ(metadata.tags.comment, kComment);  // the INFO comment is still there
}

TEST(AudioFormat, WavCuePointsAreChaptersWithTitles) {
  Audio audio = sine(44100, 1, 3.0);
  audio.markers = {marker_at(0, "opening"), marker_at(44100, "story 1 lead"),
                   marker_at(88200, "story 2 ticker-item")};
  const std::string bytes = encode_wav(audio);

  const Audio back = decode_audio(bytes);
  ASSERT_EQ(back.markers.size(), 3u);
  EXPECT_EQ(back.markers[0].frame, 0u);
  EXPECT_EQ(back.markers[1].frame, 44100u);
  EXPECT_EQ(back.markers[2].frame, 88200u);
  EXPECT_EQ(back.markers[2].label, "story 2 ticker-item");

  TempDir dir;
  const std::string json = ffprobe(dir.write("chapters.wav", bytes));
  const std::size_t chapters = json.find("\"chapters\": [");
  ASSERT_NE(chapters, std::string::npos) << json;
  // Each chapter lists its start before its title.
  const std::pair<const char*, const char*> expected[] = {
      {"0", "opening"}, {"44100", "story 1 lead"}, {"88200", "story 2 ticker-item"}};
  for (const auto& [start, title] : expected) {
    const std::size_t at = json.find("\"start\": " + std::string(start) + ",", chapters);
    ASSERT_NE(at, std::string::npos) << start << "\n" << json;
    EXPECT_EQ(json_value(json, "title", at), title) << json;
  }
}

// Chapters in every format, titled in Dutch, as ffprobe lists them (start_time in seconds).
class AudioFormatChapters : public ::testing::TestWithParam<AudioFormat> {};

TEST_P(AudioFormatChapters, FfprobeListsTheChaptersWithTheirTitles) {
  const AudioFormat format = GetParam();
  Audio audio = sine(48000, 1, 6.0);
  audio.markers = {marker_at(12000, "Goedemorgen."), marker_at(72000, "Brand in café ‘De Zwaan’"),
                   marker_at(192000, "Oekraïne: € 5 mld steun")};
  audio.markers[0].end_frame = 72000;
  audio.markers[1].end_frame = 192000;
  audio.markers[2].end_frame = audio.frames();
  EncodeOptions options;
  options.format = format;
  options.tags = bulletin_tags();
  options.tags.album = "Nieuws van Omroep Zuid-Holland";
  const std::string bytes = encode_audio(audio, options);
  TempDir dir;
  const std::string json = ffprobe(dir.write("c" + std::string(file_extension(format)), bytes));
  const std::size_t chapters = json.find("\"chapters\": [");
  ASSERT_NE(chapters, std::string::npos) << json;
  const std::pair<double, const char*> expected[] = {
      {0.25, "Goedemorgen."}, {1.5, "Brand in café ‘De Zwaan’"}, {4.0, "Oekraïne: € 5 mld steun"}};
  std::size_t at = chapters;
  for (const auto& [start, title] : expected) {
    at = json.find("\"start_time\": ", at);
    ASSERT_NE(at, std::string::npos) << title << "\n" << json;
    EXPECT_NEAR(std::stod(json_value(json, "start_time", at)), start, 0.001) << json;
    EXPECT_EQ(json_value(json, "title", at), title) << json;
    ++at;
  }
  const std::size_t chapters_end = json.find("\n    ]", chapters);
  EXPECT_GT(json.find("\"start_time\": ", at), chapters_end) << "three chapters\n" << json;
  EXPECT_TRUE(has_tag(json, "album", "Nieuws van Omroep Zuid-Holland")) << json;
  EXPECT_TRUE(has_tag(json, "comment", kComment)) << json;
  EXPECT_NEAR(rms(decode_audio(bytes)), kSineRms, 0.01) << "the audio is intact";
}

INSTANTIATE_TEST_SUITE_P(Formats, AudioFormatChapters,
                         ::testing::Values(AudioFormat::kWav16, AudioFormat::kWav24,
                                           AudioFormat::kFlac, AudioFormat::kOggVorbis,
                                           AudioFormat::kOggOpus, AudioFormat::kMp3),
                         [](const ::testing::TestParamInfo<AudioFormat>& param) {
                           return std::string(format_name(param.param));
                         });

TEST(AudioFormat, Mp3ChaptersHaveATableOfContents) {
  Audio audio = sine(44100, 1, 2.0);
  audio.markers = {marker_at(0, "Een"), marker_at(44100, "Twee")};
  EncodeOptions options;
  options.format = AudioFormat::kMp3;
  const std::string bytes = encode_audio(audio, options);
  EXPECT_NE(bytes.find("CTOC"), std::string::npos);
  EXPECT_NE(bytes.find(std::string("toc\0\x03\x02"
                                   "chp1\0chp2\0",
                                   16)),
            std::string::npos)
      << "top-level, ordered, two children";
}

}  // namespace
}  // namespace nieuwslezer
