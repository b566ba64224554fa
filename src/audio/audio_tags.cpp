#include "audio/audio_tags.h"

#include <taglib/chapterframe.h>
#include <taglib/commentsframe.h>
#include <taglib/flacfile.h>
#include <taglib/id3v2tag.h>
#include <taglib/mpegfile.h>
#include <taglib/opusfile.h>
#include <taglib/tableofcontentsframe.h>
#include <taglib/tbytevectorstream.h>
#include <taglib/textidentificationframe.h>
#include <taglib/tfilestream.h>
#include <taglib/vorbisfile.h>
#include <taglib/xiphcomment.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace nieuwslezer {
namespace {

TagLib::String utf8(const std::string& text) { return TagLib::String(text, TagLib::String::UTF8); }

[[noreturn]] void fail(const TagSet& tags, const char* what) {
  throw std::runtime_error("cannot add tags to " + std::string(format_name(tags.format)) + ": " +
                           what);
}

unsigned int chapter_ms(std::size_t frame, int sample_rate) {
  return static_cast<unsigned int>(
      std::llround(static_cast<double>(frame) * 1000.0 / (sample_rate > 0 ? sample_rate : 1)));
}

TagLib::ID3v2::Frame* text_frame(const char* id, const std::string& text) {
  auto* frame = new TagLib::ID3v2::TextIdentificationFrame(id, TagLib::String::UTF8);
  frame->setText(utf8(text));
  return frame;
}

// The ID3v2.4 tag: the text fields, then a CHAP frame per chapter and the CTOC over them.
void fill_id3(TagLib::ID3v2::Tag& id3, const TagSet& tags) {
  const AudioTags& t = tags.tags;
  const std::pair<const char*, const std::string*> fields[] = {{"TIT2", &t.title},
                                                               {"TPE1", &t.artist},
                                                               {"TALB", &t.album},
                                                               {"TDRC", &t.date},
                                                               {"TCON", &t.genre}};
  for (const auto& [id, text] : fields) {
    if (!text->empty()) id3.addFrame(text_frame(id, *text));
  }
  if (!t.comment.empty()) {
    auto* comment = new TagLib::ID3v2::CommentsFrame(TagLib::String::UTF8);
    comment->setLanguage("dut");
    comment->setText(utf8(t.comment));
    id3.addFrame(comment);
  }
  if (tags.chapters.empty()) return;
  TagLib::ByteVectorList children;
  for (std::size_t i = 0; i < tags.chapters.size(); ++i) {
    const Marker& chapter = tags.chapters[i];
    const TagLib::ByteVector id(("chp" + std::to_string(i + 1)).c_str());
    TagLib::ID3v2::FrameList title;
    title.append(text_frame("TIT2", chapter.label));
    // Byte offsets unknown: 0xFFFFFFFF, as ID3v2 Chapter Frame Addendum 1.0 says.
    id3.addFrame(new TagLib::ID3v2::ChapterFrame(id, chapter_ms(chapter.frame, tags.sample_rate),
                                                 chapter_ms(chapter.end_frame, tags.sample_rate),
                                                 0xFFFFFFFF, 0xFFFFFFFF, title));
    children.append(id);
  }
  auto* toc = new TagLib::ID3v2::TableOfContentsFrame("toc", children);
  toc->setIsTopLevel(true);
  toc->setIsOrdered(true);
  id3.addFrame(toc);
}

void tag_mp3(TagLib::IOStream& stream, const TagSet& tags) {
  TagLib::MPEG::File file(&stream, TagLib::ID3v2::FrameFactory::instance(), false);
  if (!file.isValid()) fail(tags, "not an MPEG file");
  file.strip(TagLib::MPEG::File::AllTags);
  fill_id3(*file.ID3v2Tag(true), tags);
  if (!file.save(TagLib::MPEG::File::ID3v2, TagLib::File::StripOthers, TagLib::ID3v2::v4,
                 TagLib::File::DoNotDuplicate)) {
    fail(tags, "TagLib cannot save the file");
  }
}

void add_chapter_comments(TagLib::Ogg::XiphComment& comment, const TagSet& tags) {
  for (std::size_t i = 0; i < tags.chapters.size(); ++i) {
    char key[32];
    std::snprintf(key, sizeof key, "CHAPTER%03zu", i + 1);
    const Marker& chapter = tags.chapters[i];
    comment.addField(key, chapter_time(static_cast<double>(chapter.frame) / tags.sample_rate));
    comment.addField(std::string(key) + "NAME", utf8(chapter.label));
  }
}

// Opens `stream` as `tags.format`, adds the chapters to its Vorbis comment and saves it.
template <typename File>
void tag_xiph(File& file, TagLib::Ogg::XiphComment* comment, const TagSet& tags) {
  if (!file.isValid() || !comment) fail(tags, "TagLib cannot read the file");
  add_chapter_comments(*comment, tags);
  if (!file.save()) fail(tags, "TagLib cannot save the file");
}

void tag_stream(TagLib::IOStream& stream, const TagSet& tags) {
  switch (tags.format) {
    case AudioFormat::kMp3:
      tag_mp3(stream, tags);
      return;
    case AudioFormat::kFlac: {
      TagLib::FLAC::File file(&stream, TagLib::ID3v2::FrameFactory::instance(), false);
      tag_xiph(file, file.isValid() ? file.xiphComment(true) : nullptr, tags);
      return;
    }
    case AudioFormat::kOggVorbis: {
      TagLib::Ogg::Vorbis::File file(&stream, false);
      tag_xiph(file, file.isValid() ? file.tag() : nullptr, tags);
      return;
    }
    case AudioFormat::kOggOpus: {
      TagLib::Ogg::Opus::File file(&stream, false);
      tag_xiph(file, file.isValid() ? file.tag() : nullptr, tags);
      return;
    }
    default:
      return;
  }
}

}  // namespace

bool needs_tags(const TagSet& tags) {
  if (tags.format == AudioFormat::kMp3) return true;
  const bool wav = tags.format == AudioFormat::kWav16 || tags.format == AudioFormat::kWav24;
  return !wav && !tags.chapters.empty();
}

std::string chapter_time(double seconds) {
  const long long ms = std::llround(std::max(seconds, 0.0) * 1000.0);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%02lld:%02lld:%02lld.%03lld", ms / 3600000, ms / 60000 % 60,
                ms / 1000 % 60, ms % 1000);
  return buffer;
}

void add_tags(std::string& bytes, const TagSet& tags) {
  if (!needs_tags(tags)) return;
  TagLib::ByteVectorStream stream(
      TagLib::ByteVector(bytes.data(), static_cast<unsigned int>(bytes.size())));
  tag_stream(stream, tags);
  const TagLib::ByteVector& data = *stream.data();
  bytes.assign(data.data(), data.size());
}

void add_tags_to_file(int fd, const TagSet& tags) {
  if (!needs_tags(tags)) return;
  const int copy = ::dup(fd);  // the stream closes its own descriptor
  if (copy < 0) fail(tags, "cannot reopen the file");
  TagLib::FileStream stream(copy, false);
  if (!stream.isOpen() || stream.readOnly()) {
    if (!stream.isOpen()) ::close(copy);
    fail(tags, "cannot reopen the file");
  }
  tag_stream(stream, tags);
}

}  // namespace nieuwslezer
