// Dates always hold digits, so the scan jumps from digit run to digit run
// and reads only the words around each: a month name after the day
// ("24 avril 2025") or before it ("April 24, 2025"), the year after that,
// and before the day an optional weekday and "ce"/"this". Purely numeric
// forms are read from the run and its separators. Tested by
// page_dates_test.cc.
#include "ingest/page_dates.h"

#include <bit>
#include <cstdio>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "base/utf8.h"

namespace veille {
namespace {

struct Name {
  std::string_view word;
  int value;
};

// Folded (lower case, Latin accents removed) month names and abbreviations.
constexpr Name kMonths[] = {
    {"janvier", 1},  {"fevrier", 2},   {"mars", 3},      {"avril", 4},     {"mai", 5},
    {"juin", 6},     {"juillet", 7},   {"aout", 8},      {"septembre", 9}, {"octobre", 10},
    {"novembre", 11}, {"decembre", 12}, {"janv", 1},     {"fevr", 2},      {"fev", 2},
    {"avr", 4},      {"juil", 7},      {"sept", 9},      {"oct", 10},      {"nov", 11},
    {"dec", 12},     {"january", 1},   {"february", 2},  {"march", 3},     {"april", 4},
    {"may", 5},      {"june", 6},      {"july", 7},      {"august", 8},    {"september", 9},
    {"october", 10}, {"november", 11}, {"december", 12}, {"jan", 1},       {"feb", 2},
    {"mar", 3},      {"apr", 4},       {"jun", 6},       {"jul", 7},       {"aug", 8},
    {"sep", 9},      {"января", 1},    {"февраля", 2},   {"марта", 3},     {"апреля", 4},
    {"мая", 5},      {"июня", 6},      {"июля", 7},      {"августа", 8},   {"сентября", 9},
    {"октября", 10}, {"ноября", 11},   {"декабря", 12},  {"январь", 1},    {"февраль", 2},
    {"март", 3},     {"апрель", 4},    {"май", 5},       {"июнь", 6},      {"июль", 7},
    {"август", 8},   {"сентябрь", 9},  {"октябрь", 10},  {"ноябрь", 11},   {"декабрь", 12},
};

constexpr std::string_view kWeekdays[] = {
    "lundi",   "mardi",     "mercredi",    "jeudi",   "vendredi", "samedi",  "dimanche",
    "monday",  "tuesday",   "wednesday",   "thursday", "friday",  "saturday", "sunday",
    "понедельник", "вторник", "среда", "среду", "четверг", "пятница", "пятницу", "суббота", "субботу",
    "воскресенье",
};

constexpr std::string_view kDeictics[] = {"ce", "this", "этот", "эту", "это"};

// Lower case, Latin-1 accents removed, Cyrillic lower-cased.
char32_t FoldCodePoint(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  static constexpr const char* kLatin =  // U+00C0..U+00FF
      "aaaaaaaceeeeiiiidnooooo\0ouuuuyt\0aaaaaaaceeeeiiiidnooooo\0ouuuuyty";
  if (c >= 0xC0 && c <= 0xFF && kLatin[c - 0xC0] != '\0') return kLatin[c - 0xC0];
  if (c >= 0x410 && c <= 0x42F) return c + 0x20;
  if (c == 0x401) return 0x451;
  return c;
}

bool IsLetter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) ||
         (c >= 0x400 && c <= 0x4FF);
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool IsSpaceAt(std::string_view s, size_t i, size_t* len) {
  unsigned char c = s[i];
  if (c == ' ' || c == '\t') return *len = 1, true;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return *len = 2, true;
  if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      (static_cast<unsigned char>(s[i + 2]) == 0xAF || static_cast<unsigned char>(s[i + 2]) == 0x89))
    return *len = 3, true;
  return false;
}

size_t SkipSpaces(std::string_view s, size_t i) {
  size_t len;
  while (i < s.size() && IsSpaceAt(s, i, &len)) i += len;
  return i;
}

// The folded word starting at `i` (letters only); *end is set past it.
std::string WordAt(std::string_view s, size_t i, size_t* end) {
  std::string w;
  size_t p = i;
  while (p < s.size()) {
    size_t q = p;
    char32_t c = DecodeUtf8(s, &q);
    if (!IsLetter(c)) break;
    AppendUtf8(FoldCodePoint(c), &w);
    p = q;
  }
  *end = p;
  return w;
}

