#pragma once
// The edge that writes finished outputs: whole files appear at once or not at all.

#include <filesystem>
#include <string_view>

namespace nieuwslezer {

/// Writes `bytes` to `path` through a temporary file in the same directory that is renamed
/// over `path` only when everything was written, so a failed run leaves no partial file and
/// never clobbers an earlier one. `path` "-" writes to standard output instead.
/// Throws OutputError "<path>: cannot write: No space left on device" and the like.
void write_output(const std::filesystem::path& path, std::string_view bytes);

}  // namespace nieuwslezer
