#pragma once
// Temporary folders a run makes (the eSpeak data overlay in /dev/shm) that a killed run
// cannot remove itself: each is claimed with a lock while its run lives, and a later run
// removes those whose claimer is gone.

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <string_view>

namespace nieuwslezer {

/// Claims `folder`, which this process has just made: an flock(2) on `<folder>/.in-use`,
/// held by this process and the processes it forks for as long as any of them lives (the
/// kernel drops it when the last one ends, kill -9 included). Returns the descriptor, which
/// is never closed. Throws std::runtime_error "<folder>: cannot claim: <reason>".
int claim_folder(const std::filesystem::path& folder);

/// Removes the folders in `parent` whose names begin with `prefix` that this user owns
/// (never a symbolic link, never another user's) and whose claim is not held: their run is
/// dead. A folder without the claim file is removed only when older than `unclaimed_age`
/// (it may be a run between making it and claiming it). Problems are ignored: sweeping is a
/// courtesy, never a reason to fail. Returns how many were removed.
std::size_t sweep_dead_folders(const std::filesystem::path& parent, std::string_view prefix,
                               std::chrono::seconds unclaimed_age = std::chrono::seconds(600));

}  // namespace nieuwslezer
