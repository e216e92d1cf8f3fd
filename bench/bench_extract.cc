// Throughput of the engine on one core: MB/s and articles/s, and peak memory.
//
// usage: bench_extract [INPUT...] [--repeat N]
// Default input: ../shared/corpus/bbc-afrique/articles.jsonl beside the repo.
// Articles are read once into memory; the timed loop runs Engine::Process on
// one thread, so the figures are per core. Compare runs by instructions
// (perf stat -e instructions:u) when wall time is noisy.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "base/allocator.h"
#include "bench_util.h"
#include "veille/engine.h"

int main(int argc, char** argv) {
  veille::TuneAllocatorForBatches();  // as the veille binary does
  veille::bench::CorpusArgs args = veille::bench::ParseCorpusArgs(argc, argv, /*default_repeat=*/3);
  const int repeat = args.repeat;
  size_t bytes = 0, errors = 0;
  std::vector<veille::Article> articles = veille::bench::ReadCorpus(args.inputs, &bytes, &errors);
  if (articles.empty()) {
    std::fprintf(stderr, "bench_extract: no articles read\n");
    return 2;
  }
  auto engine = veille::Engine::Create({});
  if (!engine.ok()) {
    std::fprintf(stderr, "bench_extract: %s\n", engine.status().ToString().c_str());
    return 2;
  }
  double best = 1e30;
  size_t failed = 0;
  for (int r = 0; r < repeat; ++r) {
    auto t0 = std::chrono::steady_clock::now();
    for (const auto& a : articles) failed += !(*engine)->Process(a).ok();
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    best = std::min(best, s);
  }
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  std::printf("articles %zu (%zu unreadable, %zu failed per pass), %.2f MB, best of %d passes: %.3f s\n",
              articles.size(), errors, failed / repeat, bytes / 1e6, repeat, best);
  std::printf("per core: %.1f MB/s, %.0f articles/s; peak RSS %.1f MB\n", bytes / 1e6 / best,
              articles.size() / best, ru.ru_maxrss / 1024.0);
  return 0;
}
