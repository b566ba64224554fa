#include "page/merge.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <numeric>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "base/utf8.h"
#include "page/boilerplate.h"

namespace nieuwslezer {

namespace {

constexpr double kMinJaccard = 0.6;              // shared / all bigrams of the pair
constexpr double kMinContainment = 0.8;          // shared / bigrams of the shorter story
constexpr std::size_t kMinContainedBigrams = 8;  // containment only for stories this long
// A bigram in this many kept stories ("in het", "de politie") is no longer looked up to find
// candidates: on a 100 000-item page that would compare every story with every other. A
// duplicate still shares its rarer bigrams (names, numbers) with its original; the common
// ones then count in the exact comparison.
constexpr std::size_t kMaxPostings = 64;
// Past this many, duplicates left out are counted in one line, not named one by one.
constexpr std::size_t kMaxDuplicateWarnings = 10;

// ---- Normalizing -------------------------------------------------------------------------

// U+00C0..U+00FF folded to a lowercase ASCII letter; ' ' for × and ÷, which separate words.
constexpr std::string_view kLatin1Fold =
    "aaaaaaaceeeeiiiidnooooo ouuuuytsaaaaaaaceeeeiiiidnooooo ouuuuyty";
static_assert(kLatin1Fold.size() == 0x40);

// Latin Extended-A (U+0100..U+017F) folded: the first code point of each run of one letter.
struct FoldRun {
  char32_t first;
  std::string_view letters;
};
constexpr FoldRun kExtendedAFold[] = {
    {0x100, "a"}, {0x106, "c"},  {0x10E, "d"}, {0x112, "e"}, {0x11C, "g"}, {0x124, "h"},
    {0x128, "i"}, {0x132, "ij"}, {0x134, "j"}, {0x136, "k"}, {0x139, "l"}, {0x143, "n"},
    {0x14C, "o"}, {0x152, "oe"}, {0x154, "r"}, {0x15A, "s"}, {0x162, "t"}, {0x168, "u"},
    {0x174, "w"}, {0x176, "y"},  {0x179, "z"}, {0x17F, "s"}, {0x180, ""}};

// Decodes the UTF-8 sequence at text[i] (the text is valid UTF-8); advances i.
char32_t next_code_point(std::string_view text, std::size_t& i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  if (i + length > text.size()) length = text.size() - i;
  char32_t code_point = length == 1 ? lead : lead & (0x3F >> (length - 1));
  for (std::size_t k = 1; k < length; ++k) {
    code_point = (code_point << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  }
  i += length;
  return code_point;
}

// Appends the folded form of one character to `word`; false when it separates words.
bool append_folded(std::string& word, char32_t c, std::string_view original) {
  if (c < 0x80) {
    if (c >= 'A' && c <= 'Z') {
      word += static_cast<char>(c - 'A' + 'a');
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      word += static_cast<char>(c);
    } else {
      return false;
    }
    return true;
  }
  if (c < 0xC0) return false;  // C1 controls, no-break space, « » ° and the like
  if (c <= 0xFF) {
    const char folded = kLatin1Fold[c - 0xC0];
    if (folded == ' ') return false;
    word += folded;
    return true;
  }
  if (c < 0x180) {
    const FoldRun* run = std::prev(std::upper_bound(
        std::begin(kExtendedAFold), std::end(kExtendedAFold), c,
        [](char32_t value, const FoldRun& candidate) { return value < candidate.first; }));
    word += run->letters;
    return true;
  }
  // General punctuation (dashes, quotes, …), ideographic space and BOM separate words;
  // any other letter is kept as written.
  if ((c >= 0x2000 && c <= 0x206F) || c == 0x3000 || c == 0xFEFF) return false;
  word += original;
  return true;
}

std::uint64_t mix(std::uint64_t a, std::uint64_t b) {
  return (a ^ (b + 0x9E3779B97F4A7C15ULL + (a << 6) + (a >> 2))) * 0xBF58476D1CE4E5B9ULL;
}

// Headline and text -> the sorted, unique hashes of its word bigrams (of its single word
// when it has only one). "Kabinet valt, óók nu!" -> {kabinet valt, valt ook, ook nu}.
std::vector<std::uint64_t> bigram_set(const Story& story) {
  std::vector<std::uint64_t> words;
  std::string word;
  const auto end_word = [&] {
    if (!word.empty()) words.push_back(std::hash<std::string>{}(word));
    word.clear();
  };
  const auto add_text = [&](std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
      const std::size_t start = i;
      const char32_t c = next_code_point(text, i);
      if (!append_folded(word, c, text.substr(start, i - start))) end_word();
    }
    end_word();
  };
  add_text(story.headline);
  for (const std::string& paragraph : story.paragraphs) add_text(paragraph);

  std::vector<std::uint64_t> bigrams;
  if (words.size() == 1) bigrams.push_back(words.front());
  for (std::size_t k = 1; k < words.size(); ++k) bigrams.push_back(mix(words[k - 1], words[k]));
  std::sort(bigrams.begin(), bigrams.end());
  bigrams.erase(std::unique(bigrams.begin(), bigrams.end()), bigrams.end());
  return bigrams;
}

// The number of hashes two sorted sets share.
std::size_t shared_count(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  std::size_t shared = 0;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++shared;
      ++i;
      ++j;
    }
  }
  return shared;
}

