// Readers: turn paths (files, directories, "-" for stdin) into Articles.
//
// The format is chosen by name: by file extension (.txt and anything else:
// text; .html/.htm: html; .jsonl/.ndjson: jsonl; .warc/.warc.gz: warc), or
// for stdin by ReaderOptions::stdin_format. Directories are walked
// recursively in byte order of their paths, so runs are reproducible.
// A file that cannot be read or parsed is passed to `on_error` with a Status
// naming it and the reason, and reading goes on.
#ifndef VEILLE_READER_H_
#define VEILLE_READER_H_

#include <functional>
#include <string>
#include <vector>

#include "veille/document.h"
#include "veille/options.h"
#include "veille/status.h"

namespace veille {

using ArticleSink = std::function<void(Article&&)>;
using ErrorSink = std::function<void(const Status&)>;

// Reads every input in order. Returns non-OK only for a failure that stops
// the whole run (none today); per-file failures go to `on_error`.
Status ReadInputs(const std::vector<std::string>& paths, const ReaderOptions& options,
                  const ArticleSink& on_article, const ErrorSink& on_error);

}  // namespace veille

#endif  // VEILLE_READER_H_
