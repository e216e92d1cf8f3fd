// `veille dict check`: loads every dictionary and prints each problem as
// "file:line: problem". Exit 0 when all are valid, 2 otherwise.
#include <iostream>

#include "actors/dictionary.h"
#include "cli/verbs.h"
#include "events/patterns.h"
#include "ingest/boilerplate.h"
#include "veille/engine.h"

namespace veille::cli {

int RunDictCheck(const DictCheckOptions& options) {
  std::string data_dir = ResolveDataDir(options.engine);
  std::vector<std::string> problems = CheckActorData(data_dir);
  for (std::string& p : CheckEventDictionaries(data_dir)) problems.push_back(std::move(p));
  // The cleaner's phrase list stops at its first problem, like its loader.
  if (auto bp = Boilerplate::Load(data_dir + "/ingest/boilerplate.tsv"); !bp.ok())
    problems.push_back(bp.status().message());
  for (const std::string& p : problems) std::cout << p << "\n";
  if (!problems.empty()) {
    std::cerr << "veille dict check: " << problems.size() << " problem(s) in " << data_dir << "\n";
    return kExitFailure;
  }
  std::cerr << "veille dict check: " << data_dir << ": all dictionaries valid\n";
  return kExitOk;
}

}  // namespace veille::cli
