#include "app/run.h"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <optional>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "app/data_paths.h"
#include "app/delivery.h"
#include "app/finishing.h"
#include "app/html_output.h"
#include "app/inputs.h"
#include "app/outputs.h"
#include "app/podcast_output.h"
#include "app/produce_audio.h"
#include "app/progress_line.h"
#include "errors.h"
#include "input/read_input.h"
#include "output/caption_rules.h"
#include "script/phrases.h"
#include "script/script_length.h"
#include "script/script_writer.h"
#include "speech/foreign_names.h"
#include "speech/phoneme_map.h"
#include "speech/script_speech.h"
#include "speech/synthesizer.h"
#include "speech/voice.h"
#include "system/worker_processes.h"
#include "text/text_data.h"

namespace nieuwslezer {
namespace {

namespace fs = std::filesystem;

constexpr const char* kDefaultExample = "examples/binnenland.txt";
constexpr const char* kCaptionRules = "caption_breaks.tsv";  // in data/

// A bulletin is spoken in one go, so its length is bounded before anything is spoken: a
// script of more than kMaxSpeechHours at the voice's rate is refused (a page of 100 000 items
// would otherwise speak for days), and with --max-duration only the newest ticker items that
// could fit even read at twice the rate are spoken and measured.
constexpr double kMaxSpeechHours = 3.0;

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

// The program's own data, loaded before the long work so a bad file fails fast.
struct ProgramData {
  fs::path root;
  Voice voice;
  std::optional<Voice> ticker_voice;
  Phrases phrases;
  TextData text;
  EditorialData editorial;
};

ProgramData load_program_data(const Options& options) {
  const fs::path root = find_data_root();
  spdlog::debug("data from {}", root.string());
  ProgramData data{root,
                   find_voice(options.voice, root / "voices"),
                   std::nullopt,
                   load_phrases(root / "data" / "phrases.nl.txt"),
                   load_text_data(root / "data"),
                   load_editorial_data(root / "data")};
  if (options.rate) data.voice.rate = *options.rate;
  if (options.pitch) data.voice.pitch = *options.pitch;
  if (options.ticker_voice) {
    data.ticker_voice = find_voice(*options.ticker_voice, root / "voices");
    if (options.rate) data.ticker_voice->rate = data.voice.rate;
  }
  for (const std::string& lexicon : options.lexicons) add_pronunciation_file(data.text, lexicon);
  return data;
}

// The engine started with the voice (and the ticker voice checked), so an unknown voice
// fails before any output is written; none when nothing is spoken or shown as eSpeak input.
void start_engine(std::optional<Synthesizer>& synthesizer, const Options& options,
                  const ProgramData& data) {
  if (options.no_audio && !options.ssml) return;
  synthesizer.emplace(data.voice);
  if (data.ticker_voice) {
    synthesizer->set_voice(*data.ticker_voice);  // checks it now; speak_script switches back
    synthesizer->set_voice(data.voice);
  }
}

// The running order as a script, its foreign names resolved for the voice.
Script bulletin_script(const RunningOrder& order, const CivilTime& air_time,
                       const ProgramData& data, const Options& options,
                       std::optional<Synthesizer>& synthesizer) {
  const std::string date = std::to_string(air_time.day) + " " +
                           data.text.month_names.at(static_cast<std::size_t>(air_time.month)) +
                           " " + std::to_string(air_time.year);
  Script script = write_script(order, air_time, data.phrases, data.text, data.editorial,
                               {{"station", options.station}, {"date", date}});
  for (const auto& warning : script.warnings) spdlog::warn("{}", warning);
  if (synthesizer) {
    const auto maps = load_phoneme_maps(data.root / "data" / "phoneme_maps");
    look_up_foreign_names(
        script, *synthesizer, data.voice,
        dutch_mapper(maps, [](const std::string& problem) { spdlog::warn("{}", problem); }));
  }
  return script;
}

// Bounds what will be spoken (see kMaxSpeechHours): cuts the ticker to what could fit
// --max-duration, then throws InputError naming the inputs for a script that is too long
// (measured in words' worth, so that one huge "word" counts as what it is).
void limit_speech(Script& script, const Options& options, const CheckedOptions& checked,
                  const Voice& voice, const std::vector<Input>& inputs) {
  const double words_a_second = voice.rate / 60.0;
  if (checked.max_duration) {
    const double slot = static_cast<double>(checked.max_duration->count());
    const auto most = static_cast<std::size_t>(slot * 2.0 * words_a_second);
    if (const std::size_t left_out = cut_ticker_to_words(script, most)) {
      spdlog::info("--max-duration {}: {} older ticker item(s) cannot fit and are not spoken",
                   *options.max_duration, left_out);
    }
  }
  const std::size_t words = spoken_size(script);
  const double hours = double(words) / words_a_second / 3600.0;
  if (hours > kMaxSpeechHours) {
    std::vector<std::string> names;
    for (const Input& input : inputs) names.push_back(input_display_name(input.location));
    throw InputError(fmt::format(
        "{}: the bulletin would be about {} words' worth, {:.1f} hours of speech; the most "
        "nieuwslezer reads in one bulletin is {:.0f} hours: choose with --max-items, "
        "--max-age or --max-duration",
        fmt::join(names, ", "), words, hours, kMaxSpeechHours));
  }
}

// The inputs; with none given, standard input (a filter in a pipe or a cron job must never
// air the demo), or the bundled example when asked for or at a terminal, saying so.
std::vector<Input> inputs_to_read(const Options& options, const fs::path& root) {
  std::vector<Input> inputs;
  for (const std::string& location : options.inputs) inputs.push_back(Input{location});
  const bool at_terminal = ::isatty(STDIN_FILENO) == 1;
  if (options.example || (inputs.empty() && at_terminal)) {
    const std::string example = (root / kDefaultExample).string();
    spdlog::info("reading the bundled example page {}{}", example,
                 options.example ? "" : " (no input given; '-' reads standard input)");
    inputs.push_back(Input{example, true});
  } else if (inputs.empty()) {
    spdlog::debug("no input given: reading standard input");
    inputs.push_back(Input{"-"});
  }
  return inputs;
}

// 07:58:10 -> 08:00:00, 08:02:29 -> 08:00:00 (zones are offset from UTC by whole minutes).
Instant round_to_five_minutes(Instant instant) {
  const long long seconds = instant.time_since_epoch().count();
  return Instant(std::chrono::seconds((seconds + 150) / 300 * 300));
}

}  // namespace

void run(const Options& options, const CheckedOptions& checked) {
  StageClock clock;
  const ProgramData data = load_program_data(options);
  const CaptionRules caption_rules =
      captions_file(options) ? load_caption_rules(data.root / "data" / kCaptionRules, data.text)
                             : CaptionRules{};
  // A feed that cannot take the episode stops the run before any output is touched.
  if (options.podcast_feed && !options.no_audio) {
    check_podcast_feed_file(options, choose_format(options));
  }
  std::optional<Synthesizer> synthesizer;
  start_engine(synthesizer, options, data);
  clock.lap("data and engine");

  const std::vector<Input> inputs = inputs_to_read(options, data.root);
  const RunningOrder order = running_order(options, inputs, checked, data.text);
  const CivilTime air_time = checked.zone.to_civil(checked.now);
  spdlog::info("bulletin for {:04}-{:02}-{:02} {:02}:{:02} {}: {} ticker item(s) read",
               air_time.year, air_time.month, air_time.day, air_time.hour, air_time.minute,
               checked.zone.name(), order.ticker.size());
  Script script = bulletin_script(order, air_time, data, options, synthesizer);
  clock.lap("script");
  if (options.no_audio) return write_scripts(options, script, data.voice.language);

  // The title and tags name the slot: a bulletin made at 07:58 is the one of 8 o'clock.
  const CivilTime slot_time = checked.zone.to_civil(round_to_five_minutes(checked.now));
  const std::string title =
      options.title.value_or(bulletin_title(data.phrases, slot_time, data.text.month_names));
  const CivilTime slot_end =
      checked.zone.to_civil(round_to_five_minutes(checked.now) + std::chrono::hours(1));
  const std::string programme = programme_name(data.phrases, options.station);
  const Delivery delivery = plan_delivery(options, {title, programme, data.phrases.names.programme},
                                          air_time, slot_time, slot_end);
  for (const auto& note : delivery.notes) spdlog::info("{}", note);
  limit_speech(script, options, checked, data.voice, inputs);
  const Finishing finishing = load_finishing(options, delivery.mastering);

  const int jobs = options.jobs > 0 ? options.jobs : available_cpus();
  ProgressLine progress(options.progress);
  const SpeechSource speak = [&](const SpeechSink& sink) {
    std::size_t sentences = 0, spoken = 0;
    for (const Segment& segment : script.segments) sentences += segment.sentences.size();
    progress.show("speaking", 0.0);
    speak_script(script, *synthesizer, data.voice, data.ticker_voice, jobs,
                 [&](std::span<const SentenceSpeech> speech) {
                   spoken += speech.size();
                   progress.show("speaking",
                                 double(spoken) / double(std::max<std::size_t>(sentences, 1)));
                   sink(speech);
                 });
    progress.clear();  // before anything else logs
    clock.lap("speech");
  };
  std::optional<Slot> slot;
  if (checked.max_duration) slot = slot_for(options, *checked.max_duration, finishing);
  ProducedAudio produced =
      produce_audio(script, synthesizer->sample_rate(), speak, options.pauses, slot,
                    [&](Audio audio) { return finish(std::move(audio), finishing); });
  clock.lap("assembly and mastering");
  write_bulletin(
      options, produced.script, std::move(produced.audio), delivery,
      {title, programme, data.phrases.names.podcast_description, checked.now, checked.zone,
       data.voice.name, data.voice.language, data.phrases.page, caption_rules});
  clock.lap("writing");
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
