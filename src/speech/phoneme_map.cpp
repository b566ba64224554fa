#include "speech/phoneme_map.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "base/bounded_read.h"
#include "base/strings.h"
#include "errors.h"

namespace nieuwslezer {
namespace {

namespace fs = std::filesystem;

// eSpeak NG packs a mnemonic into 4 bytes (PHONEME_TAB::mnemonic).
constexpr std::size_t kMaxMnemonic = 4;

bool is_stress(char c) { return c == '\'' || c == ','; }

// "" when `mnemonic` can be an eSpeak mnemonic, else what is wrong with it.
std::string mnemonic_error(std::string_view mnemonic) {
  if (mnemonic.size() > kMaxMnemonic) {
    return "'" + std::string(mnemonic) + "' is longer than an eSpeak NG mnemonic (4 characters)";
  }
  for (const char c : mnemonic) {
    if (c <= ' ' || c > '~') {
      return "'" + std::string(mnemonic) + "' is not an eSpeak NG mnemonic (printable ASCII)";
    }
  }
  return "";
}

bool is_dutch_vowel(std::string_view mnemonic) {
  return std::strchr("aeiouyAEIOYVW@8", mnemonic.front()) != nullptr;
}

// "" or what is wrong with the Dutch side of a line; fills `dutch` ("-" leaves it empty).
std::string read_dutch(std::string_view text, std::vector<std::string>& dutch) {
  if (text == "-") return "";
  for (const std::string_view mnemonic : split(text, ' ')) {
    if (std::string error = mnemonic_error(mnemonic); !error.empty()) return error;
    if (mnemonic.find_first_of("[]|/") != std::string_view::npos || mnemonic == "-" ||
        is_stress(mnemonic.front()) || mnemonic.front() == '_') {
      return "'" + std::string(mnemonic) +
             "' cannot be a Dutch mnemonic here (write '-' alone for nothing)";
    }
    dutch.emplace_back(mnemonic);
  }
  return "";
}

// "" or what is wrong with one "foreign<TAB>dutch" line's fields.
std::string read_line(PhonemeMap& map, const std::vector<std::string_view>& fields,
                      std::unordered_map<std::string, std::size_t>& line_of, std::size_t number) {
  if (fields.size() < 2 || (fields.size() > 2 && fields[2].front() != '#')) {
    return "expected 'foreign<TAB>dutch[<TAB># comment]', got " + std::to_string(fields.size()) +
           " field(s)";
  }
  const std::string foreign(fields[0]);
  if (std::string error = mnemonic_error(foreign); !error.empty()) return error;
  if (is_stress(foreign.front()) || foreign.front() == '_' || foreign.front() == '(' ||
      foreign.front() == '|') {
    return "'" + foreign + "' is a stress, pause or language mark, which are handled built in";
  }
  if (const auto seen = line_of.find(foreign); seen != line_of.end()) {
    return "'" + foreign + "' is already mapped on line " + std::to_string(seen->second);
  }
  DutchPhonemes dutch;
  const std::string_view target = fields[1];
  const std::size_t slash = target.find(" / ");
  std::string error = read_dutch(target.substr(0, slash), dutch.open);
  if (error.empty() && slash != std::string_view::npos) {
    error = read_dutch(target.substr(slash + 3), dutch.closed);
  }
  if (!error.empty()) return error;
  dutch.vowel = std::any_of(dutch.open.begin(), dutch.open.end(), is_dutch_vowel);
  if (slash != std::string_view::npos &&
      (!dutch.vowel || !std::any_of(dutch.closed.begin(), dutch.closed.end(), is_dutch_vowel))) {
    return "'" + std::string(target) + "': only a vowel has an open and a closed form";
  }
  line_of.emplace(foreign, number);
  map.longest = std::max(map.longest, foreign.size());
  map.phonemes.emplace(foreign, std::move(dutch));
  return "";
}

// One foreign phoneme of a word, with the stress mark written before it.
struct Item {
  const DutchPhonemes* dutch = nullptr;
  std::string_view stress;
};

bool is_single(const DutchPhonemes& phoneme, std::string_view set) {
  return phoneme.open.size() == 1 && phoneme.open[0].size() == 1 &&
         set.find(phoneme.open[0][0]) != std::string_view::npos;
}

// A vowel is in a closed syllable before two consonants that cannot start a syllable
// together, or before a consonant that ends the word. Dropped phonemes do not count.
bool closed_syllable(const std::vector<Item>& word, std::size_t vowel) {
  std::vector<const DutchPhonemes*> consonants;
  std::size_t next = vowel + 1;
  for (; next < word.size() && !word[next].dutch->vowel; ++next) {
    if (!word[next].dutch->open.empty()) consonants.push_back(word[next].dutch);
  }
  const bool word_end = next == word.size();
  if (consonants.empty()) return false;
  if (word_end) return true;
  if (consonants.size() == 1) return false;
  // "dr", "pl", "fr": a Dutch syllable may start with a stop or f/v and then r or l.
  return !(consonants.size() == 2 && is_single(*consonants[0], "pbtdkgfvxQ") &&
           is_single(*consonants[1], "rl"));
}

// "d" then "t", "z" then "s": one consonant that differs only in voicing, which Dutch says once.
bool voicing_pair(std::string_view a, std::string_view b) {
  static constexpr std::string_view kVoiced = "bdzvQgZ", kVoiceless = "ptsfxkS";
  if (a.size() != 1 || b.size() != 1) return false;
  const auto voiced = kVoiced.find(a[0]);
  const auto voiceless = kVoiceless.find(a[0]);
  return (voiced != std::string_view::npos && kVoiceless[voiced] == b[0]) ||
         (voiceless != std::string_view::npos && kVoiced[voiceless] == b[0]);
}

void write_word(const std::vector<Item>& word, std::string& out) {
  if (word.empty()) return;
  std::string text;
  std::string_view stress;
  std::string_view last;  // the Dutch mnemonic written last
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (!word[i].stress.empty()) stress = word[i].stress;
    const DutchPhonemes& dutch = *word[i].dutch;
    const bool closed = !dutch.closed.empty() && closed_syllable(word, i);
    for (const std::string& mnemonic : closed ? dutch.closed : dutch.open) {
      // Dutch has no long sounds of one kind twice: a doubled consonant ("m'essi", Italian
      // "t:", Swedish "ldt" in Bildt) is said once, and so is a vowel written twice (Norwegian
      // "u-:u-:" in Ruud). A consonant still closed the syllable before it (Mes-si, not Mee-si).
      if (!last.empty() &&
          (mnemonic == last ||
           (!is_dutch_vowel(last) && (mnemonic == ":" || voicing_pair(last, mnemonic))))) {
        continue;
      }
      last = mnemonic;
      if (!stress.empty()) {
        text += stress;
        stress = {};
      } else if (!text.empty()) {
        text += '|';
      }
      text += mnemonic;
    }
  }
  if (text.empty()) return;
  if (!out.empty()) out += ' ';
  out += text;
}

// Length of a pause or language mark at `pos`, or 0: "_", "_:", "_!", "_|", "_;_", "||",
// "(en)".
std::size_t mark_length(std::string_view text, std::size_t pos) {
  const char c = text[pos];
  if (c == '_' || c == '|') {
    std::size_t end = pos + 1;
    while (end < text.size() && std::strchr("_:!|;^", text[end]) != nullptr) ++end;
    return end - pos;
  }
  if (c == '(') {
    std::size_t end = pos + 1;
    while (end < text.size() && ((text[end] >= 'a' && text[end] <= 'z') || text[end] == '-' ||
                                 (text[end] >= '0' && text[end] <= '9'))) {
      ++end;
    }
    if (end < text.size() && end > pos + 1 && text[end] == ')') return end + 1 - pos;
  }
  return 0;
}

}  // namespace

