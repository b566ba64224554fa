#pragma once
// The editor's pass over a paragraph before it is read: page residue out, brackets resolved
// and quotes attributed, so that what is left reads like radio, not like a page.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "script/brackets.h"
#include "script/quotes.h"
#include "text/text_data.h"

namespace nieuwslezer {

/// The script stage's own data: data/quotes.tsv and data/brackets.tsv (with
/// data/name_particles.tsv).
struct EditorialData {
  QuoteData quotes;
  BracketData brackets;
};

/// Reads the editorial data from `data_dir`; throws DataError as load_quote_data and
/// load_bracket_data do.
EditorialData load_editorial_data(const std::filesystem::path& data_dir);

/// One paragraph as the newsreader will read it, still written text: page residue left out
/// (strip_page_residue), brackets resolved (resolve_brackets), then quotes attributed
/// (attribute_story_quotes, with the speaker the story's previous paragraph named last in
/// `speaker`, which is updated). "Kamerlid Jan Paternotte (D66): 'We gaan door.'" ->
/// "Kamerlid Jan Paternotte van D66 zegt: We gaan door." Never fails; linear in its length.
std::string edited_paragraph(std::string_view paragraph, const EditorialData& editorial,
                             const TextData& text_data, std::optional<Speaker>& speaker);

/// Long written sentences cut where the writer put a semicolon or a colon, so a listener can
/// follow them: a sentence of more than `max_words` words at each ";" and at each ":" that
/// has four words or more after it ("De ploeg won: dat is ..."), not after a speech verb
/// ("Hij zei: ..." stays). The next part starts with a capital. Shorter sentences stay whole.
std::vector<std::string> cut_at_semicolons(const std::string& sentence, std::size_t max_words,
                                           const QuoteData& quotes);

}  // namespace nieuwslezer
