#include "app/run.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <functional>
#include <optional>

#include "app/data_paths.h"
#include "app/delivery.h"
#include "app/option_values.h"
#include "app/produce_audio.h"
#include "audio/audio_file.h"
#include "audio/mastering.h"
#include "audio/programme.h"
#include "errors.h"
#include "input/read_input.h"
#include "input/text_decoding.h"
#include "order/ordering.h"
#include "output/captions.h"
#include "output/manifest.h"
#include "output/podcast_feed.h"
#include "page/merge.h"
#include "page/page_reader.h"
#include "script/script_length.h"
#include "script/script_writer.h"
#include "script/shorten.h"
#include "speech/foreign_names.h"
#include "speech/script_speech.h"
#include "speech/synthesizer.h"
#include "speech/voice.h"
#include "system/atomic_file.h"
#include "system/worker_processes.h"
#include "text/text_data.h"

namespace nieuwslezer {
namespace {

namespace fs = std::filesystem;

constexpr const char* kDefaultExample = "examples/binnenland.txt";
constexpr const char* kDefaultMaxAge = "12h";

// Logs at debug level (--verbose) how long each stage took since the previous one.
class StageClock {
 public:
  void lap(std::string_view stage) {
    const auto now = std::chrono::steady_clock::now();
    spdlog::debug("{}: {:.3f} s", stage, std::chrono::duration<double>(now - last_).count());
    last_ = now;
  }

