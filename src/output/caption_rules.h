#pragma once
// The rules for cutting captions into cues, from the program's data.

#include <filesystem>

#include "output/cue_split.h"
#include "text/text_data.h"

namespace nieuwslezer {

/// The clause, phrase and bound words of `file` (data/caption_breaks.tsv: "word<TAB>kind",
/// kind clause, phrase or bound), the units, currencies, magnitudes and months of `text`, and
/// the spoken words of a written piece counted on what normalize_for_speech makes of it with
/// `text` ("1,2 miljard" -> 4), which must outlive the rules. Throws DataError naming the
/// file when it cannot be read, and "file:line: ..." for a malformed line or an unknown kind.
CaptionRules load_caption_rules(const std::filesystem::path& file, const TextData& text);

}  // namespace nieuwslezer
