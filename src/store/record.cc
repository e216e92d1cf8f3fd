// Document records back from JSON (for merge and `ingest --records`), and the
// content hashes that identify articles. Tested by store_test.cc.
#include <nlohmann/json.hpp>

#include "base/utf8.h"
#include "store/keys.h"
#include "veille/store.h"

namespace veille {
namespace {

using Json = nlohmann::json;

std::optional<std::string> OptString(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

std::string String(const Json& j, const char* key) { return OptString(j, key).value_or(""); }

// Byte offset of every code point of `text`, plus the end.
std::vector<size_t> CodePointStarts(const std::string& text) {
  std::vector<size_t> starts;
  for (size_t i = 0; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) starts.push_back(i);
  starts.push_back(text.size());
  return starts;
}

size_t ToByte(const std::vector<size_t>& starts, const Json& cp) {
  size_t i = cp.is_number_unsigned() || cp.is_number_integer() ? cp.get<size_t>() : 0;
  return starts[std::min(i, starts.size() - 1)];
}

EventParty ParseParty(const Json& j) {
  return EventParty{String(j, "code"), OptString(j, "entity"), OptString(j, "name")};
}

Event ParseEvent(const Json& j, const std::vector<size_t>& starts) {
  Event e;
  e.type = String(j, "type");
  e.mode = OptString(j, "mode");
  if (j.contains("context") && j["context"].is_array())
    for (const Json& c : j["context"])
      if (c.is_string()) e.context.push_back(c.get<std::string>());
  for (const char* side : {"actors", "recipients"})
    if (j.contains(side) && j[side].is_array())
      for (const Json& p : j[side])
        if (p.is_object()) (side[0] == 'a' ? e.actors : e.recipients).push_back(ParseParty(p));
  e.date = OptString(j, "date");
  e.date_source = OptString(j, "date_source");
  e.aux = OptString(j, "aux");
  if (j.contains("location") && j["location"].is_object())
    e.location = Location{String(j["location"], "name"), OptString(j["location"], "country")};
  if (j.contains("evidence") && j["evidence"].is_array())
    for (const Json& s : j["evidence"])
      if (s.is_object()) e.evidence.push_back(Span{ToByte(starts, s.value("start", Json(0))),
                                                   ToByte(starts, s.value("end", Json(0)))});
  e.cameo = OptString(j, "cameo");
  if (j.contains("goldstein") && j["goldstein"].is_number()) e.goldstein = j["goldstein"].get<double>();
  if (j.contains("confidence") && j["confidence"].is_number()) e.confidence = j["confidence"].get<double>();
  return e;
}

Mention ParseMention(const Json& j, const std::vector<size_t>& starts) {
  Mention m;
  m.span = Span{ToByte(starts, j.value("start", Json(0))), ToByte(starts, j.value("end", Json(0)))};
  m.text = String(j, "text");
  m.entity = String(j, "entity");
  m.name = String(j, "name");
  m.kind = String(j, "kind");
  m.country = OptString(j, "country");
  m.sector = OptString(j, "sector");
  return m;
}

}  // namespace

Result<Document> ParseRecord(const std::string& record_json) {
  Json j = Json::parse(record_json, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return Status::ParseError("record is not a JSON object");
  if (!j.contains("doc") || !j["doc"].is_string() || !j.contains("text") || !j["text"].is_string())
    return Status::ParseError("record lacks a \"doc\" or \"text\" string");
  Document d;
  d.doc = String(j, "doc");
  d.url = OptString(j, "url");
  d.lang = OptString(j, "lang").value_or("und");
  d.title = OptString(j, "title");
  d.author = OptString(j, "author");
  d.outlet = OptString(j, "outlet");
  d.published = OptString(j, "published");
  d.duplicate_of = OptString(j, "duplicate_of");
  d.text = String(j, "text");
  std::vector<size_t> starts = CodePointStarts(d.text);
  if (j.contains("mentions") && j["mentions"].is_array())
    for (const Json& m : j["mentions"])
      if (m.is_object()) d.mentions.push_back(ParseMention(m, starts));
  if (j.contains("events") && j["events"].is_array())
    for (const Json& e : j["events"])
      if (e.is_object()) d.events.push_back(ParseEvent(e, starts));
  return d;
}

std::string ArticleHash(const Article& a) {
  // Length-prefixed fields, so no two different articles share a preimage.
  std::string key;
  auto add = [&](const std::optional<std::string>& s) {
    key += s ? std::to_string(s->size()) + ':' + *s : std::string("-");
    key += '\n';
  };
  add(std::string("article/1"));
  add(a.format);
  add(a.url);
  add(a.title);
  add(a.published);
  add(a.outlet);
  add(a.body);
  return store::Sha256Hex(key);
}

std::string RecordHash(const std::string& record_json) {
  return store::Sha256Hex("record/1\n" + record_json);
}

}  // namespace veille
