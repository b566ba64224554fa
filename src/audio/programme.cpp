#include "audio/programme.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <functional>
#include <numbers>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "audio/channels.h"
#include "audio/loudness.h"
#include "audio/resampler.h"

namespace nieuwslezer {
namespace {

// BS.1770 measures in 400 ms blocks: a shorter jingle has no integrated loudness of its own.
constexpr double kShortestMeasurableSeconds = 0.4;
constexpr double kLoopedMeasureSeconds = 1.0;
// A bed file rarely loops without a click; overlapping its repeats this long hides the seam.
constexpr double kLoopCrossfadeMs = 50.0;
// The bed starts and stops at least this softly, even with no lead-in fade or fade-out.
constexpr double kDeclickMs = 10.0;
// Without sentence markers, 10 ms blocks within this many dB of the speech's loudness are
// speech; a pause between words is bridged like a pause between sentences.
constexpr double kActivityBlockMs = 10.0;
constexpr double kActivityBelowLoudnessDb = 30.0;

struct Interval {
  std::size_t start = 0;
  std::size_t end = 0;  // exclusive
};

std::size_t ms_to_frames(double ms, int sample_rate) {
  return static_cast<std::size_t>(std::llround(ms * sample_rate / 1000.0));
}

double db_to_linear(double db) { return std::pow(10.0, db / 20.0); }

// 0 -> 0, 1 -> 1 along half a cosine: a ramp with no corners at its ends.
double smooth_step(double x) {
  return 0.5 - 0.5 * std::cos(std::numbers::pi * std::clamp(x, 0.0, 1.0));
}

void validate_audio(const Audio& audio, const std::string& name) {
  if (audio.channels < 1 || audio.sample_rate < 1 || audio.frames() == 0) {
    throw std::invalid_argument("programme: the " + name +
                                " is empty (it needs frames, a channel and a sample rate)");
  }
}

void validate_channels(int from, int to, const std::string& name) {
  if (from != to && from != 1 && to != 1) {
    throw std::invalid_argument("programme: cannot convert the " + name + " from " +
                                std::to_string(from) + " to " + std::to_string(to) + " channels");
  }
}

void validate_element(const std::optional<ProgrammeElement>& element, int channels,
                      const std::string& name) {
  if (!element) return;
  validate_audio(element->audio, name);
  validate_channels(element->audio.channels, channels, name);
  if (!std::isfinite(element->gain_db)) {
    throw std::invalid_argument("programme: the " + name + "'s gain is not a number");
  }
}

void validate(const Audio& speech, const ProgrammeSettings& settings) {
  validate_audio(speech, "speech");
  if (settings.sample_rate < 0 || settings.channels < 0) {
    throw std::invalid_argument("programme: sample rate and channels must not be negative");
  }
  const int channels = settings.channels > 0 ? settings.channels : speech.channels;
  validate_channels(speech.channels, channels, "speech");
  validate_element(settings.intro, channels, "intro");
  validate_element(settings.outro, channels, "outro");
  validate_element(settings.bed, channels, "bed");
  const BedSettings& bed = settings.bed_settings;
  if (settings.gap_ms < 0 || bed.attack_ms < 0 || bed.release_ms < 0 || bed.bridge_ms < 0 ||
      bed.lead_in_ms < 0 || bed.fade_out_ms < 0) {
    throw std::invalid_argument(
        "programme: gap, attack, release, bridge, lead-in and fade-out must not be negative");
  }
  if (!(bed.duck_db <= 0.0) || !std::isfinite(bed.duck_db)) {
    throw std::invalid_argument("programme: the bed's ducking must be 0 dB or less, not " +
                                std::to_string(bed.duck_db));
  }
}

// `audio` at another rate and channel count, markers scaled with it. Fewer channels are
// mixed down before resampling and more are made after it, so soxr converts the fewest.
Audio convert_format(Audio audio, int sample_rate, int channels) {
  if (channels < audio.channels) convert_channels(audio, channels);
  if (audio.sample_rate != sample_rate) audio = resample(audio, sample_rate);
  if (channels > audio.channels) convert_channels(audio, channels);
  return audio;
}

// Integrated loudness; a jingle too short for BS.1770's blocks is measured repeated.
double element_lufs(const Audio& audio) {
  if (audio.seconds() >= kShortestMeasurableSeconds) return measure_integrated_lufs(audio);
  Audio looped = audio;
  while (looped.seconds() < kLoopedMeasureSeconds) {
    looped.samples.insert(looped.samples.end(), audio.samples.begin(), audio.samples.end());
  }
  return measure_integrated_lufs(looped);
}

// The gain (dB) that brings `element` to the speech's loudness plus gain_db. Silence on
// either side has no loudness to match: then only gain_db applies.
double matching_gain_db(const Audio& element, double speech_lufs, double gain_db) {
  const double element_loudness = element_lufs(element);
  if (!std::isfinite(speech_lufs) || !std::isfinite(element_loudness)) return gain_db;
  return speech_lufs + gain_db - element_loudness;
}

void apply_gain(Audio& audio, double gain_db) {
  const double gain = db_to_linear(gain_db);
  for (float& sample : audio.samples) sample = static_cast<float>(sample * gain);
}

// The element converted and level-matched, ready to mix.
Audio prepare_element(const ProgrammeElement& element, const Audio& speech, double speech_lufs) {
  Audio prepared = convert_format(element.audio, speech.sample_rate, speech.channels);
  prepared.markers.clear();
  apply_gain(prepared, matching_gain_db(prepared, speech_lufs, element.gain_db));
  return prepared;
}

// Sorted intervals, those closer than `bridge` frames joined into one.
std::vector<Interval> merge_intervals(std::vector<Interval> intervals, std::size_t bridge) {
  std::sort(intervals.begin(), intervals.end(),
            [](const Interval& a, const Interval& b) { return a.start < b.start; });
  std::vector<Interval> merged;
  for (const Interval& interval : intervals) {
    if (!merged.empty() && interval.start <= merged.back().end + bridge) {
      merged.back().end = std::max(merged.back().end, interval.end);
    } else {
      merged.push_back(interval);
    }
  }
  return merged;
}

// Where the speech sounds, in its own frames: its sentence markers, or else its loud blocks.
std::vector<Interval> speech_intervals(const Audio& speech, double speech_lufs,
                                       std::size_t bridge) {
  const std::size_t frames = speech.frames();
  std::vector<Interval> intervals;
  for (const Marker& marker : speech.markers) {
    const std::size_t end = std::min(marker.end_frame, frames);
    if (marker.sentence >= 0 && marker.frame < end) intervals.push_back({marker.frame, end});
  }
  if (intervals.empty() && std::isfinite(speech_lufs)) {
    const std::size_t block =
        std::max<std::size_t>(1, ms_to_frames(kActivityBlockMs, speech.sample_rate));
    const auto channels = static_cast<std::size_t>(speech.channels);
    // LUFS = -0.691 + 10 log10(mean square); close enough to find speech without K-weighting.
    const double threshold =
        std::pow(10.0, (speech_lufs + 0.691 - kActivityBelowLoudnessDb) / 10.0);
    for (std::size_t start = 0; start < frames; start += block) {
      const std::size_t end = std::min(start + block, frames);
      double sum = 0.0;
      for (std::size_t i = start * channels; i < end * channels; ++i) {
        sum += double(speech.samples[i]) * speech.samples[i];
      }
      if (sum / static_cast<double>((end - start) * channels) > threshold) {
        intervals.push_back({start, end});
      }
    }
  }
  return merge_intervals(std::move(intervals), bridge);
}

// Per frame of a track `frames` long, how far ducked (0 = not, 1 = fully): 1 inside each
// interval, ramping down over `attack` frames before it and up over `release` after it.
std::vector<float> duck_amounts(const std::vector<Interval>& intervals, std::size_t frames,
                                std::size_t attack, std::size_t release) {
  std::vector<float> amounts(frames, 0.0f);
  auto raise = [&](std::size_t frame, double amount) {
    if (frame < frames) amounts[frame] = std::max(amounts[frame], static_cast<float>(amount));
  };
  for (const Interval& interval : intervals) {
    for (std::size_t i = 0; i < attack && i < interval.start; ++i) {
      raise(interval.start - 1 - i, smooth_step(1.0 - (double(i) + 0.5) / double(attack)));
    }
    for (std::size_t frame = interval.start; frame < interval.end && frame < frames; ++frame) {
      amounts[frame] = 1.0f;
    }
    for (std::size_t i = 0; i < release; ++i) {
      raise(interval.end + i, smooth_step(1.0 - (double(i) + 0.5) / double(release)));
    }
  }
  return amounts;
}

// `bed` repeated to exactly `frames` frames, each repeat crossfaded into the next
// (equal power: sine in, cosine out).
std::vector<float> loop_bed(const Audio& bed, std::size_t frames) {
  const auto channels = static_cast<std::size_t>(bed.channels);
  const std::size_t length = bed.frames();
  std::vector<float> track(frames * channels, 0.0f);
  const std::size_t crossfade =
      length >= frames ? 0 : std::min(ms_to_frames(kLoopCrossfadeMs, bed.sample_rate), length / 4);
  const std::size_t step = length - crossfade;
  for (std::size_t start = 0; start < frames; start += step) {
    const bool first = start == 0;
    const bool last = start + step >= frames;
    for (std::size_t i = 0; i < length && start + i < frames; ++i) {
      double gain = 1.0;
      if (!first && i < crossfade) {
        gain *= std::sin(std::numbers::pi / 2 * (double(i) + 0.5) / double(crossfade));
      }
      if (!last && i >= step) {
        gain *= std::cos(std::numbers::pi / 2 * (double(i - step) + 0.5) / double(crossfade));
      }
      for (std::size_t c = 0; c < channels; ++c) {
        track[(start + i) * channels + c] +=
            static_cast<float>(bed.samples[i * channels + c] * gain);
      }
    }
  }
  return track;
}

// The bed for a section of `frames` frames whose speech starts at `speech_start`: looped,
// ducked under the speech, faded in and out.
std::vector<float> bed_track(const Audio& bed, const Audio& speech, double speech_lufs,
                             const BedSettings& settings, std::size_t frames,
                             std::size_t speech_start) {
  const int rate = speech.sample_rate;
  std::vector<Interval> intervals =
      speech_intervals(speech, speech_lufs, ms_to_frames(settings.bridge_ms, rate));
  for (Interval& interval : intervals) {
    interval.start += speech_start;
    interval.end += speech_start;
  }
  const std::vector<float> ducking =
      duck_amounts(intervals, frames, ms_to_frames(settings.attack_ms, rate),
                   ms_to_frames(settings.release_ms, rate));
  const std::size_t fade_in = std::min(frames, ms_to_frames(kDeclickMs, rate));
  const std::size_t fade_out =
      std::min(frames, ms_to_frames(std::max<double>(settings.fade_out_ms, kDeclickMs), rate));

  std::vector<float> track = loop_bed(bed, frames);
  const auto channels = static_cast<std::size_t>(bed.channels);
  const double ducked = db_to_linear(settings.duck_db);
  for (std::size_t frame = 0; frame < frames; ++frame) {
    const float amount = ducking[frame];
    double gain = amount == 1.0f  ? ducked
                  : amount > 0.0f ? db_to_linear(settings.duck_db * amount)
                                  : 1.0;
    if (frame < fade_in) gain *= smooth_step((double(frame) + 0.5) / double(fade_in));
    if (frame + fade_out >= frames) {
      gain *= smooth_step(double(frames - 1 - frame) / double(fade_out));
    }
    for (std::size_t c = 0; c < channels; ++c) {
      float& sample = track[frame * channels + c];
      sample = static_cast<float>(sample * gain);
    }
  }
  return track;
}

void add_at(std::vector<float>& samples, std::size_t offset, const std::vector<float>& added) {
  std::transform(added.begin(), added.end(), samples.begin() + static_cast<std::ptrdiff_t>(offset),
                 samples.begin() + static_cast<std::ptrdiff_t>(offset), std::plus<float>());
}

}  // namespace

Audio build_programme(Audio speech, const ProgrammeSettings& settings) {
  validate(speech, settings);
  const int rate = settings.sample_rate > 0 ? settings.sample_rate : speech.sample_rate;
  const int channel_count = settings.channels > 0 ? settings.channels : speech.channels;
  speech = convert_format(std::move(speech), rate, channel_count);
  if (!settings.intro && !settings.outro && !settings.bed) return speech;

  const double speech_lufs = measure_integrated_lufs(speech);
  const auto channels = static_cast<std::size_t>(speech.channels);
  std::optional<Audio> intro, outro, bed;
  if (settings.intro) intro = prepare_element(*settings.intro, speech, speech_lufs);
  if (settings.outro) outro = prepare_element(*settings.outro, speech, speech_lufs);
  if (settings.bed) bed = prepare_element(*settings.bed, speech, speech_lufs);

  const std::size_t gap = ms_to_frames(settings.gap_ms, rate);
  const std::size_t lead_in = bed ? ms_to_frames(settings.bed_settings.lead_in_ms, rate) : 0;
  const std::size_t fade_out = bed ? ms_to_frames(settings.bed_settings.fade_out_ms, rate) : 0;
  const std::size_t section_start = intro ? intro->frames() + gap : 0;
  const std::size_t speech_start = section_start + lead_in;
  const std::size_t section_end = speech_start + speech.frames() + fade_out;
  const std::size_t outro_start = outro ? section_end + gap : section_end;
  const std::size_t total = outro_start + (outro ? outro->frames() : 0);

  Audio programme;
  programme.sample_rate = rate;
  programme.channels = speech.channels;
  programme.samples.assign(total * channels, 0.0f);
  if (intro) {
    add_at(programme.samples, 0, intro->samples);
    programme.markers.push_back(Marker{0, intro->frames(), "intro", -1, -1});
  }
  if (bed) {
    add_at(programme.samples, section_start * channels,
           bed_track(*bed, speech, speech_lufs, settings.bed_settings, section_end - section_start,
                     lead_in));
  }
  add_at(programme.samples, speech_start * channels, speech.samples);
  for (Marker& marker : speech.markers) {
    move_marker(marker, [&](std::size_t frame) { return frame + speech_start; });
    programme.markers.push_back(std::move(marker));
  }
  if (outro) {
    add_at(programme.samples, outro_start * channels, outro->samples);
    programme.markers.push_back(Marker{outro_start, total, "outro", -1, -1});
  }
  return programme;
}

}  // namespace nieuwslezer
