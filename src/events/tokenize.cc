// Tokens and sentences for the event coder. Tested by tokenize_test.cc.
#include "events/tokenize.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/locid.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>
#include <unicode/utext.h>

#include "actors/ascii8.h"
#include "base/utf8.h"

namespace veille {
namespace {

using token_chars::IsApostrophe;
using token_chars::IsLetter;
using token_chars::IsSpace;
using token_chars::IsUpper;

// DecodeUtf8(), with ICU's inline decoder for well-formed sequences: an
// accented letter would otherwise cost an out-of-line call. Both decode a
// well-formed sequence alike; a malformed one goes to DecodeUtf8 (U+FFFD
// for one byte), as before. Precondition: *pos < s.size().
char32_t NextCodePoint(std::string_view s, size_t* pos) {
  size_t i = *pos;
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, s.size(), c);
  if (c < 0) return DecodeUtf8(s, pos);
  *pos = i;
  return static_cast<char32_t>(c);
}

// Eight bytes at a time ("SWAR", actors/ascii8.h): finding the end of a
// run of ASCII letters with one mask per eight bytes ends most words within
// one step, so the loop exit is predicted, where a loop over bytes
// mispredicts at the end of nearly every word. The mask marks each byte
// that is an ASCII letter or digit (IsLetter below 0x80).
uint64_t AsciiLetterMask(uint64_t x) {
  // 'A'-'Z' | 0x20 = 'a'-'z'; no other ASCII byte lands there.
  return ascii8::InRange(x | 0x2020202020202020u, 'a', 'z') | ascii8::InRange(x, '0', '9');
}

// What an apostrophe after `head` (a word's letters so far) makes of it.
enum class Elision { kNone, kElided, kAujourd };

// Words that elide before a vowel: "l'", "d'", "qu'", "jusqu'"... All are
// short lower-case ASCII, so `head` is lower-cased into a small buffer
// instead of a string.
Elision ElisionOf(std::string_view head) {
  static const std::string_view kElided[] = {"l",  "d",  "j",     "m",      "n",      "s",
                                             "t",  "c",  "qu",    "jusqu",  "lorsqu", "puisqu",
                                             "quoiqu", "presqu"};
  char buf[7];
  if (head.size() > sizeof buf) return Elision::kNone;
  for (size_t k = 0; k < head.size(); ++k) {
    const unsigned char b = static_cast<unsigned char>(head[k]);
    if (b >= 0x80) return Elision::kNone;  // a non-ASCII letter stays non-ASCII: none of the words
    buf[k] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
  }
  const std::string_view w(buf, head.size());
  for (auto e : kElided)
    if (w == e) return Elision::kElided;
  return w == "aujourd" ? Elision::kAujourd : Elision::kNone;
}

// ASCII bytes by what they are to the tokenizer (IsSpace, IsLetter and the
// quotation marks above, for c < 0x80): one table load per byte.
enum class Ascii : uint8_t { kPunct, kSpace, kQuote, kLetter };

struct AsciiTable {
  Ascii cls[128];
  constexpr AsciiTable() : cls() {
    for (int c = 0; c < 128; ++c) {
      cls[c] = c == ' ' || c == '\t' || c == '\n' || c == '\r' ? Ascii::kSpace
               : c == '"'                                     ? Ascii::kQuote
               : IsLetter(static_cast<char32_t>(c))           ? Ascii::kLetter
                                                              : Ascii::kPunct;
    }
  }
};
constexpr AsciiTable kAscii;

bool IsQuote(char32_t c) {
  return c == 0xAB || c == 0xBB || c == '"' || c == 0x201C || c == 0x201D || c == 0x2039 || c == 0x203A;
}

// The end of the run of ASCII letters and digits at text[i], eight bytes
// a step.
size_t AsciiLetterRunEnd(std::string_view text, size_t i) {
  const size_t n = text.size();
  for (; i + 8 <= n; i += 8) {
    const unsigned len = ascii8::LeadingBytes(AsciiLetterMask(ascii8::Load(text.data() + i)));
    if (len < 8) return i + len;
  }
  while (i < n && static_cast<unsigned char>(text[i]) < 0x80 &&
         kAscii.cls[static_cast<unsigned char>(text[i])] == Ascii::kLetter)
    ++i;
  return i;
}

// The end of the word that starts at text[start] and whose first letter
// ends at `end`. Sets *wide when the word holds a non-ASCII byte.
size_t WordEnd(std::string_view text, size_t start, size_t end, bool* wide) {
  const size_t n = text.size();
  while ((end = AsciiLetterRunEnd(text, end)) < n) {
    const unsigned char b = static_cast<unsigned char>(text[end]);
    size_t next = end + 1;
    char32_t d = b;
    if (b >= 0x80) {
      next = end;
      d = NextCodePoint(text, &next);
      if (IsLetter(d)) {
        end = next;
        *wide = true;
        continue;
      }
    }
    if (IsApostrophe(d)) {  // "l'armée": the elided word keeps its apostrophe
      Elision e = ElisionOf(text.substr(start, end - start));
      if (e == Elision::kNone) return end;
      *wide |= b >= 0x80;
      if (e == Elision::kElided) return next;
      end = next;  // "aujourd'hui"
      continue;
    }
    if (d == '-' && next < n) {  // "Burkina-Faso", "a-t-il"
      size_t after = next;
      if (IsLetter(NextCodePoint(text, &after))) { end = next; continue; }
    }
    return end;
  }
  return end;
}

}  // namespace

