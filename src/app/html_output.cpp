#include "app/html_output.h"

#include <filesystem>

#include "errors.h"
#include "output/html_page.h"
#include "system/atomic_file.h"

namespace nieuwslezer {
namespace {

namespace fs = std::filesystem;

// The absolute path with its existing folders' links resolved, as the browser will find it.
fs::path resolved(const std::string& path) {
  std::error_code error;
  const fs::path absolute = fs::absolute(path, error);
  const fs::path canonical = fs::weakly_canonical(absolute, error);
  return error ? absolute.lexically_normal() : canonical;
}

}  // namespace

std::optional<std::string> captions_file(const Options& options) {
  if (options.captions) return options.captions;
  if (options.html) return fs::path(*options.html).replace_extension(".vtt").string();
  return std::nullopt;
}

void check_html_options(const Options& options) {
  if (!options.html) return;
  if (options.no_audio) throw UsageError("--html plays the audio: drop --no-audio");
  if (is_standard_output(*options.html)) {
    throw UsageError("--html: the page links its audio by a path from its folder: name a file");
  }
  if (is_standard_output(options.output)) {
    throw UsageError("--html links the audio: -o must name a file, not standard output");
  }
  if (options.captions && is_standard_output(*options.captions)) {
    throw UsageError("--html links the captions: --captions must name a file");
  }
}

std::optional<std::string> bulletin_page(const Options& options, const Script& script,
                                         const Audio& audio, const std::string& title,
                                         const std::string& air_time, const PagePhrases& phrases) {
  if (!options.html) return std::nullopt;
  const fs::path page = resolved(*options.html);
  const PageInfo info{title, options.station, air_time,
                      relative_url(page, resolved(options.output)),
                      relative_url(page, resolved(*captions_file(options)))};
  return html_page(script, audio, info, phrases);
}

}  // namespace nieuwslezer