 private:
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

Sync sync_of(const Options& options) { return options.sync ? Sync::kYes : Sync::kNo; }

// File -> page; every problem is an InputError that names the file.
Page load_page(const std::string& file) {
  const std::string name = input_display_name(file);
  const std::string bytes = read_input_file(file);  // its errors name the input
  DecodedText decoded;
  try {
    decoded = decode_page_text(bytes);
  } catch (const InputError& error) {
    throw InputError(name + ": " + error.what());  // decoding only says what is wrong
  }
  Page page;
  try {
    page = read_page(decoded.text);
  } catch (const InputError& error) {
    throw InputError(name + ": " + error.what());  // feeds and JSON say only what is wrong
  }
  for (const auto& warning : decoded.warnings) spdlog::warn("{}: {}", name, warning);
  for (const auto& warning : page.warnings) spdlog::warn("{}: {}", name, warning);
  page.warnings.clear();
  if (!page.has_lead && page.ticker.empty()) {
    throw InputError(name +
                     ": no story found (expected a news page with a headline and a "
                     "dateline such as 'BRUSSEL (ANP) - ...' or a 'Meer uit ...' ticker, "
                     "an RSS/Atom feed with items, or JSON stories)");
  }
  spdlog::info("{}: {} lead, {} ticker item(s){}", name, page.has_lead ? "a" : "no",
               page.ticker.size(), page.section.empty() ? "" : " in '" + page.section + "'");
  return page;
}

// 07:58:10 -> 08:00:00, 08:02:29 -> 08:00:00 (zones are offset from UTC by whole minutes).
Instant round_to_five_minutes(Instant instant) {
  const long long seconds = instant.time_since_epoch().count();
  return Instant(std::chrono::seconds((seconds + 150) / 300 * 300));
}

// 2026-11-28T07:00:00Z in Europe/Amsterdam -> "2026-11-28T08:00:00+01:00".
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

// A jingle or bed file -> an element; every problem is an InputError naming the file.
ProgrammeElement load_element(const std::string& file, double gain_db) {
  const std::string bytes = read_input_file(file);
  try {
    return ProgrammeElement{decode_audio(bytes), gain_db};
  } catch (const std::runtime_error& error) {
    throw InputError(input_display_name(file) + ": " + error.what());
  }
}

ProgrammeSettings programme_settings(const Options& options, const MasteringSettings& mastering) {
  ProgrammeSettings programme;
  if (options.intro) programme.intro = load_element(*options.intro, options.intro_gain);
  if (options.outro) programme.outro = load_element(*options.outro, options.outro_gain);
  if (options.bed) programme.bed = load_element(*options.bed, options.bed_gain);
  programme.bed_settings = options.bed_settings;
  // Music keeps the delivery's rate and channels instead of eSpeak's 22 050 Hz mono.
  programme.sample_rate = mastering.sample_rate;
  programme.channels = mastering.channels;
  return programme;
}

struct EpisodeFacts {
  std::string title;
  std::uint64_t bytes;
  double seconds;
  Instant now;
  const TimeZone& zone;
  AudioFormat format;
};

// Adds the bulletin just written to the podcast feed; the feed is replaced atomically and a
// feed that cannot be read is never overwritten.
void update_podcast_feed(const Options& options, const Script& script, const EpisodeFacts& facts) {
  const std::string feed_file = *options.podcast_feed;
  std::string existing;
  if (fs::exists(feed_file)) existing = read_input_file(feed_file);
  std::string base = options.podcast_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  PodcastEpisode episode;
  episode.title = facts.title;
  episode.url = base + "/" + fs::path(options.output).filename().string();
  episode.mime_type = std::string(mime_type(facts.format));
  episode.bytes = facts.bytes;
  episode.seconds = facts.seconds;
  episode.guid = "nieuwslezer-" + iso_time(facts.now, facts.zone);
  episode.pub_date = rfc822_time(facts.now.time_since_epoch().count());
  for (const Segment& segment : script.segments) {
    if (segment.kind != SegmentKind::kHeadline || segment.written.empty()) continue;
    episode.description += (episode.description.empty() ? "" : " ") + segment.written.front();
  }
  PodcastChannel channel;
  channel.link = base;
  if (!options.station.empty()) channel.title = "Nieuws van " + options.station;
  std::string feed;
  try {
    feed = add_podcast_episode(existing, episode, channel, options.podcast_keep);
  } catch (const InputError& error) {
    throw InputError(feed_file + ": " + error.what());
  }
  write_output(feed_file, feed, sync_of(options));
  spdlog::info("{}: episode '{}' added", feed_file, episode.title);
}

// The voice asked for, with --rate and --pitch applied.
Voice chosen_voice(const Options& options, const fs::path& voices) {
  Voice voice = find_voice(options.voice, voices);
  if (options.rate) {
    if (*options.rate < 80 || *options.rate > 450) {
      throw UsageError("--rate: " + std::to_string(*options.rate) +
                       " is not 80 to 450 words a minute");
    }
    voice.rate = *options.rate;
  }
  if (options.pitch) {
    if (*options.pitch < 0 || *options.pitch > 100) {
      throw UsageError("--pitch: " + std::to_string(*options.pitch) + " is not 0 to 100");
    }
    voice.pitch = *options.pitch;
  }
  return voice;
}

// Inputs -> the stories to read, in order; throws NothingToReadError when nothing is fresh.
RunningOrder running_order(const Options& options, const std::vector<std::string>& inputs,
                           Instant now, const TimeZone& zone, const OrderingRules& rules,
                           const TextData& text_data) {
  std::vector<Page> pages;
  for (const std::string& input : inputs) pages.push_back(load_page(input));
  Page page = merge_pages(std::move(pages));
  for (const auto& warning : page.warnings) spdlog::warn("{}", warning);
  RunningOrder order = order_stories(page, now, zone, rules);
  for (const auto& warning : order.warnings) spdlog::warn("{}", warning);
  if ((!order.lead && order.ticker.empty()) || order.ticker.size() < options.min_items) {
    const std::string why = std::to_string(order.ticker.size()) + " fresh ticker item(s)" +
                            (order.lead ? " and a lead" : "") + ", --min-items " +
                            std::to_string(options.min_items);
    if (!options.allow_empty) throw NothingToReadError("nothing to air: " + why);
    spdlog::warn("nothing to air ({}): --allow-empty makes a bulletin of opening and closing", why);
    order.lead.reset();
    order.ticker.clear();
  }
  if (options.lead_sentences && order.lead) {
    keep_first_sentences(*order.lead, *options.lead_sentences, text_data);
  }
  return order;
}

// A bulletin is spoken in one go, so its length is bounded before anything is spoken: a
// script of more than kMaxSpeechHours at the voice's rate is refused (a page of 100 000 items
// would otherwise speak for days), and with --max-duration only the newest ticker items that
// could fit even read at twice the rate are spoken and measured.
constexpr double kMaxSpeechHours = 3.0;

void limit_speech(Script& script, const Options& options, const Voice& voice,
                  const std::vector<std::string>& inputs) {
  const double words_a_second = voice.rate / 60.0;
  const std::size_t words = spoken_words(script);
  if (options.max_duration) {
    const double slot = static_cast<double>(parse_duration(*options.max_duration).count());
    const auto most = static_cast<std::size_t>(slot * 2.0 * words_a_second);
    if (const std::size_t left_out = cut_ticker_to_words(script, most)) {
      spdlog::info("--max-duration {}: {} older ticker item(s) cannot fit and are not spoken",
                   *options.max_duration, left_out);
    }
    return;
  }
  const double hours = double(words) / words_a_second / 3600.0;
  if (hours > kMaxSpeechHours) {
    std::vector<std::string> names;
    for (const std::string& input : inputs) names.push_back(input_display_name(input));
    throw InputError(fmt::format(
        "{}: the bulletin would be {} words, about {:.1f} hours of speech; the most nieuwslezer "
        "reads in one bulletin is {:.0f} hours: choose with --max-items, --max-age or "
        "--max-duration",
        fmt::join(names, ", "), words, hours, kMaxSpeechHours));
  }
}

// --max-duration: the slot, and what finishing adds to the joined speech: mastering's pads
// and the jingles and bed.
Slot slot_of(const Options& options, const ProgrammeSettings& programme,
             const MasteringSettings& mastering) {
  Slot slot{*options.max_duration,
            static_cast<double>(parse_duration(*options.max_duration).count()), 0.0};
  slot.extra_seconds = 2.0 * (mastering.pad_ms - options.pauses.edge_ms) / 1000.0;
  for (const auto& jingle : {programme.intro, programme.outro}) {
    if (jingle) slot.extra_seconds += jingle->audio.seconds() + programme.gap_ms / 1000.0;
  }
  if (programme.bed) {
    slot.extra_seconds +=
        (options.bed_settings.lead_in_ms + options.bed_settings.fade_out_ms) / 1000.0;
  }
  return slot;
}

}  // namespace

void run(const Options& options) {
  if (options.script == "-" && !options.no_audio && options.output == "-") {
    throw UsageError("--script - and -o - cannot both write to standard output");
  }
  StageClock clock;
  const fs::path data_root = find_data_root();
  spdlog::debug("data from {}", data_root.string());
  const TimeZone zone = TimeZone::named(options.timezone);
  const Instant now =
      options.now ? parse_reference_time(*options.now, zone)
                  : std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  OrderingRules rules;
  // A bulletin airs news of the last hours: without --max-age, items older than
  // kDefaultMaxAge are left out (those of unknown age are kept); "--max-age none" reads all.
  if (!options.max_age) {
    rules.max_age = parse_duration(kDefaultMaxAge);
    rules.keep_undated = true;
  } else if (*options.max_age != "none") {
    rules.max_age = parse_duration(*options.max_age);
  }
  rules.max_items = options.max_items;
  // Load every data file before the long work, so a bad one fails fast.
  const Voice voice = chosen_voice(options, data_root / "voices");
  const Phrases phrases = load_phrases(data_root / "data" / "phrases.nl.txt");
  TextData text_data = load_text_data(data_root / "data");
  for (const std::string& lexicon : options.lexicons) add_pronunciation_file(text_data, lexicon);
  const EditorialData editorial = load_editorial_data(data_root / "data");

  std::vector<std::string> inputs = options.inputs;
  if (inputs.empty()) inputs.push_back((data_root / kDefaultExample).string());
  std::optional<Voice> ticker_voice;
  if (options.ticker_voice) {
    ticker_voice = find_voice(*options.ticker_voice, data_root / "voices");
    if (options.rate) ticker_voice->rate = voice.rate;
  }
  // Start the engine early: an unknown voice fails before any output is written.
  std::optional<Synthesizer> synthesizer;
  if (!options.no_audio || options.ssml) {
    synthesizer.emplace(voice);
    if (ticker_voice) {
      synthesizer->set_voice(*ticker_voice);  // checks it now; speak_script switches back
      synthesizer->set_voice(voice);
    }
  }
  clock.lap("data and engine");
  const RunningOrder order = running_order(options, inputs, now, zone, rules, text_data);
  const CivilTime air_time = zone.to_civil(now);
  spdlog::info("bulletin for {:04}-{:02}-{:02} {:02}:{:02} {}: {} ticker item(s) read",
               air_time.year, air_time.month, air_time.day, air_time.hour, air_time.minute,
               zone.name(), order.ticker.size());
  const std::string date = std::to_string(air_time.day) + " " +
                           text_data.month_names.at(static_cast<std::size_t>(air_time.month)) +
                           " " + std::to_string(air_time.year);
  Script full_script = write_script(order, air_time, phrases, text_data, editorial,
                                    {{"station", options.station}, {"date", date}});
  for (const auto& warning : full_script.warnings) spdlog::warn("{}", warning);
  clock.lap("script writing");
  if (synthesizer) {
    const auto maps = load_phoneme_maps(data_root / "data" / "phoneme_maps");
    clock.lap("phoneme maps");
    look_up_foreign_names(
        full_script, *synthesizer, voice,
        dutch_mapper(maps, [](const std::string& problem) { spdlog::warn("{}", problem); }));
    clock.lap("foreign names");
  }
  const auto write_scripts = [&](const Script& script) {
    if (options.script) write_output(*options.script, script_text(script), sync_of(options));
    if (options.ssml) {
      write_output(*options.ssml, script_ssml(script, voice.language, options.pauses),
                   sync_of(options));
    }
  };
  if (options.no_audio) {
    if (options.max_duration)
      throw UsageError("--max-duration measures the audio: drop --no-audio");
    write_scripts(full_script);
    return;
  }
  if (options.podcast_feed && (options.podcast_url.empty() || options.output == "-")) {
    throw UsageError("--podcast-feed needs --podcast-url and an output file (-o)");
  }

  // The title and tags name the slot: a bulletin made at 07:58 is the one of 8 o'clock.
  const CivilTime slot = zone.to_civil(round_to_five_minutes(now));
  const std::string title =
      options.title.value_or(bulletin_title(phrases, slot, text_data.month_names));
  const Delivery delivery = plan_delivery(options, title, air_time);
  for (const auto& note : delivery.notes) spdlog::info("{}", note);

  limit_speech(full_script, options, voice, inputs);
  const bool has_elements = options.intro || options.outro || options.bed;
  const ProgrammeSettings programme =
      has_elements ? programme_settings(options, delivery.mastering) : ProgrammeSettings{};
  // Jingles, bed and mastering, after the speech is joined.
  const auto finish_audio = [&](Audio audio) {
    if (has_elements) audio = build_programme(std::move(audio), programme);
    audio = master_audio(std::move(audio), delivery.mastering);
    clock.lap("mastering");
    return audio;
  };
  clock.lap("script");
  const int jobs = options.jobs > 0 ? options.jobs : available_cpus();
  const SpeechSource speak = [&](const SpeechSink& sink) {
    speak_script(full_script, *synthesizer, voice, ticker_voice, jobs, sink);
    clock.lap("synthesis and assembly");
  };
  std::optional<Slot> fit;
  if (options.max_duration) fit = slot_of(options, programme, delivery.mastering);
  ProducedAudio produced = produce_audio(full_script, synthesizer->sample_rate(), speak,
                                         options.pauses, fit, finish_audio);
  Audio& audio = produced.audio;
  const Script& script = produced.script;
  // The audio is written first: if it fails, the script, manifest and captions of an
  // earlier bulletin still match its audio.
  std::optional<std::string> manifest, captions;
  if (options.manifest) {
    manifest = manifest_json(script, audio, {title, iso_time(now, zone), options.output});
  }
  if (options.captions) captions = webvtt_captions(script, audio);
  // Chapters in the file: one cue point per segment, not per sentence.
  std::erase_if(audio.markers, [](const Marker& marker) { return marker.sentence >= 0; });
  const double seconds = audio.seconds();
  // Encoded straight into the file: resampled, copied to each channel and written block by
  // block, with no copy of the whole file in memory.
  const std::uint64_t size = write_output_with(
      options.output, [&](int fd) { encode_audio_to_file(audio, delivery.encode, fd); },
      sync_of(options));
  std::vector<float>().swap(audio.samples);
  clock.lap("encoding and writing");
  write_scripts(script);
  if (manifest) write_output(*options.manifest, *manifest, sync_of(options));
  if (captions) write_output(*options.captions, *captions, sync_of(options));
  if (options.podcast_feed) {
    update_podcast_feed(options, script, {title, size, seconds, now, zone, delivery.encode.format});
  }
  spdlog::info("{}: {:.1f} s of {} audio at {} Hz, {} segment(s), voice {}",
               options.output == "-" ? "standard output" : options.output, seconds,
               format_name(delivery.encode.format),
               delivery.encode.sample_rate ? delivery.encode.sample_rate : audio.sample_rate,
               script.segments.size(), voice.name);
}

std::string voice_list() {
  const fs::path voices = find_data_root() / "voices";
  std::string list;
  for (const std::string& name : list_voice_profiles(voices)) {
    const Voice voice = find_voice(name, voices);
    list += name + "\t" + voice.description + "\n";
  }
  list += "(or any eSpeak NG voice, e.g. nl, nl+f3)\n";
  return list;
}

}  // namespace nieuwslezer
