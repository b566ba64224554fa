#include "app/check_options.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>

#include "errors.h"

namespace nieuwslezer {
namespace {

const Instant kClock{std::chrono::seconds(1'800'000'000)};

// The UsageError check_options throws for options changed by `change`, or "" when none.
std::string problem(const std::function<void(Options&)>& change) {
  Options options;
  change(options);
  try {
    check_options(options, kClock);
  } catch (const UsageError& error) {
    return error.what();
  }
  return "";
}

TEST(CheckOptions, TheDefaultsPassAndReadTwelveHoursKeepingUndatedItems) {
  const CheckedOptions checked = check_options(Options{}, kClock);
  EXPECT_EQ(checked.now, kClock);
  EXPECT_EQ(checked.zone.name(), "Europe/Amsterdam");
  EXPECT_EQ(checked.rules.max_age, std::chrono::hours(12));
  EXPECT_TRUE(checked.rules.keep_undated);
  EXPECT_FALSE(checked.max_duration);
}

TEST(CheckOptions, ValuesAreParsedOnce) {
  Options options;
  options.now = "2026-11-28T08:00:00+01:00";
  options.max_age = "90m";
  options.max_items = 5;
  options.max_duration = "3m";
  const CheckedOptions checked = check_options(options, kClock);
  EXPECT_EQ(checked.now.time_since_epoch(), std::chrono::seconds(1'795'849'200));
  EXPECT_EQ(checked.rules.max_age, std::chrono::minutes(90));
  EXPECT_FALSE(checked.rules.keep_undated);
  EXPECT_EQ(checked.rules.max_items, 5u);
  EXPECT_EQ(checked.max_duration, std::chrono::minutes(3));
  options.max_age = "none";
  EXPECT_FALSE(check_options(options, kClock).rules.max_age);
}

TEST(CheckOptions, ScrapedAtIsATimeLikeNowAndTheTimeoutHasBounds) {
  Options options;
  EXPECT_FALSE(check_options(options, kClock).scraped_at);
  options.scraped_at = "2026-11-28T07:00:00+01:00";
  EXPECT_EQ(check_options(options, kClock).scraped_at->time_since_epoch(),
            std::chrono::seconds(1'795'845'600));
  EXPECT_NE(problem([](Options& o) { o.scraped_at = "gisteren"; }).find("--scraped-at: "),
            std::string::npos);
  EXPECT_EQ(problem([](Options& o) { o.timeout = 0; }), "--timeout: 0 is not 1 to 3600 s");
  EXPECT_EQ(problem([](Options& o) { o.timeout = 3601; }), "--timeout: 3601 is not 1 to 3600 s");
}

TEST(CheckOptions, EveryNumberOutOfRangeIsRefusedNamingTheOption) {
  EXPECT_EQ(problem([](Options& o) { o.rate = 20; }), "--rate: 20 is not 80 to 450 words a minute");
  EXPECT_EQ(problem([](Options& o) { o.pitch = 101; }), "--pitch: 101 is not 0 to 100");
  EXPECT_EQ(problem([](Options& o) { o.jobs = -1; }), "--jobs: -1 is not 0 to 256");
  EXPECT_EQ(problem([](Options& o) { o.channels = 3; }), "--channels: 3 is not 1 or 2");
  EXPECT_EQ(problem([](Options& o) { o.lufs = -3.5; }), "--lufs: -3.5 is not -70 to -5 LUFS");
  EXPECT_EQ(problem([](Options& o) { o.true_peak = 1.0; }), "--true-peak: 1 is not -20 to 0 dBTP");
  EXPECT_EQ(problem([](Options& o) { o.sample_rate = 4000; }),
            "--sample-rate: 4000 is not 8000 to 192000 Hz");
  EXPECT_EQ(problem([](Options& o) { o.pauses.story_ms = -5; }),
            "--pause-story: -5 is not 0 to 10000 ms");
  EXPECT_EQ(problem([](Options& o) { o.bed_settings.fade_out_ms = 40000; }),
            "--bed-fade: 40000 is not 0 to 30000 ms");
  EXPECT_EQ(problem([](Options& o) { o.podcast_keep = 0; }),
            "--podcast-keep: 0 is not 1 to 100000");
}

TEST(CheckOptions, NamesTimesAndDurationsAreRefusedNamingTheOption) {
  EXPECT_EQ(problem([](Options& o) { o.preset = "tv"; }),
            "--preset: 'tv' is not podcast, radio or raw");
  EXPECT_NE(problem([](Options& o) { o.format = "aiff"; }).find("--format: "), std::string::npos);
  EXPECT_NE(problem([](Options& o) { o.output = "b.aac"; }).find("-o b.aac: "), std::string::npos);
  EXPECT_NE(problem([](Options& o) { o.now = "gisteren"; }).find("--now: 'gisteren' is not"),
            std::string::npos);
  EXPECT_NE(problem([](Options& o) { o.max_age = "6x"; }).find("--max-age: '6x' is not"),
            std::string::npos);
  EXPECT_NE(problem([](Options& o) { o.max_duration = "0s"; }).find("--max-duration: "),
            std::string::npos);
  EXPECT_NE(problem([](Options& o) { o.timezone = "Mars/Base"; }).find("--timezone: "),
            std::string::npos);
}

TEST(CheckOptions, CombinationsThatCannotWorkAreRefused) {
  EXPECT_EQ(problem([](Options& o) {
              o.script = "-";
              o.output = "-";
            }),
            "--script - and -o - cannot both write to standard output");
  EXPECT_EQ(problem([](Options& o) {
              o.no_audio = true;
              o.max_duration = "3m";
            }),
            "--max-duration measures the audio: drop --no-audio");
  EXPECT_EQ(problem([](Options& o) { o.podcast_feed = "feed.xml"; }),
            "--podcast-feed needs --podcast-url and an output file (-o)");
  EXPECT_EQ(problem([](Options& o) {
              o.output = "b.mp3";
              o.bext = true;
            }),
            "--bext: a Broadcast Wave chunk needs a WAV output");
  // With --no-audio, -o is not used (a bad --preset or --format is still refused).
  EXPECT_EQ(problem([](Options& o) {
              o.no_audio = true;
              o.output = "b.aac";
            }),
            "");
}

TEST(CheckOptions, PodcastValuesAreCheckedNamingTheOption) {
  const auto podcast = [](const std::function<void(Options&)>& change) {
    return problem([&](Options& o) {
      o.podcast_feed = "feed.xml";
      o.podcast_url = "https://example.org/nieuws";
      o.output = "nieuws.mp3";
      change(o);
    });
  };
  EXPECT_EQ(podcast([](Options&) {}), "");
  EXPECT_EQ(podcast([](Options& o) {
              o.podcast_email = "redactie@example.org";
              o.podcast_image = "https://example.org/Cover.PNG";
              o.podcast_category = "Sports";
            }),
            "");
  EXPECT_EQ(podcast([](Options& o) { o.podcast_url = "example.org/nieuws"; }),
            "--podcast-url: 'example.org/nieuws' is not an http(s) URL such as "
            "https://example.org/nieuws");
  EXPECT_NE(podcast([](Options& o) { o.podcast_url = "https://example.org/mijn nieuws"; }), "");
  EXPECT_EQ(podcast([](Options& o) { o.podcast_email = "redactie.example.org"; }),
            "--podcast-email: 'redactie.example.org' is not an e-mail address such as "
            "redactie@example.org");
  EXPECT_NE(podcast([](Options& o) { o.podcast_email = "a@b"; }), "");
  EXPECT_NE(podcast([](Options& o) { o.podcast_email = "a b@example.org"; }), "");
  EXPECT_EQ(podcast([](Options& o) { o.podcast_image = "https://example.org/cover.gif"; }),
            "--podcast-image: 'https://example.org/cover.gif' is not the http(s) URL of a .jpg or "
            ".png image");
  EXPECT_NE(podcast([](Options& o) {
              o.podcast_category = "Nieuws";
            }).find("--podcast-category: 'Nieuws' is not an Apple Podcasts category"),
            std::string::npos);
  EXPECT_NE(podcast([](Options& o) { o.podcast_category = "News/Football"; }), "")
      << "a subcategory of another category";
  EXPECT_EQ(podcast([](Options& o) { o.output = "nieuws.wav"; }),
            "--podcast-feed: podcast apps and hosts do not take WAV episodes: write MP3 "
            "(-o nieuws.mp3 or --format mp3)");
  EXPECT_NE(podcast([](Options& o) { o.format = "flac"; }).find("do not take FLAC"),
            std::string::npos);
  EXPECT_EQ(podcast([](Options& o) { o.output = "nieuws.opus"; }), "") << "warned, not refused";
}

TEST(CheckOptions, NextHourAnnouncesTheComingFullHour) {
  Options options;
  options.now = "next-hour";
  // kClock is 2027-01-15T08:00:00Z, 09:00 in Amsterdam: on the hour, it stays.
  EXPECT_EQ(check_options(options, kClock).now, kClock);
  const Instant five_to = kClock - std::chrono::minutes(5);
  EXPECT_EQ(check_options(options, five_to).now, kClock);
  options.timezone = "Asia/Kolkata";  // UTC+5:30: 13:25 there -> 14:00, 08:30Z
  EXPECT_EQ(check_options(options, five_to).now, kClock + std::chrono::minutes(30));
  EXPECT_NE(problem([](Options& o) { o.now = "next-hours"; }).find("--now: 'next-hours' is not"),
            std::string::npos);
}

TEST(CheckOptions, BadValuesAreRefusedEvenWhenNoAudioMakesNoUseOfThem) {
  const auto without_audio = [](const std::function<void(Options&)>& change) {
    return problem([&](Options& o) {
      o.no_audio = true;
      change(o);
    });
  };
  EXPECT_EQ(without_audio([](Options&) {}), "");
  EXPECT_EQ(without_audio([](Options& o) { o.preset = "tv"; }),
            "--preset: 'tv' is not podcast, radio or raw");
  EXPECT_NE(without_audio([](Options& o) { o.format = "mp9"; }).find("--format: unknown"),
            std::string::npos);
  EXPECT_EQ(without_audio([](Options& o) { o.podcast_url = "ftp://example.org"; }),
            "--podcast-url: 'ftp://example.org' is not an http(s) URL such as "
            "https://example.org/nieuws");
  EXPECT_EQ(without_audio([](Options& o) { o.podcast_url = "https://example.org/nieuws"; }), "");
}

}  // namespace
}  // namespace nieuwslezer
