#pragma once
// Mastering stage: assembled speech -> broadcast-ready audio at a standard loudness.
//
// The steps, in order: DC removal (1st-order 20 Hz high-pass), leading and trailing silence
// trimmed to a pad, loudness measured (on a second thread), gain to the target loudness, a
// true-peak look-ahead limiter (limiter.h), 5 ms fades at the two ends of the file. The
// audio is measured once: what the limiter takes off is predicted from its block gains,
// and true peaks are oversampled only in blocks whose sample peaks come near the ceiling
// (true_peak.h). All of it happens at the speech's own rate, on half the samples a 44.1 kHz
// file has: the encoder resamples and copies mono to each channel as it writes
// (EncodeOptions::sample_rate and channels), so no second copy of the audio is held.

#include <string_view>

#include "audio/audio.h"

namespace nieuwslezer {

struct MasteringSettings {
  // The delivered file's rate (Hz, 0 = the input's) and channels (0 = the input's); the
  // encoder converts to them, mastering makes the loudness and true peaks hold there.
  int sample_rate = 44100;
  int channels = 1;
  double target_lufs = -19.0;            // integrated loudness, LUFS (see loudness.h for mono)
  double true_peak_ceiling_dbtp = -1.0;  // dBTP; the limiter holds the true peak below it
  int pad_ms = 300;                      // silence kept before the first and after the last sound
  bool normalize = true;                 // false: no gain; the limiter still holds the ceiling
  int threads = 1;  // for the per-sample steps; the result is the same for any number
};

/// The settings of a delivery standard, for audio with `channels` output channels:
/// "podcast" = 44.1 kHz, -16 LUFS for stereo or -19 LUFS for mono, -1 dBTP (Apple Podcasts,
/// AES TD1004); "radio" = 48 kHz, -23 LUFS, -1 dBTP (EBU R 128); "raw" = eSpeak's own rate
/// and level (no resampling, no gain) with only the peaks above 0 dBTP limited, so the
/// 16-bit file does not clip. Example: preset("podcast", 2).target_lufs == -16.
/// Throws std::invalid_argument for another name or fewer than one channel.
MasteringSettings preset(std::string_view name, int channels);

/// Masters `audio` (any rate, mono or the output's channel count) as `settings` say, and
/// returns it at its own rate: mono when mono is to be copied to each channel, otherwise
/// with settings.channels.
/// Silence is what stays 50 dB or more under the loudest sample; at each end exactly pad_ms
/// of it is kept (cut, or made up with digital silence), and the outer 5 ms are faded.
/// Markers move with their segments (shifted by the trim).
/// Delivered at settings.sample_rate and channels (encode_audio with those), the result
/// measures within 0.1 LU of target_lufs and its true peak (4x oversampled) stays 0.1 dB
/// under the ceiling, unless the target is too loud for the ceiling (it would take more
/// than 6 dB of gain on top of what the limiter removes, e.g. -2 LUFS under -1 dBTP): then the
/// ceiling wins and the result is quieter than asked. Silence gets no gain; all-silent audio
/// becomes 2 x pad_ms of silence.
/// Example: eSpeak's 22 050 Hz mono at -20.9 LUFS, 0.0 dBTP -> 22 050 Hz mono at -19.0 LUFS,
/// which as 44 100 Hz stereo measures -16.0 LUFS, -1.1 dBTP (settings preset("podcast", 2)).
/// Throws std::invalid_argument for audio without channels or rate, a negative pad or rate,
/// or a channel conversion other than mono -> N, N -> mono, N -> N; std::runtime_error when
/// metering fails.
Audio master_audio(Audio audio, const MasteringSettings& settings);

/// The gain and limiter of master_audio again, on audio master_audio returned: to move it to
/// another target or ceiling (a lossy encoder changed its loudness or peaks) without
/// filtering, trimming or fading it a second time. Throws as master_audio does.
/// Example: relevel_audio(master_audio(a, s), s with target_lufs - 0.4) is 0.4 LU quieter.
Audio relevel_audio(Audio audio, const MasteringSettings& settings);

}  // namespace nieuwslezer
