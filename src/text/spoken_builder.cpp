#include "text/spoken_builder.h"

namespace nieuwslezer {
namespace {

// A run in another language is marked as "\x01en\x02...\x03" while it is built. The input
// reaches us through clean_typography(), which removes control characters, so they are free.
constexpr char kRunStart = '\x01';
constexpr char kRunLanguageEnd = '\x02';
constexpr char kRunEnd = '\x03';

int punctuation_strength(char c) {
  switch (c) {
    case '?':
    case '!':
      return 5;
    case '.':
      return 4;
    case ':':
      return 3;
    case ';':
      return 2;
    case ',':
      return 1;
    default:
      return 0;
  }
}

}  // namespace

void SpokenTextBuilder::word(std::string_view text) {
  if (text.empty()) return;
  if (!join_.empty()) {
    out_ += join_;
    join_.clear();
  } else if (needs_space()) {
    out_ += ' ';
  }
  out_ += text;
}

void SpokenTextBuilder::join(std::string_view text) {
  if (out_.empty() || out_.back() == kRunEnd || out_.back() == ' ' ||
      punctuation_strength(out_.back()) > 0) {
    return;  // nothing to bind to, or a language switch in between
  }
  join_ = text;
}

void SpokenTextBuilder::punct(char mark) {
  out_ += mark;
  join_.clear();
}

void SpokenTextBuilder::foreign(std::string_view language, std::string_view text) {
  if (text.empty()) return;
  join_.clear();  // a join does not bind across a language switch
  if (needs_space()) out_ += ' ';
  out_ += kRunStart;
  out_ += language;
  out_ += kRunLanguageEnd;
  out_ += text;
  out_ += kRunEnd;
}

bool SpokenTextBuilder::needs_space() const {
  return !out_.empty() && out_.back() != ' ' && out_.back() != kRunLanguageEnd;
}

// Tidies spacing and punctuation (no space before a comma, one mark where several meet, the
// strongest winning: ", ." -> ".", none at the start) and cuts the text into language runs.
SpokenText SpokenTextBuilder::finish() const {
  std::string clean;
  clean.reserve(out_.size());
  char pending_mark = 0;
  bool pending_space = false;
  bool has_content = false;
  const auto flush = [&] {
    if (has_content) {
      if (pending_mark != 0) clean += pending_mark;
      if ((pending_space || pending_mark != 0) && clean.back() != ' ' &&
          clean.back() != kRunLanguageEnd) {
        clean += ' ';
      }
    }
    pending_mark = 0;
    pending_space = false;
  };
  for (std::size_t i = 0; i < out_.size(); ++i) {
    const char c = out_[i];
    if (c == ' ') {
      pending_space = true;
    } else if (punctuation_strength(c) > 0) {
      if (punctuation_strength(c) > punctuation_strength(pending_mark)) pending_mark = c;
    } else if (c == kRunStart) {
      flush();
      const std::size_t end = out_.find(kRunLanguageEnd, i);
      clean.append(out_, i, end - i + 1);
      i = end;
    } else if (c == kRunEnd) {
      clean += c;
    } else {
      flush();
      clean += c;
      has_content = true;
    }
  }
  if (has_content && pending_mark != 0) clean += pending_mark;

  SpokenText spoken;
  std::string language;
  std::string text;
  const auto push = [&] {
    if (text.empty()) return;
    if (!spoken.runs.empty() && spoken.runs.back().language == language) {
      spoken.runs.back().text += text;
    } else {
      spoken.runs.push_back(SpokenRun{text, language});
    }
    text.clear();
  };
  for (std::size_t i = 0; i < clean.size(); ++i) {
    const char c = clean[i];
    if (c == kRunStart) {
      push();
      const std::size_t end = clean.find(kRunLanguageEnd, i);
      language = clean.substr(i + 1, end - i - 1);
      i = end;
    } else if (c == kRunEnd) {
      push();
      language.clear();
    } else {
      text += c;
    }
  }
  push();
  return spoken;
}

}  // namespace nieuwslezer
