#pragma once
// Foreign names in the Dutch voice: eSpeak NG's phonemes for a name in its own language
// ("Charleroi" by the French voice: "Sarl@rw'a") mapped to the nearest Dutch phonemes
// ("S|a|r|l|@|r|w'a"), which the Dutch voice then reads as phoneme input ("[[...]]"), so the
// bulletin keeps one timbre. Pure code: the caller asks eSpeak for the foreign phonemes.

#include <cstddef>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace nieuwslezer {

/// What one foreign phoneme becomes in Dutch. A vowel may have two forms, as Dutch spelling
/// has: Italian "o" is "o:" in an open syllable ("Meloni") and "O" in a closed one ("Conte").
struct DutchPhonemes {
  std::vector<std::string> open;    // Dutch mnemonics, one each: {"A", "j"}; {} = dropped
  std::vector<std::string> closed;  // in a closed syllable, when it differs; else empty
  bool vowel = false;               // holds a Dutch vowel: it makes a syllable
};

/// One language's table from data/phoneme_maps/<language>.tsv: eSpeak NG mnemonics of that
/// language's voice -> Dutch voice mnemonics.
struct PhonemeMap {
  std::string language;  // the file's stem, an eSpeak language code: "fr", "en", "nb"
  std::filesystem::path file;
  std::unordered_map<std::string, DutchPhonemes> phonemes;  // "O~" -> {"O", "N"}
  std::size_t longest = 0;  // the longest foreign mnemonic, in bytes (for longest match)
};

/// A foreign phoneme that the language's map does not know; the message names it, the
/// phoneme string and the map file: "data/phoneme_maps/fr.tsv: has no Dutch phoneme for
/// 'E~2' (in 'bE~2')". The caller should fall back to the Dutch voice reading the written
/// form, and warn, rather than drop the name or guess.
struct UnknownPhonemeError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// Reads a phoneme map: lines "foreign<TAB>dutch[<TAB># comment]", where `dutch` is one or more
/// Dutch mnemonics separated by spaces ("aI" -> "A j"), "-" for nothing (a glottal stop), or
/// for a vowel "open / closed" ("o" -> "o: / O"); lines starting with "# " (or only "#") are
/// comments. The language is the file's stem. A target holds a vowel when one of its Dutch
/// mnemonics starts with a vowel letter of eSpeak's Dutch table (a e i o u y A E I O Y V W @ 8).
/// Throws DataError "file: cannot open phoneme map: ..." and "file:line: problem" for a
/// malformed line: a missing column, a duplicate foreign mnemonic, a mnemonic that is not
/// printable ASCII or longer than eSpeak's 4 characters, a foreign mnemonic that is a stress
/// or pause mark, "[", "]" or "|" in a Dutch mnemonic; "file: has no phonemes" when empty.
PhonemeMap load_phoneme_map(const std::filesystem::path& file);

/// Every map in `dir` (each "<language>.tsv"), by language. Throws like load_phoneme_map, and
/// DataError "dir: is not a directory of phoneme maps" when it cannot be listed.
std::map<std::string, PhonemeMap> load_phoneme_maps(const std::filesystem::path& dir);

/// Maps eSpeak NG phoneme output for one language (from espeak_TextToPhonemes, "-x" style) to
/// Dutch voice phoneme input, without the "[[ ]]": "Sarl@rw'a" with the French map ->
/// "S|a|r|l|@|r|w'a". Mnemonics are matched longest first on those the map knows. A vowel
/// takes its closed form before two consonants ("Salvini": "sAlvini"), unless they are a
/// stop or f/v then r/l ("Pedro": "pe:dro:"), and before one consonant at the end of a word
/// ("Tusk", "Meloni": "me:lo:ni", "Conte": "kOnte:"); a consonant here is any mapped phoneme
/// that is not a vowel and not dropped (Italian ":" after a consonant counts as one). Dutch
/// has no long consonants: a consonant written twice in a row (or after its voiced or
/// voiceless twin, "dt"), or followed by ":", is said once, after it closed the syllable
/// before it ("m'essi": "m'E|s|i", "Ot:i": "O|t|i"); a Dutch vowel twice in a row is said
/// once too. Stress
/// marks "'" and "," stay before the phoneme they preceded (dropped when nothing follows in
/// the word); pauses ("_", "_:", "_!", "_|", "||") and language switches ("(en)") are removed;
/// words stay separated by one space. Dutch mnemonics are separated by "|" so that eSpeak
/// cannot read two of them as one ("E" then "I" is not "EI"). Throws UnknownPhonemeError for
/// a phoneme the map lacks. A language switch names the map for the phonemes after it when
/// `others` has it ("(en)w'Embli(fr)" in French uses others["en"] for "w'Embli").
std::string to_dutch_phonemes(std::string_view foreign, const PhonemeMap& map,
                              const std::map<std::string, PhonemeMap>& others = {});

}  // namespace nieuwslezer
