#include "script/quotes.h"

#include <algorithm>

#include "base/strings.h"
#include "base/table_file.h"
#include "base/utf8.h"
#include "errors.h"
#include "text/sentence_splitter.h"

namespace nieuwslezer {
namespace {

namespace fs = std::filesystem;

// --- reading the data ----------------------------------------------------------------------

void expect_fields(const std::string& source, const TableLine& line, std::size_t count,
                   std::string_view form) {
  if (line.fields.size() != count) {
    throw table_error(source, line,
                      "expected '" + std::string(form) + "' (tab-separated), got " +
                          std::to_string(line.fields.size()) + " field(s)");
  }
}

void expect_one_word(const std::string& source, const TableLine& line, const std::string& word) {
  if (word.find(' ') != std::string::npos) {
    throw table_error(source, line, "'" + word + "' must be one word");
  }
}

std::size_t read_count(const std::string& source, const TableLine& line, const std::string& text) {
  std::size_t value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9' || value > 1000) {
      throw table_error(source, line, "'" + text + "' is not a number of words (1-1000)");
    }
    value = value * 10 + static_cast<std::size_t>(c - '0');
  }
  if (value < 1 || value > 1000) {
    throw table_error(source, line, "'" + text + "' is not a number of words (1-1000)");
  }
  return value;
}

void read_quote_line(QuoteData& data, const std::string& source, const TableLine& line) {
  const std::vector<std::string>& f = line.fields;
  const std::string& kind = f[0];
  if (kind == "verb") {
    expect_fields(source, line, 4, "verb<TAB>written<TAB>fronted<TAB>recall");
    expect_one_word(source, line, f[1]);
    data.verbs[utf8::lower(f[1])] = SpeechVerb{f[2], f[3]};
  } else if (kind == "pronoun" || kind == "clause" || kind == "recap" || kind == "report" ||
             kind == "article") {
    expect_fields(source, line, 2, kind + "<TAB>word");
    expect_one_word(source, line, f[1]);
    auto& words = kind == "pronoun"  ? data.pronouns
                  : kind == "clause" ? data.clause_words
                  : kind == "recap"  ? data.recap_words
                  : kind == "report" ? data.report_words
                                     : data.articles;
    words.insert(utf8::lower(f[1]));
  } else if (kind == "stop") {
    if (f.size() != 2 && f.size() != 3) {
      expect_fields(source, line, 2, "stop<TAB>word[<TAB>lower]");
    }
    expect_one_word(source, line, f[1]);
    if (f.size() == 3) {
      if (f[2] != "lower") throw table_error(source, line, "third field must be 'lower'");
      data.stop_before_lower.insert(f[1]);
    } else if (f[1].ends_with('*')) {
      if (f[1].size() == 1) throw table_error(source, line, "'*' needs a beginning: 'gister*'");
      data.stop_prefixes.push_back(f[1].substr(0, f[1].size() - 1));
    } else {
      data.stop_words.insert(f[1]);
    }
  } else if (kind == "marker") {
    expect_fields(source, line, 3, "marker<TAB>open|close<TAB>text");
    if (f[1] == "open") {
      data.marker = f[2];
    } else if (f[1] == "close") {
      data.end_marker = f[2];
    } else {
      throw table_error(source, line, "marker must be 'open' or 'close', got '" + f[1] + "'");
    }
  } else if (kind == "setting") {
    expect_fields(source, line, 3, "setting<TAB>name<TAB>value");
    if (f[1] != "long_quote_words") {
      throw table_error(source, line, "unknown setting '" + f[1] + "' (long_quote_words)");
    }
    data.long_quote_words = read_count(source, line, f[2]);
  } else {
    throw table_error(source, line,
                      "unknown kind '" + kind +
                          "' (verb, pronoun, stop, clause, recap, report, article, marker or "
                          "setting)");
  }
}

// --- characters ----------------------------------------------------------------------------

enum class Family : unsigned char { kSingle, kDouble };
enum class Bias : unsigned char { kOpen, kClose, kNeutral };

struct MarkKind {
  Family family = Family::kDouble;
  Bias bias = Bias::kNeutral;
  bool may_be_apostrophe = false;
};

bool mark_kind(char32_t cp, MarkKind& kind) {
  switch (cp) {
    case '\'':
    case 0x60:    // `
    case 0xB4:    // ´
    case 0x2032:  // ′
      kind = {Family::kSingle, Bias::kNeutral, true};
      return true;
    case 0x2018:  // ‘
    case 0x201B:  // ‛
      kind = {Family::kSingle, Bias::kOpen, true};
      return true;
    case 0x2019:  // ’
      kind = {Family::kSingle, Bias::kClose, true};
      return true;
    case 0x201A:  // ‚
    case 0x2039:  // ‹
      kind = {Family::kSingle, Bias::kOpen, false};
      return true;
    case 0x203A:  // ›
      kind = {Family::kSingle, Bias::kClose, false};
      return true;
    case '"':
    case 0x201C:  // “ opens in Dutch and English, closes after „ in German
    case 0x2033:  // ″
    case 0xFF02:  // ＂
      kind = {Family::kDouble, Bias::kNeutral, false};
      return true;
    case 0x201E:  // „
    case 0x201F:  // ‟
    case 0xAB:    // «
      kind = {Family::kDouble, Bias::kOpen, false};
      return true;
    case 0x201D:  // ”
    case 0xBB:    // »
      kind = {Family::kDouble, Bias::kClose, false};
      return true;
    default:
      return false;
  }
}

