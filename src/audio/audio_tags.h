#pragma once
// The one module that talks to TagLib: tags and chapters written into a finished MP3, FLAC,
// Ogg Vorbis or Ogg Opus file, where libsndfile cannot put them.

#include <string>
#include <vector>

#include "audio/audio.h"
#include "audio/audio_file.h"

namespace nieuwslezer {

/// What goes into the file besides the audio. Chapters are markers (`label` the title,
/// `frame` .. `end_frame`) at `sample_rate`.
struct TagSet {
  AudioFormat format = AudioFormat::kMp3;
  AudioTags tags;                // MP3 only: the others carry libsndfile's Vorbis comments
  std::vector<Marker> chapters;  // every format but WAV
  int sample_rate = 22050;       // of the chapters' frames
};

/// True when `format` gets anything from add_tags: an MP3, or another non-WAV format with
/// chapters.
bool needs_tags(const TagSet& tags);

/// Adds `tags` to the finished file `bytes` in memory. MP3: an ID3v2.4 tag in UTF-8 (TIT2,
/// TPE1, TALB, TDRC, TCON, COMM; the date whole, "2026-11-28"), one CHAP frame per chapter
/// ("chp1" .. with a TIT2 title, times in milliseconds) and a top-level ordered CTOC listing
/// them; other tags are removed. FLAC, Vorbis, Opus: Vorbis comments CHAPTER001=00:00:00.250,
/// CHAPTER001NAME=title, ... (the Ogg/Matroska chapter convention ffmpeg reads). Throws
/// std::runtime_error "cannot add tags to MP3" when TagLib cannot read or save the file.
void add_tags(std::string& bytes, const TagSet& tags);

/// add_tags on the open regular file `fd` (read and written in place; `fd` stays open).
void add_tags_to_file(int fd, const TagSet& tags);

/// "00:01:02.345" for 62.345 s, the CHAPTERxxx time format.
std::string chapter_time(double seconds);

}  // namespace nieuwslezer
