// Writers of document records, chosen by name (STYLE.md §10).
#ifndef VEILLE_WRITER_H_
#define VEILLE_WRITER_H_

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "veille/document.h"
#include "veille/status.h"

namespace veille {

class RecordWriter {
 public:
  virtual ~RecordWriter() = default;
  // Writes one record. Called in input order.
  virtual Status Write(const Document& doc) = 0;
  // Called once after the last record (a summary writer prints totals here).
  virtual Status Finish() { return Status::Ok(); }
};

// "jsonl": one SPEC.md §3 record per line. "summary": a readable report.
Result<std::unique_ptr<RecordWriter>> NewRecordWriter(const std::string& name, std::ostream& out);
std::vector<std::string> RecordWriterNames();

// One record as a single JSON line (no trailing newline), offsets converted
// from bytes to Unicode code points.
std::string RecordToJson(const Document& doc);

}  // namespace veille

#endif  // VEILLE_WRITER_H_
