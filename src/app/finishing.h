#pragma once
// What is done to the joined speech: jingles and a music bed, then mastering.

#include <chrono>

#include "app/options.h"
#include "app/produce_audio.h"
#include "audio/audio.h"
#include "audio/mastering.h"
#include "audio/programme.h"

namespace nieuwslezer {

struct Finishing {
  bool has_elements = false;    // any of --intro, --outro, --bed
  ProgrammeSettings programme;  // the jingles and bed, loaded
  MasteringSettings mastering;  // the delivery's
};

/// Loads --intro, --outro and --bed (any format libsndfile reads) at the delivery's rate and
/// channels. Throws InputError naming a file that cannot be read or decoded.
Finishing load_finishing(const Options& options, const MasteringSettings& mastering);

/// The joined speech with the jingles and bed, mastered.
Audio finish(Audio audio, const Finishing& finishing);

/// The slot of --max-duration (`seconds`), and what finishing adds to the joined speech:
/// mastering's pads, the jingles with their gaps and the bed's lead-in and fade-out.
Slot slot_for(const Options& options, std::chrono::seconds seconds, const Finishing& finishing);

}  // namespace nieuwslezer
