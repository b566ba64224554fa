#include "output/cart_timers.h"

#include <gtest/gtest.h>

#include <map>

namespace nieuwslezer {
namespace {

std::map<std::string, std::size_t> by_usage(const std::vector<CartInfo::Timer>& timers) {
  std::map<std::string, std::size_t> out;
  for (const auto& timer : timers) out[timer.usage] = timer.frame;
  return out;
}

Audio audio_of(std::size_t frames, std::vector<Marker> markers) {
  Audio audio;
  audio.sample_rate = 1000;
  audio.samples.assign(frames, 0.0f);
  audio.markers = std::move(markers);
  return audio;
}

TEST(CartTimers, IntroVoiceSegueAndEndFromTheMarkers) {
  // An intro 0..4 s, two spoken segments 4..30 s and 30..60 s, an outro 58..63 s.
  const Audio audio = audio_of(64000, {{0, 4000, "intro", -1, -1},
                                       {4000, 30000, "opening", 0, -1},
                                       {4100, 29000, "", 0, 0},
                                       {30000, 60000, "closing", 1, -1},
                                       {58000, 63000, "outro", -1, -1}});
  const auto timers = by_usage(cart_timers(audio));
  EXPECT_EQ(timers, (std::map<std::string, std::size_t>{
                        {"AUDs", 0}, {"INTe", 4000}, {"SEGs", 60000}, {"AUDe", 63000}}));
}

TEST(CartTimers, NoIntroNoIntroTimer) {
  const Audio audio = audio_of(10000, {{300, 9000, "opening", 0, -1}});
  const auto timers = by_usage(cart_timers(audio));
  EXPECT_EQ(timers,
            (std::map<std::string, std::size_t>{{"AUDs", 300}, {"SEGs", 9000}, {"AUDe", 9000}}));
}

TEST(CartTimers, MarkersPastTheEndAreCutToIt) {
  const Audio audio = audio_of(5000, {{0, 9000, "opening", 0, -1}});
  const auto timers = by_usage(cart_timers(audio));
  EXPECT_EQ(timers.at("SEGs"), 5000u);
  EXPECT_EQ(timers.at("AUDe"), 5000u);
  EXPECT_EQ(by_usage(cart_timers(audio_of(700, {}))),
            (std::map<std::string, std::size_t>{{"AUDs", 0}, {"AUDe", 700}}));
}

TEST(CartTimers, TheOutCueIsTheLastSentenceAsWritten) {
  Script script;
  script.segments.resize(3);
  script.segments[0].written = {"Goedemorgen."};
  script.segments[1].written = {"Het KNMI waarschuwt.", "Dat was het nieuws."};
  EXPECT_EQ(out_cue(script), "Dat was het nieuws.");
  EXPECT_EQ(out_cue(Script{}), "");
}

}  // namespace
}  // namespace nieuwslezer
