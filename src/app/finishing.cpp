#include "app/finishing.h"

#include <stdexcept>
#include <utility>

#include "audio/audio_file.h"
#include "errors.h"
#include "input/read_input.h"

namespace nieuwslezer {
namespace {

// A jingle or bed file -> an element; every problem is an InputError naming the file.
ProgrammeElement load_element(const std::string& file, double gain_db) {
  const std::string bytes = read_input_file(file);
  Audio audio;
  try {
    audio = decode_audio(bytes);
  } catch (const std::runtime_error& error) {
    throw InputError(input_display_name(file) + ": " + error.what());
  }
  // A sound file with a header and no sound (a truncated FLAC, a 0-frame WAV).
  if (audio.samples.empty() || audio.sample_rate <= 0 || audio.channels <= 0) {
    throw InputError(input_display_name(file) + ": holds no sound (0 frames)");
  }
  return ProgrammeElement{std::move(audio), gain_db};
}

}  // namespace

Finishing load_finishing(const Options& options, const MasteringSettings& mastering) {
  Finishing finishing;
  finishing.mastering = mastering;
  finishing.has_elements = options.intro || options.outro || options.bed;
  if (!finishing.has_elements) return finishing;
  ProgrammeSettings& programme = finishing.programme;
  if (options.intro) programme.intro = load_element(*options.intro, options.intro_gain);
  if (options.outro) programme.outro = load_element(*options.outro, options.outro_gain);
  if (options.bed) programme.bed = load_element(*options.bed, options.bed_gain);
  programme.bed_settings = options.bed_settings;
  // Music keeps the delivery's rate and channels instead of eSpeak's 22 050 Hz mono.
  programme.sample_rate = mastering.sample_rate;
  programme.channels = mastering.channels;
  return finishing;
}

Audio finish(Audio audio, const Finishing& finishing) {
  if (finishing.has_elements) audio = build_programme(std::move(audio), finishing.programme);
  return master_audio(std::move(audio), finishing.mastering);
}

Slot slot_for(const Options& options, std::chrono::seconds seconds, const Finishing& finishing) {
  Slot slot{*options.max_duration, static_cast<double>(seconds.count()), 0.0};
  slot.extra_seconds = 2.0 * (finishing.mastering.pad_ms - options.pauses.edge_ms) / 1000.0;
  const ProgrammeSettings& programme = finishing.programme;
  for (const auto& jingle : {programme.intro, programme.outro}) {
    if (jingle) slot.extra_seconds += jingle->audio.seconds() + programme.gap_ms / 1000.0;
  }
  if (programme.bed) {
    slot.extra_seconds +=
        (options.bed_settings.lead_in_ms + options.bed_settings.fade_out_ms) / 1000.0;
  }
  return slot;
}

}  // namespace nieuwslezer
