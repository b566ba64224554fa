#include "audio/mastering.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <future>
#include <limits>
#include <numbers>
#include <stdexcept>
#include <string>

#include "audio/channels.h"
#include "audio/limiter.h"
#include "audio/loudness.h"
#include "audio/resampler.h"
#include "audio/true_peak.h"

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
      double out = scale * (sample - previous_in) + r * previous_out;
      // The filter's decay into silence would end in denormal numbers, which make every
      // later stage (soxr above all) many times slower; below -300 dBFS is silence.
      if (std::abs(out) < 1e-15) out = 0.0;
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
  // In place: cut or add at the end first, then at the start.
  const auto width = static_cast<std::ptrdiff_t>(channels);
  std::vector<float>& samples = audio.samples;
  samples.resize(static_cast<std::size_t>(stop * width), 0.0f);
  if (start > 0) {
    samples.erase(samples.begin(), samples.begin() + start * width);
  } else if (start < 0) {
    samples.insert(samples.begin(), static_cast<std::size_t>(-start * width), 0.0f);
  }
  const auto move = [&](std::size_t frame) {
    const std::ptrdiff_t moved = static_cast<std::ptrdiff_t>(frame) - start;
    return static_cast<std::size_t>(std::clamp<std::ptrdiff_t>(moved, 0, stop - start));
  };
  for (Marker& marker : audio.markers) {
    marker.frame = move(marker.frame);
    marker.end_frame = move(marker.end_frame);
  }
}

// The loudness that gain `gain_db` and the limiter's `block_gains` give audio whose
// loudness blocks (measured before resampling) are `blocks`: each block's energy scaled by
// the gain and by the share of its energy the limiter leaves, then gated again.
// `channel_factor` accounts for channels added after limiting (2 for mono sent as stereo).
double predicted_loudness(const LoudnessBlocks& blocks, double source_rate, const BlockPeaks& peaks,
                          const std::vector<float>& block_gains, double gain_db,
                          double channel_factor, int sample_rate) {
  const double scale = std::pow(10.0, gain_db / 10.0) * channel_factor;
  std::vector<double> energies = blocks.energies;
  for (double& energy : energies) energy *= scale;
  if (block_gains.empty()) return gated_loudness(energies);
  // Prefix sums of the limiter blocks' energy before and after limiting.
  const std::size_t count = peaks.blocks();
  std::vector<double> before(count + 1, 0.0), after(count + 1, 0.0);
  for (std::size_t b = 0; b < count; ++b) {
    const double gain = block_gains[b];
    before[b + 1] = before[b] + peaks.energy(b);
    after[b + 1] = after[b] + peaks.energy(b) * gain * gain;
  }
  const double to_output = double(sample_rate) / source_rate / double(BlockPeaks::kBlock);
  for (std::size_t i = 0; i < energies.size(); ++i) {
    const double start = double(i * blocks.hop_frames), end = start + 4.0 * double(blocks.hop_frames);
    const auto first = std::min(count, static_cast<std::size_t>(start * to_output));
    const auto last = std::min(count, static_cast<std::size_t>(std::ceil(end * to_output)));
    const double total = before[last] - before[first];
    if (total > 0) energies[i] *= (after[last] - after[first]) / total;
  }
  return gated_loudness(energies);
}

// The true peak of `audio` after apply_gain(audio, gain, block_gains), or a value <= `ceiling`
// if it is below. `peaks` describe the audio before the gain. Interpolating the gained
// samples g[k] x[k] gives g x (the interpolated x) plus the taps over (g[k] - g) x[k], so a
// block whose gain varies by at most d over its neighbourhood peaks under
// max gain x its peak + d x the filters' gain x its neighbourhood's sample peak; only blocks
// where that bound passes the ceiling are oversampled again.
float limited_true_peak(const Audio& audio, const BlockPeaks& peaks, double gain,
                        const std::vector<float>& block_gains, float ceiling) {
  const std::size_t count = peaks.blocks();
  float result = 0.0f;
  for (std::size_t b = 0; b < count; ++b) {
    float most = 1.0f, least = 1.0f;
    if (!block_gains.empty()) {
      // The frames that points of block b are made of take gains interpolated between the
      // centres of blocks b - 2 ... b + 2.
      most = least = block_gains[b];
      for (std::size_t k = b >= 2 ? b - 2 : 0; k <= std::min(count - 1, b + 2); ++k) {
        most = std::max(most, block_gains[k]);
        least = std::min(least, block_gains[k]);
      }
    }
    const double bound = gain * (most * double(peaks.upper_bound(b)) +
                                 (most - least) * double(BlockPeaks::filter_gain_bound()) *
                                     double(peaks.neighbourhood_peak(b)));
    const float peak = bound <= ceiling ? static_cast<float>(bound)
                                        : BlockPeaks::oversampled_peak(audio, b);
    result = std::max(result, peak);
  }
  return result;
}