bool similar(std::size_t shared, std::size_t size_a, std::size_t size_b) {
  if (shared == 0) return false;
  const std::size_t smaller = std::min(size_a, size_b);
  const double jaccard =
      static_cast<double>(shared) / static_cast<double>(size_a + size_b - shared);
  if (jaccard >= kMinJaccard) return true;
  return smaller >= kMinContainedBigrams &&
         static_cast<double>(shared) / static_cast<double>(smaller) >= kMinContainment;
}

// ---- Warnings ----------------------------------------------------------------------------

// "the lead 'Kabinet valt'" / "ticker item 'DEN HAAG (ANP) - Het kabinet…'".
std::string describe(const Story& story, bool lead) {
  std::string text = story.headline;
  if (text.empty() && !story.paragraphs.empty()) {
    text = story.place.empty() ? story.paragraphs.front()
                               : story.place + " - " + story.paragraphs.front();
  }
  return (lead ? "the lead " : "ticker item ") + utf8::quote(text);
}

// The kept stories, indexed by their bigrams, and the search for the one a story repeats.
class KeptStories {
 public:
  explicit KeptStories(std::size_t capacity) : sets_(capacity), shared_(capacity, 0) {}

  // The kept story whose bigrams `set` resembles most, if any. shared_[] counts only the
  // looked-up bigrams; when the common ones could make the difference, the two sets are
  // compared in full.
  std::optional<std::size_t> original_of(const std::vector<std::uint64_t>& set) {
    touched_.clear();
    std::size_t common = 0;  // bigrams of this story too common to look up
    for (const std::uint64_t bigram : set) {
      const auto found = postings_.find(bigram);
      if (found == postings_.end()) continue;
      if (found->second.size() >= kMaxPostings) {
        ++common;
        continue;
      }
      for (const std::size_t kept : found->second) {
        if (shared_[kept]++ == 0) touched_.push_back(kept);
      }
    }
    std::optional<std::size_t> original;
    std::size_t best = 0;
    for (const std::size_t kept : touched_) {
      std::size_t count = shared_[kept];
      shared_[kept] = 0;
      const std::size_t size = sets_[kept].size();
      if (common > 0 &&
          similar(std::min(count + common, std::min(set.size(), size)), set.size(), size)) {
        count = shared_count(set, sets_[kept]);
      }
      if (similar(count, set.size(), size) && count > best) {
        best = count;
        original = kept;
      }
    }
    return original;
  }

  void keep(std::size_t index, std::vector<std::uint64_t> set) {
    for (const std::uint64_t bigram : set) {
      std::vector<std::size_t>& kept = postings_[bigram];
      if (kept.size() < kMaxPostings) kept.push_back(index);
    }
    sets_[index] = std::move(set);
  }

