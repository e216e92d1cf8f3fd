// Reading a page into lines. One pass per line computes everything the
// rules need (words, letters by script, ending, phrases, dates), so the
// cleaner and the metadata finder never rescan the text.
// Tested by page_test.cc.
#include "ingest/page.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "base/strings.h"
#include "base/utf8.h"
#include "text/normalize.h"

namespace veille {
namespace {

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Script buckets for the page's main script.
enum Bucket { kLatin, kCyrillic, kArabic, kOtherScript, kBuckets };

Bucket BucketOf(char32_t cp) {
  UErrorCode err = U_ZERO_ERROR;
  UScriptCode sc = uscript_getScript(static_cast<UChar32>(cp), &err);
  if (U_FAILURE(err)) return kOtherScript;
  switch (sc) {
    case USCRIPT_LATIN: return kLatin;
    case USCRIPT_CYRILLIC: return kCyrillic;
    case USCRIPT_ARABIC: return kArabic;
    case USCRIPT_COMMON:
    case USCRIPT_INHERITED: return kBuckets;  // not counted
    default: return kOtherScript;
  }
}

#if defined(__SSE2__)
// Set bits of a 16-bit mask. std::popcount would call libgcc on the
// baseline x86-64 target (no POPCNT instruction).
int Popcount16(unsigned x) {
  x = x - ((x >> 1) & 0x5555u);
  x = (x & 0x3333u) + ((x >> 2) & 0x3333u);
  x = (x + (x >> 4)) & 0x0F0Fu;
  return static_cast<int>((x + (x >> 8)) & 0x1Fu);
}

// The plain ASCII bytes opening the sixteen at `p`, up to the first byte
// that needs the byte loop (non-ASCII, a digit, a letter right after
// punctuation as in "l'a" or "e-mail"): adds their letters to `*latin` and
// the words they start to `*words` from bit masks, with `*counted` carried
// as in CountLetters, and returns how many bytes it took (0 to 16). Prose
// is mostly such stretches, and the byte loop mispredicts a branch at the
// end of every word.
size_t CountPlain16(const char* p, size_t* latin, int* words, bool* counted) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const unsigned high = static_cast<unsigned>(_mm_movemask_epi8(v));
  const unsigned digits = static_cast<unsigned>(_mm_movemask_epi8(
      _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)))));
  const __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));  // exact for ASCII letters
  unsigned letters = static_cast<unsigned>(_mm_movemask_epi8(
      _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)), _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)))));
  unsigned seps = static_cast<unsigned>(
      _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\t')))));
  const unsigned punct = ~(letters | seps | high | digits) & 0xFFFFu;
  const unsigned stop = high | digits | ((punct << 1) & letters);
  const int taken = stop == 0 ? 16 : std::countr_zero(stop);
  if (taken == 0) return 0;
  const unsigned in = taken == 16 ? 0xFFFFu : (1u << taken) - 1;
  letters &= in;
  seps &= in;
  // A letter starts a word when the byte before it is a separator, or,
  // first of the sixteen, when the token so far has no letter or digit.
  const unsigned first = letters & ~((letters << 1) | (*counted ? 1u : 0u));
  *words += Popcount16(first);
  *latin += Popcount16(letters);
  if (const unsigned stops = letters | seps; stops != 0) *counted = (letters >> (31 - std::countl_zero(stops))) & 1;
  return static_cast<size_t>(taken);
}
#endif

