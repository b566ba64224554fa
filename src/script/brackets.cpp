#include "script/brackets.h"

#include <algorithm>
#include <array>
#include <utility>

#include "base/strings.h"
#include "base/table_file.h"
#include "base/utf8.h"
#include "errors.h"
#include "script/phrases.h"
#include "text/sentence_splitter.h"

namespace nieuwslezer {
namespace {

namespace fs = std::filesystem;

// --- reading the data ----------------------------------------------------------------------

void expect_fields(const std::string& source, const TableLine& line, std::size_t min,
                   std::size_t max, std::string_view form) {
  if (line.fields.size() < min || line.fields.size() > max) {
    throw table_error(source, line,
                      "expected '" + std::string(form) + "' (tab-separated), got " +
                          std::to_string(line.fields.size()) + " field(s)");
  }
}

struct Form {
  std::string_view name;
  std::string BracketData::*text;
  std::string_view variable;
};

constexpr std::array<Form, 8> kForms = {{
    {"age", &BracketData::age_form, "{age}"},
    {"age_after", &BracketData::age_after_form, "{age}"},
    {"age_neuter", &BracketData::age_neuter_form, "{age}"},
    {"person", &BracketData::person_form, "{age}"},
    {"person_neuter", &BracketData::person_neuter_form, "{age}"},
    {"ages", &BracketData::ages_form, "{ages}"},
    {"party", &BracketData::party_form, "{party}"},
    {"place", &BracketData::place_form, "{place}"},
}};

std::size_t read_count(const std::string& source, const TableLine& line, const std::string& text) {
  std::size_t value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9' || value > 100) break;
    value = value * 10 + static_cast<std::size_t>(c - '0');
  }
  if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos || value < 1 ||
      value > 100) {
    throw table_error(source, line, "'" + text + "' is not a number of words (1-100)");
  }
  return value;
}

void read_bracket_line(BracketData& data, const std::string& source, const TableLine& line) {
  const std::vector<std::string>& f = line.fields;
  const std::string& kind = f[0];
  if (kind == "residue") {
    expect_fields(source, line, 2, 2, "residue<TAB>text");
    const std::string text = utf8::lower(f[1]);
    if (text.ends_with(" *")) {
      data.residue_prefixes.push_back(text.substr(0, text.size() - 1));
    } else {
      data.residue.insert(text);
    }
  } else if (kind == "party" || kind == "place") {
    expect_fields(source, line, 3, 3, kind + "<TAB>written<TAB>spoken");
    (kind == "party" ? data.parties : data.places)[f[1]] = f[2];
  } else if (kind == "determiner") {
    expect_fields(source, line, 2, 3, "determiner<TAB>word[<TAB>indefinite]");
    if (f.size() == 3 && f[2] != "indefinite") {
      throw table_error(source, line, "third field must be 'indefinite', got '" + f[2] + "'");
    }
    data.determiners[utf8::lower(f[1])] = f.size() == 3;
  } else if (kind == "credit" || kind == "title" || kind == "neuter" || kind == "minor" ||
             kind == "clause" || kind == "function") {
    expect_fields(source, line, 2, 2, kind + "<TAB>word");
    auto& words = kind == "credit"   ? data.credit_words
                  : kind == "title"  ? data.titles
                  : kind == "neuter" ? data.neuter_nouns
                  : kind == "minor"  ? data.minor_words
                  : kind == "clause" ? data.clause_words
                                     : data.function_words;
    words.insert(utf8::lower(f[1]));
  } else if (kind == "form") {
    expect_fields(source, line, 3, 3, "form<TAB>name<TAB>text");
    const auto form = std::find_if(kForms.begin(), kForms.end(),
                                   [&](const Form& known) { return known.name == f[1]; });
    if (form == kForms.end()) {
      throw table_error(source, line,
                        "unknown form '" + f[1] +
                            "' (age, age_after, age_neuter, person, person_neuter, ages, "
                            "party, place)");
    }
    if (f[2].find(form->variable) == std::string::npos) {
      throw table_error(source, line,
                        "form '" + f[1] + "' must hold " + std::string(form->variable));
    }
    data.*(form->text) = f[2];
  } else if (kind == "setting") {
    expect_fields(source, line, 3, 3, "setting<TAB>name<TAB>value");
    if (f[1] != "short_words") {
      throw table_error(source, line, "unknown setting '" + f[1] + "' (short_words)");
    }
    data.short_words = read_count(source, line, f[2]);
  } else {
    throw table_error(source, line,
                      "unknown kind '" + kind +
                          "' (residue, credit, party, place, determiner, title, neuter, minor, "
                          "clause, function, form or setting)");
  }
}

