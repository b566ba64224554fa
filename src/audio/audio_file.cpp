#include "audio/audio_file.h"

#include <sndfile.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>
#include <stdexcept>
#include <system_error>
#include <utility>
#include <vector>

#include "audio/audio_tags.h"
#include "audio/resampler.h"
#include "base/utf8.h"
#include "system/vector_clones.h"

namespace nieuwslezer {
namespace {

// ---------------------------------------------------------------------------------------------
// Formats

struct FormatSpec {
  AudioFormat format;
  std::string_view name;  // canonical, for parse_audio_format
  int sndfile_format;
  std::string_view extension;
  std::string_view mime_type;
  std::string_view label;  // for messages
};

constexpr std::array<FormatSpec, 6> kFormats{{
    {AudioFormat::kWav16, "wav16", SF_FORMAT_WAV | SF_FORMAT_PCM_16, ".wav", "audio/wav",
     "16-bit WAV"},
    {AudioFormat::kWav24, "wav24", SF_FORMAT_WAV | SF_FORMAT_PCM_24, ".wav", "audio/wav",
     "24-bit WAV"},
    {AudioFormat::kFlac, "flac", SF_FORMAT_FLAC | SF_FORMAT_PCM_16, ".flac", "audio/flac", "FLAC"},
    {AudioFormat::kOggVorbis, "ogg", SF_FORMAT_OGG | SF_FORMAT_VORBIS, ".ogg", "audio/ogg",
     "Ogg Vorbis"},
    {AudioFormat::kOggOpus, "opus", SF_FORMAT_OGG | SF_FORMAT_OPUS, ".opus", "audio/ogg",
     "Ogg Opus"},
    {AudioFormat::kMp3, "mp3", SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III, ".mp3", "audio/mpeg",
     "MP3"},
}};

const FormatSpec& spec_for(AudioFormat format) {
  for (const FormatSpec& spec : kFormats) {
    if (spec.format == format) return spec;
  }
  throw std::invalid_argument("unknown audio format");
}

bool is_wav(AudioFormat format) {
  return format == AudioFormat::kWav16 || format == AudioFormat::kWav24;
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// ---------------------------------------------------------------------------------------------
// libsndfile virtual I/O on a growable in-memory file

struct MemoryFile {
  std::string bytes;
  sf_count_t position = 0;
};

sf_count_t memory_length(void* user) {
  return static_cast<sf_count_t>(static_cast<MemoryFile*>(user)->bytes.size());
}

sf_count_t memory_seek(sf_count_t offset, int whence, void* user) {
  auto* file = static_cast<MemoryFile*>(user);
  sf_count_t base = 0;
  if (whence == SEEK_CUR) base = file->position;
  if (whence == SEEK_END) base = static_cast<sf_count_t>(file->bytes.size());
  const sf_count_t target = base + offset;
  if (target < 0) return -1;
  file->position = target;
  return target;
}

sf_count_t memory_read(void* destination, sf_count_t count, void* user) {
  auto* file = static_cast<MemoryFile*>(user);
  const sf_count_t available =
      std::max<sf_count_t>(0, static_cast<sf_count_t>(file->bytes.size()) - file->position);
  const sf_count_t n = std::min(count, available);
  if (n > 0) {
    std::memcpy(destination, file->bytes.data() + file->position, static_cast<std::size_t>(n));
  }
  file->position += std::max<sf_count_t>(n, 0);
  return n;
}

sf_count_t memory_write(const void* source, sf_count_t count, void* user) {
  auto* file = static_cast<MemoryFile*>(user);
  const auto end = static_cast<std::size_t>(file->position + count);
  if (file->bytes.size() < end) file->bytes.resize(end);
  std::memcpy(file->bytes.data() + file->position, source, static_cast<std::size_t>(count));
  file->position += count;
  return count;
}

sf_count_t memory_tell(void* user) { return static_cast<MemoryFile*>(user)->position; }

SF_VIRTUAL_IO memory_io() {
  return SF_VIRTUAL_IO{memory_length, memory_seek, memory_read, memory_write, memory_tell};
}

// libsndfile virtual I/O on an open file, buffered (LAME and FLAC write a few hundred bytes
// at a time). A failed write is kept in `error` and reported by the caller, with its errno.
struct DescriptorFile {
  int fd = -1;
  sf_count_t position = 0;  // where the next write goes
  sf_count_t length = 0;    // of the file, with the buffer
  std::string buffer;       // bytes for [buffer_start, buffer_start + size), not yet written
  sf_count_t buffer_start = 0;
  int error = 0;

  // Writes `size` bytes at buffer_start and moves buffer_start past them.
  bool write_out(const char* bytes, std::size_t size) {
    std::size_t done = 0;
    while (error == 0 && done < size) {
      const ssize_t n = ::pwrite(fd, bytes + done, size - done,
                                 static_cast<off_t>(buffer_start + static_cast<sf_count_t>(done)));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        error = n < 0 ? errno : EIO;
        break;
      }
      done += static_cast<std::size_t>(n);
    }
    buffer_start += static_cast<sf_count_t>(done);
    return error == 0;
  }

  bool flush() {
    const bool written = write_out(buffer.data(), buffer.size());
    buffer.clear();
    return written;
  }
};

constexpr std::size_t kFileBuffer = std::size_t{1} << 20;

DescriptorFile& descriptor(void* user) { return *static_cast<DescriptorFile*>(user); }

sf_count_t descriptor_length(void* user) { return descriptor(user).length; }

sf_count_t descriptor_seek(sf_count_t offset, int whence, void* user) {
  DescriptorFile& file = descriptor(user);
  sf_count_t base = 0;
  if (whence == SEEK_CUR) base = file.position;
  if (whence == SEEK_END) base = file.length;
  if (base + offset < 0) return -1;
  file.position = base + offset;
  return file.position;
}

sf_count_t descriptor_read(void* destination, sf_count_t count, void* user) {
  DescriptorFile& file = descriptor(user);
  if (!file.flush()) return 0;
  file.buffer_start = file.position;
  const ssize_t n = ::pread(file.fd, destination, static_cast<std::size_t>(count), file.position);
  if (n <= 0) return 0;
  file.position += n;
  file.buffer_start = file.position;
  return n;
}

sf_count_t descriptor_write(const void* source, sf_count_t count, void* user) {
  DescriptorFile& file = descriptor(user);
  if (file.position != file.buffer_start + static_cast<sf_count_t>(file.buffer.size())) {
    if (!file.flush()) return 0;
    file.buffer_start = file.position;
  }
  const auto size = static_cast<std::size_t>(count);
  if (file.buffer.size() + size < kFileBuffer) {
    file.buffer.append(static_cast<const char*>(source), size);
  } else if (!file.flush() || !file.write_out(static_cast<const char*>(source), size)) {
    return 0;  // a large write (16-bit PCM comes in whole blocks) goes out without a copy
  }
  file.position += count;
  file.length = std::max(file.length, file.position);
  return count;
}

sf_count_t descriptor_tell(void* user) { return descriptor(user).position; }

SF_VIRTUAL_IO descriptor_io() {
  return SF_VIRTUAL_IO{descriptor_length, descriptor_seek, descriptor_read, descriptor_write,
                       descriptor_tell};
}

struct SndfileCloser {
  void operator()(SNDFILE* file) const { sf_close(file); }
};
using SndfileHandle = std::unique_ptr<SNDFILE, SndfileCloser>;

// Opens `memory` for reading; throws "not a sound file: ...".
SndfileHandle open_for_reading(MemoryFile& memory, SF_VIRTUAL_IO& io, SF_INFO& info) {
  SndfileHandle file(sf_open_virtual(&io, SFM_READ, &info, &memory));
  if (!file) throw std::runtime_error(std::string("not a sound file: ") + sf_strerror(nullptr));
  return file;
}

// ---------------------------------------------------------------------------------------------
// Text fields

// The longest prefix of `text` of at most `max_bytes` bytes that does not split a UTF-8
// character: ("Zuid-Hollandë", 13) -> "Zuid-Holland".
std::string_view cut_utf8(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  std::size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

// Copies `text` into a fixed-size bext field, cut at a character boundary; the rest stays zero.
template <std::size_t N>
void copy_field(char (&field)[N], std::string_view text) {
  const std::string_view cut = cut_utf8(text, N);
  std::memcpy(field, cut.data(), cut.size());
}

// A bext field back to text: it is zero-padded, and not terminated when full.
template <std::size_t N>
std::string field_text(const char (&field)[N]) {
  return std::string(field, strnlen(field, N));
}

// True when `text` has the shape of `pattern`, where '9' stands for a digit:
// ("2026-11-28", "9999-99-99") -> true.
bool has_shape(std::string_view text, std::string_view pattern) {
  if (text.size() != pattern.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool digit = std::isdigit(static_cast<unsigned char>(text[i])) != 0;
    if (pattern[i] == '9' ? !digit : text[i] != pattern[i]) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Encoding steps; each must run before the first sample is written.

[[noreturn]] void fail_encode(const FormatSpec& spec, SNDFILE* file, std::string_view what) {
  throw std::runtime_error("cannot encode " + std::string(spec.label) + ": " + std::string(what) +
                           sf_strerror(file));
}

// A bext v2 loudness field: -23.04 -> -2304; not finite or out of range -> 0x7FFF ("not
// known", EBU Tech 3285 v2).
int16_t hundredths(double value) {
  const double scaled = std::round(value * 100.0);
  if (!std::isfinite(scaled) || scaled < -32767 || scaled >= 32767) return 0x7FFF;
  return static_cast<int16_t>(scaled);
}

void set_broadcast_info(SNDFILE* file, const FormatSpec& spec, const BroadcastInfo& bext) {
  SF_BROADCAST_INFO info{};
  copy_field(info.description, bext.description);
  copy_field(info.originator, bext.originator);
  copy_field(info.originator_reference, bext.originator_reference);
  copy_field(info.origination_date, bext.origination_date);
  copy_field(info.origination_time, bext.origination_time);
  info.version = bext.has_loudness ? 2 : 1;
  if (bext.has_loudness) {
    info.loudness_value = hundredths(bext.loudness_lufs);
    info.loudness_range = hundredths(bext.loudness_range_lu);
    info.max_true_peak_level = hundredths(bext.max_true_peak_dbtp);
    info.max_momentary_loudness = hundredths(bext.max_momentary_lufs);
    info.max_shortterm_loudness = hundredths(bext.max_short_term_lufs);
  }
  // libsndfile fills in the coding history ("A=PCM,F=22050,W=16,M=mono,T=libsndfile-1.2.0").
  if (sf_command(file, SFC_SET_BROADCAST_INFO, &info, sizeof info) != SF_TRUE) {
    fail_encode(spec, file, "bext chunk: ");
  }
}

// AES46 asks for the timers in samples of the file; a position past what int32 holds is
// left out rather than wrapped.
void set_cart_info(SNDFILE* file, const FormatSpec& spec, const CartInfo& cart, double ratio) {
  SF_CART_INFO info{};
  std::memcpy(info.version, "0101", 4);
  copy_field(info.title, cart.title);
  copy_field(info.artist, cart.artist);
  copy_field(info.cut_id, cart.cut_id);
  copy_field(info.category, cart.category);
  copy_field(info.classification, cart.classification);
  copy_field(info.out_cue, cart.out_cue);
  copy_field(info.start_date, cart.start_date);
  copy_field(info.start_time, cart.start_time);
  copy_field(info.end_date, cart.end_date);
  copy_field(info.end_time, cart.end_time);
  copy_field(info.producer_app_id, cart.producer_app_id);
  copy_field(info.producer_app_version, cart.producer_app_version);
  info.level_reference = 32768;  // the sample value of 0 dBFS in 16-bit terms
  std::size_t used = 0;
  for (const CartInfo::Timer& timer : cart.timers) {
    const double frame = std::round(double(timer.frame) * ratio);
    if (frame > std::numeric_limits<int32_t>::max()) continue;
    std::memcpy(info.post_timers[used].usage, timer.usage.data(), 4);
    info.post_timers[used++].value = static_cast<int32_t>(frame);
  }
  if (sf_command(file, SFC_SET_CART_INFO, &info, sizeof info) != SF_TRUE) {
    fail_encode(spec, file, "cart chunk: ");
  }
}

// The date and time fields of a bext or cart chunk: "yyyy-mm-dd" and "hh:mm:ss" or empty.
void check_date_time(std::string_view chunk, const std::string& date, const std::string& time) {
  if (!date.empty() && !has_shape(date, "9999-99-99")) {
    throw std::invalid_argument(std::string(chunk) + " date is not yyyy-mm-dd: '" + date + "'");
  }
  if (!time.empty() && !has_shape(time, "99:99:99")) {
    throw std::invalid_argument(std::string(chunk) + " time is not hh:mm:ss: '" + time + "'");
  }
}

void check_chunks(const EncodeOptions& options, const FormatSpec& spec, bool wav) {
  if ((options.bext.enabled || options.cart.enabled) && !wav) {
    throw std::invalid_argument(std::string("a Broadcast Wave ") +
                                (options.bext.enabled ? "bext" : "cart") +
                                " chunk needs WAV, not " + std::string(spec.label));
  }
  if (options.bext.enabled) {
    check_date_time("bext origination", options.bext.origination_date,
                    options.bext.origination_time);
  }
  if (options.cart.enabled) {
    check_date_time("cart start", options.cart.start_date, options.cart.start_time);
    check_date_time("cart end", options.cart.end_date, options.cart.end_time);
    if (options.cart.timers.size() > 8) throw std::invalid_argument("more than 8 cart timers");
    for (const CartInfo::Timer& timer : options.cart.timers) {
      if (timer.usage.size() != 4) {
        throw std::invalid_argument("cart timer usage is not 4 characters: '" + timer.usage + "'");
      }
    }
  }
}

// MP3 tags are written by add_tags (audio_tags.cpp): LAME's are ID3v2.3 in Latin-1.
void set_tags(SNDFILE* file, const FormatSpec& spec, const AudioTags& tags) {
  if (spec.format == AudioFormat::kMp3) return;
  const auto set = [&](int type, const std::string& text) {
    if (!text.empty() && sf_set_string(file, type, text.c_str()) != 0) {
      fail_encode(spec, file, "tag: ");
    }
  };
  set(SF_STR_TITLE, tags.title);
  set(SF_STR_ARTIST, tags.artist);
  set(SF_STR_DATE, tags.date);
  set(SF_STR_COMMENT, tags.comment);
  set(SF_STR_ALBUM, tags.album);
  set(SF_STR_GENRE, tags.genre);
}

// libsndfile's WAV reader skips a cue chunk of more than 2500 points.
constexpr std::size_t kMaxCues = 2500;
// SF_CUE_POINT::name holds 256 bytes; one stays for the terminating zero on reading.
constexpr std::size_t kMaxLabelBytes = sizeof(SF_CUE_POINT::name) - 1;

// The cue points, in libsndfile's variable-length SF_CUES layout: a count, then the points.
std::vector<unsigned char> cue_buffer(const std::vector<Marker>& markers) {
  static_assert(offsetof(SF_CUES, cue_points) == sizeof(uint32_t));
  const auto count = static_cast<uint32_t>(std::min(markers.size(), kMaxCues));
  std::vector<unsigned char> buffer(sizeof(uint32_t) + count * sizeof(SF_CUE_POINT));
  std::memcpy(buffer.data(), &count, sizeof count);
  for (uint32_t i = 0; i < count; ++i) {
    const auto frame = static_cast<uint32_t>(
        std::min<std::size_t>(markers[i].frame, std::numeric_limits<uint32_t>::max()));
    SF_CUE_POINT point{};
    point.indx = static_cast<int32_t>(i + 1);
    point.position = frame;
    std::memcpy(&point.fcc_chunk, "data", 4);
    point.sample_offset = frame;
    std::memcpy(buffer.data() + sizeof count + i * sizeof point, &point, sizeof point);
  }
  return buffer;
}

void set_cues(SNDFILE* file, const FormatSpec& spec, const std::vector<Marker>& markers) {
  std::vector<unsigned char> buffer = cue_buffer(markers);
  if (sf_command(file, SFC_SET_CUE, buffer.data(), static_cast<int>(buffer.size())) != SF_TRUE) {
    fail_encode(spec, file, "cue points: ");
  }
}

void append_u32(std::string& out, uint32_t value) {
  for (int shift = 0; shift < 32; shift += 8) out += static_cast<char>((value >> shift) & 0xFF);
}

// libsndfile 1.2.0 writes cue positions but not their names (SF_CUE_POINT::name is only read).
// It does read names from a `LIST` `adtl` chunk of `labl` entries after the cue chunk, and so
// do ffmpeg (chapter titles) and audio editors; so the labels are appended as that chunk to
// the finished file in `io`, and the RIFF size is updated.
void append_cue_labels(SF_VIRTUAL_IO& io, void* user, const std::vector<Marker>& markers) {
  std::string list = "adtl";
  const std::size_t count = std::min(markers.size(), kMaxCues);
  for (std::size_t i = 0; i < count; ++i) {
    const std::string_view label = cut_utf8(markers[i].label, kMaxLabelBytes);
    if (label.empty()) continue;
    const auto size = static_cast<uint32_t>(sizeof(uint32_t) + label.size() + 1);
    list += "labl";
    append_u32(list, size);
    append_u32(list, static_cast<uint32_t>(i + 1));  // the cue point's indx
    list += label;
    list += '\0';
    if (size % 2 != 0) list += '\0';  // chunks start on even offsets
  }
  if (list.size() == 4) return;
  const auto length = static_cast<std::size_t>(io.get_filelen(user));
  std::string chunk = length % 2 != 0 ? std::string(1, '\0') : std::string();  // even offsets
  chunk += "LIST";
  append_u32(chunk, static_cast<uint32_t>(list.size()));
  chunk += list;
  const std::size_t riff_size = length + chunk.size() - 8;  // all but "RIFF" and the size
  char riff[4] = {};
  io.seek(0, SEEK_SET, user);
  if (io.read(riff, 4, user) != 4 || std::string_view(riff, 4) != "RIFF" ||
      riff_size > std::numeric_limits<uint32_t>::max()) {
    throw std::runtime_error("cannot encode WAV: cue labels do not fit in a RIFF file");
  }
  std::string size_field;
  append_u32(size_field, static_cast<uint32_t>(riff_size));
  const auto put = [&](sf_count_t at, const std::string& bytes) {
    const auto size = static_cast<sf_count_t>(bytes.size());
    if (io.seek(at, SEEK_SET, user) != at || io.write(bytes.data(), size, user) != size) {
      throw std::runtime_error("cannot encode WAV: cannot add the cue labels");
    }
  };
  put(static_cast<sf_count_t>(length), chunk);
  put(4, size_field);
}

// in[0 .. count) limited to full scale, each written `copies` times in a row to `out` (mono
// copied to each channel; 1 otherwise). Built for AVX2 as well (vector_clones.h).
VECTOR_CLONES
void clamped(const float* in, std::size_t count, float* out, std::size_t copies) {
  if (copies == 1) {
    for (std::size_t i = 0; i < count; ++i) out[i] = std::clamp(in[i], -1.0f, 1.0f);
    return;
  }
  for (std::size_t i = 0; i < count; ++i) {
    for (std::size_t c = 0; c < copies; ++c) out[i * copies + c] = std::clamp(in[i], -1.0f, 1.0f);
  }
}

// clamped() as 16-bit PCM, rounded to the nearest step.
VECTOR_CLONES
void to_pcm16(const float* in, std::size_t count, short* out, std::size_t copies) {
  // The loop bodies are written out (no helper call), so each clone vectorizes its own.
  if (copies == 1) {
    for (std::size_t i = 0; i < count; ++i) {
      const float scaled = std::clamp(in[i], -1.0f, 1.0f) * 32767.0f;
      out[i] = static_cast<short>(static_cast<int>(scaled + (scaled >= 0.0f ? 0.5f : -0.5f)));
    }
    return;
  }
  for (std::size_t i = 0; i < count; ++i) {
    const float scaled = std::clamp(in[i], -1.0f, 1.0f) * 32767.0f;
    const auto value =
        static_cast<short>(static_cast<int>(scaled + (scaled >= 0.0f ? 0.5f : -0.5f)));
    for (std::size_t c = 0; c < copies; ++c) out[i * copies + c] = value;
  }
}

// The samples as the file has them, block by block: resampled to `rate`, mono copied to each
// of `channels`, limited to full scale (integer formats would clip anyway, lossy encoders
// would otherwise carry the overload into the file). 16-bit PCM is rounded here and handed
// over as it is stored, which spares libsndfile a conversion and a copy.
void write_samples(SNDFILE* file, const FormatSpec& spec, const Audio& audio, int rate,
                   int channels) {
  constexpr std::size_t kBlockFrames = 65536;
  const auto from = static_cast<std::size_t>(audio.channels);
  const auto to = static_cast<std::size_t>(channels);
  std::vector<float> block;
  std::vector<short> pcm;
  const auto write = [&](const float* samples, std::size_t frames) {
    const auto count = static_cast<sf_count_t>(frames);
    if (spec.format == AudioFormat::kWav16) {
      pcm.resize(frames * to);
      to_pcm16(samples, frames * from, pcm.data(), to / from);
      if (sf_writef_short(file, pcm.data(), count) != count) fail_encode(spec, file, "");
    } else {
      block.resize(frames * to);
      clamped(samples, frames * from, block.data(), to / from);
      if (sf_writef_float(file, block.data(), count) != count) fail_encode(spec, file, "");
    }
  };
  if (rate != audio.sample_rate) {
    resample_blocks(audio, rate, write);
    return;
  }
  for (std::size_t start = 0; start < audio.frames(); start += kBlockFrames) {
    write(audio.samples.data() + start * from, std::min(kBlockFrames, audio.frames() - start));
  }
}

std::vector<Marker> read_cues(SNDFILE* file) {
  uint32_t count = 0;
  if (sf_command(file, SFC_GET_CUE_COUNT, &count, sizeof count) != SF_TRUE || count == 0) {
    return {};
  }
  std::vector<unsigned char> buffer(sizeof(uint32_t) + count * sizeof(SF_CUE_POINT));
  if (sf_command(file, SFC_GET_CUE, buffer.data(), static_cast<int>(buffer.size())) != SF_TRUE) {
    return {};
  }
  uint32_t got = 0;
  std::memcpy(&got, buffer.data(), sizeof got);
  std::vector<Marker> markers;
  for (uint32_t i = 0; i < std::min(got, count); ++i) {
    SF_CUE_POINT point{};
    std::memcpy(&point, buffer.data() + sizeof got + i * sizeof point, sizeof point);
    Marker marker;
    marker.frame = point.sample_offset;
    marker.label = field_text(point.name);
    markers.push_back(std::move(marker));
  }
  return markers;
}

// Encodes `audio` into the (empty) virtual file `io` over `user`.
void encode_into(const Audio& audio, const EncodeOptions& options, SF_VIRTUAL_IO& io, void* user) {
  const FormatSpec& spec = spec_for(options.format);
  if (audio.sample_rate <= 0 || audio.channels <= 0) {
    throw std::runtime_error("cannot encode " + std::string(spec.label) + ": " +
                             std::to_string(audio.channels) + " channels at " +
                             std::to_string(audio.sample_rate) + " Hz");
  }
  const int rate = options.sample_rate > 0 ? options.sample_rate : audio.sample_rate;
  const int channels = options.channels > 0 ? options.channels : audio.channels;
  if (channels != audio.channels && audio.channels != 1) {
    throw std::invalid_argument("cannot encode " + std::to_string(audio.channels) +
                                " channels as " + std::to_string(channels));
  }
  const int required = required_sample_rate(options.format, rate);
  if (required != rate) {
    throw std::runtime_error("cannot encode " + std::string(spec.label) + " at " +
                             std::to_string(rate) + " Hz: resample to " + std::to_string(required) +
                             " Hz first");
  }
  const bool wav = is_wav(options.format);
  // libsndfile writes nothing (FLAC, MP3) or an unreadable file (Opus) for no frames at all.
  if (!wav && audio.frames() == 0) {
    throw std::runtime_error("cannot encode " + std::string(spec.label) + ": no audio");
  }
  check_chunks(options, spec, wav);
  // Cue points at the file's rate.
  std::vector<Marker> markers = wav ? audio.markers : std::vector<Marker>{};
  const double ratio = double(rate) / double(audio.sample_rate);
  for (Marker& marker : markers) {
    move_marker(marker, [ratio](std::size_t frame) {
      return static_cast<std::size_t>(std::llround(double(frame) * ratio));
    });
  }

  SF_INFO info{};
  info.samplerate = rate;
  info.channels = channels;
  info.format = spec.sndfile_format;
  {
    SndfileHandle file(sf_open_virtual(&io, SFM_WRITE, &info, user));
    if (!file) fail_encode(spec, nullptr, "");
    // write_samples keeps samples within full scale; this also guards libsndfile's own
    // float-to-integer rounding, so full scale is clipped, never wrapped.
    sf_command(file.get(), SFC_SET_CLIPPING, nullptr, SF_TRUE);
    if (options.compression_level && !wav) {
      // libsndfile maps MP3's 1.0 to LAME VBR quality 10, which LAME refuses (it takes < 10).
      const double most = options.format == AudioFormat::kMp3 ? 0.999 : 1.0;
      double level = std::clamp(*options.compression_level, 0.0, most);
      if (sf_command(file.get(), SFC_SET_COMPRESSION_LEVEL, &level, sizeof level) != SF_TRUE) {
        fail_encode(spec, file.get(), "compression level: ");
      }
    }
    if (options.bext.enabled) set_broadcast_info(file.get(), spec, options.bext);
    if (options.cart.enabled) set_cart_info(file.get(), spec, options.cart, ratio);
    set_tags(file.get(), spec, options.tags);
    if (!markers.empty()) set_cues(file.get(), spec, markers);
    write_samples(file.get(), spec, audio, rate, channels);
    // The handle closes here, which finishes the file (header sizes, last pages, LAME tag).
  }
  if (!markers.empty()) append_cue_labels(io, user, markers);
}

// What TagLib adds to the finished file: the MP3's tags, and chapters in all but WAV (which
// has them as cue points).
TagSet tag_set(const Audio& audio, const EncodeOptions& options) {
  TagSet tags;
  tags.format = options.format;
  tags.tags = options.tags;
  if (!is_wav(options.format)) tags.chapters = audio.markers;
  tags.sample_rate = audio.sample_rate;
  return tags;
}

// Every frame of an open file, a block at a time. The frame count is exact for PCM and FLAC
// but an estimate for some MP3s: read to the end.
void read_blocks(SNDFILE* file, const SF_INFO& info,
                 const std::function<void(const float*, std::size_t)>& each) {
  const auto channels = static_cast<std::size_t>(info.channels);
  constexpr sf_count_t kBlockFrames = 65536;
  std::vector<float> block(static_cast<std::size_t>(kBlockFrames) * channels);
  for (;;) {
    const sf_count_t got = sf_readf_float(file, block.data(), kBlockFrames);
    if (got <= 0) break;
    each(block.data(), static_cast<std::size_t>(got));
  }
}

}  // namespace

AudioFormat parse_audio_format(std::string_view name) {
  const std::string key = ascii_lower(name);
  if (key == "wav") return AudioFormat::kWav16;
  if (key == "vorbis") return AudioFormat::kOggVorbis;
  for (const FormatSpec& spec : kFormats) {
    if (key == spec.name) return spec.format;
  }
  throw std::invalid_argument("unknown audio format '" + std::string(name) +
                              "' (use wav, wav16, wav24, flac, ogg, vorbis, opus or mp3)");
}

std::optional<AudioFormat> format_for_path(const std::filesystem::path& path) {
  const std::string extension = ascii_lower(path.extension().string());
  if (extension == ".wav" || extension == ".wave") return AudioFormat::kWav16;
  if (extension == ".oga") return AudioFormat::kOggVorbis;
  for (const FormatSpec& spec : kFormats) {
    if (extension == spec.extension) return spec.format;
  }
  return std::nullopt;
}

std::string_view format_name(AudioFormat format) { return spec_for(format).name; }

std::string_view file_extension(AudioFormat format) { return spec_for(format).extension; }

bool is_lossy(AudioFormat format) {
  return format == AudioFormat::kOggVorbis || format == AudioFormat::kOggOpus ||
         format == AudioFormat::kMp3;
}

std::string_view mime_type(AudioFormat format) { return spec_for(format).mime_type; }

int required_sample_rate(AudioFormat format, int rate) {
  switch (format) {
    case AudioFormat::kOggOpus:
      return 48000;
    case AudioFormat::kMp3: {
      constexpr std::array kMpegRates{8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000};
      for (const int accepted : kMpegRates) {
        if (accepted >= rate) return accepted;
      }
      return 48000;
    }
    default:
      return rate;
  }
}

std::string encode_audio(const Audio& audio, const EncodeOptions& options) {
  MemoryFile memory;
  if (is_wav(options.format) && audio.sample_rate > 0) {
    // PCM in one allocation: the samples plus room for the header and the chunks.
    const std::size_t bytes_per_sample = options.format == AudioFormat::kWav24 ? 3 : 2;
    const double frames =
        double(audio.frames()) *
        (options.sample_rate > 0 ? double(options.sample_rate) / audio.sample_rate : 1.0);
    const auto channels =
        static_cast<std::size_t>(options.channels > 0 ? options.channels : audio.channels);
    memory.bytes.reserve(static_cast<std::size_t>(frames) * channels * bytes_per_sample + 65536);
  }
  SF_VIRTUAL_IO io = memory_io();
  encode_into(audio, options, io, &memory);
  add_tags(memory.bytes, tag_set(audio, options));
  return std::move(memory.bytes);
}

std::uint64_t encode_audio_to_file(const Audio& audio, const EncodeOptions& options, int fd) {
  DescriptorFile file;
  file.fd = fd;
  SF_VIRTUAL_IO io = descriptor_io();
  try {
    encode_into(audio, options, io, &file);
    file.flush();
  } catch (const std::runtime_error&) {
    if (file.error == 0) throw;
  }
  // A failed write stops libsndfile with a message of its own; the system's says more.
  if (file.error != 0) throw std::system_error(file.error, std::generic_category(), "write");
  const TagSet tags = tag_set(audio, options);
  if (!needs_tags(tags)) return static_cast<std::uint64_t>(file.length);
  add_tags_to_file(fd, tags);
  const off_t length = ::lseek(fd, 0, SEEK_END);
  if (length < 0) throw std::system_error(errno, std::generic_category(), "seek");
  return static_cast<std::uint64_t>(length);
}

std::string encode_wav(const Audio& audio) {
  EncodeOptions options;
  options.format = AudioFormat::kWav16;
  return encode_audio(audio, options);
}

Audio decode_audio(std::string_view bytes) {
  MemoryFile memory{std::string(bytes), 0};
  SF_VIRTUAL_IO io = memory_io();
  SF_INFO info{};
  SndfileHandle file = open_for_reading(memory, io, info);
  if (info.channels <= 0) throw std::runtime_error("not a sound file: no channels");
  Audio audio;
  audio.sample_rate = info.samplerate;
  audio.channels = info.channels;
  read_blocks(file.get(), info, [&](const float* samples, std::size_t frames) {
    audio.samples.insert(audio.samples.end(), samples, samples + frames * info.channels);
  });
  audio.markers = read_cues(file.get());
  return audio;
}

void decode_audio_blocks(
    std::string_view bytes,
    const std::function<void(int sample_rate, int channels, const float* samples,
                             std::size_t frames)>& each) {
  MemoryFile memory{std::string(bytes), 0};
  SF_VIRTUAL_IO io = memory_io();
  SF_INFO info{};
  SndfileHandle file = open_for_reading(memory, io, info);
  if (info.channels <= 0) throw std::runtime_error("not a sound file: no channels");
  read_blocks(file.get(), info, [&](const float* samples, std::size_t frames) {
    each(info.samplerate, info.channels, samples, frames);
  });
}

AudioMetadata read_metadata(std::string_view bytes) {
  MemoryFile memory{std::string(bytes), 0};
  SF_VIRTUAL_IO io = memory_io();
  SF_INFO info{};
  SndfileHandle file = open_for_reading(memory, io, info);
  AudioMetadata metadata;
  const auto get = [&](int type) {
    const char* text = sf_get_string(file.get(), type);
    return text ? std::string(text) : std::string();
  };
  metadata.tags.title = get(SF_STR_TITLE);
  metadata.tags.artist = get(SF_STR_ARTIST);
  metadata.tags.date = get(SF_STR_DATE);
  metadata.tags.comment = get(SF_STR_COMMENT);
  metadata.tags.album = get(SF_STR_ALBUM);
  metadata.tags.genre = get(SF_STR_GENRE);
  SF_BROADCAST_INFO bext{};
  if (sf_command(file.get(), SFC_GET_BROADCAST_INFO, &bext, sizeof bext) == SF_TRUE) {
    metadata.bext.enabled = true;
    metadata.bext.description = field_text(bext.description);
    metadata.bext.originator = field_text(bext.originator);
    metadata.bext.originator_reference = field_text(bext.originator_reference);
    metadata.bext.origination_date = field_text(bext.origination_date);
    metadata.bext.origination_time = field_text(bext.origination_time);
    metadata.bext.has_loudness = bext.version >= 2;
    metadata.bext.loudness_lufs = bext.loudness_value / 100.0;
    metadata.bext.loudness_range_lu = bext.loudness_range / 100.0;
    metadata.bext.max_true_peak_dbtp = bext.max_true_peak_level / 100.0;
    metadata.bext.max_momentary_lufs = bext.max_momentary_loudness / 100.0;
    metadata.bext.max_short_term_lufs = bext.max_shortterm_loudness / 100.0;
  }
  SF_CART_INFO cart{};
  if (sf_command(file.get(), SFC_GET_CART_INFO, &cart, sizeof cart) == SF_TRUE) {
    CartInfo& out = metadata.cart;
    out.enabled = true;
    out.title = field_text(cart.title);
    out.artist = field_text(cart.artist);
    out.cut_id = field_text(cart.cut_id);
    out.category = field_text(cart.category);
    out.classification = field_text(cart.classification);
    out.out_cue = field_text(cart.out_cue);
    out.start_date = field_text(cart.start_date);
    out.start_time = field_text(cart.start_time);
    out.end_date = field_text(cart.end_date);
    out.end_time = field_text(cart.end_time);
    out.producer_app_id = field_text(cart.producer_app_id);
    out.producer_app_version = field_text(cart.producer_app_version);
    for (const SF_CART_TIMER& timer : cart.post_timers) {
      if (timer.usage[0] == '\0') continue;
      out.timers.push_back({std::string(timer.usage, 4), static_cast<std::size_t>(timer.value)});
    }
  }
  return metadata;
}

}  // namespace nieuwslezer
