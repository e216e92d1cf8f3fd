// Format readers behind ReadInputs (include/veille/reader.h).
#ifndef VEILLE_INGEST_READERS_H_
#define VEILLE_INGEST_READERS_H_

#include <istream>
#include <string>
#include <string_view>

#include "veille/reader.h"

namespace veille {

// Format of a file from its name: "text", "html", "jsonl" or "warc".
std::string FormatFromName(std::string_view path);

// Format of a stream from its first bytes (used for stdin in "auto" mode).
std::string SniffFormat(std::string_view head);

// Reads one JSON Lines stream. `name` prefixes error messages ("name:line: ...").
void ReadJsonLines(std::istream& in, const std::string& name, const ArticleSink& on_article,
                   const ErrorSink& on_error);

// One article from a whole text or HTML file's bytes.
Result<Article> ArticleFromBytes(std::string_view bytes, const std::string& id,
                                 const std::string& format, const std::string& name);

}  // namespace veille

#endif  // VEILLE_INGEST_READERS_H_
