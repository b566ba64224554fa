#include "app/delivery.h"

#include <cstdio>

#include "errors.h"
#include "system/worker_processes.h"

namespace nieuwslezer {
namespace {

bool is_wav(AudioFormat format) {
  return format == AudioFormat::kWav16 || format == AudioFormat::kWav24;
}

std::string two_digits(int value) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "%02d", value);
  return buffer;
}

std::string date_of(const CivilTime& time) {
  return std::to_string(time.year) + "-" + two_digits(time.month) + "-" + two_digits(time.day);
}

std::string time_of(const CivilTime& time) {
  return two_digits(time.hour) + ":" + two_digits(time.minute) + ":" + two_digits(time.second);
}

// The cart chunk's label; its timers and out cue come from the finished audio (cart_timers).
CartInfo cart_chunk(const Options& options, const BulletinNames& names, const CivilTime& slot_start,
                    const CivilTime& slot_end) {
  CartInfo cart;
  cart.enabled = true;
  cart.title = names.title;
  cart.artist = options.station;
  const std::string slot =
      date_of(slot_start) + "-" + two_digits(slot_start.hour) + two_digits(slot_start.minute);
  cart.cut_id = options.cut_id.value_or(slot.substr(0, 4) + slot.substr(5, 2) + slot.substr(8));
  cart.category = "NEWS";
  cart.classification = names.classification;
  cart.start_date = date_of(slot_start);
  cart.start_time = time_of(slot_start);
  cart.end_date = date_of(slot_end);
  cart.end_time = time_of(slot_end);
  cart.producer_app_id = "nieuwslezer";
  cart.producer_app_version = NIEUWSLEZER_VERSION;
  return cart;
}

// What the encoder adds to the true peaks of speech, as measured on the example pages and
// on a 33-minute page (the longer the page, the more peaks can grow): Opus up to 1.6 dB,
// Vorbis 0.9, MP3 0.3.
double lossy_headroom_db(AudioFormat format) {
  switch (format) {
    case AudioFormat::kOggOpus:
      return 2.0;
    case AudioFormat::kOggVorbis:
      return 1.0;
    case AudioFormat::kMp3:
      return 0.5;
    default:
      return 0.0;
  }
}

}  // namespace

AudioFormat choose_format(const Options& options) {
  if (options.format) {
    try {
      return parse_audio_format(*options.format);
    } catch (const std::invalid_argument& error) {
      throw UsageError(std::string("--format: ") + error.what());
    }
  }
  if (options.output == "-") return AudioFormat::kWav16;
  const std::filesystem::path output(options.output);
  if (!output.has_extension()) return AudioFormat::kWav16;
  if (const auto format = format_for_path(output)) return *format;
  throw UsageError("-o " + options.output + ": cannot tell the audio format from '" +
                   output.extension().string() +
                   "' (use .wav, .flac, .ogg, .opus or .mp3, or --format)");
}

Delivery plan_delivery(const Options& options, const BulletinNames& names,
                       const CivilTime& air_time, const CivilTime& slot_start,
                       const CivilTime& slot_end) {
  Delivery delivery;
  try {
    delivery.mastering = preset(options.preset, options.channels);
  } catch (const std::invalid_argument&) {
    throw UsageError("--preset: '" + options.preset + "' is not podcast, radio or raw");
  }
  delivery.mastering.threads = options.jobs > 0 ? options.jobs : available_cpus();
  if (options.lufs) {
    delivery.mastering.target_lufs = *options.lufs;
    delivery.mastering.normalize = true;
  }
  if (options.true_peak) {
    delivery.mastering.true_peak_ceiling_dbtp = *options.true_peak;
  }
  if (options.sample_rate) {
    delivery.mastering.sample_rate = *options.sample_rate;
  }
  delivery.encode.format = choose_format(options);
  delivery.goal.target_lufs = delivery.mastering.target_lufs;
  delivery.goal.ceiling_dbtp = delivery.mastering.true_peak_ceiling_dbtp;
  delivery.goal.check_loudness = delivery.mastering.normalize;
  // Lossy codecs add to the peaks: mastering keeps what they add in hand, so that the first
  // encoding nearly always meets the ceiling; the decoded file is checked anyway.
  if (delivery.mastering.normalize) {
    delivery.mastering.true_peak_ceiling_dbtp -= lossy_headroom_db(delivery.encode.format);
  }
  // eSpeak NG speaks at 22050 Hz; a rate of 0 ("keep") means that rate.
  const int rate = delivery.mastering.sample_rate ? delivery.mastering.sample_rate : 22050;
  const int needed = required_sample_rate(delivery.encode.format, rate);
  if (needed != rate) {
    delivery.notes.push_back(std::string(format_name(delivery.encode.format)) + " is written at " +
                             std::to_string(needed) + " Hz, not " + std::to_string(rate));
    delivery.mastering.sample_rate = needed;
  }
  // Mastering works at the speech's rate; the encoder converts to the delivery's.
  delivery.encode.sample_rate = delivery.mastering.sample_rate;
  delivery.encode.channels = delivery.mastering.channels;

  const std::string date = date_of(air_time);
  auto& tags = delivery.encode.tags;
  tags.title = names.title;
  tags.artist = options.station;
  tags.date = date;
  tags.album = names.programme;
  tags.genre = "Speech";
  tags.comment = std::string("nieuwslezer ") + NIEUWSLEZER_VERSION;

  const bool wav = is_wav(delivery.encode.format);
  const bool bext = options.bext.value_or(wav && options.preset == "radio");
  if (bext && !wav) throw UsageError("--bext: a Broadcast Wave chunk needs a WAV output");
  if (bext) {
    auto& chunk = delivery.encode.bext;
    chunk.enabled = true;
    chunk.description = names.title;
    chunk.originator = options.station.empty() ? "nieuwslezer" : options.station;
    chunk.originator_reference = "nieuwslezer";
    chunk.origination_date = date;
    chunk.origination_time = time_of(air_time);
  }
  const bool cart = options.cart.value_or(wav && options.preset == "radio");
  if (cart && !wav) throw UsageError("--cart: a cart chunk needs a WAV output");
  if (cart) delivery.encode.cart = cart_chunk(options, names, slot_start, slot_end);
  return delivery;
}

}  // namespace nieuwslezer
