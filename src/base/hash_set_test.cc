#include "base/hash_set.h"

#include <gtest/gtest.h>

#include <random>
#include <unordered_set>

namespace veille {
namespace {

TEST(HashSet64Test, AgreesWithUnorderedSet) {
  std::mt19937_64 rng(11);
  HashSet64 set;
  std::unordered_set<uint64_t> want;
  for (int i = 0; i < 20000; ++i) {
    // Few distinct small values (many repeats and collisions in the low
    // bits), large random ones, and 0, which marks free slots inside.
    uint64_t v = i % 3 == 0 ? rng() % 500 : i % 3 == 1 ? rng() : (rng() % 64) << 40;
    EXPECT_EQ(set.Insert(v), want.insert(v).second) << v;
  }
  EXPECT_EQ(set.size(), want.size());
  for (uint64_t v : want) EXPECT_TRUE(set.Contains(v)) << v;
  for (int i = 0; i < 1000; ++i) {
    uint64_t v = rng();
    EXPECT_EQ(set.Contains(v), want.count(v) > 0) << v;
  }
}

TEST(HashSet64Test, ZeroIsAValueLikeAnyOther) {
  HashSet64 set;
  EXPECT_FALSE(set.Contains(0));
  EXPECT_TRUE(set.Insert(0));
  EXPECT_FALSE(set.Insert(0));
  EXPECT_TRUE(set.Contains(0));
  EXPECT_FALSE(set.Contains(64));
  EXPECT_EQ(set.size(), 1u);
}

}  // namespace
}  // namespace veille
