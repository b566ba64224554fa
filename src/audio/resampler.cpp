#include "audio/resampler.h"

#include <soxr.h>

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <exception>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>

#include "audio/upsample.h"

namespace nieuwslezer {

Resampler::Resampler(int from_rate, int to_rate, int channels)
    : from_rate_(from_rate), to_rate_(to_rate), channels_(channels) {
  // soxr crashes instead of reporting an error for zero channels.
  if (channels < 1) throw std::invalid_argument("resample: audio has no channels");
  const soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
  const soxr_quality_spec_t quality = soxr_quality_spec(SOXR_HQ, 0);
  // One thread: OpenMP's idle workers would linger for the rest of the run.
  const soxr_runtime_spec_t runtime = soxr_runtime_spec(1);
  soxr_error_t error = nullptr;
  soxr_ = soxr_create(from_rate, to_rate, static_cast<unsigned>(channels), &error, &io, &quality,
                      &runtime);
  if (error || soxr_ == nullptr) {
    if (soxr_ != nullptr) soxr_delete(soxr_);
    fail(error ? error : "cannot start");
  }
}

Resampler::~Resampler() { soxr_delete(soxr_); }

void Resampler::fail(const char* error) const {
  throw std::runtime_error("resample: " + std::to_string(from_rate_) + " Hz -> " +
                           std::to_string(to_rate_) + " Hz: " + error);
}

void Resampler::process(const float* in, std::size_t frames, std::vector<float>& out) {
  const std::size_t channels = channels_;
  const double ratio = double(to_rate_) / double(from_rate_);
  // In: frames to take; nullptr at the end, until soxr has nothing more to give.
  for (bool more = true; more;) {
    const auto room = static_cast<std::size_t>(double(frames) * ratio) + 256;
    const std::size_t old = out.size();
    out.resize(old + room * channels);
    std::size_t used = 0, made = 0;
    const soxr_error_t error =
        soxr_process(soxr_, in, frames, in ? &used : nullptr, out.data() + old, room, &made);
    out.resize(old + made * channels);
    if (error) fail(error);
    if (in) {
      in += used * channels;
      frames -= used;
      more = frames > 0;
    } else {
      more = made > 0;
    }
  }
}

void Resampler::finish(std::vector<float>& out) { process(nullptr, 0, out); }

void resample_blocks(const Audio& audio, int target_rate,
                     const std::function<void(const float*, std::size_t)>& take) {
  if (audio.channels < 1) throw std::invalid_argument("resample: audio has no channels");
  // Doubling the rate takes the half-band filter; other ratios libsoxr.
  const bool doubling = audio.sample_rate > 0 && target_rate == 2 * audio.sample_rate;
  std::optional<Resampler> resampler;
  if (!doubling) resampler.emplace(audio.sample_rate, target_rate, audio.channels);
  constexpr std::size_t kBlockFrames = 65536, kMostQueued = 4;
  const std::size_t channels = audio.channels, frames = audio.frames();
  std::mutex mutex;
  std::condition_variable changed;
  std::deque<std::vector<float>> ready, spare;  // spare: taken blocks, their room reused
  bool done = false, stop = false;
  std::exception_ptr failure;
  auto maker = std::async(std::launch::async, [&] {
    try {
      for (std::size_t start = 0;; start += kBlockFrames) {
        std::vector<float> block;
        {
          const std::lock_guard lock(mutex);
          if (!spare.empty()) {
            block = std::move(spare.front());
            spare.pop_front();
          }
        }
        const bool last = start >= frames;
        const std::size_t count = last ? 0 : std::min(kBlockFrames, frames - start);
        if (doubling) {
          // A reused block has its size already: no zero-filling what is overwritten anyway.
          block.resize(2 * count * channels);
          upsample_2x(audio, start, count, block.data());
        } else if (last) {
          block.clear();
          resampler->finish(block);
        } else {
          block.clear();
          resampler->process(audio.samples.data() + start * channels, count, block);
        }
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return ready.size() < kMostQueued || stop; });
        if (stop) break;
        ready.push_back(std::move(block));
        changed.notify_all();
        if (last) break;
      }
    } catch (...) {
      const std::lock_guard lock(mutex);
      failure = std::current_exception();
    }
    const std::lock_guard lock(mutex);
    done = true;
    changed.notify_all();
  });
  try {
    for (;;) {
      std::vector<float> block;
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return !ready.empty() || done; });
        if (ready.empty()) break;
        block = std::move(ready.front());
        ready.pop_front();
        changed.notify_all();
      }
      if (!block.empty()) take(block.data(), block.size() / channels);
      const std::lock_guard lock(mutex);
      spare.push_back(std::move(block));
    }
  } catch (...) {
    {
      const std::lock_guard lock(mutex);
      stop = true;
      changed.notify_all();
    }
    maker.wait();
    throw;
  }
  maker.get();
  if (failure) std::rethrow_exception(failure);
}

Audio resample(const Audio& audio, int target_rate) {
  if (audio.channels < 1) throw std::invalid_argument("resample: audio has no channels");
  Audio result;
  result.sample_rate = target_rate;
  result.channels = audio.channels;
  const double ratio = double(target_rate) / double(audio.sample_rate);
  const std::size_t channels = audio.channels, in_frames = audio.frames();
  if (audio.sample_rate > 0 && target_rate == 2 * audio.sample_rate) {
    result.samples.resize(2 * audio.samples.size());
    upsample_2x(audio, 0, in_frames, result.samples.data());
  } else {
    Resampler resampler(audio.sample_rate, target_rate, audio.channels);
    // Whole-file resampling gives round(in_frames * ratio) frames; one more is room to spare.
    const auto room =
        static_cast<std::size_t>(std::ceil(double(in_frames) * (ratio > 0 ? ratio : 0)) + 1);
    result.samples.reserve((room + 256) * channels);
    constexpr std::size_t kBlockFrames = 65536;
    for (std::size_t start = 0; start < in_frames; start += kBlockFrames) {
      resampler.process(audio.samples.data() + start * channels,
                        std::min(kBlockFrames, in_frames - start), result.samples);
    }
    resampler.finish(result.samples);
    if (result.frames() > room) result.samples.resize(room * channels);
  }

  const auto scale = [&](std::size_t frame) {
    const auto scaled = static_cast<std::size_t>(std::llround(double(frame) * ratio));
    return std::min(scaled, result.frames());
  };
  result.markers = audio.markers;
  for (Marker& marker : result.markers) move_marker(marker, scale);
  return result;
}

}  // namespace nieuwslezer
