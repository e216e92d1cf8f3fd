// Throughput of the events stage alone on one core: dictionary load time
// (patterns, cues, hunspell-fr expansion), then MB/s of EventCoder::Code over
// article texts whose mentions the actors stage resolved beforehand (not
// timed), and events per article.
//
// usage: bench_events [INPUT...] [--repeat N]
// Default input: ../shared/corpus/bbc-afrique/articles.jsonl beside the repo.
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "actors/resolver.h"
#include "bench_util.h"
#include "events/coder.h"

int main(int argc, char** argv) {
  veille::bench::CorpusArgs args = veille::bench::ParseCorpusArgs(argc, argv);
  const int repeat = args.repeat;
  size_t bytes = 0;
  std::vector<veille::Document> docs =
      veille::bench::AsDocuments(veille::bench::ReadCorpus(args.inputs, &bytes), "fr");
  if (docs.empty()) {
    std::fprintf(stderr, "bench_events: no articles read\n");
    return 2;
  }
  auto resolver = veille::ActorResolver::Load(VEILLE_SOURCE_DIR "/data");
  if (!resolver.ok()) {
    std::fprintf(stderr, "bench_events: %s\n", resolver.status().ToString().c_str());
    return 2;
  }
  for (veille::Document& d : docs) (*resolver)->Resolve(&d);
  auto t0 = std::chrono::steady_clock::now();
  auto coder = veille::EventCoder::Load(VEILLE_SOURCE_DIR "/data");
  double load = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  if (!coder.ok()) {
    std::fprintf(stderr, "bench_events: %s\n", coder.status().ToString().c_str());
    return 2;
  }
  // CPU time, not wall time: the figure stays meaningful on a shared machine.
  size_t events = 0;
  double best = veille::bench::BestCpu(repeat, [&] {
    events = 0;
    for (veille::Document& d : docs) {
      (*coder)->Code(&d);
      events += d.events.size();
    }
  });
  std::printf("dictionary load: %.1f ms\n", load);
  std::printf("articles %zu, %.2f MB, best of %d passes: %.3f s CPU, %.2f events/article\n", docs.size(),
              bytes / 1e6, repeat, best, static_cast<double>(events) / docs.size());
  std::printf("per core: %.1f MB/s\n", bytes / 1e6 / best);
  return 0;
}
