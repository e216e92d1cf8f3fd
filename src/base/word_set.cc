// Tested by word_set_test.cc against std::unordered_set.
#include "base/word_set.h"

namespace veille {

WordSet::WordSet(const std::string_view* first, const std::string_view* last) {
  const size_t count = static_cast<size_t>(last - first);
  size_t slots = 8;
  while (slots < 4 * count) slots *= 2;  // at most one slot in four used: short probes
  slots_.assign(slots, 0);
  mask_ = slots - 1;
  for (const std::string_view* it = first; it != last; ++it) {
    const std::string_view w = *it;
    if (contains(w)) continue;
    words_.emplace_back(w);
    size_t i = Hash(w) & mask_;
    while (slots_[i] != 0) i = (i + 1) & mask_;
    slots_[i] = static_cast<uint32_t>(words_.size());
  }
}

}  // namespace veille
