// Throughput of the events stage alone on one core: dictionary load time
// (patterns, cues, hunspell-fr expansion), then MB/s of EventCoder::Code over
// article texts whose mentions the actors stage resolved beforehand (not
// timed), and events per article.
//
// usage: bench_events [INPUT...] [--repeat N]
// Default input: ../shared/corpus/bbc-afrique/articles.jsonl beside the repo.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "actors/resolver.h"
#include "events/coder.h"
#include "veille/reader.h"

int main(int argc, char** argv) {
  std::vector<std::string> inputs;
  int repeat = 5;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--repeat" && i + 1 < argc) repeat = std::atoi(argv[++i]);
    else inputs.push_back(a);
  }
  if (inputs.empty()) inputs.push_back(VEILLE_SOURCE_DIR "/../shared/corpus/bbc-afrique/articles.jsonl");
  std::vector<veille::Document> docs;
  size_t bytes = 0;
  veille::ReadInputs(
      inputs, {},
      [&](veille::Article&& a) {
        veille::Document d;
        d.lang = "fr";
        d.text = std::move(a.body);
        d.published = a.published;
        bytes += d.text.size();
        docs.push_back(std::move(d));
      },
      [&](const veille::Status& s) { std::fprintf(stderr, "%s\n", s.message().c_str()); });
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
  double best = 1e30;
  size_t events = 0;
  for (int r = 0; r < repeat; ++r) {
    events = 0;
    std::clock_t c1 = std::clock();
    for (veille::Document& d : docs) {
      (*coder)->Code(&d);
      events += d.events.size();
    }
    best = std::min(best, static_cast<double>(std::clock() - c1) / CLOCKS_PER_SEC);
  }
  std::printf("dictionary load: %.1f ms\n", load);
  std::printf("articles %zu, %.2f MB, best of %d passes: %.3f s CPU, %.2f events/article\n", docs.size(),
              bytes / 1e6, repeat, best, static_cast<double>(events) / docs.size());
  std::printf("per core: %.1f MB/s\n", bytes / 1e6 / best);
  return 0;
}