void AppendLowerFrench(std::string_view s, std::string* out) {
  size_t i = 0;
  while (i < s.size()) {
    // A run of ASCII is lowered in place, without decoding.
    size_t run = i;
    while (run < s.size() && static_cast<unsigned char>(s[run]) < 0x80) ++run;
    if (run > i) {
      const size_t at = out->size();
      out->resize(at + run - i);
      char* p = out->data() + at;
      for (size_t k = i; k < run; ++k) *p++ = s[k] >= 'A' && s[k] <= 'Z' ? static_cast<char>(s[k] + 32) : s[k];
      i = run;
      if (i == s.size()) break;
    }
    char32_t c = NextCodePoint(s, &i);
    if (IsUpper(c)) c = c == 0x152 ? 0x153 : c + 0x20;
    else if (c == 0x178) c = 0xFF;
    if (c == 0x2019 || c == 0x2018) c = '\'';
    AppendUtf8(c, out);
  }
}

std::string LowerFrench(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  AppendLowerFrench(s, &out);
  return out;
}

std::string FoldAccents(std::string_view s) {
  bool ascii = true;
  for (char c : s) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (ascii) return std::string(s);  // the common case: nothing to fold, nothing to decode
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    char32_t c = NextCodePoint(s, &i);
    if (c >= 0xE0 && c <= 0xE5) c = 'a';
    else if (c == 0xE7) c = 'c';
    else if (c >= 0xE8 && c <= 0xEB) c = 'e';
    else if (c >= 0xEC && c <= 0xEF) c = 'i';
    else if (c >= 0xF2 && c <= 0xF6) c = 'o';
    else if (c >= 0xF9 && c <= 0xFC) c = 'u';
    AppendUtf8(c, &out);
  }
  return out;
}

