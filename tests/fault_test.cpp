// Fault tests: the real binary against broken outputs, broken program data, concurrent runs,
// odd inputs and huge pages. Each failure must be one clear error line with its documented
// exit code, and no run may leave a partial or temporary file or clobber an earlier bulletin.

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "audio/audio_file.h"
#include "test_support.h"

namespace nieuwslezer {
namespace {

namespace fs = std::filesystem;
using test::count;
using test::read;
using test::Result;
using test::write_file;

constexpr const char* kNow = "--now 2026-11-28T08:00:00+01:00";
constexpr const char* kEarlier = "earlier bulletin: must survive every failed run";
const fs::path kSource = NIEUWSLEZER_SOURCE_DIR;

// A small page, so that runs with audio take a second, not ten.
constexpr const char* kSmallPage =
    "Kabinet trekt geld uit voor bruggen\n"
    "DEN HAAG (ANP) - Het kabinet trekt extra geld uit voor het onderhoud van bruggen.\n"
    "Meer uit Binnenland\n"
    "UTRECHT (ANP) - De treinen rijden weer.\n"
    "12 minuten geleden\n";

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Every fault test works in its own directory: the input pages in it, the outputs in out/.
class Fault : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = test::fresh_test_directory("fault");
    fs::create_directories(dir_ / "out");
    write_file(dir_ / "page.txt", kSmallPage);
  }
  void TearDown() override {
    std::error_code ignored;
    fs::permissions(dir_ / "out", fs::perms::owner_all, fs::perm_options::add, ignored);
    fs::remove_all(dir_);
  }

  Result run(const std::string& arguments, const test::RunOptions& options = {}) const {
    return test::run_nieuwslezer(dir_, arguments, options);
  }

  // An earlier good bulletin where the run will write.
  void write_earlier(const fs::path& file) const { write_file(file, kEarlier); }

  // The earlier bulletin is still there, unchanged, and nothing else is in its directory:
  // no temporary file, no partial output.
  void expect_untouched(const fs::path& file) const {
    EXPECT_EQ(read(file), kEarlier) << file << " was clobbered";
    EXPECT_EQ(entries(file.parent_path()), std::set<std::string>{file.filename().string()});
  }

  // The names in `directory`: a temporary file (".bulletin.wav.XXXXXX") shows up here.
  static std::set<std::string> entries(const fs::path& directory) {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(directory)) {
      names.insert(entry.path().filename().string());
    }
    return names;
  }

  fs::path dir_;
};

// The run failed with `exit_code` and exactly one error line on standard error that holds
// every one of `parts` (the file and the problem).
void expect_one_error(const Result& result, int exit_code,
                      std::initializer_list<std::string> parts) {
  EXPECT_EQ(result.exit_code, exit_code) << result.err;
  EXPECT_EQ(count(result.err, "\n"), 1u) << "one line: " << result.err;
  EXPECT_EQ(result.err.rfind("nieuwslezer: error: ", 0), 0u) << result.err;
  for (const std::string& part : parts) {
    EXPECT_NE(result.err.find(part), std::string::npos) << "'" << part << "' in " << result.err;
  }
}

// ---- Outputs ----------------------------------------------------------------------------

TEST_F(Fault, MissingOutputDirectoryExitsFourNamingThePath) {
  const Result result = run(std::string("page.txt -q ") + kNow + " -o nergens/bulletin.wav");
  expect_one_error(result, 4, {"nergens/bulletin.wav", "No such file or directory"});
  EXPECT_FALSE(fs::exists(dir_ / "nergens"));
  const Result script = run("page.txt -q --no-audio --script nergens/script.txt");
  expect_one_error(script, 4, {"nergens/script.txt", "No such file or directory"});
}

