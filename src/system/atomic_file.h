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

/// Whether `path` names standard output: "-", /dev/stdout, /dev/fd/1 or /proc/self/fd/1.
bool is_standard_output(const std::filesystem::path& path);

/// Throws the OutputError write_output would give for what is at `path` now (a FIFO, a
/// device, another user's link, a directory, a name too long), so a run can refuse it before
/// any work.
void check_output_target(const std::filesystem::path& path);

/// Writes `bytes` to `path` through a temporary file in the same directory that is renamed
/// over `path` only when everything was written, so a failed run leaves no partial file and
/// never clobbers an earlier one; the temporary file has no name until it is complete where
/// the file system allows (O_TMPFILE), so even SIGKILL leaves nothing. A replaced file keeps
/// its permissions. Standard output's names ("-", /dev/stdout) write to it, /dev/stderr to
/// standard error, /dev/null and /dev/full in place. Refused with an OutputError naming the
/// path: a directory, a FIFO, socket or other device, a symbolic link owned by another user
/// (it is never written through; one's own link is replaced), a name over 255 bytes; and
/// "<path>: cannot write: No space left on device", "... File too large" and the like.
void write_output(const std::filesystem::path& path, std::string_view bytes, Sync sync = Sync::kNo);

/// write_output for content made straight into the file: fill(fd) writes it to the open,
/// empty, seekable temporary file (for "-" or a device such as /dev/null: to a file in
/// memory, copied to it afterwards). A std::system_error from `fill` becomes the OutputError
/// "<path>: cannot write: <its errno's message>"; other exceptions pass through, the
/// temporary removed. Returns the size of what was written.
std::uint64_t write_output_with(const std::filesystem::path& path,
                                const std::function<void(int fd)>& fill, Sync sync = Sync::kNo);

}  // namespace nieuwslezer
