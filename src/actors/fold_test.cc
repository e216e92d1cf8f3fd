#include "actors/fold.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

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

// Text that exercises the fast paths of the folding: runs of ASCII around 8
// bytes, space runs, NUL and control whitespace, accented letters, Unicode
// spaces and quotes, Cyrillic, other scripts and broken UTF-8.
constexpr const char* kPieces[] = {
    "a",   "Le",   "MALI",    "ministre", "abcdefgh", "ABCDEFGHIJ", " ",   "  ",  "\t",  "\n",   "\r\n",  "`",
    "'",   "~",    "_",       "{",        "@",        "nigérien",   "É",   "œ",   "ß",   "«",    "\xC2\xA0", "’",
    "—",   "Ж",    "ё",       "\xE2\x80\xAF", "…",  "日本",       "𝔸",   "\xFF", "\xC3", "\xE2\x80", "x\x7F",
};

TEST(FoldTest, FastPathsAgreeWithTheSlowOracle) {
  std::mt19937 rng(3);
  FoldedText reused;  // also checks that a reused FoldedText keeps nothing of before
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    int pieces = static_cast<int>(rng() % 30);
    for (int i = 0; i < pieces; ++i) text += rng() % 50 ? kPieces[rng() % std::size(kPieces)] : std::string(1, '\0');
    FoldedText slow = FoldForMatchingSlow(text);
    FoldedText fast = FoldForMatching(text);
    ASSERT_EQ(fast.text, slow.text) << text;
    ASSERT_EQ(fast.to_original, slow.to_original) << text;
    FoldForMatching(text, &reused);
    ASSERT_EQ(reused.text, slow.text) << text;
    ASSERT_EQ(reused.to_original, slow.to_original) << text;
  }
}

}  // namespace
}  // namespace veille
