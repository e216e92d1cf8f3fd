// Record writers chosen by name: "jsonl" (SPEC.md §3) and "summary" (for
// people). Offsets are kept in bytes inside veille and become Unicode code
// points only here, at the boundary.
//
// The JSON line is written by hand into one reused buffer, field by field
// in the record's fixed order: building an nlohmann tree copied every
// string (the whole text included) and its serializer decoded the text
// code point by code point, a sixth of `veille extract`. The bytes are
// those nlohmann's dump() gives (record_writers_test.cc checks them
// against it): valid UTF-8 is copied with only " \ and control
// characters escaped; a string that is not valid UTF-8 (readers decode,
// so it cannot happen) and every double still go through nlohmann.
// Tested by record_writers_test.cc.
#include <array>
#include <charconv>
#include <map>
#include <nlohmann/json.hpp>
#include <ostream>
#include <set>

#include "base/utf8.h"
#include "veille/writer.h"

namespace veille {
namespace {

using Json = nlohmann::ordered_json;

// `s` as a JSON string, as nlohmann's dump(-1, ' ', false, replace) does.
void AppendString(std::string_view s, std::string* out) {
  if (!IsValidUtf8(s)) {
    out->append(Json(std::string(s)).dump(-1, ' ', false, Json::error_handler_t::replace));
    return;
  }
  // Bytes that need an escape: " \\ and C0 controls. Everything else,
  // multi-byte sequences included, is copied as is.
  static constexpr auto kEscape = [] {
    std::array<char, 256> t{};
    for (int c = 0; c < 0x20; ++c) t[c] = 'u';
    t['\b'] = 'b', t['\t'] = 't', t['\n'] = 'n', t['\f'] = 'f', t['\r'] = 'r';
    t['"'] = '"', t['\\'] = '\\';
    return t;
  }();
  out->push_back('"');
  size_t run = 0;  // start of the bytes not yet copied
  for (size_t i = 0; i < s.size(); ++i) {
    char e = kEscape[static_cast<unsigned char>(s[i])];
    if (e == 0) continue;
    out->append(s.data() + run, i - run);
    run = i + 1;
    if (e != 'u') {
      out->push_back('\\');
      out->push_back(e);
      continue;
    }
    static constexpr char kHex[] = "0123456789abcdef";
    unsigned char c = s[i];
    const char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
    out->append(u, 6);
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

void AppendOptString(const std::optional<std::string>& s, std::string* out) {
  if (s) AppendString(*s, out);
  else out->append("null");
}

void AppendUnsigned(size_t n, std::string* out) {
  char buf[24];
  out->append(buf, std::to_chars(buf, buf + sizeof buf, n).ptr);
}

// nlohmann's shortest round-trip form ("0.85", "-2.0", "1e-05"): not
// worth re-implementing for two numbers per event.
void AppendDouble(double x, std::string* out) { out->append(Json(x).dump()); }

void AppendStringArray(const std::vector<std::string>& v, std::string* out) {
  out->push_back('[');
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) out->push_back(',');
    AppendString(v[i], out);
  }
  out->push_back(']');
}

void AppendParties(const std::vector<EventParty>& parties, std::string* out) {
  out->push_back('[');
  for (size_t i = 0; i < parties.size(); ++i) {
    const EventParty& p = parties[i];
    out->append(i ? ",{\"code\":" : "{\"code\":");
    AppendString(p.code, out);
    out->append(",\"entity\":");
    AppendOptString(p.entity, out);
    out->append(",\"name\":");
    AppendOptString(p.name, out);
    out->push_back('}');
  }
  out->push_back(']');
}

void AppendSpan(const Span& s, const CodePointMap& cp, std::string* out) {
  out->append("{\"start\":");
  AppendUnsigned(cp.ToCodePoint(s.start), out);
  out->append(",\"end\":");
  AppendUnsigned(cp.ToCodePoint(s.end), out);
  out->push_back('}');
}

void AppendMention(const Mention& m, const CodePointMap& cp, std::string* out) {
  out->append("{\"start\":");
  AppendUnsigned(cp.ToCodePoint(m.span.start), out);
  out->append(",\"end\":");
  AppendUnsigned(cp.ToCodePoint(m.span.end), out);
  out->append(",\"text\":");
  AppendString(m.text, out);
  out->append(",\"entity\":");
  AppendString(m.entity, out);
  out->append(",\"name\":");
  AppendString(m.name, out);
  out->append(",\"kind\":");
  AppendString(m.kind, out);
  out->append(",\"country\":");
  AppendOptString(m.country, out);
  out->append(",\"sector\":");
  AppendOptString(m.sector, out);
  out->push_back('}');
}

void AppendEvent(const Event& e, const CodePointMap& cp, std::string* out) {
  out->append("{\"type\":");
  AppendString(e.type, out);
  out->append(",\"mode\":");
  AppendOptString(e.mode, out);
  out->append(",\"context\":");
  AppendStringArray(e.context, out);
  out->append(",\"actors\":");
  AppendParties(e.actors, out);
  out->append(",\"recipients\":");
  AppendParties(e.recipients, out);
  out->append(",\"date\":");
  AppendOptString(e.date, out);
  out->append(",\"date_source\":");
  AppendOptString(e.date_source, out);
  out->append(",\"aux\":");
  AppendOptString(e.aux, out);
  out->append(",\"location\":");
  if (e.location) {
    out->append("{\"name\":");
    AppendString(e.location->name, out);
    out->append(",\"country\":");
    AppendOptString(e.location->country, out);
    out->push_back('}');
  } else {
    out->append("null");
  }
  out->append(",\"evidence\":[");
  for (size_t i = 0; i < e.evidence.size(); ++i) {
    if (i) out->push_back(',');
    AppendSpan(e.evidence[i], cp, out);
  }
  out->append("],\"cameo\":");
  AppendOptString(e.cameo, out);
  out->append(",\"goldstein\":");
  if (e.goldstein) AppendDouble(*e.goldstein, out);
  else out->append("null");
  out->append(",\"confidence\":");
  AppendDouble(e.confidence, out);
  out->push_back('}');
}

// Appends the record's JSON line (no newline) to `out`.
void AppendRecord(const Document& d, std::string* out) {
  CodePointMap cp(d.text);
  out->append("{\"doc\":");
  AppendString(d.doc, out);
  out->append(",\"url\":");
  AppendOptString(d.url, out);
  out->append(",\"lang\":");
  AppendString(d.lang, out);
  out->append(",\"title\":");
  AppendOptString(d.title, out);
  out->append(",\"author\":");
  AppendOptString(d.author, out);
  out->append(",\"outlet\":");
  AppendOptString(d.outlet, out);
  out->append(",\"published\":");
  AppendOptString(d.published, out);
  out->append(",\"duplicate_of\":");
  AppendOptString(d.duplicate_of, out);
  out->append(",\"text\":");
  AppendString(d.text, out);
  out->append(",\"mentions\":[");
  for (size_t i = 0; i < d.mentions.size(); ++i) {
    if (i) out->push_back(',');
    AppendMention(d.mentions[i], cp, out);
  }
  out->append("],\"events\":[");
  for (size_t i = 0; i < d.events.size(); ++i) {
    if (i) out->push_back(',');
    AppendEvent(d.events[i], cp, out);
  }
  out->append("]}");
}

class JsonlWriter : public RecordWriter {
 public:
  explicit JsonlWriter(std::ostream& out) : out_(out) {}
  Status Write(const Document& doc) override {
    line_.clear();  // keeps its capacity: one buffer for the whole run
    AppendRecord(doc, &line_);
    line_.push_back('\n');
    out_.write(line_.data(), static_cast<std::streamsize>(line_.size()));
    return out_ ? Status::Ok() : Status::IoError("cannot write output");
  }
  Status Finish() override {
    out_.flush();
    return out_ ? Status::Ok() : Status::IoError("cannot write output");
  }

 private:
  std::ostream& out_;
  std::string line_;
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
  std::string out;
  out.reserve(d.text.size() + 256 * (d.mentions.size() + d.events.size()) + 256);
  AppendRecord(d, &out);
  return out;
}

std::vector<std::string> RecordWriterNames() { return {"jsonl", "summary"}; }

Result<std::unique_ptr<RecordWriter>> NewRecordWriter(const std::string& name, std::ostream& out) {
  if (name == "jsonl") return std::unique_ptr<RecordWriter>(new JsonlWriter(out));
  if (name == "summary") return std::unique_ptr<RecordWriter>(new SummaryWriter(out));
  return Status::InvalidArgument("unknown output format '" + name + "' (use jsonl or summary)");
}

}  // namespace veille
