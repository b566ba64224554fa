#pragma once
// The loudness of an encoded file as a listener's player hears it: decoded, then measured.

#include <string_view>

#include "audio/loudness.h"

namespace nieuwslezer {

/// The integrated loudness, true peak and sample peak of the file `bytes` (any format
/// decode_audio reads), measured on its decoded samples a block at a time, so the decoded
/// audio is never held whole. For a lossy file that is what the encoder made of the audio,
/// which can be some tenths of a dB louder in its peaks than what went in.
/// Throws std::runtime_error "not a sound file: ..." as decode_audio does, or as
/// LoudnessMeter does.
LoudnessMeasurement measure_encoded_loudness(std::string_view bytes);

}  // namespace nieuwslezer
