// End-to-end tests: the real nieuwslezer binary on real pages.

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <thread>

#include "audio/audio_file.h"
#include "audio_meters.h"
#include "system/file_lock.h"
#include "test_support.h"

namespace nieuwslezer {
namespace {

namespace fs = std::filesystem;
using test::count;
using test::read;
using test::Result;

class Cli : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = test::fresh_test_directory("cli"); }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs the binary in dir_ with `arguments` (shell syntax); stdout and stderr are captured.
  Result run(const std::string& arguments) const { return test::run_nieuwslezer(dir_, arguments); }

  void write(const std::string& name, const std::string& bytes) const {
    std::ofstream(dir_ / name, std::ios::binary) << bytes;
  }

  fs::path dir_;
};

const std::string kExamples = NIEUWSLEZER_SOURCE_DIR "/examples/";
const std::string kNow = "--now 2026-11-28T08:00:00+01:00";

TEST_F(Cli, PlaysNoAudioSoLeavesNoAudioClientBehind) {
  // eSpeak NG's audio setup would start a PulseAudio client, which makes directories in the
  // runtime directory and the home (and complains on stderr where it cannot).
  fs::create_directories(dir_ / "home");
  fs::create_directories(dir_ / "runtime");
  test::RunOptions options;
  options.environment = "HOME='" + (dir_ / "home").string() + "' XDG_RUNTIME_DIR='" +
                        (dir_ / "runtime").string() + "'";
  const Result result = test::run_nieuwslezer(
      dir_, "'" + kExamples + "sport.txt' " + kNow + " -q -o out.wav", options);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "");
  EXPECT_TRUE(fs::is_empty(dir_ / "home"));
  EXPECT_TRUE(fs::is_empty(dir_ / "runtime"));
  EXPECT_GT(fs::file_size(dir_ / "out.wav"), 100000u);
}

TEST_F(Cli, SyncPutsEveryOutputOnTheDisk) {
  const test::DiskTestDirectory disk("cli-sync");
  const auto at = [&](const std::string& name) { return disk.path() / name; };
  const auto outputs = [&](const std::string& name) {
    return " -o '" + at(name + ".wav").string() + "' --script '" + at(name + ".txt").string() + "'";
  };
  const std::string page = "'" + kExamples + "sport.txt' " + kNow + " -q";
  const Result plain = run(page + outputs("plain"));
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  // The check below means something only where a file written without fsync shows it, as
  // ext4, XFS and btrfs do.
  ASSERT_EQ(test::has_data_not_on_disk(at("plain.wav")), true)
      << "the file system of " << disk.path() << " does not show unwritten data (FIEMAP)";
  const Result synced = run(page + outputs("synced") + " --sync");
  ASSERT_EQ(synced.exit_code, 0) << synced.err;
  EXPECT_EQ(test::has_data_not_on_disk(at("synced.wav")), false);
  EXPECT_EQ(test::has_data_not_on_disk(at("synced.txt")), false);
  EXPECT_EQ(test::read(at("synced.wav")), test::read(at("plain.wav")));
}

TEST_F(Cli, ExamplePageGivesScriptAndValidWav) {
  const Result result = run("'" + kExamples + "binnenland.txt' " + kNow + " --script - -o out.wav");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string& script = result.out;
  EXPECT_EQ(script.rfind("Goedemorgen. Het is acht uur. Hier is het nieuws.", 0), 0u) << script;
  // The lead's headline says what its first sentence says: only the sentence is read.
  EXPECT_EQ(script.find("Kabinet trekt extra geld uit"), std::string::npos) << script;
  const auto headline = script.find("Het kabinet trekt de komende vier jaar");
  const auto transition = script.find("Verder in het nieuws.");
  ASSERT_NE(headline, std::string::npos) << script;
  ASSERT_NE(transition, std::string::npos);
  EXPECT_LT(headline, transition);
  EXPECT_EQ(script.find("Achterstand\n"), std::string::npos) << "subheadings are not read";
  EXPECT_EQ(script.find("(ANP)"), std::string::npos) << "credits are never spoken";
  EXPECT_EQ(script.find("ANP"), std::string::npos);
  EXPECT_EQ(script.find("DEN HAAG"), std::string::npos) << "place names in normal case";
  // Each label follows its item. Newest first: zojuist (Utrecht), 25 min (Amsterdam),
  // 07:15 = 45 min (De Bilt), 1 uur (Tweede Kamer), 3 uur (Groningen); gisteren (Rotterdam)
  // and 2 dagen (Maastricht) are older than the default --max-age of 12 hours.
  const std::vector<std::string> order = {"Utrecht", "Amsterdam", "De Bilt", "Tweede Kamer",
                                          "Groningen"};
  EXPECT_EQ(script.find("Rotterdam"), std::string::npos) << script;
  EXPECT_EQ(script.find("Maastricht"), std::string::npos) << script;
  EXPECT_NE(result.err.find("2 ticker item(s) older than 12h left out ('gisteren', '2 dagen "
                            "geleden'); --max-age none reads them"),
            std::string::npos)
      << result.err;
  std::size_t previous = transition;
  for (const auto& place : order) {
    const auto at = script.find(place, previous);
    ASSERT_NE(at, std::string::npos) << place << " missing or out of order in\n" << script;
    previous = at;
  }
  EXPECT_NE(script.find("Dat was het nieuws.", previous), std::string::npos);

  const Audio audio = decode_audio(read(dir_ / "out.wav"));
  EXPECT_EQ(audio.sample_rate, 44100);
  EXPECT_EQ(audio.channels, 1);
  // Plausible length for the text at about 166 words a minute.
  const double words = double(count(script, " ") + count(script, "\n"));
  const double expected = words / 166.0 * 60.0;
  EXPECT_GT(audio.seconds(), expected * 0.6) << words << " words";
  EXPECT_LT(audio.seconds(), expected * 1.8) << words << " words";
  double peak = 0, energy = 0;
  for (float s : audio.samples) peak = std::max(peak, double(std::abs(s))), energy += s * s;
  EXPECT_GT(peak, 0.1) << "not silent";
  EXPECT_GT(std::sqrt(energy / audio.samples.size()), 0.01);
  EXPECT_GE(audio.markers.size(), 5u) << "a cue point per story";
}

TEST_F(Cli, SharedSamplePageReadsLavrovFirstThenTickerNewestFirst) {
  const fs::path sample = NIEUWSLEZER_SHARED_PAGES "/anp-buitenland.txt";
  // The shared sample is optional; ExamplePageGivesScriptAndValidWav covers the same path.
  if (!fs::exists(sample)) return;
  const Result result = run("'" + sample.string() + "' " + kNow + " --script - -o out.wav");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string& script = result.out;
  const auto lead = script.find("Lavrov");
  const auto transition = script.find("Verder in het nieuws.");
  ASSERT_NE(lead, std::string::npos) << script;
  ASSERT_NE(transition, std::string::npos) << script;
  EXPECT_LT(lead, transition);
  EXPECT_EQ(script.find("ANP"), std::string::npos) << script;
  EXPECT_EQ(script.find("RTR"), std::string::npos) << script;
  EXPECT_EQ(script.find("Bondgenoot\n"), std::string::npos);
  // Ticker newest first: 12 min (PURL), 1 h (Orbán), 2 h (De Wever), 6 h (Qatar),
  // then the three "10 uur geleden" items in page order (Washington, Macron, Pentagon).
  const std::vector<std::string> order = {"Europese bondgenoten",
                                          "Hongaarse premier",
                                          "Bart De Wever",
                                          "Ras Laffan",
                                          "duizenden extra militairen",
                                          "Macron",
                                          "Pentagon"};
  std::size_t previous = transition;
  for (const auto& marker : order) {
    const auto at = script.find(marker, previous);
    ASSERT_NE(at, std::string::npos) << marker << " missing or out of order in\n" << script;
    previous = at;
  }
  const Audio audio = decode_audio(read(dir_ / "out.wav"));
  EXPECT_GT(audio.seconds(), 60.0);
  EXPECT_LT(audio.seconds(), 400.0);
}

TEST_F(Cli, TheBundledExampleWhenAskedForWritesBulletinWav) {
  const Result result = run("--example --quiet");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(result.err.empty()) << result.err;
  const Audio audio = decode_audio(read(dir_ / "bulletin.wav"));
  EXPECT_GT(audio.seconds(), 20.0);
}

