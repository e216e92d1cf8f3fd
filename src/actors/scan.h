// The first pass of the resolver over one text: dictionary items found by
// the matcher (case rules applied, overlaps settled leftmost-longest), the
// word tokens with their capitalisation, and sentence numbers.
// Tested through resolver_test.cc.
#ifndef VEILLE_ACTORS_SCAN_H_
#define VEILLE_ACTORS_SCAN_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actors/dictionary.h"
#include "actors/fold.h"
#include "actors/matcher.h"

namespace veille {

// A dictionary form found in the text. Offsets: original bytes and folded bytes.
struct Item {
  size_t start = 0, end = 0;
  size_t fstart = 0, fend = 0;
  std::vector<Form> forms;  // every reading of this span (never kComplement)
  bool consumed = false;    // used by a role phrase
  bool Has(FormKind kind) const;
  const Form* Find(FormKind kind) const;
};

// A complement ("de la défense") that starts at some folded offset.
struct ComplementHit {
  size_t fend;
  uint32_t row;
};

struct ScanToken {
  size_t start = 0, end = 0;  // original bytes
  bool capitalised = false;   // first letter upper-case
  bool all_caps = false;
  int sentence = 0;
  int item = -1;  // index of the item covering this token, or -1
};

struct Scan {
  FoldedText folded;
  std::vector<Item> items;  // sorted by start, non-overlapping
  std::unordered_multimap<size_t, ComplementHit> complements;  // by folded start
  std::vector<ScanToken> tokens;
  std::vector<LiteralHit> hits;  // scratch: the matcher's hits
  // Scratch: the form vectors of the previous text's items, emptied, whose
  // buffers the next text's items take over instead of allocating their own.
  std::vector<std::vector<Form>> spare_forms;
};

// Runs the matcher and the tokenizer over `text`.
Scan ScanText(std::string_view text, const ActorDictionary& dict, const LiteralMatcher& matcher);

// The same into `*scan`, whose previous contents are replaced and whose
// buffers are reused: one Scan per thread spares the allocations (and the
// fresh memory pages) of every document.
void ScanText(std::string_view text, const ActorDictionary& dict, const LiteralMatcher& matcher, Scan* scan);

// The word tokens of `text` (item -1), as ScanText() finds them, into
// `*tokens` (cleared first).
void Tokenize(std::string_view text, std::vector<ScanToken>* tokens);

// The test oracle of Tokenize(): one code point at a time, asking ICU.
std::vector<ScanToken> TokenizeSlow(std::string_view text);

// The original text between two offsets, e.g. the gap between two tokens.
inline std::string_view Between(std::string_view text, size_t a, size_t b) {
  return a < b ? text.substr(a, b - a) : std::string_view();
}

}  // namespace veille

#endif  // VEILLE_ACTORS_SCAN_H_
