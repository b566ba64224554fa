#pragma once
// Speech stage: script -> audio, one eSpeak utterance per segment.

#include "audio/assembly.h"
#include "audio/audio.h"
#include <string>
#include "script/script.h"
#include "speech/synthesizer.h"

namespace nieuwslezer {

/// Speaks every segment (English runs through SSML language switches) and joins the
/// utterances with `pauses`. Throws std::runtime_error when eSpeak NG fails.
Audio speak_script(const Script& script, Synthesizer& synthesizer, const std::string& language,
                   const Pauses& pauses);

/// The whole script as the SSML document --ssml writes: what eSpeak NG is given, one <p>
/// per segment with the pause after it as a <break>.
std::string script_ssml(const Script& script, const std::string& language, const Pauses& pauses);

}  // namespace nieuwslezer