// A cron job or a pipe with no input must never air the demo: it reads standard input.
TEST_F(Cli, WithoutInputsAndNoTerminalStandardInputIsRead) {
  const Result empty = run(kNow + " --no-audio --script -");  // standard input: /dev/null
  EXPECT_EQ(empty.exit_code, 3) << empty.err;
  EXPECT_NE(empty.err.find("standard input: is empty"), std::string::npos) << empty.err;
  EXPECT_EQ(empty.out, "");
  write("page.txt", "Dijk bij Kampen versterkt\nKAMPEN (ANP) - De dijk bij Kampen is versterkt.\n");
  const Result piped = run(kNow + " --no-audio --script - < page.txt");
  ASSERT_EQ(piped.exit_code, 0) << piped.err;
  EXPECT_NE(piped.out.find("Kampen"), std::string::npos) << piped.out;
  EXPECT_EQ(piped.out.find("Binnenland"), std::string::npos) << "not the example: " << piped.out;
}

TEST_F(Cli, StreamsWavToStdout) {
  const Result result = run("'" + kExamples + "sport.txt' " + kNow + " -o -");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  ASSERT_GT(result.out.size(), 1000u);
  EXPECT_EQ(result.out.substr(0, 4), "RIFF");
  EXPECT_GT(decode_audio(result.out).seconds(), 10.0);
  EXPECT_FALSE(fs::exists(dir_ / "bulletin.wav"));
}

TEST_F(Cli, NoAudioWritesOnlyTheScript) {
  const Result result =
      run("'" + kExamples + "sport.txt' " + kNow + " --no-audio --script script.txt");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_FALSE(fs::exists(dir_ / "bulletin.wav"));
  const std::string script = read(dir_ / "script.txt");
  EXPECT_NE(script.find("Heerenveen"), std::string::npos) << script;
  EXPECT_NE(script.find("\n\n"), std::string::npos) << "segments are paragraphs";
}

TEST_F(Cli, BadInputGetsOneErrorLineExitThreeAndNoOutput) {
  write("empty.txt", "");
  write("blank.txt", "  \n\n \r\n");
  write("binary.txt", std::string("RIFF\0\0\0\0WAVEfmt ", 16) + std::string(200, '\0'));
  write("nostory.txt", "Meer uit Buitenland\n");
  fs::create_directory(dir_ / "adir");
  for (const std::string name :
       {"empty.txt", "blank.txt", "binary.txt", "nostory.txt", "missing.txt", "adir"}) {
    const Result result = run(name + " -o out.wav");
    EXPECT_EQ(result.exit_code, 3) << name << ": " << result.err;
    EXPECT_EQ(count(result.err, "\n"), 1u) << name << ": " << result.err;
    EXPECT_NE(result.err.find(name), std::string::npos)
        << "the error names the file: " << result.err;
    EXPECT_NE(result.err.find("error"), std::string::npos) << result.err;
    EXPECT_FALSE(fs::exists(dir_ / "out.wav")) << name;
  }
}

TEST_F(Cli, FailedRunNeverClobbersAnEarlierBulletin) {
  write("out.wav", "earlier good bulletin");
  write("empty.txt", "");
  EXPECT_EQ(run("empty.txt -o out.wav").exit_code, 3);
  EXPECT_EQ(read(dir_ / "out.wav"), "earlier good bulletin");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 2);
}

TEST_F(Cli, UnwritableOutputExitsFour) {
  const Result result = run("'" + kExamples + "sport.txt' -o missing-dir/out.wav");
  EXPECT_EQ(result.exit_code, 4) << result.err;
  EXPECT_NE(result.err.find("missing-dir/out.wav"), std::string::npos) << result.err;
  const Result full = run("'" + kExamples + "sport.txt' -o /dev/full");
  EXPECT_EQ(full.exit_code, 4) << full.err;
}

TEST_F(Cli, UsageErrorsExitTwo) {
  for (const std::string arguments :
       {"--max-age 6x", "--no-such-option", "--timezone Mars/Base", "--now gisteren",
        "--max-items -1", "--voice 'xx+zz'", "--voice ../x", "--script - -o -"}) {
    const Result result = run(arguments);
    EXPECT_EQ(result.exit_code, 2) << arguments << ": " << result.err;
    EXPECT_FALSE(fs::exists(dir_ / "bulletin.wav")) << arguments;
  }
}

TEST_F(Cli, AUsageErrorIsOneLineAndAMistypedOptionNamesTheNearOne) {
  const Result typo = run("--max-agee 3h " + kExamples + "sport.txt");
  EXPECT_EQ(typo.exit_code, 2);
  EXPECT_EQ(typo.err,
            "nieuwslezer: error: unknown option '--max-agee' (did you mean '--max-age'?); "
            "nieuwslezer --help lists the options\n");
  // Every bad value is refused before any work, with --no-audio too, in one line.
  for (const std::string arguments :
       {"--preset tv", "--format mp9", "--channels 3", "--lufs -90", "--podcast-url ftp://x",
        "--now gisteren", "--rate snel", "--config /dev/zero", "--config ontbreekt.toml"}) {
    for (const std::string audio : {"", " --no-audio"}) {
      const Result result = run(arguments + audio + " --script s.txt " + kExamples + "sport.txt");
      EXPECT_EQ(result.exit_code, 2) << arguments << audio << ": " << result.err;
      EXPECT_EQ(count(result.err, "\n"), 1u) << result.err;
      EXPECT_TRUE(result.err.starts_with("nieuwslezer: error: ")) << result.err;
      EXPECT_EQ(result.err.find("info"), std::string::npos) << "refused before any work";
      EXPECT_FALSE(fs::exists(dir_ / "s.txt"));
    }
  }
}

// Runs `command` in `dir` at a pseudo-terminal (util-linux script) of a terminal type that
// has colours (CI may set no TERM), stdout and stderr merged.
std::string at_terminal(const fs::path& dir, const std::string& command) {
  return test::run_shell(dir, "TERM=xterm script -qec \"" + command + "\" /dev/null").out;
}

TEST_F(Cli, ColourOnlyAtATerminalAndNeverWithNoColor) {
  const std::string command = "'" NIEUWSLEZER_BINARY "' --no-audio --max-age 1h " + kNow + " " +
                              kExamples + "binnenland.txt";
  EXPECT_NE(at_terminal(dir_, command).find("\x1b["), std::string::npos)
      << "a terminal gets colours";
  EXPECT_EQ(at_terminal(dir_, "NO_COLOR=1 " + command).find("\x1b["), std::string::npos);
  const Result piped = run("--no-audio --max-age 1h " + kNow + " " + kExamples + "binnenland.txt");
  ASSERT_EQ(piped.exit_code, 0) << piped.err;
  EXPECT_NE(piped.err.find("warning"), std::string::npos);
  EXPECT_EQ(piped.err.find("\x1b["), std::string::npos) << "no colours into a file or a pipe";
}

TEST_F(Cli, AProgressLineAtATerminalButNotInAPipe) {
  const std::string arguments = " --jobs 1 -o b.wav " + kNow + " " + kExamples + "sport.txt";
  const std::string terminal = at_terminal(dir_, "'" NIEUWSLEZER_BINARY "'" + arguments);
  EXPECT_NE(terminal.find("\rnieuwslezer: speaking 100%"), std::string::npos) << terminal;
  EXPECT_NE(terminal.find("\r\x1b[K"), std::string::npos) << "erased when done";
  EXPECT_EQ(at_terminal(dir_, "'" NIEUWSLEZER_BINARY "' -q" + arguments).find("speaking"),
            std::string::npos);
  const Result piped = run(arguments);
  ASSERT_EQ(piped.exit_code, 0) << piped.err;
  EXPECT_EQ(piped.err.find("speaking"), std::string::npos);
  EXPECT_EQ(piped.err.find('\r'), std::string::npos);
}

