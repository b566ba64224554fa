#pragma once
// How far apart two words are, for "did you mean" suggestions.

#include <string>
#include <string_view>
#include <vector>

namespace nieuwslezer {

/// The number of single-byte insertions, deletions, substitutions and swaps of neighbours
/// that turn `a` into `b` (optimal string alignment): "max-agee" -> "max-age" is 1,
/// "max-aeg" -> "max-age" is 1, "preset" -> "present" is 1.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate nearest to `word`, if it is near enough to be the one meant: at most 1 edit
/// for words of up to 4 bytes, 2 up to 8, else 3. "" when none is, or when two are equally
/// near. ("max-agee", {"max-age", "max-items"}) -> "max-age"; ("xyz", {...}) -> "".
std::string nearest_word(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace nieuwslezer
