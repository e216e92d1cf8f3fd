// Text folding for the matcher. ASCII bytes go through a 128-entry table (the
// common case in French text) and two-byte code points (accented letters,
// Cyrillic) through a table made once by the general folding, FoldOther();
// longer code points are decoded and folded one by one (the Latin table of
// text/name_key.h, Cyrillic lower-casing). Runs of plain ASCII are copied 8
// bytes at a time (actors/ascii8.h). FoldForMatchingSlow() is the plain
// per-code-point version the fast paths are tested against.
// Tested by fold_test.cc.
#include "actors/fold.h"

#include <algorithm>
#include <array>

#include "actors/ascii8.h"
#include "base/utf8.h"
#include "text/name_key.h"

namespace veille {
namespace {

constexpr char kSpace = ' ';

// ASCII byte -> folded byte; whitespace (and NUL) -> a space, runs of
// which collapse to one.
const std::array<char, 128>& AsciiTable() {
  static const std::array<char, 128> table = [] {
    std::array<char, 128> t{};
    for (int c = 0; c < 128; ++c) t[c] = static_cast<char>(c);
    for (int c = 'A'; c <= 'Z'; ++c) t[c] = static_cast<char>(c - 'A' + 'a');
    for (int c : {'\0', ' ', '\t', '\n', '\r', '\f', '\v'}) t[c] = kSpace;
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

// The folding of every two-byte code point (U+0080-U+07FF: accented Latin
// letters, « », no-break space, Cyrillic), computed once by FoldOther so
// that the fast path cannot disagree with it. len 0: whitespace; kSlow: a
// longer folding, left to FoldOther.
struct TwoByteFold {
  static constexpr uint8_t kSlow = 0xFF;
  uint8_t len = kSlow;
  char bytes[3] = {};
};

const std::array<TwoByteFold, 0x800>& TwoByteTable() {
  static const std::array<TwoByteFold, 0x800> table = [] {
    std::array<TwoByteFold, 0x800> t{};
    std::string folded;
    for (char32_t cp = 0x80; cp < 0x800; ++cp) {
      folded.clear();
      if (!FoldOther(cp, &folded)) {
        t[cp].len = 0;
      } else if (folded.size() <= sizeof(t[cp].bytes)) {
        t[cp].len = static_cast<uint8_t>(folded.size());
        std::copy(folded.begin(), folded.end(), t[cp].bytes);
      }
    }
    return t;
  }();
  return table;
}

}  // namespace

FoldedText FoldForMatching(std::string_view text) {
  FoldedText f;
  FoldForMatching(text, &f);
  return f;
}

void FoldForMatching(std::string_view text, FoldedText* out_folded) {
  const auto& ascii = AsciiTable();
  const auto& two_byte = TwoByteTable();
  FoldedText& f = *out_folded;
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
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  std::string other;
  // Invariant at the top of the loop: room for the rest of the text if it
  // is all ASCII (which never folds longer), so ASCII needs no check.
  while (pos < size) {
    if (pos + 8 <= size) {
      // Eight bytes at once: the leading ones that fold to themselves (or
      // their lower case) are copied; a space is one of them unless it
      // follows a space. All 8 are written; n advances past the copied ones.
      const uint64_t x = ascii8::Load(bytes + pos);
      const uint64_t spaces = ascii8::InRange(x, ' ', ' ');
      const uint64_t after_space = (spaces << 8) | (in_space ? 0x80 : 0);
      const uint64_t plain = ascii8::InRange(x, '!', '_') | ascii8::InRange(x, 'a', '~') | (spaces & ~after_space);
      const unsigned k = ascii8::LeadingBytes(plain);
      if (k > 0) {
        ascii8::Store(out + n, x | ascii8::InRange(x, 'A', 'Z') >> 2);  // 'A' | 0x20 == 'a'
        for (unsigned i = 0; i < 8; ++i) from[n + i] = static_cast<uint32_t>(pos + i);
        in_space = out[n + k - 1] == kSpace;
        n += k;
        pos += k;
        continue;
      }
    }
    unsigned char b = bytes[pos];
    if (b < 0x80) {
      // Branch-free: a space is always written, but kept (n advances) only
      // when it does not follow another space; word/space alternation would
      // otherwise cost a mispredicted branch per word.
      char c = ascii[b];
      bool space = c == kSpace;
      out[n] = c;
      from[n] = static_cast<uint32_t>(pos);
      n += !(space && in_space);
      in_space = space;
      ++pos;
      continue;
    }
    // Two-byte code points (nearly all non-ASCII in French text) through
    // their table; others are decoded and folded one by one.
    if (b >= 0xC2 && b < 0xE0 && pos + 1 < size && (bytes[pos + 1] & 0xC0) == 0x80) {
      const TwoByteFold& fold = two_byte[((b & 0x1F) << 6) | (bytes[pos + 1] & 0x3F)];
      if (fold.len != TwoByteFold::kSlow) {
        if (fold.len == 0) {
          if (!in_space) {
            out[n] = kSpace;
            from[n++] = static_cast<uint32_t>(pos);
          }
          in_space = true;
        } else {
          grow(fold.len + (size - pos));
          for (uint8_t k = 0; k < fold.len; ++k) {
            out[n] = fold.bytes[k];
            from[n++] = static_cast<uint32_t>(pos);
          }
          in_space = false;
        }
        pos += 2;
        continue;
      }
    }
    size_t start = pos;
    size_t next = pos;  // `pos` itself is not passed by address: it stays in a register
    char32_t cp = DecodeUtf8(text, &next);
    pos = next;
    other.clear();
    if (!FoldOther(cp, &other)) {
      if (!in_space) {
        out[n] = kSpace;
        from[n++] = static_cast<uint32_t>(start);
      }
      in_space = true;
      continue;
    }
    in_space = false;
    grow(other.size() + (size - pos));
    for (char c : other) {
      out[n] = c;
      from[n++] = static_cast<uint32_t>(start);
    }
  }
  from[n] = static_cast<uint32_t>(size);
  f.text.resize(n);
  f.to_original.resize(n + 1);
}

std::string FoldString(std::string_view text) { return FoldForMatching(text).text; }

FoldedText FoldForMatchingSlow(std::string_view text) {
  FoldedText f;
  bool in_space = false;
  size_t pos = 0;
  std::string folded;
  while (pos < text.size()) {
    size_t start = pos;
    char32_t cp = DecodeUtf8(text, &pos);
    folded.clear();
    bool space;
    if (cp < 0x80) {
      folded = AsciiTable()[cp];
      space = folded[0] == kSpace;
    } else {
      space = !FoldOther(cp, &folded);
    }
    if (space) {
      if (!in_space) {
        f.text += kSpace;
        f.to_original.push_back(static_cast<uint32_t>(start));
      }
      in_space = true;
      continue;
    }
    in_space = false;
    for (char c : folded) {
      f.text += c;
      f.to_original.push_back(static_cast<uint32_t>(start));
    }
  }
  f.to_original.push_back(static_cast<uint32_t>(text.size()));
  return f;
}

}  // namespace veille