PhonemeMap load_phoneme_map(const fs::path& file) {
  std::istringstream in;
  try {
    in.str(read_data_bytes(file));
  } catch (const InputError& error) {
    throw DataError(error.what());
  }
  PhonemeMap map;
  map.language = file.stem().string();
  map.file = file;
  std::unordered_map<std::string, std::size_t> line_of;
  std::string text;
  std::size_t number = 0;
  while (std::getline(in, text)) {
    ++number;
    if (!text.empty() && text.back() == '\r') text.pop_back();
    // "# ..." is a comment; "#l" (a mnemonic of eSpeak's French) is not.
    if (text.empty() || text == "#" || text.rfind("# ", 0) == 0) continue;
    std::vector<std::string_view> fields = split(text, '\t');
    for (auto& field : fields) {
      while (!field.empty() && field.front() == ' ') field.remove_prefix(1);
      while (!field.empty() && field.back() == ' ') field.remove_suffix(1);
    }
    std::erase_if(fields, [](std::string_view field) { return field.empty(); });
    if (fields.empty()) continue;
    const std::string error = read_line(map, fields, line_of, number);
    if (!error.empty()) {
      throw DataError(file.string() + ":" + std::to_string(number) + ": " + error);
    }
  }
  if (in.bad()) throw DataError(file.string() + ": read error");
  if (map.phonemes.empty()) throw DataError(file.string() + ": has no phonemes");
  return map;
}

