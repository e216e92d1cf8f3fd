// Tokens and sentences for the event coder. Tested by tokenize_test.cc.
#include "events/tokenize.h"

#include <functional>
#include <memory>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include "base/utf8.h"

namespace veille {
namespace {

bool IsLetter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  if (c == 0xD7 || c == 0xF7) return false;
  if (c >= 0xC0 && c <= 0x24F) return true;
  if (c >= 0x370 && c < 0x2000) return true;  // Greek, Cyrillic, Arabic...
  return c >= 0x3040 && c != 0xFEFF && c != 0xFFFD;
}

bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x2018; }

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x202F ||
         (c >= 0x2000 && c <= 0x200B);
}

bool IsUpper(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) || c == 0x152;
}

// Words that elide before a vowel: "l'", "d'", "qu'", "jusqu'"...
bool IsElidedPrefix(std::string_view w) {
  static const std::string_view kElided[] = {"l",  "d",  "j",     "m",      "n",      "s",
                                             "t",  "c",  "qu",    "jusqu",  "lorsqu", "puisqu",
                                             "quoiqu", "presqu"};
  for (auto e : kElided)
    if (w == e) return true;
  return false;
}

}  // namespace

std::string LowerFrench(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool ascii = true;
  for (char c : s) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (ascii) {  // the common case, without decoding
    for (char c : s) out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    return out;
  }
  for (size_t i = 0; i < s.size();) {
    char32_t c = DecodeUtf8(s, &i);
    if (IsUpper(c)) c = c == 0x152 ? 0x153 : c + 0x20;
    else if (c == 0x178) c = 0xFF;
    if (c == 0x2019 || c == 0x2018) c = '\'';
    AppendUtf8(c, &out);
  }
  return out;
}

std::string FoldAccents(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    char32_t c = DecodeUtf8(s, &i);
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

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> out;
  out.reserve(text.size() / 5);
  size_t i = 0;
  while (i < text.size()) {
    size_t start = i;
    char32_t c = static_cast<unsigned char>(text[i]) < 0x80 ? static_cast<char32_t>(text[i++]) : DecodeUtf8(text, &i);
    if (IsSpace(c)) continue;
    if (c == 0xAB || c == 0xBB || c == '"' || c == 0x201C || c == 0x201D || c == 0x2039 || c == 0x203A)
      continue;  // quotation marks: transparent to clause analysis
    if (!IsLetter(c)) {
      out.push_back({LowerFrench(text.substr(start, i - start)), {start, i}, false, false});
      continue;
    }
    bool upper = IsUpper(c);
    size_t end = i;
    while (end < text.size()) {
      size_t next = end;
      char32_t d = static_cast<unsigned char>(text[next]) < 0x80 ? static_cast<char32_t>(text[next++])
                                                                  : DecodeUtf8(text, &next);
      if (IsLetter(d)) { end = next; continue; }
      if (IsApostrophe(d)) {  // "l'armée": the elided word keeps its apostrophe
        std::string head = LowerFrench(text.substr(start, end - start));
        if (IsElidedPrefix(head)) { end = next; break; }
        if (head == "aujourd") { end = next; continue; }
        break;
      }
      if (d == '-' && next < text.size()) {  // "Burkina-Faso", "a-t-il"
        size_t after = next;
        if (IsLetter(DecodeUtf8(text, &after))) { end = next; continue; }
      }
      break;
    }
    i = end;
    out.push_back({LowerFrench(text.substr(start, end - start)), {start, end}, true, upper});
  }
  return out;
}

std::vector<Span> SplitSentences(std::string_view text) {
  return SplitSentences(text, [](size_t, size_t) { return true; });
}

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
        UErrorCode e = U_ZERO_ERROR;
        UText* ut = utext_openUTF8(nullptr, line.data(), static_cast<int64_t>(line.size()), &e);
        it->setText(ut, e);
        int32_t prev = 0;
        for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
          out.push_back({line_start + prev, line_start + static_cast<size_t>(b)});
          prev = b;
        }
        utext_close(ut);
      }
    }
    if (nl == std::string_view::npos) break;
    line_start = nl + 1;
  }
  return out;
}

}  // namespace veille
