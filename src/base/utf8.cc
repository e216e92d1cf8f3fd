#include "base/utf8.h"

#include <simdjson.h>

namespace veille {

bool IsValidUtf8(std::string_view s) { return simdjson::validate_utf8(s.data(), s.size()); }

size_t EncodeUtf8(char32_t cp, char out[4]) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

void AppendUtf8(char32_t cp, std::string* out) {
  char buf[4];
  out->append(buf, EncodeUtf8(cp, buf));
}

size_t CodePointCount(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

CodePointMap::CodePointMap(std::string_view text) : text_(text) {
  every64_.reserve(text.size() / 64 + 1);
  uint32_t count = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i % 64 == 0) every64_.push_back(count);
    count += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  }
}

size_t CodePointMap::ToCodePoint(size_t byte_offset) const {
  if (byte_offset > text_.size()) byte_offset = text_.size();
  size_t block = byte_offset / 64;
  if (block >= every64_.size()) return CodePointCount(text_);
  return every64_[block] + CodePointCount(text_.substr(block * 64, byte_offset - block * 64));
}

}  // namespace veille
