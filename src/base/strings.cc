#include "base/strings.h"

#include <algorithm>
#include <cctype>

namespace veille {
namespace {

// Length of a space at the start (or, with at_end, at the end) of `s`, 0 if none.
size_t SpaceLen(std::string_view s, bool at_end) {
  static constexpr std::string_view kSpaces[] = {
      "\xC2\xA0",      // U+00A0 no-break space
      "\xE2\x80\x80", "\xE2\x80\x81", "\xE2\x80\x82", "\xE2\x80\x83", "\xE2\x80\x84",
      "\xE2\x80\x85", "\xE2\x80\x86", "\xE2\x80\x87", "\xE2\x80\x88", "\xE2\x80\x89",
      "\xE2\x80\x8A", "\xE2\x80\x8B",  // U+2000..U+200B
      "\xE2\x80\xAF",  // U+202F narrow no-break space
      "\xE3\x80\x80",  // U+3000 ideographic space
      "\xEF\xBB\xBF",  // U+FEFF byte order mark
  };
  if (s.empty()) return 0;
  unsigned char c = at_end ? s.back() : s.front();
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  for (std::string_view sp : kSpaces) {
    if (at_end ? s.ends_with(sp) : s.starts_with(sp)) return sp.size();
  }
  return 0;
}

}  // namespace

std::string_view TrimSpace(std::string_view s) {
  while (size_t n = SpaceLen(s, false)) s.remove_prefix(n);
  while (size_t n = SpaceLen(s, true)) s.remove_suffix(n);
  return s;
}

std::vector<std::string_view> SplitLines(std::string_view s) {
  std::vector<std::string_view> lines;
  lines.reserve(static_cast<size_t>(std::count(s.begin(), s.end(), '\n')) + 1);  // one allocation, not one per doubling
  size_t start = 0;
  while (start <= s.size()) {
    size_t nl = s.find('\n', start);
    if (nl == std::string_view::npos) nl = s.size();
    std::string_view line = s.substr(start, nl - start);
    if (line.ends_with('\r')) line.remove_suffix(1);
    lines.push_back(line);
    if (nl == s.size()) break;
    start = nl + 1;
  }
  return lines;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool EndsWithIgnoreCase(std::string_view s, std::string_view suffix) {
  if (suffix.size() > s.size()) return false;
  return AsciiLower(s.substr(s.size() - suffix.size())) == AsciiLower(suffix);
}

}  // namespace veille