TEST_F(Fault, ReadOnlyOutputDirectoryExitsFourAndKeepsTheEarlierBulletin) {
  // chmod does not stop root, so the run is made without root's power over file
  // permissions: the directory is read-only for it as for any other user.
  const fs::path bulletin = dir_ / "out" / "bulletin.wav";
  write_earlier(bulletin);
  fs::permissions(dir_ / "out", fs::perms::owner_all | fs::perms::group_read |
                                    fs::perms::group_exec | fs::perms::others_read |
                                    fs::perms::others_exec);
  fs::permissions(dir_ / "out", fs::perms::owner_write, fs::perm_options::remove);
  test::RunOptions options;
  options.obey_permissions = true;
  const Result result = run(std::string("page.txt -q ") + kNow + " -o out/bulletin.wav", options);
  expect_one_error(result, 4, {"out/bulletin.wav", "Permission denied"});
  expect_untouched(bulletin);
}

TEST_F(Fault, DiskFullExitsFourWithOneLine) {
  const Result result = run(std::string("page.txt -q ") + kNow + " -o /dev/full");
  expect_one_error(result, 4, {"/dev/full", "No space left on device"});
  const Result script = run("page.txt -q --no-audio --script /dev/full");
  expect_one_error(script, 4, {"/dev/full", "No space left on device"});
}

TEST_F(Fault, AFailedTemporaryWriteLeavesNoTemporaryFile) {
  // A file-size limit makes the write of the temporary file fail half-way (EFBIG), as a
  // full disk would; SIGXFSZ is ignored so that write() reports it instead of a signal.
  // libespeak-ng 1.51 opens a PulseAudio client even for synthesis to memory, and its
  // shared memory would hit the limit too (a stray "ftruncate() failed" line): no shm.
  const fs::path bulletin = dir_ / "out" / "bulletin.wav";
  write_earlier(bulletin);
  write_file(dir_ / "pulse.conf", "autospawn = no\nenable-shm = no\n");
  const std::string limit = "trap '' XFSZ; ulimit -f 64; PULSE_CLIENTCONFIG=pulse.conf";
  const Result result =
      run(std::string("page.txt -q ") + kNow + " -o out/bulletin.wav", {limit, {}});
  expect_one_error(result, 4, {"out/bulletin.wav", "cannot write", "File too large"});
  expect_untouched(bulletin);
}

TEST_F(Fault, TwoRunsOnTheSameOutputBothWriteACompleteBulletin) {
  const std::string arguments = std::string("page.txt -q ") + kNow + " -o out/bulletin.wav";
  ASSERT_EQ(run(arguments).exit_code, 0);
  const std::string alone = read(dir_ / "out" / "bulletin.wav");
  ASSERT_GT(decode_audio(alone).seconds(), 3.0);
  for (int round = 0; round < 3; ++round) {
    write_earlier(dir_ / "out" / "bulletin.wav");
    const test::Running first = test::start_nieuwslezer(dir_, arguments);
    const test::Running second = test::start_nieuwslezer(dir_, arguments);
    const Result one = test::finish(first);
    const Result two = test::finish(second);
    EXPECT_EQ(one.exit_code, 0) << one.err;
    EXPECT_EQ(two.exit_code, 0) << two.err;
    EXPECT_EQ(read(dir_ / "out" / "bulletin.wav"), alone) << "round " << round;
    EXPECT_EQ(entries(dir_ / "out"), std::set<std::string>{"bulletin.wav"}) << "round " << round;
  }
}

// ---- The program's own data -------------------------------------------------------------

// A copy of voices/ and data/ to break, found through NIEUWSLEZER_DATA_DIR.
class BrokenData : public Fault {
 protected:
  void SetUp() override {
    Fault::SetUp();
    data_ = dir_ / "share";
    fs::create_directories(data_);
    fs::copy(kSource / "voices", data_ / "voices", fs::copy_options::recursive);
    fs::copy(kSource / "data", data_ / "data", fs::copy_options::recursive);
    write_earlier(dir_ / "out" / "bulletin.wav");
  }

