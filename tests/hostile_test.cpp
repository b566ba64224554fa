// Hostile surroundings, as a table: each row is a command against a small page in a fresh
// directory (an output folder out/ beside it), the exit code it must end with, the parts of
// its one error line, and a shell check of what must be on disk afterwards. Nothing may be
// lost, half-written, written through a planted link, or left behind.

#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <ostream>
#include <string>
#include <thread>
#include <vector>

#include "test_support.h"

namespace nieuwslezer {
namespace {

namespace fs = std::filesystem;

constexpr const char* kPage =
    "Kabinet trekt geld uit voor bruggen\n"
    "DEN HAAG (ANP) - Het kabinet trekt extra geld uit voor het onderhoud van bruggen.\n"
    "Meer uit Binnenland\n"
    "UTRECHT (ANP) - De treinen rijden weer.\n"
    "12 minuten geleden\n";

// A second input whose one story holds a 2 MB "word" (or a 200 000-digit number).
constexpr const char* kHugeWordPage =
    "{ echo 'Kop van het verhaal'; printf 'ZWOLLE (ANP) - Het kabinet '; "
    "head -c 2000000 /dev/zero | tr '\\0' a; echo ' zegt dat.'; } > word.txt";
constexpr const char* kHugeNumberPage =
    "{ echo 'Kop van het verhaal'; printf 'ZWOLLE (ANP) - Het kabinet '; "
    "head -c 200000 /dev/zero | tr '\\0' 7; echo ' zegt dat.'; } > word.txt";

// A feed whose item holds ESC, BEL, U+FFFE and a form feed as character references.
constexpr const char* kControlFeed =
    "printf '<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item>"
    "<title>Kop &#27;[31m met &#7; bel</title><description>DEN HAAG - Het kabinet &#27;[2J "
    "valt &#xFFFE; vandaag &#12; echt.</description></item></channel></rss>' > ctl.xml";

struct Row {
  const char* name;
  const char* setup;      // shell, in the test directory, before the run ("" for none)
  const char* before;     // shell put before the program: "ulimit -f 20;"
  const char* arguments;  // after page.txt and --now; shell syntax
  int exit_code;
  std::vector<std::string> error;  // parts of the one error line (none: no error line)
  const char* after;               // shell check that must succeed afterwards
  bool needs_root = false;         // the row plants a file owned by another user
};

void PrintTo(const Row& row, std::ostream* out) { *out << row.name; }

const std::vector<Row>& rows() {
  static const std::vector<Row> table = {
      {"AFifoAtTheOutputIsRefusedBeforeAnyWork",
       "mkfifo out/b.wav",
       "",
       "-o out/b.wav",
       4,
       {"out/b.wav: is a FIFO", "-o - > out/b.wav"},
       "test -p out/b.wav && test $(ls -A out | wc -l) = 1"},
      {"ALinkAnotherUserPlantedIsNeitherFollowedNorReplaced",
       "echo keep > victim && ln -s ../victim out/b.wav && chown -h nobody out/b.wav",
       "",
       "-o out/b.wav",
       4,
       {"out/b.wav", "symbolic link another user owns"},
       "test \"$(cat victim)\" = keep && test -L out/b.wav && test $(ls -A out | wc -l) = 1",
       true},
      {"OnesOwnLinkIsReplacedNotWrittenThrough",
       "echo keep > victim && ln -s ../victim out/b.wav",
       "",
       "-o out/b.wav",
       0,
       {},
       "test \"$(cat victim)\" = keep && test ! -L out/b.wav && head -c 4 out/b.wav | grep -q "
       "RIFF"},
      {"DevStdoutIsStandardOutputNotALinkToReplace",
       "",
       "",
       "-o /dev/stdout > out/s.wav",
       0,
       {},
       "test -L /dev/stdout && head -c 4 out/s.wav | grep -q RIFF"},
      {"AClosedStandardOutputIsAWriteError",
       "",
       "",
       "-o - >&-",
       4,
       {"standard output is closed"},
       "test -z \"$(ls -A out)\""},
      {"AFileSizeLimitIsAWriteErrorThatLeavesNothing",
       "",
       "ulimit -f 20;",
       "-o out/b.wav",
       4,
       {"out/b.wav: cannot write: File too large"},
       "test -z \"$(ls -A out)\""},
      {"AnOutputNameOverTheLimitIsSaidSo",
       "",
       "",
       "-o out/$(head -c 300 /dev/zero | tr '\\0' a).wav",
       4,
       {"longer than 255 bytes"},
       "test -z \"$(ls -A out)\""},
      {"AReplacedOutputKeepsItsPermissions",
       "echo old > out/b.wav && chmod 640 out/b.wav",
       "",
       "-o out/b.wav",
       0,
       {},
       "test $(stat -c %a out/b.wav) = 640 && ! grep -q old out/b.wav"},
      {"TheScriptOnTheAudioIsRefused",
       "",
       "",
       "-o out/b.wav --script out/b.wav",
       2,
       {"--script: out/b.wav is the same file as -o"},
       "test -z \"$(ls -A out)\""},
      {"AManifestOnTheInputIsRefused",
       "",
       "",
       "-o out/b.wav --manifest page.txt",
       2,
       {"--manifest: page.txt is the same file as the input"},
       "grep -q Kabinet page.txt && test -z \"$(ls -A out)\""},
      {"TwoNamesOfOneFileAreOneFile",
       "",
       "",
       "-o out/../out/b.wav --captions ./out/b.wav",
       2,
       {"--captions", "same file as -o"},
       "test -z \"$(ls -A out)\""},
      {"AnOutputThroughALinkToTheInputIsRefused",
       "ln -s ../page.txt out/script.txt",
       "",
       "--no-audio --script out/s.txt --ssml out/script.txt",
       2,
       {"--ssml: out/script.txt is the same file as the input (page.txt)"},
       "grep -q Kabinet page.txt && test -L out/script.txt && test ! -e out/s.txt"},
      {"AHugeWordIsHoursOfSpeechAndRefusedBeforeSpeaking",
       kHugeWordPage,
       "",
       "word.txt",
       3,
       {"page.txt, word.txt: the bulletin would be about", "hours of speech"},
       "test -z \"$(ls -A out)\""},
      {"ALongDigitStringIsRefusedToo",
       kHugeNumberPage,
       "",
       "word.txt",
       3,
       {"the bulletin would be about", "--max-duration"},
       "test -z \"$(ls -A out)\""},
      {"AHugeWordFitsASlotByBeingLeftOut",
       kHugeWordPage,
       "",
       "word.txt --max-duration 2m -o out/b.wav",
       0,
       {},
       "head -c 4 out/b.wav | grep -q RIFF"},
      {"ALexiconFromDevZeroIsRefused",
       "",
       "",
       "--lexicon /dev/zero -o out/b.wav",
       3,
       {"/dev/zero: is a device, not a file"},
       "test -z \"$(ls -A out)\""},
      {"AHugeLexiconIsRefusedUnread",
       "truncate -s 17M big.tsv",
       "",
       "--lexicon big.tsv -o out/b.wav",
       3,
       {"big.tsv: is larger than 16 MiB (limit)"},
       "test -z \"$(ls -A out)\""},
      {"AConfigFromDevZeroIsRefusedUnread",
       "",
       "",
       "--config /dev/zero -o out/b.wav",
       2,
       {"--config: /dev/zero: is not a regular file"},
       "test -z \"$(ls -A out)\""},
      {"AFifoConfigIsRefusedWithoutWaiting",
       "mkfifo cfg.toml",
       "",
       "--config cfg.toml -o out/b.wav",
       2,
       {"cfg.toml: is not a regular file"},
       "test -z \"$(ls -A out)\""},
      {"AHugeConfigIsRefusedUnread",
       "truncate -s 2M cfg.toml",
       "",
       "--config cfg.toml -o out/b.wav",
       2,
       {"cfg.toml: is larger than 1 MiB (limit)"},
       "test -z \"$(ls -A out)\""},
      {"AHugeDefaultConfigIsRefusedUnreadToo",
       "truncate -s 2M nieuwslezer.toml",
       "",
       "-o out/b.wav",
       2,
       {"nieuwslezer.toml: is larger than 1 MiB (limit)"},
       "test -z \"$(ls -A out)\""},
      {"ABrokenConfigSaysFileAndLine",
       "printf 'station = \"Radio\\n\\n[podcast\\n' > cfg.toml",
       "",
       "--config cfg.toml -o out/b.wav",
       2,
       {"cfg.toml:1: "},
       "test -z \"$(ls -A out)\""},
      {"AJingleWithAHeaderButNoSoundIsNamed",
       "head -c 44 '" NIEUWSLEZER_SOURCE_DIR "/examples/jingles/intro.flac' > j.flac",
       "",
       "--intro j.flac -o out/b.wav",
       3,
       {"j.flac: holds no sound (0 frames)"},
       "test -z \"$(ls -A out)\""},
      {"AnEmptyJingleIsNamed",
       ": > j.wav",
       "",
       "--outro j.wav -o out/b.wav",
       3,
       {"j.wav: "},
       "test -z \"$(ls -A out)\""},
      {"ControlCharactersInAFeedReachNoOutput",
       kControlFeed,
       "",
       "ctl.xml --max-age none --script out/s.txt --captions out/s.vtt -o out/b.wav",
       0,
       {},
       "for f in out/s.txt out/s.vtt; do test -s $f && ! LC_ALL=C grep -q '[[:cntrl:]]' $f "
       "|| exit 1; done"},
  };
  return table;
}

class Hostile : public ::testing::TestWithParam<Row> {
 protected:
  void SetUp() override {
    dir_ = test::fresh_test_directory("hostile");
    fs::create_directories(dir_ / "out");
    test::write_file(dir_ / "page.txt", kPage);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs `script` in the test directory: whether it succeeded.
  bool shell(const std::string& script) const {
    const test::Result result = test::run_shell(dir_, script);
    return result.exit_code == 0;
  }

  fs::path dir_;
};

TEST_P(Hostile, EndsAsDocumentedAndLosesNothing) {
  const Row& row = GetParam();
  // Planting another user's file needs root: as any other user (the scripts use sudo for
  // their installs too), the setup runs under sudo, and without it the row fails, saying so.
  const bool as_root = ::geteuid() == 0;
  const std::string setup = row.needs_root && !as_root
                                ? "sudo -n sh -c '" + std::string(row.setup) + "'"
                                : std::string(row.setup);
  ASSERT_TRUE(shell(setup)) << setup
                            << (row.needs_root && !as_root
                                    ? "\n(this row plants another user's file: run the tests as "
                                      "root, or where sudo -n works)"
                                    : "");
  test::RunOptions options;
  options.environment = std::string(row.before);
  const test::Result result = test::run_nieuwslezer(
      dir_, std::string("page.txt --now 2026-11-28T08:00:00+01:00 -q ") + row.arguments, options);
  EXPECT_EQ(result.exit_code, row.exit_code) << result.err;
  if (row.error.empty()) {
    EXPECT_EQ(result.err, "");
  } else {
    EXPECT_EQ(test::count(result.err, "\n"), 1u) << "one line: " << result.err;
    EXPECT_EQ(result.err.rfind("nieuwslezer: error: ", 0), 0u) << result.err;
    for (const std::string& part : row.error) {
      EXPECT_NE(result.err.find(part), std::string::npos) << "'" << part << "' in " << result.err;
    }
  }
  EXPECT_TRUE(shell(row.after)) << row.after << "\nin " << dir_ << ":\n"
                                << test::run_shell(dir_, "ls -la . out").out;
}

INSTANTIATE_TEST_SUITE_P(Table, Hostile, ::testing::ValuesIn(rows()),
                         [](const ::testing::TestParamInfo<Row>& row) {
                           return std::string(row.param.name);
                         });

// SIGKILL cannot be caught: the file being written has no name, so nothing is left.
TEST(HostileKill, KillNineWhileWritingLeavesNothing) {
  const fs::path dir = test::fresh_test_directory("hostile-kill");
  fs::create_directories(dir / "out");
  std::string page = kPage;
  for (int i = 0; i < 40; ++i) {
    page += "ZWOLLE (ANP) - De gemeente Zwolle opent een nieuwe brug over de IJssel, die " +
            std::to_string(i) + " jaar in aanbouw was en nu eindelijk klaar is.\n" +
            std::to_string(i + 1) + " minuten geleden\n";
  }
  test::write_file(dir / "page.txt", page);
  fs::create_directories(dir / "tmp");
  test::RunOptions killed;
  killed.environment = "TMPDIR='" + (dir / "tmp").string() + "'";
  const test::Running running = test::start_nieuwslezer(
      dir, "page.txt --now 2026-11-28T08:00:00+01:00 --max-age none -o out/b.wav --jobs 1", killed);
  const fs::path fds = "/proc/" + std::to_string(running.pid) + "/fd";
  bool writing = false;
  for (int poll = 0; poll < 300000 && !writing; ++poll) {
    std::error_code ignored;
    for (const auto& fd : fs::directory_iterator(fds, ignored)) {
      writing |= fs::read_symlink(fd.path(), ignored).parent_path() == dir / "out";
    }
    if (!writing) std::this_thread::sleep_for(std::chrono::microseconds(100));
  }
  ::kill(running.pid, SIGKILL);
  const test::Result result = test::finish(running);
  ASSERT_TRUE(writing) << "the output file was never seen open: " << result.err;
  EXPECT_EQ(result.exit_code, 128 + SIGKILL);
  EXPECT_TRUE(fs::is_empty(dir / "out")) << fs::directory_iterator(dir / "out")->path();
  // The eSpeak data overlay the killed run made (here in its TMPDIR) is left, claimed by no
  // live process; the next run sweeps it away, and removes its own at its end.
  const auto overlays = [&] {
    std::size_t found = 0;
    for (const auto& entry : fs::directory_iterator(dir / "tmp")) {
      found += entry.path().filename().string().starts_with("nieuwslezer-espeak-");
    }
    return found;
  };
  EXPECT_EQ(overlays(), 1u);
  test::RunOptions options;
  options.environment = "TMPDIR='" + (dir / "tmp").string() + "'";
  for (int tries = 0; tries < 50 && overlays() > 0; ++tries) {  // its workers end with it
    const test::Result next = test::run_nieuwslezer(
        dir, "page.txt --now 2026-11-28T08:00:00+01:00 -q --no-audio --ssml out/s.ssml", options);
    ASSERT_EQ(next.exit_code, 0) << next.err;
    if (overlays() > 0) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_EQ(overlays(), 0u);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace nieuwslezer
