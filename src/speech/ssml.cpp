#include "speech/ssml.h"

#include <stdexcept>

namespace nieuwslezer {

std::string xml_escape(std::string_view text) {
  std::string escaped;
  escaped.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        escaped += "&amp;";
        break;
      case '<':
        escaped += "&lt;";
        break;
      case '>':
        escaped += "&gt;";
        break;
      case '"':
        escaped += "&quot;";
        break;
      case '\'':
        escaped += "&apos;";
        break;
      default:
        escaped += c;
    }
  }
  return escaped;
}

std::string espeak_text(const SpokenText& spoken) {
  std::string text;
  bool after_phonemes = false;
  for (const SpokenRun& run : spoken.runs) {
    if (run.by_phonemes()) {
      text += "[[" + run.phonemes + "]]";
      after_phonemes = true;
      continue;
    }
    if (run.foreign()) {
      throw std::logic_error("the phonemes of '" + run.text + "' (" + run.language +
                             ") were not looked up before speaking");
    }
    const std::string& said = run.source.empty() ? run.text : run.source;
    if (after_phonemes && said.starts_with('\'')) {
      text += '-';
      text.append(said, 1);
    } else {
      text += said;
    }
    after_phonemes = false;
  }
  return text;
}

std::string to_ssml(const std::vector<SsmlSegment>& segments, std::string_view language) {
  std::string document = "<speak xml:lang=\"" + xml_escape(language) + "\">\n";
  for (const SsmlSegment& segment : segments) {
    document += "<p>";
    for (const SpokenText& sentence : segment.sentences) {
      document += "<s>" + xml_escape(espeak_text(sentence)) + "\n</s>";
    }
    document += "</p>";
    if (segment.pause_after_ms > 0) {
      document += "<break time=\"" + std::to_string(segment.pause_after_ms) + "ms\"/>";
    }
    document += "\n";
  }
  document += "</speak>\n";
  return document;
}

}  // namespace nieuwslezer
