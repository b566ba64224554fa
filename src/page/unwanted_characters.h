#pragma once
// Feeds and JSON can write any character as a reference (&#27;, \u001b): the readers leave
// out what no text should carry before they hand a page on.

#include "page/page.h"

namespace nieuwslezer {

/// `page` with utf8::without_unwanted applied to every text of its stories and its section:
/// no control character (but tab, LF, CR) or noncharacter is left; a form feed is a space.
Page without_unwanted_characters(Page page);

}  // namespace nieuwslezer
