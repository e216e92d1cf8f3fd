// Name keys. Two steps per word:
//  1. script and accents: Latin letters up to U+024F fold through a table
//     built once with ICU (NFD, marks removed, lower-cased, plus ß/æ/œ/ø/ł...);
//     any other script goes through an ICU transliterator
//     (Russian-Latin/BGN; Any-Latin) first. The result is lower-case ASCII.
//  2. romanisation rules on that ASCII, in order: doubled letters collapse;
//     initial ye-/je- become e-; then a left-to-right scan rewrites
//     tsch/tch/sch/tsh/sh/ch -> c, dzh/dj/zh/j -> j, kh and h dropped (kept as h at the start of a word), ph -> f, th -> t,
//     gh -> g, x -> ks, qu/q/ck -> k, soft c -> s, hard c -> k, w -> v, z -> s,
//     y -> i, ou -> u, gu before e/i -> g; a final j after a vowel
//     becomes i, a final e after a consonant drops (Poutine/Putin), and
//     doubled letters collapse again.
// The rules are deliberately lossy: a key only has to bring spellings of one
// name together; whole names are compared word by word.
// Tested by name_key_test.cc.
#include "text/name_key.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <memory>

#include "base/utf8.h"

namespace veille {
namespace {

constexpr char32_t kTableSize = 0x250;

// Lower-case ASCII replacement of every code point below U+0250 ("" when the
// code point is not a letter or digit).
const std::array<std::string, kTableSize>& LatinTable() {
  static const std::array<std::string, kTableSize> table = [] {
    std::array<std::string, kTableSize> t;
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    for (char32_t cp = 0; cp < kTableSize; ++cp) {
      if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z') t[cp] = std::string(1, static_cast<char>(cp - 'A' + 'a'));
        if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) t[cp] = std::string(1, static_cast<char>(cp));
        continue;
      }
      icu::UnicodeString d;
      if (U_SUCCESS(status)) d = nfd->normalize(icu::UnicodeString(static_cast<UChar32>(cp)), status);
      for (int32_t i = 0; i < d.length(); ++i) {
        UChar c = d.charAt(i);
        if (c < 0x80 && u_isalnum(c)) t[cp] += static_cast<char>(u_tolower(c));
      }
    }
    const std::pair<char32_t, const char*> kSpecial[] = {
        {U'ß', "ss"}, {U'æ', "ae"}, {U'Æ', "ae"}, {U'œ', "oe"}, {U'Œ', "oe"}, {U'ø', "o"},
        {U'Ø', "o"},  {U'ł', "l"},  {U'Ł', "l"},  {U'đ', "d"},  {U'Đ', "d"},  {U'ı', "i"},
        {U'þ', "th"}, {U'Þ', "th"}, {U'ð', "d"},  {U'Ð', "d"},  {U'ħ', "h"},  {U'Ħ', "h"}};
    for (const auto& [cp, s] : kSpecial) t[cp] = s;
    return t;
  }();
  return table;
}

// One ICU transliterator per thread: Transliterator is not thread-safe.
icu::Transliterator* ThreadTransliterator() {
  thread_local std::unique_ptr<icu::Transliterator> t = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> made(icu::Transliterator::createInstance(
        "Russian-Latin/BGN; Any-Latin", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) made.reset();
    return made;
  }();
  return t.get();
}

// Step 1: lower-case ASCII letters and digits of `word`.
std::string ToAscii(std::string_view word) {
  const auto& table = LatinTable();
  std::string out;
  out.reserve(word.size());
  size_t pos = 0;
  bool other_script = false;
  while (pos < word.size()) {
    // ASCII letters and digits (most of a name) without decoding or the
    // table's strings.
    char c = word[pos];
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += c;
      ++pos;
      continue;
    }
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
      ++pos;
      continue;
    }
    char32_t cp = DecodeUtf8(word, &pos);
    if (cp < kTableSize) {
      out += table[cp];
    } else {
      other_script = true;
      break;
    }
  }
  if (!other_script) return out;
  icu::Transliterator* t = ThreadTransliterator();
  if (t == nullptr) return out;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  t->transliterate(u);
  out.clear();
  for (int32_t i = 0; i < u.length();) {
    UChar32 cp = u.char32At(i);
    i += U16_LENGTH(cp);
    if (cp >= 0 && static_cast<char32_t>(cp) < kTableSize) out += table[cp];
  }
  return out;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

// Runs of one letter become one letter, in place (no new string).
void CollapseDoubles(std::string* s) { s->erase(std::unique(s->begin(), s->end()), s->end()); }

