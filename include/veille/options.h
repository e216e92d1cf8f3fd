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
