#include "system/atomic_file.h"

#include <gtest/gtest.h>

#include <string>

#include "errors.h"
#include "test_support.h"

namespace nieuwslezer {
namespace {

namespace fs = std::filesystem;
using test::read;

class OutputFile : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = test::fresh_test_directory("output-test"); }
  void TearDown() override { fs::remove_all(dir_); }
  std::size_t entries() const {
    return static_cast<std::size_t>(
        std::distance(fs::directory_iterator(dir_), fs::directory_iterator()));
  }
  fs::path dir_;
};

TEST_F(OutputFile, WritesAndReplacesWholeFiles) {
  write_output(dir_ / "a.wav", "first");
  EXPECT_EQ(read(dir_ / "a.wav"), "first");
  write_output(dir_ / "a.wav", "second, longer");
  EXPECT_EQ(read(dir_ / "a.wav"), "second, longer");
  EXPECT_EQ(entries(), 1u) << "no temporary file may be left behind";
}

TEST_F(OutputFile, SyncPutsTheFileOnTheDiskBeforeItIsRenamed) {
  const test::DiskTestDirectory disk("output-sync");
  const fs::path unsynced = disk.path() / "unsynced.wav", synced = disk.path() / "synced.wav";
  const std::string bytes(std::size_t{8} << 20, 'x');
  write_output(unsynced, bytes);
  // The check below means something only where a file written without fsync shows it, as
  // ext4, XFS and btrfs do.
  ASSERT_EQ(test::has_data_not_on_disk(unsynced), true)
      << "the file system of " << disk.path() << " does not show unwritten data (FIEMAP)";
  write_output(synced, bytes, Sync::kYes);
  EXPECT_EQ(test::has_data_not_on_disk(synced), false);
  EXPECT_EQ(read(synced), bytes);
}

TEST_F(OutputFile, MissingDirectoryIsAnOutputErrorAndLeavesNothing) {
  try {
    write_output(dir_ / "missing" / "a.wav", "x");
    FAIL() << "no error";
  } catch (const OutputError& error) {
    EXPECT_NE(std::string(error.what()).find("missing/a.wav"), std::string::npos) << error.what();
  }
  EXPECT_EQ(entries(), 0u);
}

TEST_F(OutputFile, ADirectoryIsNotReplaced) {
  fs::create_directory(dir_ / "out.wav");
  EXPECT_THROW(write_output(dir_ / "out.wav", "x"), OutputError);
  EXPECT_TRUE(fs::is_directory(dir_ / "out.wav"));
}

TEST_F(OutputFile, DiskFullIsAnOutputError) {
  if (!fs::exists("/dev/full")) GTEST_FAIL() << "/dev/full is missing on this machine";
  EXPECT_THROW(write_output("/dev/full", std::string(1 << 16, 'x')), OutputError);
}

}  // namespace
}  // namespace nieuwslezer
