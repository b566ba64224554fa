#include "text/ssml.h"

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

std::string ssml_language(std::string_view language) {
  // eSpeak NG 1.51 switches to a language that is only another voice's alias ("en" for
  // en-gb, "fr" for fr-fr) once per document; the second <voice xml:lang="en"> stays Dutch.
  // Its own voice names switch every time.
  if (language == "en") return "en-gb";
  if (language == "fr") return "fr-fr";
  if (language == "zh") return "cmn";
  return std::string(language);
}

std::string ssml_body(const SpokenText& spoken) {
  std::string body;
  for (const SpokenRun& run : spoken.runs) {
    if (run.language.empty()) {
      body += xml_escape(run.text);
    } else {
      body += "<voice xml:lang=\"" + xml_escape(ssml_language(run.language)) + "\">" +
              xml_escape(run.text) + "</voice>";
    }
  }
  return body;
}

std::string to_ssml(const SpokenText& spoken, std::string_view language) {
  return "<speak xml:lang=\"" + xml_escape(language) + "\">" + ssml_body(spoken) + "</speak>";
}

std::string to_ssml(const std::vector<SsmlSegment>& segments, std::string_view language) {
  std::string document = "<speak xml:lang=\"" + xml_escape(language) + "\">\n";
  for (const SsmlSegment& segment : segments) {
    document += "<p>" + ssml_body(segment.spoken) + "</p>";
    if (segment.pause_after_ms > 0) {
      document += "<break time=\"" + std::to_string(segment.pause_after_ms) + "ms\"/>";
    }
    document += "\n";
  }
  document += "</speak>\n";
  return document;
}

}  // namespace nieuwslezer
