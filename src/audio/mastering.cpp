#include "audio/mastering.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <deque>
#include <limits>
#include <numbers>
#include <stdexcept>
#include <string>

#include "audio/channels.h"
#include "audio/loudness.h"
#include "audio/resampler.h"

namespace nieuwslezer {
namespace {

constexpr double kHighPassHz = 20.0;
// Sound is whatever rises above this level under the loudest sample. eSpeak's own silence
// (|sample| <= 64 of 32 767, -54 dBFS) counts as silence next to speech peaking near 0 dBFS.
constexpr double kSilenceBelowPeakDb = 50.0;
constexpr double kFadeMs = 5.0;
// The limiter aims this far under the ceiling because meters interpolate differently
// (ffmpeg's ebur128 filter oversamples to 192 kHz with its own filter, we use 4x) and
// a 4x grid can miss a little of a peak between its points.
constexpr double kPeakMarginDb = 0.1;
// Limiter timing: the needed gain is held this far around each peak, so the gain starts to
// fall twice this long before the peak (the look-ahead) and has reached it at the peak.
constexpr double kHoldMs = 1.5;
constexpr double kReleaseMs = 100.0;
constexpr double kLoudnessToleranceLu = 0.05;
constexpr int kMaxGainPasses = 6;
// The most the gain may rise over its first estimate to make up for what the limiter takes.
// Needing more means the ceiling forbids the target; more gain would only lift quiet parts.
constexpr double kMaxMakeUpDb = 6.0;

double db_to_linear(double db) { return std::pow(10.0, db / 20.0); }

std::size_t ms_to_frames(double ms, int sample_rate) {
  return static_cast<std::size_t>(std::llround(ms * sample_rate / 1000.0));
}

void validate(const Audio& audio, const MasteringSettings& settings) {
  if (audio.channels < 1 || audio.sample_rate < 1) {
    throw std::invalid_argument("master: audio needs a channel and a sample rate");
  }
  if (settings.sample_rate < 0 || settings.channels < 0 || settings.pad_ms < 0) {
    throw std::invalid_argument("master: sample rate, channels and pad must not be negative");
  }
  const int from = audio.channels, to = settings.channels;
  if (to != 0 && from != to && from != 1 && to != 1) {
    throw std::invalid_argument("master: cannot convert " + std::to_string(from) + " channels to " +
                                std::to_string(to));
  }
}

// A 1st-order high-pass, y[n] = (1 + r) / 2 * (x[n] - x[n-1]) + r * y[n-1], started as if
// the first sample had always been there, so a constant offset leaves no transient.
void remove_dc(Audio& audio) {
  const double r = std::exp(-2.0 * std::numbers::pi * kHighPassHz / audio.sample_rate);
  const double scale = (1.0 + r) / 2.0;
  const std::size_t channels = audio.channels, frames = audio.frames();
  for (std::size_t channel = 0; channel < channels && frames > 0; ++channel) {
    double previous_in = audio.samples[channel], previous_out = 0;
    for (std::size_t frame = 0; frame < frames; ++frame) {
      float& sample = audio.samples[frame * channels + channel];
      const double out = scale * (sample - previous_in) + r * previous_out;
      previous_in = sample;
      previous_out = out;
      sample = static_cast<float>(out);
    }
  }
}

// Keeps `pad_ms` before the first and after the last frame above the silence level, taking
// more of the input or adding digital silence as needed; markers move with the audio.
void trim_silence(Audio& audio, int pad_ms) {
  const std::size_t channels = audio.channels, frames = audio.frames();
  float peak = 0;
  for (float sample : audio.samples) peak = std::max(peak, std::abs(sample));
  const auto threshold = static_cast<float>(peak * db_to_linear(-kSilenceBelowPeakDb));
  const auto sounds = [&](std::size_t frame) {
    for (std::size_t c = 0; c < channels; ++c) {
      if (std::abs(audio.samples[frame * channels + c]) > threshold) return true;
    }
    return false;
  };
  std::size_t first = 0, end = frames;
  while (first < end && !sounds(first)) ++first;
  while (end > first && !sounds(end - 1)) --end;

  const auto pad = static_cast<std::ptrdiff_t>(ms_to_frames(pad_ms, audio.sample_rate));
  const std::ptrdiff_t start = static_cast<std::ptrdiff_t>(first) - pad;  // may be < 0
  const std::ptrdiff_t stop = static_cast<std::ptrdiff_t>(end) + pad;     // may be > frames
  std::vector<float> samples(static_cast<std::size_t>(stop - start) * channels, 0.0f);
  const std::ptrdiff_t copy_from = std::max<std::ptrdiff_t>(start, 0);
  const std::ptrdiff_t copy_to = std::min(stop, static_cast<std::ptrdiff_t>(frames));
  if (copy_to > copy_from) {
    std::copy(audio.samples.begin() + copy_from * channels,
              audio.samples.begin() + copy_to * channels,
              samples.begin() + (copy_from - start) * channels);
  }
  audio.samples = std::move(samples);
  const auto move = [&](std::size_t frame) {
    const std::ptrdiff_t moved = static_cast<std::ptrdiff_t>(frame) - start;
    return static_cast<std::size_t>(std::clamp<std::ptrdiff_t>(moved, 0, stop - start));
  };
  for (Marker& marker : audio.markers) {
    marker.frame = move(marker.frame);
    marker.end_frame = move(marker.end_frame);
  }
}

// Interpolation filters for the points 1/4, 2/4 and 3/4 of the way from sample n to n + 1:
// a Kaiser-windowed sinc over the samples n - 7 ... n + 8, normalized to unity gain at DC.
constexpr int kOversampling = 4;
constexpr std::size_t kTaps = 16;
constexpr std::size_t kTapsBefore = kTaps / 2 - 1;  // taps on samples before n
using Taps = std::array<float, kTaps>;

std::array<Taps, kOversampling - 1> interpolation_filters() {
  constexpr double kBeta = 6.0;
  std::array<Taps, kOversampling - 1> filters{};
  for (int phase = 1; phase < kOversampling; ++phase) {
    const double fraction = double(phase) / kOversampling;
    double sum = 0;
    Taps& taps = filters[phase - 1];
    for (std::size_t k = 0; k < kTaps; ++k) {
      // The distance from the point to sample n + k - 7.
      const double t = fraction - (double(k) - double(kTapsBefore));
      const double sinc = std::sin(std::numbers::pi * t) / (std::numbers::pi * t);
      const double u = t / double(kTaps / 2);
      const double window = std::cyl_bessel_i(0.0, kBeta * std::sqrt(std::max(0.0, 1.0 - u * u))) /
                            std::cyl_bessel_i(0.0, kBeta);
      taps[k] = static_cast<float>(sinc * window);
      sum += taps[k];
    }
    for (float& tap : taps) tap = static_cast<float>(tap / sum);
  }
  return filters;
}

// For each frame, the largest magnitude on the 4x oversampled grid of any channel between
// the previous and the next frame: the true peak that frame's gain must hold down.
std::vector<float> peak_envelope(const Audio& audio) {
  static const auto filters = interpolation_filters();
  // Blocks of a fixed size, filtered tap by tap, so the compiler can vectorize the loops.
  constexpr std::size_t kBlock = 1024;
  const std::size_t channels = audio.channels, frames = audio.frames();
  std::vector<float> envelope(frames, 0.0f);  // first the peak on [n, n + 1)
  std::array<float, kBlock + kTaps> input;    // frames start - 7 ... start + kBlock + 8
  std::array<float, kBlock> peaks, value;
  for (std::size_t c = 0; c < channels; ++c) {
    for (std::size_t start = 0; start < frames; start += kBlock) {
      for (std::size_t i = 0; i < input.size(); ++i) {
        const std::size_t frame = start + i - kTapsBefore;  // wraps below 0: out of range
        input[i] = frame < frames ? audio.samples[frame * channels + c] : 0.0f;
      }
      for (std::size_t i = 0; i < kBlock; ++i) peaks[i] = std::abs(input[i + kTapsBefore]);
      for (const Taps& taps : filters) {
        value.fill(0.0f);
        for (std::size_t k = 0; k < kTaps; ++k) {
          for (std::size_t i = 0; i < kBlock; ++i) value[i] += taps[k] * input[i + k];
        }
        for (std::size_t i = 0; i < kBlock; ++i) peaks[i] = std::max(peaks[i], std::abs(value[i]));
      }
      const std::size_t count = std::min(kBlock, frames - start);
      for (std::size_t i = 0; i < count; ++i) {
        envelope[start + i] = std::max(envelope[start + i], peaks[i]);
      }
    }
  }
  // A peak between frames n - 1 and n limits frame n too.
  for (std::size_t n = frames; n-- > 1;) envelope[n] = std::max(envelope[n], envelope[n - 1]);
  return envelope;
}

// Maximum of values[n - radius ... n + radius] for each n (a monotonic queue, O(n)).
std::vector<float> moving_maximum(const std::vector<float>& values, std::size_t radius) {
  std::vector<float> result(values.size());
  std::deque<std::size_t> candidates;  // indices whose values decrease front to back
  std::size_t next = 0;
  for (std::size_t n = 0; n < values.size(); ++n) {
    for (; next < values.size() && next <= n + radius; ++next) {
      while (!candidates.empty() && values[candidates.back()] <= values[next]) {
        candidates.pop_back();
      }
      candidates.push_back(next);
    }
    while (candidates.front() + radius < n) candidates.pop_front();
    result[n] = values[candidates.front()];
  }
  return result;
}

// Replaces each value by the mean of values[n - radius ... n + radius], the edge values
// repeated outside. In place: the originals still needed wait in a ring of radius + 1.
void moving_average(std::vector<float>& values, std::size_t radius) {
  if (values.empty() || radius == 0) return;
  const std::size_t last = values.size() - 1;
  // Slot n % (radius + 1) holds the original of frame n - radius - 1 (frame 0 before it).
  std::vector<float> ring(radius + 1, values[0]);
  double sum = 0;
  for (std::size_t i = 0; i <= 2 * radius; ++i) {
    sum += values[std::min(last, i >= radius ? i - radius : 0)];
  }
  for (std::size_t n = 0; n <= last; ++n) {
    float& slot = ring[n % (radius + 1)];
    if (n > 0) sum += values[std::min(last, n + radius)] - slot;
    slot = values[n];
    values[n] = static_cast<float>(sum / double(2 * radius + 1));
  }
}

// The limiter's gain (<= 1) for each frame, such that gain x envelope <= ceiling everywhere
// and the gain moves smoothly: the gain the highest peak within +-hold needs, released
// exponentially, then averaged twice over +-hold/2. Every average mixes only gains held
// from within +-hold of its centre, which are at most the gain needed there, so the
// smoothing keeps the promise.
std::vector<float> limiter_gain(const std::vector<float>& envelope, double ceiling,
                                int sample_rate) {
  const std::size_t hold = std::max<std::size_t>(2, ms_to_frames(kHoldMs, sample_rate));
  std::vector<float> gain = moving_maximum(envelope, hold);
  const double release = 1.0 - std::exp(-1.0 / (kReleaseMs / 1000.0 * sample_rate));
  for (std::size_t n = 0; n < gain.size(); ++n) {
    const float needed = gain[n] > ceiling ? static_cast<float>(ceiling / gain[n]) : 1.0f;
    const float previous = n > 0 ? gain[n - 1] : 1.0f;
    gain[n] =
        needed < previous ? needed : static_cast<float>(previous + release * (needed - previous));
  }
  moving_average(gain, hold / 2);
  moving_average(gain, hold / 2);
  return gain;
}

// Gain to the target loudness, then the limiter. The limiter lowers the loudness a little;
// the gain is raised again until the loudness is within the tolerance.
void normalize_and_limit(Audio& audio, const MasteringSettings& settings) {
  const double ceiling = db_to_linear(settings.true_peak_ceiling_dbtp - kPeakMarginDb);
  const std::vector<float> envelope = peak_envelope(audio);
  double gain_db = 0;
  const double loudness = settings.normalize ? measure_integrated_lufs(audio)
                                             : -std::numeric_limits<double>::infinity();
  const bool adjust = std::isfinite(loudness);
  if (adjust) gain_db = settings.target_lufs - loudness;
  const double max_gain_db = gain_db + kMaxMakeUpDb;

  Audio result = audio;
  const std::size_t channels = audio.channels;
  for (int pass = 0; pass < kMaxGainPasses; ++pass) {
    const double gain = db_to_linear(gain_db);
    const std::vector<float> limiter = limiter_gain(envelope, ceiling / gain, audio.sample_rate);
    for (std::size_t i = 0; i < audio.samples.size(); ++i) {
      result.samples[i] = static_cast<float>(audio.samples[i] * gain * limiter[i / channels]);
    }
    if (!adjust) break;
    const double missing = settings.target_lufs - measure_integrated_lufs(result);
    const double next_gain_db = std::min(gain_db + missing, max_gain_db);
    if (std::abs(missing) <= kLoudnessToleranceLu || next_gain_db == gain_db) break;
    gain_db = next_gain_db;
  }

  // The gain changes within a few milliseconds, which can lift a peak between samples a hair
  // above what the envelope promised; a global trim of those hundredths of a dB settles it.
  const std::vector<float> final_envelope = peak_envelope(result);
  const float peak = final_envelope.empty()
                         ? 0.0f
                         : *std::max_element(final_envelope.begin(), final_envelope.end());
  if (peak > ceiling) {
    const auto trim = static_cast<float>(ceiling / peak);
    for (float& sample : result.samples) sample *= trim;
  }
  audio = std::move(result);
}

// Raised-cosine fades over the first and last few milliseconds, so the file starts and ends
// at zero whatever the trim cut.
void fade_ends(Audio& audio) {
  const std::size_t channels = audio.channels, frames = audio.frames();
  const std::size_t length = std::min(frames / 2, ms_to_frames(kFadeMs, audio.sample_rate));
  for (std::size_t n = 0; n < length; ++n) {
    const auto weight = static_cast<float>(
        0.5 - 0.5 * std::cos(std::numbers::pi * (double(n) + 0.5) / double(length)));
    for (std::size_t c = 0; c < channels; ++c) {
      audio.samples[n * channels + c] *= weight;
      audio.samples[(frames - 1 - n) * channels + c] *= weight;
    }
  }
}

}  // namespace

MasteringSettings preset(std::string_view name, int channels) {
  if (channels < 1) {
    throw std::invalid_argument("preset: need at least one channel, not " +
                                std::to_string(channels));
  }
  MasteringSettings settings;
  settings.channels = channels;
  if (name == "podcast") {
    settings.sample_rate = 44100;
    settings.target_lufs = channels >= 2 ? -16.0 : -19.0;
    settings.true_peak_ceiling_dbtp = -1.0;
  } else if (name == "radio") {
    settings.sample_rate = 48000;
    settings.target_lufs = -23.0;
    settings.true_peak_ceiling_dbtp = -1.0;
  } else if (name == "raw") {
    settings.sample_rate = 0;
    settings.normalize = false;
    settings.true_peak_ceiling_dbtp = 0.0;
  } else {
    throw std::invalid_argument("unknown preset '" + std::string(name) +
                                "' (podcast, radio or raw)");
  }
  return settings;
}

Audio master_audio(Audio audio, const MasteringSettings& settings) {
  validate(audio, settings);
  remove_dc(audio);
  trim_silence(audio, settings.pad_ms);
  if (settings.sample_rate != 0) audio = resample(audio, settings.sample_rate);
  convert_channels(audio, settings.channels);
  normalize_and_limit(audio, settings);
  fade_ends(audio);
  return audio;
}

}  // namespace nieuwslezer
