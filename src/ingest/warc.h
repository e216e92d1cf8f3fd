// WARC reader: web archive files (ISO 28500, WARC/1.0 and 1.1) as Articles.
//
// A WARC file is a sequence of records, each a block of WARC headers, a blank
// line, Content-Length bytes of content and two line ends. Files come plain
// (.warc), gzip-compressed (.warc.gz: usually one gzip member per record,
// sometimes the whole file in one member) or zstd-compressed (.warc.zst, with
// or without the dictionary frame the WARC zstd convention puts first); the
// compression is told by the first bytes, not by the name.
//
// Each `response` record holding an HTTP 2xx response whose Content-Type is
// text/html or application/xhtml+xml (or, with no Content-Type, whose body
// starts like HTML) becomes one Article with format "html", id = the
// WARC-Record-ID without its angle brackets ("urn:uuid:..."), url = the
// WARC-Target-URI. `resource` records of an HTML type are read the same way.
// The HTTP body is de-chunked (Transfer-Encoding: chunked) and decompressed
// (Content-Encoding: gzip, x-gzip, deflate, zstd), then converted to UTF-8
// with the charset of the HTTP Content-Type, else the page's own declaration
// (HtmlToUtf8 in html.h): Article::body is always UTF-8 HTML.
//
// Records that are not HTML pages (request, metadata, warcinfo, revisit,
// images, PDFs, redirects, errors) are skipped silently: they are not
// articles. A broken record (bad HTTP head, corrupt compressed body) gives
// one error naming the file and the record number, and reading goes on.
// When the stream itself breaks (a truncated record, a missing version line,
// corrupt gzip data) one error says where and why, and reading stops; the
// records before it have been passed on already.
#ifndef VEILLE_INGEST_WARC_H_
#define VEILLE_INGEST_WARC_H_

#include <cstddef>
#include <istream>
#include <string>

#include "veille/reader.h"

namespace veille {

struct WarcOptions {
  // HTML records whose content or decoded body is larger than this are
  // reported and skipped (other records are skipped whatever their size,
  // without being held in memory). Default: 256 MiB.
  size_t max_record_bytes = size_t{256} << 20;
};

// Reads the WARC stream `in` record by record, holding at most one record in
// memory. `name` names the stream in error messages ("name: record 7: ...",
// records counted from 1). Thread-compatible: one call per stream.
void ReadWarc(std::istream& in, const std::string& name, const WarcOptions& options,
              const ArticleSink& on_article, const ErrorSink& on_error);

}  // namespace veille

#endif  // VEILLE_INGEST_WARC_H_