// One pass over the bytes; ASCII is classified by table and only other
// bytes are decoded. Each token's norm is written straight into the arena
// (no temporary string). Checked against the plain per-code-point
// tokenizer in tokenize_test.cc.
void Tokenize(std::string_view text, Span within, std::vector<Token>* out, NormArena* arena) {
  const std::string_view part = text.substr(within.start, within.end - within.start);
  const size_t n = part.size();
  // A norm takes at most 3 bytes per byte of text (a malformed byte
  // becomes U+FFFD), so room for 3n bytes is made once, before writing.
  if (arena->capacity_ - arena->size_ < 3 * n) {
    const size_t capacity = std::max(2 * arena->capacity_, arena->size_ + 3 * n + 64);
    std::unique_ptr<char[]> grown(new char[capacity]);
    if (arena->size_ > 0) std::memcpy(grown.get(), arena->data_.get(), arena->size_);
    for (Token& t : *out) t.norm = {grown.get() + (t.norm.data() - arena->data_.get()), t.norm.size()};
    arena->data_ = std::move(grown);
    arena->capacity_ = capacity;
  }
  char* const base = arena->data_.get();
  size_t used = arena->size_;
  thread_local std::string wide_norm;
  size_t i = 0;
  while (i < n) {
    const size_t start = i;
    const unsigned char b = static_cast<unsigned char>(part[i]);
    bool letter;
    bool upper;
    if (b < 0x80) {
      ++i;
      const Ascii cls = kAscii.cls[b];
      if (cls == Ascii::kSpace || cls == Ascii::kQuote) continue;
      letter = cls == Ascii::kLetter;
      upper = b >= 'A' && b <= 'Z';
    } else {
      const char32_t c = NextCodePoint(part, &i);
      if (IsSpace(c) || IsQuote(c)) continue;  // quotation marks: transparent to clause analysis
      letter = IsLetter(c);
      upper = IsUpper(c);
    }
    bool wide = b >= 0x80;
    if (letter) i = WordEnd(part, start, i, &wide);
    const std::string_view surface = part.substr(start, i - start);
    char* const p = base + used;
    size_t len = surface.size();
    if (wide) {
      wide_norm.clear();
      AppendLowerFrench(surface, &wide_norm);
      len = wide_norm.size();
      std::memcpy(p, wide_norm.data(), len);
    } else {  // most words: a byte-for-byte copy, lowered as it goes
      const char* q = surface.data();
      size_t k = 0;
      for (; k + 8 <= len; k += 8)  // 'A'-'Z' get 0x20, 8 bytes at a time
        ascii8::Store(p + k, ascii8::Load(q + k) | ascii8::InRange(ascii8::Load(q + k), 'A', 'Z') >> 2);
      for (; k < len; ++k) p[k] = q[k] >= 'A' && q[k] <= 'Z' ? static_cast<char>(q[k] + 32) : q[k];
    }
    used += len;
    Token& t = out->emplace_back();
    t.norm = std::string_view(p, len);
    t.span = {within.start + start, within.start + i};
    t.word = letter;
    t.upper = letter && upper;
  }
  arena->size_ = used;
}

TokenList Tokenize(std::string_view text) {
  TokenList out;
  out.tokens.reserve(text.size() / 5);
  Tokenize(text, {0, text.size()}, &out.tokens, &out.arena);
  return out;
}

std::vector<Span> SplitSentences(std::string_view text) {
  return SplitSentences(text, [](size_t, size_t) { return true; });
}

namespace {

// `piece` as UTF-16 at units[at...]; returns the number of code units
// written, or -1 for malformed UTF-8, which ICU replaces by its own rules.
int64_t ToUtf16(std::string_view piece, std::vector<UChar>* units, size_t at) {
  // A code unit per byte at most: sized once (only grown), written through a pointer.
  if (units->size() < at + piece.size()) units->resize(at + piece.size());
  UChar* const first = units->data() + at;
  UChar* u = first;
  const size_t n = piece.size();
  for (size_t i = 0; i < n;) {
    if (i + 8 <= n) {  // the ASCII bytes opening the next eight, at once
      // A fixed loop of 8 the compiler unrolls; only `ascii` of the units count.
      for (size_t k = 0; k < 8; ++k) u[k] = static_cast<UChar>(static_cast<unsigned char>(piece[i + k]));
      const size_t ascii = ascii8::LeadingBytes(ascii8::Ascii(ascii8::Load(piece.data() + i)));
      u += ascii;
      i += ascii;
      if (ascii > 0) continue;
    } else if (static_cast<unsigned char>(piece[i]) < 0x80) {
      *u++ = static_cast<UChar>(piece[i++]);
      continue;
    }
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(piece.data()), i, n, c);
    if (c < 0) return -1;
    if (c >= 0x10000) {  // a surrogate pair
      *u++ = U16_LEAD(c);
      *u++ = U16_TRAIL(c);
    } else {
      *u++ = static_cast<UChar>(c);
    }
  }
  return u - first;
}

// Walks well-formed UTF-8 and its UTF-16 form side by side, to turn the
// code-unit offsets of boundaries (asked in increasing order) into byte
// offsets: cheaper than storing the byte offset of every code unit, as
// a line has many characters and few boundaries.
class Utf16ToBytes {
 public:
  explicit Utf16ToBytes(std::string_view line) : line_(line) {}