// Position before the spaces that end right before `i`.
size_t SkipSpacesBack(std::string_view s, size_t i) {
  size_t len;
  while (i > 0) {
    size_t k = i - 1;
    while (k > 0 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
    if (!IsSpaceAt(s, k, &len)) break;
    i = k;
  }
  return i;
}

// The folded word ending right before `i` (skipping spaces); *start is set.
std::string WordBefore(std::string_view s, size_t i, size_t* start) {
  size_t b = SkipSpacesBack(s, i);
  while (b > 0) {
    size_t k = b - 1;
    while (k > 0 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
    size_t q = k;
    if (!IsLetter(DecodeUtf8(s, &q))) break;
    b = k;
  }
  *start = b;
  size_t end;
  return WordAt(s, b, &end);
}

int MonthOf(const std::string& w) {
  if (w.size() < 3) return 0;
  for (const Name& m : kMonths)
    if (w == m.word) return m.value;
  return 0;
}

bool IsOneOf(const std::string& w, const std::string_view* list, size_t n) {
  for (size_t i = 0; i < n; ++i)
    if (w == list[i]) return true;
  return false;
}

// Digits of s[b, e) as a number (e - b <= 9).
int Number(std::string_view s, size_t b, size_t e) {
  int v = 0;
  for (size_t i = b; i < e; ++i) v = v * 10 + (s[i] - '0');
  return v;
}

size_t DigitsEnd(std::string_view s, size_t i) {
  while (i < s.size() && IsDigit(s[i])) ++i;
  return i;
}

// Weekday and "ce" before the date expression starting at `start`.
void MarkContext(std::string_view s, PageDate* d) {
  size_t b;
  std::string w = WordBefore(s, d->start, &b);
  if (w == "le" || w == "the" || w == "du") w = WordBefore(s, b, &b);
  if (IsOneOf(w, kWeekdays, std::size(kWeekdays))) {
    d->weekday = true;
    w = WordBefore(s, b, &b);
  }
  if (IsOneOf(w, kDeictics, std::size(kDeictics))) d->deictic = true;
}

// Numeric forms at the digit run [b, e): YYYY-MM-DD, YYYY/MM/DD, DD/MM/YYYY,
// DD.MM.YYYY, DD-MM-YYYY.
bool NumericDate(std::string_view s, size_t b, size_t e, PageDate* d) {
  if (e >= s.size()) return false;
  char sep = s[e];
  if (sep != '-' && sep != '/' && sep != '.') return false;
  size_t b2 = e + 1, e2 = DigitsEnd(s, b2);
  if (e2 == b2 || e2 - b2 > 2 || e2 >= s.size() || s[e2] != sep) return false;
  size_t b3 = e2 + 1, e3 = DigitsEnd(s, b3);
  int a = Number(s, b, e), m = Number(s, b2, e2);
  if (e - b == 4 && e3 - b3 >= 1 && e3 - b3 <= 2) {
    d->year = a, d->month = m, d->day = Number(s, b3, e3);
  } else if (e - b <= 2 && e3 - b3 == 4) {
    d->year = Number(s, b3, e3);
    d->day = a, d->month = m;
    if (m > 12 && a <= 12) std::swap(d->day, d->month);  // US order
  } else {
    return false;
  }
  if (e3 < s.size()) {  // "2.10.2024b" is a version, not a date
    size_t q = e3;
    char32_t next = DecodeUtf8(s, &q);
    if (IsDigit(s[e3]) || IsLetter(next)) return false;
  }
  d->start = b, d->end = e3;
  return IsCalendarDate(d->year, d->month, d->day);
}

// "24 avril 2025", "1er mars 2024", "11 апреля 2025" with the day at [b, e).
bool DayMonthYear(std::string_view s, size_t b, size_t e, PageDate* d) {
  if (e - b > 2) return false;
  size_t p = e;
  if (p + 2 <= s.size() && s.substr(p, 2) == "er") p += 2;  // 1er
  else if (p + 2 <= s.size() && (s.substr(p, 2) == "st" || s.substr(p, 2) == "nd" || s.substr(p, 2) == "rd" ||
                                 s.substr(p, 2) == "th"))
    p += 2;
  size_t q = SkipSpaces(s, p);
  if (q == p) return false;
  size_t wend;
  int month = MonthOf(WordAt(s, q, &wend));
  if (month == 0) return false;
  if (wend < s.size() && s[wend] == '.') ++wend;
  size_t y = SkipSpaces(s, wend);
  if (y < s.size() && s[y] == ',') y = SkipSpaces(s, y + 1);
  size_t ye = DigitsEnd(s, y);
  if (ye - y != 4) return false;
  d->day = Number(s, b, e), d->month = month, d->year = Number(s, y, ye);
  d->start = b, d->end = ye;
  return IsCalendarDate(d->year, d->month, d->day);
}

// "novembre 29, 2024", "April 24 2025" with the day at [b, e).
bool MonthDayYear(std::string_view s, size_t b, size_t e, PageDate* d) {
  if (e - b > 2) return false;
  if (b == 0 || (s[b - 1] != ' ' && static_cast<unsigned char>(s[b - 1]) != 0xA0)) return false;
  size_t before = SkipSpacesBack(s, b);
  if (before > 0 && s[before - 1] == '.') --before;  // "févr. 3, 2021"
  size_t ws;
  int month = MonthOf(WordBefore(s, before, &ws));
  if (month == 0) return false;
  size_t p = e;
  if (p < s.size() && s[p] == ',') ++p;
  size_t y = SkipSpaces(s, p);
  if (y == p && p == e) return false;
  size_t ye = DigitsEnd(s, y);
  if (ye - y != 4) return false;
  d->month = month, d->day = Number(s, b, e), d->year = Number(s, y, ye);
  d->start = ws, d->end = ye;
  return IsCalendarDate(d->year, d->month, d->day);
}

// Days since 1970-01-01 to civil date (Howard Hinnant's algorithm).
void CivilFromDays(long z, int* y, int* m, int* d) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  *d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  *m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  *y = static_cast<int>(yoe + era * 400 + (*m <= 2));
}

std::string IsoOf(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

}  // namespace

std::string PageDate::Iso() const { return IsoOf(year, month, day); }

bool IsCalendarDate(int year, int month, int day) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  if (day > kDays[month - 1]) return false;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return !(month == 2 && day == 29 && !leap);
}

