// A fixed set of short words, for the membership tests made on every token
// (clause analysis: "is it a determiner, a preposition, a boundary?"; the
// actor resolver: "is it a stopword?").
#ifndef VEILLE_BASE_WORD_SET_H_
#define VEILLE_BASE_WORD_SET_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace veille {

// Immutable after construction; thread-safe to read. Where a
// std::unordered_set<std::string_view> hashes the whole word through a
// library call and divides by its bucket count, this open-addressing table
// hashes the length and three bytes inline and masks: a word that is not in
// the set (most tokens) usually costs one load of an empty slot.
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) : WordSet(words.begin(), words.end()) {}
  WordSet(const std::string_view* first, const std::string_view* last);

  bool contains(std::string_view w) const {
    for (size_t i = Hash(w) & mask_; slots_[i] != 0; i = (i + 1) & mask_)
      if (words_[slots_[i] - 1] == w) return true;
    return false;
  }
  // For drop-in use where a std::set or std::unordered_set was.
  size_t count(std::string_view w) const { return contains(w) ? 1 : 0; }

 private:
  static size_t Hash(std::string_view w) {
    if (w.empty()) return 0;
    const uint64_t key = w.size() | uint64_t{static_cast<unsigned char>(w[0])} << 8 |
                         uint64_t{static_cast<unsigned char>(w[w.size() / 2])} << 16 |
                         uint64_t{static_cast<unsigned char>(w.back())} << 24;
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15u) >> 40);
  }

  std::vector<std::string> words_;
  std::vector<uint32_t> slots_;  // index + 1 into words_; 0 = empty
  size_t mask_ = 0;              // slot count - 1 (a power of two)
};

}  // namespace veille

#endif  // VEILLE_BASE_WORD_SET_H_
