// Turning raw input bytes into UTF-8 text, or saying why they are not text.
#ifndef VEILLE_INGEST_DECODE_H_
#define VEILLE_INGEST_DECODE_H_

#include <string>
#include <string_view>

#include "veille/status.h"

namespace veille {

// Returns `bytes` as UTF-8. Valid UTF-8 passes through (a leading BOM is
// dropped). Other text is converted from the charset uchardet guesses, with
// ICU. Fails with kParseError ("binary data", "empty") when the bytes are
// not text at all; `name` is used in the message.
Result<std::string> DecodeToUtf8(std::string_view bytes, const std::string& name);

// True when `bytes` looks like binary data: NUL bytes, or many C0 controls
// other than tab, newline, carriage return and form feed, in the first 8 KiB.
bool LooksBinary(std::string_view bytes);

}  // namespace veille

#endif  // VEILLE_INGEST_DECODE_H_
