#include "speech/script_speech.h"

#include <algorithm>

#include "text/ssml.h"

namespace nieuwslezer {

std::vector<std::vector<Speech>> synthesize_script(const Script& script, Synthesizer& synthesizer,
                                                   const Voice& voice,
                                                   const std::optional<Voice>& ticker_voice) {
  std::vector<std::vector<Speech>> speech(script.segments.size());
  bool reading_ticker = false;
  for (std::size_t i = 0; i < script.segments.size(); ++i) {
    const bool ticker = ticker_voice && script.segments[i].story >= 1;
    if (ticker != reading_ticker) {
      synthesizer.set_voice(ticker ? *ticker_voice : voice);
      reading_ticker = ticker;
    }
    const std::string& language = ticker ? ticker_voice->language : voice.language;
    for (const SpokenText& sentence : script.segments[i].sentences) {
      const bool switches_language =
          std::any_of(sentence.runs.begin(), sentence.runs.end(),
                      [](const SpokenRun& run) { return !run.language.empty(); });
      speech[i].push_back(switches_language ? synthesizer.speak(to_ssml(sentence, language), true)
                                            : synthesizer.speak(sentence.plain()));
    }
  }
  if (reading_ticker) synthesizer.set_voice(voice);
  return speech;
}

Audio speak_script(const Script& script, Synthesizer& synthesizer, const Voice& voice,
                   const Pauses& pauses, const std::optional<Voice>& ticker_voice) {
  return assemble(script, synthesize_script(script, synthesizer, voice, ticker_voice), pauses);
}

std::string script_ssml(const Script& script, const std::string& language, const Pauses& pauses) {
  std::vector<SsmlSegment> segments;
  for (const Segment& segment : script.segments) {
    segments.push_back(SsmlSegment{segment.spoken(), pause_ms(segment.pause_after, pauses)});
  }
  return to_ssml(segments, language);
}

}  // namespace nieuwslezer
