// The actors stage: finds and resolves every entity mention in a text.
#ifndef VEILLE_ACTORS_RESOLVER_H_
#define VEILLE_ACTORS_RESOLVER_H_

#include <memory>
#include <string>

#include "veille/document.h"
#include "veille/status.h"

namespace veille {

class ActorResolver {
 public:
  // Loads and validates the dictionaries under `data_dir`/actors/ and
  // compiles the matcher. Errors name "file:line: problem".
  // Immutable afterwards; Resolve() is thread-safe.
  static Result<std::unique_ptr<ActorResolver>> Load(const std::string& data_dir);
  ~ActorResolver();

  // Fills doc->mentions (sorted by start) from doc->text, using
  // doc->published (roles held on that date) and doc->lang.
  void Resolve(Document* doc) const;

 private:
  struct Data;
  explicit ActorResolver(std::unique_ptr<Data> data);
  std::unique_ptr<Data> data_;
};

}  // namespace veille

#endif  // VEILLE_ACTORS_RESOLVER_H_