  // Breaks `file` (relative to the data copy) with `damage`, runs, and restores it.
  Result run_with(const std::string& file, const std::string& damage) {
    const fs::path path = data_ / file;
    const std::string original = read(path);
    if (damage == "missing") {
      fs::remove(path);
    } else if (damage == "garbage") {
      write_file(path, std::string("\x7F"
                                   "ELF\x02\x01\x01\0\0\0\x89\xFF\xFE\x01\x02",
                                   15));
    } else if (damage == "truncated") {
      // Cut in the middle of the first data line: after its first word and separator.
      std::size_t at = 0;
      while (at < original.size() &&
             (original[at] == '#' || original[at] == '/' || original[at] == '\n')) {
        at = original.find('\n', at) + 1;
      }
      write_file(path, original.substr(0, original.find_first_of(" \t=", at) + 1));
    } else {
      write_file(path, original + damage);  // a bad line
    }
    const Result result = run(std::string("page.txt -q ") + kNow + " -o out/bulletin.wav",
                              {"NIEUWSLEZER_DATA_DIR='" + data_.string() + "'", {}});
    write_file(path, original);
    return result;
  }

  fs::path data_;
};

TEST_F(BrokenData, EveryMissingOrDamagedFileExitsSixNamingIt) {
  const struct {
    const char* file;
    const char* damage;
    const char* problem;
  } cases[] = {
      {"voices/nieuwslezer.voice", "missing", "is missing"},
      {"voices/nieuwslezer.voice", "garbage", "is not UTF-8 text"},
      {"voices/nieuwslezer.voice", "truncated", "expected 'key = value'"},
      {"voices/nieuwslezer.voice", "rate = snel\n", "duplicate key 'rate'"},
      {"voices/variants/nieuwsman", "garbage", "is not a text file"},
      {"voices/variants/nieuwsman", "truncated", "'language' has no value"},
      {"voices/variants/nieuwsman", "pitch hoog 118\n", "'pitch' takes 2 number(s)"},
      {"data/phrases.nl.txt", "missing", "No such file or directory"},
      {"data/phrases.nl.txt", "garbage", "is not UTF-8 text"},
      {"data/phrases.nl.txt", "truncated", "expected 'key = value'"},
      {"data/phrases.nl.txt", "opening = {groet}\n", "duplicate key 'opening'"},
      {"data/units.tsv", "missing", "No such file or directory"},
      {"data/units.tsv", "garbage", "is not UTF-8 text"},
      {"data/units.tsv", "truncated", "got 1 field(s)"},
      {"data/units.tsv", "km\tlengte\tkilometer\n", "kind must be unit, currency or magnitude"},
      {"data/calendar.tsv", "truncated", "got 1 field(s)"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.file) + ", " + c.damage);
    const Result result = run_with(c.file, c.damage);
    expect_one_error(result, 6, {c.file, c.problem});
    expect_untouched(dir_ / "out" / "bulletin.wav");
  }
}

TEST_F(BrokenData, AUserLexiconStaysBadInput) {
  write_file(dir_ / "mijn.tsv", "alleen-een-veld\n");
  const Result result =
      run(std::string("page.txt -q --no-audio --script out/bulletin.wav --lexicon mijn.tsv"));
  expect_one_error(result, 3, {"mijn.tsv:1:", "got 1 field(s)"});
  expect_untouched(dir_ / "out" / "bulletin.wav");
}

// eSpeak NG silently speaks with its plain Dutch voice when a variant file it is told to
// use is missing. Enable when Synthesizer::set_voice checks that the variant exists (see the
// fault report): until then the run exits 0 with the wrong voice.
TEST_F(BrokenData, AMissingVariantFileExitsSix) {
  const Result result = run_with("voices/variants/nieuwsman", "missing");
  expect_one_error(result, 6, {"nieuwsman"});
  expect_untouched(dir_ / "out" / "bulletin.wav");
}

// ---- Odd inputs --------------------------------------------------------------------------

