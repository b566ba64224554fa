#pragma once
// Voice selection: a newsreader profile from voices/ or an eSpeak NG built-in voice.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace nieuwslezer {

/// A voice as the synthesizer needs it.
struct Voice {
  std::string name = "nieuwslezer";    // what the user asked for
  std::string description;             // from the profile; empty for built-ins
  std::string language = "nl";         // eSpeak language ("nl", "en")
  std::string variant;                 // eSpeak variant ("nieuwsman", "m3"); empty = none
  std::filesystem::path variant_file;  // our own variant file, empty for stock variants
  int rate = 166;                      // words per minute (eSpeak 80..450)
  int pitch = 50;                      // eSpeak base pitch 0..100, 50 = the variant's own
  int range = 50;                      // eSpeak pitch range 0..100, 50 = the variant's own
  int word_gap = 0;                    // extra pause between words, 10 ms units
};

/// The voice named `name`: voices_dir/<name>.voice when it exists ("nieuwslezer"), else an
/// eSpeak built-in written as language[+variant] ("nl", "nl+f3", "en-gb"). A profile's
/// variant that is a file in voices_dir/variants/ is ours and is passed to eSpeak by file.
/// Throws UsageError for a malformed name and InputError naming the file for a bad profile.
Voice find_voice(std::string_view name, const std::filesystem::path& voices_dir);

/// The profile names in voices_dir ("nieuwslezer", "nieuwslezeres"), sorted.
std::vector<std::string> list_voice_profiles(const std::filesystem::path& voices_dir);

}  // namespace nieuwslezer
