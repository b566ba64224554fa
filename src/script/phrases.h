#pragma once
// The bulletin's spoken frame (greeting, opening, transition, closing) from data/phrases.nl.txt.

#include <array>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/key_value.h"
#include "order/time_zone.h"

namespace nieuwslezer {

/// The texts of the bulletin's web page (--html), the "page.*" keys.
struct PagePhrases {
  std::string listen_from;        // a story's link: "Luister vanaf dit bericht ({time})"
  std::string download_audio;     // "Download de audio"
  std::string download_captions;  // "Download de ondertiteling (WebVTT)"
  std::string captions_label;     // the track's name in the player's menu: "Nederlands"
  std::string no_audio_player;    // shown by a browser that plays no audio
  std::string transcript;         // the name of the transcript's region: "Transcript"
};

/// The names of what is not spoken: the programme and the jingles' chapters, "name.*" keys.
struct NamePhrases {
  std::string programme;            // "Nieuws": the album and podcast title without a station
  std::string programme_of;         // "Nieuws van {station}"
  std::string podcast_description;  // a new feed's: "Het nieuws, voorgelezen door nieuwslezer"
  std::string intro;                // the intro jingle's chapter: "Intro"
  std::string outro;                // "Outro"
};

struct Phrases {
  std::map<int, std::string> greetings;  // from this hour on (0..23) -> "Goedemorgen"
  std::string opening;                   // "{greeting}. Het is {clock}. Hier is het nieuws."
  std::string transition;                // "Verder in het nieuws."
  std::string closing;                   // "Dat was het nieuws."
  // Ways to bring in a ticker item's dateline place, taken in turn: {"Dan naar {place}.",
  // "Nu naar {place}."}; empty: the place is never said.
  std::vector<std::string> datelines;
  std::string title;                 // "Nieuws van {hour_number} uur, {day} {month} {year}"
  std::vector<std::string> hours;    // 12 names, index 0 = twaalf
  std::map<int, std::string> clock;  // minute (0, 5, .. 55) -> "kwart over {hour}"
  PagePhrases page;
  NamePhrases names;
};

/// Checks and converts the phrase file's keys; throws InputError naming `source_name` and
/// the key for a missing key, a wrong hour list or an unknown {variable}.
Phrases parse_phrases(const KeyValues& values, std::string_view source_name);

/// Reads data/phrases.nl.txt (or another file of that form), the program's own data; throws
/// DataError naming it when it is missing, unreadable or malformed.
Phrases load_phrases(const std::filesystem::path& file);

/// Replaces each {name} in `text` by vars[name]: "{greeting}." + {greeting: Goedemorgen}
/// -> "Goedemorgen.". A name not in `vars` is left as it is.
std::string fill_template(std::string_view text, const std::map<std::string, std::string>& vars);

/// The Dutch clock phrase for a wall-clock time rounded to 5 minutes:
/// 08:00 -> "acht uur", 07:58 -> "acht uur", 08:15 -> "kwart over acht", 20:30 -> "half negen".
std::string clock_phrase(const Phrases& phrases, int hour, int minute);

/// The title tag for a bulletin at `air_time` (already rounded to the bulletin's slot), with
/// `month_names[1..12]`: 08:00 on 28-11-2026 -> "Nieuws van 8 uur, 28 november 2026".
std::string bulletin_title(const Phrases& phrases, const CivilTime& air_time,
                           const std::array<std::string, 13>& month_names);

/// The programme's name: "Nieuws van Radio Zuidwest" for a station, else "Nieuws".
std::string programme_name(const Phrases& phrases, const std::string& station);

/// The greeting for a wall-clock time rounded to 5 minutes: 05:58 -> "Goedemorgen".
std::string greeting(const Phrases& phrases, int hour, int minute);

}  // namespace nieuwslezer