TEST_F(Fault, AnInputThatIsADirectoryExitsThree) {
  write_earlier(dir_ / "out" / "bulletin.wav");
  fs::create_directory(dir_ / "pagina's");
  const Result result = run("\"pagina's\" -q -o out/bulletin.wav");
  expect_one_error(result, 3, {"pagina's: is a directory"});
  expect_untouched(dir_ / "out" / "bulletin.wav");
}

TEST_F(Fault, AFifoWithAWriterGivesTheBulletin) {
  ASSERT_EQ(::mkfifo((dir_ / "page.fifo").c_str(), 0600), 0);
  const pid_t writer = test::start_shell("sleep 0.5; cat '" + (dir_ / "page.txt").string() +
                                             "' > '" + (dir_ / "page.fifo").string() + "'",
                                         "/dev/null", "/dev/null");
  const Result result = run(std::string("page.fifo -q --no-audio --script out/script.txt ") + kNow);
  EXPECT_EQ(test::wait_for(writer), 0);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(result.err.empty()) << result.err;
  EXPECT_NE(read(dir_ / "out" / "script.txt").find("De treinen rijden weer."), std::string::npos);
  EXPECT_EQ(entries(dir_ / "out"), std::set<std::string>{"script.txt"});
}

TEST_F(Fault, AFifoThatNobodyWritesIsGivenUpAfterTenSeconds) {
  ASSERT_EQ(::mkfifo((dir_ / "page.fifo").c_str(), 0600), 0);
  write_earlier(dir_ / "out" / "bulletin.wav");
  const auto start = std::chrono::steady_clock::now();
  const Result result = run("page.fifo -q -o out/bulletin.wav", {{}, {}, std::chrono::seconds(30)});
  const double seconds = seconds_since(start);
  expect_one_error(result, 3, {"page.fifo: is a FIFO and nothing was written to it within 10 s"});
  expect_untouched(dir_ / "out" / "bulletin.wav");
  EXPECT_GT(seconds, 9.5);
  EXPECT_LT(seconds, 20.0);
}

// ---- Huge pages --------------------------------------------------------------------------

// A page whose lead is one line of about 1 MB: `sentence` repeated.
std::string megabyte_page(const std::string& sentence) {
  std::string line = "DEN HAAG (ANP) - ";
  while (line.size() < (1u << 20)) line += sentence;
  return "Kabinet trekt geld uit\n" + line + "\nMeer uit Binnenland\n" +
         "UTRECHT (ANP) - De treinen rijden weer.\n12 minuten geleden\n";
}

std::size_t words_in(const std::string& text) {
  std::size_t words = 0;
  bool in_word = false;
  for (const char c : text) {
    const bool blank = c == ' ' || c == '\n';
    words += !blank && !in_word ? 1 : 0;
    in_word = !blank;
  }
  return words;
}

TEST_F(Fault, AMegabyteLineIsCutToTheStoryLimit) {
  for (const std::string sentence :
       {"de minister zegt dat het kabinet, na lang overleg met de provincies, ",
        "De minister zegt dat het kabinet na lang overleg besluit. "}) {
    SCOPED_TRACE(sentence);
    write_file(dir_ / "groot.txt", megabyte_page(sentence));
    write_earlier(dir_ / "out" / "script.txt");
    const auto start = std::chrono::steady_clock::now();
    const Result result =
        run(std::string("groot.txt -q --no-audio --script out/script.txt ") + kNow);
    const double seconds = seconds_since(start);
    std::printf("1 MB line: %.2f s\n", seconds);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_LT(seconds, 15.0);
    const std::string script = read(dir_ / "out" / "script.txt");
    // The opening, the lead cut to 2000 words, the ticker item and the closing.
    EXPECT_GT(words_in(script), 1900u);
    EXPECT_LT(words_in(script), 2100u);
    EXPECT_NE(script.find("De treinen rijden weer."), std::string::npos);
    EXPECT_EQ(entries(dir_ / "out"), std::set<std::string>{"script.txt"});
  }
}

