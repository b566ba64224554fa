#pragma once
// Helpers several tests share: reading and writing files, whether a file is on the disk yet,
// the bundled data and example pages, feed fixtures and a check on a page's warnings; and for
// the tests that run the real nieuwslezer binary (cli_test.cpp, fault_test.cpp), starting it
// in a directory with shell-syntax arguments, alone or several at once, optionally without
// root's power over file permissions, and collecting its exit code, standard output and
// standard error.

#include <fcntl.h>
#include <gtest/gtest.h>
#include <linux/capability.h>
#include <linux/fiemap.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "input/read_input.h"
#include "input/text_decoding.h"
#include "page/page.h"
#include "text/text_data.h"

namespace nieuwslezer::test {

namespace fs = std::filesystem;

/// An empty directory for the running test: <temp>/nieuwslezer-<kind>-<pid>-<test name>,
/// whatever an earlier run left there removed. The process id keeps test runs in other
/// build directories out of each other's way.
inline fs::path fresh_test_directory(const std::string& kind) {
  const fs::path dir =
      fs::temp_directory_path() / ("nieuwslezer-" + kind + "-" + std::to_string(::getpid()) + "-" +
                                   ::testing::UnitTest::GetInstance()->current_test_info()->name());
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

/// What a finished run left: its exit code (128 + the signal when a signal ended it) and
/// everything it wrote to standard output and standard error.
struct Result {
  int exit_code = -1;
  std::string out;
  std::string err;
};

/// The whole file as bytes; "" when it cannot be read.
inline std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

/// Writes `bytes` as the whole file.
inline void write_file(const fs::path& path, std::string_view bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

/// How often `what` occurs in `text`: count("a, b, c", ", ") -> 2.
inline std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + 1)) ++n;
  return n;
}

/// The data in the source tree's data/, loaded once.
inline const TextData& bundled_data() {
  static const TextData data = load_text_data(NIEUWSLEZER_SOURCE_DIR "/data");
  return data;
}

/// The page texts (*.txt) in examples/, tests/pages/ and the shared pages, where they exist.
inline std::vector<fs::path> example_pages() {
  std::vector<fs::path> pages;
  for (const fs::path& dir :
       {fs::path(NIEUWSLEZER_SOURCE_DIR "/examples"),
        fs::path(NIEUWSLEZER_SOURCE_DIR "/tests/pages"), fs::path(NIEUWSLEZER_SHARED_PAGES)}) {
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(dir, error)) {
      if (entry.path().extension() == ".txt") pages.push_back(entry.path());
    }
  }
  return pages;
}

/// The file tests/feeds/`name` as the program reads it: decoded to UTF-8 text.
inline std::string feed_fixture(const std::string& name) {
  return decode_page_text(
             read_input_file(fs::path(NIEUWSLEZER_SOURCE_DIR) / "tests" / "feeds" / name))
      .text;
}

/// Whether some warning of `page` contains all of `parts`.
inline bool has_warning(const Page& page, std::initializer_list<std::string_view> parts) {
  for (const std::string& warning : page.warnings) {
    bool all = true;
    for (const std::string_view part : parts) all = all && warning.find(part) != std::string::npos;
    if (all) return true;
  }
  return false;
}

/// How a run is started.
struct RunOptions {
  std::string environment;  // assignments put before the command: "NIEUWSLEZER_DATA_DIR=/x"
  // Run without the capabilities that let root ignore file permissions (CAP_DAC_OVERRIDE,
  // CAP_DAC_READ_SEARCH), so a read-only directory is read-only for root too.
  bool obey_permissions = false;
  std::chrono::seconds time_limit{120};  // then it is killed: a hang fails instead of blocking
};

/// A started run; finish() waits for it.
struct Running {
  pid_t pid = -1;
  fs::path out;  // where its standard output goes
  fs::path err;  // where its standard error goes
  std::chrono::steady_clock::time_point deadline;
};

/// Starts `/bin/sh -c command` with standard input from /dev/null and standard output and
/// error into the files `out` and `err` (opened before the capabilities are dropped).
/// `obey_permissions`: see RunOptions. Exit code 125 if they cannot be dropped.
inline pid_t start_shell(const std::string& command, const fs::path& out, const fs::path& err,
                         bool obey_permissions = false) {
  const pid_t pid = ::fork();
  if (pid != 0) return pid;
  // The child: only async-signal-safe calls until exec.
  const int in_fd = ::open("/dev/null", O_RDONLY);
  const int out_fd = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  const int err_fd = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (in_fd < 0 || out_fd < 0 || err_fd < 0) ::_exit(126);
  ::dup2(in_fd, STDIN_FILENO);
  ::dup2(out_fd, STDOUT_FILENO);
  ::dup2(err_fd, STDERR_FILENO);
  // Dropped from the bounding set, they are gone after exec (a user other than root has
  // neither anyway, and then nothing needs dropping).
  if (obey_permissions && ::geteuid() == 0 &&
      (::prctl(PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, 0, 0, 0) != 0 ||
       ::prctl(PR_CAPBSET_DROP, CAP_DAC_READ_SEARCH, 0, 0, 0) != 0)) {
    ::_exit(125);
  }
  ::execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
  ::_exit(127);
}