TEST_F(Cli, RunsWritingIntoOneFolderTakeTurnsSoTheSetStaysWhole) {
  // While another run holds the output folder, a run writes none of its outputs.
  std::optional<FileLock> other(std::in_place, dir_, FileLock::kFolder);
  const test::Running running = test::start_nieuwslezer(
      dir_, "-o b.wav --script b.txt --manifest b.json " + kNow + " " + kExamples + "sport.txt");
  std::this_thread::sleep_for(std::chrono::seconds(2));  // the run alone takes under a second
  EXPECT_FALSE(fs::exists(dir_ / "b.wav"));
  EXPECT_FALSE(fs::exists(dir_ / "b.txt"));
  other.reset();
  const Result result = test::finish(running);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(fs::exists(dir_ / "b.wav") && fs::exists(dir_ / "b.txt") &&
              fs::exists(dir_ / "b.json"));
}

TEST_F(Cli, VerboseSaysWhichConfigurationFileWasRead) {
  const std::string arguments = "-v --no-audio " + kNow + " " + kExamples + "sport.txt";
  EXPECT_NE(run(arguments).err.find("debug: no configuration file"), std::string::npos);
  write("nieuwslezer.toml", "station = \"Radio Zuidwest\"\n");
  EXPECT_NE(run(arguments).err.find("debug: configuration from nieuwslezer.toml"),
            std::string::npos);
  write("elders.toml", "station = \"Radio Noord\"\n");
  EXPECT_NE(run(arguments + " --config elders.toml").err.find("configuration from elders.toml"),
            std::string::npos);
}

TEST_F(Cli, NextHourAnnouncesTheComingHour) {
  // Whatever the clock says, the greeting names a full hour and the title its bulletin.
  const Result result =
      run("--now next-hour --no-audio --script - --max-age none " + kExamples + "sport.txt");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::size_t at = result.err.find("bulletin for ");
  ASSERT_NE(at, std::string::npos) << result.err;
  EXPECT_EQ(result.err.substr(at + 13 + 11 + 2, 6), ":00 Eu") << result.err;  // "HH:00 Eu"
}

TEST_F(Cli, MaxItemsAndMaxAgeShortenTheTicker) {
  const std::string page = "'" + kExamples + "binnenland.txt' " + kNow + " --no-audio --script -";
  const Result all = run(page + " --max-age none");
  const Result capped = run(page + " --max-items 2");
  const Result fresh = run(page + " --max-age 90m");
  ASSERT_EQ(capped.exit_code, 0) << capped.err;
  ASSERT_EQ(fresh.exit_code, 0) << fresh.err;
  EXPECT_NE(capped.out.find("Utrecht"), std::string::npos);
  EXPECT_NE(capped.out.find("Amsterdam"), std::string::npos);
  EXPECT_EQ(capped.out.find("Groningen"), std::string::npos) << capped.out;
  EXPECT_NE(fresh.out.find("Tweede Kamer"), std::string::npos) << fresh.out;
  EXPECT_NE(fresh.out.find("De Bilt"), std::string::npos) << fresh.out;
  EXPECT_EQ(fresh.out.find("Groningen"), std::string::npos) << fresh.out;
  EXPECT_NE(all.out.find("Maastricht"), std::string::npos) << "--max-age none reads all";
  EXPECT_EQ(run(page).out.find("Maastricht"), std::string::npos) << "two days old: left out";
  EXPECT_EQ(run(page + " --max-age 6x").exit_code, 2);
}

TEST_F(Cli, OtherVoicesAndListing) {
  const Result list = run("--list-voices");
  ASSERT_EQ(list.exit_code, 0);
  EXPECT_NE(list.out.find("nieuwslezer\t"), std::string::npos) << list.out;
  EXPECT_NE(list.out.find("nieuwslezeres\t"), std::string::npos) << list.out;
  for (const std::string voice : {"nieuwslezeres", "nl+f3"}) {
    const Result result =
        run("'" + kExamples + "sport.txt' " + kNow + " --voice " + voice + " -o v.wav");
    EXPECT_EQ(result.exit_code, 0) << voice << ": " << result.err;
    EXPECT_GT(decode_audio(read(dir_ / "v.wav")).seconds(), 10.0) << voice;
  }
}

TEST_F(Cli, GreetingFollowsTheTimeZone) {
  const std::string page =
      "'" + kExamples + "sport.txt' --no-audio --script - --now 2026-11-28T19:00:00Z";
  EXPECT_EQ(run(page).out.rfind("Goedenavond. Het is acht uur.", 0), 0u);
  EXPECT_EQ(
      run(page + " --timezone America/New_York").out.rfind("Goedemiddag. Het is twee uur.", 0), 0u);
}

}  // namespace
}  // namespace nieuwslezer

namespace nieuwslezer {
namespace {

// The SSML holds what eSpeak NG is given: foreign names and spelled letters as phoneme
// input for the Dutch voice, never a switch to another voice.
TEST_F(Cli, SsmlShowsThePhonemesTheDutchVoiceIsGiven) {
  const Result result =
      run("'" + kExamples + "sport.txt' " + kNow + " --no-audio --ssml bulletin.ssml");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string ssml = read(dir_ / "bulletin.ssml");
  EXPECT_EQ(ssml.rfind("<speak", 0), 0u) << ssml;
  EXPECT_EQ(ssml.find("<voice"), std::string::npos) << ssml;
  EXPECT_EQ(ssml.find("Red Bull Racing"), std::string::npos) << ssml;
  EXPECT_NE(ssml.find("[["), std::string::npos) << ssml;
  EXPECT_NE(ssml.find("<break"), std::string::npos) << ssml;
}

TEST_F(Cli, UserLexiconChangesWhatIsSaidWithoutRebuilding) {
  const std::string page = "'" + kExamples + "sport.txt' " + kNow + " --no-audio --script -";
  const Result before = run(page);
  ASSERT_EQ(before.exit_code, 0) << before.err;
  EXPECT_NE(before.out.find("Thialf"), std::string::npos);
  write("mijn-uitspraak.tsv", "Thialf\tTie-alf\n");
  const Result after = run(page + " --lexicon mijn-uitspraak.tsv");
  ASSERT_EQ(after.exit_code, 0) << after.err;
  EXPECT_EQ(after.out.find("Thialf"), std::string::npos) << after.out;
  EXPECT_NE(after.out.find("Tie-alf"), std::string::npos) << after.out;
  write("kapot.tsv", "alleen-een-veld\n");
  const Result broken = run(page + " --lexicon kapot.tsv");
  EXPECT_EQ(broken.exit_code, 3) << broken.err;
  EXPECT_NE(broken.err.find("kapot.tsv"), std::string::npos) << broken.err;
}

}  // namespace
}  // namespace nieuwslezer

