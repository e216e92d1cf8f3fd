// Words are hashed on the fly (FNV-1a over folded code points), trigrams
// mixed with splitmix64, and each trigram votes on the 64 SimHash bits.
// Tested by dedup_test.cc.
#include "ingest/dedup.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <bit>

#include "base/utf8.h"

namespace veille {
namespace {

constexpr uint64_t kFnvOffset = 1469598103934665603ULL;
constexpr uint64_t kFnvPrime = 1099511628211ULL;

uint64_t Mix(uint64_t x) {  // splitmix64 finaliser
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

// Lower case without Latin-1 accents, for letters and digits.
char32_t Fold(char32_t cp) {
  static constexpr const char* kUnaccented =  // U+00C0..U+00FF
      "aaaaaaaceeeeiiiidnooooo\0ouuuuyt\0aaaaaaaceeeeiiiidnooooo\0ouuuuyty";
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  if (cp >= 0xC0 && cp <= 0xFF && kUnaccented[cp - 0xC0] != '\0') return kUnaccented[cp - 0xC0];
  return u_tolower(cp);
}

bool IsWordChar(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  return u_isalnum(cp);
}

std::vector<uint64_t> WordHashes(std::string_view text) {
  std::vector<uint64_t> words;
  uint64_t h = kFnvOffset;
  bool in_word = false;
  for (size_t i = 0; i < text.size();) {
    char32_t cp = static_cast<unsigned char>(text[i]) < 0x80 ? static_cast<unsigned char>(text[i++])
                                                               : DecodeUtf8(text, &i);
    if (IsWordChar(cp)) {
      h = (h ^ Fold(cp)) * kFnvPrime;
      in_word = true;
    } else if (in_word) {
      words.push_back(h);
      h = kFnvOffset;
      in_word = false;
    }
  }
  if (in_word) words.push_back(h);
  return words;
}

}  // namespace

Fingerprint ContentFingerprint(std::string_view text) {
  Fingerprint fp;
  std::vector<uint64_t> words = WordHashes(text);
  if (words.empty()) return fp;
  uint64_t exact = kFnvOffset;
  for (uint64_t w : words) exact = Mix(exact ^ w);
  fp.exact = exact;
  // A bit is set when more trigrams vote for it than against: count the
  // ones and compare with half. The counts are kept eight to a word, one
  // byte per bit (lanes[j] byte k counts bit 8j + k), so a trigram costs
  // eight table lookups and adds instead of 64 shifts (the compiler did
  // not vectorise that loop); the bytes go to `ones` before they can wrap.
  static constexpr auto kSpread = [] {  // bit k of the index -> byte k
    std::array<uint64_t, 256> t{};
    for (int v = 0; v < 256; ++v)
      for (int k = 0; k < 8; ++k)
        if ((v >> k) & 1) t[v] |= uint64_t{1} << (8 * k);
    return t;
  }();
  uint32_t ones[64] = {};
  uint64_t lanes[8] = {};
  int in_lanes = 0;
  auto flush = [&] {
    for (int j = 0; j < 8; ++j) {
      for (int k = 0; k < 8; ++k) ones[8 * j + k] += static_cast<uint32_t>((lanes[j] >> (8 * k)) & 0xFF);
      lanes[j] = 0;
    }
    in_lanes = 0;
  };
  for (size_t i = 0; i + 2 < words.size(); ++i) {
    const uint64_t s = Mix(words[i] ^ Mix(words[i + 1] ^ Mix(words[i + 2])));
    for (int j = 0; j < 8; ++j) lanes[j] += kSpread[(s >> (8 * j)) & 0xFF];
    if (++in_lanes == 255) flush();
    ++fp.shingles;
  }
  flush();
  for (int b = 0; b < 64; ++b)
    if (2 * static_cast<int64_t>(ones[b]) > fp.shingles) fp.simhash |= uint64_t{1} << b;
  return fp;
}

int HammingDistance(uint64_t a, uint64_t b) { return std::popcount(a ^ b); }

DuplicateIndex::DuplicateIndex(DuplicateOptions options) : options_(options) {
  options_.max_distance = std::clamp(options_.max_distance, 0, 7);
}

uint64_t DuplicateIndex::BlockKey(uint64_t simhash, int block) const {
  int blocks = options_.max_distance + 1;
  int lo = block * 64 / blocks, hi = (block + 1) * 64 / blocks;
  uint64_t mask = hi - lo == 64 ? ~uint64_t{0} : ((uint64_t{1} << (hi - lo)) - 1);
  return (static_cast<uint64_t>(block) << 56) ^ ((simhash >> lo) & mask);
}

std::optional<std::string> DuplicateIndex::Add(const std::string& id, const Fingerprint& fp) {
  if (fp.exact == 0) return std::nullopt;
  std::optional<size_t> found;
  if (auto it = exact_.find(fp.exact); it != exact_.end()) found = it->second;
  bool near = fp.shingles >= options_.min_shingles;
  if (!found && near) {
    for (int k = 0; k <= options_.max_distance; ++k) {
      auto it = blocks_.find(BlockKey(fp.simhash, k));
      if (it == blocks_.end()) continue;
      for (size_t e : it->second) {
        const Fingerprint& other = entries_[e].fp;
        if (other.shingles >= options_.min_shingles &&
            HammingDistance(other.simhash, fp.simhash) <= options_.max_distance && (!found || e < *found))
          found = e;
      }
    }
  }
  size_t index = entries_.size();
  entries_.push_back({id, fp});
  exact_.emplace(fp.exact, index);
  if (near)
    for (int k = 0; k <= options_.max_distance; ++k) blocks_[BlockKey(fp.simhash, k)].push_back(index);
  if (found) return entries_[*found].id;
  return std::nullopt;
}

}  // namespace veille
