// `veille ingest`: inputs -> knowledge base.
//
// Articles are read in input order into batches; articles whose content hash
// is already stored are dropped before extraction (re-ingesting is cheap and
// a no-op); the rest are processed by a pool of threads sharing one Engine,
// and each batch is stored in one transaction. A run killed at any point
// leaves every committed batch whole and nothing of the others, so running it
// again completes the store. Near-duplicates are marked as `veille extract`
// marks them (`duplicate_of`, in input order); articles already stored feed
// the duplicate index from their stored text, so a resumed run marks the
// same duplicates as an uninterrupted one. With --records the inputs are document records
// (veille extract output) stored as they are.
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <thread>

#include "base/files.h"
#include "cli/batch.h"
#include "cli/verbs.h"
#include "ingest/dedup.h"
#include "veille/engine.h"
#include "veille/reader.h"
#include "veille/store.h"

namespace veille::cli {
namespace {

// Sum of the sizes of the input files (for the ETA); 0 when unknown.
size_t InputBytes(const std::vector<std::string>& inputs) {
  size_t total = 0;
  for (const std::string& p : inputs) {
    struct stat st {};
    if (p == "-" || stat(p.c_str(), &st) != 0) continue;
    if (S_ISREG(st.st_mode)) total += st.st_size;
    if (S_ISDIR(st.st_mode))
      if (auto files = ListFilesRecursive(p); files.ok())
        for (const std::string& f : *files)
          if (stat(f.c_str(), &st) == 0) total += st.st_size;
  }
  return total;
}

struct Totals {
  size_t read = 0, added = 0, already = 0, failed = 0;
};

class Ingester {
 public:
  Ingester(const IngestOptions& o, Store& store, const Engine* engine)
      : o_(o), store_(store), engine_(engine), progress_(o.progress, InputBytes(o.inputs)) {
    threads_ = ThreadCount(o.threads);
  }
  void Report(const Status& s) {
    ++totals_.failed;
    std::cerr << "veille: skipped " << s.message() << '\n';
  }
  // Queues one article; stores a batch when full. False: stop (store error).
  bool AddArticle(Article&& a) {
    if (!ok_) return false;
    bytes_ += a.body.size();
    hashes_.push_back(ArticleHash(a));
    articles_.push_back(std::move(a));
    return Full() ? Flush() : ok_;
  }
  bool AddRecord(const std::string& line, const std::string& where) {
    if (!ok_) return false;
    bytes_ += line.size();
    Result<Document> d = ParseRecord(line);
    if (!d.ok()) {
      Report(Status(d.status().code(), where + ": " + d.status().message()));
      return ok_;
    }
    items_.push_back(IngestItem{std::move(*d), RecordHash(line), ""});
    ++pending_;
    return Full() ? Flush() : ok_;
  }
  bool Flush();
  Totals totals() const { return totals_; }
  bool ok() const { return ok_; }
  ProgressLine& progress() { return progress_; }

