// A set of 64-bit hash values in one flat array (open addressing, linear
// probing): no allocation per element, unlike std::unordered_set's nodes.
// The values are expected to be well mixed already (std::hash of strings,
// fingerprints), so the low bits pick the slot as they are.
// Tested by hash_set_test.cc.
#ifndef VEILLE_BASE_HASH_SET_H_
#define VEILLE_BASE_HASH_SET_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace veille {

class HashSet64 {
 public:
  // Adds `value`; true when it was not in the set.
  bool Insert(uint64_t value) {
    if (value == 0) {  // 0 marks a free slot, so it is kept apart
      const bool fresh = !has_zero_;
      has_zero_ = true;
      return fresh;
    }
    if (2 * (size_ + 1) > slots_.size()) Grow();
    const size_t mask = slots_.size() - 1;
    for (size_t i = value & mask;; i = (i + 1) & mask) {
      if (slots_[i] == value) return false;
      if (slots_[i] == 0) {
        slots_[i] = value;
        ++size_;
        return true;
      }
    }
  }

  bool Contains(uint64_t value) const {
    if (value == 0) return has_zero_;
    if (slots_.empty()) return false;
    const size_t mask = slots_.size() - 1;
    for (size_t i = value & mask; slots_[i] != 0; i = (i + 1) & mask)
      if (slots_[i] == value) return true;
    return false;
  }

  size_t size() const { return size_ + (has_zero_ ? 1 : 0); }

 private:
  void Grow() {
    std::vector<uint64_t> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 64 : 2 * old.size(), 0);
    const size_t mask = slots_.size() - 1;
    for (uint64_t v : old) {
      if (v == 0) continue;
      size_t i = v & mask;
      while (slots_[i] != 0) i = (i + 1) & mask;
      slots_[i] = v;
    }
  }

  std::vector<uint64_t> slots_;  // a power of two, at most half full
  size_t size_ = 0;              // non-zero values held
  bool has_zero_ = false;
};

}  // namespace veille

#endif  // VEILLE_BASE_HASH_SET_H_
