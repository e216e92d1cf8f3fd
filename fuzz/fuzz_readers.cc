// libFuzzer target for the readers: ParseHtml and ReadWarc on arbitrary
// bytes. The first byte picks how the rest is fed to the WARC reader (as is,
// gzip-compressed or zstd-compressed), so the fuzzer reaches the record
// parser under each decompressor, not only the decompressors' header checks.
// Built only with -DVEILLE_BUILD_FUZZ=ON and clang (fuzz/CMakeLists.txt).
#include <zlib.h>
#include <zstd.h>

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>

#include "ingest/html.h"
#include "ingest/warc.h"

namespace {

std::string Gzip(std::string_view data) {
  z_stream z{};
  if (deflateInit2(&z, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return {};
  std::string out(deflateBound(&z, data.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

std::string Zstd(std::string_view data) {
  std::string out(ZSTD_compressBound(data.size()), '\0');
  size_t n = ZSTD_compress(out.data(), out.size(), data.data(), data.size(), 1);
  if (ZSTD_isError(n)) return {};
  out.resize(n);
  return out;
}

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
