#include "system/folder_claim.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>

#include "test_support.h"

namespace nieuwslezer {
namespace {

namespace fs = std::filesystem;

class FolderClaim : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = test::fresh_test_directory("folder-claim"); }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path folder(const std::string& name) const {
    fs::create_directory(dir_ / name);
    return dir_ / name;
  }

  // A child process claims `path` and ends (as kill -9 would leave it) or, with `stay`,
  // waits until the returned pipe is closed.
  pid_t claim_in_child(const fs::path& path, int* release = nullptr) {
    int pipe_fds[2];
    EXPECT_EQ(::pipe(pipe_fds), 0);
    const pid_t pid = ::fork();
    if (pid == 0) {
      ::close(pipe_fds[1]);
      claim_folder(path);
      char byte;
      if (release) [[maybe_unused]]
        auto got = ::read(pipe_fds[0], &byte, 1);
      ::_exit(0);
    }
    ::close(pipe_fds[0]);
    if (release) {
      *release = pipe_fds[1];
    } else {
      ::close(pipe_fds[1]);
      ::waitpid(pid, nullptr, 0);
    }
    return pid;
  }

  fs::path dir_;
};

TEST_F(FolderClaim, AFolderWhoseRunIsDeadIsRemovedALiveOnesIsNot) {
  const fs::path mine = folder("nieuwslezer-espeak-mine");
  claim_folder(mine);
  const fs::path dead = folder("nieuwslezer-espeak-dead");
  claim_in_child(dead);
  const fs::path alive = folder("nieuwslezer-espeak-alive");
  int release = -1;
  const pid_t child = claim_in_child(alive, &release);
  // The child has claimed it once its claim file is there and locked.
  for (int i = 0; i < 1000 && !fs::exists(alive / ".in-use"); ++i) ::usleep(1000);
  ::usleep(20000);
  EXPECT_EQ(sweep_dead_folders(dir_, "nieuwslezer-espeak-"), 1u);
  EXPECT_TRUE(fs::exists(mine));
  EXPECT_FALSE(fs::exists(dead));
  EXPECT_TRUE(fs::exists(alive));
  ::close(release);
  ::waitpid(child, nullptr, 0);
  EXPECT_EQ(sweep_dead_folders(dir_, "nieuwslezer-espeak-"), 1u) << "its run has ended now";
  EXPECT_FALSE(fs::exists(alive));
  EXPECT_TRUE(fs::exists(mine));
}

TEST_F(FolderClaim, AnUnclaimedFolderIsRemovedOnlyWhenOld) {
  const fs::path young = folder("nieuwslezer-espeak-young");
  const fs::path old = folder("nieuwslezer-espeak-old");
  fs::last_write_time(old, fs::file_time_type::clock::now() - std::chrono::hours(2));
  EXPECT_EQ(sweep_dead_folders(dir_, "nieuwslezer-espeak-"), 1u);
  EXPECT_TRUE(fs::exists(young)) << "a run may be between making and claiming it";
  EXPECT_FALSE(fs::exists(old));
}

TEST_F(FolderClaim, OnlyOurPrefixAndNeverThroughALink) {
  const fs::path other = folder("iets-anders");
  claim_in_child(other);
  const fs::path target = folder("target");
  test::write_file(target / "keep.txt", "x");
  claim_in_child(target);
  fs::create_directory_symlink(target, dir_ / "nieuwslezer-espeak-link");
  EXPECT_EQ(sweep_dead_folders(dir_, "nieuwslezer-espeak-"), 0u);
  EXPECT_TRUE(fs::exists(other));
  EXPECT_TRUE(fs::exists(target / "keep.txt"));
  EXPECT_TRUE(fs::is_symlink(dir_ / "nieuwslezer-espeak-link"));
  EXPECT_EQ(sweep_dead_folders(dir_ / "missing", "nieuwslezer-espeak-"), 0u);
}

TEST_F(FolderClaim, AFolderIsClaimedOnce) {
  const fs::path path = folder("nieuwslezer-espeak-x");
  claim_folder(path);
  EXPECT_THROW(claim_folder(path), std::runtime_error);
}

}  // namespace
}  // namespace nieuwslezer
