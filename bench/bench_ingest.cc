// Throughput of the ingest stage on one core, apart from the rest of the
// engine: cleaning + metadata (Ingester::CleanAndDescribe), then the whole
// ingest stage with language identification (Ingester::Run), then the
// near-duplicate fingerprint. Compare with bench_extract (whole engine).
//
// usage: bench_ingest [INPUT...] [--repeat N] [--only clean|ingest|dedup]
// Default input: ../shared/corpus/bbc-afrique/articles.jsonl beside the repo.
// Figures are MB of input bodies per second of this thread's CPU time
// (CLOCK_THREAD_CPUTIME_ID, so other processes on a shared machine do not
// count), best of N passes; wall-clock figures are printed beside them.
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "bench_util.h"
#include "ingest/dedup.h"
#include "ingest/ingester.h"
#include "veille/engine.h"

namespace {

using veille::bench::ThreadCpuSeconds;

struct Timing {
  double cpu = 0, wall = 0;  // best of the passes, seconds
};

// Best CPU and wall times of `repeat` runs of `pass`.
Timing Best(int repeat, const std::function<void()>& pass) {
  Timing best{1e30, 1e30};
  for (int r = 0; r < repeat; ++r) {
    auto t0 = std::chrono::steady_clock::now();
    double c0 = ThreadCpuSeconds();
    pass();
    best.cpu = std::min(best.cpu, ThreadCpuSeconds() - c0);
    best.wall = std::min(best.wall, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  veille::bench::CorpusArgs args = veille::bench::ParseCorpusArgs(argc, argv);
  const int repeat = args.repeat;
  const std::string& only = args.only;  // one measure only (for perf stat -e instructions:u)
  size_t bytes = 0;
  std::vector<veille::Article> articles = veille::bench::ReadCorpus(args.inputs, &bytes);
  if (articles.empty()) {
    std::fprintf(stderr, "bench_ingest: no articles read\n");
    return 2;
  }
  auto ingester = veille::Ingester::Load(veille::ResolveDataDir({}));
  if (!ingester.ok()) {
    std::fprintf(stderr, "bench_ingest: %s\n", ingester.status().ToString().c_str());
    return 2;
  }
  size_t kept = 0, failed = 0;
  std::vector<std::string> texts;
  for (const auto& a : articles) {
    auto r = (*ingester)->CleanAndDescribe(a);
    if (!r.ok()) {
      ++failed;
      continue;
    }
    kept += r->text.size();
    texts.push_back(r->text);
  }
  auto wanted = [&](const char* name) { return only.empty() || only == name; };
  Timing clean = !wanted("clean") ? Timing{} : Best(repeat, [&] {
    for (const auto& a : articles) (void)(*ingester)->CleanAndDescribe(a);
  });
  Timing full = !wanted("ingest") ? Timing{} : Best(repeat, [&] {
    for (const auto& a : articles) (void)(*ingester)->Run(a);
  });
  Timing dedup = !wanted("dedup") ? Timing{} : Best(repeat, [&] {
    veille::DuplicateIndex index;
    for (size_t i = 0; i < texts.size(); ++i) (void)index.Add(std::to_string(i), veille::ContentFingerprint(texts[i]));
  });
  double mb = bytes / 1e6;
  std::printf("articles %zu (%zu without text), %.2f MB in, %.2f MB kept (%.1f %%), best of %d passes, one core\n",
              articles.size(), failed, mb, kept / 1e6, 100.0 * kept / bytes, repeat);
  auto report = [&](const char* what, const Timing& t, double megabytes) {
    if (t.cpu <= 0) return;
    std::printf("%-30s %7.1f MB/s  %8.0f articles/s   (wall clock: %.1f MB/s)\n", what, megabytes / t.cpu,
                articles.size() / t.cpu, megabytes / t.wall);
  };
  report("cleaning + metadata:", clean, mb);
  report("ingest stage with language id:", full, mb);
  report("fingerprint + index (kept MB):", dedup, kept / 1e6);
  return 0;
}
