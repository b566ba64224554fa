#include "base/html_entities.h"

#include <gtest/gtest.h>

#include <string>

namespace nieuwslezer {
namespace {

std::pair<char32_t, std::size_t> read(std::string_view text) {
  const auto entity = html_entity_at(text);
  if (!entity) return {0xDEAD, 0};
  return {entity->code_point, entity->length};
}

TEST(HtmlEntities, NamedFromTheOneTable) {
  EXPECT_EQ(read("&amp; meer"), std::pair(char32_t{'&'}, std::size_t{5}));
  EXPECT_EQ(read("&eacute;n"), std::pair(char32_t{0xE9}, std::size_t{8}));
  EXPECT_EQ(read("&nbsp;"), std::pair(char32_t{0xA0}, std::size_t{6}));
  EXPECT_EQ(read("&permil;"), std::pair(char32_t{0x2030}, std::size_t{8}));
  EXPECT_EQ(read("&ijlig;"), std::pair(char32_t{0x133}, std::size_t{7}));
  EXPECT_EQ(read("&Eacute;"), std::pair(char32_t{0xC9}, std::size_t{8}));  // case matters
}

TEST(HtmlEntities, AnUnknownNameIsWellFormedButZero) {
  EXPECT_EQ(read("&foo;"), std::pair(char32_t{0}, std::size_t{5}));
  EXPECT_EQ(read("&CounterClockwiseContourIntegral;"), std::pair(char32_t{0}, std::size_t{33}));
}

TEST(HtmlEntities, Numeric) {
  EXPECT_EQ(read("&#233;"), std::pair(char32_t{0xE9}, std::size_t{6}));
  EXPECT_EQ(read("&#xE9;"), std::pair(char32_t{0xE9}, std::size_t{6}));
  EXPECT_EQ(read("&#X20ac;"), std::pair(char32_t{0x20AC}, std::size_t{8}));
  EXPECT_EQ(read("&#150;"), std::pair(char32_t{0x2013}, std::size_t{6}));  // Windows-1252
  EXPECT_EQ(read("&#0;"), std::pair(char32_t{0xFFFD}, std::size_t{4}));
  EXPECT_EQ(read("&#xD800;"), std::pair(char32_t{0xFFFD}, std::size_t{8}));
  EXPECT_EQ(read("&#x110000;"), std::pair(char32_t{0xFFFD}, std::size_t{10}));
}

TEST(HtmlEntities, WhatIsNoReference) {
  for (const char* text :
       {"&", "& ", "&;", "&amp", "&a b;", "&#;", "&#x;", "&#12a;", "&#12345678;", "amp;", ""}) {
    EXPECT_FALSE(html_entity_at(text)) << text;
  }
  // Only kMaxEntityBytes are looked at: a ';' further on is no end.
  EXPECT_FALSE(html_entity_at("&" + std::string(kMaxEntityBytes, 'a') + ";"));
}

}  // namespace
}  // namespace nieuwslezer
