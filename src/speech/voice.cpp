#include "speech/voice.h"

#include <algorithm>
#include <charconv>

#include "errors.h"
#include "input/key_value.h"

namespace nieuwslezer {
namespace {

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
  if (name.find('+') == std::string_view::npos && std::filesystem::is_regular_file(profile)) {
    const std::string source = profile.string();
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
      const auto own = voices_dir / "variants" / voice.variant;
      if (std::filesystem::is_regular_file(own)) voice.variant_file = own;
    }
    voice.rate = integer_value(values, "rate", voice.rate, 80, 450, source);
    voice.pitch = integer_value(values, "pitch", voice.pitch, 0, 100, source);
    voice.range = integer_value(values, "range", voice.range, 0, 100, source);
    voice.word_gap = integer_value(values, "word_gap", voice.word_gap, 0, 100, source);
    return voice;
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
    if (std::filesystem::is_regular_file(own)) voice.variant_file = own;
  }
  voice.rate = 170;
  return voice;
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
