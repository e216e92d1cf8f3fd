// What the corpus benchmarks share: their command line ([INPUT...]
// [--repeat N] [--only WHAT]), reading the corpus into memory once, and the
// thread's CPU clock (other processes on a shared machine disturb it less
// than wall time). Header-only: each benchmark is one executable.
#ifndef VEILLE_BENCH_BENCH_UTIL_H_
#define VEILLE_BENCH_BENCH_UTIL_H_

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include "veille/reader.h"

namespace veille::bench {

// CPU time of the calling thread, in seconds.
inline double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

// The smallest thread CPU time of `repeat` runs of `pass`, in seconds.
inline double BestCpu(int repeat, const std::function<void()>& pass) {
  double best = 1e30;
  for (int r = 0; r < repeat; ++r) {
    double t0 = ThreadCpuSeconds();
    pass();
    best = std::min(best, ThreadCpuSeconds() - t0);
  }
  return best;
}

struct CorpusArgs {
  std::vector<std::string> inputs;  // default: bbc-afrique beside the repository
  int repeat = 5;
  std::string only;  // --only WHAT: run one measure (for perf stat), "" = all
};

inline CorpusArgs ParseCorpusArgs(int argc, char** argv, int default_repeat = 5) {
  CorpusArgs args;
  args.repeat = default_repeat;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--repeat" && i + 1 < argc) args.repeat = std::max(1, std::atoi(argv[++i]));
    else if (a == "--only" && i + 1 < argc) args.only = argv[++i];
    else args.inputs.push_back(a);
  }
  if (args.inputs.empty()) args.inputs.push_back(VEILLE_SOURCE_DIR "/../shared/corpus/bbc-afrique/articles.jsonl");
  return args;
}

// Every article of `inputs`, in memory; `*bytes` gets the size of their
// bodies and `*errors` (if given) the number of unreadable inputs, each
// reported on stderr.
inline std::vector<Article> ReadCorpus(const std::vector<std::string>& inputs, size_t* bytes,
                                       size_t* errors = nullptr) {
  std::vector<Article> articles;
  *bytes = 0;
  ReadInputs(
      inputs, {},
      [&](Article&& a) {
        *bytes += a.body.size();
        articles.push_back(std::move(a));
      },
      [&](const Status& s) {
        if (errors) ++*errors;
        std::fprintf(stderr, "%s\n", s.ToString().c_str());
      });
  return articles;
}

// The articles as documents whose text is the raw body (for the actors and
// events stages measured without ingest).
inline std::vector<Document> AsDocuments(std::vector<Article>&& articles, const std::string& lang = "") {
  std::vector<Document> docs;
  docs.reserve(articles.size());
  for (Article& a : articles) {
    Document d;
    d.lang = lang;
    d.text = std::move(a.body);
    d.published = a.published;
    docs.push_back(std::move(d));
  }
  return docs;
}

}  // namespace veille::bench

#endif  // VEILLE_BENCH_BENCH_UTIL_H_