// --- words ---------------------------------------------------------------------------------

char32_t first_cp(std::string_view word) { return word.empty() ? 0 : utf8::decode(word, 0).value; }

bool is_capitalized(std::string_view word) { return utf8::is_upper(first_cp(word)); }

std::string_view bare(std::string_view word) {
  while (!word.empty() && std::string_view(",.;:!?").find(word.back()) != std::string_view::npos) {
    word.remove_suffix(1);
  }
  return word;
}

std::string with_first_letter(std::string_view text, bool upper) {
  if (text.empty()) return {};
  const utf8::CodePoint cp = utf8::decode(text, 0);
  std::string out;
  utf8::append(out, upper ? utf8::to_upper(cp.value) : utf8::to_lower(cp.value));
  out += text.substr(cp.length);
  return out;
}

// "V.", "J.P.": initials stand for a name.
bool is_initial(std::string_view word) {
  return word.size() >= 2 && word.size() <= 6 && word.back() == '.' && is_capitalized(word) &&
         word.find_first_of(" ,") == std::string_view::npos;
}

// "ECB", "PvdA", "D66", "N-VA": two capitals or digits at least, starting with a capital.
bool is_acronym(std::string_view word) {
  if (word.size() < 2 || word.size() > 12 || !is_capitalized(word)) return false;
  std::size_t capitals = 0;
  for (std::size_t pos = 0; pos < word.size();) {
    const utf8::CodePoint cp = utf8::decode(word, pos);
    pos += cp.length;
    if (utf8::is_upper(cp.value) || is_ascii_digit(cp.value)) {
      ++capitals;
    } else if (!utf8::is_lower(cp.value) && cp.value != '-' && cp.value != '&') {
      return false;
    }
  }
  return capitals >= 2;
}

// The letters an acronym spells, lower case: "PvdA" -> "pvda", "N-VA" -> "nva".
std::u32string acronym_letters(std::string_view acronym) {
  std::u32string letters;
  for (std::size_t pos = 0; pos < acronym.size();) {
    const utf8::CodePoint cp = utf8::decode(acronym, pos);
    pos += cp.length;
    if (utf8::is_letter(cp.value) || is_ascii_digit(cp.value)) letters += utf8::to_lower(cp.value);
  }
  return letters;
}

// The initials of a word and its hyphenated parts: "Noord-Atlantische" -> "na".
std::u32string initials(std::string_view word) {
  std::u32string letters;
  bool at_start = true;
  for (std::size_t pos = 0; pos < word.size();) {
    const utf8::CodePoint cp = utf8::decode(word, pos);
    pos += cp.length;
    if (cp.value == '-') {
      at_start = true;
    } else if (at_start && (utf8::is_letter(cp.value) || is_ascii_digit(cp.value))) {
      letters += utf8::to_lower(cp.value);
      at_start = false;
    }
  }
  return letters;
}

// Parses "45" or "45 jaar" as an age; 0 when it is none.
int age_in(std::string_view text) {
  if (text.ends_with(" jaar")) text.remove_suffix(5);
  if (text.empty() || text.size() > 3) return 0;
  int value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return 0;
    value = value * 10 + (c - '0');
  }
  return value >= 1 && value <= 125 ? value : 0;
}

