// Throughput of the actors stage alone on one core: dictionary load time,
// then MB/s of ActorResolver::Resolve (folding, matching, names, role
// phrases, pronouns) over article texts, and mentions per article.
//
// usage: bench_actors [INPUT...] [--repeat N] [--only resolve|scan|fold]
// (--only runs one measure, e.g. under perf record; "fold" also times the matcher).
// Default input: ../shared/corpus/bbc-afrique/articles.jsonl beside the repo.
// The articles' raw text is used as the cleaned text (no ingest stage), so the
// figure is the actors stage's own cost. Times are the thread's CPU time, so
// other processes on a busy machine disturb them less than wall time.
#include <cstdio>
#include <string>
#include <vector>

#include "actors/dictionary.h"
#include "actors/fold.h"
#include "actors/matcher.h"
#include "actors/resolver.h"
#include "actors/scan.h"
#include "bench_util.h"

using veille::bench::BestCpu;
using veille::bench::ThreadCpuSeconds;

int main(int argc, char** argv) {
  veille::bench::CorpusArgs args = veille::bench::ParseCorpusArgs(argc, argv);
  const int repeat = args.repeat;
  size_t bytes = 0;
  std::vector<veille::Document> docs = veille::bench::AsDocuments(veille::bench::ReadCorpus(args.inputs, &bytes));
  if (docs.empty()) {
    std::fprintf(stderr, "bench_actors: no articles read\n");
    return 2;
  }
  double t0 = ThreadCpuSeconds();
  auto resolver = veille::ActorResolver::Load(VEILLE_SOURCE_DIR "/data");
  double load = (ThreadCpuSeconds() - t0) * 1000;
  if (!resolver.ok()) {
    std::fprintf(stderr, "bench_actors: %s\n", resolver.status().ToString().c_str());
    return 2;
  }
  const std::string& only = args.only;
  std::printf("dictionary load: %.1f ms\n", load);
  if (only.empty() || only == "resolve") {
    size_t mentions = 0;
    double best = BestCpu(repeat, [&] {
      mentions = 0;
      for (veille::Document& d : docs) {
        (*resolver)->Resolve(&d);
        mentions += d.mentions.size();
      }
    });
    std::printf("articles %zu, %.2f MB, best of %d passes: %.3f s, %.1f mentions/article\n", docs.size(),
                bytes / 1e6, repeat, best, static_cast<double>(mentions) / docs.size());
    std::printf("per core: %.1f MB/s\n", bytes / 1e6 / best);
  }
  // The first pass alone, then its folding and the Vectorscan matcher.
  std::vector<std::string> problems;
  veille::ActorDictionary dict = veille::LoadActorDictionary(VEILLE_SOURCE_DIR "/data/actors", &problems);
  auto matcher = veille::LiteralMatcher::Build(dict.patterns);
  if (!matcher.ok()) return 2;
  if (only.empty() || only == "scan") {
    // One Scan reused from document to document, as each resolver thread does.
    veille::Scan scan;
    size_t items = 0;
    double scan_best = BestCpu(repeat, [&] {
      items = 0;
      for (const veille::Document& d : docs) {
        veille::ScanText(d.text, dict, **matcher, &scan);
        items += scan.items.size();
      }
    });
    if (items == 0) std::printf("no items\n");
    std::printf("first pass (fold, match, tokenize): %.1f MB/s\n", bytes / 1e6 / scan_best);
  }
  if (only.empty() || only == "fold") {
    double fold_best = 1e30, match_best = 1e30;
    size_t hits = 0;
    for (int r = 0; r < repeat; ++r) {
      std::vector<veille::FoldedText> folded;
      folded.reserve(docs.size());
      double t1 = ThreadCpuSeconds();
      for (const veille::Document& d : docs) folded.push_back(veille::FoldForMatching(d.text));
      double t2 = ThreadCpuSeconds();
      hits = 0;
      for (const veille::FoldedText& f : folded) hits += (*matcher)->FindAll(f.text).size();
      double t3 = ThreadCpuSeconds();
      fold_best = std::min(fold_best, (t2 - t1));
      match_best = std::min(match_best, (t3 - t2));
    }
    std::printf("folding alone: %.1f MB/s; matcher alone: %.1f MB/s (%zu patterns, %zu hits)\n",
                bytes / 1e6 / fold_best, bytes / 1e6 / match_best, dict.patterns.size(), hits);
  }
  return 0;
}
