// The CLI's verbs. main.cc parses flags (CLI11 lives only there: it is slow
// to compile) into these option structs and calls the verb; each verb
// returns the process exit status.
#ifndef VEILLE_CLI_VERBS_H_
#define VEILLE_CLI_VERBS_H_

#include <string>
#include <vector>

#include "veille/options.h"

namespace veille::cli {

// Exit statuses shared by every verb.
inline constexpr int kExitOk = 0;
inline constexpr int kExitSomethingSkipped = 1;  // some input was reported and skipped
inline constexpr int kExitFailure = 2;           // usage error or nothing could be done

struct ExtractOptions {
  std::vector<std::string> inputs;  // files, directories, "-"
  std::string format = "jsonl";     // record writer name
  int threads = 0;                  // 0 = one per core
  bool progress = true;             // a progress line, only when stderr is a terminal
  EngineOptions engine;
  ReaderOptions reader;
};

int RunExtract(const ExtractOptions& options);

// `veille dict check`: loads and validates every dictionary, printing
// "file:line: problem" for each error. Implemented in dict.cc.
struct DictCheckOptions {
  EngineOptions engine;
};
int RunDictCheck(const DictCheckOptions& options);

// `veille dates TEXT --dct DATE`: prints every date expression of TEXT with
// its normalised value. Implemented in dates.cc.
struct DatesOptions {
  std::string text;  // the text, or "-" to read it from stdin
  std::string dct;   // "YYYY-MM-DD" or empty
};
int RunDates(const DatesOptions& options);

}  // namespace veille::cli

#endif  // VEILLE_CLI_VERBS_H_
