#include "input/read_input.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include "errors.h"

namespace nieuwslezer {
namespace {

namespace fs = std::filesystem;
using namespace std::string_literals;

// A fresh directory per test, removed afterwards.
class ReadInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() /
           ("nieuwslezer-read-input-" + std::to_string(::getpid()) + "-" + test->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path write_file(const std::string& name, const std::string& bytes) {
    const fs::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }

  fs::path dir_;
};

// The message read_input_file throws, or "" when it does not throw.
std::string read_error(const fs::path& path, std::size_t max_bytes = kMaxInputBytes) {
  try {
    read_input_file(path, max_bytes);
  } catch (const InputError& error) {
    return error.what();
  }
  return "";
}

TEST_F(ReadInputTest, ReadsTheBytesUnchanged) {
  const std::string bytes = "\xEF\xBB\xBFKop\r\nCaf\xE9\0 en meer\r\n"s;
  EXPECT_EQ(read_input_file(write_file("page.txt", bytes)), bytes);
}

TEST_F(ReadInputTest, ReadsAnEmptyFileAsNoBytes) {
  EXPECT_EQ(read_input_file(write_file("empty.txt", "")), "");
}

TEST_F(ReadInputTest, ReadsAFileLargerThanOneChunk) {
  std::string bytes;
  for (int i = 0; i < 50000; ++i) bytes += "regel " + std::to_string(i) + "\n";
  ASSERT_GT(bytes.size(), 64u * 1024u * 4u);
  EXPECT_EQ(read_input_file(write_file("big.txt", bytes)), bytes);
}

TEST_F(ReadInputTest, MissingFileIsNamedWithTheReason) {
  const fs::path path = dir_ / "bestaat-niet.txt";
  EXPECT_EQ(read_error(path), path.string() + ": cannot open: No such file or directory");
}

TEST_F(ReadInputTest, DirectoryIsRefused) {
  EXPECT_EQ(read_error(dir_), dir_.string() + ": is a directory");
}

TEST_F(ReadInputTest, FileAtTheLimitIsRead) {
  const std::string bytes(1000, 'x');
  EXPECT_EQ(read_input_file(write_file("limit.txt", bytes), 1000), bytes);
}

TEST_F(ReadInputTest, FileOverTheLimitIsRefused) {
  const fs::path path = write_file("over.txt", std::string(1001, 'x'));
  EXPECT_EQ(read_error(path, 1000), path.string() + ": is larger than 1000 bytes (limit)");
}

TEST_F(ReadInputTest, DefaultLimitIs64MiB) {
  EXPECT_EQ(kMaxInputBytes, 64u * 1024u * 1024u);
  // A sparse file one byte over the limit: refused from its size, without reading it.
  const fs::path path = write_file("huge.txt", "");
  fs::resize_file(path, kMaxInputBytes + 1);
  EXPECT_EQ(read_error(path), path.string() + ": is larger than 64 MiB (limit)");
}

TEST_F(ReadInputTest, ReadsAFifoInChunks) {
  const fs::path fifo = dir_ / "page.fifo";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::string bytes;
  for (int i = 0; i < 20000; ++i) bytes += "BRUSSEL (ANP) - " + std::to_string(i) + "\n";
  std::thread writer([&] { std::ofstream(fifo, std::ios::binary) << bytes; });
  const std::string read = read_input_file(fifo);
  writer.join();
  EXPECT_EQ(read, bytes);
}

TEST_F(ReadInputTest, FifoOverTheLimitIsRefused) {
  std::signal(SIGPIPE, SIG_IGN);  // should the reader give up before the writer is done
  const fs::path fifo = dir_ / "big.fifo";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::thread writer([&] { std::ofstream(fifo, std::ios::binary) << std::string(5000, 'x'); });
  const std::string error = read_error(fifo, 1000);
  writer.join();
  EXPECT_EQ(error, fifo.string() + ": is larger than 1000 bytes (limit)");
}

TEST_F(ReadInputTest, AFifoWithoutAWriterIsGivenUp) {
  const fs::path fifo = dir_ / "nobody.fifo";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  const auto start = std::chrono::steady_clock::now();
  std::string error;
  try {
    read_input_file(fifo, kMaxInputBytes, std::chrono::milliseconds(300));
  } catch (const InputError& e) {
    error = e.what();
  }
  const auto waited = std::chrono::steady_clock::now() - start;
  EXPECT_EQ(error, fifo.string() + ": is a FIFO and nothing was written to it within 300 ms");
  EXPECT_GE(waited, std::chrono::milliseconds(290));
  EXPECT_LT(waited, std::chrono::seconds(5));
  EXPECT_EQ(kFifoWriterWait, std::chrono::seconds(10));
}

TEST_F(ReadInputTest, AFifoWaitsForALateWriter) {
  const fs::path fifo = dir_ / "late.fifo";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::thread writer([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    std::ofstream out(fifo, std::ios::binary);
    out << "Kop\n" << std::flush;
    std::this_thread::sleep_for(std::chrono::milliseconds(300));  // the reader waits for EOF
    out << "BRUSSEL (ANP) - Tekst.\n";
  });
  const std::string read = read_input_file(fifo, kMaxInputBytes, std::chrono::seconds(5));
  writer.join();
  EXPECT_EQ(read, "Kop\nBRUSSEL (ANP) - Tekst.\n");
}

TEST_F(ReadInputTest, AFifoClosedWithoutWritingIsEmpty) {
  const fs::path fifo = dir_ / "closed.fifo";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::thread writer([&] { std::ofstream out(fifo, std::ios::binary); });
  const std::string read = read_input_file(fifo, kMaxInputBytes, std::chrono::seconds(5));
  writer.join();
  EXPECT_EQ(read, "");
}

// Points standard input at a file for one test and restores it afterwards.
class StdinFrom {
 public:
  explicit StdinFrom(const fs::path& file)
      : saved_(::dup(STDIN_FILENO)), file_(::open(file.c_str(), O_RDONLY)) {
    ::dup2(file_, STDIN_FILENO);
  }
  ~StdinFrom() {
    ::dup2(saved_, STDIN_FILENO);
    ::close(saved_);
    ::close(file_);
    std::clearerr(stdin);
  }
  StdinFrom(const StdinFrom&) = delete;
  StdinFrom& operator=(const StdinFrom&) = delete;

 private:
  int saved_;
  int file_;
};

TEST_F(ReadInputTest, DashReadsStandardInput) {
  const std::string bytes = "Kop\nMOSKOU (ANP) - Tekst.\n";
  const StdinFrom redirect(write_file("stdin.txt", bytes));
  EXPECT_EQ(read_input_file("-"), bytes);
}

TEST_F(ReadInputTest, StandardInputOverTheLimitIsRefused) {
  const StdinFrom redirect(write_file("stdin.txt", std::string(100, 'x')));
  EXPECT_EQ(read_error("-", 10), "standard input: is larger than 10 bytes (limit)");
}

TEST(ReadInputNameTest, NamesStandardInputAndFiles) {
  EXPECT_EQ(input_display_name("-"), "standard input");
  EXPECT_EQ(input_display_name("pages/anp.txt"), "pages/anp.txt");
}

}  // namespace
}  // namespace nieuwslezer
