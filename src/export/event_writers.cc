// Writers of merged events chosen by name: jsonl, csv, gdelt, and the graph
// formats (graphml, dot) that aggregate events into an actor graph.
// Tested by event_writers_test.cc.
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "veille/event_writer.h"

namespace veille {
namespace {

using Json = nlohmann::ordered_json;

Json OrNull(const std::optional<std::string>& s) { return s ? Json(*s) : Json(nullptr); }

Json EventJson(const StoredEvent& e) {
  Json sources = Json::array();
  for (const EventSource& s : e.sources)
    sources.push_back(Json{{"doc", s.doc}, {"url", OrNull(s.url)}, {"outlet", OrNull(s.outlet)},
                           {"published", OrNull(s.published)}, {"title", OrNull(s.title)},
                           {"hash", s.content_hash}, {"duplicate", s.duplicate}});
  return Json{{"id", e.id},
              {"type", e.type},
              {"actor", {{"code", e.actor}, {"name", e.actor_name}}},
              {"recipient", e.recipient.empty() ? Json(nullptr)
                                                : Json{{"code", e.recipient}, {"name", e.recipient_name}}},
              {"aux", OrNull(e.aux)},
              {"date", OrNull(e.date)},
              {"mode", OrNull(e.mode)},
              {"context", e.context},
              {"cameo", OrNull(e.cameo)},
              {"quad_class", e.quad_class},
              {"goldstein", e.goldstein},
              {"confidence", e.confidence},
              {"num_reports", e.num_reports},
              {"num_sources", e.num_sources},
              {"num_articles", e.num_articles},
              {"location", e.location ? Json{{"name", *e.location}, {"country", OrNull(e.location_country)}}
                                      : Json(nullptr)},
              {"first_published", OrNull(e.first_published)},
              {"evidence", e.evidence},
              {"sources", sources}};
}

Status Ok(std::ostream& out) { return out ? Status::Ok() : Status::IoError("cannot write output"); }

class JsonlEventWriter : public EventWriter {
 public:
  explicit JsonlEventWriter(std::ostream& out) : out_(out) {}
  Status Write(const StoredEvent& e) override {
    out_ << EventJson(e).dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
    return Ok(out_);
  }
  Status Finish() override { return Ok(out_.flush()); }

 private:
  std::ostream& out_;
};

std::string Number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4g", std::abs(v) < 5e-5 ? 0.0 : v);
  return buf;
}

std::string Join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) out += (i ? sep : "") + v[i];
  return out;
}

constexpr const char* kCsvHeader =
    "id,date,type,actor,actor_name,recipient,recipient_name,aux,mode,context,cameo,quad_class,goldstein,"
    "confidence,num_reports,num_sources,num_articles,location,location_country,first_published,urls,evidence\r\n";

class CsvEventWriter : public EventWriter {
 public:
  explicit CsvEventWriter(std::ostream& out) : out_(out) {}
  Status Write(const StoredEvent& e) override {
    if (!header_done_) {
      out_ << kCsvHeader;
      header_done_ = true;
    }
    std::vector<std::string> urls;
    for (const EventSource& s : e.sources) urls.push_back(s.url.value_or(s.doc));
    std::vector<std::string> f = {std::to_string(e.id), e.date.value_or(""), e.type, e.actor, e.actor_name,
                                  e.recipient, e.recipient_name, e.aux.value_or(""), e.mode.value_or(""),
                                  Join(e.context, ";"), e.cameo.value_or(""), std::to_string(e.quad_class),
                                  Number(e.goldstein), Number(e.confidence), std::to_string(e.num_reports),
                                  std::to_string(e.num_sources), std::to_string(e.num_articles),
                                  e.location.value_or(""), e.location_country.value_or(""),
                                  e.first_published.value_or(""), Join(urls, " "), e.evidence};
    for (size_t i = 0; i < f.size(); ++i) out_ << (i ? "," : "") << CsvField(f[i]);
    out_ << "\r\n";
    return Ok(out_);
  }
  Status Finish() override {
    if (!header_done_) {
      header_done_ = true;
      out_ << kCsvHeader;
    }
    return Ok(out_.flush());
  }

 private:
  std::ostream& out_;
  bool header_done_ = false;
};

// GDELT 2.0 writer. Dates: SQLDATE is YYYYMMDD (a partial date takes the
// first day of its month or year: GDELT has no partial dates); FractionDate
// is year + (day of year)/365. Actor codes are veille's (ISO 3166-1 alpha-3
// for states, as CAMEO's country codes); Actor*CountryCode is set when the
// code is a three-letter country code. AvgTone is not computed (0).
// DATEADDED is the publication date of the first source (YYYYMMDD000000).
class GdeltEventWriter : public EventWriter {
 public:
  explicit GdeltEventWriter(std::ostream& out) : out_(out) {}
  Status Write(const StoredEvent& e) override;
  Status Finish() override { return Ok(out_.flush()); }

 private:
  std::ostream& out_;
};

std::string Digits(const std::string& date) {
  std::string d;
  for (char c : date)
    if (c >= '0' && c <= '9') d += c;
  return d;
}

