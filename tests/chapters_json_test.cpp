#include "output/chapters_json.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace nieuwslezer {
namespace {

// Four chapters at 1000 Hz, as output/chapters.h's bulletin_chapters gives them.
std::vector<Marker> chapters() {
  return {{0, 2500, "Goedemorgen.", 0, -1},
          {2500, 6250, "Kabinet valt.", 1, -1},
          {6250, 8000, "PSV wint \"ruim\".", 3, -1},
          {8000, 9000, "Dat was het nieuws.", 4, -1}};
}

TEST(ChaptersJson, FollowsTheJsonChaptersFormatOneTwo) {
  const std::string text =
      chapters_json(chapters(), 1000, {"Nieuws van 8 uur", "Nieuws van Radio Zuid", "n 8.mp3"});
  const nlohmann::json json = nlohmann::json::parse(text);
  // The spec's required properties, with their types.
  ASSERT_TRUE(json.at("version").is_string());
  EXPECT_EQ(json.at("version"), "1.2.0");
  ASSERT_TRUE(json.at("chapters").is_array());
  EXPECT_EQ(json.at("title"), "Nieuws van 8 uur");
  EXPECT_EQ(json.at("podcastName"), "Nieuws van Radio Zuid");
  EXPECT_EQ(json.at("fileName"), "n 8.mp3");
  double previous = -1;
  for (const auto& chapter : json.at("chapters")) {
    ASSERT_TRUE(chapter.at("startTime").is_number());
    ASSERT_TRUE(chapter.at("title").is_string());
    EXPECT_GT(chapter.at("startTime").get<double>(), previous) << "ascending start times";
    previous = chapter.at("startTime").get<double>();
  }
  EXPECT_EQ(json.at("chapters").size(), 4u);
  EXPECT_EQ(json.at("chapters")[2].at("title"), "PSV wint \"ruim\".");
  EXPECT_EQ(json.at("chapters")[2].at("startTime"), 6.25);
}

}  // namespace
}  // namespace nieuwslezer
