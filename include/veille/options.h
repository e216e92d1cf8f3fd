// Options of the engine and of the readers. CLI flags and HTTP parameters
// only fill these structs; every field has its default beside it.
#ifndef VEILLE_OPTIONS_H_
#define VEILLE_OPTIONS_H_

#include <cstddef>
#include <string>

namespace veille {

struct EngineOptions {
  // Directory holding the dictionaries (actors/, events/, ingest/, text/).
  // Default: empty = $VEILLE_DATA_DIR if set, else the build's data/ folder.
  std::string data_dir;
  // The latest year an article without publication date can be from: when
  // such an article names no year, "le jeudi 8 février" is dated to the most
  // recent 8 February up to this year that fell on a Thursday.
  // Default: 0 = the current year (system clock); tests pass a fixed year.
  int latest_year = 0;
};

struct ReaderOptions {
  // Format of standard input and of files whose name tells nothing:
  // "auto" sniffs the first bytes. One of auto, text, html, jsonl, warc.
  // Default: "auto".
  std::string stdin_format = "auto";
  // Files larger than this are reported and skipped. Default: 256 MiB.
  size_t max_file_bytes = size_t{256} << 20;
};

}  // namespace veille

#endif  // VEILLE_OPTIONS_H_
