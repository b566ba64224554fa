#include "text/place_name.h"

#include <algorithm>
#include <initializer_list>

#include "base/utf8.h"
#include "text/acronym_reading.h"

namespace nieuwslezer {
namespace {

// Small words inside a place name stay lower case: "Rio de Janeiro", "Bergen op Zoom".
bool is_place_particle(std::string_view lower) {
  const auto particles = {"de", "den", "der", "van", "aan",   "op",  "in",  "bij", "het", "la",
                          "le", "les", "el",  "del", "della", "di",  "da",  "do",  "dos", "das",
                          "du", "des", "am",  "an",  "im",    "es",  "au",  "aux", "sur", "upon",
                          "on", "of",  "y",   "en",  "sous",  "ter", "ten", "te"};
  return std::find(particles.begin(), particles.end(), lower) != particles.end();
}

}  // namespace

std::string natural_place_name(std::string_view dateline_place) {
  for (std::size_t pos = 0; pos < dateline_place.size();) {
    const utf8::CodePoint cp = utf8::decode(dateline_place, pos);
    if (utf8::is_lower(cp.value)) return std::string(dateline_place);
    pos += cp.length;
  }
  std::string name;
  bool first_piece = true;
  std::size_t pos = 0;
  while (pos < dateline_place.size()) {
    const char c = dateline_place[pos];
    if (c == ' ' || c == '-' || c == '/') {
      name += c;
      ++pos;
      continue;
    }
    std::size_t end = pos;
    while (end < dateline_place.size() && dateline_place[end] != ' ' &&
           dateline_place[end] != '-' && dateline_place[end] != '/') {
      ++end;
    }
    const std::string_view piece = dateline_place.substr(pos, end - pos);
    const std::string lower = utf8::lower(piece);
    if (lower.front() == '\'') {
      name += lower;  // "'s-Hertogenbosch", "'t Zandt"
    } else if (letter_count(piece) * 2 == piece.size() &&
               piece.find('.') != std::string_view::npos) {
      name += piece;  // initials: "D.C."
    } else if (!first_piece && is_place_particle(lower)) {
      name += lower;
    } else {
      name += utf8::capitalize(lower);
    }
    first_piece = false;
    pos = end;
  }
  return name;
}

// A place name without dots, which would read as sentence ends: "Washington D.C." ->
// "Washington D-C", "St. Louis" -> "St Louis", "St.-Michielsgestel" -> "St-Michielsgestel".
std::string spoken_place_name(std::string_view name) {
  std::string spoken;
  std::size_t pos = 0;
  while (pos <= name.size()) {
    const std::size_t end = std::min(name.find_first_of(" -", pos), name.size());
    std::string_view piece = name.substr(pos, end - pos);
    if (piece.find('.') != std::string_view::npos && letter_count(piece) * 2 == piece.size()) {
      spoken += spell_letters(piece);
    } else {
      while (!piece.empty() && piece.back() == '.') piece.remove_suffix(1);
      spoken += piece;
    }
    if (end < name.size()) spoken += name[end];  // the space or hyphen
    pos = end + 1;
  }
  return spoken;
}

}  // namespace nieuwslezer
