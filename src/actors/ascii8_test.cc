#include "actors/ascii8.h"

#include <gtest/gtest.h>

#include <random>

namespace veille::ascii8 {
namespace {

// The high bit of each byte of `bytes` for which `pred` holds.
template <typename Pred>
uint64_t Mask(const unsigned char (&bytes)[8], Pred pred) {
  uint64_t m = 0;
  for (int i = 0; i < 8; ++i) {
    if (pred(bytes[i])) m |= uint64_t{0x80} << (8 * i);
  }
  return m;
}

struct Range {
  unsigned lo, hi;
};

constexpr Range kRanges[] = {{'a', 'z'}, {'A', 'Z'}, {'0', '9'}, {' ', ' '}, {'!', '_'}, {'a', '~'}, {1, 0x7E}};

TEST(Ascii8Test, MasksAgreeWithOneByteAtATime) {
  std::mt19937 rng(7);
  unsigned char bytes[8];
  for (int round = 0; round < 20000; ++round) {
    // Half the rounds over all byte values, half near the range edges.
    for (unsigned char& b : bytes) b = static_cast<unsigned char>(round % 2 ? rng() : "@AZ[`az{/09: ~\x7f\x80\xc3"[rng() % 16]);
    const uint64_t x = Load(bytes);
    EXPECT_EQ(Ascii(x), Mask(bytes, [](unsigned char b) { return b < 0x80; }));
    for (const Range& r : kRanges) {
      EXPECT_EQ(InRange(x, r.lo, r.hi), Mask(bytes, [&](unsigned char b) { return b >= r.lo && b <= r.hi; }))
          << r.lo << "-" << r.hi;
    }
    const uint64_t lower = InRange(x, 'a', 'z');
    unsigned leading = 0;
    while (leading < 8 && bytes[leading] >= 'a' && bytes[leading] <= 'z') ++leading;
    EXPECT_EQ(LeadingBytes(lower), leading);
    unsigned count = 0;
    for (unsigned char b : bytes) count += b >= 'a' && b <= 'z';
    EXPECT_EQ(CountMarked(lower), count);
    for (unsigned n = 0; n <= 8; ++n) {
      bool any = false;
      for (unsigned i = 0; i < n; ++i) any |= bytes[i] >= 'a' && bytes[i] <= 'z';
      EXPECT_EQ(AnyInFirst(lower, n), any) << n;
    }
    unsigned char back[8];
    Store(back, x);
    EXPECT_EQ(std::memcmp(back, bytes, 8), 0);
  }
}

}  // namespace
}  // namespace veille::ascii8
