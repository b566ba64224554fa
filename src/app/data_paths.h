#pragma once
// Finding the installed or build-tree data: voices/, data/ and examples/.

#include <filesystem>

namespace nieuwslezer {

/// The directory that holds voices/, data/ and examples/. $NIEUWSLEZER_DATA_DIR, when set,
/// is used as it is: a file missing there is reported by its loader, never quietly taken
/// from elsewhere. Otherwise the first of these with data/phrases.nl.txt:
/// <dir of the executable>/../share/nieuwslezer (an installed or relocated copy); the install
/// prefix's share/nieuwslezer; the source tree (a build-tree run).
/// Throws DataError "NIEUWSLEZER_DATA_DIR=/x: is not a directory", or one listing the places
/// tried when none has the data.
std::filesystem::path find_data_root();

}  // namespace nieuwslezer