// Letters of `s` by script bucket, and its words (space-separated tokens
// holding a letter or digit), in one pass.
// Also sets `*longest_number` to the longest run of ASCII digits.
// Plain ASCII stretches go sixteen bytes at a time; runs of ASCII letters
// and of digits are consumed by tight loops of their own.
std::array<int, kBuckets> CountLetters(std::string_view s, int* words, int* longest_number) {
  // Byte classes: 1 ASCII letter, 2 digit, 4 token separator, 8 non-ASCII.
  static constexpr auto kClass = [] {
    std::array<unsigned char, 256> t{};
    for (int c = 'a'; c <= 'z'; ++c) t[c] = t[c - 32] = 1;
    for (int c = '0'; c <= '9'; ++c) t[c] = 2;
    t[' '] = t['\t'] = 4;
    for (int c = 0x80; c < 0x100; ++c) t[c] = 8;
    return t;
  }();
  std::array<int, kBuckets> n{};
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t size = s.size();
  size_t latin = 0;
  int w = 0, longest = 0;
  bool counted = false;  // the current token already counted as a word
  for (size_t i = 0; i < size;) {
#if defined(__SSE2__)
    if (i + 16 <= size) {
      if (size_t taken = CountPlain16(s.data() + i, &latin, &w, &counted); taken > 0) {
        i += taken;
        continue;
      }
    }
#endif
    unsigned char k = kClass[p[i]];
    if (k == 1 || k == 2) {
      size_t j = i + 1;
      while (j < size && kClass[p[j]] == k) ++j;
      if (k == 1) latin += j - i;
      else longest = std::max(longest, static_cast<int>(j - i));
      i = j;
      if (!counted) ++w, counted = true;
      continue;
    }
    if (k == 4) {
      counted = false;
      ++i;
      continue;
    }
    if (k == 0) {  // ASCII punctuation
      ++i;
      continue;
    }
    size_t next = i;  // i itself stays in a register: its address never escapes
    char32_t cp = DecodeUtf8(s, &next);
    i = next;
    if (!u_isalnum(cp)) continue;
    if (u_isalpha(cp)) {
      Bucket b = BucketOf(cp);
      if (b != kBuckets) ++n[b];
    }
    if (!counted) ++w, counted = true;
  }
  n[kLatin] += static_cast<int>(latin);
  *words = w;
  *longest_number = longest;
  return n;
}

// False when `s` is surely NFC already: only code points below U+0300 or in
// General Punctuation and currency signs (U+2000..U+20CF), which no
// normalisation touches. Otherwise ICU decides.
bool MayNeedNfc(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
#if defined(__SSE2__)
    if (i + 16 <= s.size()) {  // sixteen bytes at a time when none is a lead byte from 0xCC up
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
      const __m128i high = _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8(static_cast<char>(0xCC))), v);
      if (_mm_movemask_epi8(high) == 0) {
        i += 16;
        continue;
      }
    }
#endif
    if (i + 8 <= s.size()) {  // ASCII runs, eight bytes at a time
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if ((w & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    unsigned char c = s[i];
    if (c >= 0xCC) {
      if (c != 0xE2 || i + 1 >= s.size() || static_cast<unsigned char>(s[i + 1]) > 0x83) return true;
    }
    ++i;  // ASCII, continuation bytes, U+0080..U+02FF, U+2000..U+20FF
  }
  return false;
}

// Where a "[" at `open` starts a markdown link "[text](target)": sets the
// text range and the end past ")". Nested brackets are not links.
bool MarkdownLinkAt(std::string_view s, size_t open, size_t* text_end, size_t* link_end) {
  size_t close = s.find(']', open + 1);
  if (close == std::string_view::npos || close + 1 >= s.size() || s[close + 1] != '(') return false;
  if (s.substr(open + 1, close - open - 1).find('[') != std::string_view::npos) return false;
  size_t paren = s.find(')', close + 2);
  if (paren == std::string_view::npos) return false;
  std::string_view target = s.substr(close + 2, paren - close - 2);
  if (target.find(' ') != std::string_view::npos) return false;
  *text_end = close;
  *link_end = paren + 1;
  return true;
}

// Markdown to plain text. Sets `*link_bytes` to the number of bytes that
// came from link texts and appends to `*plain` the text outside links.
std::string StripMarkdown(std::string_view s, size_t* link_bytes, std::string* plain) {
  *link_bytes = 0;
  if (s.find('[') == std::string_view::npos && s.find('*') == std::string_view::npos) {
    plain->append(s);
    return std::string(s);
  }
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    // Plain stretches up to the next character that may open markup.
    size_t special = i;
    while (special < s.size() && s[special] != '[' && s[special] != '!' && s[special] != '*') ++special;
    if (special > i) {
      out.append(s.substr(i, special - i));
      plain->append(s.substr(i, special - i));
      i = special;
      continue;
    }
    size_t text_end, link_end;
    bool image = s[i] == '!' && i + 1 < s.size() && s[i + 1] == '[';
    size_t open = image ? i + 1 : i;
    if (s[open] == '[' && MarkdownLinkAt(s, open, &text_end, &link_end)) {
      if (!image) {
        out.append(s.substr(open + 1, text_end - open - 1));
        *link_bytes += text_end - open - 1;
      }
      i = link_end;
      continue;
    }
    // Emphasis: "**x**" or "*x*" around non-space text.
    if (s[i] == '*') {
      size_t stars = s.compare(i, 2, "**") == 0 ? 2 : 1;
      size_t b = i + stars;
      size_t e = s.find(std::string_view("**", stars), b);
      if (b < s.size() && s[b] != ' ' && e != std::string_view::npos && e > b && s[e - 1] != ' ' &&
          s.substr(b, e - b).find('\n') == std::string_view::npos) {
        std::string inner = StripMarkdown(s.substr(b, e - b), &text_end, plain);
        *link_bytes += text_end;
        out.append(inner);
        i = e + stars;
        continue;
      }
    }
    plain->push_back(s[i]);
    out.push_back(s[i++]);
  }
  return out;
}

