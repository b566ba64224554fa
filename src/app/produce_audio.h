#pragma once
// The one way from a script to finished audio: speak every sentence once, choose what fits
// the slot (if there is one), join, finish.

#include <functional>
#include <optional>
#include <string>

#include "audio/assembly.h"
#include "audio/audio.h"
#include "script/pauses.h"
#include "script/script.h"
#include "speech/speech.h"

namespace nieuwslezer {

/// Speaks the script, handing the speech of every sentence to the sink (speak_script).
using SpeechSource = std::function<void(const SpeechSink&)>;

/// The length a bulletin must fit: --max-duration.
struct Slot {
  std::string text;            // as the user wrote it ("3m"), for messages
  double seconds = 0.0;        // the most the finished audio may last
  double extra_seconds = 0.0;  // what finishing adds to the joined speech (pads, jingles)
};

/// What is read, and its finished audio.
struct ProducedAudio {
  Script script;  // the script, without the ticker stories that did not fit the slot
  Audio audio;
};

/// The assembler's layout of `script`: a segment per segment, its label, its sentences and
/// the pause after it.
Layout layout_of(const Script& script, const Pauses& pauses);

/// Speaks `script` once (`speak`, at `sample_rate`) and joins its sentences with `pauses`,
/// then `finish`es the audio (jingles, mastering). Without a slot every sentence is joined
/// as its run comes in, while later runs are still being spoken. With a slot the speech is
/// kept until all is in: measured once, the lead and the newest ticker stories that fit
/// are chosen (stories_that_fit), only those are joined and finished; if the finished audio
/// is still longer than the slot, fewer are chosen. Throws UsageError when even the frame
/// and the lead do not fit, and what `speak` and `finish` throw.
ProducedAudio produce_audio(const Script& script, int sample_rate, const SpeechSource& speak,
                            const Pauses& pauses, const std::optional<Slot>& slot,
                            const std::function<Audio(Audio)>& finish);

}  // namespace nieuwslezer
