#pragma once
// Page residue: labels, time stamps, bylines, photo credits and links a scraped or fed text
// carries ("LIVE |", "Bijgewerkt 14.05 uur", "Lees ook: ...", "Bekijk de video") and a
// newsreader never says. The phrases are data (data/residue.tsv).

#include <string>
#include <string_view>
#include <vector>

namespace nieuwslezer {

/// One phrase of data/residue.tsv and what kind of residue it opens.
struct Residue {
  enum class Kind { kLabel, kStamp, kByline, kCredit, kLink, kSentence };
  Kind kind = Kind::kLabel;
  std::string words;  // as written; a capitalized one also matches in capitals
};

/// The paragraph without its residue: the labels, stamps, bylines and credits that open it
/// ("LIVE | Zware storm trekt over het land" -> "Zware storm trekt over het land",
/// "Bijgewerkt 14.05 uur De brandweer ..." -> "De brandweer ...") and, from a link phrase
/// that starts a sentence on, the rest ("... getuigen. Lees ook: Man opgepakt" -> "...
/// getuigen."). What is left starts with a capital. A label is residue only when a mark
/// (":", "|", "-") or a capital follows it: "Kijk op nos.nl" and "Analyse van de cijfers"
/// are kept. Linear in the paragraph's length.
std::string strip_page_residue(std::string_view paragraph, const std::vector<Residue>& residue);

/// Whether a whole sentence is residue of kind kSentence ("Bekijk de video.", "Deel dit
/// artikel"), whatever its final mark.
bool is_residue_sentence(std::string_view sentence, const std::vector<Residue>& residue);

}  // namespace nieuwslezer
