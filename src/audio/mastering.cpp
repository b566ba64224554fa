#include "audio/mastering.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <future>
#include <limits>
#include <mutex>
#include <numbers>
#include <stdexcept>
#include <string>

#include "audio/channels.h"
#include "audio/limiter.h"
#include "audio/loudness.h"
#include "audio/true_peak.h"
#include "system/parallel.h"
#include "system/vector_clones.h"

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
// Frames filtered at a time by one lane: an eighth of the audio (two groups of lanes, which
// keep two threads busy), between 3 and 47 s at 22 050 Hz. The pieces depend on the
// audio's length only, never on the number of threads.
std::size_t filter_piece(std::size_t frames) {
  return std::clamp<std::size_t>((frames + 7) / 8, std::size_t{1} << 16, std::size_t{1} << 20);
}
// The fewest limiter blocks worth a thread of their own.
constexpr std::size_t kMinBlocks = 2048;

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

// Pieces of the high-pass filtered side by side, one in each lane of a vector.
constexpr std::size_t kLanes = 4;
using Lanes = double __attribute__((vector_size(kLanes * sizeof(double))));

// The high-pass over kLanes pieces of one channel at once, each lane from its own warm-up
// (`warm`, `warm_up` frames) and then in place over `count` frames of its piece (`samples`);
// frames are `channels` apart. Built for AVX2 as well (vector_clones.h).
VECTOR_CLONES
void high_pass_lanes(const std::array<const float*, kLanes>& warm,
                     const std::array<float*, kLanes>& samples, std::size_t channels,
                     std::size_t warm_up, std::size_t count, double r, double scale) {
  static_assert(kLanes == 4, "the lanes are filled one by one");
  Lanes previous_in = {warm[0][0], warm[1][0], warm[2][0], warm[3][0]}, previous_out{};
  const auto step = [&](const Lanes& in) {
    Lanes out = scale * (in - previous_in) + r * previous_out;
    // The filter's decay into silence would end in denormal numbers, which make every later
    // stage many times slower; below -300 dBFS is silence.
    out = (out < 1e-15 && out > -1e-15) ? Lanes{} : out;
    previous_in = in;
    previous_out = out;
  };
  for (std::size_t n = 0; n < warm_up * channels; n += channels) {
    step(Lanes{warm[0][n], warm[1][n], warm[2][n], warm[3][n]});
  }
  for (std::size_t n = 0; n < count * channels; n += channels) {
    step(Lanes{samples[0][n], samples[1][n], samples[2][n], samples[3][n]});
    for (std::size_t lane = 0; lane < kLanes; ++lane) {
      samples[lane][n] = static_cast<float>(previous_out[lane]);
    }
  }
}

// A 1st-order high-pass, y[n] = (1 + r) / 2 * (x[n] - x[n-1]) + r * y[n-1], started as if
// the first sample had always been there, so a constant offset leaves no transient.
// Pieces of filter_piece() frames are filtered on up to `threads` threads, each from the
// state a warm-up over the second before it leaves (r^fs = e^-126: what came before that
// has decayed below any float), so the result does not depend on the number of threads.
// Groups of kLanes pieces are filtered side by side (high_pass_lanes); the first piece's
// lane warms up on its own first frame, which leaves the filter as it starts.
void remove_dc(Audio& audio, int threads) {
  const double r = std::exp(-2.0 * std::numbers::pi * kHighPassHz / audio.sample_rate);
  const double scale = (1.0 + r) / 2.0;
  const std::size_t channels = audio.channels, frames = audio.frames();
  if (frames == 0) return;
  const auto warm_up = static_cast<std::size_t>(audio.sample_rate);
  const std::size_t piece_length = filter_piece(frames);
  const std::size_t pieces = (frames + piece_length - 1) / piece_length;
  // The input before each piece, copied before the pieces are filtered in place. Piece 0's
  // warm-up is its first frame throughout.
  std::vector<float> before(pieces * warm_up * channels);
  for (std::size_t n = 0; n < warm_up * channels; ++n) before[n] = audio.samples[n % channels];
  for (std::size_t piece = 1; piece < pieces; ++piece) {
    const std::size_t start = piece * piece_length, from = start - std::min(start, warm_up);
    std::copy(audio.samples.begin() + static_cast<std::ptrdiff_t>(from * channels),
              audio.samples.begin() + static_cast<std::ptrdiff_t>(start * channels),
              before.begin() + static_cast<std::ptrdiff_t>(
                                   (piece * warm_up + warm_up - (start - from)) * channels));
  }
  const std::size_t groups = (pieces + kLanes - 1) / kLanes;
  parallel_ranges(groups, threads, 1, [&](std::size_t first, std::size_t end) {
    for (std::size_t group = first; group < end; ++group) {
      // A piece cut short by the end of the audio is filtered in a copy of full length, and
      // lanes without a piece filter silence (neither changes what the other lanes give).
      std::vector<float> cut, silence;
      std::size_t cut_start = 0;
      std::array<float*, kLanes> piece_frames{};
      std::array<const float*, kLanes> piece_warm{};
      for (std::size_t lane = 0; lane < kLanes; ++lane) {
        const std::size_t piece = group * kLanes + lane, start = piece * piece_length;
        piece_warm[lane] = before.data() + std::min(piece, pieces - 1) * warm_up * channels;
        if (piece >= pieces) {
          silence.resize(piece_length * channels);
          piece_frames[lane] = silence.data();
        } else if (start + piece_length > frames) {
          cut.assign(audio.samples.begin() + static_cast<std::ptrdiff_t>(start * channels),
                     audio.samples.end());
          cut.resize(piece_length * channels);
          cut_start = start;
          piece_frames[lane] = cut.data();
        } else {
          piece_frames[lane] = audio.samples.data() + start * channels;
        }
      }
      for (std::size_t channel = 0; channel < channels; ++channel) {
        std::array<const float*, kLanes> warm{};
        std::array<float*, kLanes> samples{};
        for (std::size_t lane = 0; lane < kLanes; ++lane) {
          warm[lane] = piece_warm[lane] + channel;
          samples[lane] = piece_frames[lane] + channel;
        }
        high_pass_lanes(warm, samples, channels, warm_up, piece_length, r, scale);
      }
      if (!cut.empty()) {
        std::copy(cut.begin(),
                  cut.begin() + static_cast<std::ptrdiff_t>((frames - cut_start) * channels),
                  audio.samples.begin() + static_cast<std::ptrdiff_t>(cut_start * channels));
      }
    }
  });
}

