#include "app/podcast_output.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cctype>

#include "base/table_file.h"
#include "errors.h"
#include "input/read_input.h"
#include "output/chapters.h"
#include "output/chapters_json.h"
#include "output/podcast_feed.h"
#include "system/atomic_file.h"
#include "system/file_lock.h"

namespace nieuwslezer {
namespace {

namespace fs = std::filesystem;

// "https://example.org/podcast" (a host, no spaces, quotes or angle brackets).
bool is_web_url(const std::string& url) {
  const std::size_t scheme = url.rfind("https://", 0) == 0  ? 8
                             : url.rfind("http://", 0) == 0 ? 7
                                                            : 0;
  if (scheme == 0 || url.size() == scheme || url[scheme] == '/') return false;
  return std::none_of(url.begin(), url.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte <= ' ' || byte == 0x7F || c == '"' || c == '<' || c == '>' || c == '\\';
  });
}

// "redactie@example.org": one @, something before it, a dotted domain after, no spaces.
bool is_email(const std::string& address) {
  const std::size_t at = address.find('@');
  if (at == 0 || at == std::string::npos || address.find('@', at + 1) != std::string::npos) {
    return false;
  }
  const std::string domain = address.substr(at + 1);
  const std::size_t dot = domain.find('.');
  if (dot == 0 || dot == std::string::npos || domain.back() == '.') return false;
  return std::none_of(address.begin(), address.end(), [](char c) {
    return static_cast<unsigned char>(c) <= ' ' || c == '<' || c == '>' || c == '"';
  });
}

bool ends_with_image_extension(std::string url) {
  std::transform(url.begin(), url.end(), url.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const std::string path = url.substr(0, url.find_first_of("?#"));
  for (const char* extension : {".jpg", ".jpeg", ".png"}) {
    const std::string ending(extension);
    if (path.size() > ending.size() && path.ends_with(ending)) return true;
  }
  return false;
}

void check_category(const std::string& category, const fs::path& categories_file) {
  const std::size_t slash = category.find('/');
  const std::string main = category.substr(0, slash);
  const std::string sub = slash == std::string::npos ? "" : category.substr(slash + 1);
  for (const TableLine& line : read_table_file(categories_file)) {
    if (line.fields[0] == main && (line.fields.size() > 1 ? line.fields[1] : "") == sub) return;
  }
  throw UsageError("--podcast-category: '" + category +
                   "' is not an Apple Podcasts category (see " + categories_file.string() +
                   "), e.g. 'News/Daily News'");
}

std::string base_url(const Options& options) {
  std::string base = options.podcast_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base;
}

// Where `file` will be served: beside the audio, under --podcast-url.
std::string served_url(const Options& options, const fs::path& file) {
  return base_url(options) + "/" + percent_encode(file.filename().string());
}

std::string author_of(const Options& options) {
  return options.podcast_author.empty() ? options.station : options.podcast_author;
}

PodcastChannel channel_of(const Options& options, const BulletinFacts& facts) {
  PodcastChannel channel;
  channel.link = base_url(options);
  channel.title = facts.programme;
  channel.description = facts.podcast_description;
  channel.self_url = served_url(options, *options.podcast_feed);
  channel.author = author_of(options);
  channel.owner_name = options.podcast_owner.empty() ? channel.author : options.podcast_owner;
  channel.owner_email = options.podcast_email;
  channel.image = options.podcast_image;
  const std::size_t slash = options.podcast_category.find('/');
  channel.category = options.podcast_category.substr(0, slash);
  if (slash != std::string::npos) channel.subcategory = options.podcast_category.substr(slash + 1);
  channel.explicit_content = options.podcast_explicit;
  return channel;
}

PodcastEpisode episode_of(const Options& options, const Script& script, const BulletinFacts& facts,
                          const WrittenAudio& written) {
  PodcastEpisode episode;
  const std::string file_name = fs::path(options.output).filename().string();
  episode.title = facts.title;
  episode.url = served_url(options, options.output);
  episode.mime_type = std::string(mime_type(written.format));
  episode.bytes = written.bytes;
  episode.seconds = written.seconds;
  // Stable and unique: the air time and the file, so two stations sharing a feed at the
  // same hour are two episodes, and a re-run of the same slot replaces its own.
  episode.guid = "nieuwslezer-" + iso_time(facts.now, facts.zone) + "-" + file_name;
  episode.pub_date = rfc822_time(facts.now.time_since_epoch().count());
  for (const Segment& segment : script.segments) {
    if (segment.kind != SegmentKind::kHeadline || segment.written.empty()) continue;
    episode.description += (episode.description.empty() ? "" : " ") + segment.written.front();
  }
  if (options.captions && *options.captions != "-") {
    episode.transcript_url = served_url(options, *options.captions);
  }
  if (options.podcast_chapters) {
    episode.chapters_url = served_url(options, chapters_file(options.output));
  }
  return episode;
}

// The feed's text, or none when there is no feed yet; one that is not a feed we can add to
// (empty included) is an InputError naming it.
std::optional<std::string> read_existing_feed(const std::string& feed_file) {
  std::error_code error;
  if (!fs::exists(feed_file, error)) return std::nullopt;
  std::string existing = read_input_file(feed_file);
  try {
    check_podcast_feed(existing);
  } catch (const InputError& problem) {
    throw InputError(feed_file + ": " + problem.what());
  }
  return existing;
}

}  // namespace

void check_podcast_options(const Options& options, std::optional<AudioFormat> format,
                           const fs::path& categories_file) {
  if (!options.podcast_url.empty() && !is_web_url(options.podcast_url)) {
    throw UsageError("--podcast-url: '" + options.podcast_url +
                     "' is not an http(s) URL such as https://example.org/nieuws");
  }
  if (!options.podcast_image.empty() &&
      (!is_web_url(options.podcast_image) || !ends_with_image_extension(options.podcast_image))) {
    throw UsageError("--podcast-image: '" + options.podcast_image +
                     "' is not the http(s) URL of a .jpg or .png image");
  }
  if (!options.podcast_email.empty() && !is_email(options.podcast_email)) {
    throw UsageError("--podcast-email: '" + options.podcast_email +
                     "' is not an e-mail address such as redactie@example.org");
  }
  check_category(options.podcast_category, categories_file);
  if (format == AudioFormat::kWav16 || format == AudioFormat::kWav24 ||
      format == AudioFormat::kFlac) {
    throw UsageError(std::string("--podcast-feed: podcast apps and hosts do not take ") +
                     (format == AudioFormat::kFlac ? "FLAC" : "WAV") +
                     " episodes: write MP3 (-o nieuws.mp3 or --format mp3)");
  }
}

void check_podcast_feed_file(const Options& options, AudioFormat format) {
  if (format == AudioFormat::kOggVorbis || format == AudioFormat::kOggOpus) {
    spdlog::warn(
        "--podcast-feed: Apple Podcasts does not play Ogg {} episodes; MP3 plays in "
        "every app",
        format == AudioFormat::kOggOpus ? "Opus" : "Vorbis");
  }
  // Apple Podcasts refuses a feed without cover art or an owner's address.
  if (options.podcast_image.empty()) {
    spdlog::warn("--podcast-feed: without --podcast-image Apple Podcasts does not list the feed");
  }
  if (options.podcast_email.empty()) {
    spdlog::warn("--podcast-feed: without --podcast-email Apple Podcasts cannot verify the owner");
  }
  read_existing_feed(*options.podcast_feed);
}

fs::path chapters_file(const std::string& audio_file) {
  return fs::path(audio_file).replace_extension(".chapters.json");
}

std::optional<std::string> podcast_chapters(const Options& options, const Script& script,
                                            const Audio& audio, const BulletinFacts& facts) {
  if (!options.podcast_feed || !options.podcast_chapters) return std::nullopt;
  return chapters_json(
      bulletin_chapters(script, audio), audio.sample_rate,
      {facts.title, facts.programme, fs::path(options.output).filename().string()});
}

void update_podcast_feed(const Options& options, const Script& script, const BulletinFacts& facts,
                         const WrittenAudio& written) {
  const std::string feed_file = *options.podcast_feed;
  const PodcastEpisode episode = episode_of(options, script, facts, written);
  // Read again under the lock: a run that finished meanwhile has added its episode.
  const FileLock lock(feed_file + ".lock");
  const std::optional<std::string> existing = read_existing_feed(feed_file);
  const std::string feed = add_podcast_episode(existing.value_or(""), episode,
                                               channel_of(options, facts), options.podcast_keep);
  write_output(feed_file, feed, options.sync ? Sync::kYes : Sync::kNo);
  spdlog::info("{}: episode '{}' added", feed_file, episode.title);
}

}  // namespace nieuwslezer