// Gain to the target loudness, then the limiter. The limiter lowers the loudness a little;
// the gain is raised until the predicted loudness is within the tolerance. `blocks` were
// measured on the audio before resampling, at `source_rate`.
void normalize_and_limit(Audio& audio, const MasteringSettings& settings,
                         const LoudnessBlocks& blocks, double source_rate, double channel_factor) {
  const double ceiling = db_to_linear(settings.true_peak_ceiling_dbtp - kPeakMarginDb);
  const double loudness = settings.normalize
                              ? gated_loudness(blocks.energies) + 10.0 * std::log10(channel_factor)
                              : -std::numeric_limits<double>::infinity();
  const bool adjust = std::isfinite(loudness);
  double gain_db = adjust ? settings.target_lufs - loudness : 0.0;
  const double max_gain_db = gain_db + kMaxMakeUpDb;

  BlockPeaks peaks(audio);
  std::vector<float> block_gains;
  for (int pass = 0; pass < kMaxGainPasses; ++pass) {
    block_gains = limiter_gains(peaks, ceiling, db_to_linear(gain_db), audio.sample_rate);
    if (!adjust) break;
    const double missing = settings.target_lufs - predicted_loudness(blocks, source_rate, peaks,
                                                                     block_gains, gain_db,
                                                                     channel_factor,
                                                                     audio.sample_rate);
    const double next_gain_db = std::min(gain_db + missing, max_gain_db);
    if (std::abs(missing) <= kLoudnessToleranceLu || next_gain_db == gain_db) break;
    gain_db = next_gain_db;
  }
  apply_gain(audio, db_to_linear(gain_db), block_gains);

  // The gain changes within a few milliseconds, which can lift a peak between samples a hair
  // above what the block peaks promised; a global trim of those hundredths of a dB settles it.
  const float peak = limited_true_peak(audio, peaks, db_to_linear(gain_db), block_gains,
                                       static_cast<float>(ceiling));
  if (peak > ceiling) {
    const auto trim = static_cast<float>(ceiling / peak);
    for (float& sample : audio.samples) sample *= trim;
  }
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
  // Mono for stereo stays mono until the end: the two channels would be the same, each
  // step half the work. Other conversions happen first.
  const bool mono_to_stereo = audio.channels == 1 && settings.channels == 2;
  if (!mono_to_stereo) convert_channels(audio, settings.channels);
  // Loudness is measured before resampling (speech has nothing above eSpeak's Nyquist
  // frequency, so the rate does not change it), on a second core while soxr works.
  const double source_rate = audio.sample_rate;
  std::future<LoudnessBlocks> blocks;
  if (settings.normalize) {
    blocks = std::async(std::launch::async, [&audio] { return measure_loudness_blocks(audio); });
  }
  if (settings.sample_rate != 0 && settings.sample_rate != audio.sample_rate) {
    Audio resampled = resample(audio, settings.sample_rate);
    if (blocks.valid()) blocks.wait();  // it still reads `audio`
    audio = std::move(resampled);
  }
  normalize_and_limit(audio, settings, blocks.valid() ? blocks.get() : LoudnessBlocks{},
                      source_rate, mono_to_stereo ? 2.0 : 1.0);
  if (mono_to_stereo) convert_channels(audio, 2);
  fade_ends(audio);
  return audio;
}

}  // namespace nieuwslezer
