// libFuzzer target for the readers: ParseHtml and ReadWarc on arbitrary
// bytes. The first byte picks how the rest is fed to the WARC reader (as is,
// gzip-compressed or zstd-compressed), so the fuzzer reaches the record
// parser under each decompressor, not only the decompressors' header checks.
// Built only with -DVEILLE_BUILD_FUZZ=ON and clang (fuzz/CMakeLists.txt).
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>

#include "ingest/html.h"
#include "ingest/warc.h"
#include "ingest/warc_testing.h"

namespace {

using veille::testing::Gzip;
using veille::testing::Zstd;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  veille::Result<veille::HtmlDocument> doc = veille::ParseHtml(bytes, "fuzz");
  (void)doc;
  if (bytes.empty()) return 0;
  std::string_view rest = bytes.substr(1);
  std::string packed;
  switch (static_cast<unsigned char>(bytes[0]) % 3) {
    case 0: packed = std::string(rest); break;
    case 1: packed = Gzip(rest); break;
    default: packed = Zstd(rest); break;
  }
  std::istringstream in(packed);
  veille::WarcOptions options;
  options.max_record_bytes = size_t{1} << 20;
  size_t articles = 0;
  veille::ReadWarc(
      in, "fuzz", options,
      [&](veille::Article&& a) {
        ++articles;
        (void)veille::ParseHtml(a.body, a.id);
      },
      [](const veille::Status&) {});
  return 0;
}
