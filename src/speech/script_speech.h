#pragma once
// Speech stage: script -> speech, one eSpeak NG utterance per sentence.

#include <optional>
#include <string>
#include <vector>

#include "script/pauses.h"
#include "script/script.h"
#include "speech/speech.h"
#include "speech/synthesizer.h"

namespace nieuwslezer {

/// Speaks every sentence of every segment and hands their speech to `sink`, in script
/// order, one run of segments at a time (speech_runs), each as soon as it and the runs
/// before it are in, while the later runs are still being spoken. With `ticker_voice`, the
/// ticker items (stories 1..) are read by that voice and the rest by `voice` (two switches
/// per bulletin). Each run is spoken in its own process forked from this one
/// (system/worker_processes.h), `jobs` of them at once, each from the engine's state as it
/// is now: the speech is the same, sample for sample, for any number of jobs, and for the
/// same script every time in this process. Throws std::runtime_error when eSpeak NG or a
/// speech process fails; what `sink` throws is rethrown.
void speak_script(const Script& script, Synthesizer& synthesizer, const Voice& voice,
                  const std::optional<Voice>& ticker_voice, int jobs, const SpeechSink& sink);

/// Where each run of segments that one speech process speaks starts, then the number of
/// segments: runs of about 100 words (about 40 s of speech), so a short bulletin still makes
/// a few to share out and a long one is not a process per story; an even number of them
/// (two CPUs are common), as even in length as whole segments allow, so the processes end
/// at about the same time. A fixed rule: the runs, and so the audio, never depend on the
/// number of processes.
std::vector<std::size_t> speech_runs(const Script& script);

/// The whole script as the SSML document --ssml writes: what eSpeak NG is given, one <p>
/// per segment with the pause after it as a <break>.
std::string script_ssml(const Script& script, const std::string& language, const Pauses& pauses);

}  // namespace nieuwslezer
