#pragma once
// What a playout system needs to know of the finished bulletin: the cart chunk's timers and
// out cue.

#include <string>
#include <vector>

#include "audio/audio.h"
#include "audio/audio_file.h"
#include "script/script.h"

namespace nieuwslezer {

/// The AES46 post timers of `audio`, in its frames, from its markers: "AUDs" where the first
/// segment starts, "INTe" where the voice starts when an intro jingle comes first, "SEGs"
/// where the last spoken sentence ends (the next item may start over an outro's ring-out)
/// and "AUDe" where the last segment ends. Example: an intro 0..4 s, speech 4..60 s, an
/// outro 58..63 s -> AUDs 0, INTe 4 s, SEGs 60 s, AUDe 63 s. No markers -> AUDs 0 and AUDe at
/// the end.
std::vector<CartInfo::Timer> cart_timers(const Audio& audio);

/// The last words heard, as written: the last sentence of the last segment that has one
/// ("Dat was het nieuws."); empty for a script without sentences.
std::string out_cue(const Script& script);

}  // namespace nieuwslezer
