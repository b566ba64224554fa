#pragma once
// Speech stage: script -> audio, one eSpeak utterance per segment.

#include <optional>
#include <string>
#include <vector>

#include "audio/assembly.h"
#include "audio/audio.h"
#include "script/script.h"
#include "speech/synthesizer.h"

namespace nieuwslezer {

/// Speaks every segment (English runs through SSML language switches) and joins the
/// utterances with `pauses` (Assembler), as synthesize_script speaks them: each run of
/// segments is joined into the audio as soon as it and the runs before it are in, while
/// the later runs are still being spoken. With `ticker_voice`, the ticker items (stories
/// 1..) are read by that voice and the rest by `voice` (two switches per bulletin). The
/// audio is that of assemble(script, synthesize_script(...), pauses). Throws
/// std::runtime_error when eSpeak NG or a speech process fails.
Audio speak_script(const Script& script, Synthesizer& synthesizer, const Voice& voice,
                   const Pauses& pauses, const std::optional<Voice>& ticker_voice, int jobs);

/// The utterances of every sentence of every segment (speech[i][j] for sentence j of
/// segment i), with the voices as speak_script uses them. The script is cut into runs of
/// whole segments of about 100 words (a fixed rule); each run is spoken in its own process
/// forked from this one (worker_processes.h), `jobs` of them at once, each from the
/// engine's state as it is now: the result is the same, sample for sample, for any number
/// of jobs, and for the same script every time in this process.
/// Throws like speak_script, or std::runtime_error when a speech process fails.
std::vector<std::vector<Speech>> synthesize_script(const Script& script, Synthesizer& synthesizer,
                                                   const Voice& voice,
                                                   const std::optional<Voice>& ticker_voice,
                                                   int jobs = 1);

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
