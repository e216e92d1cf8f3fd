#include "ingest/decode.h"

#include <uchardet.h>
#include <unicode/ucnv.h>

#include <memory>

#include "base/strings.h"
#include "base/utf8.h"

namespace veille {
namespace {

struct UchardetDeleter {
  void operator()(uchardet_t u) const { uchardet_delete(u); }
};

std::string GuessCharset(std::string_view bytes) {
  std::unique_ptr<std::remove_pointer_t<uchardet_t>, UchardetDeleter> det(uchardet_new());
  if (!det) return {};
  if (uchardet_handle_data(det.get(), bytes.data(), bytes.size()) != 0) return {};
  uchardet_data_end(det.get());
  const char* cs = uchardet_get_charset(det.get());
  return cs ? cs : "";
}

Result<std::string> Convert(std::string_view bytes, const std::string& charset, const std::string& name) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(bytes.size() * 3 + 4, '\0');
  int32_t n = ucnv_convert("UTF-8", charset.c_str(), out.data(), static_cast<int32_t>(out.size()),
                           bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status))
    return Status::ParseError(name + ": cannot convert from " + charset + ": " + u_errorName(status));
  out.resize(static_cast<size_t>(n));
  return out;
}

}  // namespace

bool LooksBinary(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 8192);
  size_t controls = 0;
  for (unsigned char c : head) {
    if (c == 0) return true;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++controls;
  }
  return controls * 20 > head.size();  // more than 5 % control bytes
}

Result<std::string> DecodeToUtf8(std::string_view bytes, const std::string& name) {
  if (TrimSpace(bytes).empty()) return Status::ParseError(name + ": empty: no text to read");
  if (LooksBinary(bytes)) return Status::ParseError(name + ": binary data, not text");
  if (IsValidUtf8(bytes)) {
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    return std::string(bytes);
  }
  std::string charset = GuessCharset(bytes);
  if (charset.empty() || charset == "ASCII" || charset == "UTF-8") charset = "windows-1252";
  return Convert(bytes, charset, name);
}

}  // namespace veille
