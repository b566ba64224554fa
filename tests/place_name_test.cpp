#include "text/place_name.h"

#include <gtest/gtest.h>

namespace nieuwslezer {
namespace {

TEST(PlaceName, WritesDatelinePlacesInNormalCase) {
  EXPECT_EQ(natural_place_name("BRUSSEL"), "Brussel");
  EXPECT_EQ(natural_place_name("DEN HAAG"), "Den Haag");
  EXPECT_EQ(natural_place_name("'S-HERTOGENBOSCH"), "'s-Hertogenbosch");
  EXPECT_EQ(natural_place_name("RIO DE JANEIRO"), "Rio de Janeiro");
  EXPECT_EQ(natural_place_name("IJMUIDEN"), "IJmuiden");
  EXPECT_EQ(natural_place_name("PORT-AU-PRINCE"), "Port-au-Prince");
  EXPECT_EQ(natural_place_name("ALPHEN AAN DEN RIJN"), "Alphen aan den Rijn");
  EXPECT_EQ(natural_place_name("BERGEN OP ZOOM"), "Bergen op Zoom");
  EXPECT_EQ(natural_place_name("SÃO PAULO"), "São Paulo");
  EXPECT_EQ(natural_place_name("ZÜRICH"), "Zürich");
  EXPECT_EQ(natural_place_name("WASHINGTON D.C."), "Washington D.C.");
  EXPECT_EQ(natural_place_name("NEW YORK"), "New York");
  EXPECT_EQ(natural_place_name("Brussel"), "Brussel");
  EXPECT_EQ(natural_place_name(""), "");
}

TEST(PlaceName, SpokenPlaceNamesHaveNoDots) {
  EXPECT_EQ(spoken_place_name("Washington D.C."), "Washington D-C");
  EXPECT_EQ(spoken_place_name("St. Louis"), "St Louis");
  EXPECT_EQ(spoken_place_name("Den Haag"), "Den Haag");
}

TEST(PlaceName, NoDotBeforeAHyphen) {
  // Found by fuzz/normalizer_fuzz: "A.-AN (ANP) -" was read "A. -an.", a sentence end and a
  // dangling hyphen inside the place.
  EXPECT_EQ(spoken_place_name("St.-Michielsgestel"), "St-Michielsgestel");
  EXPECT_EQ(spoken_place_name("A.-an"), "A-an");
  EXPECT_EQ(spoken_place_name("Port-au-Prince"), "Port-au-Prince");
  EXPECT_EQ(spoken_place_name("'s-Hertogenbosch"), "'s-Hertogenbosch");
}

}  // namespace
}  // namespace nieuwslezer
