#include "text/spoken_builder.h"

namespace nieuwslezer {
namespace {

// A phoneme or foreign run is marked as "\x01language\x02source\x02phonemes\x02text\x03"
// while it is built. The input reaches us through clean_typography(), which removes control
// characters, so they are free.
constexpr char kRunStart = '\x01';
constexpr char kField = '\x02';
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

// The run marked at `begin` ("\x01" ... "\x03") taken apart.
SpokenRun parse_run(std::string_view marked) {
  SpokenRun run;
  std::string* fields[] = {&run.language, &run.source, &run.phonemes, &run.text};
  std::size_t field = 0;
  for (std::size_t i = 1; i + 1 < marked.size(); ++i) {
    if (marked[i] == kField) {
      ++field;
    } else {
      *fields[field] += marked[i];
    }
  }
  return run;
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
  if (out_.empty() || out_.back() == ' ' || punctuation_strength(out_.back()) > 0) {
    return;  // nothing to bind to
  }
  join_ = text;
}

void SpokenTextBuilder::punct(char mark) {
  out_ += mark;
  join_.clear();
}

void SpokenTextBuilder::said_as(std::string_view text, std::string_view said) {
  special_run("", said, "", text);
}

void SpokenTextBuilder::phonemes(std::string_view text, std::string_view phonemes) {
  special_run("", "", phonemes, text);
}

void SpokenTextBuilder::foreign(std::string_view language, std::string_view text,
                                std::string_view source) {
  special_run(language, source, "", text);
}

void SpokenTextBuilder::special_run(std::string_view language, std::string_view source,
                                    std::string_view phonemes, std::string_view text) {
  if (text.empty()) return;
  if (!join_.empty()) {
    out_ += join_;
    join_.clear();
  } else if (needs_space()) {
    out_ += ' ';
  }
  out_ += kRunStart;
  out_ += language;
  out_ += kField;
  out_ += source;
  out_ += kField;
  out_ += phonemes;
  out_ += kField;
  out_ += text;
  out_ += kRunEnd;
}

bool SpokenTextBuilder::needs_space() const { return !out_.empty() && out_.back() != ' '; }

// Tidies spacing and punctuation (no space before a comma, one mark where several meet, the
// strongest winning: ", ." -> ".", none at the start) and cuts the text into runs.
SpokenText SpokenTextBuilder::finish() const {
  SpokenText spoken;
  std::string text;  // plain text since the last special run
  const auto push_text = [&] {
    if (text.empty()) return;
    spoken.runs.push_back(text_run(text));
    text.clear();
  };
  char pending_mark = 0;
  bool pending_space = false;
  bool has_content = false;
  const auto flush = [&] {
    if (has_content) {
      if (pending_mark != 0) text += pending_mark;
      if (pending_space || pending_mark != 0) text += ' ';
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
      push_text();
      const std::size_t end = out_.find(kRunEnd, i);
      spoken.runs.push_back(parse_run(std::string_view(out_).substr(i, end - i + 1)));
      i = end;
      has_content = true;
    } else {
      flush();
      text += c;
      has_content = true;
    }
  }
  if (has_content && pending_mark != 0) text += pending_mark;
  push_text();
  return spoken;
}

}  // namespace nieuwslezer
