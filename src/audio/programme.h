#pragma once
// Programme elements: intro and outro jingles around the speech, and a music bed under it.
//
// The layout, in time order (an element that is absent takes its gap with it):
//   intro | gap | bed lead-in | speech (bed ducked under it) | bed fade-out | gap | outro
// The bed plays from the start of its lead-in to the end of its fade-out, nowhere else.
// This stage runs before mastering, which sets the programme's loudness and holds its peaks.

#include <optional>

#include "audio/audio.h"

namespace nieuwslezer {

/// A jingle or a bed as decoded from its file (any rate, mono or any channel count).
struct ProgrammeElement {
  Audio audio;
  double gain_db = 0.0;  // loudness relative to the speech's integrated loudness, LU
};

struct BedSettings {
  double duck_db = -18.0;  // extra gain while speech sounds, dB (0 = no ducking)
  int attack_ms = 80;      // the duck ramps down over this time, ending as speech starts
  int release_ms = 400;    // and back up over this time, starting as speech stops
  int bridge_ms = 600;     // pauses in the speech shorter than this stay ducked
  int lead_in_ms = 1500;   // the bed alone (not ducked) before the speech
  int fade_out_ms = 2000;  // the bed alone after the speech, fading to silence
};

struct ProgrammeSettings {
  std::optional<ProgrammeElement> intro;
  std::optional<ProgrammeElement> outro;
  std::optional<ProgrammeElement> bed;  // its gain_db is its level when not ducked
  BedSettings bed_settings;
  int gap_ms = 300;  // silence between a jingle and the speech (or the bed around it)
  // The programme's format, 0 = the speech's. Set them to the delivery's (44 100 Hz stereo,
  // say) so music is not cut to eSpeak's 22 050 Hz mono on its way through.
  int sample_rate = 0;  // Hz
  int channels = 0;
};

/// Puts `speech` (any rate, any channel count, markers from the assembly) into a programme:
/// intro + gap + speech with the bed under it + gap + outro, as the layout above, at
/// settings.sample_rate and settings.channels (0 = the speech's). The speech and every element
/// are converted to that rate (resample) and channel count (mono -> N copies the channel,
/// N -> mono averages). Each element is set to the speech's integrated loudness plus its
/// gain_db (a jingle shorter than 400 ms is measured looped; when the speech or the element is
/// silent, only gain_db applies). The bed is looped (50 ms crossfades) to cover lead-in +
/// speech + fade-out and ducked by duck_db wherever a sentence marker (sentence >= 0) says
/// speech sounds, or, when there are none, wherever the speech comes within 30 dB of its
/// loudness; it fades in over 10 ms and out over fade_out_ms (a cosine, at least 10 ms) to
/// silence. The speech itself is not changed; its markers move with it; "intro" and "outro"
/// markers (segment -1) are added. Nothing is normalized or limited: samples may exceed full
/// scale until mastering. Without elements the speech is only converted.
/// Example: 10 s of 22 050 Hz mono speech, a 3 s 44.1 kHz stereo intro, a bed, defaults ->
/// 3 + 0.3 + 1.5 + 10 + 2 = 16.8 s of 22 050 Hz mono, the speech markers 4.8 s later;
/// with sample_rate 48000 and channels 2, the same at 48 kHz stereo.
/// Throws std::invalid_argument for speech or an element without frames, channels or rate, a
/// channel conversion other than 1 -> N, N -> 1, N -> N, a negative time, rate or channel
/// count, duck_db above 0 or a gain that is not finite; std::runtime_error when resampling
/// or metering fails.
Audio build_programme(Audio speech, const ProgrammeSettings& settings);

}  // namespace nieuwslezer
