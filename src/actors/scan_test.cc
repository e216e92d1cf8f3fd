#include "actors/scan.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace veille {
namespace {

// Pieces of text that exercise the tokenizer's paths: ASCII words of every
// length around 8 bytes, accented and Cyrillic letters, capitals, sentence
// ends, abbreviations, no-break spaces, other scripts and broken UTF-8.
constexpr const char* kPieces[] = {
    "a",        "le",      "Mali",        "ministre",  "Goïta",   "nigérien", "ÉTAT",     "CEDEAO",
    "AFP",      "Москва",  "ЁЖ",          "x1",        "2023",    "M.",       " ",        "  ",
    ", ",       ". ",      "!",           "?\n",       "…",       "\xC2\xA0", "’",        "-",
    "l'",       "J.-C",    "Mme",         "\t",        "«",       "»",        "日本",     "𝔸𝔹",
    "\xFF",     "\xC3",    "\xE2\x80",    "abcdefgh",  "ABCDEFGHI", "abcdefghijklmnopq",   "DiOP",
    "Ǆemal",    "ǅ",       "ß",           "İstanbul",  "\x00",    "`",        "e\xCC\x81",
};

std::string RandomText(std::mt19937& rng) {
  std::string text;
  int pieces = static_cast<int>(rng() % 40);
  for (int i = 0; i < pieces; ++i) {
    const char* p = kPieces[rng() % std::size(kPieces)];
    text += *p ? std::string(p) : std::string(1, '\0');
  }
  return text;
}

void ExpectSameTokens(const std::string& text) {
  std::vector<ScanToken> fast;
  Tokenize(text, &fast);
  std::vector<ScanToken> slow = TokenizeSlow(text);
  ASSERT_EQ(fast.size(), slow.size()) << text;
  for (size_t i = 0; i < fast.size(); ++i) {
    EXPECT_EQ(fast[i].start, slow[i].start) << text << " token " << i;
    EXPECT_EQ(fast[i].end, slow[i].end) << text << " token " << i;
    EXPECT_EQ(fast[i].capitalised, slow[i].capitalised) << text << " token " << i;
    EXPECT_EQ(fast[i].all_caps, slow[i].all_caps) << text << " token " << i;
    EXPECT_EQ(fast[i].sentence, slow[i].sentence) << text << " token " << i;
    EXPECT_EQ(fast[i].item, -1);
  }
}

TEST(ScanTest, TokenizeAgreesWithTheSlowOracle) {
  ExpectSameTokens("");
  ExpectSameTokens("Le président malien, le colonel Assimi Goïta, a reçu M. Lavrov à Bamako. Il a dit…");
  ExpectSameTokens("LES AUTORITÉS DE TRANSITION et la CEDEAO ; Владимир Путин (Россия) 2023-01-01");
  std::mt19937 rng(11);
  for (int round = 0; round < 5000; ++round) ExpectSameTokens(RandomText(rng));
}

}  // namespace
}  // namespace veille
