#pragma once
// The parsed news page: a lead story and the "Meer uit ..." ticker items.

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "page/time_label.h"

namespace nieuwslezer {

/// One story as it stands on the page, with the dateline taken apart.
/// "BRUSSEL (ANP) - De premier ..." -> place "BRUSSEL", agency "ANP", paragraph "De premier ...".
struct Story {
  std::string headline;                 // empty for ticker items and a lead without one
  std::string place;                    // dateline place as written ("BRUSSEL"), may be empty
  std::string agency;                   // credit as written ("ANP/RTR/DPA"), never spoken
  std::vector<std::string> paragraphs;  // body text; dateline and subheadings removed
  std::string time_label;               // "12 minuten geleden"; empty when the page gives none
  std::optional<TimeLabel> age;         // what time_label says; nullopt when not understood
  std::optional<std::chrono::sys_seconds>
      published;  // an absolute time (feeds), wins over the label
  // The instant the label is read against: when the page was scraped ("12 minuten geleden"
  // on a page saved at 07:00 is 06:48). nullopt: the air time. Set by the input edge.
  std::optional<std::chrono::sys_seconds> scraped_at;
  std::size_t page_position = 0;  // 0 for the lead, 1.. for ticker items in page order
  // Short heading lines left out of `paragraphs`, in page order ("Bondgenoot").
  std::vector<std::string> subheadings;
};

struct Page {
  bool has_lead = false;
  Story lead;
  std::string section;        // "Buitenland" from "Meer uit Buitenland"; empty without ticker
  std::vector<Story> ticker;  // in page order
  std::vector<std::string> warnings;  // things a producer should know ("unknown time label ...")
};

}  // namespace nieuwslezer