  size_t ByteOf(size_t unit) {
    const size_t n = line_.size();
    while (unit_ < unit) {
      if (byte_ + 8 <= n) {  // ASCII bytes are a unit each: up to eight at once
        const size_t ascii =
            std::min<size_t>(ascii8::LeadingBytes(ascii8::Ascii(ascii8::Load(line_.data() + byte_))), unit - unit_);
        unit_ += ascii;
        byte_ += ascii;
        if (ascii > 0) continue;
      }
      const unsigned char lead = static_cast<unsigned char>(line_[byte_]);
      const size_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
      byte_ += len;
      unit_ += len == 4 ? 2 : 1;
    }
    return byte_;
  }

 private:
  std::string_view line_;
  size_t unit_ = 0;
  size_t byte_ = 0;
};

// ---------------------------------------------------------------------------
// Windows. ICU's sentence rules (UAX #29 with CLDR's abbreviation
// suppressions) break only after a terminator (Sentence_Break ATerm or
// STerm, with the closing marks and spaces after it) or a separator (Sep,
// CR, LF), and decide each such break from a few characters around it:
//  - before: the letter in front of a period (SB7) and the abbreviation
//    it may end ("M.", "av. J.-C."), a few letters long;
//  - after: the characters up to the first letter or separator (SB8 looks
//    past digits and punctuation for a lower-case letter).
// The words between lie in the middle of a sentence whatever they are,
// so ICU reads only a window around each terminator and separator: from a
// word start at least kContextBefore bytes before it, to the first letter
// or separator after it. The windows, joined, are one text to ICU; its
// boundaries map back to the line window by window. A line with malformed
// UTF-8 is read whole, as ICU reads it.
// ---------------------------------------------------------------------------

enum SentenceClass : uint8_t { kSbOther = 0, kSbLetter = 1, kSbTerminator = 2, kSbSeparator = 3 };

uint8_t SentenceClassOf(UChar32 c) {
  switch (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)) {
    case U_SB_ATERM:
    case U_SB_STERM:
      return kSbTerminator;
    case U_SB_SEP:
    case U_SB_CR:
    case U_SB_LF:
      return kSbSeparator;
    case U_SB_UPPER:
    case U_SB_LOWER:
    case U_SB_OLETTER:
      return kSbLetter;
    default:
      return kSbOther;
  }
}

// The class of every code point of the Basic Multilingual Plane, asked of
// ICU once; and whether ASCII holds no terminator or separator but those
// the byte scan looks for (. ! ? CR LF), without which windows are not used.
struct SentenceClasses {
  std::vector<uint8_t> bmp;
  bool ascii_as_scanned = true;
};

const SentenceClasses& SentenceBreakClasses() {
  static const SentenceClasses classes = [] {
    SentenceClasses t;
    t.bmp.resize(0x10000);
    for (UChar32 c = 0; c < 0x10000; ++c) t.bmp[c] = SentenceClassOf(c);
    for (UChar32 c = 0; c < 0x80; ++c) {
      const bool scanned = c == '.' || c == '!' || c == '?' || c == '\r' || c == '\n';
      const bool breaks = t.bmp[c] == kSbTerminator || t.bmp[c] == kSbSeparator;
      if (scanned != breaks) t.ascii_as_scanned = false;
    }
    return t;
  }();
  return classes;
}

inline uint8_t ClassOfCodePoint(const SentenceClasses& t, UChar32 c) {
  return c < 0x10000 ? t.bmp[static_cast<size_t>(c)] : SentenceClassOf(c);
}

// Bytes of context kept before a terminator: the longest suppressed
// abbreviation is about ten letters.
constexpr size_t kContextBefore = 32;
// Windows closer than this are read as one.
constexpr size_t kJoinGap = 32;

// The next byte at or after `i` that may start a terminator or separator:
// . ! ? CR LF or any non-ASCII byte; line.size() if none.
size_t NextBreakByte(std::string_view line, size_t i) {
  const char* p = line.data();
  const size_t n = line.size();
#if defined(__SSE2__)
  for (; i + 16 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    __m128i hit = _mm_cmpeq_epi8(v, _mm_set1_epi8('.'));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8('!')));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8('?')));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8('\r')));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8('\n')));
    const int m = _mm_movemask_epi8(hit) | _mm_movemask_epi8(v);  // the second: bytes >= 0x80
    if (m != 0) return i + static_cast<size_t>(std::countr_zero(static_cast<unsigned>(m)));
  }
#endif
  for (; i < n; ++i) {
    const unsigned char b = static_cast<unsigned char>(p[i]);
    if (b >= 0x80 || b == '.' || b == '!' || b == '?' || b == '\r' || b == '\n') return i;
  }
  return n;
}

