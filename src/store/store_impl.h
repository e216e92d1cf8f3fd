// What the Store's .cc files share. Internal to src/store/.
#ifndef VEILLE_STORE_STORE_IMPL_H_
#define VEILLE_STORE_STORE_IMPL_H_

#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "store/keys.h"
#include "store/sqlite.h"
#include "veille/store.h"

namespace veille {

struct Store::Impl {
  std::unique_ptr<store::Database> db;
  bool read_only = false;
  store::Folder folder;
  std::unordered_map<std::string, std::string> fold_cache;

  const std::string& Fold(const std::string& s);

  // ingest.cc
  Status InsertDocument(const IngestItem& item, std::set<std::string>* groups, IngestStats* stats);
  Status Regroup(const std::string& group);
};

namespace store {

// Which events an actor argument (a code or a name in any spelling) selects:
// events whose code is in `codes`, or whose report names an entity in
// `entities`. Both empty: nothing matches.
struct ActorMatch {
  std::vector<std::string> codes;
  std::vector<std::string> entities;
};

// Resolves `query` against the store's entities and aliases (queries.cc).
Result<ActorMatch> ResolveActor(Store::Impl& impl, const std::string& query);

// SQL condition "this side of event `ev` matches", with its parameters
// appended to `params`. `side` is "actor" or "recipient".
std::string ActorCondition(const ActorMatch& m, const std::string& side, std::vector<std::string>* params);

}  // namespace store
}  // namespace veille

#endif  // VEILLE_STORE_STORE_IMPL_H_