// "19 en 21", "19, 21 en 23 jaar": several ages.
bool several_ages(std::string_view text, std::string& ages) {
  if (text.ends_with(" jaar")) text.remove_suffix(5);
  const std::size_t last = text.rfind(" en ");
  if (last == std::string_view::npos) return false;
  std::string_view rest = text.substr(0, last);
  if (age_in(text.substr(last + 4)) == 0) return false;
  while (!rest.empty()) {
    const std::size_t comma = std::min(rest.find(", "), rest.size());
    if (age_in(rest.substr(0, comma)) == 0) return false;
    rest.remove_prefix(std::min(comma + 2, rest.size()));
  }
  ages = std::string(text);
  return true;
}

// "2-1", "10-9": a score.
bool is_score(std::string_view text) {
  const std::size_t dash = text.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash > 2 || text.size() - dash - 1 == 0 ||
      text.size() - dash - 1 > 2) {
    return false;
  }
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
}

// A figure or amount: "930 miljoen euro", "+3,2 procent", "€ 5", "2019".
bool is_figure(std::string_view text) {
  const char32_t cp = first_cp(text);
  return is_ascii_digit(cp) || cp == '+' || cp == '-' || cp == 0xB1 || cp == 0x2212 ||
         cp == 0x20AC || cp == '$' || cp == 0xA3 || cp == '~';
}

bool ends_sentence(std::string_view text) {
  while (!text.empty() && (text.back() == '\'' || text.back() == '"')) text.remove_suffix(1);
  return text.ends_with('.') || text.ends_with('!') || text.ends_with('?') ||
         text.ends_with("\xE2\x80\xA6");
}

// --- the paragraph -------------------------------------------------------------------------

struct Pair {
  std::size_t open = 0;   // position of ( or [
  std::size_t close = 0;  // position of ) or ]
};

class BracketWriter {
 public:
  BracketWriter(std::string_view text, const BracketData& data, const TextData& text_data)
      : text_(text), data_(data), text_data_(text_data) {}

  std::string write() {
    pair_brackets();
    find_sentence_ends();
    std::size_t pair = 0;
    std::size_t boundary = 0;
    std::size_t pos = 0;
    while (pos < text_.size()) {
      if (pair < pairs_.size() && pos == pairs_[pair].open) {
        resolve(pairs_[pair]);
        pos = pairs_[pair++].close + 1;
      } else {
        if (!dropped_[pos]) emit(text_[pos]);
        ++pos;
      }
      while (boundary < sentence_ends_.size() && sentence_ends_[boundary] <= pos) {
        end_sentence();
        ++boundary;
      }
    }
    end_sentence();
    return collapse_spaces(out_);
  }

 private:
  // Deep nesting is a damaged text; a bounded stack keeps each bracket O(1).
  static constexpr std::size_t kMaxDepth = 8;
  // How far back into the sentence said so far a bracket may change it, in bytes: ages and
  // acronyms concern the few words before them, and the bound keeps the work linear.
  static constexpr std::size_t kMaxLookBack = 256;

  struct Word {
    std::size_t offset = 0;
    std::size_t length = 0;
  };

  void pair_brackets() {
    dropped_.assign(text_.size(), false);
    std::vector<std::pair<std::size_t, char>> stack;
    std::vector<Pair> pairs;
    for (std::size_t pos = 0; pos < text_.size(); ++pos) {
      const char c = text_[pos];
      if (c == '(' || c == '[') {
        dropped_[pos] = true;
        if (stack.size() == kMaxDepth) stack.erase(stack.begin());
        stack.emplace_back(pos, c);
      } else if (c == ')' || c == ']') {
        dropped_[pos] = true;
        const char opener = c == ')' ? '(' : '[';
        for (std::size_t i = stack.size(); i > 0; --i) {
          if (stack[i - 1].second != opener) continue;
          pairs.push_back({stack[i - 1].first, pos});
          stack.resize(i - 1);
          break;
        }
      }
    }
    // Pairs come in the order they close; those opened after an enclosing one are inside it.
    for (const Pair& pair : pairs) {
      while (!pairs_.empty() && pairs_.back().open > pair.open) pairs_.pop_back();
      pairs_.push_back(pair);
    }
  }

