// The engine: turns one Article into one Document record.
//
// Create() loads every dictionary and compiles every matcher once; Process()
// is then const and thread-safe, so callers may run one Engine on many
// threads. The CLI, the server, the benchmarks and the fuzzers all call this.
#ifndef VEILLE_ENGINE_H_
#define VEILLE_ENGINE_H_

#include <memory>

#include "veille/document.h"
#include "veille/options.h"
#include "veille/status.h"

namespace veille {

class Engine {
 public:
  static Result<std::unique_ptr<Engine>> Create(const EngineOptions& options);
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Runs every stage on `article`. Fails only when the article cannot be
  // turned into a record at all (e.g. it holds no text); the caller reports
  // and skips it. Thread-safe.
  Result<Document> Process(const Article& article) const;

 private:
  struct Impl;
  explicit Engine(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Dictionary directory resolved from `options` as EngineOptions documents.
std::string ResolveDataDir(const EngineOptions& options);

}  // namespace veille

#endif  // VEILLE_ENGINE_H_
