#pragma once
// What goes to the log is one line per message: a file name or a feed's text with a newline,
// ESC or another control character in it can neither forge a line nor drive the terminal.

#include <spdlog/pattern_formatter.h>

#include <string>
#include <string_view>

namespace nieuwslezer {

/// `text` with each control character (C0, DEL, C1) written as \n, \t, \r or \xNN, and
/// backslashes left as they are: "a\x1B[2Jb\nc" -> "a\\x1B[2Jb\\nc".
std::string escape_controls(std::string_view text);

/// The spdlog pattern flag for the escaped message: add_flag<EscapedMessage>('*') and "%*".
class EscapedMessage : public spdlog::custom_flag_formatter {
 public:
  void format(const spdlog::details::log_msg& message, const std::tm& time,
              spdlog::memory_buf_t& out) override;
  std::unique_ptr<custom_flag_formatter> clone() const override;
};

}  // namespace nieuwslezer
