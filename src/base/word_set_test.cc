// WordSet against std::unordered_set, the slow oracle.
#include "base/word_set.h"

#include <random>
#include <string>
#include <unordered_set>

#include <gtest/gtest.h>

namespace veille {
namespace {

TEST(WordSetTest, HoldsExactlyItsWords) {
  const WordSet set = {"le", "la", "l'", "les", "à", "", "d'après", "le"};
  for (const char* w : {"le", "la", "l'", "les", "à", "", "d'après"}) EXPECT_TRUE(set.contains(w)) << w;
  for (const char* w : {"l", "lesquels", "a", "d'apres", "leS", "e", "la "}) EXPECT_FALSE(set.contains(w)) << w;
  EXPECT_EQ(set.count("les"), 1u);
  EXPECT_EQ(set.count("des"), 0u);
}

TEST(WordSetTest, AgreesWithTheReference) {
  std::mt19937 rng(3);
  auto word = [&rng] {
    static const char kLetters[] = "ades'lrtu\xC3\xA9";
    std::string w;
    for (size_t n = rng() % 6; n > 0; --n) w += kLetters[rng() % (sizeof kLetters - 1)];
    return w;
  };
  std::vector<std::string> words;
  for (int k = 0; k < 40; ++k) words.push_back(word());
  const WordSet set = {words[0], words[1], words[2], words[3], words[4], words[5], words[6], words[7],
                       words[8], words[9], words[10], words[11], words[12], words[13], words[14]};
  const std::unordered_set<std::string> want(words.begin(), words.begin() + 15);
  for (int k = 0; k < 20000; ++k) {
    const std::string w = word();
    ASSERT_EQ(set.contains(w), want.count(w) > 0) << w;
  }
}

}  // namespace
}  // namespace veille
