// Process-wide allocator settings for runs over many articles.
#ifndef VEILLE_BASE_ALLOCATOR_H_
#define VEILLE_BASE_ALLOCATOR_H_

namespace veille {

// CLD2 takes about 170 KB of scratch memory on every call. That is above
// glibc's threshold for serving a block with its own mmap, so each article
// mapped and unmapped fresh pages and paid a page fault for every page it
// touched (about 5% of `veille extract`). Raising the thresholds keeps such
// blocks in the heap; peak memory stays the same. Call once, early in main(),
// before other threads start. Does nothing with another C library, nor when
// the program is linked with tcmalloc (the default build, VEILLE_TCMALLOC),
// which keeps freed blocks of that size in its own page heap anyway.
void TuneAllocatorForBatches();

}  // namespace veille

#endif  // VEILLE_BASE_ALLOCATOR_H_
