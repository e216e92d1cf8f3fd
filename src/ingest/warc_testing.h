// Builders of WARC bytes for tests and fuzzing: compressed members and
// records written byte by byte, so fixtures need no files from elsewhere.
// Header-only; used by warc_test.cc, readers_test.cc and fuzz/fuzz_readers.cc.
#ifndef VEILLE_INGEST_WARC_TESTING_H_
#define VEILLE_INGEST_WARC_TESTING_H_

#include <zlib.h>
#include <zstd.h>

#include <cstdio>
#include <string>
#include <string_view>

namespace veille::testing {

// One gzip member holding `data` ("" if zlib fails).
inline std::string Gzip(std::string_view data) {
  z_stream z{};
  if (deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return {};
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

// One zstd frame holding `data` ("" if zstd fails).
inline std::string Zstd(std::string_view data) {
  std::string out(ZSTD_compressBound(data.size()), '\0');
  size_t n = ZSTD_compress(out.data(), out.size(), data.data(), data.size(), 3);
  if (ZSTD_isError(n)) return {};
  out.resize(n);
  return out;
}

// A WARC record; `declared` overrides Content-Length (a truncated record
// declares more than it holds).
inline std::string WarcRecord(const std::string& type, const std::string& id, const std::string& uri,
                              const std::string& content_type, const std::string& block, size_t declared = 0) {
  std::string r = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + id + ">\r\n";
  if (!uri.empty()) r += "WARC-Target-URI: " + uri + "\r\n";
  r += "WARC-Date: 2025-04-11T10:00:00Z\r\nContent-Type: " + content_type + "\r\n";
  r += "Content-Length: " + std::to_string(declared ? declared : block.size()) + "\r\n\r\n";
  return r + block + "\r\n\r\n";
}

// An HTTP response message.
inline std::string HttpResponse(const std::string& status, const std::string& headers, const std::string& body) {
  return "HTTP/1.1 " + status + "\r\n" + headers + "Server: test\r\n\r\n" + body;
}

// A response record for https://e.example/ID holding the HTML page `html`;
// `extra_length` declares that many bytes more than the record holds.
inline std::string HtmlResponseRecord(const std::string& id, const std::string& html, size_t extra_length = 0) {
  std::string block = HttpResponse("200 OK", "Content-Type: text/html\r\n", html);
  return WarcRecord("response", id, "https://e.example/" + id, "application/http; msgtype=response", block,
                    block.size() + extra_length);
}

// `body` in HTTP chunked transfer coding, `piece` bytes a chunk.
inline std::string Chunked(std::string_view body, size_t piece) {
  std::string out;
  for (size_t i = 0; i < body.size(); i += piece) {
    std::string_view part = body.substr(i, piece);
    char size[16];
    std::snprintf(size, sizeof size, "%zx", part.size());
    out += std::string(size) + ";ext=1\r\n" + std::string(part) + "\r\n";
  }
  return out + "0\r\n\r\n";
}

}  // namespace veille::testing

#endif  // VEILLE_INGEST_WARC_TESTING_H_
