#include "speech/foreign_names.h"

#include <map>
#include <utility>

#include "errors.h"

namespace nieuwslezer {

PhonemeMapper dutch_mapper(const std::map<std::string, PhonemeMap>& maps,
                           std::function<void(const std::string&)> warn) {
  return [&maps, warn = std::move(warn)](std::string_view language,
                                         std::string_view phonemes) -> std::string {
    const auto map = maps.find(std::string(language));
    if (map == maps.end()) {
      warn("no phoneme map for '" + std::string(language) + "' (data/phoneme_maps/" +
           std::string(language) + ".tsv): a name in it is read as written");
      return "";
    }
    try {
      return to_dutch_phonemes(phonemes, map->second, maps);
    } catch (const UnknownPhonemeError& error) {
      warn(std::string(error.what()) + ": the name is read as written");
      return "";
    }
  };
}

void look_up_foreign_names(Script& script, Synthesizer& synthesizer, const Voice& voice,
                           const PhonemeMapper& to_dutch) {
  // (language, source) -> phonemes, in language order so that each voice is set once.
  std::map<std::pair<std::string, std::string>, std::string> names;
  for (const Segment& segment : script.segments) {
    for (const SpokenText& sentence : segment.sentences) {
      for (const SpokenRun& run : sentence.runs) {
        if (run.foreign()) names.emplace(std::pair(run.language, run.source), "");
      }
    }
  }
  if (names.empty()) return;
  std::string language;
  for (auto& [name, phonemes] : names) {
    if (name.first != language) {
      language = name.first;
      Voice foreign;
      foreign.name = language;
      foreign.language = language;
      try {
        synthesizer.set_voice(foreign);
      } catch (const UsageError&) {
        synthesizer.set_voice(voice);
        throw InputError("pronunciation of '" + name.second + "': eSpeak NG has no voice for '" +
                         language + "'");
      }
    }
    phonemes = to_dutch(language, synthesizer.phonemes(name.second));
  }
  synthesizer.set_voice(voice);
  for (Segment& segment : script.segments) {
    for (SpokenText& sentence : segment.sentences) {
      for (SpokenRun& run : sentence.runs) {
        if (!run.foreign()) continue;
        run.phonemes = names.at(std::pair(run.language, run.source));
        if (run.phonemes.empty()) run.language.clear();  // nothing to say by phonemes: read it
      }
    }
  }
}

}  // namespace nieuwslezer
