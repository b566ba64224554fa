#include "output/caption_rules.h"

#include "base/strings.h"
#include "base/table_file.h"
#include "base/utf8.h"
#include "text/normalizer.h"

namespace nieuwslezer {

CaptionRules load_caption_rules(const std::filesystem::path& file, const TextData& text) {
  CaptionRules rules;
  const std::string name = file.filename().string();
  for (const TableLine& line : read_table_file(file)) {
    if (line.fields.size() != 2) throw table_error(name, line, "expected word<TAB>kind");
    const std::string word = utf8::lower(line.fields[0]);
    const std::string& kind = line.fields[1];
    if (kind == "clause") {
      rules.clause_words.insert(word);
    } else if (kind == "phrase") {
      rules.phrase_words.insert(word);
    } else if (kind == "bound") {
      rules.bound_words.insert(word);
    } else {
      throw table_error(name, line, "unknown kind '" + kind + "' (clause, phrase or bound)");
    }
  }
  for (const auto& [symbol, unit] : text.units) {
    rules.units.insert(utf8::lower(symbol));
    if (unit.kind == Unit::Kind::kCurrency) rules.before_number.insert(utf8::lower(symbol));
  }
  for (const auto& [month, number] : text.months) {
    rules.units.insert(month);          // "28 november"
    rules.before_number.insert(month);  // "november 2026"
  }
  rules.spoken_words = [&text](std::string_view piece) {
    return word_count(normalize_for_speech(piece, text).plain());
  };
  return rules;
}

}  // namespace nieuwslezer
