#include "app/log_escape.h"

#include <memory>

namespace nieuwslezer {

std::string escape_controls(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    // C1 controls are U+0080..U+009F: C2 80..C2 9F in UTF-8.
    const bool c1 = c == 0xC2 && i + 1 < text.size() &&
                    static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                    static_cast<unsigned char>(text[i + 1]) <= 0x9F;
    if (c >= 0x20 && c != 0x7F && !c1) {
      out += static_cast<char>(c);
      continue;
    }
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else {
      const auto code = c1 ? static_cast<unsigned char>(text[++i]) : c;
      out += "\\x";
      out += kHex[code >> 4];
      out += kHex[code & 0xF];
    }
  }
  return out;
}

void EscapedMessage::format(const spdlog::details::log_msg& message, const std::tm&,
                            spdlog::memory_buf_t& out) {
  const std::string escaped =
      escape_controls(std::string_view(message.payload.data(), message.payload.size()));
  out.append(escaped.data(), escaped.data() + escaped.size());
}

std::unique_ptr<spdlog::custom_flag_formatter> EscapedMessage::clone() const {
  return std::make_unique<EscapedMessage>();
}

}  // namespace nieuwslezer
