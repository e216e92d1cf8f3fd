#include "actors/matcher.h"

#include <gtest/gtest.h>

#include <random>

namespace veille {
namespace {

TEST(MatcherTest, FindsWordBoundedLiterals) {
  std::vector<std::string> patterns = {"mali", "malien", "niger", "le president", "un"};
  auto m = LiteralMatcher::Build(patterns);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  std::string text = "le president malien et le niger; nigeria, somalie, mali-niger, un";
  std::vector<LiteralHit> hits = (*m)->FindAll(text);
  std::vector<std::string> found;
  for (const LiteralHit& h : hits) found.push_back(text.substr(h.start, h.end - h.start));
  EXPECT_EQ(found, (std::vector<std::string>{"le president", "malien", "niger", "mali", "niger", "un"}));
}

TEST(MatcherTest, RejectsEmptyInput) {
  EXPECT_FALSE(LiteralMatcher::Build({}).ok());
  EXPECT_FALSE(LiteralMatcher::Build({"a", ""}).ok());
}

// The Vectorscan matcher agrees with the plain-search oracle on random texts
// over a small alphabet, where overlaps and near-misses are frequent.
TEST(MatcherTest, AgreesWithSlowOracle) {
  std::mt19937 rng(42);
  const std::string alphabet = "abc -'";
  auto random_string = [&](size_t n, const std::string& letters) {
    std::string s;
    for (size_t i = 0; i < n; ++i) s += letters[rng() % letters.size()];
    return s;
  };
  for (int round = 0; round < 50; ++round) {
    std::vector<std::string> patterns;
    for (int i = 0; i < 20; ++i) patterns.push_back(random_string(1 + rng() % 4, "abc"));
    patterns.push_back("ab c");
    patterns.push_back("a-b");
    auto m = LiteralMatcher::Build(patterns);
    ASSERT_TRUE(m.ok());
    std::string text = random_string(400, alphabet);
    EXPECT_EQ((*m)->FindAll(text), FindAllSlow(patterns, text)) << "round " << round;
  }
}

}  // namespace
}  // namespace veille