bool is_quote_char(char32_t cp) {
  MarkKind kind;
  return mark_kind(cp, kind);
}

// 0 stands for the start or end of the text.
bool is_blank(char32_t cp) {
  return cp == 0 || cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 ||
         (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F;
}

bool is_alnum(char32_t cp) { return is_ascii_digit(cp) || utf8::is_letter(cp); }

bool is_dash(char32_t cp) { return cp == '-' || cp == 0x2013 || cp == 0x2014; }

// A quote may open after these: "('Nee')", "zei:'Nee'", "- 'Nee'".
bool opening_context(char32_t prev) {
  return is_blank(prev) || is_dash(prev) || prev == '(' || prev == '[' || prev == '{' ||
         prev == '/' || prev == ':' || is_quote_char(prev);
}

// A quote may close before these: "'Nee'.", "'Nee', zei hij", "('Nee')".
bool closing_context(char32_t next) {
  return is_blank(next) || is_dash(next) || next == '.' || next == ',' || next == ';' ||
         next == ':' || next == '!' || next == '?' || next == ')' || next == ']' || next == '}' ||
         next == '/' || next == 0x2026 || is_quote_char(next);
}

// --- finding and pairing the marks -----------------------------------------------------------

// A pair of quotation marks: [open, content) is the opening mark, [content, content_end) the
// quote, [content_end, close) the closing mark.
struct Span {
  std::size_t open = 0;
  std::size_t content = 0;
  std::size_t content_end = 0;
  std::size_t close = 0;
};

struct Marks {
  std::vector<bool> dropped;  // per byte: part of a quotation mark
  std::vector<Span> spans;    // the outermost pairs, in order
};

class MarkScanner {
 public:
  explicit MarkScanner(std::string_view text) : text_(text) { marks_.dropped.resize(text.size()); }

  Marks scan() {
    char32_t prev = 0;
    std::size_t pos = 0;
    while (pos < text_.size()) {
      const utf8::CodePoint cp = utf8::decode(text_, pos);
      const std::size_t length = classify(pos, cp, prev);
      // ",," and "''" are two ASCII bytes that stand for one double quotation mark.
      prev = length > cp.length ? U'"' : cp.value;
      pos += std::max(length, cp.length);
    }
    for (const Open& open : stack_) drop(open.pos, open.length);
    // Pairs arrive in the order they close; the ones after an opening that closes later are
    // inside it.
    std::vector<Span> outer;
    for (const Span& span : pairs_) {
      while (!outer.empty() && outer.back().open > span.open) outer.pop_back();
      outer.push_back(span);
    }
    marks_.spans = std::move(outer);
    return std::move(marks_);
  }

 private:
  struct Open {
    std::size_t pos;
    std::size_t length;
    Family family;
  };

  // Deep nesting is a damaged text; a bounded stack keeps each mark O(1).
  static constexpr std::size_t kMaxDepth = 4;

  char32_t at(std::size_t pos) const {
    return pos < text_.size() ? utf8::decode(text_, pos).value : 0;
  }

  void drop(std::size_t pos, std::size_t length) {
    for (std::size_t i = pos; i < pos + length; ++i) marks_.dropped[i] = true;
  }

  bool pending(Family family) const {
    return std::any_of(stack_.begin(), stack_.end(),
                       [&](const Open& open) { return open.family == family; });
  }

  void open(std::size_t pos, std::size_t length, Family family) {
    if (stack_.size() == kMaxDepth) {
      drop(stack_.front().pos, stack_.front().length);
      stack_.erase(stack_.begin());
    }
    stack_.push_back({pos, length, family});
  }

  // Closes the innermost open quote of `family`; the quotes opened inside it stay unclosed.
  void close(std::size_t pos, std::size_t length, Family family) {
    drop(pos, length);
    auto it = stack_.end();
    while (it != stack_.begin()) {
      --it;
      if (it->family != family) continue;
      drop(it->pos, it->length);
      pairs_.push_back({it->pos, it->pos + it->length, pos, pos + length});
      for (auto inner = it + 1; inner != stack_.end(); ++inner) drop(inner->pos, inner->length);
      stack_.erase(it, stack_.end());
      return;
    }
  }

  // Whether the single quote at `pos` is an apostrophe: "auto's", "zo'n", "d'Italia",
  // "'s avonds", "'s-Hertogenbosch", "'t", "'80".
  bool apostrophe(std::size_t pos, std::size_t length, char32_t prev) const {
    const std::size_t next_pos = pos + length;
    const char32_t next_cp = at(next_pos);
    if (is_alnum(prev) && is_alnum(next_cp)) return true;
    if (is_alnum(prev) || next_pos >= text_.size()) return false;
    const std::size_t after = next_pos + utf8::decode(text_, next_pos).length;
    const char32_t second = at(after);
    const char32_t lower = utf8::to_lower(next_cp);
    if ((lower == 's' || lower == 't' || lower == 'n' || lower == 'k') &&
        (second == ' ' || second == '-' || second == 0)) {
      return true;
    }
    return is_ascii_digit(next_cp) && is_ascii_digit(second) &&
           !is_ascii_digit(at(after + 1));  // not "'800"
  }

  // Possessive "Hans' fiets", "de VS' belangen": an apostrophe unless a quote is open.
  bool possessive(std::size_t pos, std::size_t length, char32_t prev) const {
    const char32_t lower = utf8::to_lower(prev);
    if (lower != 's' && lower != 'x' && lower != 'z') return false;
    if (at(pos + length) != ' ') return false;
    return utf8::is_lower(at(pos + length + 1));
  }

  // Handles the mark at `pos`, if there is one, and returns its length; 0 when there is none.
  std::size_t classify(std::size_t pos, const utf8::CodePoint& cp, char32_t prev) {
    MarkKind kind;
    std::size_t length = cp.length;
    const char c = text_[pos];
    const char following = pos + 1 < text_.size() ? text_[pos + 1] : '\0';
    if (c == ',' && following == ',' && opening_context(prev)) {
      // ",,Nee''" as typed in Dutch; glued to a word before it, ",," is two commas.
      kind = {Family::kDouble, Bias::kOpen, false};
      length = 2;
    } else if (c == '\'' && following == '\'') {
      kind = {Family::kDouble, Bias::kNeutral, false};
      length = 2;
    } else if (!mark_kind(cp.value, kind)) {
      return 0;
    }
    if (kind.may_be_apostrophe && apostrophe(pos, length, prev)) return cp.length;
    const char32_t next = at(pos + length);
    const bool can_open = !is_blank(next) && opening_context(prev);
    const bool can_close = !is_blank(prev) && closing_context(next);
    if (kind.may_be_apostrophe && kind.bias != Bias::kOpen && can_close && !can_open &&
        possessive(pos, length, prev)) {
      if (pending(kind.family)) close(pos, length, kind.family);
      return length;  // kept as an apostrophe when no quote is open
    }
    bool closes = false;
    if (can_open && can_close) {
      closes = kind.bias != Bias::kOpen && pending(kind.family);
    } else if (can_open || can_close) {
      closes = can_close;
    } else if (is_blank(prev) && is_blank(next)) {
      drop(pos, length);  // a mark standing alone
      return length;
    } else {
      closes = pending(kind.family);  // glued between letters: "zei"Nee"
    }
    if (closes) {
      close(pos, length, kind.family);
    } else {
      drop(pos, length);
      open(pos, length, kind.family);
    }
    return length;
  }

  std::string_view text_;
  Marks marks_;
  std::vector<Open> stack_;
  std::vector<Span> pairs_;
};

// --- words ---------------------------------------------------------------------------------

std::string join(const std::vector<std::string_view>& words, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t i = begin; i < end; ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

// "zei," -> "zei"; "Koeman." -> "Koeman".
std::string_view bare(std::string_view word) {
  while (!word.empty() && std::string_view(",.;:!?").find(word.back()) != std::string_view::npos) {
    word.remove_suffix(1);
  }
  return word;
}

bool ends_with_comma(std::string_view word) { return word.ends_with(','); }

bool is_capitalized(std::string_view word) {
  return !word.empty() && utf8::is_upper(utf8::decode(word, 0).value);
}

bool starts_lower(std::string_view word) {
  return !word.empty() && utf8::is_lower(utf8::decode(word, 0).value);
}

bool ends_sentence(std::string_view text) {
  return text.ends_with('.') || text.ends_with('!') || text.ends_with('?') ||
         text.ends_with("\xE2\x80\xA6");  // …
}

// "We gaan door. Dit team kan meer": a quote of more than one sentence.
bool has_sentence_end(std::string_view text) {
  for (const std::string_view end : {". ", "! ", "? ", "\xE2\x80\xA6 "}) {
    if (text.find(end) != std::string_view::npos) return true;
  }
  return false;
}

// Strips the end of a sentence: "zei hij." -> "zei hij".
std::string_view without_final_stop(std::string_view text) {
  text = trim(text, " ");
  while (!text.empty() && (text.back() == '.' || text.back() == '!' || text.back() == '?')) {
    text.remove_suffix(1);
  }
  if (text.ends_with("\xE2\x80\xA6")) text.remove_suffix(3);
  return trim(text, " ");
}

// Only the end of a sentence: ".", "!", "" - nothing said.
bool only_final_stop(std::string_view text) { return without_final_stop(text).empty(); }

// --- speakers ------------------------------------------------------------------------------

struct Attribution {
  const SpeechVerb* verb = nullptr;
  std::string subject;     // "de minister", "hij"
  std::string apposition;  // "woordvoerder van de politie", or empty
  std::string rest;        // "maandag tegen de krant", or empty
  bool frontable = false;  // understood well enough to go before the quote
};

class Speakers {
 public:
  Speakers(const QuoteData& quotes, const TextData& text_data) : quotes_(quotes) {
    for (const auto& [form, name] : text_data.weekdays) {
      if (std::find(weekdays_.begin(), weekdays_.end(), name) == weekdays_.end()) {
        weekdays_.push_back(name);
      }
    }
  }

  // Parses an attribution that follows a quote: "zei de minister maandag", "zo laat de KNVB
  // weten", "Dat zei hij" (no final stop). Empty when it does not start with a speech verb,
  // after a recap word.
  std::optional<Attribution> attribution(std::string_view text) const {
    const std::vector<std::string_view> words = split(text, ' ');
    if (words.size() > kMaxAttributionWords) return std::nullopt;
    std::size_t i = 0;
    if (i < words.size() && quotes_.recap_words.contains(utf8::lower(words[i]))) ++i;
    if (i >= words.size() || ends_with_comma(words[i])) return std::nullopt;
    const auto verb = quotes_.verbs.find(utf8::lower(words[i]));
    if (verb == quotes_.verbs.end()) return std::nullopt;
    Attribution result;
    result.verb = &verb->second;
    ++i;
    bool comma = false;
    const std::size_t end = subject_end(words, i, comma);
    if (end == i) return result;
    result.subject = std::string(bare(join(words, i, end)));
    i = end;
    if (comma) {
      if (i >= words.size() || is_clause_word(words[i])) return result;
      const std::size_t begin = i;
      while (i < words.size() && !ends_with_comma(words[i++])) {
      }
      result.apposition = std::string(bare(join(words, begin, i)));
    }
    for (std::size_t k = i; k < words.size(); ++k) {
      if (words[k].find_first_of(",;:") != std::string_view::npos) return result;
    }
    if (i < words.size() && is_clause_word(words[i])) return result;
    result.rest = join(words, i, words.size());
    result.frontable = true;
    return result;
  }

  // The speaker a sentence of the newsreader's own names: "Lavrov zei maandag dat ...",
  // "Tegen de NOS zei Koeman: ...", "Schoof noemde de aanslag 'laf'." Only a speech verb
  // followed by "dat" or a colon, or in a sentence that quotes, counts; "Hij gaf het geld"
  // names no speaker.
  std::optional<Speaker> named_in(std::string_view sentence, bool quotes) const {
    std::vector<std::string_view> words = split(sentence, ' ');
    if (words.size() > kMaxLeadWords + kMaxAttributionWords) {
      words.resize(kMaxLeadWords + kMaxAttributionWords);
    }
    for (std::size_t k = 0; k < words.size() && k < kMaxLeadWords; ++k) {
      const auto verb = quotes_.verbs.find(utf8::lower(bare(words[k])));
      if (verb == quotes_.verbs.end()) continue;
      if (!quotes && !reports_speech(words, k)) return std::nullopt;
      const std::string first = utf8::lower(words[0]);
      bool straight = k > 0 && (quotes_.pronouns.contains(first) || !is_clause_word(first)) &&
                      !quotes_.recap_words.contains(first);
      for (std::size_t j = 0; j < k && straight; ++j) {
        const std::string_view word = bare(words[j]);
        straight = words[j] == word && !is_stop(j == 0 ? utf8::lower(word) : std::string(word),
                                                j + 1 < words.size() ? words[j + 1] : "");
      }
      if (straight) return Speaker{recalled_name(join(words, 0, k)), verb->second.recall};
      // "Tegen de NOS zei Koeman: ...": the subject after the verb; not the object in "Hij
      // noemde het een schande".
      if (!starts_subject(words, k + 1)) return std::nullopt;
      bool comma = false;
      const std::size_t end = subject_end(words, k + 1, comma);
      if (end == k + 1) return std::nullopt;
      return Speaker{recalled_name(std::string(bare(join(words, k + 1, end)))),
                     verb->second.recall};
    }
    return std::nullopt;
  }

  // How a later quote recalls a speaker: a person by surname ("de Russische minister Sergej
  // Lavrov" -> "Lavrov", "Jan de Vries" -> "De Vries"), anything else whole ("de minister",
  // "de Verenigde Naties", "het ministerie van Defensie").
  std::string recalled_name(const std::string& subject) const {
    const std::vector<std::string_view> words = split(subject, ' ');
    if (words.size() <= 1 || !is_capitalized(words.back())) return subject;
    std::size_t surname = words.size() - 1;
    while (surname > 0 && words.size() - surname < 5 &&
           quotes_.particles.contains(utf8::lower(words[surname - 1]))) {
      --surname;
    }
    if (surname == 0 || !is_capitalized(words[surname - 1])) return subject;
    std::size_t run = surname - 1;
    while (run > 0 && is_capitalized(words[run - 1])) --run;
    if (run > 0 && quotes_.articles.contains(utf8::lower(words[run - 1]))) return subject;
    return utf8::capitalize(join(words, surname, words.size()));
  }

  Speaker speaker(const Attribution& attribution) const {
    return Speaker{recalled_name(attribution.subject), attribution.verb->recall};
  }

 private:
  static constexpr std::size_t kMaxAttributionWords = 40;
  static constexpr std::size_t kMaxSubjectWords = 14;
  static constexpr std::size_t kMaxLeadWords = 12;

  bool is_clause_word(std::string_view word) const {
    return quotes_.clause_words.contains(utf8::lower(bare(word)));
  }

  // Whether `word` ends a speaker's name; `next` is the word after it.
  bool is_stop(const std::string& word, std::string_view next) const {
    if (next.starts_with("'t") || next.starts_with("'s")) return false;  // "in 't Veld"
    if (quotes_.stop_words.contains(word)) return true;
    if (quotes_.stop_before_lower.contains(word) && (next.empty() || starts_lower(next))) {
      return true;
    }
    for (const std::string& prefix : quotes_.stop_prefixes) {
      if (word.starts_with(prefix)) return true;
    }
    for (const std::string& day : weekdays_) {
      if (word.starts_with(day)) return true;  // "maandag", "maandagavond"
    }
    return false;
  }

  // The end of the subject that starts at words[begin]: a pronoun, or the words up to a stop
  // word or a comma (`comma` is then set). `begin` when there is no subject.
  std::size_t subject_end(const std::vector<std::string_view>& words, std::size_t begin,
                          bool& comma) const {
    if (begin >= words.size()) return begin;
    const auto next_of = [&](std::size_t k) {
      return k + 1 < words.size() ? words[k + 1] : std::string_view{};
    };
    if (quotes_.pronouns.contains(utf8::lower(bare(words[begin])))) {
      comma = ends_with_comma(words[begin]);
      return begin + 1;
    }
    std::size_t k = begin;
    while (k < words.size()) {
      if (is_stop(std::string(bare(words[k])), next_of(k))) break;
      if (k - begin == kMaxSubjectWords) return begin;
      const std::string_view word = words[k++];
      if (ends_with_comma(word)) {
        comma = true;
        break;
      }
      if (word.ends_with(':') || word.ends_with(';')) break;  // "zegt Koeman: ..."
    }
    return k;
  }

  // A subject starts at words[at]: a pronoun, a name, or an article before a noun.
  bool starts_subject(const std::vector<std::string_view>& words, std::size_t at) const {
    if (at >= words.size()) return false;
    const std::string first = utf8::lower(bare(words[at]));
    if (quotes_.pronouns.contains(first) || is_capitalized(words[at])) return true;
    return quotes_.articles.contains(first) && words[at] == bare(words[at]) &&
           at + 1 < words.size() && !quotes_.articles.contains(utf8::lower(words[at + 1]));
  }

  // "zei maandag dat ...", "vroeg of ...", "zei:": the verb reports what someone said.
  bool reports_speech(const std::vector<std::string_view>& words, std::size_t verb) const {
    for (std::size_t k = verb; k < words.size(); ++k) {
      if (words[k].ends_with(':')) return true;
      if (k > verb && quotes_.report_words.contains(std::string(bare(words[k])))) return true;
    }
    return false;
  }

  const QuoteData& quotes_;
  std::vector<std::string> weekdays_;
};

// --- the paragraph -------------------------------------------------------------------------

enum class SentenceKind {
  kPlain,       // the newsreader's own words, maybe with quotes inside: marks dropped
  kBare,        // a quote and nothing else: "'We gaan door.'"
  kAttributed,  // a quote with its attribution after it: "'...', zei hij."
  kRecap        // "Dat zei de minister.": an attribution if a quote comes right before
};

struct Piece {
  std::string text;        // the quote without its marks
  bool continues = false;  // the second part of a quote split by its attribution
  bool had_comma = false;  // the part before ended with a comma inside the marks
};

struct Sentence {
  std::size_t begin = 0;
  std::size_t end = 0;
  SentenceKind kind = SentenceKind::kPlain;
  std::vector<Piece> pieces;
  std::optional<Attribution> attribution;
  bool ends_with_colon_quote = false;  // "Koeman zei: 'We gaan door.'"
  bool quotes_inside = false;          // "Schoof noemde de aanslag 'laf'."
};

class QuoteWriter {
 public:
  QuoteWriter(std::string_view text, const QuoteData& quotes, const TextData& text_data,
              const std::optional<Speaker>& speaker_before)
      : text_(text),
        quotes_(quotes),
        text_data_(text_data),
        speakers_(quotes, text_data),
        marks_(MarkScanner(text).scan()),
        last_speaker_(speaker_before) {}

  AttributedParagraph write() {
    split_into_sentences();
    std::size_t i = 0;
    while (i < sentences_.size()) {
      const Sentence& sentence = sentences_[i];
      start_sentence(i);
      if (sentence.kind == SentenceKind::kBare || sentence.kind == SentenceKind::kAttributed) {
        if (sentence.kind == SentenceKind::kBare && continues_quote_) {
          say(clean(sentence.begin, sentence.end));
          ++i;
          continue;
        }
        i = say_group(i);
        continues_quote_ = false;
        continue;
      }
      std::string plain = clean(sentence.begin, sentence.end);
      if (sentence.ends_with_colon_quote) plain = with_speech_verb(plain);
      say(plain);
      if (sentence.kind == SentenceKind::kRecap && sentence.attribution &&
          !sentence.attribution->subject.empty()) {
        last_speaker_ = speakers_.speaker(*sentence.attribution);
      } else if (auto named = speakers_.named_in(plain, sentence.quotes_inside)) {
        last_speaker_ = std::move(named);
      }
      continues_quote_ = sentence.ends_with_colon_quote;
      ++i;
    }
    return {collapse_spaces(out_), last_speaker_};
  }

 private:
  // The text of [begin, end) without its quotation marks. A mark glued between two letters
  // leaves a space: "zei"Nee" -> "zei Nee".
  std::string clean(std::size_t begin, std::size_t end) const {
    std::string out;
    out.reserve(end - begin);
    std::size_t pos = begin;
    while (pos < end) {
      if (!marks_.dropped[pos]) {
        out += text_[pos++];
        continue;
      }
      while (pos < end && marks_.dropped[pos]) ++pos;
      if (!out.empty() && is_word_byte(out.back()) && pos < end && is_word_byte(text_[pos])) {
        out += ' ';
      }
    }
    return std::string(trim(out, " "));
  }

  // Adds `text` after a space, or after a line break where the paragraph had one before the
  // sentence now said.
  void say(std::string_view text) {
    if (text.empty()) return;
    if (!out_.empty()) out_ += line_break_ ? '\n' : ' ';
    line_break_ = false;
    out_ += text;
  }

  void start_sentence(std::size_t index) {
    const std::size_t from = index == 0 ? 0 : sentences_[index - 1].end;
    line_break_ =
        text_.substr(from, sentences_[index].begin - from).find('\n') != std::string_view::npos;
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

  // The paragraph cut into sentences at the splitter's sentence ends outside quotes.
  void split_into_sentences() {
    const std::vector<std::string> pieces = split_sentences(text_, text_data_);
    std::size_t pos = 0;
    std::size_t begin = std::string_view::npos;
    std::size_t span = 0;
    for (const std::string& piece : pieces) {
      while (pos < text_.size() && (text_[pos] == ' ' || text_[pos] == '\t' || text_[pos] == '\n' ||
                                    text_[pos] == '\r')) {
        ++pos;
      }
      if (text_.compare(pos, piece.size(), piece) != 0) break;  // never expected
      if (begin == std::string_view::npos) begin = pos;
      pos += piece.size();
      while (span < marks_.spans.size() && marks_.spans[span].close <= pos) ++span;
      const bool inside = span < marks_.spans.size() && marks_.spans[span].open < pos;
      if (!inside &&
          (ends_sentence(without_closers(piece)) || pos == text_.size() || next_is_newline(pos))) {
        add_sentence(begin, pos);
        begin = std::string_view::npos;
      }
    }
    if (begin == std::string_view::npos) begin = pos;
    if (begin < text_.size()) add_sentence(begin, text_.size());
  }

  static std::string_view without_closers(std::string_view piece) {
    while (!piece.empty()) {
      const char c = piece.back();
      if (c == '\'' || c == '"' || c == ')' || c == ']') {
        piece.remove_suffix(1);
      } else if (piece.ends_with("\xE2\x80\x9D") || piece.ends_with("\xE2\x80\x99") ||
                 piece.ends_with("\xE2\x80\xBA")) {  // ” ’ ›
        piece.remove_suffix(3);
      } else if (piece.ends_with("\xC2\xBB")) {  // »
        piece.remove_suffix(2);
      } else {
        break;
      }
    }
    return piece;
  }

  bool next_is_newline(std::size_t pos) const {
    while (pos < text_.size() && (text_[pos] == ' ' || text_[pos] == '\t')) ++pos;
    return pos < text_.size() && (text_[pos] == '\n' || text_[pos] == '\r');
  }

  void add_sentence(std::size_t begin, std::size_t end) {
    while (end > begin && (text_[end - 1] == ' ' || text_[end - 1] == '\n' ||
                           text_[end - 1] == '\r' || text_[end - 1] == '\t')) {
      --end;
    }
    if (end <= begin) return;
    Sentence sentence;
    sentence.begin = begin;
    sentence.end = end;
    while (next_span_ < marks_.spans.size() && marks_.spans[next_span_].open < begin) {
      ++next_span_;
    }
    std::size_t last = next_span_;
    while (last < marks_.spans.size() && marks_.spans[last].close <= end) ++last;
    classify(sentence, next_span_, last);
    next_span_ = last;
    sentences_.push_back(std::move(sentence));
  }

  Piece piece_of(const Span& span) const {
    std::string text = clean(span.content, span.content_end);
    Piece result;
    result.had_comma = text.ends_with(',');
    while (!text.empty() && (text.back() == ',' || text.back() == ' ')) text.pop_back();
    result.text = std::move(text);
    return result;
  }

  void classify(Sentence& sentence, std::size_t first, std::size_t last) {
    const auto& spans = marks_.spans;
    if (first == last || spans[first].open != sentence.begin) {
      sentence.quotes_inside = first < last;
      if (first < last) {
        const Span& final_span = spans[last - 1];
        const std::string before = clean(sentence.begin, final_span.open);
        sentence.ends_with_colon_quote =
            before.ends_with(':') && only_final_stop(clean(final_span.close, sentence.end));
      }
      classify_recap(sentence);
      return;
    }
    const Span& quote = spans[first];
    sentence.pieces.push_back(piece_of(quote));
    const std::size_t rest_end = first + 1 < last ? spans[first + 1].open : sentence.end;
    std::string rest = clean(quote.close, rest_end);
    if (first + 1 == last && only_final_stop(rest)) {
      sentence.kind = SentenceKind::kBare;
      return;
    }
    std::string_view words = trim(rest, " ");
    if (words.starts_with(',')) words = trim(words.substr(1), " ");
    if (first + 1 < last) {
      // "'We gaan door', zei Koeman, 'want dit team kan meer.'"
      if (first + 2 != last || !words.ends_with(',') ||
          !only_final_stop(clean(spans[first + 1].close, sentence.end))) {
        sentence.pieces.clear();
        return;
      }
      words.remove_suffix(1);
      Piece second = piece_of(spans[first + 1]);
      second.continues = true;
      second.had_comma = sentence.pieces.front().had_comma;
      sentence.pieces.push_back(std::move(second));
    } else {
      words = without_final_stop(words);
    }
    sentence.attribution = speakers_.attribution(words);
    if (!sentence.attribution) {
      sentence.pieces.clear();  // "'Purl' is een programma van de NAVO."
      return;
    }
    sentence.kind = SentenceKind::kAttributed;
  }

  // "Dat zei de minister.", "Aldus de premier."
  void classify_recap(Sentence& sentence) const {
    const std::string plain = clean(sentence.begin, sentence.end);
    const std::string_view text = without_final_stop(plain);
    const std::string first = utf8::lower(text.substr(0, text.find(' ')));
    if (!quotes_.recap_words.contains(first) && !quotes_.verbs.contains(first)) return;
    auto attribution = speakers_.attribution(text);
    if (!attribution || attribution->subject.empty()) return;
    sentence.kind = SentenceKind::kRecap;
    sentence.attribution = std::move(attribution);
  }

  static std::string joined(const std::vector<Piece>& pieces, const QuoteData& quotes) {
    std::string out;
    for (const Piece& piece : pieces) {
      if (piece.text.empty()) continue;
      if (!out.empty()) {
        if (!ends_sentence(out)) {
          const std::string first = utf8::lower(bare(split(piece.text, ' ').front()));
          if (!piece.continues || !starts_lower(piece.text)) {
            out += '.';
          } else if (piece.had_comma || quotes.clause_words.contains(first)) {
            out += ',';  // "We gaan door, want dit team kan meer."
          }
        }
        out += ' ';
      }
      out += piece.text;
    }
    if (!out.empty() && !ends_sentence(out)) out += '.';
    return out;
  }

  // A run of quote sentences [first, ...) said as one: with the attribution among them, or a
  // "Dat zei ..." right after them, or else the speaker named before. Returns the index after
  // the run.
  std::size_t say_group(std::size_t first) {
    std::size_t end = first;
    std::size_t attributed = sentences_.size();
    while (end < sentences_.size() && (sentences_[end].kind == SentenceKind::kBare ||
                                       sentences_[end].kind == SentenceKind::kAttributed)) {
      if (sentences_[end].kind == SentenceKind::kAttributed) {
        if (attributed != sentences_.size()) break;
        attributed = end;
      }
      ++end;
    }
    std::vector<Piece> pieces;
    for (std::size_t k = first; k < end; ++k) {
      for (const Piece& piece : sentences_[k].pieces) pieces.push_back(piece);
    }
    if (attributed == sentences_.size() && end < sentences_.size() &&
        sentences_[end].kind == SentenceKind::kRecap) {
      attributed = end++;
    }
    if (attributed == sentences_.size()) {
      say_unattributed(pieces, end < sentences_.size());
      return end;
    }
    const Attribution& attribution = *sentences_[attributed].attribution;
    if (!attribution.frontable) {
      // Said as written; the quotes around it recall whoever spoke before.
      for (std::size_t k = first; k < end; ++k) {
        if (k == attributed) {
          say(clean(sentences_[k].begin, sentences_[k].end));
          if (!attribution.subject.empty()) last_speaker_ = speakers_.speaker(attribution);
        } else {
          say_unattributed(sentences_[k].pieces, true);
        }
      }
      return end;
    }
    // A short quote, a question too, stays before its attribution: "'Is dit nodig?', vroeg
    // een Kamerlid." A quote in parts is always said after its speaker.
    const bool short_quote = pieces.size() == 1 && !has_sentence_end(pieces.front().text) &&
                             split(pieces.front().text, ' ').size() <= quotes_.long_quote_words;
    if (short_quote) {
      for (std::size_t k = first; k < end; ++k) {
        // "Is dit nodig?, vroeg hij." -> "Is dit nodig? vroeg hij."
        std::string said = clean(sentences_[k].begin, sentences_[k].end);
        for (const std::string_view mark : {"?,", "!,"}) {
          for (auto at = said.find(mark); at != std::string::npos; at = said.find(mark, at)) {
            said.erase(at + 1, 1);
          }
        }
        say(said);
      }
    } else {
      std::string lead = utf8::capitalize(attribution.subject);
      if (!attribution.apposition.empty()) lead += ", " + attribution.apposition + ",";
      lead += " " + attribution.verb->fronted;
      if (!attribution.rest.empty()) lead += " " + attribution.rest;
      say(lead + ": " + joined(pieces, quotes_));
    }
    last_speaker_ = speakers_.speaker(attribution);
    return end;
  }

  void say_unattributed(const std::vector<Piece>& pieces, bool more_follows) {
    const std::string quote = joined(pieces, quotes_);
    if (quote.empty()) return;
    if (last_speaker_) {
      say(utf8::capitalize(last_speaker_->name) + " " + last_speaker_->verb + ": " + quote);
      return;
    }
    say(quotes_.marker + " " + quote);
    static_cast<void>(more_follows);
    say(quotes_.end_marker);  // the listener hears where the newsreader's own words resume
  }

  // "Burgemeester Halsema: Dit tolereren we niet." -> "Burgemeester Halsema zegt: Dit ...",
  // "Koeman na de nederlaag: Dit is een tik." -> "Koeman zei na de nederlaag: ...": a
  // headline-style speaker before a colon and a quote gets the speech verb it leaves out,
  // after the name ("zei" when more follows it, which places it after the event). A colon
  // after a speech verb ("Koeman zei:") or after a long phrase is left as it is.
  std::string with_speech_verb(const std::string& sentence) const {
    const std::size_t colon = sentence.find(':');
    if (colon == std::string::npos) return sentence;
    const std::string before = sentence.substr(0, colon);
    const std::vector<std::string_view> words = split(before, ' ');
    if (words.empty() || words.size() > 6) return sentence;
    for (const std::string_view word : words) {
      if (quotes_.verbs.contains(utf8::lower(word))) return sentence;
    }
    // The name: an article and its noun ("De minister", "Een ooggetuige"), then capitalized
    // words and particles ("Burgemeester Halsema", "Van der Berg").
    std::size_t name_words = 0;
    if (words.size() >= 2 && quotes_.articles.contains(utf8::lower(words[0]))) name_words = 2;
    while (name_words < words.size()) {
      const std::string lower = utf8::lower(words[name_words]);
      const bool capital = !starts_lower(words[name_words]);
      if (!(capital || quotes_.articles.contains(lower) || quotes_.particles.contains(lower))) {
        break;
      }
      ++name_words;
    }
    if (name_words == 0) return sentence;
    const bool rest = name_words < words.size();
    std::string out;
    for (std::size_t k = 0; k < words.size(); ++k) {
      if (k == name_words) out += std::string(" ") + (rest ? "zei" : "zegt");
      if (!out.empty()) out += ' ';
      out += words[k];
    }
    if (!rest) out += " zegt";
    return out + sentence.substr(colon);
  }

  std::string_view text_;
  const QuoteData& quotes_;
  const TextData& text_data_;
  Speakers speakers_;
  Marks marks_;
  std::vector<Sentence> sentences_;
  std::size_t next_span_ = 0;
  std::optional<Speaker> last_speaker_;
  bool continues_quote_ = false;
  bool line_break_ = false;  // the sentence now said followed a line break
  std::string out_;
};

}  // namespace

QuoteData load_quote_data(const fs::path& data_dir) {
  QuoteData data;
  const fs::path file = data_dir / "quotes.tsv";
  const std::string source = file.string();
  for (const TableLine& line : read_table_file(file)) read_quote_line(data, source, line);
  if (data.marker.empty()) throw DataError(source + ": no 'marker<TAB>open<TAB>...' line");
  if (data.verbs.empty()) throw DataError(source + ": no 'verb' lines");
  const fs::path particles = data_dir / "name_particles.tsv";
  for (const TableLine& line : read_table_file(particles)) {
    expect_fields(particles.string(), line, 1, "particle");
    data.particles.insert(utf8::lower(line.fields[0]));
  }
  return data;
}

AttributedParagraph attribute_story_quotes(std::string_view paragraph, const QuoteData& quotes,
                                           const TextData& text_data,
                                           const std::optional<Speaker>& speaker_before) {
  return QuoteWriter(paragraph, quotes, text_data, speaker_before).write();
}

std::string attribute_quotes(std::string_view paragraph, const QuoteData& quotes,
                             const TextData& text_data) {
  return attribute_story_quotes(paragraph, quotes, text_data, std::nullopt).text;
}

}  // namespace nieuwslezer
