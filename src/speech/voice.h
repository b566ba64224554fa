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
  std::filesystem::path profile;       // the .voice file it comes from; empty for built-ins
  int rate = 166;                      // words per minute (eSpeak 80..450)
  int pitch = 50;                      // eSpeak base pitch 0..100, 50 = the variant's own
  int range = 50;                      // eSpeak pitch range 0..100, 50 = the variant's own
  int word_gap = 0;                    // extra pause between words, 10 ms units
};

/// The profile the program speaks with unless told otherwise (Options::voice).
inline constexpr std::string_view kDefaultVoice = "nieuwslezer";

/// The voice named `name`: voices_dir/<name>.voice when it exists ("nieuwslezer"), else an
/// eSpeak built-in written as language[+variant] ("nl", "nl+f3", "en-gb"). A variant that is
/// a file in voices_dir/variants/ is ours: it is checked (check_variant_file) and passed to
/// eSpeak by file. Throws UsageError for a malformed name, and DataError naming the file for
/// a bad profile, a bad variant file of ours or a missing default profile
/// ("voices/nieuwslezer.voice: is missing (the default voice profile)").
Voice find_voice(std::string_view name, const std::filesystem::path& voices_dir);

/// Checks one of our eSpeak NG variant files (voices/variants/*) before eSpeak reads it:
/// eSpeak skips what it does not understand, with at most a note on standard error, and
/// speaks with a voice nobody chose. The file must be UTF-8 text of "attribute values" lines
/// ('#' lines and "//" comments aside) with attributes from eSpeak NG's voice file format
/// (docs/voices.md) and numbers where it takes numbers, and must have a "name" line.
/// Throws DataError: "nieuwsman:7: 'pitch' takes 2 numbers, not '78'",
/// "nieuwsman:3: 'pich' is not an eSpeak NG voice attribute",
/// "nieuwsman: is not a text file (damaged?)", "nieuwsman: has no 'name' line (truncated?)".
void check_variant_file(const std::filesystem::path& file);

/// The profile names in voices_dir ("nieuwslezer", "nieuwslezeres"), sorted.
std::vector<std::string> list_voice_profiles(const std::filesystem::path& voices_dir);

}  // namespace nieuwslezer
