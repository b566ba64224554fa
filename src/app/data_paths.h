#pragma once
// Finding the installed or build-tree data: voices/, data/ and examples/.

#include <filesystem>

namespace nieuwslezer {

/// The directory that holds voices/, data/ and examples/. Tried in order:
/// $NIEUWSLEZER_DATA_DIR; <dir of the executable>/../share/nieuwslezer (an installed or
/// relocated copy); the install prefix's share/nieuwslezer; the source tree (a build-tree run).
/// Throws InputError listing the places tried when none has data/phrases.nl.txt.
std::filesystem::path find_data_root();

}  // namespace nieuwslezer
