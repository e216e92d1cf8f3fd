// Small string helpers used across modules.
#ifndef VEILLE_BASE_STRINGS_H_
#define VEILLE_BASE_STRINGS_H_

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

}  // namespace veille

#endif  // VEILLE_BASE_STRINGS_H_
