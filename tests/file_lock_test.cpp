#include "system/file_lock.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/file.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "errors.h"
#include "test_support.h"

namespace nieuwslezer {
namespace {

namespace fs = std::filesystem;

// Whether another open file description could lock `path` now, without waiting.
bool could_lock(const fs::path& path) {
  const int fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
  if (fd < 0) return false;
  const bool locked = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
  ::close(fd);
  return locked;
}

class FileLockTest : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = test::fresh_test_directory("file-lock"); }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(FileLockTest, HoldsTheFileExclusivelyWhileItLives) {
  const fs::path path = dir_ / "feed.xml.lock";
  {
    const FileLock lock(path);
    EXPECT_TRUE(fs::exists(path)) << "made when missing";
    EXPECT_FALSE(could_lock(path));
  }
  EXPECT_TRUE(could_lock(path)) << "released when it goes";
  EXPECT_TRUE(fs::exists(path)) << "never removed";
}

TEST_F(FileLockTest, ASecondLockWaitsForTheFirst) {
  const fs::path path = dir_ / "feed.xml.lock";
  std::atomic<bool> second_has_it{false};
  std::optional<FileLock> first;
  first.emplace(path);
  std::thread second([&] {
    const FileLock lock(path);
    second_has_it = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  EXPECT_FALSE(second_has_it) << "it must wait while the first holds the lock";
  first.reset();
  second.join();
  EXPECT_TRUE(second_has_it);
}

TEST_F(FileLockTest, AFileThatCannotBeMadeIsAnOutputErrorNamingIt) {
  try {
    const FileLock lock(dir_ / "missing" / "feed.xml.lock");
    FAIL() << "no error";
  } catch (const OutputError& error) {
    EXPECT_NE(std::string(error.what()).find("missing/feed.xml.lock: cannot lock: "),
              std::string::npos)
        << error.what();
  }
}

}  // namespace
}  // namespace nieuwslezer
