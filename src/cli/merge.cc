// `veille merge A.db B.db... --into C.db`: adds every document of the input
// stores to C (created when missing) exactly as ingesting them would, so
// stores built on shards combine into the store of the whole corpus.
#include <iostream>

#include "cli/verbs.h"
#include "veille/store.h"

namespace veille::cli {

int RunMerge(const MergeOptions& o) {
  Result<std::unique_ptr<Store>> into = Store::Open(o.into);
  if (!into.ok()) {
    std::cerr << "veille: " << into.status().message() << '\n';
    return kExitFailure;
  }
  for (const std::string& in : o.inputs) {
    if (in == o.into) {
      std::cerr << "veille: " << in << ": cannot merge a store into itself\n";
      return kExitFailure;
    }
    Result<IngestStats> s = (*into)->MergeFrom(in);
    if (!s.ok()) {
      std::cerr << "veille: " << s.status().message() << '\n';
      return kExitFailure;
    }
    std::cerr << "veille: " << in << ": " << s->documents_added << " documents added, " << s->documents_skipped
              << " already present\n";
  }
  if (Result<StoreCounts> c = (*into)->Counts(); c.ok())
    std::cerr << "veille: " << o.into << ": " << c->documents << " documents, " << c->entities << " entities, "
              << c->document_events << " document events, " << c->events << " merged events\n";
  return kExitOk;
}

}  // namespace veille::cli
