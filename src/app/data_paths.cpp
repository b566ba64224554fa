#include "app/data_paths.h"

#include <cstdlib>
#include <string>
#include <system_error>
#include <vector>

#include "errors.h"

namespace nieuwslezer {

std::filesystem::path find_data_root() {
  namespace fs = std::filesystem;
  std::error_code error;
  if (const char* dir = std::getenv("NIEUWSLEZER_DATA_DIR"); dir != nullptr && *dir != '\0') {
    if (!fs::is_directory(dir, error)) {
      throw DataError(std::string("NIEUWSLEZER_DATA_DIR=") + dir + ": is not a directory");
    }
    return dir;
  }
  std::vector<fs::path> candidates;
  const fs::path executable = fs::read_symlink("/proc/self/exe", error);
  if (!error) {
    candidates.push_back(executable.parent_path().parent_path() / NIEUWSLEZER_RELATIVE_DATA_DIR);
  }
  candidates.emplace_back(NIEUWSLEZER_INSTALL_DATA_DIR);
  candidates.emplace_back(NIEUWSLEZER_SOURCE_DATA_DIR);
  std::string tried;
  for (const fs::path& candidate : candidates) {
    if (fs::is_regular_file(candidate / "data" / "phrases.nl.txt", error)) return candidate;
    tried += (tried.empty() ? "" : ", ") + candidate.string();
  }
  throw DataError("cannot find nieuwslezer's data (voices/, data/); looked in " + tried +
                  "; set NIEUWSLEZER_DATA_DIR");
}

}  // namespace nieuwslezer