// Keeps `pad_ms` before the first and after the last frame above the silence level, taking
// more of the input or adding digital silence as needed; markers move with the audio.
void trim_silence(Audio& audio, int pad_ms) {
  const std::size_t channels = audio.channels, frames = audio.frames();
  const float peak = sample_peak(audio.samples.data(), audio.samples.size());
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
  for (Marker& marker : audio.markers) move_marker(marker, move);
}

// The loudness that gain `gain_db` and the limiter's `block_gains` give audio whose
// loudness blocks are `blocks`: each block's energy scaled by the gain and by the share of
// its energy the limiter leaves, then gated again. `channel_factor` accounts for channels
// added after limiting (2 for mono sent as stereo).
double predicted_loudness(const LoudnessBlocks& blocks, const BlockPeaks& peaks,
                          const std::vector<float>& block_gains, double gain_db,
                          double channel_factor) {
  const double scale = std::pow(10.0, gain_db / 10.0) * channel_factor;
  std::vector<double> energies = blocks.energies;
  for (double& energy : energies) energy *= scale;
  if (block_gains.empty()) return gated_loudness(energies);
  // Each loudness block's energy scaled by the share the limiter leaves of the limiter
  // blocks it spans; those shares come from sums over each hop's limiter blocks.
  const std::size_t count = peaks.blocks(), hops = energies.size() + 3;
  const double to_output = 1.0 / double(BlockPeaks::kBlock);
  std::vector<double> before(hops, 0.0), after(hops, 0.0);
  std::size_t b = 0;
  for (std::size_t hop = 0; hop < hops; ++hop) {
    const double end = double((hop + 1) * blocks.hop_frames) * to_output;
    const std::size_t last = std::min(count, static_cast<std::size_t>(std::ceil(end)));
    for (; b < last; ++b) {
      const double gain = block_gains[b];
      before[hop] += peaks.energy(b);
      after[hop] += peaks.energy(b) * gain * gain;
    }
  }
  for (std::size_t i = 0; i < energies.size(); ++i) {
    double total = 0, left = 0;
    for (std::size_t hop = i; hop < i + 4; ++hop) {
      total += before[hop];
      left += after[hop];
    }
    if (total > 0) energies[i] *= left / total;
  }
  return gated_loudness(energies);
}

// limited_true_peak over blocks [first, end).
float limited_true_peak(const Audio& audio, const BlockPeaks& peaks, double gain,
                        const std::vector<float>& block_gains, float ceiling, std::size_t first,
                        std::size_t end) {
  const std::size_t count = peaks.blocks();
  float result = 0.0f;
  for (std::size_t b = first; b < end; ++b) {
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
                                 (most - least) * double(peaks.filter_gain_bound()) *
                                     double(peaks.neighbourhood_peak(b)));
    const float peak =
        bound <= ceiling ? static_cast<float>(bound) : peaks.oversampled_peak(audio, b);
    result = std::max(result, peak);
  }
  return result;
}

