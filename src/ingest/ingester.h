// The ingest stage: from one Article (text or HTML, as read) to the cleaned
// article body and its metadata.
#ifndef VEILLE_INGEST_INGESTER_H_
#define VEILLE_INGEST_INGESTER_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "veille/document.h"
#include "veille/status.h"

namespace veille {

// What ingest hands to the later stages and to the record.
struct IngestedText {
  std::string text;  // the cleaned body (SPEC.md §3 "text")
  std::string lang;  // ISO 639-1, "und" when unknown
  std::optional<std::string> title, author, outlet;
  std::optional<std::string> published;  // "YYYY-MM-DD"
  // Blocks the cleaner removed, in order (boilerplate, repeats): kept for
  // the article view and for diagnostics, never for coding.
  std::vector<std::string> removed;
};

class Ingester {
 public:
  // Loads the boilerplate phrase lists and other ingest data from
  // `data_dir`/ingest/. Immutable afterwards; Run() is thread-safe.
  static Result<std::unique_ptr<Ingester>> Load(const std::string& data_dir);
  ~Ingester();

  // Fails when the article holds no text at all once cleaned.
  Result<IngestedText> Run(const Article& article) const;

 private:
  struct Data;
  explicit Ingester(std::unique_ptr<Data> data);
  std::unique_ptr<Data> data_;
};

}  // namespace veille

#endif  // VEILLE_INGEST_INGESTER_H_
