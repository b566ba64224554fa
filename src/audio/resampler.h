#pragma once
// Sample-rate conversion: the one module that talks to libsoxr.

#include "audio/audio.h"

namespace nieuwslezer {

/// Converts `audio` to `target_rate` Hz with libsoxr's high-quality (HQ) filter, every
/// channel alike; markers' start and end frames are scaled to the new rate (rounded), so
/// they stay on their segments. The same rate returns an unchanged copy. Example: 22 050 Hz
/// mono, 22 050 frames, a marker at 11 025 -> 48 000 Hz, 48 000 frames, marker at 24 000.
/// Throws std::invalid_argument for audio without channels and std::runtime_error with
/// soxr's message when soxr fails ("resample: 22050 Hz -> 0 Hz: I/O ratio out-of-range").
Audio resample(const Audio& audio, int target_rate);

}  // namespace nieuwslezer