std::map<std::string, PhonemeMap> load_phoneme_maps(const fs::path& dir) {
  std::error_code error;
  fs::directory_iterator entries(dir, error);
  if (error) {
    throw DataError(dir.string() + ": is not a directory of phoneme maps (" + error.message() +
                    ")");
  }
  std::map<std::string, PhonemeMap> maps;
  for (const fs::directory_entry& entry : entries) {
    if (entry.path().extension() != ".tsv") continue;
    PhonemeMap map = load_phoneme_map(entry.path());
    std::string language = map.language;
    maps.emplace(std::move(language), std::move(map));
  }
  return maps;
}

std::string to_dutch_phonemes(std::string_view foreign, const PhonemeMap& map,
                              const std::map<std::string, PhonemeMap>& others) {
  std::string out;
  std::vector<Item> word;
  std::string_view stress;  // the mark waiting for the next phoneme of this word
  const PhonemeMap* current = &map;
  std::size_t pos = 0;
  while (pos < foreign.size()) {
    const char c = foreign[pos];
    if (c == ' ' || c == '\t' || c == '\n') {
      write_word(word, out);
      word.clear();
      stress = {};
      ++pos;
      continue;
    }
    if (is_stress(c)) {
      stress = foreign.substr(pos, 1);  // the last mark wins: ",'" before a vowel is primary
      ++pos;
      continue;
    }
    std::size_t length = std::min(current->longest, foreign.size() - pos);
    for (; length > 0; --length) {
      const auto found = current->phonemes.find(std::string(foreign.substr(pos, length)));
      if (found == current->phonemes.end()) continue;
      word.push_back({&found->second, stress});
      stress = {};
      break;
    }
    if (length > 0) {
      pos += length;
      continue;
    }
    if (const std::size_t mark = mark_length(foreign, pos); mark > 0) {
      if (foreign[pos] == '(') {
        const std::string language(foreign.substr(pos + 1, mark - 2));
        const auto other = others.find(language);
        if (language == map.language) {
          current = &map;
        } else if (other != others.end()) {
          current = &other->second;
        }
      }
      pos += mark;
      continue;
    }
    std::size_t unknown = 1;  // show the rest of the mnemonic too: "E~2", not "E"
    while (unknown < kMaxMnemonic && pos + unknown < foreign.size() &&
           std::strchr(" \t\n',_(|", foreign[pos + unknown]) == nullptr) {
      ++unknown;
    }
    throw UnknownPhonemeError(current->file.string() + ": has no Dutch phoneme for '" +
                              std::string(foreign.substr(pos, unknown)) + "' (in '" +
                              std::string(foreign) + "')");
  }
  write_word(word, out);
  return out;
}

}  // namespace nieuwslezer
