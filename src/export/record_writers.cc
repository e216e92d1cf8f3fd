// Record writers chosen by name: "jsonl" (SPEC.md §3) and "summary" (for
// people). Offsets are kept in bytes inside veille and become Unicode code
// points only here, at the boundary. Tested by record_writers_test.cc.
#include <map>
#include <nlohmann/json.hpp>
#include <ostream>
#include <set>

#include "base/utf8.h"
#include "veille/writer.h"

namespace veille {
namespace {

using Json = nlohmann::ordered_json;

Json OrNull(const std::optional<std::string>& s) { return s ? Json(*s) : Json(nullptr); }

Json PartyJson(const EventParty& p) {
  return Json{{"code", p.code}, {"entity", OrNull(p.entity)}, {"name", OrNull(p.name)}};
}

Json SpanJson(const Span& s, const CodePointMap& cp) {
  return Json{{"start", cp.ToCodePoint(s.start)}, {"end", cp.ToCodePoint(s.end)}};
}

Json EventJson(const Event& e, const CodePointMap& cp) {
  Json actors = Json::array(), recipients = Json::array(), evidence = Json::array();
  for (const auto& a : e.actors) actors.push_back(PartyJson(a));
  for (const auto& r : e.recipients) recipients.push_back(PartyJson(r));
  for (const auto& s : e.evidence) evidence.push_back(SpanJson(s, cp));
  Json location = nullptr;
  if (e.location) location = Json{{"name", e.location->name}, {"country", OrNull(e.location->country)}};
  return Json{{"type", e.type},
              {"mode", OrNull(e.mode)},
              {"context", e.context},
              {"actors", actors},
              {"recipients", recipients},
              {"date", OrNull(e.date)},
              {"date_source", OrNull(e.date_source)},
              {"aux", OrNull(e.aux)},
              {"location", location},
              {"evidence", evidence},
              {"cameo", OrNull(e.cameo)},
              {"goldstein", e.goldstein ? Json(*e.goldstein) : Json(nullptr)},
              {"confidence", e.confidence}};
}

class JsonlWriter : public RecordWriter {
 public:
  explicit JsonlWriter(std::ostream& out) : out_(out) {}
  Status Write(const Document& doc) override {
    out_ << RecordToJson(doc) << '\n';
    return out_ ? Status::Ok() : Status::IoError("cannot write output");
  }
  Status Finish() override {
    out_.flush();
    return out_ ? Status::Ok() : Status::IoError("cannot write output");
  }

 private:
  std::ostream& out_;
};

// A readable report: one block per document, then the actors and events
// found across all of them.
class SummaryWriter : public RecordWriter {
 public:
  explicit SummaryWriter(std::ostream& out) : out_(out) {}
  Status Write(const Document& d) override;
  Status Finish() override;

 private:
  std::ostream& out_;
  size_t docs_ = 0, chars_ = 0, mentions_ = 0, events_ = 0;
  std::map<std::string, size_t> entities_;  // "name (kind, country)" -> mentions
  std::map<std::string, size_t> event_kinds_;
};

std::string Or(const std::optional<std::string>& s, const char* dflt) { return s ? *s : dflt; }

Status SummaryWriter::Write(const Document& d) {
  ++docs_;
  chars_ += CodePointCount(d.text);
  mentions_ += d.mentions.size();
  events_ += d.events.size();
  out_ << "── " << d.doc << '\n'
       << "   title: " << Or(d.title, "-") << "\n   lang: " << d.lang
       << "   published: " << Or(d.published, "-") << "   author: " << Or(d.author, "-")
       << "   outlet: " << Or(d.outlet, "-") << '\n'
       << "   text: " << CodePointCount(d.text) << " characters, " << d.mentions.size() << " mentions, "
       << d.events.size() << " events" << (d.duplicate_of ? "   duplicate of " + *d.duplicate_of : "") << '\n';
  for (const Mention& m : d.mentions)
    ++entities_[m.name + " (" + m.kind + (m.country ? ", " + *m.country : "") + ")"];
  for (const Event& e : d.events) {
    std::string line = e.type + " ";
    for (size_t i = 0; i < e.actors.size(); ++i) line += (i ? "+" : "") + e.actors[i].code;
    line += " -> ";
    for (size_t i = 0; i < e.recipients.size(); ++i) line += (i ? "+" : "") + e.recipients[i].code;
    if (e.recipients.empty()) line += "-";
    line += "  " + Or(e.date, "(no date)") + (e.aux ? " [" + *e.aux + "]" : "");
    out_ << "   event: " << line << '\n';
    ++event_kinds_[e.type];
  }
  return out_ ? Status::Ok() : Status::IoError("cannot write output");
}

Status SummaryWriter::Finish() {
  out_ << "\n" << docs_ << " documents, " << chars_ << " characters of text, " << mentions_
       << " mentions, " << events_ << " events\n";
  if (!entities_.empty()) {
    out_ << "actors (mentions):\n";
    for (const auto& [name, n] : entities_) out_ << "   " << n << "  " << name << '\n';
  }
  if (!event_kinds_.empty()) {
    out_ << "events by type:\n";
    for (const auto& [type, n] : event_kinds_) out_ << "   " << n << "  " << type << '\n';
  }
  out_.flush();
  return out_ ? Status::Ok() : Status::IoError("cannot write output");
}

}  // namespace

std::string RecordToJson(const Document& d) {
  CodePointMap cp(d.text);
  Json mentions = Json::array(), events = Json::array();
  for (const Mention& m : d.mentions) {
    mentions.push_back(Json{{"start", cp.ToCodePoint(m.span.start)},
                            {"end", cp.ToCodePoint(m.span.end)},
                            {"text", m.text},
                            {"entity", m.entity},
                            {"name", m.name},
                            {"kind", m.kind},
                            {"country", OrNull(m.country)},
                            {"sector", OrNull(m.sector)}});
  }
  for (const Event& e : d.events) events.push_back(EventJson(e, cp));
  Json j{{"doc", d.doc},
         {"url", OrNull(d.url)},
         {"lang", d.lang},
         {"title", OrNull(d.title)},
         {"author", OrNull(d.author)},
         {"outlet", OrNull(d.outlet)},
         {"published", OrNull(d.published)},
         {"duplicate_of", OrNull(d.duplicate_of)},
         {"text", d.text},
         {"mentions", mentions},
         {"events", events}};
  // Invalid UTF-8 cannot reach here (readers decode), but never throw on it.
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::vector<std::string> RecordWriterNames() { return {"jsonl", "summary"}; }

Result<std::unique_ptr<RecordWriter>> NewRecordWriter(const std::string& name, std::ostream& out) {
  if (name == "jsonl") return std::unique_ptr<RecordWriter>(new JsonlWriter(out));
  if (name == "summary") return std::unique_ptr<RecordWriter>(new SummaryWriter(out));
  return Status::InvalidArgument("unknown output format '" + name + "' (use jsonl or summary)");
}

}  // namespace veille
