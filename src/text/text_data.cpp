#include "text/text_data.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <functional>
#include <sstream>
#include <string_view>

#include "base/bounded_read.h"
#include "base/strings.h"
#include "base/table_file.h"
#include "base/utf8.h"
#include "errors.h"

namespace nieuwslezer {
namespace {

namespace fs = std::filesystem;

// Reads a data file, calling `handle` for every record (base/table_file.h's format).
// `handle` returns an error text for a malformed line, or "" when it is fine. Every fault is an
// InputError: the readers also read a user's --lexicon file.
void read_data_file(const fs::path& file,
                    const std::function<std::string(const TableLine&)>& handle) {
  const std::string text = read_data_bytes(file);  // InputError naming the file
  std::vector<TableLine> lines;
  try {
    lines = parse_table(text, file.string());
  } catch (const DataError& error) {
    throw InputError(error.what());  // a damaged line
  }
  for (const TableLine& line : lines) {
    const std::string error = handle(line);
    if (!error.empty()) {
      throw InputError(file.string() + ":" + std::to_string(line.number) + ": " + error);
    }
  }
}

std::string field_count_error(const TableLine& line, std::string_view expected) {
  return "expected " + std::string(expected) + " (tab-separated), got " +
         std::to_string(line.fields.size()) + " field(s)";
}

// The first word of a lexicon entry: the run of letters and digits it starts with.
std::string lexicon_key(std::string_view written) {
  std::size_t end = 0;
  while (end < written.size()) {
    const utf8::CodePoint cp = utf8::decode(written, end);
    const bool digit = cp.value >= '0' && cp.value <= '9';
    if (!digit && !utf8::is_letter(cp.value)) break;
    end += cp.length;
  }
  return std::string(written.substr(0, end == 0 ? utf8::decode(written, 0).length : end));
}

bool valid_language(std::string_view language) {
  if (language.size() < 2) return false;
  return std::all_of(language.begin(), language.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

std::string read_pronunciation_line(TextData& data, const TableLine& line) {
  if (line.fields.size() < 2 || line.fields.size() > 3) {
    return field_count_error(line, "'written<TAB>spoken[<TAB>language]'");
  }
  LexiconEntry entry;
  // Entries are matched word by word, so collapse runs of spaces in the written form.
  for (const char c : line.fields[0]) {
    if (c == ' ' && !entry.written.empty() && entry.written.back() == ' ') continue;
    entry.written += c;
  }
  entry.spoken = line.fields[1] == "=" ? entry.written : line.fields[1];
  if (entry.spoken.starts_with("[[")) {
    if (!entry.spoken.ends_with("]]") || entry.spoken.size() < 5) {
      return "phonemes must be written as [[...]]: '" + entry.spoken + "'";
    }
    entry.phonemes = entry.spoken.substr(2, entry.spoken.size() - 4);
    if (entry.phonemes.find_first_of("[]") != std::string::npos) {
      return "phonemes must be written as [[...]]: '" + entry.spoken + "'";
    }
  }
  if (line.fields.size() == 3) {
    entry.language = utf8::lower(line.fields[2]);
    if (entry.language == "nl") entry.language.clear();
    if (!entry.language.empty() && !valid_language(entry.language)) {
      return "language '" + line.fields[2] + "' is not a language code such as 'en'";
    }
  }
  const utf8::CodePoint first = utf8::decode(entry.written, 0);
  if (!utf8::is_letter(first.value) && !(first.value >= '0' && first.value <= '9')) {
    return "'" + entry.written + "' must start with a letter or a digit";
  }
  auto& entries = data.lexicon[lexicon_key(entry.written)];
  const auto same = std::find_if(entries.begin(), entries.end(),
                                 [&](const LexiconEntry& e) { return e.written == entry.written; });
  if (same != entries.end()) {
    *same = entry;  // a later line or a user file overrides
  } else {
    entries.push_back(entry);
  }
  // Longest first, so "Red Bull Racing" wins over "Red Bull".
  std::stable_sort(entries.begin(), entries.end(),
                   [](const LexiconEntry& a, const LexiconEntry& b) {
                     return a.written.size() > b.written.size();
                   });
  return "";
}

void read_abbreviations(TextData& data, const fs::path& file) {
  read_data_file(file, [&](const TableLine& line) -> std::string {
    if (line.fields.size() < 2 || line.fields.size() > 3) {
      return field_count_error(line, "'written<TAB>spoken[<TAB>end]'");
    }
    Abbreviation abbreviation{line.fields[1], false};
    if (line.fields.size() == 3) {
      if (line.fields[2] != "end") return "third field must be 'end', got '" + line.fields[2] + "'";
      abbreviation.can_end_sentence = true;
    }
    data.abbreviations[line.fields[0]] = abbreviation;
    return "";
  });
}

void read_acronyms(TextData& data, const fs::path& file) {
  read_data_file(file, [&](const TableLine& line) -> std::string {
    if (line.fields.size() != 2) return field_count_error(line, "'ACRONYM<TAB>spell|word|spoken'");
    for (std::size_t pos = 0; pos < line.fields[0].size();) {
      const utf8::CodePoint cp = utf8::decode(line.fields[0], pos);
      if (!utf8::is_letter(cp.value) && !(cp.value >= '0' && cp.value <= '9')) {
        return "'" + line.fields[0] + "' is not an acronym: letters and digits only";
      }
      pos += cp.length;
    }
    AcronymReading reading;
    if (line.fields[1] == "spell") {
      reading.style = AcronymReading::Style::kSpell;
    } else if (line.fields[1] == "word") {
      reading.style = AcronymReading::Style::kWord;
    } else {
      reading.style = AcronymReading::Style::kSpoken;
      reading.spoken = line.fields[1];
    }
    data.acronyms[line.fields[0]] = reading;
    return "";
  });
}

void read_letters(TextData& data, const fs::path& file) {
  read_data_file(file, [&](const TableLine& line) -> std::string {
    if (line.fields.size() != 2) return field_count_error(line, "'letter<TAB>phonemes'");
    const std::string& key = line.fields[0];
    const bool suffix = key.size() > 1 && key.front() == '\'';
    const utf8::CodePoint first = utf8::decode(key, 0);
    if (!suffix && (first.length != key.size() || !utf8::is_upper(first.value))) {
      return "'" + key + "' is not one capital letter or a 'suffix";
    }
    if (line.fields[1].find_first_of("[]'") != std::string::npos) {
      return "phonemes are written bare, without [[ ]] or stress marks: '" + line.fields[1] + "'";
    }
    data.letter_names[key] = line.fields[1];
    return "";
  });
}

void read_units(TextData& data, const fs::path& file) {
  read_data_file(file, [&](const TableLine& line) -> std::string {
    if (line.fields.size() < 3 || line.fields.size() > 4) {
      return field_count_error(line,
                               "'symbol<TAB>unit|currency|magnitude<TAB>spoken[<TAB>variant]'");
    }
    Unit unit;
    const std::string& kind = line.fields[1];
    if (kind == "unit") {
      unit.kind = Unit::Kind::kUnit;
    } else if (kind == "currency") {
      unit.kind = Unit::Kind::kCurrency;
    } else if (kind == "magnitude") {
      unit.kind = Unit::Kind::kMagnitude;
    } else {
      return "kind must be unit, currency or magnitude, got '" + kind + "'";
    }
    unit.spoken = line.fields[2];
    if (line.fields.size() == 4) unit.variant = line.fields[3];
    data.units[line.fields[0]] = unit;
    return "";
  });
}

void read_symbols(TextData& data, const fs::path& file) {
  read_data_file(file, [&](const TableLine& line) -> std::string {
    if (line.fields.size() > 2) return field_count_error(line, "'symbol[<TAB>spoken]'");
    data.symbols[line.fields[0]] = line.fields.size() == 2 ? line.fields[1] : "";
    return "";
  });
}

void read_calendar(TextData& data, const fs::path& file) {
  read_data_file(file, [&](const TableLine& line) -> std::string {
    if (line.fields.size() < 3 || line.fields.size() > 4) {
      return field_count_error(line, "'month|weekday<TAB>number<TAB>name[<TAB>short,forms]'");
    }
    const std::string& kind = line.fields[0];
    int number = 0;
    for (const char c : line.fields[1]) {
      if (c < '0' || c > '9' || number > 12)
        return "number must be 1-12, got '" + line.fields[1] + "'";
      number = number * 10 + (c - '0');
    }
    const std::string name = utf8::lower(line.fields[2]);
    std::vector<std::string> forms{name};
    if (line.fields.size() == 4) {
      std::string_view rest = line.fields[3];
      while (!rest.empty()) {
        const std::size_t comma = std::min(rest.find(','), rest.size());
        const std::string_view form = trim(rest.substr(0, comma));
        if (!form.empty()) forms.push_back(utf8::lower(form));
        rest = comma < rest.size() ? rest.substr(comma + 1) : std::string_view{};
      }
    }
    if (kind == "month") {
      if (number < 1 || number > 12) return "month number must be 1-12";
      data.month_names[static_cast<std::size_t>(number)] = name;
      for (const auto& form : forms) data.months[form] = number;
    } else if (kind == "weekday") {
      if (number < 1 || number > 7) return "weekday number must be 1-7";
      for (const auto& form : forms) data.weekdays[form] = name;
    } else {
      return "first field must be 'month' or 'weekday', got '" + kind + "'";
    }
    return "";
  });
}

void read_word_list(const fs::path& file, std::unordered_set<std::string>& words,
                    std::string (*fold_case)(std::string_view)) {
  read_data_file(file, [&](const TableLine& line) -> std::string {
    if (line.fields.size() != 1) return field_count_error(line, "one name per line");
    words.insert(fold_case(line.fields[0]));
    return "";
  });
}

// name_spellings.tsv: "how<TAB>letters<TAB>language", how = contains or ends.
void read_spelling_cues(TextData& data, const fs::path& file) {
  read_data_file(file, [&](const TableLine& line) -> std::string {
    if (line.fields.size() != 3) return field_count_error(line, "'how<TAB>letters<TAB>language'");
    if (line.fields[0] != "contains" && line.fields[0] != "ends") {
      return "'" + line.fields[0] + "' is not contains or ends";
    }
    data.spelling_cues.push_back(
        SpellingCue{line.fields[0] == "ends", line.fields[1], line.fields[2]});
    return "";
  });
}

}  // namespace

TextData load_text_data(const fs::path& data_dir) {
  TextData data;
  // The readers are shared with a user's --lexicon file, whose faults are bad input; here
  // the files are the program's own, so a fault is an installation problem.
  try {
    read_abbreviations(data, data_dir / "abbreviations.tsv");
    read_acronyms(data, data_dir / "acronyms.tsv");
    read_letters(data, data_dir / "letters.tsv");
    add_pronunciation_file(data, data_dir / "pronunciation.tsv");
    add_pronunciation_file(data, data_dir / "names.tsv");
    read_units(data, data_dir / "units.tsv");
    read_symbols(data, data_dir / "symbols.tsv");
    read_calendar(data, data_dir / "calendar.tsv");
    read_word_list(data_dir / "agencies.tsv", data.agencies, utf8::upper);
    read_word_list(data_dir / "score_words.tsv", data.score_words, utf8::lower);
    read_word_list(data_dir / "neuter_nouns.tsv", data.neuter_nouns, utf8::lower);
    read_word_list(data_dir / "numbered_nouns.tsv", data.numbered_nouns, utf8::lower);
    read_word_list(data_dir / "service_numbers.tsv", data.service_numbers, utf8::lower);
    read_data_file(data_dir / "residue.tsv", [&](const TableLine& line) -> std::string {
      if (line.fields.size() != 2) return field_count_error(line, "'kind<TAB>words'");
      static const std::pair<std::string_view, Residue::Kind> kKinds[] = {
          {"label", Residue::Kind::kLabel},   {"stamp", Residue::Kind::kStamp},
          {"byline", Residue::Kind::kByline}, {"credit", Residue::Kind::kCredit},
          {"link", Residue::Kind::kLink},     {"sentence", Residue::Kind::kSentence}};
      for (const auto& [name, kind] : kKinds) {
        if (line.fields[0] == name) {
          data.residue.push_back(Residue{kind, line.fields[1]});
          return "";
        }
      }
      return "'" + line.fields[0] + "' is not label, stamp, byline, credit, link or sentence";
    });
    read_data_file(data_dir / "respellings.tsv", [&](const TableLine& line) -> std::string {
      if (line.fields.size() != 2) return field_count_error(line, "'fragment<TAB>respelled'");
      data.respellings.emplace_back(line.fields[0], line.fields[1]);
      return "";
    });
    read_word_list(data_dir / "regnal_names.tsv", data.regnal_names,
                   [](std::string_view name) { return std::string(name); });
    read_spelling_cues(data, data_dir / "name_spellings.tsv");
  } catch (const InputError& error) {
    throw DataError(error.what());
  }
  for (int month = 1; month <= 12; ++month) {
    if (data.month_names[static_cast<std::size_t>(month)].empty()) {
      throw DataError((data_dir / "calendar.tsv").string() + ": month " + std::to_string(month) +
                      " is missing");
    }
  }
  return data;
}

void add_pronunciation_file(TextData& data, const fs::path& file) {
  read_data_file(file, [&](const TableLine& line) { return read_pronunciation_line(data, line); });
}

}  // namespace nieuwslezer