  // The splitter's sentence ends, outside brackets.
  void find_sentence_ends() {
    std::size_t pos = 0;
    std::size_t pair = 0;
    for (const std::string& piece : split_sentences(text_, text_data_)) {
      while (pos < text_.size() && (text_[pos] == ' ' || text_[pos] == '\t' || text_[pos] == '\n' ||
                                    text_[pos] == '\r')) {
        ++pos;
      }
      if (text_.compare(pos, piece.size(), piece) != 0) return;  // never expected
      pos += piece.size();
      while (pair < pairs_.size() && pairs_[pair].close < pos) ++pair;
      const bool inside = pair < pairs_.size() && pairs_[pair].open < pos;
      std::string_view end = piece;
      while (!end.empty() && (end.back() == ')' || end.back() == ']')) end.remove_suffix(1);
      if (!inside && (ends_sentence(end) || pos == text_.size() || before_line_break(pos))) {
        sentence_ends_.push_back(pos);
      }
    }
  }

  bool before_line_break(std::size_t pos) const {
    while (pos < text_.size() && (text_[pos] == ' ' || text_[pos] == '\t')) ++pos;
    return pos < text_.size() && (text_[pos] == '\n' || text_[pos] == '\r');
  }

  // --- output ---

  void emit(char c) {
    if (pending_comma_) {
      pending_comma_ = false;
      if (std::string_view(".,;:!?").find(c) == std::string_view::npos) {
        out_ += ',';
        if (c != ' ' && c != '\n') out_ += ' ';
      }
    }
    if (sentence_pending_ && c != ' ' && c != '\n' && c != '\t') {
      sentence_begin_ = out_.size();
      sentence_pending_ = false;
    }
    out_ += c;
  }

  void emit(std::string_view text) {
    for (const char c : text) emit(c);
  }

  // Drops the spaces said last, unless they separate the current sentence from the one before.
  void trim_end() {
    if (sentence_empty()) return;
    while (out_.size() > sentence_begin_ && out_.back() == ' ') out_.pop_back();
  }

  bool sentence_empty() const { return sentence_pending_ || out_.size() <= sentence_begin_; }

  // Says the sentences taken out of brackets after the sentence they stood in.
  void end_sentence() {
    pending_comma_ = false;
    if (!deferred_.empty()) {
      trim_end();
      const std::size_t said = out_.find_last_not_of(' ');
      if (said != std::string::npos && !ends_sentence(std::string_view(out_).substr(0, said + 1))) {
        out_.insert(said + 1, ".");
      }
      for (const std::string& sentence : deferred_) {
        if (!out_.empty()) out_ += ' ';
        out_ += sentence;
      }
      deferred_.clear();
    }
    sentence_pending_ = true;
  }

  static std::string collapse_spaces(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
      if (c == ' ' && (out.empty() || out.back() == ' ' || out.back() == '\n')) continue;
      if (c == '\n' && !out.empty() && out.back() == ' ') out.pop_back();
      out += c;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
  }

  // The last words of the sentence said so far, oldest first, within kMaxLookBack bytes.
  std::vector<Word> last_words(std::size_t count) const {
    std::vector<Word> words;
    if (sentence_empty()) return words;
    const std::size_t limit =
        std::max(sentence_begin_, out_.size() - std::min(out_.size(), kMaxLookBack));
    std::size_t end = out_.size();
    while (words.size() < count) {
      while (end > limit && out_[end - 1] == ' ') --end;
      if (end <= limit) break;
      std::size_t begin = end;
      while (begin > limit && out_[begin - 1] != ' ') --begin;
      if (begin == limit && limit != sentence_begin_) break;  // a word cut by the limit
      words.push_back({begin, end - begin});
      end = begin;
    }
    std::reverse(words.begin(), words.end());
    return words;
  }

  std::string_view word(const Word& w) const {
    return std::string_view(out_).substr(w.offset, w.length);
  }

  // --- word classes ---

  bool is_determiner(std::string_view w) const {
    return data_.determiners.contains(utf8::lower(w));
  }

