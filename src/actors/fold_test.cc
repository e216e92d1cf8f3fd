#include "actors/fold.h"

#include <gtest/gtest.h>

namespace veille {
namespace {

struct FoldCase {
  const char* in;
  const char* out;
};

constexpr FoldCase kCases[] = {
    {"Le Président MALIEN", "le president malien"},
    {"l’Élysée", "l'elysee"},
    {"Côte d’Ivoire", "cote d'ivoire"},
    {"a  \n\t b", "a b"},
    {"vice‑ministre", "vice-ministre"},
    {"Œuvre « Burkinabè »", "oeuvre \" burkinabe \""},
    {"Москва Ёж", "москва еж"},
    {"N\xC2\xA0" "Djamena", "n djamena"},
};

TEST(FoldTest, FoldsCaseAccentsApostrophesAndSpaces) {
  for (const FoldCase& c : kCases) EXPECT_EQ(FoldString(c.in), c.out) << c.in;
}

TEST(FoldTest, EveryFoldedByteMapsBackToItsCodePoint) {
  std::string text = "Le ministre nigérien,  Bakary Œ Москва";
  FoldedText f = FoldForMatching(text);
  ASSERT_EQ(f.to_original.size(), f.text.size() + 1);
  EXPECT_EQ(f.to_original.back(), text.size());
  size_t at = f.text.find("nigerien");
  ASSERT_NE(at, std::string::npos);
  EXPECT_EQ(text.substr(f.OriginalStart(at), f.OriginalEnd(at + 8) - f.OriginalStart(at)), "nigérien");
  at = f.text.find("bakary");
  EXPECT_EQ(text.substr(f.OriginalStart(at), 6), "Bakary");
  at = f.text.find("москва");
  EXPECT_EQ(text.substr(f.OriginalStart(at)), "Москва");
  for (size_t i = 1; i < f.to_original.size(); ++i) EXPECT_LE(f.to_original[i - 1], f.to_original[i]);
}

}  // namespace
}  // namespace veille
