// The CLI's verbs. main.cc parses flags (CLI11 lives only there: it is slow
// to compile) into these option structs and calls the verb; each verb
// returns the process exit status.
#ifndef VEILLE_CLI_VERBS_H_
#define VEILLE_CLI_VERBS_H_

#include <string>
#include <vector>

#include "veille/options.h"
#include "veille/store.h"

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

// `veille ingest`: extracts articles (or reads document records) and stores
// them in a knowledge base. Implemented in ingest.cc.
struct IngestOptions {
  std::vector<std::string> inputs;  // files, directories, "-"
  std::string db = "veille.db";
  bool records = false;      // inputs are document records (veille extract output), not articles
  int threads = 0;           // 0 = one per core
  int batch = 256;           // articles per transaction
  bool progress = true;      // a progress line, only when stderr is a terminal
  EngineOptions engine;
  ReaderOptions reader;
};
int RunIngest(const IngestOptions& options);

// Queries over a store. Implemented in query.cc.
struct EventsOptions {
  std::string db = "veille.db";
  EventFilter filter;
  std::string format = "jsonl";  // an EventWriter name
};
int RunEvents(const EventsOptions& options);

struct ActorsOptions {
  std::string db = "veille.db";
  ActorFilter filter;
  std::string format = "text";  // text | jsonl | csv
};
int RunActors(const ActorsOptions& options);

struct TimelineOptions {
  std::string db = "veille.db";
  TimelineQuery query;
  std::string format = "text";  // text | jsonl | csv
};
int RunTimeline(const TimelineOptions& options);

struct GraphOptions {
  std::string db = "veille.db";
  GraphQuery query;
  std::string format = "graphml";  // a WriteGraph format
};
int RunGraph(const GraphOptions& options);

// `veille serve`: the web page and its JSON API over a store, read-only,
// until SIGINT or SIGTERM. Implemented in serve.cc.
struct ServeOptions {
  std::string db = "veille.db";
  std::string host = "127.0.0.1";  // loopback only by default
  int port = 8080;                 // 0 = any free port, printed on start
};
int RunServe(const ServeOptions& options);

// `veille merge A.db B.db... --into C.db`. Implemented in merge.cc.
struct MergeOptions {
  std::vector<std::string> inputs;
  std::string into;
};
int RunMerge(const MergeOptions& options);

}  // namespace veille::cli

#endif  // VEILLE_CLI_VERBS_H_
