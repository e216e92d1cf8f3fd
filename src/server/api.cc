// The JSON API: one table of routes, each a short handler that reads its
// parameters (params.h), asks the store, and encodes the answer (encode.h).
// A store Status becomes the HTTP status: invalid argument 400, not found
// 404, anything else 500. Tested by tests/server_api_test.cc.
#include "server/api.h"

#include <charconv>
#include <map>

#include "server/encode.h"
#include "server/params.h"

namespace veille::server {
namespace {

// Bounds of the parameters: large enough for any page, small enough that
// one request cannot make the server build a huge answer.
constexpr int64_t kMaxEvents = 1000;        // /api/events and /api/timeline limit
constexpr int64_t kDefaultEvents = 100;
constexpr int64_t kMaxOffset = 1'000'000'000;
constexpr int64_t kMaxActors = 5000;
constexpr int64_t kDefaultActors = 200;
constexpr int64_t kMaxReports = 500;        // reports listed in an event's detail
constexpr int64_t kDefaultTimelineEvents = 500;
constexpr size_t kMaxMonthBuckets = 360;    // beyond 30 years of months, count by year

using Handler = Result<Json> (*)(Store& store, const std::string& arg, ParamReader& params);

Status NotFound(const std::string& what) { return Status::NotFound(what); }

// The filters of `veille events`, from the same-named parameters.
EventFilter ReadFilter(ParamReader& p) {
  EventFilter f;
  f.actor = p.Text("actor");
  f.recipient = p.Text("recipient");
  f.either = p.Text("either");
  f.type = p.Text("type", 20);
  f.context = p.Text("context", 40);
  f.since = p.Date("since");
  f.until = p.Date("until");
  f.min_sources = static_cast<int>(p.Int("min_sources", 0, 0, 100000));
  f.text = p.Text("text");
  return f;
}

Result<Json> Stats(Store& store, const std::string&, ParamReader& p) {
  VEILLE_RETURN_IF_ERROR(p.Finish());
  VEILLE_ASSIGN_OR_RETURN(StoreCounts c, store.Counts());
  VEILLE_ASSIGN_OR_RETURN(std::vector<TimelinePoint> years, store.EventHistogram({}, "year"));
  Json y = Json::array();
  for (const TimelinePoint& point : years) y.push_back(Json{{"period", point.period}, {"events", point.events}});
  return Json{{"documents", c.documents}, {"mentions", c.mentions}, {"entities", c.entities},
              {"document_events", c.document_events}, {"events", c.events}, {"years", y}};
}

Result<Json> Events(Store& store, const std::string&, ParamReader& p) {
  EventFilter f = ReadFilter(p);
  f.limit = static_cast<size_t>(p.Int("limit", kDefaultEvents, 1, kMaxEvents));
  f.offset = static_cast<size_t>(p.Int("offset", 0, 0, kMaxOffset));
  VEILLE_RETURN_IF_ERROR(p.Finish());
  VEILLE_ASSIGN_OR_RETURN(int64_t total, store.CountEvents(f));
  VEILLE_ASSIGN_OR_RETURN(std::vector<StoredEvent> events, store.Events(f));
  Json list = Json::array();
  for (const StoredEvent& e : events) list.push_back(EventJson(e));
  return Json{{"total", total}, {"offset", f.offset}, {"limit", f.limit}, {"events", list}};
}

Result<Json> EventDetail(Store& store, const std::string& arg, ParamReader& p) {
  size_t limit = static_cast<size_t>(p.Int("reports", kMaxReports, 1, kMaxReports));
  VEILLE_RETURN_IF_ERROR(p.Finish());
  int64_t id = 0;
  auto [end, ec] = std::from_chars(arg.data(), arg.data() + arg.size(), id);
  if (ec != std::errc() || end != arg.data() + arg.size()) return NotFound("no event '" + arg.substr(0, 40) + "'");
  VEILLE_ASSIGN_OR_RETURN(std::optional<StoredEvent> event, store.FindEvent(id));
  if (!event) return NotFound("no event " + arg);
  VEILLE_ASSIGN_OR_RETURN(std::vector<EventReport> reports, store.EventReports(id, limit));
  // Reports of one document share its record: parse each record once.
  std::map<std::string, std::pair<Json, std::string>> records;
  Json list = Json::array();
  for (const EventReport& r : reports) {
    auto it = records.find(r.content_hash);
    if (it == records.end()) {
      VEILLE_ASSIGN_OR_RETURN(std::optional<StoredRecord> rec, store.FindRecord(r.content_hash));
      Json parsed = rec ? Json::parse(rec->record, nullptr, false) : Json::object();
      std::string text = parsed.is_object() ? parsed.value("text", "") : "";
      it = records.emplace(r.content_hash, std::pair{std::move(parsed), std::move(text)}).first;
    }
    list.push_back(ReportJson(r, it->second.first, CodePointText(it->second.second)));
  }
  return Json{{"event", EventJson(*event)}, {"reports", list}};
}

Result<Json> Actors(Store& store, const std::string&, ParamReader& p) {
  ActorFilter f;
  f.name = p.Text("name");
  f.kind = p.OneOf("kind", "", {"person", "state", "org", "group", "place"});
  f.limit = static_cast<size_t>(p.Int("limit", kDefaultActors, 1, kMaxActors));
  VEILLE_RETURN_IF_ERROR(p.Finish());
  VEILLE_ASSIGN_OR_RETURN(std::vector<StoredActor> actors, store.Actors(f));
  Json list = Json::array();
  for (const StoredActor& a : actors) list.push_back(ActorJson(a));
  return Json{{"actors", list}};
}

Result<Json> GraphRoute(Store& store, const std::string&, ParamReader& p) {
  GraphQuery q;
  q.since = p.Date("since");
  q.until = p.Date("until");
  q.min_events = static_cast<int>(p.Int("min_events", 1, 1, 1'000'000));
  VEILLE_RETURN_IF_ERROR(p.Finish());
  VEILLE_ASSIGN_OR_RETURN(Graph g, store.BuildGraph(q));
  return GraphJson(g);
}

// The timeline: the events themselves while there are few, else counts per
// period ("auto" picks months, years when months would be too many), so a
// store of any size answers with a bounded list.
Result<Json> TimelineRoute(Store& store, const std::string&, ParamReader& p) {
  EventFilter f = ReadFilter(p);
  std::string by = p.OneOf("by", "auto", {"auto", "day", "month", "year"});
  f.limit = static_cast<size_t>(p.Int("limit", kDefaultTimelineEvents, 1, kMaxEvents));
  f.with_sources = false;
  VEILLE_RETURN_IF_ERROR(p.Finish());
  VEILLE_ASSIGN_OR_RETURN(int64_t total, store.CountEvents(f));
  Json out = {{"total", total}};
  if (by == "auto" && total <= static_cast<int64_t>(f.limit)) {
    VEILLE_ASSIGN_OR_RETURN(std::vector<StoredEvent> events, store.Events(f));
    Json list = Json::array();
    for (const StoredEvent& e : events) list.push_back(EventJson(e));
    out["mode"] = "events";
    out["events"] = list;
    return out;
  }
  std::string period = by == "auto" ? "month" : by;
  VEILLE_ASSIGN_OR_RETURN(std::vector<TimelinePoint> points, store.EventHistogram(f, period));
  if (by == "auto" && points.size() > kMaxMonthBuckets) {
    period = "year";
    VEILLE_ASSIGN_OR_RETURN(points, store.EventHistogram(f, period));
  }
  Json list = Json::array();
  for (const TimelinePoint& point : points) list.push_back(PointJson(point));
  out["mode"] = "buckets";
  out["by"] = period;
  out["buckets"] = list;
  return out;
}

Result<Json> Document(Store& store, const std::string& arg, ParamReader& p) {
  VEILLE_RETURN_IF_ERROR(p.Finish());
  VEILLE_ASSIGN_OR_RETURN(std::optional<StoredRecord> rec, store.FindRecord(arg));
  if (!rec) return NotFound("no document '" + arg.substr(0, 80) + "'");
  Json record = Json::parse(rec->record, nullptr, false);
  if (!record.is_object()) return Status::DataError("the stored record of '" + rec->doc + "' is not valid JSON");
  return DocumentJson(*rec, record);
}

struct Route {
  const char* path;  // exact path, or a prefix ending in '/' taking one argument
  bool has_arg;
  Handler handler;
};

constexpr Route kRoutes[] = {
    {"/api/stats", false, Stats},         {"/api/events", false, Events},
    {"/api/events/", true, EventDetail},  {"/api/actors", false, Actors},
    {"/api/graph", false, GraphRoute},    {"/api/timeline", false, TimelineRoute},
    {"/api/documents/", true, Document},
};

ApiResponse Error(int status, const std::string& message) { return {status, Dump(Json{{"error", message}})}; }

int HttpStatus(const Status& s) {
  switch (s.code()) {
    case StatusCode::kInvalidArgument: return 400;
    case StatusCode::kNotFound: return 404;
    default: return 500;
  }
}

}  // namespace

Result<ApiResponse> StorePool::With(const std::function<Result<ApiResponse>(Store&)>& body) {
  std::unique_ptr<Store> store;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!idle_.empty()) {
      store = std::move(idle_.back());
      idle_.pop_back();
    }
  }
  if (!store) {
    VEILLE_ASSIGN_OR_RETURN(store, Store::Open(path_, {.create_if_missing = false, .read_only = true}));
  }
  Result<ApiResponse> r = body(*store);
  std::lock_guard<std::mutex> lock(mu_);
  idle_.push_back(std::move(store));
  return r;
}

ApiResponse HandleApi(StorePool& pool, const std::string& path, const Params& params) {
  for (const Route& route : kRoutes) {
    std::string_view prefix = route.path;
    bool match = route.has_arg ? path.size() > prefix.size() && path.starts_with(prefix) : path == prefix;
    if (!match) continue;
    std::string arg = route.has_arg ? path.substr(prefix.size()) : "";
    try {
      Result<ApiResponse> r = pool.With([&](Store& store) -> Result<ApiResponse> {
        ParamReader reader(params);
        VEILLE_ASSIGN_OR_RETURN(Json body, route.handler(store, arg, reader));
        return ApiResponse{200, Dump(body)};
      });
      if (!r.ok()) return Error(HttpStatus(r.status()), r.status().message());
      return *r;
    } catch (const std::exception& e) {  // nlohmann_json on a malformed stored record
      return Error(500, std::string("internal error: ") + e.what());
    }
  }
  return Error(404, "no such API route: " + path.substr(0, 80));
}

}  // namespace veille::server