 private:
  bool Full() const { return articles_.size() + pending_ >= static_cast<size_t>(std::max(1, o_.batch)); }
  void Extract();
  const IngestOptions& o_;
  Store& store_;
  const Engine* engine_;
  ProgressLine progress_;
  int threads_ = 1;
  bool ok_ = true;
  Totals totals_;
  std::vector<Article> articles_;
  std::vector<std::string> hashes_;
  std::vector<IngestItem> items_;
  size_t pending_ = 0, bytes_ = 0;
  DuplicateIndex duplicates_;
};

// Extracts the queued articles not yet stored, in parallel, into items_;
// then, in input order, marks near-duplicates.
void Ingester::Extract() {
  Result<std::vector<bool>> stored = store_.Contains(hashes_);
  std::vector<bool> skip(articles_.size(), false);
  if (stored.ok()) skip = *stored;
  auto results = ProcessBatch(*engine_, articles_, threads_, skip);
  for (size_t i = 0; i < articles_.size(); ++i) {
    if (!results[i]) {  // already stored
      ++totals_.already;
      if (Result<std::optional<Document>> d = store_.FindDocument(hashes_[i]); d.ok() && *d)
        duplicates_.Add((*d)->doc, ContentFingerprint((*d)->text));
      continue;
    }
    Result<Document>& r = *results[i];
    if (!r.ok()) {
      Report(r.status());
      continue;
    }
    r->duplicate_of = duplicates_.Add(r->doc, ContentFingerprint(r->text));
    items_.push_back(IngestItem{std::move(r.value()), hashes_[i], ""});
  }
}

bool Ingester::Flush() {
  size_t count = articles_.size() + pending_;
  totals_.read += count;
  if (!articles_.empty()) Extract();
  Result<IngestStats> s = store_.Ingest(items_);
  if (!s.ok()) {
    std::cerr << "veille: " << s.status().message() << '\n';
    ok_ = false;
  } else {
    totals_.added += s->documents_added;
    totals_.already += s->documents_skipped;
  }
  progress_.Add(count, bytes_);
  articles_.clear();
  hashes_.clear();
  items_.clear();
  pending_ = bytes_ = 0;
  return ok_;
}

// Reads document records, one JSON object per line, from files, directories and "-".
void ReadRecords(const std::vector<std::string>& inputs, Ingester& ing) {
  auto read_stream = [&](std::istream& in, const std::string& name) {
    std::string line;
    for (size_t n = 1; ing.ok() && std::getline(in, line); ++n)
      if (line.find_first_not_of(" \t\r") != std::string::npos)
        ing.AddRecord(line, name + ":" + std::to_string(n));
  };
  for (const std::string& p : inputs) {
    if (p == "-") {
      read_stream(std::cin, "stdin");
      continue;
    }
    std::vector<std::string> files = {p};
    struct stat st {};
    if (stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
      Result<std::vector<std::string>> list = ListFilesRecursive(p);
      if (!list.ok()) {
        ing.Report(list.status());
        continue;
      }
      files = *list;
    }
    for (const std::string& f : files) {
      std::ifstream in(f, std::ios::binary);
      if (!in) ing.Report(Status::IoError(f + ": cannot open"));
      else read_stream(in, f);
    }
  }
}

void PrintCounts(Store& store, const Totals& t, double seconds) {
  std::cerr << "veille: " << t.read << " inputs read, " << t.added << " documents added, " << t.already
            << " already stored, " << t.failed << " skipped";
  if (seconds > 0) std::fprintf(stderr, " (%.1f s, %.0f articles/min)", seconds, t.read * 60 / seconds);
  std::cerr << '\n';
  if (Result<StoreCounts> c = store.Counts(); c.ok())
    std::cerr << "veille: store: " << c->documents << " documents, " << c->mentions << " mentions, " << c->entities
              << " entities, " << c->aliases << " aliases, " << c->document_events << " document events, "
              << c->reports << " reports, " << c->events << " merged events\n";
}

}  // namespace

int RunIngest(const IngestOptions& options) {
  Result<std::unique_ptr<Store>> store = Store::Open(options.db);
  if (!store.ok()) {
    std::cerr << "veille: " << store.status().message() << '\n';
    return kExitFailure;
  }
  std::unique_ptr<Engine> engine;
  if (!options.records) {
    Result<std::unique_ptr<Engine>> e = Engine::Create(options.engine);
    if (!e.ok()) {
      std::cerr << "veille: " << e.status().ToString() << '\n';
      return kExitFailure;
    }
    engine = std::move(*e);
  }
  Ingester ing(options, **store, engine.get());
  Status read = Status::Ok();
  if (options.records) ReadRecords(options.inputs, ing);
  else read = ReadInputs(options.inputs, options.reader, [&](Article&& a) { ing.AddArticle(std::move(a)); },
                         [&](const Status& s) { ing.Report(s); });
  if (ing.ok()) ing.Flush();
  ing.progress().Done();
  PrintCounts(**store, ing.totals(), ing.progress().Seconds());
  if (!read.ok()) std::cerr << "veille: " << read.ToString() << '\n';
  if (!ing.ok() || !read.ok()) return kExitFailure;
  return ing.totals().failed ? kExitSomethingSkipped : kExitOk;
}

}  // namespace veille::cli
