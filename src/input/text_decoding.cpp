#include "input/text_decoding.h"

#include <algorithm>
#include <string>

#include "base/utf8.h"
#include "errors.h"

namespace nieuwslezer {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// More C0 control characters than this (and more than 1 in kControlShare bytes) mean the
// file is not text; fewer are stray bytes from a careless scraper and are dropped.
constexpr std::size_t kMaxStrayControls = 8;
constexpr std::size_t kControlShare = 100;

bool is_stray_control(unsigned char byte) {
  return (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f') ||
         byte == 0x7F;
}

bool is_blank(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n') {
      i += 1;
    } else if (text.substr(i, 2) == "\xC2\xA0") {  // no-break space
      i += 2;
    } else if (text.substr(i, 3) == kUtf8Bom) {  // a second BOM is a zero-width no-break space
      i += 3;
    } else {
      return false;
    }
  }
  return true;
}

std::string plural(std::size_t count, const char* noun) {
  return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

// Control characters in a page: how many, and where the first is.
struct Controls {
  std::size_t count = 0;
  std::size_t first = 0;
};

// Refuses bytes that are not text (a NUL, or many control characters); counts the stray
// controls that are dropped.
Controls check_text_bytes(std::string_view bytes) {
  Controls controls;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const auto byte = static_cast<unsigned char>(bytes[i]);
    if (byte == 0) {
      throw InputError("is binary, not text (NUL byte at offset " + std::to_string(i) + ")");
    }
    if (is_stray_control(byte)) {
      if (controls.count == 0) controls.first = i;
      ++controls.count;
    }
  }
  if (controls.count > kMaxStrayControls && controls.count * kControlShare > bytes.size()) {
    throw InputError("is binary, not text (" + std::to_string(controls.count) +
                     " control characters, the first at offset " + std::to_string(controls.first) +
                     ")");
  }
  return controls;
}

// A page with more valid multi-byte sequences than stray bytes is UTF-8 with a few damaged
// bytes, which are left out: read as Windows-1252 they would be spoken as "Ã" or "ÿþ".
// Otherwise the stray bytes are a Windows-1252 page's (or passage's) letters.
bool is_utf8_page(std::string_view bytes) {
  std::size_t multibyte_count = 0;
  std::size_t stray_count = 0;
  for (std::size_t i = 0; i < bytes.size();) {
    const std::size_t length = utf8::valid_length(bytes, i);
    multibyte_count += length > 1 ? 1 : 0;
    stray_count += length == 0 ? 1 : 0;
    i += std::max<std::size_t>(length, 1);
  }
  return multibyte_count > stray_count;
}

// Bad bytes in a page: how many, and where the first is.
struct Invalid {
  std::size_t count = 0;
  std::size_t first = 0;
  std::size_t first_line = 0;
};

// The page from byte `start` as UTF-8 with LF line ends, stray controls and unwanted characters
// dropped, bad bytes left out (`utf8_page`) or read as Windows-1252; counts the bad bytes in
// `invalid` and the dropped characters in `controls`.
std::string transcode(std::string_view bytes, std::size_t start, bool utf8_page, Invalid& invalid,
                      Controls& controls) {
  std::string text;
  text.reserve(bytes.size() + bytes.size() / 8);
  std::size_t line = 1;
  for (std::size_t i = start; i < bytes.size();) {
    const auto byte = static_cast<unsigned char>(bytes[i]);
    if (byte == '\r' || byte == '\f' || byte == '\n') {  // a page break is a line break for us
      text += '\n';
      ++line;
      i += (byte == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    if (is_stray_control(byte)) {
      ++i;
      continue;
    }
    if (const std::size_t length = utf8::valid_length(bytes, i); length > 0) {
      const std::string_view sequence = bytes.substr(i, length);
      if (length > 1 && utf8::is_unwanted(utf8::decode(sequence, 0).value)) {
        if (controls.count++ == 0) controls.first = i;
      } else {
        text.append(sequence);
      }
      i += length;
      continue;
    }
    if (invalid.count++ == 0) {
      invalid.first = i;
      invalid.first_line = line;
    }
    if (!utf8_page) utf8::append(text, utf8::cp1252_code_point(byte));
    ++i;
  }
  return text;
}

}  // namespace

DecodedText decode_page_text(std::string_view bytes) {
  if (bytes.empty()) throw InputError("is empty");
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    throw InputError("is UTF-16 text, not UTF-8 (save the page as UTF-8)");
  }
  Controls controls = check_text_bytes(bytes);
  const std::size_t bom_length = bytes.starts_with(kUtf8Bom) ? kUtf8Bom.size() : 0;
  const bool utf8_page = is_utf8_page(bytes.substr(bom_length));
  Invalid invalid;
  DecodedText result;
  result.text = transcode(bytes, bom_length, utf8_page, invalid, controls);
  if (is_blank(result.text)) throw InputError("contains no text");
  if (invalid.count > 0) {
    result.warnings.push_back("invalid UTF-8 on line " + std::to_string(invalid.first_line) +
                              " at byte " + std::to_string(invalid.first) + " (" +
                              plural(invalid.count, "byte") + " in all), " +
                              (utf8_page ? "left out" : "read as Windows-1252"));
  }
  if (controls.count > 0) {
    result.warnings.push_back("dropped " + plural(controls.count, "control character") +
                              " (the first at byte " + std::to_string(controls.first) + ")");
  }
  return result;
}

}  // namespace nieuwslezer