// The class of the code point at line[*i], moving *i past it; false for
// malformed UTF-8.
inline bool NextClass(const SentenceClasses& t, std::string_view line, size_t* i, uint8_t* cls) {
  const unsigned char b = static_cast<unsigned char>(line[*i]);
  if (b < 0x80) {
    *cls = t.bmp[b];
    ++*i;
    return true;
  }
  UChar32 c;
  size_t j = *i;
  U8_NEXT(reinterpret_cast<const uint8_t*>(line.data()), j, line.size(), c);
  if (c < 0) return false;
  *cls = ClassOfCodePoint(t, c);
  *i = j;
  return true;
}

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

struct Window {
  size_t start;  // bytes of the line
  size_t end;
  size_t unit_start = 0;  // UTF-16 units of the joined text
  size_t unit_end = 0;
};

// A window start for a break at `at`: a word start (an ASCII letter or
// digit after a space) at least kContextBefore bytes before it, or `floor`
// (the end of the window before) if none comes first.
size_t WindowStart(std::string_view line, size_t at, size_t floor) {
  if (at < floor + kContextBefore) return floor;
  size_t s = at - kContextBefore;
  while (s > floor && !(line[s - 1] == ' ' && IsAsciiAlnum(line[s]))) --s;
  return s;
}

// Windows covering every terminator and separator of `line`, in order,
// joined where they touch; false for malformed UTF-8.
bool FindWindows(std::string_view line, std::vector<Window>* windows) {
  windows->clear();
  const SentenceClasses& t = SentenceBreakClasses();
  const size_t n = line.size();
  size_t i = NextBreakByte(line, 0);
  while (i < n) {
    const size_t at = i;
    uint8_t cls;
    if (!NextClass(t, line, &i, &cls)) return false;
    if (cls != kSbTerminator && cls != kSbSeparator) {
      i = NextBreakByte(line, i);
      continue;
    }
    // To the first letter or separator after it (included), or to the
    // next terminator (which opens the next window).
    size_t end = i;
    while (end < n) {
      size_t next = end;
      uint8_t c;
      if (!NextClass(t, line, &next, &c)) return false;
      if (c == kSbTerminator) break;
      end = next;
      if (c == kSbLetter || c == kSbSeparator) break;
    }
    const size_t floor = windows->empty() ? 0 : windows->back().end;
    const size_t start = WindowStart(line, at, floor);
    if (!windows->empty() && start <= floor + kJoinGap) {
      windows->back().end = std::max(windows->back().end, end);
    } else {
      windows->push_back({start, end});
    }
    i = NextBreakByte(line, i);
  }
  // The end of the line is a boundary: the text before it is read too.
  if (windows->empty()) return true;
  const size_t floor = windows->back().end;
  if (floor < n) {
    const size_t start = WindowStart(line, n, floor);
    if (start <= floor + kJoinGap) {
      windows->back().end = n;
    } else {
      windows->push_back({start, n});
    }
  }
  return true;
}

