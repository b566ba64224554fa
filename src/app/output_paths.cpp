#include "app/output_paths.h"

#include <sys/stat.h>

#include <filesystem>
#include <string>
#include <vector>

#include "app/html_output.h"
#include "app/podcast_output.h"
#include "errors.h"
#include "system/atomic_file.h"

namespace nieuwslezer {
namespace {

namespace fs = std::filesystem;

struct NamedPath {
  std::string option;  // "-o", "--script", "input"
  std::string path;
};

// Whether two names lead to one file: the same inode when both exist, else the same
// absolute path with its existing directories resolved.
bool same_file(const std::string& a, const std::string& b) {
  if (a == "-" || b == "-") return a == b;
  struct stat first {
  }, second{};
  if (::stat(a.c_str(), &first) == 0 && ::stat(b.c_str(), &second) == 0) {
    return first.st_dev == second.st_dev && first.st_ino == second.st_ino;
  }
  std::error_code error;
  const fs::path x = fs::weakly_canonical(fs::absolute(a), error);
  const fs::path y = fs::weakly_canonical(fs::absolute(b), error);
  return !error && x == y;
}

std::vector<NamedPath> outputs_of(const Options& options) {
  std::vector<NamedPath> outputs;
  if (!options.no_audio) outputs.push_back({"-o", options.output});
  const auto add = [&](const char* option, const std::optional<std::string>& path) {
    if (path) outputs.push_back({option, *path});
  };
  add("--script", options.script);
  add("--ssml", options.ssml);
  if (!options.no_audio) {
    add("--manifest", options.manifest);
    add("--captions", options.captions);
    add("--html", options.html);
    if (options.html && !options.captions) {
      outputs.push_back({"--html's captions", *captions_file(options)});
    }
    add("--podcast-feed", options.podcast_feed);
    if (options.podcast_feed && options.podcast_chapters) {
      outputs.push_back({"--podcast-chapters", chapters_file(options.output).string()});
    }
  }
  return outputs;
}

std::vector<NamedPath> files_read_by(const Options& options) {
  std::vector<NamedPath> read;
  for (const std::string& input : options.inputs) read.push_back({"input", input});
  for (const std::string& lexicon : options.lexicons) read.push_back({"--lexicon", lexicon});
  for (const auto& [option, path] :
       {std::pair{"--intro", options.intro}, {"--outro", options.outro}, {"--bed", options.bed}}) {
    if (path) read.push_back({option, *path});
  }
  return read;
}

}  // namespace

void check_output_paths(const Options& options) {
  const std::vector<NamedPath> outputs = outputs_of(options);
  const std::vector<NamedPath> read = files_read_by(options);
  for (std::size_t i = 0; i < outputs.size(); ++i) {
    const NamedPath& output = outputs[i];
    for (std::size_t j = 0; j < i; ++j) {
      if (!same_file(output.path, outputs[j].path)) continue;
      if (output.path == "-") {
        throw UsageError(output.option + " - and " + outputs[j].option +
                         " - cannot both write to standard output");
      }
      throw UsageError(output.option + ": " + output.path + " is the same file as " +
                       outputs[j].option + " (" + outputs[j].path + ")");
    }
    if (output.path == "-") continue;
    check_output_target(output.path);
    for (const NamedPath& file : read) {
      if (file.path != "-" && same_file(output.path, file.path)) {
        throw UsageError(output.option + ": " + output.path + " is the same file as the " +
                         (file.option == "input" ? std::string("input") : file.option) + " (" +
                         file.path + "): it would be overwritten");
      }
    }
  }
}

bool writes_standard_output(const Options& options) {
  for (const NamedPath& output : outputs_of(options)) {
    if (is_standard_output(output.path)) return true;
  }
  return false;
}

}  // namespace nieuwslezer
