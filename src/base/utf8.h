// UTF-8 helpers: validation, decoding, byte <-> code point offsets.
#ifndef VEILLE_BASE_UTF8_H_
#define VEILLE_BASE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace veille {

// True when `s` is well-formed UTF-8 (simdjson's SIMD validator).
bool IsValidUtf8(std::string_view s);

// Decodes the code point starting at s[*pos] and advances *pos past it.
// Precondition: *pos < s.size(). Malformed bytes decode as U+FFFD, one byte each.
// Inline: every stage calls it once per non-ASCII letter.
inline char32_t DecodeUtf8(std::string_view s, size_t* pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t i = *pos, n = s.size();
  unsigned char c = p[i];
  if (c < 0x80) { *pos = i + 1; return c; }
  int len = (c >= 0xF0 && c < 0xF5) ? 4 : (c >= 0xE0) ? 3 : (c >= 0xC2 && c < 0xE0) ? 2 : 0;
  if (c >= 0xF5) len = 0;
  if (len == 0 || i + len > n) { *pos = i + 1; return 0xFFFD; }
  char32_t cp = c & (0x7F >> len);
  for (int k = 1; k < len; ++k) {
    if ((p[i + k] & 0xC0) != 0x80) { *pos = i + 1; return 0xFFFD; }
    cp = (cp << 6) | (p[i + k] & 0x3F);
  }
  // Overlong forms and surrogates are malformed.
  if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
      (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))) {
    *pos = i + 1;
    return 0xFFFD;
  }
  *pos = i + len;
  return cp;
}

// Writes the UTF-8 encoding of `cp` (1 to 4 bytes) to `out`; returns its length.
size_t EncodeUtf8(char32_t cp, char out[4]);

// Appends the UTF-8 encoding of `cp` to `out`.
void AppendUtf8(char32_t cp, std::string* out);

// Number of code points in `s` (valid UTF-8 assumed: counts non-continuation bytes).
size_t CodePointCount(std::string_view s);

// Converts sorted or unsorted byte offsets into code-point offsets of one
// text, in O(text + offsets log offsets). Offsets past the end clamp to it.
class CodePointMap {
 public:
  explicit CodePointMap(std::string_view text);
  size_t ToCodePoint(size_t byte_offset) const;

 private:
  // Code-point index at every 64th byte, and the text to count the rest.
  std::vector<uint32_t> every64_;
  std::string_view text_;
};

}  // namespace veille

#endif  // VEILLE_BASE_UTF8_H_