  bool is_indefinite(std::string_view w) const {
    const auto found = data_.determiners.find(utf8::lower(w));
    return found != data_.determiners.end() && found->second;
  }

  bool is_title(std::string_view w) const {
    std::string lower = utf8::lower(w);
    for (const std::string_view prefix : {"oud-", "ex-"}) {
      if (lower.starts_with(prefix)) lower.erase(0, prefix.size());
    }
    return data_.titles.contains(lower);
  }

  bool is_neuter(std::string_view w) const {
    std::string lower = utf8::lower(w);
    for (const std::string_view prefix : {"oud-", "ex-"}) {
      if (lower.starts_with(prefix)) lower.erase(0, prefix.size());
    }
    return lower.ends_with("je") || data_.neuter_nouns.contains(lower);
  }

  bool is_name_word(std::string_view w) const { return is_capitalized(w) || is_initial(w); }

  // Whether a capitalized word at the start of a sentence may be a name: "Jan de Vries (45)",
  // not "Volgens Koeman (62)" or "De Amsterdammer (31)".
  bool may_start_name(std::string_view w) const {
    const std::string lower = utf8::lower(w);
    return !data_.function_words.contains(lower) && !data_.minor_words.contains(lower) &&
           !data_.clause_words.contains(lower) && !is_determiner(w);
  }

  // "jonge", "Amsterdamse": an inflected adjective before a noun.
  bool is_adjective(std::string_view w) const {
    return w.ends_with('e') && !is_determiner(w) && !is_title(w) && w == bare(w);
  }

  // Whether `words` spell `letters` from the end: each word gives its initials, a minor word
  // may give none. "Centraal Bureau voor de Statistiek" spells "cbs". With `whole`, every
  // word must take part; else the last words that spell it will do.
  bool spell(const std::vector<std::string_view>& words, const std::u32string& letters,
             bool whole) const {
    std::size_t left = letters.size();
    for (std::size_t i = words.size(); i > 0; --i) {
      const std::string_view w = bare(words[i - 1]);
      if (left == 0) {
        if (!whole) return true;
        if (!data_.minor_words.contains(utf8::lower(w))) return false;
        continue;
      }
      const std::u32string start = initials(w);
      if (!start.empty() && start.size() <= left &&
          letters.compare(left - start.size(), start.size(), start) == 0) {
        left -= start.size();
      } else if (!data_.minor_words.contains(utf8::lower(w))) {
        return false;
      }
    }
    return left == 0;
  }

  // --- what a bracket holds ---

  std::string content_of(const Pair& pair) const {
    std::string content;
    for (std::size_t pos = pair.open + 1; pos < pair.close; ++pos) {
      if (dropped_[pos]) continue;
      char c = text_[pos];
      if (c == '\n' || c == '\t' || c == '\r') c = ' ';
      if (c == ' ' && (content.empty() || content.back() == ' ')) continue;
      content += c;
    }
    while (!content.empty() && content.back() == ' ') content.pop_back();
    return content;
  }

  bool is_residue(const std::string& content) const {
    const std::string lower = utf8::lower(content);
    if (data_.residue.contains(lower)) return true;
    return std::any_of(data_.residue_prefixes.begin(), data_.residue_prefixes.end(),
                       [&](const std::string& prefix) { return lower.starts_with(prefix); });
  }

  // "(ANP)", "(ANP/AFP)", "(Foto: ANP)", "(Beeld: Reuters)", "(foto Jan Jansen)".
  bool is_credit(const std::string& content) const {
    std::vector<std::string_view> tokens;
    std::size_t begin = 0;
    for (std::size_t pos = 0; pos <= content.size(); ++pos) {
      if (pos == content.size() || content[pos] == ' ' || content[pos] == '/' ||
          content[pos] == ',') {
        if (pos > begin) tokens.emplace_back(std::string_view(content).substr(begin, pos - begin));
        begin = pos + 1;
      }
    }
    if (tokens.empty()) return false;
    if (data_.credit_words.contains(utf8::lower(bare(tokens[0])))) return true;
    // Agencies and other capital codes, one of them an agency: "ANP/AFP", "ANP/RTR/DPA".
    bool agency = false;
    for (const std::string_view token : tokens) {
      if (text_data_.agencies.contains(utf8::upper(token))) {
        agency = true;
      } else if (!utf8::is_all_upper(token)) {
        return false;
      }
    }
    return agency;
  }

