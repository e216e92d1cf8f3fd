#include "cli/batch.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>

namespace veille::cli {

int ThreadCount(int requested) {
  return requested > 0 ? requested : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

std::vector<std::optional<Result<Document>>> ProcessBatch(const Engine& engine, const std::vector<Article>& batch,
                                                          int threads, const std::vector<bool>& skip) {
  std::vector<size_t> todo;
  for (size_t i = 0; i < batch.size(); ++i)
    if (skip.empty() || !skip[i]) todo.push_back(i);
  std::vector<std::optional<Result<Document>>> results(batch.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t k; (k = next.fetch_add(1)) < todo.size();) results[todo[k]].emplace(engine.Process(batch[todo[k]]));
  };
  int n = std::max(1, std::min<int>(threads, static_cast<int>(todo.size())));
  std::vector<std::thread> pool;
  for (int t = 1; t < n; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  return results;
}

ProgressLine::ProgressLine(bool enabled, size_t total_bytes)
    : enabled_(enabled && isatty(STDERR_FILENO)), total_(total_bytes) {}

double ProgressLine::Seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void ProgressLine::Add(size_t articles, size_t bytes) {
  articles_ += articles;
  bytes_ += bytes;
  if (!enabled_) return;
  double s = Seconds();
  if (s - last_ < 0.5) return;
  last_ = s;
  char eta[32] = "";
  if (total_ > bytes_ && bytes_ > 0)
    std::snprintf(eta, sizeof eta, ", ETA %.0f s", static_cast<double>(total_ - bytes_) * s / bytes_);
  std::fprintf(stderr, "\r%zu articles, %.1f MB, %.0f articles/s, %.1f MB/s%s      ", articles_, bytes_ / 1e6,
               articles_ / s, bytes_ / 1e6 / s, eta);
}

void ProgressLine::Done() {
  if (enabled_ && last_ > 0)
    std::fprintf(stderr, "\r%zu articles, %.1f MB in %.1f s%30s\n", articles_, bytes_ / 1e6, Seconds(), "");
}

}  // namespace veille::cli