// The true peak of `audio` after apply_gain(audio, gain, block_gains), or a value <= `ceiling`
// if it is below. `peaks` describe the audio before the gain. Interpolating the gained
// samples g[k] x[k] gives g x (the interpolated x) plus the taps over (g[k] - g) x[k], so a
// block whose gain varies by at most d over its neighbourhood peaks under
// max gain x its peak + d x the filters' gain x its neighbourhood's sample peak; only blocks
// where that bound passes the ceiling are oversampled again.
float limited_true_peak(const Audio& audio, const BlockPeaks& peaks, double gain,
                        const std::vector<float>& block_gains, float ceiling, int threads) {
  const std::size_t count = peaks.blocks();
  std::mutex mutex;
  float result = 0.0f;
  parallel_ranges(count, threads, kMinBlocks, [&](std::size_t first, std::size_t end) {
    const float peak = limited_true_peak(audio, peaks, gain, block_gains, ceiling, first, end);
    const std::lock_guard lock(mutex);
    result = std::max(result, peak);
  });
  return result;
}

// Gain to the target loudness, then the limiter. The limiter lowers the loudness a little;
// the gain is raised until the predicted loudness is within the tolerance. The loudness
// blocks are measured on a second thread while the block peaks are found; true peaks are
// looked for `oversampling` times finer than the samples.
void normalize_and_limit(Audio& audio, const MasteringSettings& settings, int oversampling,
                         double channel_factor) {
  std::future<LoudnessBlocks> measured;
  if (settings.normalize) {
    measured = std::async(std::launch::async, [&audio, &settings] {
      return measure_loudness_blocks(audio, settings.threads);
    });
  }
  BlockPeaks peaks(audio, oversampling, settings.threads);
  const LoudnessBlocks blocks = measured.valid() ? measured.get() : LoudnessBlocks{};
  const double ceiling = db_to_linear(settings.true_peak_ceiling_dbtp - kPeakMarginDb);
  const double loudness = settings.normalize
                              ? gated_loudness(blocks.energies) + 10.0 * std::log10(channel_factor)
                              : -std::numeric_limits<double>::infinity();
  const bool adjust = std::isfinite(loudness);
  double gain_db = adjust ? settings.target_lufs - loudness : 0.0;
  const double max_gain_db = gain_db + kMaxMakeUpDb;

  std::vector<float> block_gains;
  for (int pass = 0; pass < kMaxGainPasses; ++pass) {
    block_gains =
        limiter_gains(peaks, ceiling, db_to_linear(gain_db), audio.sample_rate, settings.threads);
    if (!adjust) break;
    const double missing = settings.target_lufs -
                           predicted_loudness(blocks, peaks, block_gains, gain_db, channel_factor);
    const double next_gain_db = std::min(gain_db + missing, max_gain_db);
    if (std::abs(missing) <= kLoudnessToleranceLu || next_gain_db == gain_db) break;
    gain_db = next_gain_db;
  }
  apply_gain(audio, db_to_linear(gain_db), block_gains, settings.threads);

  // The gain changes within a few milliseconds, which can lift a peak between samples a hair
  // above what the block peaks promised; a global trim of those hundredths of a dB settles it.
  const float peak = limited_true_peak(audio, peaks, db_to_linear(gain_db), block_gains,
                                       static_cast<float>(ceiling), settings.threads);
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

// normalize_and_limit for audio at its own rate that is delivered as `settings` say.
void level(Audio& audio, const MasteringSettings& settings) {
  const bool copied_mono = audio.channels == 1 && settings.channels > 1;
  // Resampling up keeps the waveform (speech has nothing above the source's Nyquist
  // frequency), so the true peaks of the delivered audio, oversampled 4x, are those of
  // this audio oversampled 4x the rate ratio.
  const int rate = settings.sample_rate != 0 ? settings.sample_rate : audio.sample_rate;
  const int oversampling =
      4 * std::max(1, static_cast<int>(std::ceil(double(rate) / audio.sample_rate - 1e-9)));
  normalize_and_limit(audio, settings, oversampling, copied_mono ? settings.channels : 1.0);
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
  remove_dc(audio, settings.threads);
  trim_silence(audio, settings.pad_ms);
  // Mono for N channels stays mono: the encoder copies it to each channel. Other
  // conversions happen here.
  if (audio.channels != 1 || settings.channels <= 1) convert_channels(audio, settings.channels);
  level(audio, settings);
  fade_ends(audio);
  return audio;
}

Audio relevel_audio(Audio audio, const MasteringSettings& settings) {
  validate(audio, settings);
  level(audio, settings);
  return audio;
}

}  // namespace nieuwslezer
