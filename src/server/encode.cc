// JSON shapes of the API. Field names follow the CLI's jsonl output (and
// SPEC.md §3 for documents) so the page, the CLI and scripts read alike.
// Tested by tests/server_api_test.cc.
#include "server/encode.h"

#include <algorithm>

namespace veille::server {
namespace {

template <typename T>
Json Opt(const std::optional<T>& v) {
  return v ? Json(*v) : Json(nullptr);
}

// The evidence spans of one record event, each with its text.
Json EvidenceJson(const Json& event, const CodePointText& text) {
  Json spans = Json::array();
  if (!event.contains("evidence") || !event["evidence"].is_array()) return spans;
  for (const Json& span : event["evidence"]) {
    if (!span.is_object() || !span.value("start", Json()).is_number_unsigned() ||
        !span.value("end", Json()).is_number_unsigned())
      continue;
    size_t start = span["start"].get<size_t>(), end = span["end"].get<size_t>();
    spans.push_back(Json{{"start", start}, {"end", end}, {"text", text.Slice(start, end)}});
  }
  return spans;
}

}  // namespace

CodePointText::CodePointText(std::string_view text) : text_(text) {
  starts_.reserve(text.size() + 1);
  for (size_t i = 0; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) starts_.push_back(i);
  starts_.push_back(text.size());
}

std::string CodePointText::Slice(size_t start, size_t end) const {
  end = std::min(end, size());
  start = std::min(start, end);
  return std::string(text_.substr(starts_[start], starts_[end] - starts_[start]));
}

Json EventJson(const StoredEvent& e) {
  Json sources = Json::array();
  for (const EventSource& s : e.sources)
    sources.push_back(Json{{"doc", s.doc}, {"content_hash", s.content_hash}, {"url", Opt(s.url)},
                           {"outlet", Opt(s.outlet)}, {"published", Opt(s.published)}, {"title", Opt(s.title)},
                           {"duplicate", s.duplicate}});
  return Json{{"id", std::to_string(e.id)}, {"type", e.type}, {"actor", e.actor}, {"actor_name", e.actor_name},
              {"recipient", e.recipient}, {"recipient_name", e.recipient_name}, {"aux", Opt(e.aux)},
              {"date", Opt(e.date)}, {"mode", Opt(e.mode)}, {"context", e.context}, {"cameo", Opt(e.cameo)},
              {"quad_class", e.quad_class}, {"goldstein", e.goldstein}, {"confidence", e.confidence},
              {"num_reports", e.num_reports}, {"num_sources", e.num_sources}, {"num_articles", e.num_articles},
              {"location", Opt(e.location)}, {"location_country", Opt(e.location_country)},
              {"first_published", Opt(e.first_published)}, {"evidence", e.evidence}, {"sources", sources}};
}

Json ActorJson(const StoredActor& a) {
  Json aliases = Json::array();
  for (const StoredAlias& al : a.aliases) aliases.push_back(Json{{"alias", al.alias}, {"mentions", al.mentions}});
  return Json{{"id", a.id}, {"name", a.name}, {"kind", a.kind}, {"country", Opt(a.country)},
              {"sector", Opt(a.sector)}, {"code", a.code}, {"mentions", a.mentions},
              {"documents", a.documents}, {"aliases", aliases}};
}

Json GraphJson(const Graph& g) {
  Json nodes = Json::array(), edges = Json::array();
  for (const GraphNode& n : g.nodes) nodes.push_back(Json{{"code", n.code}, {"name", n.name}, {"events", n.events}});
  for (const GraphEdge& e : g.edges)
    edges.push_back(Json{{"source", e.source}, {"target", e.target}, {"events", e.events}, {"sources", e.sources},
                         {"goldstein", e.goldstein}, {"cooperation", e.cooperation}, {"conflict", e.conflict},
                         {"relation", e.relation}});
  return Json{{"nodes", nodes}, {"edges", edges}};
}

Json PointJson(const TimelinePoint& p) {
  return Json{{"period", p.period}, {"events", p.events}, {"sources", p.sources}, {"goldstein", p.goldstein},
              {"cooperation", p.cooperation}, {"conflict", p.conflict}};
}

Json ReportJson(const EventReport& r, const Json& record, const CodePointText& text) {
  Json event = Json::object();
  if (record.contains("events") && record["events"].is_array() && r.event_index < record["events"].size())
    event = record["events"][r.event_index];
  return Json{{"doc", r.doc}, {"content_hash", r.content_hash}, {"title", Opt(r.title)}, {"url", Opt(r.url)},
              {"outlet", Opt(r.outlet)}, {"published", Opt(r.published)}, {"event_index", r.event_index},
              {"actor", r.actor}, {"actor_name", r.actor_name}, {"recipient", r.recipient},
              {"recipient_name", r.recipient_name}, {"date", Opt(r.date)}, {"date_source", Opt(r.date_source)},
              {"mode", Opt(r.mode)}, {"aux", Opt(r.aux)}, {"context", r.context}, {"goldstein", Opt(r.goldstein)},
              {"confidence", r.confidence}, {"evidence", EvidenceJson(event, text)}};
}

Json DocumentJson(const StoredRecord& stored, const Json& record) {
  std::string text = record.value("text", "");
  CodePointText cp(text);
  Json out = {{"content_hash", stored.content_hash}};
  for (const char* field : {"doc", "url", "lang", "title", "author", "outlet", "published", "duplicate_of"})
    out[field] = record.value(field, Json());
  out["text"] = text;
  out["length"] = cp.size();
  out["mentions"] = record.value("mentions", Json::array());
  Json events = Json::array();
  for (const Json& e : record.value("events", Json::array())) {
    Json copy = e;
    copy["evidence"] = EvidenceJson(e, cp);
    events.push_back(std::move(copy));
  }
  out["events"] = std::move(events);
  // What cleaning dropped is not part of the SPEC.md §3 record; the store
  // keeps it beside the record for documents ingested from articles (not
  // for records ingested as JSON, which never had it).
  Json removed = Json::array();
  for (const CleanedAway& b : stored.removed) removed.push_back({{"text", b.text}, {"rule", b.rule}});
  out["removed"] = std::move(removed);
  return out;
}

std::string Dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

}  // namespace veille::server