TEST_F(Fault, AnEndlessSentenceIsSpokenInPieces) {
  // 200 words without a full stop: eSpeak NG gets pieces of at most 60 words.
  std::string sentence = "DEN HAAG (ANP) - Het kabinet";
  for (int k = 0; k < 49; ++k) sentence += " en de provincies zeggen";
  write_file(dir_ / "lang.txt", std::string("Kabinet trekt geld uit\n") + sentence + "\n");
  const Result result = run(std::string("lang.txt -q --preset raw ") + kNow +
                            " -o out/bulletin.wav --manifest out/manifest.json");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto manifest = nlohmann::json::parse(read(dir_ / "out" / "manifest.json"));
  std::size_t pieces = 0, words = 0;
  for (const auto& segment : manifest["segments"]) {
    if (segment["kind"] != "paragraph") continue;
    for (const auto& piece : segment["sentences"]) {
      const std::size_t n = words_in(piece["spoken"].get<std::string>());
      EXPECT_LE(n, 60u) << piece["spoken"];
      words += n;
      ++pieces;
    }
  }
  EXPECT_EQ(pieces, 4u);
  EXPECT_EQ(words, 198u) << "198 words; the lead's dateline is not said";
  const double seconds = decode_audio(read(dir_ / "out" / "bulletin.wav")).seconds();
  EXPECT_GT(seconds, 200 / 166.0 * 60 * 0.6);
  EXPECT_LT(seconds, 200 / 166.0 * 60 * 1.8);
}

// The time label of an item published `age` minutes ago: "12 minuten geleden" up to a
// day, then "25 uur geleden" up to a week, then "9 dagen geleden". (Absolute labels such as
// "19-9-2026 13:20" work as well, but each costs a time-zone conversion.)
std::string time_label(int age) {
  if (age <= 1440) return std::to_string(age) + " minuten geleden";
  if (age <= 168 * 60) return std::to_string(age / 60) + " uur geleden";
  return std::to_string(age / 1440) + " dagen geleden";
}

// A page with `items` ticker items: item k is "Zaak k gaat over ..." with six made-up words
// (so that no two items are duplicates), published about k minutes before 08:00, so the page
// runs oldest first and the bulletin newest first.
std::string ticker_page(int items) {
  static const char* const kSyllables[] = {"ba", "de", "ki", "lo", "mu", "ne", "pi", "ro",
                                           "sa", "te", "vo", "wu", "ga", "ho", "je", "fi"};
  unsigned state = 12345;
  const auto word = [&] {
    std::string made;
    for (int syllable = 0; syllable < 3; ++syllable) {
      state = state * 1103515245u + 12345u;
      made += kSyllables[(state >> 16) % 16];
    }
    return made;
  };
  std::string page =
      "Kabinet trekt geld uit\nDEN HAAG (ANP) - Het kabinet trekt extra geld uit.\n"
      "Meer uit Binnenland\n";
  for (int k = items; k >= 1; --k) {
    page += (k == items ? "" : time_label(k + 1)) + "UTRECHT (ANP) - Zaak " + std::to_string(k) +
            " gaat over " + word() + " " + word() + " " + word() + " " + word() + " en " + word() +
            " " + word() + ".\n";
  }
  return page + time_label(1) + "\n";
}

