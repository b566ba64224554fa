#pragma once
// The bulletin's chapters: one per story, frame sentence and jingle, titled for a listener,
// written into every audio format and listed in the manifest and the podcast feed.

#include <string>
#include <vector>

#include "audio/audio.h"
#include "script/script.h"

namespace nieuwslezer {

/// The chapters of `audio`, in time order, as markers: `label` is the title, `frame` where
/// the chapter is first heard, `end_frame` where the next one starts (the last one: the end
/// of the audio), `segment` the first script segment in it (-1 for a jingle). The segments
/// of one story make one chapter titled with the story's first sentence as written (the lead:
/// its headline); each frame segment (opening, transition, closing) is a chapter of its own;
/// a jingle marker ("intro", "outro") becomes a chapter titled by script.jingle_titles. Segments
/// without a marker are left out. No markers -> no chapters.
std::vector<Marker> bulletin_chapters(const Script& script, const Audio& audio);

}  // namespace nieuwslezer
