#include "speech/voice.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>
#include <sstream>

#include "base/bounded_read.h"
#include "base/key_value.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "errors.h"

namespace nieuwslezer {
namespace {

// The eSpeak NG voice attributes a variant file may set (eSpeak NG docs/voices.md) and how
// many numbers each takes; min_numbers -1 means words ("name nieuwsman").
struct VariantAttribute {
  std::string_view name;
  int min_numbers;
  int max_numbers;
};
constexpr VariantAttribute kVariantAttributes[] = {
    {"name", -1, 0},      {"language", -1, 0}, {"gender", -1, 0},    {"maintainer", -1, 0},
    {"status", -1, 0},    {"pitch", 2, 2},     {"formant", 4, 5},    {"echo", 2, 2},
    {"tone", 2, 10},      {"flutter", 1, 1},   {"roughness", 1, 1},  {"voicing", 1, 1},
    {"consonants", 1, 2}, {"breath", 1, 8},    {"breathw", 1, 8},    {"speed", 1, 1},
    {"words", 1, 2},      {"klatt", 1, 8},     {"intonation", 1, 1}, {"stressLength", 1, 8},
    {"stressAmp", 1, 8},  {"stressAdd", 1, 8}};

bool is_number(std::string_view word) {
  if (word.starts_with('-')) word.remove_prefix(1);
  return !word.empty() &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// One variant line "formant 1  97  98 100" (comments already gone) -> "" or what is wrong.
std::string variant_line_error(std::string_view line) {
  std::istringstream words{std::string(line)};
  std::string attribute;
  words >> attribute;
  const auto known =
      std::find_if(std::begin(kVariantAttributes), std::end(kVariantAttributes),
                   [&](const VariantAttribute& candidate) { return candidate.name == attribute; });
  if (known == std::end(kVariantAttributes)) {
    return "'" + attribute + "' is not an eSpeak NG voice attribute";
  }
  std::vector<std::string> values;
  for (std::string value; words >> value;) values.push_back(value);
  if (known->min_numbers < 0) {
    return values.empty() ? "'" + attribute + "' has no value" : "";
  }
  const auto count = static_cast<int>(values.size());
  if (count >= known->min_numbers && count <= known->max_numbers &&
      std::all_of(values.begin(), values.end(),
                  [](const std::string& v) { return is_number(v); })) {
    return "";
  }
  std::string given;
  for (const std::string& value : values) given += (given.empty() ? "" : " ") + value;
  const std::string takes =
      known->min_numbers == known->max_numbers
          ? std::to_string(known->min_numbers)
          : std::to_string(known->min_numbers) + " to " + std::to_string(known->max_numbers);
  return "'" + attribute + "' takes " + takes + " number(s), not '" + given + "'";
}

bool is_plain_name(std::string_view name, std::string_view extra_allowed) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [&](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || extra_allowed.find(c) != std::string_view::npos;
  });
}

int integer_value(const KeyValues& values, std::string_view key, int fallback, int low, int high,
                  const std::string& source) {
  const auto found = values.find(key);
  if (found == values.end()) return fallback;
  int value = 0;
  const auto& text = found->second;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size() || value < low || value > high) {
    throw InputError(source + ": '" + std::string(key) + "' must be a whole number from " +
                     std::to_string(low) + " to " + std::to_string(high) + ", not '" + text + "'");
  }
  return value;
}

}  // namespace

Voice find_voice(std::string_view name, const std::filesystem::path& voices_dir) {
  if (!is_plain_name(name, "+")) {
    throw UsageError("--voice: '" + std::string(name) +
                     "' is not a voice name (letters, digits, '-', '_', '+')");
  }
  Voice voice;
  voice.name = std::string(name);
  const auto profile = voices_dir / (std::string(name) + ".voice");
  if (name.find('+') == std::string_view::npos && std::filesystem::exists(profile)) {
    const std::string source = profile.string();
    voice.profile = profile;
    // The profile is the program's own data: any fault in it is an installation problem.
    try {
      const KeyValues values = load_key_values(profile);
      voice.language = required_value(values, "language", source);
      if (!is_plain_name(voice.language, "")) {
        throw InputError(source + ": 'language' is not an eSpeak language name");
      }
      if (const auto found = values.find("description"); found != values.end()) {
        voice.description = found->second;
      }
      if (const auto found = values.find("variant"); found != values.end()) {
        voice.variant = found->second;
        if (!is_plain_name(voice.variant, "")) {
          throw InputError(source + ": 'variant' is not a variant name");
        }
      }
      voice.rate = integer_value(values, "rate", voice.rate, 80, 450, source);
      voice.pitch = integer_value(values, "pitch", voice.pitch, 0, 100, source);
      voice.range = integer_value(values, "range", voice.range, 0, 100, source);
      voice.word_gap = integer_value(values, "word_gap", voice.word_gap, 0, 100, source);
    } catch (const InputError& error) {
      throw DataError(error.what());
    }
    if (!voice.variant.empty()) {
      const auto own = voices_dir / "variants" / voice.variant;
      if (std::filesystem::exists(own)) {
        check_variant_file(own);
        voice.variant_file = own;
      }
    }
    return voice;
  }
  if (name == kDefaultVoice) {
    throw DataError(profile.string() + ": is missing (the default voice profile)");
  }
  // An eSpeak built-in: "nl", "nl+f3". Whether eSpeak knows it is checked when it is set.
  const auto plus = name.find('+');
  voice.language = std::string(name.substr(0, plus));
  if (plus != std::string_view::npos) voice.variant = std::string(name.substr(plus + 1));
  if (voice.language.empty() || (plus != std::string_view::npos && voice.variant.empty())) {
    throw UsageError("--voice: '" + std::string(name) + "' is not language[+variant]");
  }
  if (!voice.variant.empty()) {
    const auto own = voices_dir / "variants" / voice.variant;
    if (std::filesystem::exists(own)) {
      check_variant_file(own);
      voice.variant_file = own;
    }
  }
  voice.rate = 170;
  return voice;
}

void check_variant_file(const std::filesystem::path& file) {
  const std::string name = file.string();
  std::string text;
  try {
    text = read_data_bytes(file);
  } catch (const InputError& error) {
    throw DataError(error.what());
  }
  if (!utf8::is_text(text)) throw DataError(name + ": is not a text file (damaged?)");
  bool named = false;
  std::size_t number = 0;
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    std::string_view line = std::string_view(text).substr(start, end - start);
    start = end + 1;
    ++number;
    // eSpeak's comments: a line starting with '#', anything after "//".
    if (line.starts_with('#')) continue;
    line = line.substr(0, line.find("//"));
    line = trim(line, " \t\r");
    if (line.empty()) continue;
    if (const std::string error = variant_line_error(line); !error.empty()) {
      throw DataError(name + ":" + std::to_string(number) + ": " + error);
    }
    named = named || line.starts_with("name ") || line.starts_with("name\t");
  }
  if (!named) throw DataError(name + ": has no 'name' line (truncated?)");
}

std::vector<std::string> list_voice_profiles(const std::filesystem::path& voices_dir) {
  std::vector<std::string> names;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(voices_dir, error)) {
    if (entry.path().extension() == ".voice") names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace nieuwslezer
