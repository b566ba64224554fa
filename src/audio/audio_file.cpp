#include "audio/audio_file.h"

#include <sndfile.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <stdexcept>

namespace nieuwslezer {
namespace {

// A growable in-memory file for libsndfile's virtual I/O.
struct MemoryFile {
  std::string bytes;
  sf_count_t position = 0;
};

sf_count_t memory_length(void* user) { return static_cast<sf_count_t>(static_cast<MemoryFile*>(user)->bytes.size()); }

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
  if (n > 0) std::memcpy(destination, file->bytes.data() + file->position, static_cast<std::size_t>(n));
  file->position += n;
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

struct SndfileCloser {
  void operator()(SNDFILE* file) const { sf_close(file); }
};
using SndfileHandle = std::unique_ptr<SNDFILE, SndfileCloser>;

}  // namespace

std::string encode_wav(const Audio& audio) {
  MemoryFile memory;
  SF_VIRTUAL_IO io = memory_io();
  SF_INFO info{};
  info.samplerate = audio.sample_rate;
  info.channels = audio.channels;
  info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
  {
    SndfileHandle file(sf_open_virtual(&io, SFM_WRITE, &info, &memory));
    if (!file) throw std::runtime_error(std::string("cannot encode WAV: ") + sf_strerror(nullptr));
    // Full-scale floats are clipped, not wrapped, when converted to 16 bits.
    sf_command(file.get(), SFC_SET_CLIPPING, nullptr, SF_TRUE);
    if (!audio.markers.empty()) {
      const std::size_t count = std::min<std::size_t>(audio.markers.size(), 100);
      SF_CUES cues{};
      cues.cue_count = static_cast<uint32_t>(count);
      for (std::size_t i = 0; i < count; ++i) {
        auto& cue = cues.cue_points[i];
        cue.indx = static_cast<int32_t>(i + 1);
        cue.position = static_cast<uint32_t>(audio.markers[i].frame);
        std::memcpy(&cue.fcc_chunk, "data", 4);
        cue.sample_offset = static_cast<uint32_t>(audio.markers[i].frame);
        std::strncpy(cue.name, audio.markers[i].label.c_str(), sizeof cue.name - 1);
      }
      sf_command(file.get(), SFC_SET_CUE, &cues, sizeof cues);
    }
    const auto frames = static_cast<sf_count_t>(audio.frames());
    if (sf_writef_float(file.get(), audio.samples.data(), frames) != frames) {
      throw std::runtime_error(std::string("cannot encode WAV: ") + sf_strerror(file.get()));
    }
  }
  return std::move(memory.bytes);
}

Audio decode_audio(std::string_view bytes) {
  MemoryFile memory{std::string(bytes), 0};
  SF_VIRTUAL_IO io = memory_io();
  SF_INFO info{};
  SndfileHandle file(sf_open_virtual(&io, SFM_READ, &info, &memory));
  if (!file) throw std::runtime_error(std::string("not a sound file: ") + sf_strerror(nullptr));
  Audio audio;
  audio.sample_rate = info.samplerate;
  audio.channels = info.channels;
  audio.samples.resize(static_cast<std::size_t>(info.frames) * static_cast<std::size_t>(info.channels));
  const sf_count_t got = sf_readf_float(file.get(), audio.samples.data(), info.frames);
  audio.samples.resize(static_cast<std::size_t>(std::max<sf_count_t>(got, 0)) *
                       static_cast<std::size_t>(info.channels));
  SF_CUES cues{};
  if (sf_command(file.get(), SFC_GET_CUE, &cues, sizeof cues) == SF_TRUE) {
    for (uint32_t i = 0; i < cues.cue_count && i < 100; ++i) {
      audio.markers.push_back(Marker{cues.cue_points[i].sample_offset, cues.cue_points[i].name});
    }
  }
  return audio;
}

}  // namespace nieuwslezer