TEST_F(Fault, AHundredThousandTickerItemsStayFast) {
  write_file(dir_ / "ticker.txt", ticker_page(100000));
  auto start = std::chrono::steady_clock::now();
  const Result all = run(std::string("ticker.txt -q --no-audio --script out/script.txt ") + kNow);
  const double script_seconds = seconds_since(start);
  ASSERT_EQ(all.exit_code, 0) << all.err;
  const std::string script = read(dir_ / "out" / "script.txt");
  EXPECT_EQ(count(script, " gaat over "), 100000u);
  EXPECT_LT(script.find("Zaak 1 "), script.find("Zaak 2 ")) << "newest first";
  // Minutes, hours ("166 uur geleden"), days; 4-digit numbers are said as years.
  EXPECT_LT(script.find("Zaak 10 "), script.find("Zaak 10000 "));
  EXPECT_LT(script.find("Zaak 10000 "), script.find("Zaak 20000 "));
  EXPECT_LT(script.find("Zaak 20000 "), script.find("Zaak 30000 "));
  EXPECT_NE(script.find("Zaak 30000 "), std::string::npos);

  start = std::chrono::steady_clock::now();
  const Result five =
      run(std::string("ticker.txt -q ") + kNow + " --max-items 5 -o out/bulletin.wav --script -");
  const double audio_seconds = seconds_since(start);
  ASSERT_EQ(five.exit_code, 0) << five.err;
  EXPECT_EQ(count(five.out, " gaat over "), 5u) << five.out;
  EXPECT_NE(five.out.find("Zaak 5 "), std::string::npos);
  EXPECT_EQ(five.out.find("Zaak 6 "), std::string::npos);
  EXPECT_GT(decode_audio(read(dir_ / "out" / "bulletin.wav")).seconds(), 10.0);
  std::printf("100 000 ticker items: script %.2f s, --max-items 5 with audio %.2f s\n",
              script_seconds, audio_seconds);
  EXPECT_LT(script_seconds, 40.0);
  EXPECT_LT(audio_seconds, 20.0);
  EXPECT_EQ(entries(dir_ / "out"), (std::set<std::string>{"bulletin.wav", "script.txt"}));
}

// ---- Encodings ---------------------------------------------------------------------------

TEST_F(Fault, InvalidUtf8InAUtf8PageIsLeftOutWithOneWarning) {
  write_file(dir_ / "kapot.txt",
             "Caf\xC3\xA9s in Li\xC3\xA8ge dicht\n"
             "LUIK (ANP) - Alle caf\xC3\xA9s in Li\xC3\xA8ge gaan dicht.\n"
             "Meer uit Buitenland\n"
             "BRUSSEL (ANP) - De \xFF\xFE premier van Belgi\xC3\xAB is Z\xC3rich uit.\n"
             "12 minuten geleden\n");
  const Result result = run(std::string("kapot.txt --no-audio --script - -q ") + kNow);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(result.err.empty()) << "-q: warnings are not errors";
  EXPECT_NE(result.out.find("caf\xC3\xA9s in Li\xC3\xA8ge"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("premier van Belgi\xC3\xAB is Zrich uit."), std::string::npos)
      << result.out;
  EXPECT_EQ(result.out.find("\xC3\xBF"), std::string::npos) << "no 'ÿ' from Windows-1252";
  EXPECT_EQ(result.out.find("\xC3\x83"), std::string::npos) << "no 'Ã'";
  const Result warned = run(std::string("kapot.txt --no-audio --script out/script.txt ") + kNow);
  EXPECT_EQ(count(warned.err, "invalid UTF-8"), 1u) << warned.err;
  EXPECT_NE(warned.err.find("kapot.txt: invalid UTF-8 on line 4 at byte "), std::string::npos)
      << warned.err;
  EXPECT_NE(warned.err.find("(3 bytes in all), left out"), std::string::npos) << warned.err;
}

TEST_F(Fault, AWindows1252PageIsStillReadAsOne) {
  write_file(dir_ / "ansi.txt",
             "Caf\xE9s in Li\xE8ge dicht\n"
             "LUIK (ANP) - Alle caf\xE9s in Li\xE8ge gaan dicht, \x93voorlopig\x94.\n");
  const Result result = run(std::string("ansi.txt --no-audio --script - ") + kNow);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("Alle caf\xC3\xA9s in Li\xC3\xA8ge gaan dicht"), std::string::npos)
      << result.out;
  EXPECT_NE(result.err.find("ansi.txt: invalid UTF-8 on line 1 at byte 3 (6 bytes in all), "
                            "read as Windows-1252"),
            std::string::npos)
      << result.err;
}

}  // namespace
}  // namespace nieuwslezer
