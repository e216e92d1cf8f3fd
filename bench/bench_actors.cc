// Throughput of the actors stage alone on one core: dictionary load time,
// then MB/s of ActorResolver::Resolve (folding, matching, names, role
// phrases, pronouns) over article texts, and mentions per article.
//
// usage: bench_actors [INPUT...] [--repeat N]
// Default input: ../shared/corpus/bbc-afrique/articles.jsonl beside the repo.
// The articles' raw text is used as the cleaned text (no ingest stage), so the
// figure is the actors stage's own cost. Times are the thread's CPU time, so
// other processes on a busy machine disturb them less than wall time.
#include <time.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "actors/dictionary.h"
#include "actors/fold.h"
#include "actors/matcher.h"
#include "actors/resolver.h"
#include "actors/scan.h"
#include "veille/reader.h"

namespace {

// CPU time of this thread, in seconds.
double Now() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

}  // namespace

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
        d.text = std::move(a.body);
        d.published = a.published;
        bytes += d.text.size();
        docs.push_back(std::move(d));
      },
      [&](const veille::Status& s) { std::fprintf(stderr, "%s\n", s.message().c_str()); });
  if (docs.empty()) {
    std::fprintf(stderr, "bench_actors: no articles read\n");
    return 2;
  }
  auto t0 = Now();
  auto resolver = veille::ActorResolver::Load(VEILLE_SOURCE_DIR "/data");
  double load = (Now() - t0) * 1000;
  if (!resolver.ok()) {
    std::fprintf(stderr, "bench_actors: %s\n", resolver.status().ToString().c_str());
    return 2;
  }
  double best = 1e30;
  size_t mentions = 0;
  for (int r = 0; r < repeat; ++r) {
    mentions = 0;
    auto t1 = Now();
    for (veille::Document& d : docs) {
      (*resolver)->Resolve(&d);
      mentions += d.mentions.size();
    }
    best = std::min(best, (Now() - t1));
  }
  std::printf("dictionary load: %.1f ms\n", load);
  std::printf("articles %zu, %.2f MB, best of %d passes: %.3f s, %.1f mentions/article\n", docs.size(),
              bytes / 1e6, repeat, best, static_cast<double>(mentions) / docs.size());
  std::printf("per core: %.1f MB/s\n", bytes / 1e6 / best);
  // The first pass alone: folding and the Vectorscan matcher.
  std::vector<std::string> problems;
  veille::ActorDictionary dict = veille::LoadActorDictionary(VEILLE_SOURCE_DIR "/data/actors", &problems);
  auto matcher = veille::LiteralMatcher::Build(dict.patterns);
  if (!matcher.ok()) return 2;
  double fold_best = 1e30, match_best = 1e30;
  size_t hits = 0;
  for (int r = 0; r < repeat; ++r) {
    std::vector<veille::FoldedText> folded;
    folded.reserve(docs.size());
    auto t1 = Now();
    for (const veille::Document& d : docs) folded.push_back(veille::FoldForMatching(d.text));
    auto t2 = Now();
    hits = 0;
    for (const veille::FoldedText& f : folded) hits += (*matcher)->FindAll(f.text).size();
    auto t3 = Now();
    fold_best = std::min(fold_best, (t2 - t1));
    match_best = std::min(match_best, (t3 - t2));
  }
  double scan_best = 1e30;
  for (int r = 0; r < repeat; ++r) {
    auto t1 = Now();
    size_t items = 0;
    for (const veille::Document& d : docs) items += veille::ScanText(d.text, dict, **matcher).items.size();
    scan_best = std::min(scan_best, (Now() - t1));
    if (items == 0) std::printf("no items\n");
  }
  std::printf("first pass (fold, match, tokenize): %.1f MB/s\n", bytes / 1e6 / scan_best);
  std::printf("folding alone: %.1f MB/s; matcher alone: %.1f MB/s (%zu patterns, %zu hits)\n",
              bytes / 1e6 / fold_best, bytes / 1e6 / match_best, dict.patterns.size(), hits);
  return 0;
}