// Length of a list bullet opening `s` ("• ", "- ", "* ", "– ", "· "), else 0.
size_t BulletLength(std::string_view s) {
  for (std::string_view b : {"• ", "- ", "* ", "– ", "— ", "· ", "▪ "})
    if (s.substr(0, b.size()) == b) return b.size();
  return 0;
}

bool EndsSentence(std::string_view s) {
  size_t e = s.size();
  while (e > 0) {
    unsigned char c = s[e - 1];
    if (c == ' ' || c == '"' || c == '\'' || c == ')' || c == ']' || c == '*') {
      --e;
    } else if (e >= 2 && s.substr(e - 2, 2) == "»") {
      e -= 2;
    } else if (e >= 3 && (s.substr(e - 3, 3) == "”" || s.substr(e - 3, 3) == "’")) {
      e -= 3;
    } else {
      break;
    }
  }
  if (e == 0) return false;
  char c = s[e - 1];
  if (c == '.' || c == '!' || c == '?') return true;
  return e >= 3 && s.substr(e - 3, 3) == "…";
}

// " date YYYY-MM " stamp at the start of `s`: returns its length.
size_t DateStampLength(std::string_view s, std::string* month) {
  size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  if (s.substr(i, 5) != "date ") return 0;
  std::string_view d = s.substr(i + 5, 7);
  if (d.size() < 7 || d[4] != '-') return 0;
  for (int k : {0, 1, 2, 3, 5, 6})
    if (!IsAsciiDigit(d[k])) return 0;
  size_t end = i + 12;
  if (end < s.size() && s[end] != ' ' && s[end] != '\n') return 0;
  *month = std::string(d);
  return end;
}

bool IsParticle(std::string_view t) {
  for (std::string_view p : {"de", "du", "des", "la", "le", "van", "von", "der", "den", "bin", "ben", "el", "al",
                             "ibn", "da", "dos", "di", "d'", "et", "and", "y", "и"})
    if (t == p) return true;
  return false;
}

}  // namespace

std::string Squash(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (IsAsciiDigit(c) || IsAsciiAlpha(c)) out.push_back(static_cast<char>(c | (IsAsciiAlpha(c) ? 0x20 : 0)));
  }
  return out;
}

std::vector<std::string> FoldedWords(std::string_view s) {
  static constexpr const char* kUnaccented =  // U+00C0..U+00FF
      "aaaaaaaceeeeiiiidnooooo\0ouuuuyt\0aaaaaaaceeeeiiiidnooooo\0ouuuuyty";
  std::vector<std::string> out(1);
  for (size_t i = 0; i < s.size();) {
    char32_t cp = DecodeUtf8(s, &i);
    if (cp >= 0xC0 && cp <= 0xFF && kUnaccented[cp - 0xC0] != '\0') cp = kUnaccented[cp - 0xC0];
    if (u_isalnum(cp)) {
      AppendUtf8(u_tolower(cp), &out.back());
    } else if (!out.back().empty()) {
      out.emplace_back();
    }
  }
  if (out.back().empty()) out.pop_back();
  return out;
}

