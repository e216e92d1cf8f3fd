// Format readers behind ReadInputs (include/veille/reader.h).
#ifndef VEILLE_INGEST_READERS_H_
#define VEILLE_INGEST_READERS_H_

#include <istream>
#include <string>
#include <string_view>

#include "veille/reader.h"

namespace veille {

// Format of a file from its name: "text", "html", "jsonl" or "warc"
// (.warc, .warc.gz, .warc.zst; WARC files are read by ReadWarc, warc.h).
std::string FormatFromName(std::string_view path);

// Format of a stream from its first bytes (used for stdin in "auto" mode);
// gzip or zstd data is taken for WARC.
std::string SniffFormat(std::string_view head);

// Reads one stream as ReadInputs reads "-" (standard input): in the format
// options.stdin_format names, or for "auto" the format its first bytes show
// (SniffFormat; leading whitespace is dropped). Messages name it "<stdin>".
void ReadInputStream(std::istream& in, const ReaderOptions& options, const ArticleSink& on_article,
                     const ErrorSink& on_error);

// Reads one JSON Lines stream. `name` prefixes error messages ("name:line: ...").
void ReadJsonLines(std::istream& in, const std::string& name, const ArticleSink& on_article,
                   const ErrorSink& on_error);

// One article from a whole text or HTML file's bytes; the body is made
// UTF-8 (HTML: HtmlToUtf8 in html.h, which honours the page's declared
// charset; text: DecodeToUtf8). Fails on empty or binary bytes.
Result<Article> ArticleFromBytes(std::string_view bytes, const std::string& id,
                                 const std::string& format, const std::string& name);

}  // namespace veille

#endif  // VEILLE_INGEST_READERS_H_
