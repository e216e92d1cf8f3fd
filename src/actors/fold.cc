// Text folding for the matcher. ASCII bytes go through a 256-entry table (the
// common case in French text); other code points are decoded once and looked
// up in the Latin table of text/name_key.h.
// Tested by fold_test.cc.
#include "actors/fold.h"

#include <algorithm>
#include <array>

#include "base/utf8.h"
#include "text/name_key.h"

namespace veille {
namespace {

constexpr char kSpace = ' ';

// ASCII byte -> folded byte; 0 marks whitespace (collapsed to one space).
const std::array<char, 128>& AsciiTable() {
  static const std::array<char, 128> table = [] {
    std::array<char, 128> t{};
    for (int c = 0; c < 128; ++c) t[c] = static_cast<char>(c);
    for (int c = 'A'; c <= 'Z'; ++c) t[c] = static_cast<char>(c - 'A' + 'a');
    for (int c : {' ', '\t', '\n', '\r', '\f', '\v'}) t[c] = 0;
    t['`'] = '\'';
    return t;
  }();
  return table;
}

bool IsUnicodeSpace(char32_t cp) {
  return cp == 0xA0 || cp == 0x202F || cp == 0x2009 || cp == 0x2007 || cp == 0x200A ||
         cp == 0x3000 || cp == 0x2028 || cp == 0x2029 || (cp >= 0x2000 && cp <= 0x2006);
}

// Folding of one non-ASCII code point, appended to `out`. Returns false when
// it is whitespace.
bool FoldOther(char32_t cp, std::string* out) {
  if (IsUnicodeSpace(cp)) return false;
  if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x2032 || cp == 0xB4) {
    *out += '\'';
    return true;
  }
  if (cp >= 0x2010 && cp <= 0x2015) {
    *out += '-';
    return true;
  }
  std::string_view latin;
  if (FoldLatin(cp, &latin)) {
    if (latin.empty()) {
      *out += (cp == 0xAB || cp == 0xBB) ? '"' : '.';
    } else {
      *out += latin;
    }
    return true;
  }
  if (cp >= 0x410 && cp <= 0x42F) cp += 0x20;                  // А-Я -> а-я
  else if (cp >= 0x400 && cp <= 0x40F) cp += 0x50;             // Ѐ-Џ -> ѐ-џ
  if (cp == 0x451) cp = 0x435;                                 // ё -> е
  AppendUtf8(cp, out);
  return true;
}

}  // namespace

FoldedText FoldForMatching(std::string_view text) {
  const auto& ascii = AsciiTable();
  FoldedText f;
  // Written through raw pointers into buffers sized for the common case
  // (ASCII folds to at most one byte, a space run to one space); non-ASCII
  // code points check the room left, since a few fold to longer strings.
  size_t cap = text.size() + 16;
  f.text.resize(cap);
  f.to_original.resize(cap + 1);
  char* out = f.text.data();
  uint32_t* from = f.to_original.data();
  size_t n = 0;
  auto grow = [&](size_t more) {
    if (n + more <= cap) return;
    cap = std::max(cap * 2, n + more);
    f.text.resize(cap);
    f.to_original.resize(cap + 1);
    out = f.text.data();
    from = f.to_original.data();
  };
  bool in_space = false;
  size_t pos = 0;
  const size_t size = text.size();
  std::string other;
  while (pos < size) {
    unsigned char b = static_cast<unsigned char>(text[pos]);
    if (b < 0x80) {
      char c = ascii[b];
      if (c == 0) {
        if (!in_space) {
          grow(1);
          out[n] = kSpace;
          from[n++] = static_cast<uint32_t>(pos);
        }
        in_space = true;
        ++pos;
        continue;
      }
      in_space = false;
      // A run of non-space ASCII bytes: one byte each, no decision; room for
      // the rest of the text is checked once.
      grow(size - pos);
      do {
        out[n] = c;
        from[n++] = static_cast<uint32_t>(pos++);
      } while (pos < size && (b = static_cast<unsigned char>(text[pos])) < 0x80 && (c = ascii[b]) != 0);
      continue;
    }
    size_t start = pos;
    char32_t cp = DecodeUtf8(text, &pos);
    other.clear();
    if (!FoldOther(cp, &other)) {
      if (!in_space) {
        grow(1);
        out[n] = kSpace;
        from[n++] = static_cast<uint32_t>(start);
      }
      in_space = true;
      continue;
    }
    in_space = false;
    grow(other.size());
    for (char c : other) {
      out[n] = c;
      from[n++] = static_cast<uint32_t>(start);
    }
  }
  from[n] = static_cast<uint32_t>(size);
  f.text.resize(n);
  f.to_original.resize(n + 1);
  return f;
}

std::string FoldString(std::string_view text) { return FoldForMatching(text).text; }

}  // namespace veille