// Appends the sentences of `line` (which starts at `line_start` in the text).
void AppendSentences(icu::BreakIterator* it, std::string_view line, size_t line_start, std::vector<Span>* out) {
  // ICU reads UTF-16 in place; over UTF-8 (utext_openUTF8) it converts the
  // text again, 32 code units at a time behind a function call.
  thread_local std::vector<UChar> units;
  thread_local std::vector<Window> windows;
  UErrorCode e = U_ZERO_ERROR;
  const bool windowed = SentenceBreakClasses().ascii_as_scanned && FindWindows(line, &windows);
  if (windowed) {
    if (windows.empty()) {  // no terminator, no separator: one sentence
      out->push_back({line_start, line_start + line.size()});
      return;
    }
    size_t length = 0;
    bool converted = true;
    for (Window& w : windows) {
      w.unit_start = length;
      const int64_t written = ToUtf16(line.substr(w.start, w.end - w.start), &units, length);
      converted &= written >= 0;
      length += static_cast<size_t>(std::max<int64_t>(written, 0));
      w.unit_end = length;
    }
    if (!converted) windows.clear();
  } else {
    windows.clear();
  }
  if (!windows.empty()) {
    const size_t length = windows.back().unit_end;
    UText ut = UTEXT_INITIALIZER;
    utext_openUChars(&ut, units.data(), static_cast<int64_t>(length), &e);
    it->setText(&ut, e);
    size_t k = 0;
    Utf16ToBytes bytes(line.substr(windows[0].start, windows[0].end - windows[0].start));
    size_t prev = 0;
    for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
      const size_t unit = static_cast<size_t>(b);
      size_t at = line.size();
      if (unit < length) {
        // A boundary where two windows join ends the first: it follows a
        // separator, as no boundary falls right after a letter.
        while (windows[k].unit_end < unit) {
          ++k;
          bytes = Utf16ToBytes(line.substr(windows[k].start, windows[k].end - windows[k].start));
        }
        at = windows[k].start + bytes.ByteOf(unit - windows[k].unit_start);
      }
      out->push_back({line_start + prev, line_start + at});
      prev = at;
    }
    utext_close(&ut);
    return;
  }
  // Malformed UTF-8: read whole by ICU itself, which replaces it by its own rules.
  UText* ut = utext_openUTF8(nullptr, line.data(), static_cast<int64_t>(line.size()), &e);
  it->setText(ut, e);
  int32_t prev = 0;
  for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
    out->push_back({line_start + prev, line_start + static_cast<size_t>(b)});
    prev = b;
  }
  utext_close(ut);
}

}  // namespace

namespace {

bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }

// Scraped pages glue sentences together when a line break is lost:
// "...avec les indépendantistes du Polisario.La diplomatie algérienne a...".
// ICU wants a space after the period; a period between a lower-case word
// and a capitalised one ("io.La") ends a sentence all the same. Initials
// and acronyms ("U.S.", "M.Macron") have a capital before the period.
void SplitGlued(std::string_view text, size_t from, std::vector<Span>* out) {
  // Most sentences hold no such period: they are left in place, unread
  // but for a jump from one period to the next.
  auto glued_at = [text](size_t i) {
    return IsAsciiLower(text[i - 1]) && IsAsciiLower(text[i - 2]) && IsAsciiUpper(text[i + 1]) &&
           IsAsciiLower(text[i + 2]);
  };
  auto next_glued = [&](const Span& sp, size_t i) {
    while (i + 2 < sp.end) {
      const void* dot = std::memchr(text.data() + i, '.', sp.end - 2 - i);
      if (dot == nullptr) break;
      i = static_cast<size_t>(static_cast<const char*>(dot) - text.data());
      if (glued_at(i)) return i;
      ++i;
    }
    return std::string_view::npos;
  };
  size_t k = from;
  while (k < out->size() && next_glued((*out)[k], (*out)[k].start + 2) == std::string_view::npos) ++k;
  if (k == out->size()) return;
  std::vector<Span> split(out->begin() + static_cast<std::ptrdiff_t>(from), out->begin() + static_cast<std::ptrdiff_t>(k));
  for (; k < out->size(); ++k) {
    Span sp = (*out)[k];
    for (size_t i = next_glued(sp, sp.start + 2); i != std::string_view::npos; i = next_glued(sp, i + 1)) {
      split.push_back({sp.start, i + 1});
      sp.start = i + 1;
    }
    split.push_back(sp);
  }
  out->resize(from);
  out->insert(out->end(), split.begin(), split.end());
}

}  // namespace

std::vector<Span> SplitSentences(std::string_view text, const std::function<bool(size_t, size_t)>& wanted) {
  std::vector<Span> out;
  // One iterator per thread: creating one costs far more than using it.
  thread_local UErrorCode err = U_ZERO_ERROR;
  thread_local std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(
      icu::Locale("fr", "", "", "ss=standard"), err));
  size_t line_start = 0;
  while (line_start <= text.size()) {
    size_t nl = text.find('\n', line_start);
    size_t line_end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = text.substr(line_start, line_end - line_start);
    if (!line.empty() && !wanted(line_start, line_end)) {
      // skipped: the caller has no use for this line's sentences
    } else if (!line.empty()) {
      if (U_FAILURE(err) || !it) {
        out.push_back({line_start, line_end});
      } else {
        const size_t from = out.size();
        AppendSentences(it.get(), line, line_start, &out);
        SplitGlued(text, from, &out);
      }
    }
    if (nl == std::string_view::npos) break;
    line_start = nl + 1;
  }
  return out;
}

}  // namespace veille