namespace {

// Position of the first ASCII digit at or after `i`, or s.size().
size_t NextDigit(std::string_view s, size_t i) {
#if defined(__SSE2__)
  for (; i + 16 <= s.size(); i += 16) {  // sixteen bytes at a time: most hold no digit
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const __m128i digit =
        _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
    if (const int m = _mm_movemask_epi8(digit); m != 0) return i + std::countr_zero(static_cast<unsigned>(m));
  }
#endif
  while (i < s.size() && !IsDigit(s[i])) ++i;
  return i;
}

}  // namespace

std::vector<PageDate> FindPageDates(std::string_view s) {
  std::vector<PageDate> out;
  size_t i = 0;
  while (i < s.size()) {
    i = NextDigit(s, i);
    if (i >= s.size()) break;
    size_t b = i, e = DigitsEnd(s, i);
    i = e;
    PageDate d;
    if (NumericDate(s, b, e, &d) || DayMonthYear(s, b, e, &d) || MonthDayYear(s, b, e, &d)) {
      MarkContext(s, &d);
      i = std::max(i, d.end);
      out.push_back(d);
    }
  }
  return out;
}

std::optional<std::string> DateFromUrl(std::string_view url) {
  size_t scheme = url.find("://");
  size_t path = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path == std::string_view::npos) return std::nullopt;
  std::string_view p = url.substr(path);
  // /YYYY/MM/DD
  for (size_t i = 0; i + 11 <= p.size(); ++i) {
    if (p[i] != '/') continue;
    size_t y = i + 1, ye = DigitsEnd(p, y);
    if (ye - y != 4 || ye >= p.size() || p[ye] != '/') continue;
    size_t m = ye + 1, me = DigitsEnd(p, m);
    if (me - m < 1 || me - m > 2 || me >= p.size() || p[me] != '/') continue;
    size_t d = me + 1, de = DigitsEnd(p, d);
    if (de - d < 1 || de - d > 2) continue;
    int yy = Number(p, y, ye), mm = Number(p, m, me), dd = Number(p, d, de);
    if (IsCalendarDate(yy, mm, dd) && yy >= 1995) return IsoOf(yy, mm, dd);
  }
  // Digit runs: YYYYMMDD (alone or opening a longer story id), or a Unix
  // time opening a slug ("/1689593041-title").
  for (size_t i = 0; i < p.size();) {
    if (!IsDigit(p[i])) {
      ++i;
      continue;
    }
    size_t b = i, e = DigitsEnd(p, i);
    i = e;
    bool segment_start = b > 0 && p[b - 1] == '/';
    if (e - b >= 8 && e - b <= 14 && !(e - b == 10 && segment_start && e < p.size() && p[e] == '-')) {
      int yy = Number(p, b, b + 4), mm = Number(p, b + 4, b + 6), dd = Number(p, b + 6, b + 8);
      if (IsCalendarDate(yy, mm, dd) && yy >= 1995) return IsoOf(yy, mm, dd);
    }
    if (e - b == 10 && segment_start && e < p.size() && p[e] == '-') {
      long t = 0;
      for (size_t k = b; k < e; ++k) t = t * 10 + (p[k] - '0');
      if (t >= 1104537600L && t < 2051222400L) {  // 2005 .. 2035
        int yy, mm, dd;
        CivilFromDays(t / 86400, &yy, &mm, &dd);
        return IsoOf(yy, mm, dd);
      }
    }
  }
  return std::nullopt;
}

std::optional<std::string> NormalizeDateValue(std::string_view value) {
  if (value.size() >= 10 && IsDigit(value[0]) && value[4] == '-' && value[7] == '-') {
    bool digits = true;
    for (int k : {0, 1, 2, 3, 5, 6, 8, 9}) digits = digits && IsDigit(value[k]);
    if (digits) {
      int y = Number(value, 0, 4), m = Number(value, 5, 7), d = Number(value, 8, 10);
      if (IsCalendarDate(y, m, d)) return IsoOf(y, m, d);
      return std::nullopt;
    }
  }
  std::vector<PageDate> dates = FindPageDates(value);
  if (dates.empty()) return std::nullopt;
  return dates.front().Iso();
}

}  // namespace veille