int CountWords(std::string_view s) {
  int n = 0;
  bool in_token = false, counted = false;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    if (c == ' ' || c == '\t') {
      in_token = false;
      ++i;
      continue;
    }
    if (!in_token) in_token = true, counted = false;
    bool alnum;
    if (c < 0x80) {
      alnum = IsAsciiAlpha(c) || IsAsciiDigit(c);
      ++i;
    } else {
      alnum = u_isalnum(DecodeUtf8(s, &i));
    }
    if (alnum && !counted) ++n, counted = true;
  }
  return n;
}

bool StartsUpper(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    char32_t cp = DecodeUtf8(s, &i);
    if (u_isalpha(cp)) return u_isupper(cp);
    if (u_isdigit(cp)) return false;
  }
  return false;
}

bool IsNameLike(std::string_view s, int max_tokens) {
  s = TrimSpace(s);
  if (s.empty()) return false;
  if (EndsSentence(s)) {  // only an initial may end with a dot: "Jean D."
    size_t sp = s.rfind(' ');
    std::string_view last = sp == std::string_view::npos ? s : s.substr(sp + 1);
    if (!(last.size() == 2 && last[1] == '.' && StartsUpper(last))) return false;
  }
  int tokens = 0, named = 0;
  size_t pos = 0;
  std::string_view t;
  while (NextWord(s, &pos, &t)) {
    if (++tokens > max_tokens) return false;
    if (t.find(':') != std::string_view::npos || t.find(',') != std::string_view::npos) return false;
    if (IsParticle(t)) continue;
    if (!StartsUpper(t)) return false;
    ++named;
  }
  return named > 0;
}

namespace {

// Position of the next byte at or after `i` that may end a sentence
// (. ! ? or the first byte of "…"), or s.size(). A tight loop of its own:
// this scan runs over every byte of every page.
size_t NextSentenceMark(std::string_view s, size_t i) {
  static constexpr auto kMark = [] {
    std::array<bool, 256> t{};
    t['.'] = t['!'] = t['?'] = t[0xE2] = true;
    return t;
  }();
  const char* p = s.data();
  size_t n = s.size();
#if defined(__SSE2__)
  for (; i + 16 <= n; i += 16) {  // sixteen bytes at a time: most hold no mark
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    __m128i hit = _mm_cmpeq_epi8(v, _mm_set1_epi8('.'));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8('!')));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8('?')));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xE2))));
    if (const int m = _mm_movemask_epi8(hit); m != 0) return i + std::countr_zero(static_cast<unsigned>(m));
  }
#endif
  while (i < n && !kMark[static_cast<unsigned char>(p[i])]) ++i;
  return i;
}

}  // namespace

std::vector<std::pair<size_t, size_t>> SentenceSpans(std::string_view s) {
  std::vector<std::pair<size_t, size_t>> out;
  size_t start = 0;
  for (size_t i = NextSentenceMark(s, 0); i < s.size(); i = NextSentenceMark(s, i + 1)) {
    char c = s[i];
    bool ellipsis = static_cast<unsigned char>(c) == 0xE2 && s.compare(i, 3, "…") == 0;
    if (static_cast<unsigned char>(c) == 0xE2 && !ellipsis) continue;
    size_t end = i + (ellipsis ? 3 : 1);
    for (;;) {  // closing marks: . " ) » ” and a space before » (first byte tested before any compare)
      if (end >= s.size()) break;
      const unsigned char b = s[end];
      if (b == '.' || b == '"' || b == ')') ++end;
      else if (b == 0xC2 && s.compare(end, 2, "»") == 0) end += 2;
      else if (b == 0xE2 && s.compare(end, 3, "”") == 0) end += 3;
      else if (b == ' ' && s.compare(end, 3, " »") == 0) end += 3;
      else if (b == 0xC2 && s.compare(end, 4, "\xC2\xA0»") == 0) end += 4;
      else break;
    }
    if (end >= s.size() || s[end] != ' ') continue;
    size_t next = end;
    while (next < s.size() && s[next] == ' ') ++next;
    if (next >= s.size()) continue;
    unsigned char n = s[next];
    bool opener = StartsUpper(s.substr(next, 8)) || IsAsciiDigit(n) || n == '"' || n == '\'' ||
                  s.compare(next, 2, "«") == 0 || s.compare(next, 3, "“") == 0 || s.compare(next, 3, "—") == 0;
    if (!opener) continue;
    if (c == '.') {  // abbreviations and initials: "M. Lavrov", "J. Biden"
      static constexpr std::string_view kAbbreviations[] = {
          "M",   "Mme", "Mmes", "MM", "Mr", "Mrs", "Ms", "Dr", "St",  "Ste", "Mgr", "Pr",
          "Gén", "Col", "Lt",   "Cdt", "Sgt", "Me", "etc", "cf", "av", "apr", "J.-C"};
      size_t w = i;
      while (w > start && i - w <= 5 && s[w - 1] != ' ' && s[w - 1] != '(') --w;
      std::string_view word = s.substr(w, i - w);
      if (word.size() == 1 && IsAsciiAlpha(word[0]) && word[0] >= 'A' && word[0] <= 'Z') continue;
      if (word.size() <= 4 && std::find(std::begin(kAbbreviations), std::end(kAbbreviations), word) !=
                                  std::end(kAbbreviations))
        continue;
    }
    out.emplace_back(start, end);
    start = next;
    i = next - 1;
  }
  if (start < s.size()) out.emplace_back(start, s.size());
  return out;
}

