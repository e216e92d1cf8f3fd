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

#include "cli/batch.h"
#include "cli/verbs.h"
#include "ingest/dedup.h"
#include "veille/engine.h"
#include "veille/reader.h"
#include "veille/writer.h"

namespace veille::cli {
namespace {

constexpr size_t kBatchArticles = 256;
constexpr size_t kBatchBytes = size_t{16} << 20;

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
  int threads = ThreadCount(options.threads);
  size_t skipped = 0, written = 0;
  bool write_failed = false;
  ProgressLine progress(options.progress);
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
