#include "base/utf8.h"

#include <gtest/gtest.h>

namespace veille {
namespace {

TEST(Utf8, ValidatesWellFormedAndRejectsMalformed) {
  EXPECT_TRUE(IsValidUtf8("Goïta – Евкуров"));
  EXPECT_FALSE(IsValidUtf8("\xC3"));          // truncated
  EXPECT_FALSE(IsValidUtf8("\xE9t\xE9"));     // Latin-1
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));      // overlong
}

TEST(Utf8, DecodeAndEncodeRoundTrip) {
  const std::u32string cps = {U'a', U'é', U'–', U'Е', U'😀'};
  std::string s;
  for (char32_t c : cps) AppendUtf8(c, &s);
  std::u32string back;
  for (size_t i = 0; i < s.size();) back.push_back(DecodeUtf8(s, &i));
  EXPECT_EQ(back, cps);
  size_t pos = 0;
  EXPECT_EQ(DecodeUtf8("\xFF", &pos), U'\xFFFD');
  EXPECT_EQ(pos, 1u);
}

TEST(Utf8, CodePointMapMatchesCounting) {
  std::string text;
  for (int i = 0; i < 50; ++i) text += "Évkourov à Moscou — Евкуров. ";
  CodePointMap map(text);
  for (size_t b = 0; b <= text.size(); ++b) {
    if (b < text.size() && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) continue;
    ASSERT_EQ(map.ToCodePoint(b), CodePointCount(std::string_view(text).substr(0, b))) << b;
  }
  EXPECT_EQ(map.ToCodePoint(text.size() + 10), CodePointCount(text));
}

}  // namespace
}  // namespace veille