Page ReadPage(std::string_view raw, const Boilerplate& boilerplate) {
  Page page;
  std::string normalized;  // only when the page may not be NFC: no copy otherwise
  std::string_view text = raw;
  if (MayNeedNfc(raw)) {
    normalized = NormalizeNfc(raw);
    text = normalized;
  }
  std::string month;
  size_t stamp = DateStampLength(text, &month);
  if (stamp > 0) page.source_month = month;
  std::string_view rest = text.substr(stamp);
  std::array<int, kBuckets> totals{};
  std::vector<std::array<int, kBuckets>> per_line;
  bool blank = false;
  for (std::string_view raw_line : SplitLines(rest)) {
    std::string_view t = TrimSpace(raw_line);
    if (t.empty()) {
      blank = !page.lines.empty();
      continue;
    }
    PageLine line;
    size_t link_bytes = 0;
    std::string plain;  // read only when the line has links
    if (t.find('[') == std::string_view::npos && t.find('*') == std::string_view::npos) {
      line.text = std::string(t);
    } else {
      line.text = StripMarkdown(t, &link_bytes, &plain);
    }
    std::string_view v = TrimSpace(line.text);
    if (v.size() != line.text.size()) line.text = std::string(v);
    if (line.text.empty()) continue;
    line.blank_before = blank;
    blank = false;
    line.core = BulletLength(line.text);
    line.link_only = link_bytes > 0 && Squash(plain).empty();
    line.sentence_end = EndsSentence(line.text);
    std::string_view tail = std::string_view(line.text).substr(line.text.size() >= 3 ? line.text.size() - 3 : 0);
    line.ellipsis_end = tail == "..." || tail == "…";
    per_line.push_back(CountLetters(line.text, &line.words, &line.longest_number));
    for (int b = 0; b < kBuckets; ++b) totals[b] += per_line.back()[b];
    boilerplate.Scan(line.text, &line.hits);
    if (line.longest_number > 0) line.dates = FindPageDates(line.text);  // dates hold digits
    page.lines.push_back(std::move(line));
  }
  int main = 0;
  for (int b = 1; b < kBuckets; ++b)
    if (totals[b] > totals[main]) main = b;
  for (size_t i = 0; i < page.lines.size(); ++i) {
    PageLine& line = page.lines[i];
    for (int b = 0; b < kBuckets; ++b) line.letters += per_line[i][b];
    line.foreign_letters = line.letters - per_line[i][main];
    bool question_end = !line.text.empty() && line.text.back() == '?';
    line.body = line.words >= 30 ||
                (line.sentence_end && !line.ellipsis_end && line.words >= (question_end ? 15 : 8));
    // Prose cut short ("... du groupe. Car si e"): two sentences or more.
    if (!line.body && line.words >= 12 && SentenceSpans(line.text).size() >= 2) line.body = true;
  }
  return page;
}

}  // namespace veille