  void drop() { trim_end(); }

  // Says `text` in place of the bracket, after a space.
  void say_after(std::string_view text) {
    trim_end();
    if (!out_.empty() && !sentence_pending_) emit(' ');
    emit(text);
  }

  // Says `content` in place; more than one word between commas, unless the sentence starts
  // with it: "de Rada, het Oekraïense parlement, stemt", "Volgens de politie is het ...".
  void work_in(const std::string& content, bool glued, bool commas = false) {
    if (glued) {
      emit(content);
      return;
    }
    trim_end();
    if (sentence_empty()) {
      if (!out_.empty() && out_.back() != ' ') emit(' ');
      emit(with_first_letter(content, true));
      return;
    }
    if (!commas && content.find(' ') == std::string::npos) {
      say_after(content);
      return;
    }
    const char last = out_.back();
    if (std::string_view(",;:-").find(last) == std::string_view::npos) emit(',');
    emit(' ');
    emit(content);
    pending_comma_ = true;
  }

  void defer(const std::string& content) {
    drop();
    std::string sentence = with_first_letter(content, true);
    if (!ends_sentence(sentence)) sentence += '.';
    deferred_.push_back(std::move(sentence));
  }

  // Whether the longer words of `content` all stand in the sentence already.
  bool repeats(const std::string& content) const {
    const std::vector<std::string_view> words = split(content, ' ');
    if (words.size() > 40 || sentence_empty()) return false;
    const std::size_t from =
        std::max(sentence_begin_, out_.size() - std::min(out_.size(), std::size_t{600}));
    const std::string said = " " + utf8::lower(std::string_view(out_).substr(from)) + " ";
    std::size_t checked = 0;
    for (const std::string_view w : words) {
      const std::string lower = utf8::lower(bare(w));
      if (lower.size() < 4) continue;
      ++checked;
      if (said.find(" " + lower) == std::string::npos) return false;
    }
    return checked > 0;
  }

  // Inserts `phrase` and a space before the word at `offset`, minding the sentence's capital.
  void insert_before(std::size_t offset, std::string phrase) {
    if (offset == sentence_begin_ && !sentence_pending_) {
      phrase = with_first_letter(phrase, true);
      std::size_t end = offset;
      while (end < out_.size() && out_[end] != ' ') ++end;
      const std::string_view first = std::string_view(out_).substr(offset, end - offset);
      if (is_title(first) && !is_initial(first)) {
        out_.replace(offset, end - offset, with_first_letter(first, false));
      }
    }
    out_.insert(offset, phrase + " ");
  }

  std::string age_phrase(const std::string& form, int age) const {
    return fill_template(form, {{"age", std::to_string(age)}});
  }

