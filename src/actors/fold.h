// Folding of article text for the gazetteer matcher: lower-case, accents
// removed, apostrophes normalised to ', dashes to -, whitespace runs to one
// space. Every folded byte remembers the byte offset of the code point it
// came from, so matches map back to spans of the original text.
// Tested by fold_test.cc.
#ifndef VEILLE_ACTORS_FOLD_H_
#define VEILLE_ACTORS_FOLD_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace veille {

struct FoldedText {
  std::string text;
  // to_original[i]: byte offset in the original of the code point that
  // produced folded byte i; to_original[text.size()] is the original size.
  std::vector<uint32_t> to_original;

  size_t OriginalStart(size_t folded) const { return to_original[folded]; }
  size_t OriginalEnd(size_t folded_end) const { return to_original[folded_end]; }
};

// Folds valid UTF-8 `text` (invalid bytes are copied unchanged).
// Latin letters up to U+024F fold to ASCII; Cyrillic is lower-cased (ё -> е)
// and kept in UTF-8; other scripts are copied.
FoldedText FoldForMatching(std::string_view text);

// The same into `*out`, whose previous contents are replaced and whose
// buffers are reused (no allocation when they are large enough).
void FoldForMatching(std::string_view text, FoldedText* out);

// The same folding without the offset map (for dictionary forms).
std::string FoldString(std::string_view text);

// The test oracle: the same result, one code point at a time with no fast
// path.
FoldedText FoldForMatchingSlow(std::string_view text);

// True for a folded byte that can be part of a word: ASCII letters and digits
// and any byte of a non-ASCII code point.
inline bool IsFoldedWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

}  // namespace veille

#endif  // VEILLE_ACTORS_FOLD_H_
