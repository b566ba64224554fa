#include "speech/script_speech.h"

#include <algorithm>

#include "text/ssml.h"

namespace nieuwslezer {

Audio speak_script(const Script& script, Synthesizer& synthesizer, const std::string& language,
                   const Pauses& pauses) {
  std::vector<Speech> speech;
  speech.reserve(script.segments.size());
  for (const Segment& segment : script.segments) {
    const auto& runs = segment.spoken.runs;
    const bool switches_language = std::any_of(
        runs.begin(), runs.end(), [](const SpokenRun& run) { return !run.language.empty(); });
    if (switches_language) {
      speech.push_back(synthesizer.speak(to_ssml(segment.spoken, language), true));
    } else {
      speech.push_back(synthesizer.speak(segment.spoken.plain()));
    }
  }
  return assemble(script, speech, pauses);
}

std::string script_ssml(const Script& script, const std::string& language, const Pauses& pauses) {
  std::vector<SsmlSegment> segments;
  for (const Segment& segment : script.segments) {
    segments.push_back(SsmlSegment{segment.spoken, pause_ms(segment.pause_after, pauses)});
  }
  return to_ssml(segments, language);
}

}  // namespace nieuwslezer
