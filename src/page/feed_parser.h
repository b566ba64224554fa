#pragma once
// Parsing stage for news feeds: RSS 2.0, Atom 1.0 or RSS 1.0 (RDF) XML -> Page.
// The only file that includes pugixml.

#include <string_view>

#include "page/page.h"

namespace nieuwslezer {

/// Feed XML (UTF-8) -> a Page of ticker items in feed order, without a lead (has_lead is
/// false: the newest item is not promoted). The format comes from the root element: <rss>
/// (RSS 2.0 and 0.9x), <feed> (Atom 1.0) or <rdf:RDF> (RSS 1.0). Per item: headline = title;
/// paragraphs = description (RSS), summary or content (Atom) with HTML tags stripped,
/// entities decoded (&amp; &#233; &eacute; -> & é é) and paragraphs split at <p>, <br>, <div>,
/// <li> and blank lines; a leading dateline "BRUSSEL (ANP) - ..." goes to place and agency;
/// an item with only a title is read as that title. published = pubDate (RSS 2.0, RFC 822),
/// updated or else published (Atom, ISO 8601) or dc:date (any format); a date that is not
/// understood is a warning ("item 3 ('Kabinet valt'): date 'gisteren' is not understood,
/// kept without time"). section = the channel or feed title. Items without title and text
/// are skipped with a warning.
/// Throws InputError with a problem text the caller prefixes with the file name:
/// "is not well-formed XML: Start-end tags mismatch at byte 1234",
/// "is XML but not an RSS, Atom or RDF feed (the root element is <catalog>)" or
/// "is an HTML page, not a news page text or feed".
/// Example: <rss><channel><title>Economie</title><item><title>Inflatie daalt</title>
/// <description>&lt;p&gt;DEN HAAG (ANP) - De inflatie ...&lt;/p&gt;</description>
/// <pubDate>Sat, 28 Nov 2026 07:45:00 +0100</pubDate></item></channel></rss>
/// -> section "Economie", one ticker item: headline "Inflatie daalt", place "DEN HAAG",
/// agency "ANP", paragraph "De inflatie ...", published 2026-11-28T06:45:00Z.
Page parse_feed(std::string_view utf8_xml);

}  // namespace nieuwslezer
