#pragma once
// The edge that writes finished outputs: whole files appear at once or not at all.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string_view>

namespace nieuwslezer {

/// Whether a written file is forced to the disk (fsync) before it is renamed into place.
/// Without it, a reader still never sees a partial file, and on ext4 (data=ordered,
/// auto_da_alloc: Debian's default) a power cut leaves the old file or the new one; with it,
/// that holds on any file system, at the price of waiting for the disk.
enum class Sync : bool { kNo, kYes };

/// Writes `bytes` to `path` through a temporary file in the same directory that is renamed
/// over `path` only when everything was written, so a failed run leaves no partial file and
/// never clobbers an earlier one. `path` "-" writes to standard output instead.
/// Throws OutputError "<path>: cannot write: No space left on device" and the like.
void write_output(const std::filesystem::path& path, std::string_view bytes, Sync sync = Sync::kNo);

/// write_output for content made straight into the file: fill(fd) writes it to the open,
/// empty, seekable temporary file (for "-" or a device such as /dev/null: to a file in
/// memory, copied to it afterwards). A std::system_error from `fill` becomes the OutputError
/// "<path>: cannot write: <its errno's message>"; other exceptions pass through, the
/// temporary removed. Returns the size of what was written.
std::uint64_t write_output_with(const std::filesystem::path& path,
                                const std::function<void(int fd)>& fill, Sync sync = Sync::kNo);

}  // namespace nieuwslezer