 private:
  std::vector<std::vector<std::uint64_t>> sets_;
  std::unordered_map<std::uint64_t, std::vector<std::size_t>> postings_;  // bigram -> kept
  std::vector<std::size_t> shared_;
  std::vector<std::size_t> touched_;
};

// The order in which stories claim to be the original: the lead (index n), then ticker items
// with a known time, newest first, then the rest in page order.
std::vector<std::size_t> claim_order(const Page& page) {
  const std::size_t n = page.ticker.size();
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const auto& time_a = page.ticker[a].published;
    const auto& time_b = page.ticker[b].published;
    if (time_a && time_b) return *time_a > *time_b;
    return time_a.has_value() && !time_b.has_value();
  });
  if (page.has_lead) order.insert(order.begin(), n);
  return order;
}

}  // namespace

void remove_duplicates(Page& page) {
  const std::size_t n = page.ticker.size();
  const auto story_at = [&](std::size_t index) -> const Story& {
    return index == n ? page.lead : page.ticker[index];
  };
  KeptStories kept(n + 1);
  std::vector<bool> dropped(n, false);
  std::vector<std::string> warnings;
  for (const std::size_t index : claim_order(page)) {
    std::vector<std::uint64_t> set = bigram_set(story_at(index));
    const std::optional<std::size_t> original = kept.original_of(set);
    if (original && index != n) {
      dropped[index] = true;
      if (warnings.size() < kMaxDuplicateWarnings) {
        warnings.push_back("left out a duplicate: " + describe(page.ticker[index], false) +
                           " repeats " + describe(story_at(*original), *original == n));
      }
      continue;
    }
    kept.keep(index, std::move(set));
  }

  const auto left_out = static_cast<std::size_t>(std::count(dropped.begin(), dropped.end(), true));
  if (left_out == 0) return;
  std::vector<Story> ticker;
  ticker.reserve(n);
  for (std::size_t index = 0; index < n; ++index) {
    if (dropped[index]) continue;
    ticker.push_back(std::move(page.ticker[index]));
    ticker.back().page_position = ticker.size();
  }
  page.ticker = std::move(ticker);
  for (std::string& warning : warnings) page.warnings.push_back(std::move(warning));
  if (left_out > warnings.size()) {
    page.warnings.push_back("left out " + std::to_string(left_out - warnings.size()) +
                            " more duplicate(s)");
  }
}

Page merge_pages(std::vector<Page> pages) {
  Page merged;
  std::vector<std::string> merge_warnings;
  std::size_t lead_input = 0;
  for (std::size_t input = 1; input <= pages.size(); ++input) {
    Page& page = pages[input - 1];
    for (std::string& warning : page.warnings) merged.warnings.push_back(std::move(warning));
    if (page.has_lead && !merged.has_lead) {
      merged.has_lead = true;
      merged.lead = std::move(page.lead);
      merged.lead.page_position = 0;
      lead_input = input;
    } else if (page.has_lead) {
      merge_warnings.push_back(
          "input " + std::to_string(input) + ": its lead " +
          utf8::quote(page.lead.headline.empty() && !page.lead.paragraphs.empty()
                          ? page.lead.paragraphs.front()
                          : page.lead.headline) +
          " is read as a ticker item; the lead comes from input " + std::to_string(lead_input));
      merged.ticker.push_back(std::move(page.lead));
    }
    for (Story& story : page.ticker) merged.ticker.push_back(std::move(story));
    if (!page.section.empty()) {
      const std::string entry = ", " + merged.section + ", ";
      if (merged.section.empty()) {
        merged.section = page.section;
      } else if (entry.find(", " + page.section + ", ") == std::string::npos) {
        merged.section += ", " + page.section;
      }
    }
  }
  for (std::size_t k = 0; k < merged.ticker.size(); ++k) merged.ticker[k].page_position = k + 1;
  for (std::string& warning : merge_warnings) merged.warnings.push_back(std::move(warning));
  remove_shared_sentences(merged);
  remove_duplicates(merged);
  return merged;
}

}  // namespace nieuwslezer
