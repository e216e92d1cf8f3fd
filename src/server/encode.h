// The API's JSON shapes, built from the store's structs. Internal to
// src/server/. Offsets are Unicode code points everywhere, as in the record.
#ifndef VEILLE_SERVER_ENCODE_H_
#define VEILLE_SERVER_ENCODE_H_

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "veille/store.h"

namespace veille::server {

using Json = nlohmann::ordered_json;

// Slices a UTF-8 text by code-point offsets (the record's offsets).
class CodePointText {
 public:
  explicit CodePointText(std::string_view text);
  size_t size() const { return starts_.size() - 1; }  // in code points
  // Code points [start, end), clamped to the text.
  std::string Slice(size_t start, size_t end) const;

 private:
  std::string_view text_;
  std::vector<size_t> starts_;  // byte offset of each code point, then text size
};

Json EventJson(const StoredEvent& e);
Json ActorJson(const StoredActor& a);
Json GraphJson(const Graph& g);
Json PointJson(const TimelinePoint& p);
// A report with its evidence spans (start, end, text) read from `record`,
// the parsed record of the report's document.
Json ReportJson(const EventReport& r, const Json& record, const CodePointText& text);
// A document for the article view: the record's fields, every evidence
// span with its text, and what cleaning removed when the record says it.
Json DocumentJson(const StoredRecord& stored, const Json& record);

// Compact JSON text; invalid UTF-8 is replaced rather than thrown on.
std::string Dump(const Json& j);

}  // namespace veille::server

#endif  // VEILLE_SERVER_ENCODE_H_
