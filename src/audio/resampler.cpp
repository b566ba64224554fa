#include "audio/resampler.h"

#include <soxr.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <stdexcept>
#include <string>

namespace nieuwslezer {

Audio resample(const Audio& audio, int target_rate) {
  if (target_rate == audio.sample_rate) return audio;
  // soxr crashes instead of reporting an error for zero channels.
  if (audio.channels < 1) throw std::invalid_argument("resample: audio has no channels");

  Audio result;
  result.sample_rate = target_rate;
  result.channels = audio.channels;
  const double ratio = double(target_rate) / double(audio.sample_rate);
  const std::size_t in_frames = audio.frames();
  // soxr's one-shot mode gives round(in_frames * ratio) frames; one more is room to spare.
  const double wanted = std::ceil(double(in_frames) * (ratio > 0 ? ratio : 0)) + 1;
  result.samples.resize(static_cast<std::size_t>(wanted) * audio.channels);

  const soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
  const soxr_quality_spec_t quality = soxr_quality_spec(SOXR_HQ, 0);
  // One thread: mastering already measures loudness alongside, and OpenMP's idle workers
  // would linger for the rest of the run.
  const soxr_runtime_spec_t runtime = soxr_runtime_spec(1);
  const auto fail = [&](soxr_error_t error) {
    throw std::runtime_error("resample: " + std::to_string(audio.sample_rate) + " Hz -> " +
                             std::to_string(target_rate) + " Hz: " + error);
  };
  soxr_error_t error = nullptr;
  const std::unique_ptr<soxr, decltype(&soxr_delete)> resampler(
      soxr_create(audio.sample_rate, target_rate, static_cast<unsigned>(audio.channels), &error,
                  &io, &quality, &runtime),
      &soxr_delete);
  if (error || !resampler) fail(error ? error : "cannot start");
  // Streamed in blocks straight into the result: soxr's one-shot call would queue the whole
  // input and output inside soxr, growing its buffers tens of thousands of times.
  constexpr std::size_t kBlockFrames = 65536;
  const std::size_t channels = audio.channels, room = result.frames();
  std::size_t out_done = 0;
  const auto output = [&] { return result.samples.data() + out_done * channels; };
  for (std::size_t start = 0; start < in_frames; start += kBlockFrames) {
    const std::size_t count = std::min(kBlockFrames, in_frames - start);
    std::size_t used = 0, made = 0;
    error = soxr_process(resampler.get(), audio.samples.data() + start * channels, count, &used,
                         output(), room - out_done, &made);
    if (error) fail(error);
    out_done += made;
  }
  for (std::size_t made = 1; made > 0 && out_done < room;) {  // the end of input: flush
    error = soxr_process(resampler.get(), nullptr, 0, nullptr, output(), room - out_done, &made);
    if (error) fail(error);
    out_done += made;
  }
  result.samples.resize(out_done * audio.channels);

  const auto scale = [&](std::size_t frame) {
    const auto scaled = static_cast<std::size_t>(std::llround(double(frame) * ratio));
    return std::min(scaled, result.frames());
  };
  result.markers = audio.markers;
  for (Marker& marker : result.markers) {
    marker.frame = scale(marker.frame);
    marker.end_frame = scale(marker.end_frame);
  }
  return result;
}

}  // namespace nieuwslezer
