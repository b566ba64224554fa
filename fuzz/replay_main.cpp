// Replays fuzz inputs without libFuzzer, so a corpus is an ordinary regression test:
//   fuzz_replay_page_parser fuzz/corpus/page_parser_fuzz [more directories or files]
// Every file (directories are read recursively, in name order) goes once through the target's
// LLVMFuzzerTestOneInput. A crash or a broken promise aborts; an exception that escapes it is
// reported with the file's name and exits 1; so does an argument without any input in it.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

namespace fs = std::filesystem;

// A file or directory -> the input files in it, sorted.
std::vector<fs::path> inputs_in(const fs::path& path) {
  std::vector<fs::path> files;
  if (fs::is_directory(path)) {
    for (const auto& entry : fs::recursive_directory_iterator(path)) {
      if (entry.is_regular_file()) files.push_back(entry.path());
    }
  } else if (fs::is_regular_file(path)) {
    files.push_back(path);
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string read_bytes(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: " << argv[0] << " CORPUS_DIR_OR_FILE...\n";
    return 2;
  }
  std::size_t replayed = 0;
  for (int arg = 1; arg < argc; ++arg) {
    const std::vector<fs::path> files = inputs_in(argv[arg]);
    if (files.empty()) {
      std::cerr << argv[arg] << ": no inputs to replay\n";
      return 1;
    }
    for (const fs::path& file : files) {
      const std::string bytes = read_bytes(file);
      try {
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
      } catch (const std::exception& error) {
        std::cerr << file.string() << ": exception escaped: " << error.what() << "\n";
        return 1;
      } catch (...) {
        std::cerr << file.string() << ": an exception that is not a std::exception escaped\n";
        return 1;
      }
      ++replayed;
    }
  }
  std::cout << replayed << " input(s) replayed\n";
  return 0;
}