namespace nieuwslezer {
namespace {

// Runs a shell command and returns its standard output.
std::string capture(const std::string& command) {
  std::string out;
  if (FILE* pipe = popen(command.c_str(), "r")) {
    char buffer[4096];
    while (const std::size_t n = fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
    pclose(pipe);
  }
  return out;
}

// ffmpeg's own EBU R 128 meter: {integrated LUFS, true peak dBTP}.
std::pair<double, double> ffmpeg_loudness(const fs::path& file) {
  const test::FfmpegReading reading = test::ffmpeg_ebur128_file(file);
  return {reading.integrated_lufs, reading.true_peak_dbtp};
}

// The body of the first RIFF chunk `id` of a WAV file, walking the chunks; "" if none.
std::string riff_chunk(const std::string& wav, const std::string& id) {
  for (std::size_t at = 12; at + 8 <= wav.size();) {
    std::uint32_t size = 0;
    for (int i = 3; i >= 0; --i) size = size << 8 | static_cast<unsigned char>(wav[at + 4 + i]);
    if (wav.compare(at, 4, id) == 0) return wav.substr(at + 8, size);
    at += 8 + size + size % 2;
  }
  return "";
}

// A little-endian int16 of a bext chunk, in hundredths -> the value: EBU Tech 3285 v2
// puts Version at byte 346 and the five loudness fields from byte 412.
double bext_field(const std::string& bext, std::size_t offset) {
  const auto value = static_cast<std::int16_t>(static_cast<unsigned char>(bext[offset]) |
                                               static_cast<unsigned char>(bext[offset + 1]) << 8);
  return value / 100.0;
}

TEST_F(Cli, BroadcastWaveBextVersion2HoldsTheLoudnessAMeterMeasures) {
  const std::string page = "'" + kExamples + "sport.txt' " + kNow + " -q";
  ASSERT_EQ(run(page + " -o radio.wav --preset radio").exit_code, 0);
  const std::string bext = riff_chunk(read(dir_ / "radio.wav"), "bext");
  ASSERT_GE(bext.size(), 602u);
  EXPECT_EQ(bext_field(bext, 346), 0.02) << "version 2";
  const double lufs = bext_field(bext, 412), range = bext_field(bext, 414),
               true_peak = bext_field(bext, 416), momentary = bext_field(bext, 418),
               short_term = bext_field(bext, 420);
  const std::string report =
      capture("ffmpeg -nostats -hide_banner -i '" + (dir_ / "radio.wav").string() +
              "' -af ebur128=peak=true -f null - 2>&1");
  const auto [measured, peak] = ffmpeg_loudness(dir_ / "radio.wav");
  EXPECT_NEAR(lufs, measured, 0.2);  // ffmpeg prints tenths
  EXPECT_NEAR(true_peak, peak, 0.3);
  const auto lra = report.rfind("LRA:");
  ASSERT_NE(lra, std::string::npos) << report;
  EXPECT_NEAR(range, std::stod(report.substr(lra + 4)), 0.3);
  EXPECT_GT(range, 0.5);
  // The loudest 400 ms are louder than the loudest 3 s, which are louder than the whole.
  EXPECT_GT(momentary, short_term);
  EXPECT_GT(short_term, lufs);
  EXPECT_LT(momentary, lufs + 12);
}

// A text field of a cart chunk (AES46-2002): fixed-size, zero-padded ASCII.
std::string cart_text(const std::string& cart, std::size_t offset, std::size_t size) {
  const std::string field = cart.substr(offset, size);
  return field.substr(0, field.find('\0'));
}

// The cart chunk's post timers: usage -> position in samples. The eight of them start at
// byte 684, after the text fields (4 + 64 * 7 + 10 + 8 + 10 + 8 + 64 * 3 bytes) and the
// 4-byte level reference.
std::map<std::string, std::uint32_t> cart_timers_of(const std::string& cart) {
  std::map<std::string, std::uint32_t> timers;
  for (std::size_t at = 684; at + 8 <= 748; at += 8) {
    if (cart[at] == '\0') continue;
    std::uint32_t value = 0;
    for (int i = 3; i >= 0; --i) value = value << 8 | static_cast<unsigned char>(cart[at + 4 + i]);
    timers[cart.substr(at, 4)] = value;
  }
  return timers;
}

TEST_F(Cli, RadioWavsCarryACartChunkAPlayoutSystemReads) {
  const std::string page = "'" + kExamples + "binnenland.txt' -q --now 2026-11-28T07:58:00+01:00";
  ASSERT_EQ(run(page +
                " -o radio.wav --preset radio --station 'Radio Zuid' --manifest m.json "
                "--intro '" +
                kExamples + "jingles/intro.flac'")
                .exit_code,
            0);
  const std::string cart = riff_chunk(read(dir_ / "radio.wav"), "cart");
  ASSERT_GE(cart.size(), 2048u);
  EXPECT_EQ(cart.substr(0, 4), "0101");
  EXPECT_EQ(cart_text(cart, 4, 64), "Nieuws van 8 uur, 28 november 2026");
  EXPECT_EQ(cart_text(cart, 68, 64), "Radio Zuid");
  EXPECT_EQ(cart_text(cart, 132, 64), "20261128-0800") << "the slot is the cut";
  EXPECT_EQ(cart_text(cart, 260, 64), "NEWS");
  EXPECT_EQ(cart_text(cart, 388, 64), "Dat was het nieuws.") << "the out cue";
  EXPECT_EQ(cart_text(cart, 452, 10) + " " + cart_text(cart, 462, 8), "2026-11-28 08:00:00");
  EXPECT_EQ(cart_text(cart, 470, 10) + " " + cart_text(cart, 480, 8), "2026-11-28 09:00:00");
  EXPECT_EQ(cart_text(cart, 488, 64), "nieuwslezer");
  // The timers, in the file's samples (48 kHz), against the manifest's segments.
  const auto manifest = nlohmann::json::parse(read(dir_ / "m.json"));
  std::vector<nlohmann::json> spoken;  // the manifest also lists the jingles as segments
  for (const auto& segment : manifest["segments"]) {
    if (segment["kind"] != "intro" && segment["kind"] != "outro") spoken.push_back(segment);
  }
  ASSERT_FALSE(spoken.empty());
  ASSERT_NE(spoken.size(), manifest["segments"].size()) << "the intro is there";
  const double rate = 48000;
  const auto timers = cart_timers_of(cart);
  ASSERT_EQ(
      timers.count("AUDs") + timers.count("INTe") + timers.count("SEGs") + timers.count("AUDe"),
      4u);
  EXPECT_NEAR(timers.at("INTe") / rate, spoken.front()["start"].get<double>(), 0.05)
      << "the voice starts after the intro";
  EXPECT_NEAR(timers.at("SEGs") / rate, spoken.back()["end"].get<double>(), 0.05)
      << "the segue where the speech ends";
  const Audio audio = decode_audio(read(dir_ / "radio.wav"));
  EXPECT_LE(timers.at("AUDe"), audio.frames());
  EXPECT_GT(timers.at("AUDe"), audio.frames() - 48000u);
  EXPECT_LT(timers.at("AUDs"), timers.at("INTe"));

  ASSERT_EQ(run(page + " -o plain.wav --preset radio --cart false").exit_code, 0);
  EXPECT_EQ(riff_chunk(read(dir_ / "plain.wav"), "cart"), "");
  ASSERT_EQ(run(page + " -o own.wav --cart true --cut-id NWS42").exit_code, 0);
  EXPECT_EQ(cart_text(riff_chunk(read(dir_ / "own.wav"), "cart"), 132, 64), "NWS42");
  const Result refused = run(page + " -o nieuws.mp3 --cart true");
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_NE(refused.err.find("--cart"), std::string::npos) << refused.err;
}

TEST_F(Cli, PodcastAndRadioPresetsMeetTheirLoudnessByAnIndependentMeter) {
  const std::string page = "'" + kExamples + "sport.txt' " + kNow + " -q";
  ASSERT_EQ(run(page + " -o podcast.wav").exit_code, 0);
  ASSERT_EQ(run(page + " -o stereo.wav --channels 2").exit_code, 0);
  ASSERT_EQ(run(page + " -o radio.wav --preset radio").exit_code, 0);
  ASSERT_EQ(run(page + " -o own.flac --lufs -20 --true-peak -3").exit_code, 0);
  const struct {
    const char* file;
    double lufs, ceiling;
    int rate, channels;
  } expected[] = {{"podcast.wav", -19, -1, 44100, 1},
                  {"stereo.wav", -16, -1, 44100, 2},
                  {"radio.wav", -23, -1, 48000, 1},
                  {"own.flac", -20, -3, 44100, 1}};
  for (const auto& e : expected) {
    const auto [lufs, peak] = ffmpeg_loudness(dir_ / e.file);
    EXPECT_NEAR(lufs, e.lufs, 0.5) << e.file;
    EXPECT_LE(peak, e.ceiling) << e.file;
    const Audio audio = decode_audio(read(dir_ / e.file));
    EXPECT_EQ(audio.sample_rate, e.rate) << e.file;
    EXPECT_EQ(audio.channels, e.channels) << e.file;
  }
  const std::string tags = capture("ffprobe -v error -show_entries format_tags -of compact '" +
                                   (dir_ / "radio.wav").string() + "'");
  EXPECT_NE(tags.find("title=Nieuws van 8 uur, 28 november 2026"), std::string::npos) << tags;
  EXPECT_NE(tags.find("time_reference="), std::string::npos) << "a bext chunk: " << tags;
  EXPECT_NE(tags.find("originator_reference=nieuwslezer"), std::string::npos) << tags;
}

TEST_F(Cli, EveryFormatFromTheExtensionIsValidAndTagged) {
  const std::string page =
      "'" + kExamples + "sport.txt' " + kNow + " -q --station 'Radio Zuidwest'";
  const struct {
    const char* file;
    const char* codec;
  } formats[] = {{"b.wav", "pcm_s16le"},
                 {"b.flac", "flac"},
                 {"b.ogg", "vorbis"},
                 {"b.opus", "opus"},
                 {"b.mp3", "mp3"}};
  for (const auto& f : formats) {
    ASSERT_EQ(run(page + " -o " + f.file).exit_code, 0) << f.file;
    const std::string probe = capture(
        "ffprobe -v error -show_entries stream=codec_name:format=duration:format_tags:"
        "stream_tags -of compact '" +
        (dir_ / f.file).string() + "'");
    EXPECT_NE(probe.find(std::string("codec_name=") + f.codec), std::string::npos) << probe;
    EXPECT_NE(probe.find("Radio Zuidwest"), std::string::npos) << f.file << ": " << probe;
    const auto [lufs, peak] = ffmpeg_loudness(dir_ / f.file);
    EXPECT_NEAR(lufs, -19, 0.5) << f.file;
    EXPECT_LE(peak, -1.0) << f.file << ": lossy codecs get headroom";
  }
  const Result forced = run(page + " -o - --format flac");
  ASSERT_EQ(forced.exit_code, 0);
  EXPECT_EQ(forced.out.substr(0, 4), "fLaC");
  EXPECT_EQ(run(page + " -o b.aac").exit_code, 2);
  EXPECT_EQ(run(page + " -o b.wav --format aiff").exit_code, 2);
  EXPECT_EQ(run(page + " -o b.wav --preset tv").exit_code, 2);
}

TEST_F(Cli, LossyFilesMeetTheirPresetOnceDecodedAndTheLogSaysWhatTheyMeasure) {
  const std::string page = "'" + kExamples + "binnenland.txt' " + kNow;
  const struct {
    const char* options;
    double lufs;
  } presets[] = {{"--channels 2", -16}, {"--preset radio", -23}};
  for (const char* file : {"b.ogg", "b.opus", "b.mp3"}) {
    for (const auto& p : presets) {
      const Result result = run(page + " -o " + file + " " + p.options);
      ASSERT_EQ(result.exit_code, 0) << file << " " << p.options << ": " << result.err;
      const auto [lufs, peak] = ffmpeg_loudness(dir_ / file);
      EXPECT_NEAR(lufs, p.lufs, 0.5) << file << " " << p.options;
      EXPECT_LE(peak, -1.0) << file << " " << p.options;
      EXPECT_NE(result.err.find(" file measures "), std::string::npos) << result.err;
    }
  }
}

// The numbers after each `"key": ` in `text` from `from` on (null skipped).
std::vector<double> numbers_after(const std::string& text, const std::string& key,
                                  std::size_t from = 0) {
  std::vector<double> values;
  const std::string needle = "\"" + key + "\": ";
  for (auto at = text.find(needle, from); at != std::string::npos; at = text.find(needle, at + 1)) {
    const std::string rest = text.substr(at + needle.size(), 16);
    if (rest.rfind("null", 0) != 0) values.push_back(std::stod(rest));
  }
  return values;
}

// The strings after each `"key": "` in `text` from `from` on, unescaped only for \".
std::vector<std::string> strings_after(const std::string& text, const std::string& key,
                                       std::size_t from = 0) {
  std::vector<std::string> values;
  const std::string needle = "\"" + key + "\": \"";
  for (auto at = text.find(needle, from); at != std::string::npos; at = text.find(needle, at + 1)) {
    std::string value;
    for (std::size_t i = at + needle.size(); i < text.size() && text[i] != '"'; ++i) {
      if (text[i] == '\\') ++i;
      value += text[i];
    }
    values.push_back(value);
  }
  return values;
}

class CliManifest : public Cli, public ::testing::WithParamInterface<const char*> {};

// The manifest against the file as ffprobe reads it: rate, channels, length, the jingles as
// segments whose durations add up, and the chapters in the file where the manifest has them.
TEST_P(CliManifest, TellsTheTruthAboutTheFile) {
  const std::string file = std::string("b.") + GetParam();
  const std::string jingle = "'" + kExamples + "jingles/intro.flac'";
  const Result result =
      run("'" + kExamples + "binnenland.txt' " + kNow + " -q -o " + file +
          " --manifest m.json --channels 2 --intro " + jingle + " --outro " + jingle);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string manifest = read(dir_ / "m.json");
  const std::string probe = capture(
      "ffprobe -v error -show_entries stream=sample_rate,channels:format=duration -show_chapters "
      "-of json '" +
      (dir_ / file).string() + "'");
  EXPECT_EQ(numbers_after(manifest, "channels").at(0), 2);
  EXPECT_EQ(numbers_after(probe, "channels").at(0), 2);
  // The podcast preset's 44.1 kHz (Opus: 48 kHz), not eSpeak NG's 22 050 Hz.
  EXPECT_GE(numbers_after(manifest, "sample_rate").at(0), 44100);
  EXPECT_EQ(strings_after(probe, "sample_rate").at(0),
            std::to_string(static_cast<int>(numbers_after(manifest, "sample_rate").at(0))))
      << manifest;
  const double duration = numbers_after(manifest, "duration").at(0);
  EXPECT_NEAR(duration, std::stod(strings_after(probe, "duration").at(0)), 0.1);
  // Segment durations: from each start to the next, adding up to the file.
  const auto chapters_at = manifest.find("\"chapters\": [");
  ASSERT_NE(chapters_at, std::string::npos);
  const std::string segments = manifest.substr(0, chapters_at);
  const std::vector<double> durations = numbers_after(segments, "duration");
  double sum = 0;
  for (std::size_t i = 1; i < durations.size(); ++i) sum += durations[i];
  EXPECT_NEAR(sum, duration, 1e-6) << manifest;
  EXPECT_NE(segments.find("\"kind\": \"intro\""), std::string::npos);
  EXPECT_NE(segments.find("\"kind\": \"outro\""), std::string::npos);
  // The file's chapters start where the manifest's do, titled alike.
  const std::vector<std::string> titles = strings_after(manifest, "title", chapters_at);
  const std::vector<double> starts = numbers_after(manifest, "start", chapters_at);
  const std::vector<std::string> file_titles = strings_after(probe, "title");
  const std::vector<std::string> file_starts = strings_after(probe, "start_time");
  ASSERT_GE(titles.size(), 8u) << manifest;
  ASSERT_EQ(file_titles.size(), titles.size()) << probe;
  ASSERT_EQ(file_starts.size(), starts.size()) << probe;
  for (std::size_t i = 0; i < titles.size(); ++i) {
    EXPECT_EQ(file_titles[i], titles[i]) << i;
    EXPECT_NEAR(std::stod(file_starts[i]), starts[i], 0.5) << titles[i];
  }
  EXPECT_EQ(titles.front(), "Intro");
  EXPECT_EQ(titles[2], "Kabinet trekt extra geld uit voor onderhoud van bruggen en sluizen")
      << "the lead's headline, as written";
}

INSTANTIATE_TEST_SUITE_P(Formats, CliManifest,
                         ::testing::Values("wav", "flac", "ogg", "opus", "mp3"));

TEST_F(Cli, CaptionsParseInFfmpegAndLineUpWithTheManifest) {
  const Result result = run("'" + kExamples + "binnenland.txt' " + kNow +
                            " -q -o b.wav --manifest m.json --captions c.vtt");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string manifest = read(dir_ / "m.json");
  // Sentence starts and ends from the manifest, in order.
  std::vector<double> starts, ends;
  for (auto at = manifest.find("\"spoken\""); at != std::string::npos;
       at = manifest.find("\"spoken\"", at + 1)) {
    const auto start = manifest.find("\"start\": ", at);
    const auto end = manifest.find("\"end\": ", at);
    starts.push_back(std::stod(manifest.substr(start + 9)));
    ends.push_back(std::stod(manifest.substr(end + 7)));
  }
  ASSERT_GT(starts.size(), 20u);
  // ffprobe's WebVTT demuxer is an independent parser: one packet per cue.
  const std::string cues = capture(
      "ffprobe -v error -show_entries packet=pts_time,duration_time "
      "-of csv=p=0 '" +
      (dir_ / "c.vtt").string() + "'");
  std::vector<std::pair<double, double>> parsed;
  std::istringstream lines(cues);
  for (std::string line; std::getline(lines, line);) {
    if (line.find(',') == std::string::npos) continue;
    parsed.emplace_back(std::stod(line), std::stod(line.substr(line.find(',') + 1)));
  }
  ASSERT_GE(parsed.size(), starts.size()) << cues;
  const double duration = decode_audio(read(dir_ / "b.wav")).seconds();
  for (std::size_t i = 0; i < parsed.size(); ++i) {
    EXPECT_GT(parsed[i].second, 0.2) << "cue " << i;
    EXPECT_LE(parsed[i].first + parsed[i].second, duration) << "cue " << i;
    if (i > 0) {
      EXPECT_GE(parsed[i].first, parsed[i - 1].first + parsed[i - 1].second) << "no overlap " << i;
    }
  }
  // Each sentence's cues (a long one has several) start with it and last until it is said.
  std::size_t cue = 0;
  for (std::size_t k = 0; k < starts.size(); ++k) {
    const double next = k + 1 < starts.size() ? starts[k + 1] : duration;
    ASSERT_LT(cue, parsed.size()) << "sentence " << k;
    EXPECT_NEAR(parsed[cue].first, starts[k], 0.0015) << "sentence " << k;
    while (cue + 1 < parsed.size() && parsed[cue + 1].first < next - 0.0015) ++cue;
    EXPECT_GE(parsed[cue].first + parsed[cue].second, ends[k] - 0.0015) << "sentence " << k;
    ++cue;
  }
  EXPECT_EQ(cue, parsed.size()) << "no cue outside a sentence";
  const std::string vtt = read(dir_ / "c.vtt");
  EXPECT_NE(vtt.find("Het KNMI waarschuwt"), std::string::npos) << "captions show the written text";
}

TEST_F(Cli, PausesAreConfigurable) {
  const std::string page = "'" + kExamples + "sport.txt' " + kNow + " -q --preset raw";
  ASSERT_EQ(run(page + " -o short.wav --pause-sentence 100 --pause-story 300").exit_code, 0);
  ASSERT_EQ(run(page + " -o long.wav --pause-sentence 900 --pause-story 2500").exit_code, 0);
  EXPECT_GT(decode_audio(read(dir_ / "long.wav")).seconds(),
            decode_audio(read(dir_ / "short.wav")).seconds() + 10.0);
  EXPECT_EQ(run(page + " --pause-story -5").exit_code, 2);
}

}  // namespace
}  // namespace nieuwslezer

namespace nieuwslezer {
namespace {

TEST_F(Cli, JinglesAndBedMakeAProgrammeAtTheSameLoudness) {
  const std::string page = "'" + kExamples + "sport.txt' " + kNow + " -q";
  const std::string jingles = "'" + kExamples + "jingles/";
  ASSERT_EQ(run(page + " -o plain.wav").exit_code, 0);
  const Result result = run(page + " -o programme.wav --intro " + jingles + "intro.flac' --outro " +
                            jingles + "intro.flac' --bed " + jingles + "bed.ogg' --bed-duck -20");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const Audio plain = decode_audio(read(dir_ / "plain.wav"));
  const Audio programme = decode_audio(read(dir_ / "programme.wav"));
  const Audio intro = decode_audio(read(kExamples + "jingles/intro.flac"));
  // Two jingles, their gaps, and the bed's lead-in and fade-out around the same speech.
  EXPECT_GT(programme.seconds(), plain.seconds() + 2 * intro.seconds() + 3.0);
  EXPECT_LT(programme.seconds(), plain.seconds() + 2 * intro.seconds() + 6.0);
  const auto [lufs, peak] = ffmpeg_loudness(dir_ / "programme.wav");
  EXPECT_NEAR(lufs, -19, 0.5);
  EXPECT_LE(peak, -1.0);
  ASSERT_FALSE(programme.markers.empty());
  EXPECT_EQ(programme.markers.front().label, "Intro");  // chapters, titled for listeners
  EXPECT_EQ(programme.markers.back().label, "Outro");
}

TEST_F(Cli, ABadJingleIsBadInputAndWritesNothing) {
  write("geen-geluid.wav", "dit is geen geluid");
  const Result result = run("'" + kExamples + "sport.txt' -o out.wav --intro geen-geluid.wav");
  EXPECT_EQ(result.exit_code, 3) << result.err;
  EXPECT_NE(result.err.find("geen-geluid.wav"), std::string::npos) << result.err;
  EXPECT_FALSE(fs::exists(dir_ / "out.wav"));
  EXPECT_EQ(run("'" + kExamples + "sport.txt' -o out.wav --bed ontbreekt.ogg").exit_code, 3);
  EXPECT_EQ(run("'" + kExamples + "sport.txt' -o out.wav --bed-duck 6").exit_code, 2);
}

}  // namespace
}  // namespace nieuwslezer

namespace nieuwslezer {
namespace {

TEST_F(Cli, PageFeedAndJsonMergeIntoOneBulletinWithoutDuplicates) {
  const Result result =
      run("'" + kExamples + "binnenland.txt' '" + kExamples + "feed-economie.xml' '" + kExamples +
          "verhalen.json' " + kNow + " --no-audio --script -");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string& script = result.out;
  EXPECT_LT(script.find("Het kabinet trekt de komende vier jaar"),
            script.find("Verder in het nieuws."))
      << "the first input's lead opens";
  EXPECT_NE(script.find("Inflatie daalt"), std::string::npos) << "feed items are read";
  EXPECT_NE(script.find("jeugdzorg"), std::string::npos) << "JSON stories are read";
  EXPECT_EQ(count(script, "Beurs opent hoger"), 1u) << script;
  EXPECT_EQ(count(script, "vakantieverhuurders"), 1u) << "a story in two inputs is read once";
  EXPECT_NE(result.err.find("is read as a ticker item"), std::string::npos) << result.err;
}

TEST_F(Cli, BrokenFeedsAndJsonAreBadInput) {
  for (const std::string name : {"truncated.xml", "not-a-feed.xml", "broken.json"}) {
    const Result result = run("'" NIEUWSLEZER_SOURCE_DIR "/tests/feeds/" + name + "' -o out.wav");
    EXPECT_EQ(result.exit_code, 3) << name << ": " << result.err;
    EXPECT_NE(result.err.find(name), std::string::npos) << result.err;
    EXPECT_FALSE(fs::exists(dir_ / "out.wav"));
  }
}

}  // namespace
}  // namespace nieuwslezer

namespace nieuwslezer {
namespace {

TEST_F(Cli, NothingFreshExitsFiveUnlessEmptyIsAllowed) {
  const std::string feed = "'" + kExamples + "feed-economie.xml' --now 2030-01-01T08:00:00+01:00";
  const Result stale = run(feed + " --max-age 6h -o out.wav");
  EXPECT_EQ(stale.exit_code, 5) << stale.err;
  EXPECT_NE(stale.err.find("nothing to air"), std::string::npos) << stale.err;
  EXPECT_FALSE(fs::exists(dir_ / "out.wav"));
  const Result few =
      run("'" + kExamples + "sport.txt' " + kNow + " --min-items 10 --no-audio --script -");
  EXPECT_EQ(few.exit_code, 5) << few.err;
  const Result empty = run(feed + " --max-age 6h --allow-empty --no-audio --script -");
  ASSERT_EQ(empty.exit_code, 0) << empty.err;
  EXPECT_EQ(empty.out,
            "Goedemorgen. Het is acht uur. Hier is het nieuws.\n\nDat was het nieuws.\n");
}

TEST_F(Cli, RateAndPitchOverrideTheVoice) {
  const std::string page = "'" + kExamples + "sport.txt' " + kNow + " -q --preset raw";
  ASSERT_EQ(run(page + " -o slow.wav --rate 120").exit_code, 0);
  ASSERT_EQ(run(page + " -o fast.wav --rate 220 --pitch 70").exit_code, 0);
  EXPECT_GT(decode_audio(read(dir_ / "slow.wav")).seconds(),
            decode_audio(read(dir_ / "fast.wav")).seconds() * 1.3);
  EXPECT_EQ(run(page + " --rate 20").exit_code, 2);
  EXPECT_EQ(run(page + " --pitch 101").exit_code, 2);
}

}  // namespace
}  // namespace nieuwslezer

namespace nieuwslezer {
namespace {

TEST_F(Cli, LeadSentencesShortenTheLead) {
  const Result result = run("'" + kExamples + "binnenland.txt' " + kNow +
                            " --lead-sentences 2 --no-audio --script -");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("Dat heeft de minister van Infrastructuur"), std::string::npos);
  EXPECT_EQ(result.out.find("Rijkswaterstaat"), std::string::npos) << result.out;
  EXPECT_EQ(result.out.find("We kunnen niet langer wachten"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("Verder in het nieuws."), std::string::npos);
}

}  // namespace
}  // namespace nieuwslezer

namespace nieuwslezer {
namespace {

TEST_F(Cli, ConfigFileSetsOptionsAndTheCommandLineWins) {
  write("nieuwslezer.toml",
        "# cron job\nstation = \"Radio Zuidwest\"\nno-audio = true\nscript = \"-\"\n"
        "inputs = [\"" +
            kExamples + "sport.txt\"]\nopening-unused = 1\n");
  const Result typo = run(kNow);
  EXPECT_EQ(typo.exit_code, 2) << "an unknown key is an error: " << typo.err;
  write("nieuwslezer.toml",
        "station = \"Radio Zuidwest\"\nno-audio = true\nscript = \"-\"\n"
        "inputs = [\"" +
            kExamples + "sport.txt\"]\nlead-sentences = 1\n");
  const Result found = run(kNow);
  ASSERT_EQ(found.exit_code, 0) << found.err;
  EXPECT_NE(found.out.find("Heerenveen"), std::string::npos) << "inputs from ./nieuwslezer.toml";
  EXPECT_EQ(found.out.find("We hebben hier maanden"), std::string::npos)
      << "lead-sentences applied";
  const Result overridden = run(kNow + " --lead-sentences 5");
  ASSERT_EQ(overridden.exit_code, 0) << overridden.err;
  EXPECT_NE(overridden.out.find("We hebben hier maanden"), std::string::npos);
  fs::rename(dir_ / "nieuwslezer.toml", dir_ / "elders.toml");
  const Result explicit_file = run(kNow + " --config elders.toml");
  ASSERT_EQ(explicit_file.exit_code, 0) << explicit_file.err;
  EXPECT_NE(explicit_file.out.find("Heerenveen"), std::string::npos);
  EXPECT_EQ(run(kNow + " --config ontbreekt.toml").exit_code, 2);
}

}  // namespace
}  // namespace nieuwslezer

namespace nieuwslezer {
namespace {

// Median fundamental frequency (autocorrelation) of the loud 40 ms frames in [from, to) s.
double median_pitch(const Audio& audio, double from, double to) {
  const int rate = audio.sample_rate;
  const std::size_t frame = static_cast<std::size_t>(rate / 25);
  const std::size_t min_lag = rate / 400, max_lag = rate / 60;
  std::vector<double> pitches;
  for (std::size_t start = static_cast<std::size_t>(from * rate);
       start + frame + max_lag < std::min(audio.frames(), static_cast<std::size_t>(to * rate));
       start += frame) {
    double energy = 0;
    for (std::size_t i = 0; i < frame; ++i)
      energy += audio.samples[start + i] * audio.samples[start + i];
    if (std::sqrt(energy / frame) < 0.05) continue;
    double best = 0;
    std::size_t best_lag = 0;
    for (std::size_t lag = min_lag; lag <= max_lag; ++lag) {
      double sum = 0, lagged = 0;
      for (std::size_t i = 0; i < frame; ++i) {
        sum += audio.samples[start + i] * audio.samples[start + i + lag];
        lagged += audio.samples[start + i + lag] * audio.samples[start + i + lag];
      }
      const double score = lagged > 0 ? sum / std::sqrt(lagged) : 0;
      if (score > best) best = score, best_lag = lag;
    }
    if (best_lag) pitches.push_back(double(rate) / best_lag);
  }
  if (pitches.empty()) return 0;
  std::nth_element(pitches.begin(), pitches.begin() + pitches.size() / 2, pitches.end());
  return pitches[pitches.size() / 2];
}

// The segment times of the first segment of `story` in a manifest.
std::pair<double, double> story_times(const std::string& manifest, int story) {
  const auto at = manifest.find("\"story\": " + std::to_string(story) + ",");
  const auto start = manifest.find("\"start\": ", at);
  const auto end = manifest.find("\"end\": ", at);
  return {std::stod(manifest.substr(start + 9)), std::stod(manifest.substr(end + 7))};
}

TEST_F(Cli, TickerCanBeReadByASecondVoice) {
  const Result result =
      run("'" + kExamples + "sport.txt' " + kNow +
          " -q --preset raw -o two.wav --manifest m.json --voice-ticker nieuwslezeres");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const Audio audio = decode_audio(read(dir_ / "two.wav"));
  const std::string manifest = read(dir_ / "m.json");
  const auto [lead_from, lead_to] = story_times(manifest, 0);
  const auto [item_from, item_to] = story_times(manifest, 2);
  const double lead = median_pitch(audio, lead_from, lead_to);
  const double item = median_pitch(audio, item_from, item_to);
  EXPECT_LT(lead, 150.0) << "the lead is read by the male default voice";
  EXPECT_GT(item, 160.0) << "ticker items by the female second voice";
  EXPECT_EQ(run("'" + kExamples + "sport.txt' -o x.wav --voice-ticker 'xx+zz'").exit_code, 2);
}

}  // namespace
}  // namespace nieuwslezer

namespace nieuwslezer {
namespace {

TEST_F(Cli, EachBulletinIsAddedToThePodcastFeed) {
  const std::string page = "'" + kExamples +
                           "sport.txt' -q --podcast-feed feed.xml "
                           "--podcast-url https://example.org/nieuws/ --podcast-keep 2";
  ASSERT_EQ(run(page + " --now 2026-11-28T08:00:00+01:00 -o nieuws-0800.mp3").exit_code, 0);
  const std::string first = read(dir_ / "feed.xml");
  ASSERT_EQ(run(page + " --now 2026-11-28T09:00:00+01:00 -o nieuws-0900.mp3").exit_code, 0);
  ASSERT_EQ(run(page + " --now 2026-11-28T10:00:00+01:00 -o nieuws-1000.mp3").exit_code, 0);
  const std::string feed = read(dir_ / "feed.xml");
  EXPECT_EQ(count(feed, "<item>"), 2u) << feed;
  EXPECT_NE(feed.find("https://example.org/nieuws/nieuws-1000.mp3"), std::string::npos) << feed;
  EXPECT_NE(feed.find("length=\"" + std::to_string(fs::file_size(dir_ / "nieuws-0900.mp3")) + "\""),
            std::string::npos)
      << feed;
  EXPECT_EQ(feed.find("nieuws-0800.mp3"), std::string::npos) << "kept the last 2";
  EXPECT_NE(first.find("nieuws-0800.mp3"), std::string::npos);
  EXPECT_NE(feed.find("type=\"audio/mpeg\""), std::string::npos);
  EXPECT_NE(feed.find("<itunes:duration>00:01:"), std::string::npos) << feed;
  write("broken.xml", "<rss><channel><item>");
  const Result broken = run("'" + kExamples +
                            "sport.txt' -q --podcast-feed broken.xml "
                            "--podcast-url https://example.org -o x.mp3");
  EXPECT_EQ(broken.exit_code, 3) << broken.err;
  EXPECT_EQ(read(dir_ / "broken.xml"), "<rss><channel><item>") << "never overwritten";
  EXPECT_EQ(run("'" + kExamples + "sport.txt' --podcast-feed f.xml -o x.mp3").exit_code, 2);
}

}  // namespace
}  // namespace nieuwslezer

namespace nieuwslezer {
namespace {

TEST_F(Cli, MaxDurationFitsTheSlotWithoutNeedlessCuts) {
  const std::string page = "'" + kExamples + "binnenland.txt' " + kNow;
  ASSERT_EQ(run(page + " -q -o full.wav").exit_code, 0);
  const double full = decode_audio(read(dir_ / "full.wav")).seconds();
  const Result fit = run(page + " -o fit.wav --max-duration 100s --script -");
  ASSERT_EQ(fit.exit_code, 0) << fit.err;
  const double seconds = decode_audio(read(dir_ / "fit.wav")).seconds();
  EXPECT_GT(full, 100.0);
  EXPECT_LE(seconds, 100.0);
  EXPECT_GT(seconds, 80.0) << "no item shorter than the room left was dropped";
  EXPECT_NE(fit.err.find("--max-duration 100s: ticker items"), std::string::npos) << fit.err;
  EXPECT_NE(fit.out.find("Het kabinet trekt de komende vier jaar"), std::string::npos)
      << "the lead stays";
  EXPECT_EQ(fit.out.find("Maastricht"), std::string::npos) << "the oldest item goes: " << fit.out;
  EXPECT_EQ(run(page + " -o tiny.wav --max-duration 20s").exit_code, 2);
  EXPECT_FALSE(fs::exists(dir_ / "tiny.wav"));
}

}  // namespace
}  // namespace nieuwslezer

namespace nieuwslezer {
namespace {

TEST_F(Cli, MaxDurationIsMetOnEveryExampleInput) {
  for (const auto& entry : fs::directory_iterator(kExamples)) {
    const std::string extension = entry.path().extension().string();
    if (extension != ".txt" && extension != ".xml" && extension != ".json") continue;
    const Result result =
        run("'" + entry.path().string() + "' " + kNow + " -q -o m.wav --max-duration 75s");
    ASSERT_EQ(result.exit_code, 0) << entry.path() << ": " << result.err;
    EXPECT_LE(decode_audio(read(dir_ / "m.wav")).seconds(), 75.0) << entry.path();
  }
}

}  // namespace
}  // namespace nieuwslezer

namespace nieuwslezer {
namespace {

TEST_F(Cli, JobsSpeakInParallelAndGiveTheSameFile) {
  const std::string page = "'" + kExamples + "binnenland.txt' " + kNow;
  ASSERT_EQ(run(page + " --jobs 1 -o one.wav").exit_code, 0);
  ASSERT_EQ(run(page + " --jobs 3 -o three.wav").exit_code, 0);
  ASSERT_EQ(run(page + " -o default.wav").exit_code, 0);  // one per CPU
  const std::string one = read(dir_ / "one.wav");
  EXPECT_GT(one.size(), 1000000u);
  EXPECT_TRUE(one == read(dir_ / "three.wav"));
  EXPECT_TRUE(one == read(dir_ / "default.wav"));
  EXPECT_EQ(run(page + " --jobs -1 -o x.wav").exit_code, 2);
}

}  // namespace
}  // namespace nieuwslezer

namespace nieuwslezer {
namespace {

// A page of `items` ticker items, each of different words (so none is left out as a
// duplicate): a few minutes of speech to interrupt.
std::string long_page(std::size_t items) {
  const std::vector<std::string> words = {
      "gemeente",     "provincie", "minister", "kabinet",    "treinen",     "haven",
      "bruggen",      "dijken",    "boeren",   "scholen",    "ziekenhuis",  "politie",
      "brandweer",    "rechter",   "vakbond",  "winkels",    "fietspaden",  "snelweg",
      "vliegveld",    "museum",    "orkest",   "schaatsers", "voetballers", "wethouder",
      "burgemeester", "studenten", "huurders", "bouwers",    "vissers",     "artsen"};
  std::string page =
      "Kabinet maakt plannen bekend\nDEN HAAG (ANP) - Het kabinet maakt plannen "
      "bekend.\nMeer uit Binnenland\n";
  std::uint32_t seed = 1;
  const auto next = [&] { return (seed = seed * 1103515245 + 12345) >> 8; };
  for (std::size_t item = 0; item < items; ++item) {
    page += "UTRECHT (ANP) - ";
    for (int sentence = 0; sentence < 3; ++sentence) {
      page += "De";
      for (int word = 0; word < 9; ++word) page += " " + words[next() % words.size()];
      page += ". ";
    }
    page += "\n" + std::to_string(item % 50 + 1) + " minuten geleden\n";
  }
  return page;
}

std::vector<std::string> entries(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

TEST_F(Cli, InterruptedRunsRemoveTheirTemporariesAndKeepTheEarlierBulletin) {
  write("long.txt", long_page(60));
  const fs::path tmp = dir_ / "tmp", out = dir_ / "out";
  for (const int signal_number : {SIGINT, SIGTERM}) {
    // While speaking, and the moment the temporary output file appears.
    for (const bool at_write : {false, true}) {
      SCOPED_TRACE(std::to_string(signal_number) +
                   (at_write ? " while writing" : " while speaking"));
      fs::remove_all(tmp);
      fs::remove_all(out);
      fs::create_directories(tmp);
      fs::create_directories(out);
      std::ofstream(out / "bulletin.wav") << "earlier bulletin";
      const std::string tmpdir = "TMPDIR=" + tmp.string();
      const std::string input = (dir_ / "long.txt").string(),
                        output = (out / "bulletin.wav").string();
      const pid_t pid = ::fork();
      if (pid == 0) {
        ::freopen("/dev/null", "w", stderr);
        char* env[] = {const_cast<char*>(tmpdir.c_str()), nullptr};
        const char* argv[] = {NIEUWSLEZER_BINARY,
                              input.c_str(),
                              "--now",
                              "2026-11-28T08:00:00+01:00",
                              "-o",
                              output.c_str(),
                              "--jobs",
                              "2",
                              nullptr};
        ::execve(NIEUWSLEZER_BINARY, const_cast<char**>(argv), env);
        ::_exit(127);
      }
      ASSERT_GT(pid, 0);
      bool caught = !at_write;
      if (at_write) {
        // The temporary file has no name (O_TMPFILE) where the file system allows: it shows
        // among the process's open files as "<out>/#<inode> (deleted)".
        const fs::path fds = "/proc/" + std::to_string(pid) + "/fd";
        const auto writing = [&] {
          for (const std::string& name : entries(out)) {
            if (name != "bulletin.wav") return true;
          }
          std::error_code ignored;
          for (const auto& fd : fs::directory_iterator(fds, ignored)) {
            if (fs::read_symlink(fd.path(), ignored).parent_path() == out) return true;
          }
          return false;
        };
        for (int poll = 0; poll < 200000 && !caught; ++poll) {
          caught = writing();
          if (!caught) ::usleep(100);
        }
      } else {
        ::usleep(400000);
      }
      ::kill(pid, signal_number);
      int status = 0;
      ASSERT_EQ(::waitpid(pid, &status, 0), pid);
      ASSERT_TRUE(caught) << "no temporary output file was seen";
      ASSERT_TRUE(WIFSIGNALED(status)) << "exit " << WEXITSTATUS(status);
      EXPECT_EQ(WTERMSIG(status), signal_number);
      EXPECT_TRUE(entries(tmp).empty()) << entries(tmp).front();
      EXPECT_EQ(entries(out), std::vector<std::string>{"bulletin.wav"});
      EXPECT_EQ(read(out / "bulletin.wav"), "earlier bulletin");
    }
  }
}

}  // namespace
}  // namespace nieuwslezer

namespace nieuwslezer {
namespace {

TEST_F(Cli, AScriptOfMoreThanThreeHoursIsRefusedBeforeSpeaking) {
  write("huge.txt", long_page(1400));  // 1 400 x 30 words: about 4 hours
  std::ofstream(dir_ / "bulletin.wav") << "earlier bulletin";
  const Result refused = run("huge.txt " + kNow + " -o bulletin.wav");
  EXPECT_EQ(refused.exit_code, 3) << refused.err;
  EXPECT_EQ(count(refused.err, "error"), 1u);
  EXPECT_NE(refused.err.find("huge.txt: the bulletin would be"), std::string::npos) << refused.err;
  EXPECT_NE(refused.err.find("--max-items"), std::string::npos);
  EXPECT_EQ(read(dir_ / "bulletin.wav"), "earlier bulletin");
  // The script alone is cheap, so --no-audio still writes all of it.
  EXPECT_EQ(run("huge.txt " + kNow + " --no-audio --script s.txt").exit_code, 0);
  EXPECT_EQ(count(read(dir_ / "s.txt"), "UTRECHT"), 0u);  // datelines are not read out
  // --max-duration speaks only the newest items that could fit, and fits them.
  const Result fitted = run("huge.txt " + kNow + " --max-duration 60s -o fit.wav");
  EXPECT_EQ(fitted.exit_code, 0) << fitted.err;
  EXPECT_NE(fitted.err.find("cannot fit and are not spoken"), std::string::npos) << fitted.err;
  EXPECT_LE(decode_audio(read(dir_ / "fit.wav")).seconds(), 60.0);
}

}  // namespace
}  // namespace nieuwslezer