// Step 2: the romanisation rules on lower-case ASCII `s`. A switch on the
// current letter picks the few rules that can start there, longest first.
std::string Romanise(std::string s) {
  CollapseDoubles(&s);
  if (s.size() > 2 && (s.compare(0, 2, "ye") == 0 || (s.compare(0, 2, "je") == 0 && !IsVowel(s[2]))))
    s.erase(0, 1);
  std::string out;
  out.reserve(s.size() + 2);
  size_t i = 0;
  auto at = [&](std::string_view what) { return s.compare(i, what.size(), what) == 0; };
  auto next_is = [&](size_t k, std::string_view set) {
    return i + k < s.size() && set.find(s[i + k]) != std::string_view::npos;
  };
  while (i < s.size()) {
    char c = s[i];
    size_t used = 1;
    switch (c) {
      case 't':
        if (at("tsch")) out += 'c', used = 4;
        else if (at("tch") || at("tsh")) out += 'c', used = 3;
        else if (at("th")) out += 't', used = 2;
        else out += 't';
        break;
      case 'd':
        if (at("dzh")) out += 'j', used = 3;
        else if (at("dj")) out += 'j', used = 2;
        else out += 'd';
        break;
      case 's':
        if (at("sch")) out += 'c', used = 3;
        else if (at("sh")) out += 'c', used = 2;
        else out += 's';
        break;
      case 'c':
        if (at("ch")) out += 'c', used = 2;
        else if (at("ck")) out += 'k', used = 2;
        else out += next_is(1, "eiy") ? 's' : 'k';
        break;
      case 'z':
        if (at("zh")) out += 'j', used = 2;
        else out += 's';
        break;
      case 'k':
        if (at("kh")) {  // kh is h: dropped, except at the start of the word
          if (i == 0) out += 'h';
          used = 2;
        } else {
          out += 'k';
        }
        break;
      case 'p':
        if (at("ph")) out += 'f', used = 2;
        else out += 'p';
        break;
      case 'g':
        out += 'g';
        if (at("gh")) used = 2;
        else if (next_is(1, "u") && next_is(2, "ei")) used = 2;  // gue, gui
        break;
      case 'q':
        out += 'k';
        if (at("qu")) used = 2;
        break;
      case 'o':
        if (at("ou")) out += 'u', used = 2;
        else out += 'o';
        break;
      case 'x':
        out += "ks";
        break;
      case 'w':
        out += 'v';
        break;
      case 'y':
        out += 'i';
        break;
      case 'j':
        out += (i + 1 == s.size() && !out.empty() && IsVowel(out.back())) ? 'i' : 'j';
        break;
      case 'h':
        if (i == 0) out += 'h';  // Hammad is not Ahmad
        break;
      default:
        out += c;
    }
    i += used;
  }
  if (out.size() > 3 && out.back() == 'e' && !IsVowel(out[out.size() - 2])) out.pop_back();
  CollapseDoubles(&out);
  return out;
}

bool IsSeparator(char32_t cp) {
  return cp == ' ' || cp == '-' || cp == '.' || cp == ',' || cp == '\t' || cp == '\n' ||
         cp == 0xA0 || cp == 0x2010 || cp == 0x2011 || cp == 0x2013 || cp == 0x202F;
}

}  // namespace

std::string AsciiFold(std::string_view word) { return ToAscii(word); }

bool FoldLatin(char32_t cp, std::string_view* out) {
  if (cp >= kTableSize) return false;
  *out = LatinTable()[cp];
  return true;
}

std::string WordKey(std::string_view word) {
  std::string ascii = ToAscii(word);
  if (ascii.empty()) return ascii;
  return Romanise(std::move(ascii));
}

std::vector<std::string> NameKeyWords(std::string_view name) {
  std::vector<std::string> keys;
  size_t pos = 0;
  size_t word_start = 0;
  auto flush = [&](size_t end) {
    if (end > word_start) {
      std::string k = WordKey(name.substr(word_start, end - word_start));
      if (!k.empty()) keys.push_back(std::move(k));
    }
  };
  while (pos < name.size()) {
    size_t before = pos;
    char32_t cp = DecodeUtf8(name, &pos);
    if (IsSeparator(cp)) {
      flush(before);
      word_start = pos;
    }
  }
  flush(name.size());
  return keys;
}

std::string NameKey(std::string_view name) {
  std::string out;
  for (const std::string& k : NameKeyWords(name)) {
    if (!out.empty()) out += ' ';
    out += k;
  }
  return out;
}

}  // namespace veille
