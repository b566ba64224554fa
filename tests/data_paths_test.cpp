#include "app/data_paths.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>

#include "errors.h"

namespace nieuwslezer {
namespace {

namespace fs = std::filesystem;

// Sets NIEUWSLEZER_DATA_DIR for one test and restores it afterwards.
class DataDirVariable {
 public:
  explicit DataDirVariable(const std::string& value) {
    if (const char* old = std::getenv(kName)) saved_ = old;
    ::setenv(kName, value.c_str(), 1);
  }
  ~DataDirVariable() {
    if (saved_) {
      ::setenv(kName, saved_->c_str(), 1);
    } else {
      ::unsetenv(kName);
    }
  }
  DataDirVariable(const DataDirVariable&) = delete;
  DataDirVariable& operator=(const DataDirVariable&) = delete;

 private:
  static constexpr const char* kName = "NIEUWSLEZER_DATA_DIR";
  std::optional<std::string> saved_;
};

TEST(DataPaths, TheVariableIsTakenAsItIsEvenWithoutData) {
  // A missing file there is reported by its loader, never taken from the source tree.
  const fs::path empty =
      fs::temp_directory_path() / ("nieuwslezer-data-paths-empty-" + std::to_string(::getpid()));
  fs::create_directories(empty);
  {
    const DataDirVariable variable(empty.string());
    EXPECT_EQ(find_data_root(), empty);
  }
  fs::remove_all(empty);
}

TEST(DataPaths, AVariableThatIsNoDirectoryIsProgramData) {
  const DataDirVariable variable("/nonexistent/nieuwslezer");
  try {
    find_data_root();
    FAIL() << "no error";
  } catch (const DataError& error) {
    EXPECT_STREQ(error.what(), "NIEUWSLEZER_DATA_DIR=/nonexistent/nieuwslezer: is not a directory");
  }
}

TEST(DataPaths, WithoutTheVariableTheBuildTreeFindsTheSourceData) {
  const char* old = std::getenv("NIEUWSLEZER_DATA_DIR");
  const std::optional<std::string> saved = old ? std::optional<std::string>(old) : std::nullopt;
  ::unsetenv("NIEUWSLEZER_DATA_DIR");
  EXPECT_TRUE(fs::is_regular_file(find_data_root() / "data" / "phrases.nl.txt"));
  if (saved) ::setenv("NIEUWSLEZER_DATA_DIR", saved->c_str(), 1);
}

}  // namespace
}  // namespace nieuwslezer
