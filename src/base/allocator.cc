#include "base/allocator.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace veille {

void TuneAllocatorForBatches() {
#if defined(__GLIBC__)
  mallopt(M_MMAP_THRESHOLD, 4 << 20);   // blocks under 4 MB come from the heap
  mallopt(M_TRIM_THRESHOLD, 64 << 20);  // and freed memory is not returned at once
#endif
}

}  // namespace veille
