#pragma once
// Text in brackets made fit to be heard: no bracket is left, and nothing is said as an aside.
// What a bracket holds is dropped, worked into its sentence or said as a sentence of its own.

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "text/text_data.h"

namespace nieuwslezer {

/// The phrasings and word lists of data/brackets.tsv (format and rules in its header).
struct BracketData {
  std::unordered_set<std::string> residue;               // lower case: "video", "+"
  std::vector<std::string> residue_prefixes;             // "zie " from "zie *"
  std::unordered_set<std::string> credit_words;          // lower case: "foto", "beeld"
  std::unordered_map<std::string, std::string> parties;  // "CDA" -> "het CDA"
  std::unordered_map<std::string, std::string> places;   // "VS" -> "de VS"
  std::unordered_map<std::string, bool> determiners;     // "een" -> true (indefinite)
  std::unordered_set<std::string> titles;                // lower case: "premier", "dr."
  std::unordered_set<std::string> neuter_nouns;          // lower case: "kind", "kamerlid"
  std::unordered_set<std::string> minor_words;           // "voor": "Bureau voor de Statistiek"
  std::unordered_set<std::string> clause_words;          // "die", "omdat"
  std::unordered_set<std::string> function_words;        // never a name: "volgens", "ook"
  std::unordered_set<std::string> particles;             // name_particles.tsv: "van", "de"
  std::string age_form;                                  // "{age}-jarige"
  std::string age_after_form;      // "van {age}": said where the bracket stood; wins over the rest
  std::string age_neuter_form;     // "{age}-jarig"
  std::string person_form;         // "de {age}-jarige"
  std::string person_neuter_form;  // "het {age}-jarige"
  std::string ages_form;           // "van {ages} jaar"
  std::string party_form;          // "van {party}"
  std::string place_form;          // "in {place}"
  std::size_t short_words = 6;     // longer content is a sentence of its own
};

/// Reads data_dir/brackets.tsv and data_dir/name_particles.tsv, the program's own data. Throws
/// DataError naming the file when one is missing or unreadable, and "file:line: problem" for a
/// malformed line ("brackets.tsv:40: unknown form 'leeftijd'"), or when a form is missing.
BracketData load_bracket_data(const std::filesystem::path& data_dir);

/// One paragraph of written Dutch news with no ( ) [ ] left and nothing read as an aside.
/// Call it before split_sentences (and before attribute_quotes).
///  - residue and credits go: "(video)", "(+)", "[advertentie]", "(zie kader)", "(ANP/AFP)",
///    "(Foto: ANP)", "(Beeld: Reuters)";
///  - an age goes before the person: "een man (45) uit Utrecht" -> "een 45-jarige man uit
///    Utrecht", "een meisje (3)" -> "een 3-jarig meisje", "Jan de Vries (45) werd" -> "De
///    45-jarige Jan de Vries werd" at the start of a sentence;
///  - "Kamerlid Jan Paternotte (D66)" -> "Kamerlid Jan Paternotte van D66", "Hasselt
///    (België)" -> "Hasselt in België";
///  - "de Europese Centrale Bank (ECB)" and "de ECB (Europese Centrale Bank)" -> "de Europese
///    Centrale Bank";
///  - a sentence or a long text in brackets is said after the sentence it stood in: "Het
///    kabinet wil de belasting verhogen (de Tweede Kamer stemt daar volgende week over)." ->
///    "Het kabinet wil de belasting verhogen. De Tweede Kamer stemt daar volgende week over.";
///    a clause in place between commas, short content in place ("(nog) niet" -> "nog niet").
///  - nested brackets are read as one; unbalanced brackets are dropped.
/// Never fails; linear in the length of the paragraph.
std::string resolve_brackets(std::string_view paragraph, const BracketData& brackets,
                             const TextData& text_data);

}  // namespace nieuwslezer