  // "een man (45)" -> "een 45-jarige man", "Jan de Vries (45)" -> "de 45-jarige Jan de Vries",
  // "premier Mark Rutte (57)" -> "de 57-jarige premier Mark Rutte". False when no person
  // stands before the bracket.
  bool put_age(int age) {
    trim_end();
    const std::vector<Word> words = last_words(8);
    if (words.empty()) return false;
    const auto at = [&](std::size_t i) { return word(words[i]); };
    const std::size_t last = words.size() - 1;
    if (at(last) != bare(at(last)) && !is_initial(at(last))) return false;  // "zei hij, (45)"
    if (is_name_word(at(last)) && !is_title(at(last))) {
      std::size_t run = last;
      while (run > 0) {
        const std::string_view prev = at(run - 1);
        const bool starts_sentence = words[run - 1].offset == sentence_begin_;
        if (prev != bare(prev) && !is_initial(prev)) break;
        // A surname's capital particle is where a name without first name starts: "De Vries".
        const std::string_view current = at(run);
        if (is_capitalized(current) && data_.particles.contains(utf8::lower(current))) break;
        if (is_name_word(prev) && !is_title(prev) && !(starts_sentence && !may_start_name(prev))) {
          --run;
        } else if (data_.particles.contains(utf8::lower(prev)) && run >= 2 &&
                   is_name_word(at(run - 2))) {
          --run;
        } else {
          break;
        }
      }
      if (run > 0 && is_title(at(run - 1))) {
        const std::size_t title = run - 1;
        const bool neuter = is_neuter(at(title));
        if (title > 0 && is_determiner(at(title - 1))) {
          const bool bare_form = neuter && is_indefinite(at(title - 1));
          insert_before(words[title].offset,
                        age_phrase(bare_form ? data_.age_neuter_form : data_.age_form, age));
        } else {
          insert_before(words[title].offset,
                        age_phrase(neuter ? data_.person_neuter_form : data_.person_form, age));
        }
      } else if (run > 0 && is_determiner(at(run - 1))) {
        insert_before(words[run].offset, age_phrase(data_.age_form, age));
      } else {
        insert_before(words[run].offset, age_phrase(data_.person_form, age));
      }
      return true;
    }
    const bool neuter = is_neuter(at(last));
    std::size_t start = last;
    while (start > 0 && last - start < 2 && is_adjective(at(start - 1))) --start;
    const bool determined = start > 0 && is_determiner(at(start - 1));
    const bool bare_form = neuter && (!determined || is_indefinite(at(start - 1)));
    insert_before(words[start].offset,
                  age_phrase(bare_form ? data_.age_neuter_form : data_.age_form, age));
    return true;
  }

  // "de Europese Centrale Bank (ECB)", "de Partij van de Arbeid (PvdA)": the acronym of the
  // words before it.
  bool spelled_before(const std::string& acronym) {
    trim_end();
    const std::vector<Word> words = last_words(12);
    std::vector<std::string_view> before;
    for (const Word& w : words) before.push_back(word(w));
    return !before.empty() && spell(before, acronym_letters(acronym), false);
  }

  // An acronym after a name stands for that name: "Wereldgezondheidsorganisatie (WHO)".
  bool after_a_name() const {
    const std::vector<Word> words = last_words(1);
    return !words.empty() && is_capitalized(word(words.back()));
  }

  // "de ECB (Europese Centrale Bank)": replaces the acronym by its expansion.
  bool replaces_acronym(const std::string& content) {
    trim_end();
    const std::vector<Word> words = last_words(1);
    if (words.empty() || !is_capitalized(content)) return false;
    const std::string_view acronym = word(words.back());
    if (!is_acronym(acronym)) return false;
    const std::vector<std::string_view> expansion = split(content, ' ');
    if (expansion.size() > 8) return false;
    const std::u32string letters = acronym_letters(acronym);
    // Dutch acronyms take letters from inside compounds: "NAVO" is "Noord-Atlantische
    // Verdragsorganisatie". A name of capitalized words that starts with the acronym's first
    // letter and is longer than it will do.
    bool name = content.size() > 2 * acronym.size() && !is_acronym(expansion.front()) &&
                !letters.empty() && initials(expansion.front()).starts_with(letters.front());
    for (const std::string_view w : expansion) {
      name = name && (is_capitalized(w) || data_.minor_words.contains(utf8::lower(w)));
    }
    if (!name && !spell(expansion, letters, true)) return false;
    return true;  // the name is said once, as it was first written: "de ECB (Europese ...)"
  }

