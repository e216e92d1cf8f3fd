// Tested by word_set_test.cc against std::unordered_set.
#include "events/word_set.h"

namespace veille {

WordSet::WordSet(std::initializer_list<std::string_view> words) {
  size_t slots = 8;
  while (slots < 4 * words.size()) slots *= 2;  // at most one slot in four used: short probes
  slots_.assign(slots, 0);
  mask_ = slots - 1;
  for (std::string_view w : words) {
    if (contains(w)) continue;
    words_.emplace_back(w);
    size_t i = Hash(w) & mask_;
    while (slots_[i] != 0) i = (i + 1) & mask_;
    slots_[i] = static_cast<uint32_t>(words_.size());
  }
}

}  // namespace veille
