// Multi-literal matcher over folded text (actors/fold.h): Vectorscan finds
// every occurrence of every pattern; occurrences that do not start and end
// on word boundaries are dropped afterwards.
// Tested by matcher_test.cc against FindAllSlow(), a plain search.
#ifndef VEILLE_ACTORS_MATCHER_H_
#define VEILLE_ACTORS_MATCHER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "veille/status.h"

namespace veille {

struct LiteralHit {
  uint32_t pattern = 0;  // index into the pattern list given to Build()
  uint32_t start = 0;    // byte offsets into the folded text
  uint32_t end = 0;
  bool operator==(const LiteralHit& o) const {
    return pattern == o.pattern && start == o.start && end == o.end;
  }
};

class LiteralMatcher {
 public:
  // Compiles `patterns` (non-empty, folded strings; duplicates allowed).
  static Result<std::unique_ptr<LiteralMatcher>> Build(const std::vector<std::string>& patterns);
  ~LiteralMatcher();

  // Every word-bounded occurrence in `text`, sorted by (start, end, pattern).
  // Thread-safe: each thread uses its own Vectorscan scratch space.
  std::vector<LiteralHit> FindAll(std::string_view text) const;
  // The same into `*hits` (cleared first; its buffer is reused).
  void FindAll(std::string_view text, std::vector<LiteralHit>* hits) const;

 private:
  LiteralMatcher() = default;
  struct Db;
  std::unique_ptr<Db> db_;
  std::vector<uint32_t> lengths_;    // by compiled id
  std::vector<uint32_t> originals_;  // by compiled id: index into patterns_
  std::vector<uint32_t> short_;      // short patterns, checked at text start by hand
  std::vector<std::string> patterns_;
  uint64_t serial_ = 0;  // unique per matcher: which thread scratch spaces fit it
};

// The test oracle: the same result by plain string search.
std::vector<LiteralHit> FindAllSlow(const std::vector<std::string>& patterns, std::string_view text);

// True when [start, end) of folded `text` starts and ends on word boundaries.
bool IsWordBounded(std::string_view text, size_t start, size_t end);

}  // namespace veille

#endif  // VEILLE_ACTORS_MATCHER_H_
