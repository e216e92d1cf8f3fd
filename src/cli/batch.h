// What `extract` and `ingest` share: processing a batch of articles on a
// pool of threads, and the progress line shown on a terminal.
#ifndef VEILLE_CLI_BATCH_H_
#define VEILLE_CLI_BATCH_H_

#include <chrono>
#include <cstddef>
#include <optional>
#include <vector>

#include "veille/engine.h"

namespace veille::cli {

// `requested` threads, or one per core when it is 0 or less.
int ThreadCount(int requested);

// Runs engine.Process on batch[i] for every i with !skip[i] (every i when
// `skip` is empty), on up to `threads` threads. results[i] belongs to
// batch[i]; it is empty for a skipped article. Output order never depends
// on the thread count.
std::vector<std::optional<Result<Document>>> ProcessBatch(const Engine& engine, const std::vector<Article>& batch,
                                                          int threads, const std::vector<bool>& skip = {});

// One line on stderr, rewritten at most twice a second: articles, MB,
// rates, and the time left when the total input size is known. Silent
// unless enabled and stderr is a terminal.
class ProgressLine {
 public:
  // `total_bytes`: size of all the input, 0 when unknown (no ETA).
  ProgressLine(bool enabled, size_t total_bytes = 0);
  void Add(size_t articles, size_t bytes);
  // Replaces the line with the totals and the elapsed time.
  void Done();
  double Seconds() const;

 private:
  bool enabled_;
  size_t total_;
  size_t articles_ = 0, bytes_ = 0;
  double last_ = 0;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

}  // namespace veille::cli

#endif  // VEILLE_CLI_BATCH_H_
