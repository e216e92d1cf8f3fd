// Small string helpers used across modules.
#ifndef VEILLE_BASE_STRINGS_H_
#define VEILLE_BASE_STRINGS_H_

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace veille {

// ASCII whitespace and the Unicode spaces news pages use (NBSP, thin space,
// ideographic space...) trimmed from both ends.
std::string_view TrimSpace(std::string_view s);

// Splits on '\n'; a trailing '\r' is removed from each line.
std::vector<std::string_view> SplitLines(std::string_view s);

// ASCII lower-casing; other bytes unchanged.
std::string AsciiLower(std::string_view s);

bool EndsWithIgnoreCase(std::string_view s, std::string_view suffix);

// Steps through the words of `s` separated by ' ' (runs of spaces give no
// empty word). Start with *pos = 0; each call sets *word to the next word
// and returns true, or returns false at the end. No allocation:
//   size_t pos = 0; std::string_view w;
//   while (NextWord(s, &pos, &w)) ...
// Inline: it runs per word on the cleaner's hot path.
inline bool NextWord(std::string_view s, size_t* pos, std::string_view* word) {
  size_t start = s.find_first_not_of(' ', *pos);
  if (start == std::string_view::npos) {
    *pos = s.size();
    return false;
  }
  size_t end = std::min(s.find(' ', start), s.size());
  *word = s.substr(start, end - start);
  *pos = end;
  return true;
}


}  // namespace veille

#endif  // VEILLE_BASE_STRINGS_H_
