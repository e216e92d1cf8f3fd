// Eight bytes of text classified at once in a 64-bit word ("SWAR"), for the
// byte loops of the first pass (folding, tokenizing): crossing a run of
// ordinary ASCII letters then costs one branch per 8 bytes instead of a
// badly predicted branch at every word boundary.
//
// A mask has the high bit (0x80) of a byte set when that byte is of its
// kind; byte 0 is the first in memory whatever the machine's byte order.
// Tested by ascii8_test.cc.
#ifndef VEILLE_ACTORS_ASCII8_H_
#define VEILLE_ACTORS_ASCII8_H_

#include <bit>
#include <cstdint>
#include <cstring>

namespace veille::ascii8 {

constexpr uint64_t kOnes = 0x0101010101010101ULL;
constexpr uint64_t kHigh = 0x8080808080808080ULL;

// The 8 bytes at `p`, byte 0 in the lowest bits.
inline uint64_t Load(const void* p) {
  uint64_t x;
  std::memcpy(&x, p, 8);
  if constexpr (std::endian::native == std::endian::big) x = __builtin_bswap64(x);
  return x;
}

// Writes the 8 bytes of `x` (as Load() reads them) to `p`.
inline void Store(void* p, uint64_t x) {
  if constexpr (std::endian::native == std::endian::big) x = __builtin_bswap64(x);
  std::memcpy(p, &x, 8);
}

// ASCII bytes (below 0x80).
inline uint64_t Ascii(uint64_t x) { return ~x & kHigh; }

// ASCII bytes in [lo, hi] (lo >= 1, hi <= 0x7E). On the low 7 bits of each
// byte, adding 0x80 - lo sets the high bit from lo up and adding 0x7F - hi
// sets it above hi; no sum carries into the next byte.
inline uint64_t InRange(uint64_t x, unsigned lo, unsigned hi) {
  const uint64_t low7 = x & ~kHigh;
  return (low7 + (0x80 - lo) * kOnes) & ~(low7 + (0x7F - hi) * kOnes) & Ascii(x);
}

// How many bytes, from byte 0, are marked in `mask` (0-8).
inline unsigned LeadingBytes(uint64_t mask) {
  const uint64_t stop = ~mask & kHigh;
  return stop == 0 ? 8 : static_cast<unsigned>(std::countr_zero(stop)) / 8;
}

// How many bytes `mask` marks (0-8). std::popcount would call libgcc on the
// baseline x86-64 target (no POPCNT instruction); one bit per byte sums
// with a multiply.
inline unsigned CountMarked(uint64_t mask) { return static_cast<unsigned>(((mask >> 7) * kOnes) >> 56); }

// Whether `mask` marks one of bytes 0 to n - 1 (n in 0-8).
inline bool AnyInFirst(uint64_t mask, unsigned n) {
  return n >= 8 ? mask != 0 : (mask & ((uint64_t{1} << (8 * n)) - 1)) != 0;
}

}  // namespace veille::ascii8

#endif  // VEILLE_ACTORS_ASCII8_H_
