#include "app/outputs.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <utility>
#include <vector>

#include "app/html_output.h"
#include "app/podcast_output.h"
#include "audio/audio_file.h"
#include "audio/checked_encoding.h"
#include "audio/loudness.h"
#include "output/captions.h"
#include "output/cart_timers.h"
#include "output/chapters.h"
#include "output/manifest.h"
#include "speech/script_speech.h"
#include "system/atomic_file.h"
#include "system/file_lock.h"

namespace nieuwslezer {
namespace {

Sync sync_of(const Options& options) { return options.sync ? Sync::kYes : Sync::kNo; }

// "out/nieuws.wav" -> "out", "nieuws.wav" -> ".".
std::filesystem::path output_folder(const std::string& output) {
  const std::filesystem::path folder = std::filesystem::path(output).parent_path();
  return folder.empty() ? "." : folder;
}

// The bext chunk's version 2 loudness fields, measured on the audio as it is written.
void add_bext_loudness(BroadcastInfo& bext, const Audio& audio) {
  const BroadcastLoudness loudness = measure_broadcast_loudness(audio);
  bext.has_loudness = true;
  bext.loudness_lufs = loudness.integrated_lufs;
  bext.loudness_range_lu = loudness.range_lu;
  bext.max_true_peak_dbtp = loudness.true_peak_dbtp;
  bext.max_momentary_lufs = loudness.max_momentary_lufs;
  bext.max_short_term_lufs = loudness.max_short_term_lufs;
}

// A lossy file is encoded in memory, decoded and measured, and encoded again when the
// encoder moved its loudness or peaks off the goal (encode_checked).
std::string encode_lossy(Audio& audio, const EncodeOptions& encode, const Delivery& delivery) {
  const CheckedEncoding checked = encode_checked(audio, encode, delivery.mastering, delivery.goal);
  const LoudnessMeasurement& m = checked.measured;
  const std::string corrections =
      checked.reencodes == 0 ? "" : fmt::format(" after {} re-encoding(s)", checked.reencodes);
  if (!checked.met) {
    spdlog::warn(
        "the decoded {} file measures {:.1f} LUFS, {:.1f} dBTP{}, not {:.1f} LUFS "
        "under {:.1f} dBTP",
        format_name(encode.format), m.integrated_lufs, m.true_peak_dbtp, corrections,
        delivery.goal.target_lufs, delivery.goal.ceiling_dbtp);
  } else {
    spdlog::info("the decoded {} file measures {:.1f} LUFS, {:.1f} dBTP{}",
                 format_name(encode.format), m.integrated_lufs, m.true_peak_dbtp, corrections);
  }
  return checked.bytes;
}

// Writes the audio file and returns its size. Other formats are encoded straight into the
// file: resampled, copied to each channel and written block by block, with no copy of the
// whole file in memory.
std::uint64_t write_audio(const Options& options, Audio& audio, const EncodeOptions& encode,
                          const Delivery& delivery) {
  if (is_lossy(encode.format)) {
    const std::string bytes = encode_lossy(audio, encode, delivery);
    write_output(options.output, bytes, sync_of(options));
    return bytes.size();
  }
  return write_output_with(
      options.output, [&](int fd) { encode_audio_to_file(audio, encode, fd); }, sync_of(options));
}

}  // namespace

std::string iso_time(Instant instant, const TimeZone& zone) {
  using namespace std::chrono;
  const CivilTime local = zone.to_civil(instant);
  // The wall-clock reading taken as if it were UTC, minus the instant, is the UTC offset.
  const sys_seconds as_utc = sys_days(year(local.year) / month(static_cast<unsigned>(local.month)) /
                                      day(static_cast<unsigned>(local.day))) +
                             hours(local.hour) + minutes(local.minute) + seconds(local.second);
  const long offset = static_cast<long>(duration_cast<minutes>(as_utc - instant).count());
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{}{:02}:{:02}", local.year, local.month,
                     local.day, local.hour, local.minute, local.second, offset < 0 ? '-' : '+',
                     std::labs(offset) / 60, std::labs(offset) % 60);
}

void write_scripts(const Options& options, const Script& script, const std::string& language) {
  if (options.script) write_output(*options.script, script_text(script), sync_of(options));
  if (options.ssml) {
    write_output(*options.ssml, script_ssml(script, language, options.pauses), sync_of(options));
  }
}

double write_bulletin(const Options& options, const Script& script, Audio audio,
                      const Delivery& delivery, const BulletinFacts& facts) {
  // The audio is written first: if it fails, the script, manifest and captions of an
  // earlier bulletin still match its audio.
  const std::string air_time = iso_time(facts.now, facts.zone);
  std::optional<std::string> manifest, captions;
  if (options.manifest) {
    manifest = manifest_json(script, audio,
                             {facts.title, air_time, options.output, delivery.encode.sample_rate,
                              delivery.encode.channels});
  }
  const std::optional<std::string> captions_path = captions_file(options);
  if (captions_path) captions = webvtt_captions(script, audio, facts.captions);
  const std::optional<std::string> page =
      bulletin_page(options, script, audio, facts.title, air_time, facts.page);
  const std::optional<std::string> chapters = podcast_chapters(options, script, audio, facts);
  EncodeOptions encode = delivery.encode;
  if (encode.bext.enabled) add_bext_loudness(encode.bext, audio);
  if (encode.cart.enabled) {
    encode.cart.timers = cart_timers(audio);
    encode.cart.out_cue = out_cue(script);
  }
  // Chapters in the file, titled with the headlines: one per story, not per sentence.
  audio.markers = bulletin_chapters(script, audio);
  const double seconds = audio.seconds();
  const int sample_rate = audio.sample_rate;
  // One run at a time writes into -o's folder, so two runs with the same outputs (a retry
  // overlapping the hourly job) leave the complete set of one of them, never the audio of
  // one and the script of the other. A lock on the folder itself leaves no file behind.
  std::optional<FileLock> lock;
  std::error_code no_folder;  // then writing says so, naming the output
  if (options.output != "-" &&
      std::filesystem::is_directory(output_folder(options.output), no_folder)) {
    lock.emplace(output_folder(options.output), FileLock::kFolder);
  }
  const std::uint64_t size = write_audio(options, audio, encode, delivery);
  std::vector<float>().swap(audio.samples);
  write_scripts(options, script, facts.language);
  if (manifest) write_output(*options.manifest, *manifest, sync_of(options));
  if (captions) write_output(*captions_path, *captions, sync_of(options));
  if (page) write_output(*options.html, *page, sync_of(options));  // after the files it links
  if (chapters) write_output(chapters_file(options.output), *chapters, sync_of(options));
  if (options.podcast_feed) {
    update_podcast_feed(options, script, facts, {size, seconds, delivery.encode.format});
  }
  spdlog::info("{}: {:.1f} s of {} audio at {} Hz, {} segment(s), voice {}",
               options.output == "-" ? "standard output" : options.output, seconds,
               format_name(delivery.encode.format),
               delivery.encode.sample_rate ? delivery.encode.sample_rate : sample_rate,
               script.segments.size(), facts.voice);
  return seconds;
}

}  // namespace nieuwslezer
