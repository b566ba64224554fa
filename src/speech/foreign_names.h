#pragma once
// Foreign names said by the Dutch voice: their phonemes come from eSpeak NG's voice for
// their language, mapped to the nearest Dutch phonemes, so the newsreader keeps one timbre.

#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "script/script.h"
#include "speech/phoneme_map.h"
#include "speech/synthesizer.h"
#include "speech/voice.h"

namespace nieuwslezer {

/// Maps one language's eSpeak phonemes to Dutch ones: ("fr", "lj'O~") -> "li'jOn".
using PhonemeMapper =
    std::function<std::string(std::string_view language, std::string_view phonemes)>;

/// The mapper of data/phoneme_maps (`maps`, by language). A language without a map, or a
/// phoneme its map lacks, gives "" (the Dutch voice then reads the written name) and says
/// why through `warn`: "no phoneme map for 'xx' (data/phoneme_maps/xx.tsv): 'Name' is read
/// as written".
PhonemeMapper dutch_mapper(const std::map<std::string, PhonemeMap>& maps,
                           std::function<void(const std::string&)> warn);

/// Fills in the phonemes of every foreign run of `script` (SpokenRun::foreign): the voice
/// for the run's language reads its source ("Путин" in Russian -> "p'ut;in"), and
/// `to_dutch` maps that to Dutch ("p'utin"). Each language's voice is set once, each name
/// looked up once, and `voice` is set again at the end. Throws InputError naming the
/// language when eSpeak NG has no voice for it, and whatever `to_dutch` throws.
void look_up_foreign_names(Script& script, Synthesizer& synthesizer, const Voice& voice,
                           const PhonemeMapper& to_dutch);

}  // namespace nieuwslezer
