// Language identification (CLD2).
#ifndef VEILLE_INGEST_LANGID_H_
#define VEILLE_INGEST_LANGID_H_

#include <string>
#include <string_view>

namespace veille {

// ISO 639-1 code of the main language of `text` ("fr", "en", "ru"...), or
// "und" when CLD2 cannot tell. Only the first `max_bytes` (cut at a code
// point boundary) are read: CLD2 runs at ~18 MB/s and a sample suffices.
std::string DetectLanguage(std::string_view text, size_t max_bytes = 16384);

}  // namespace veille

#endif  // VEILLE_INGEST_LANGID_H_
