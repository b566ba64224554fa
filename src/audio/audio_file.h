#pragma once
// The one module that talks to libsndfile: audio <-> file bytes.

#include <filesystem>
#include <string>
#include <string_view>

#include "audio/audio.h"

namespace nieuwslezer {

/// Encodes audio as a 16-bit PCM WAV file held in memory. Markers become cue points (their
/// positions; libsndfile does not store cue labels), at most 100.
/// Throws std::runtime_error with libsndfile's message on failure.
std::string encode_wav(const Audio& audio);

/// Decodes any format libsndfile reads from memory ("RIFF...." -> samples, rate, channels).
/// Throws std::runtime_error "not a sound file: ..." when it cannot.
Audio decode_audio(std::string_view bytes);

}  // namespace nieuwslezer
