#pragma once
// Text normalization for speech: written Dutch news text -> what a newsreader says.
// Pure functions; all language data comes from TextData (the data/*.tsv files). Also brings
// split_sentences() and natural_place_name(), the other text functions the script needs.

#include <string>
#include <string_view>
#include <vector>

#include "text/place_name.h"         // natural_place_name()
#include "text/sentence_splitter.h"  // split_sentences()
#include "text/spoken_text.h"
#include "text/text_data.h"

namespace nieuwslezer {

/// Written news text -> the words a Dutch newsreader says, ready for eSpeak NG. Plain
/// integers stay digits (eSpeak reads them well); everything else becomes words:
///   "€ 90 mln" -> "90 miljoen euro", "2,1%" -> "twee komma één procent",
///   "14.30 uur" -> "veertien uur dertig", "3e" -> "derde", "2020-2024" -> "2020 tot 2024",
///   "35 à 40" -> "35 tot 40", "won met 2-1" -> "won met twee-één", "o.a." -> "onder andere",
///   "ANP" -> "A-N-P", "NAVO" -> "Navo", "28-11-2026" -> "28 november 2026",
///   "BRUSSEL (ANP) - De ..." -> "Brussel. De ...", "(ANP/AFP)" and emoji -> nothing,
///   "https://www.nos.nl/a/1" -> "nos punt nl", "redactie@anp.nl" -> "redactie apenstaartje
///   A-N-P punt nl", "#Brexit" -> "Brexit", quotes -> nothing, parentheses and dashes -> pauses.
/// Lexicon entries marked "en" come out as separate runs with language "en"
/// ("The Washington Post"). The result holds only words, digits and . , ; : ! ?
/// Never fails; text without anything to say gives an empty SpokenText.
SpokenText normalize_for_speech(std::string_view written, const TextData& data);

}  // namespace nieuwslezer
