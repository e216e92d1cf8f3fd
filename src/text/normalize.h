// Unicode normalisation of article text.
#ifndef VEILLE_TEXT_NORMALIZE_H_
#define VEILLE_TEXT_NORMALIZE_H_

#include <string>
#include <string_view>

namespace veille {

// NFC form of valid UTF-8 `s` (ICU). ASCII and text already in NFC are
// returned unchanged without a round trip through UTF-16.
std::string NormalizeNfc(std::string_view s);

}  // namespace veille

#endif  // VEILLE_TEXT_NORMALIZE_H_