/// Waits for a process from start_shell: its exit code, or 128 + the signal that ended it.
/// At `deadline` it is killed (exit code 137).
inline int wait_for(pid_t pid, std::chrono::steady_clock::time_point deadline =
                                   std::chrono::steady_clock::time_point::max()) {
  int status = 0;
  for (;;) {
    const pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (done < 0 && errno != EINTR) return -1;
    if (std::chrono::steady_clock::now() >= deadline) ::kill(pid, SIGKILL);
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  return WIFSIGNALED(status) ? 128 + WTERMSIG(status) : -1;
}

/// A fresh directory for the running test beside the build (a disk, where the temporary
/// directory may be memory), removed when the object goes: for tests that look at what is
/// on the disk.
class DiskTestDirectory {
 public:
  explicit DiskTestDirectory(const std::string& kind)
      : path_(fs::path(NIEUWSLEZER_BINARY).parent_path() /
              ("test-" + kind + "-" + std::to_string(::getpid()) + "-" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name())) {
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~DiskTestDirectory() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  DiskTestDirectory(const DiskTestDirectory&) = delete;
  DiskTestDirectory& operator=(const DiskTestDirectory&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

/// Whether some of the file's data is written but not yet on the disk: ext4 keeps such data
/// in memory, its blocks not yet allocated (FIEMAP_EXTENT_DELALLOC), until writeback or an
/// fsync. Nothing when the file system does not say (no FIEMAP) or the file cannot be opened.
inline std::optional<bool> has_data_not_on_disk(const fs::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  constexpr unsigned kExtents = 64;
  // A fiemap header and room for its extents, in 8-byte words (every field's alignment).
  std::vector<std::uint64_t> words((sizeof(fiemap) + kExtents * sizeof(fiemap_extent)) / 8 + 1);
  auto* map = reinterpret_cast<fiemap*>(words.data());
  map->fm_length = FIEMAP_MAX_OFFSET;
  map->fm_extent_count = kExtents;
  const int result = ::ioctl(fd, FS_IOC_FIEMAP, map);
  ::close(fd);
  if (result != 0) return std::nullopt;
  for (unsigned i = 0; i < std::min(map->fm_mapped_extents, kExtents); ++i) {
    if (map->fm_extents[i].fe_flags & FIEMAP_EXTENT_DELALLOC) return true;
  }
  return false;
}

/// Starts nieuwslezer in `dir` with `arguments` (shell syntax: "page.txt -o 'out dir/x.wav'");
/// its output is captured in files in `dir` that finish() reads and removes.
inline Running start_nieuwslezer(const fs::path& dir, const std::string& arguments,
                                 const RunOptions& options = {}) {
  static int started = 0;
  const std::string id = std::to_string(::getpid()) + "-" + std::to_string(++started);
  Running running;
  running.out = dir / (".stdout-" + id);
  running.err = dir / (".stderr-" + id);
  const std::string command = "cd '" + dir.string() + "' && " + options.environment +
                              " exec '" NIEUWSLEZER_BINARY "' " + arguments;
  running.pid = start_shell(command, running.out, running.err, options.obey_permissions);
  running.deadline = std::chrono::steady_clock::now() + options.time_limit;
  return running;
}

/// Waits for a run and collects what it left.
inline Result finish(const Running& running) {
  Result result;
  result.exit_code = wait_for(running.pid, running.deadline);
  result.out = read(running.out);
  result.err = read(running.err);
  fs::remove(running.out);
  fs::remove(running.err);
  return result;
}

/// Runs nieuwslezer in `dir` and waits for it.
inline Result run_nieuwslezer(const fs::path& dir, const std::string& arguments,
                              const RunOptions& options = {}) {
  return finish(start_nieuwslezer(dir, arguments, options));
}

/// Runs the shell commands `script` in `dir` (standard input /dev/null): "" succeeds.
inline Result run_shell(const fs::path& dir, const std::string& script) {
  static int started = 0;
  const std::string id = std::to_string(::getpid()) + "-shell-" + std::to_string(++started);
  Running running;
  running.out = fs::temp_directory_path() / (".stdout-" + id);
  running.err = fs::temp_directory_path() / (".stderr-" + id);
  running.pid =
      start_shell("cd '" + dir.string() + "' && { " + (script.empty() ? ":" : script) + "\n}",
                  running.out, running.err);
  running.deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  return finish(running);
}

}  // namespace nieuwslezer::test
