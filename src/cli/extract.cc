// `veille extract`: inputs -> document records on stdout.
//
// Articles are read in input order into batches; each batch is processed by
// a pool of threads sharing one Engine, then written in input order, so the
// output does not depend on the thread count. Near-duplicates are found in
// that single-threaded writer loop: each record's `duplicate_of` names the
// earliest earlier article of the run with the same content. Per-article
// problems are reported on stderr (one line each) and the exit status says
// something was skipped.
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <optional>
#include <thread>

#include "cli/verbs.h"
#include "ingest/dedup.h"
#include "veille/engine.h"
#include "veille/reader.h"
#include "veille/writer.h"

namespace veille::cli {
namespace {

constexpr size_t kBatchArticles = 256;
constexpr size_t kBatchBytes = size_t{16} << 20;

class Progress {
 public:
  explicit Progress(bool enabled) : enabled_(enabled && isatty(STDERR_FILENO)) {}
  void Add(size_t articles, size_t bytes) {
    articles_ += articles;
    bytes_ += bytes;
    if (!enabled_) return;
    double s = Seconds();
    if (s - last_ < 0.5) return;
    last_ = s;
    std::fprintf(stderr, "\r%zu articles, %.1f MB, %.0f articles/s, %.1f MB/s   ", articles_,
                 bytes_ / 1e6, articles_ / s, bytes_ / 1e6 / s);
  }
  void Done() {
    if (enabled_ && last_ > 0) std::fprintf(stderr, "\r%zu articles, %.1f MB in %.1f s%20s\n",
                                            articles_, bytes_ / 1e6, Seconds(), "");
  }

 private:
  double Seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }
  bool enabled_;
  size_t articles_ = 0, bytes_ = 0;
  double last_ = 0;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

// Processes `batch` on `threads` threads; results[i] belongs to batch[i].
std::vector<std::optional<Result<Document>>> ProcessBatch(const Engine& engine,
                                                          const std::vector<Article>& batch, int threads) {
  std::vector<std::optional<Result<Document>>> results(batch.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next.fetch_add(1)) < batch.size();) results[i].emplace(engine.Process(batch[i]));
  };
  int n = std::max(1, std::min<int>(threads, static_cast<int>(batch.size())));
  std::vector<std::thread> pool;
  for (int t = 1; t < n; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  return results;
}

}  // namespace

int RunExtract(const ExtractOptions& options) {
  Result<std::unique_ptr<Engine>> engine = Engine::Create(options.engine);
  if (!engine.ok()) {
    std::cerr << "veille: " << engine.status().ToString() << '\n';
    return kExitFailure;
  }
  std::ios::sync_with_stdio(false);
  Result<std::unique_ptr<RecordWriter>> writer = NewRecordWriter(options.format, std::cout);
  if (!writer.ok()) {
    std::cerr << "veille: " << writer.status().message() << '\n';
    return kExitFailure;
  }
  int threads = options.threads > 0 ? options.threads
                                    : std::max(1u, std::thread::hardware_concurrency());
  size_t skipped = 0, written = 0;
  bool write_failed = false;
  Progress progress(options.progress);
  auto report = [&](const Status& s) {
    ++skipped;
    std::cerr << "veille: skipped " << s.message() << '\n';
  };

  std::vector<Article> batch;
  size_t batch_bytes = 0;
  DuplicateIndex duplicates;
  auto flush = [&] {
    auto results = ProcessBatch(**engine, batch, threads);
    for (size_t i = 0; i < results.size(); ++i) {
      Result<Document>& r = *results[i];
      if (!r.ok()) {
        report(r.status());
        continue;
      }
      r->duplicate_of = duplicates.Add(r->doc, ContentFingerprint(r->text));
      if (Status s = (*writer)->Write(*r); !s.ok() && !write_failed) {
        write_failed = true;
        std::cerr << "veille: " << s.message() << '\n';
      }
      ++written;
    }
    progress.Add(batch.size(), batch_bytes);
    batch.clear();
    batch_bytes = 0;
  };
  Status read = ReadInputs(
      options.inputs, options.reader,
      [&](Article&& a) {
        batch_bytes += a.body.size();
        batch.push_back(std::move(a));
        if (batch.size() >= kBatchArticles || batch_bytes >= kBatchBytes) flush();
      },
      report);
  if (!batch.empty()) flush();
  if (Status s = (*writer)->Finish(); !s.ok() && !write_failed) {
    write_failed = true;
    std::cerr << "veille: " << s.message() << '\n';
  }
  progress.Done();
  if (!read.ok()) {
    std::cerr << "veille: " << read.ToString() << '\n';
    return kExitFailure;
  }
  if (write_failed) return kExitFailure;
  if (skipped > 0) {
    std::cerr << "veille: " << written << " records written, " << skipped << " inputs skipped\n";
    return kExitSomethingSkipped;
  }
  return kExitOk;
}

}  // namespace veille::cli
