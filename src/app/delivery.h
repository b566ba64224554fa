#pragma once
// From the command line's sound options to mastering and encoding settings.

#include <string>

#include "app/options.h"
#include "audio/audio_file.h"
#include "audio/checked_encoding.h"
#include "audio/mastering.h"
#include "order/time_zone.h"

namespace nieuwslezer {

/// What the bulletin is called: its title, and the programme it belongs to (phrases' name.*).
struct BulletinNames {
  std::string title;           // "Nieuws van 8 uur, 28 november 2026"
  std::string programme;       // the album: "Nieuws van Radio Zuidwest", or "Nieuws"
  std::string classification;  // the cart chunk's class: "Nieuws"
};

struct Delivery {
  MasteringSettings mastering;
  EncodeOptions encode;
  // What the delivered file measures once decoded: the preset's (or --lufs and --true-peak's)
  // target and ceiling. A lossy file is mastered under a lower ceiling and checked against it.
  LoudnessGoal goal;
  std::vector<std::string> notes;  // adjustments worth logging ("Opus needs 48000 Hz")
};

/// The file format: --format when given, else from -o's extension ("nieuws.mp3" -> MP3),
/// WAV for "-" or a name without extension. Throws UsageError for an unknown --format or an
/// extension that names no format we write ("bulletin.aac").
AudioFormat choose_format(const Options& options);

/// Mastering and encoding for `options`: the preset (podcast, radio, raw) with --lufs,
/// --true-peak, --sample-rate and --channels on top, the rate the format needs (Opus 48 kHz),
/// tags (`names`' title and programme as album, station as artist, date of `air_time`) and, for
/// radio WAVs or --bext, a Broadcast Wave chunk; for radio WAVs or --cart, an AES46 cart chunk that
/// may air from `slot_start` to `slot_end` (its timers and out cue are the audio's: cart_timers).
/// The numbers must be checked (check_options); throws UsageError for an unknown preset or format,
/// or a bext or cart chunk asked for in another format.
Delivery plan_delivery(const Options& options, const BulletinNames& names,
                       const CivilTime& air_time, const CivilTime& slot_start,
                       const CivilTime& slot_end);

}  // namespace nieuwslezer