// Tabs and line breaks cannot appear inside a GDELT field.
std::string Clean(std::string s) {
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return s;
}

bool IsCountryCode(const std::string& code) {
  return code.size() == 3 && std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

void ActorColumns(const std::string& code, const std::string& name, std::vector<std::string>* f) {
  bool country = IsCountryCode(code);
  // Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1, Religion2, Type1, Type2, Type3.
  std::vector<std::string> cols = {code, Clean(name), country ? code : "", !country ? code : "", "", "", "", "", "", ""};
  f->insert(f->end(), cols.begin(), cols.end());
}

Status GdeltEventWriter::Write(const StoredEvent& e) {
  std::string d = Digits(e.date.value_or(e.first_published.value_or("")));
  if (d.size() < 4) d = "0000";
  std::string day = d.substr(0, 8) + std::string("0101").substr(std::min<size_t>(4, d.size() - 4));
  int year = std::stoi(day.substr(0, 4)), month = std::stoi(day.substr(4, 2)), dom = std::stoi(day.substr(6, 2));
  char fraction[16];
  std::snprintf(fraction, sizeof fraction, "%.4f", year + ((month - 1) * 30.42 + dom) / 365.0);
  std::string root = e.cameo ? e.cameo->substr(0, std::min<size_t>(2, e.cameo->size())) : "";
  std::string base = e.cameo ? e.cameo->substr(0, std::min<size_t>(3, e.cameo->size())) : "";
  std::vector<std::string> f = {std::to_string(e.id), day, day.substr(0, 6), day.substr(0, 4), fraction};
  ActorColumns(e.actor, e.actor_name, &f);
  if (e.recipient.empty()) f.insert(f.end(), 10, "");
  else ActorColumns(e.recipient, e.recipient_name, &f);
  std::vector<std::string> action = {"1", e.cameo.value_or(""), base, root, std::to_string(e.quad_class),
                                     Number(e.goldstein), std::to_string(e.num_reports),
                                     std::to_string(e.num_sources), std::to_string(e.num_articles), "0"};
  f.insert(f.end(), action.begin(), action.end());
  f.insert(f.end(), 16, "");  // Actor1Geo_* and Actor2Geo_*: 8 each
  // ActionGeo: Type (4 = world city, 1 = country when only a country is known), FullName, CountryCode,
  // ADM1, ADM2, Lat, Long, FeatureID.
  std::vector<std::string> geo(8, "");
  if (e.location) {
    geo[0] = "4";
    geo[1] = Clean(*e.location);
    geo[2] = e.location_country.value_or("");
  }
  f.insert(f.end(), geo.begin(), geo.end());
  std::string added = Digits(e.first_published.value_or(""));
  f.push_back(added.size() == 8 ? added + "000000" : "");
  std::string url;
  for (const EventSource& s : e.sources)
    if (s.url) {
      url = *s.url;
      break;
    }
  f.push_back(Clean(url));
  for (size_t i = 0; i < f.size(); ++i) out_ << (i ? "\t" : "") << f[i];
  out_ << '\n';
  return Ok(out_);
}

// Collects the events and writes their actor graph at the end.
class GraphEventWriter : public EventWriter {
 public:
  GraphEventWriter(std::string format, std::ostream& out) : format_(std::move(format)), out_(out) {}
  Status Write(const StoredEvent& e) override {
    events_.push_back(e);
    events_.back().sources.clear();
    return Status::Ok();
  }
  Status Finish() override { return WriteGraph(format_, GraphOfEvents(events_), out_); }

 private:
  std::string format_;
  std::ostream& out_;
  std::vector<StoredEvent> events_;
};

}  // namespace

const std::vector<std::string>& GdeltColumns() {
  static const std::vector<std::string> kColumns = [] {
    std::vector<std::string> c = {"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"};
    for (const char* a : {"Actor1", "Actor2"})
      for (const char* s : {"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                            "Religion2Code", "Type1Code", "Type2Code", "Type3Code"})
        c.push_back(std::string(a) + s);
    for (const char* s : {"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                          "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"})
      c.push_back(s);
    for (const char* g : {"Actor1Geo_", "Actor2Geo_", "ActionGeo_"})
      for (const char* s : {"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"})
        c.push_back(std::string(g) + s);
    c.push_back("DATEADDED");
    c.push_back("SOURCEURL");
    return c;
  }();
  return kColumns;
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::vector<std::string> EventWriterNames() { return {"jsonl", "csv", "gdelt", "graphml", "dot"}; }

Result<std::unique_ptr<EventWriter>> NewEventWriter(const std::string& name, std::ostream& out) {
  if (name == "jsonl") return std::unique_ptr<EventWriter>(new JsonlEventWriter(out));
  if (name == "csv") return std::unique_ptr<EventWriter>(new CsvEventWriter(out));
  if (name == "gdelt") return std::unique_ptr<EventWriter>(new GdeltEventWriter(out));
  if (name == "graphml" || name == "dot") return std::unique_ptr<EventWriter>(new GraphEventWriter(name, out));
  return Status::InvalidArgument("unknown event format '" + name + "' (use jsonl, csv, gdelt, graphml or dot)");
}

}  // namespace veille
