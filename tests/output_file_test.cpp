#include "output/output_file.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "errors.h"

namespace nieuwslezer {
namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

class OutputFile : public ::testing::Test {
 protected:
  void SetUp() override {
    // The process id keeps test runs in other build directories out of this one's way.
    dir_ = fs::temp_directory_path() /
           ("nieuwslezer-output-test-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
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
