#pragma once
// Channel conversion for interleaved audio.

#include "audio/audio.h"

namespace nieuwslezer {

/// Converts `audio` in place to `channels` (0 = keep): mono -> N copies the channel, N -> mono
/// averages the channels; markers stay. Stereo {0.2, 0.4} -> mono {0.3}.
/// Throws std::invalid_argument for any other conversion (e.g. 2 -> 3).
void convert_channels(Audio& audio, int channels);

}  // namespace nieuwslezer
