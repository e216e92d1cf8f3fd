// The ingest stage: from one Article (text or HTML, as read) to the cleaned
// article body and its metadata.
#ifndef VEILLE_INGEST_INGESTER_H_
#define VEILLE_INGEST_INGESTER_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ingest/cleaner.h"
#include "veille/document.h"
#include "veille/status.h"

namespace veille {

// What ingest hands to the later stages and to the record.
struct IngestedText {
  std::string text;  // the cleaned body (SPEC.md §3 "text")
  std::string lang;  // ISO 639-1, "und" when unknown
  std::optional<std::string> page_lang;  // what an HTML page declares ("fr-FR"), if anything
  std::optional<std::string> title, author, outlet;
  std::optional<std::string> published;  // "YYYY-MM-DD"
  // Blocks the cleaner removed, in order, with the rule that removed each
  // (boilerplate, repeats): for the article view and for diagnostics,
  // never for coding.
  std::vector<RemovedBlock> removed;
};

class Ingester {
 public:
  // Loads the boilerplate phrase list `data_dir`/ingest/boilerplate.tsv
  // (errors name `file:line: problem`). Immutable afterwards; Run() is
  // thread-safe.
  static Result<std::unique_ptr<Ingester>> Load(const std::string& data_dir);
  ~Ingester();

  // Reads the article ("text" as is, "html" through ParseHtml), cleans it
  // and finds its metadata. Fields the source states (Article::title,
  // published, outlet; then the HTML's own metadata) win over what the page
  // text shows. Fails when the article holds no text at all once cleaned
  // and has no title either (a titled page with an empty body still gives
  // a record, with empty text), or when its format is unknown.
  Result<IngestedText> Run(const Article& article) const;

  // Run() without the language: cleaning and metadata only, `lang` left
  // "und" (the benchmark measures this stage apart from CLD2).
  Result<IngestedText> CleanAndDescribe(const Article& article) const;

 private:
  struct Data;
  explicit Ingester(std::unique_ptr<Data> data);
  std::unique_ptr<Data> data_;
};

}  // namespace veille

#endif  // VEILLE_INGEST_INGESTER_H_