  void resolve(const Pair& pair) {
    const std::string content = content_of(pair);
    if (content.empty() || is_residue(content) || is_credit(content)) return drop();
    const bool glued = (pair.open > 0 && is_word_byte(text_[pair.open - 1])) ||
                       (pair.close + 1 < text_.size() && is_word_byte(text_[pair.close + 1]));
    const std::vector<std::string_view> words = split(content, ' ');
    const char32_t first = first_cp(content);
    if (glued && words.size() == 1 && (utf8::is_lower(first) || first == '\'' || first == '-')) {
      return work_in(content, true);  // "medewerker(s)", "(ex-)partner", "collega('s)"
    }
    if (const int age = age_in(content); age > 0) {
      if (!data_.age_after_form.empty()) {  // "een man (45)" -> "een man van 45"
        return sentence_empty()
                   ? drop()
                   : say_after(fill_template(data_.age_after_form, {{"age", std::to_string(age)}}));
      }
      if (!put_age(age)) drop();
      return;
    }
    if (replaces_acronym(content)) return;  // before places: "de VS (Verenigde Staten)"
    if (words.size() == 1 && is_acronym(content) && spelled_before(content)) return drop();
    std::string ages;
    if (several_ages(content, ages)) {
      return sentence_empty() ? drop()
                              : say_after(fill_template(data_.ages_form, {{"ages", ages}}));
    }
    if (const auto party = data_.parties.find(content); party != data_.parties.end()) {
      return sentence_empty()
                 ? drop()
                 : say_after(fill_template(data_.party_form, {{"party", party->second}}));
    }
    if (const auto place = data_.places.find(content); place != data_.places.end()) {
      return sentence_empty()
                 ? drop()
                 : say_after(fill_template(data_.place_form, {{"place", place->second}}));
    }
    if (words.size() == 1 && is_acronym(content)) {
      trim_end();
      if (after_a_name()) return drop();
      return work_in(content, false);  // "de ruimtevaartorganisatie NASA"
    }
    // "Van der Poel (Alpecin)": a team, club or party after a person, said with "van".
    if (words.size() == 1 && is_capitalized(content) && !sentence_empty()) {
      trim_end();
      if (after_a_name()) return say_after(fill_template(data_.party_form, {{"party", content}}));
    }
    if (is_score(content)) return work_in(content, false, true);  // "won van Ajax, 2-1"
    if (is_figure(content)) return drop();
    if (words.size() >= 3 && (ends_sentence(content) || content.find(". ") != std::string::npos)) {
      return defer(content);
    }
    if (words.size() > data_.short_words) {
      if (data_.clause_words.contains(utf8::lower(bare(words.front())))) {
        return work_in(content, false);
      }
      trim_end();
      if (repeats(content)) return drop();
      return defer(content);
    }
    work_in(content, false);
  }

  std::string_view text_;
  const BracketData& data_;
  const TextData& text_data_;
  std::vector<bool> dropped_;  // per byte: a bracket
  std::vector<Pair> pairs_;    // the outermost pairs, in order
  std::vector<std::size_t> sentence_ends_;
  std::string out_;
  std::size_t sentence_begin_ = 0;     // where the current sentence starts in out_
  bool sentence_pending_ = true;       // no word of the current sentence said yet
  bool pending_comma_ = false;         // a worked-in text waits for its closing comma
  std::vector<std::string> deferred_;  // sentences to say after the current one
};

}  // namespace

BracketData load_bracket_data(const fs::path& data_dir) {
  BracketData data;
  const fs::path file = data_dir / "brackets.tsv";
  const std::string source = file.string();
  for (const TableLine& line : read_table_file(file)) read_bracket_line(data, source, line);
  for (const Form& form : kForms) {
    if ((data.*(form.text)).empty() && form.text != &BracketData::age_after_form) {
      throw DataError(source + ": no 'form<TAB>" + std::string(form.name) + "<TAB>...' line");
    }
  }
  const fs::path particles = data_dir / "name_particles.tsv";
  for (const TableLine& line : read_table_file(particles)) {
    expect_fields(particles.string(), line, 1, 1, "particle");
    data.particles.insert(utf8::lower(line.fields[0]));
  }
  return data;
}

std::string resolve_brackets(std::string_view paragraph, const BracketData& brackets,
                             const TextData& text_data) {
  return BracketWriter(paragraph, brackets, text_data).write();
}

}  // namespace nieuwslezer
