#pragma once
// Dateline place names: from the capitals of "BRUSSEL (ANP) -" to how the name is written.

#include <string>
#include <string_view>

namespace nieuwslezer {

/// A dateline place in normal case: "BRUSSEL" -> "Brussel", "DEN HAAG" -> "Den Haag",
/// "'S-HERTOGENBOSCH" -> "'s-Hertogenbosch", "RIO DE JANEIRO" -> "Rio de Janeiro",
/// "IJMUIDEN" -> "IJmuiden", "PORT-AU-PRINCE" -> "Port-au-Prince",
/// "WASHINGTON D.C." -> "Washington D.C.". Text that already has lower-case letters is
/// returned as it is.
std::string natural_place_name(std::string_view dateline_place);

/// A place name as the voice gets it, without dots that would read as sentence ends:
/// "Washington D.C." -> "Washington D-C", "St. Louis" -> "St Louis", "St.-Michielsgestel" ->
/// "St-Michielsgestel".
std::string spoken_place_name(std::string_view place_name);

}  // namespace nieuwslezer
