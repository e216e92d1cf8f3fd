// Near-duplicate articles across one run: the same wire story published by
// several sites, with different furniture around it.
//
// A content fingerprint is a 64-bit SimHash over the word trigrams of the
// cleaned text (words lower-cased, Latin accents removed) plus an exact hash
// of its words. Two texts are duplicates when their word sequences are equal
// or, for texts of at least `min_shingles` trigrams, when their SimHashes
// differ in at most `max_distance` bits.
#ifndef VEILLE_INGEST_DEDUP_H_
#define VEILLE_INGEST_DEDUP_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace veille {

struct Fingerprint {
  uint64_t exact = 0;    // hash of the word sequence
  uint64_t simhash = 0;  // SimHash of the word trigrams
  int shingles = 0;      // number of word trigrams
};

// Fingerprint of a cleaned article text. Thread-safe.
Fingerprint ContentFingerprint(std::string_view text);

int HammingDistance(uint64_t a, uint64_t b);

struct DuplicateOptions {
  int max_distance = 5;   // Default: 5 bits of 64 (at most 7)
  int min_shingles = 20;  // Default: shorter texts only match exactly
};

// Articles seen so far in a run, fed in input order. Not thread-safe: the
// CLI feeds it from its single writer loop, so results do not depend on
// the thread count.
class DuplicateIndex {
 public:
  explicit DuplicateIndex(DuplicateOptions options = {});

  // The id of the earliest article added before with the same or nearly the
  // same content, else nothing; then remembers `id` with `fp`. Empty texts
  // (no words) are never duplicates.
  std::optional<std::string> Add(const std::string& id, const Fingerprint& fp);

 private:
  struct Entry {
    std::string id;
    Fingerprint fp;
  };
  DuplicateOptions options_;
  std::vector<Entry> entries_;
  std::unordered_map<uint64_t, size_t> exact_;  // exact hash -> first entry
  // The SimHash split in max_distance + 1 blocks of bits: two hashes within
  // max_distance bits agree on at least one block (pigeonhole), so the
  // candidates are the entries sharing one. Key: block index << 32 | bits.
  std::unordered_map<uint64_t, std::vector<size_t>> blocks_;
  uint64_t BlockKey(uint64_t simhash, int block) const;
};

}  // namespace veille

#endif  // VEILLE_INGEST_DEDUP_H_
