// `veille events`, `actors`, `timeline`, `graph`: queries over a store,
// written in the format asked for.
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/verbs.h"
#include "veille/event_writer.h"
#include "veille/store.h"

namespace veille::cli {
namespace {

Result<std::unique_ptr<Store>> OpenForQuery(const std::string& db) {
  return Store::Open(db, {.create_if_missing = false, .read_only = true});
}

int Fail(const Status& s) {
  std::cerr << "veille: " << s.message() << '\n';
  return kExitFailure;
}

std::string Fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

void WriteActor(const StoredActor& a, const std::string& format) {
  using Json = nlohmann::ordered_json;
  if (format == "jsonl") {
    Json aliases = Json::array();
    for (const StoredAlias& al : a.aliases) aliases.push_back(Json{{"alias", al.alias}, {"mentions", al.mentions}});
    std::cout << Json{{"id", a.id}, {"name", a.name}, {"kind", a.kind},
                      {"country", a.country ? Json(*a.country) : Json(nullptr)},
                      {"sector", a.sector ? Json(*a.sector) : Json(nullptr)}, {"code", a.code},
                      {"mentions", a.mentions}, {"documents", a.documents}, {"aliases", aliases}}
                     .dump(-1, ' ', false, Json::error_handler_t::replace)
              << '\n';
    return;
  }
  std::string aliases;
  for (const StoredAlias& al : a.aliases) aliases += (aliases.empty() ? "" : "|") + al.alias;
  if (format == "csv") {
    std::cout << CsvField(a.id) << ',' << CsvField(a.name) << ',' << a.kind << ',' << a.country.value_or("") << ','
              << a.sector.value_or("") << ',' << a.code << ',' << a.mentions << ',' << a.documents << ','
              << CsvField(aliases) << "\r\n";
    return;
  }
  std::cout << a.mentions << "\t" << a.name << " (" << a.kind << (a.country ? ", " + *a.country : "")
            << (a.sector ? ", " + *a.sector : "") << ")  [" << a.id << "]  aliases: " << aliases << '\n';
}

}  // namespace

int RunEvents(const EventsOptions& o) {
  Result<std::unique_ptr<Store>> store = OpenForQuery(o.db);
  if (!store.ok()) return Fail(store.status());
  Result<std::unique_ptr<EventWriter>> writer = NewEventWriter(o.format, std::cout);
  if (!writer.ok()) return Fail(writer.status());
  std::ios::sync_with_stdio(false);
  Result<std::vector<StoredEvent>> events = (*store)->Events(o.filter);
  if (!events.ok()) return Fail(events.status());
  for (const StoredEvent& e : *events)
    if (Status s = (*writer)->Write(e); !s.ok()) return Fail(s);
  if (Status s = (*writer)->Finish(); !s.ok()) return Fail(s);
  return kExitOk;
}

int RunActors(const ActorsOptions& o) {
  Result<std::unique_ptr<Store>> store = OpenForQuery(o.db);
  if (!store.ok()) return Fail(store.status());
  Result<std::vector<StoredActor>> actors = (*store)->Actors(o.filter);
  if (!actors.ok()) return Fail(actors.status());
  if (o.format == "csv") std::cout << "id,name,kind,country,sector,code,mentions,documents,aliases\r\n";
  for (const StoredActor& a : *actors) WriteActor(a, o.format);
  return std::cout ? kExitOk : kExitFailure;
}

int RunTimeline(const TimelineOptions& o) {
  Result<std::unique_ptr<Store>> store = OpenForQuery(o.db);
  if (!store.ok()) return Fail(store.status());
  Result<std::vector<TimelinePoint>> points = (*store)->Timeline(o.query);
  if (!points.ok()) return Fail(points.status());
  if (o.format == "csv") std::cout << "period,events,sources,goldstein,cooperation,conflict\r\n";
  if (o.format == "text") std::cout << "period\tevents\tsources\tgoldstein\tcooperation\tconflict\n";
  for (const TimelinePoint& p : *points) {
    if (o.format == "jsonl") {
      std::cout << nlohmann::ordered_json{{"period", p.period}, {"events", p.events}, {"sources", p.sources},
                                          {"goldstein", p.goldstein}, {"cooperation", p.cooperation},
                                          {"conflict", p.conflict}}.dump() << '\n';
      continue;
    }
    const char* sep = o.format == "csv" ? "," : "\t";
    std::cout << p.period << sep << p.events << sep << p.sources << sep << Fixed(p.goldstein) << sep
              << p.cooperation << sep << p.conflict << (o.format == "csv" ? "\r\n" : "\n");
  }
  return std::cout ? kExitOk : kExitFailure;
}

int RunGraph(const GraphOptions& o) {
  Result<std::unique_ptr<Store>> store = OpenForQuery(o.db);
  if (!store.ok()) return Fail(store.status());
  Result<Graph> graph = (*store)->BuildGraph(o.query);
  if (!graph.ok()) return Fail(graph.status());
  if (Status s = WriteGraph(o.format, *graph, std::cout); !s.ok()) return Fail(s);
  return kExitOk;
}

}  // namespace veille::cli
