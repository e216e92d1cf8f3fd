// The analysts' queries: events with filters, actors, timelines, graphs.
// SQL is assembled from fixed fragments; every user value is a bound
// parameter. Tested by queries_test.cc; timed by bench/bench_store.cc.
#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "store/store_impl.h"

namespace veille {
namespace store {
namespace {

std::string Upper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

std::string Placeholders(size_t n) {
  std::string s;
  for (size_t i = 0; i < n; ++i) s += i ? ",?" : "?";
  return s;
}

// Binds string parameters 1..n.
void BindAll(Statement& st, const std::vector<std::string>& params) {
  for (size_t i = 0; i < params.size(); ++i) st.Bind(static_cast<int>(i + 1), params[i]);
}

}  // namespace

Result<ActorMatch> ResolveActor(Store::Impl& impl, const std::string& query) {
  ActorMatch m;
  if (query.empty()) return m;
  std::set<std::string> codes = {Upper(query)}, entities;
  VEILLE_ASSIGN_OR_RETURN(Statement * q, impl.db->Prepare(
      "SELECT id, kind, code, country FROM entities WHERE id = ?1 OR fold = ?2 OR id IN "
      "(SELECT entity FROM aliases WHERE fold = ?2)"));
  q->Bind(1, query).Bind(2, impl.Fold(query));
  for (;;) {
    VEILLE_ASSIGN_OR_RETURN(bool row, q->Step());
    if (!row) break;
    std::string kind = q->Text(1), code = q->Text(2);
    if (code.empty() && kind == "state") code = q->Text(3);
    // A state, organisation or group stands for every actor with its code
    // (its ministers, its commission); a person or place only for itself.
    if (!code.empty() && kind != "person" && kind != "place") codes.insert(code);
    else entities.insert(q->Text(0));
  }
  q->Reset();
  m.codes.assign(codes.begin(), codes.end());
  m.entities.assign(entities.begin(), entities.end());
  return m;
}

std::string ActorCondition(const ActorMatch& m, const std::string& side, std::vector<std::string>* params) {
  std::string sql = "(ev." + side + " IN (" + Placeholders(m.codes.size()) + ")";
  params->insert(params->end(), m.codes.begin(), m.codes.end());
  if (!m.entities.empty()) {
    sql += " OR ev.id IN (SELECT event_id FROM reports WHERE " + side + "_entity IN (" +
           Placeholders(m.entities.size()) + "))";
    params->insert(params->end(), m.entities.begin(), m.entities.end());
  }
  return sql + ")";
}

namespace {

// Date-range condition: the event's (partial) date overlaps [since, until].
std::string DateCondition(const std::string& since, const std::string& until, std::vector<std::string>* p) {
  std::string sql;
  if (!since.empty()) {
    sql += " AND ev.date >= ? AND ev.date || '~' >= ?";
    p->push_back(since.substr(0, 4));
    p->push_back(since);
  }
  if (!until.empty()) {
    sql += " AND ev.date <= ?";
    p->push_back(until + "~");
  }
  return sql;
}

constexpr const char* kEventColumns =
    "ev.id, ev.type, ev.actor, ev.actor_name, ev.recipient, ev.recipient_name, ev.aux, ev.date, ev.mode,"
    " ev.context, ev.cameo, ev.quad_class, ev.goldstein, ev.confidence, ev.num_reports, ev.num_sources,"
    " ev.num_articles, ev.location, ev.location_country, ev.first_published, ev.evidence";

StoredEvent ReadEvent(const Statement& q) {
  StoredEvent e;
  e.id = q.Int(0);
  e.type = q.Text(1);
  e.actor = q.Text(2);
  e.actor_name = q.Text(3);
  e.recipient = q.Text(4);
  e.recipient_name = q.Text(5);
  if (!q.Text(6).empty()) e.aux = q.Text(6);
  e.date = q.OptText(7);
  e.mode = q.OptText(8);
  for (const auto& c : nlohmann::json::parse(q.Text(9), nullptr, false))
    if (c.is_string()) e.context.push_back(c.get<std::string>());
  e.cameo = q.OptText(10);
  e.quad_class = static_cast<int>(q.Int(11));
  e.goldstein = q.Double(12);
  e.confidence = q.Double(13);
  e.num_reports = static_cast<int>(q.Int(14));
  e.num_sources = static_cast<int>(q.Int(15));
  e.num_articles = static_cast<int>(q.Int(16));
  e.location = q.OptText(17);
  e.location_country = q.OptText(18);
  e.first_published = q.OptText(19);
  e.evidence = q.Text(20);
  return e;
}

// Fills the sources of `events`, a few hundred events per query.
Status FillSources(Database& db, std::vector<StoredEvent>* events) {
  constexpr size_t kChunk = 500;
  std::map<int64_t, StoredEvent*> by_id;
  for (StoredEvent& e : *events) by_id[e.id] = &e;
  for (size_t begin = 0; begin < events->size(); begin += kChunk) {
    size_t n = std::min(kChunk, events->size() - begin);
    VEILLE_ASSIGN_OR_RETURN(std::unique_ptr<Statement> q, db.PrepareNew(
        "SELECT DISTINCT r.event_id, d.doc, d.url, d.outlet, d.published, d.title, d.hash, d.story"
        " FROM reports r JOIN doc_events de ON de.id = r.doc_event_id JOIN documents d ON d.id = de.doc_id"
        " WHERE r.event_id IN (" + Placeholders(n) + ")"
        " ORDER BY r.event_id, d.published IS NULL, d.published, d.hash"));
    for (size_t i = 0; i < n; ++i) q->Bind(static_cast<int>(i + 1), (*events)[begin + i].id);
    std::set<std::string> stories;
    int64_t current = 0;
    for (;;) {
      VEILLE_ASSIGN_OR_RETURN(bool row, q->Step());
      if (!row) break;
      if (q->Int(0) != current) current = q->Int(0), stories.clear();
      EventSource s{q->Text(1), q->OptText(2), q->OptText(3), q->OptText(4), q->OptText(5), q->Text(6), false};
      s.duplicate = !stories.insert(q->Text(7)).second;
      by_id[current]->sources.push_back(std::move(s));
    }
  }
  return Status::Ok();
}

}  // namespace
}  // namespace store

namespace store {
namespace {

// The WHERE clause selecting the events of `f` (over `events ev`), its
// parameters appended to `p`. Shared by Events, CountEvents and EventHistogram.
Result<std::string> EventWhere(Store::Impl& impl, const EventFilter& f, std::vector<std::string>* p) {
  std::string where = " WHERE 1";
  for (const auto& [arg, side] : {std::pair{&f.actor, "actor"}, std::pair{&f.recipient, "recipient"}}) {
    if (arg->empty()) continue;
    VEILLE_ASSIGN_OR_RETURN(ActorMatch m, ResolveActor(impl, *arg));
    where += " AND " + ActorCondition(m, side, p);
  }
  if (!f.either.empty()) {
    VEILLE_ASSIGN_OR_RETURN(ActorMatch m, ResolveActor(impl, f.either));
    where += " AND (" + ActorCondition(m, "actor", p) + " OR " + ActorCondition(m, "recipient", p) + ")";
  }
  if (!f.type.empty()) {
    where += " AND ev.type = ?";
    p->push_back(Upper(f.type));
  }
  if (!f.context.empty()) {
    // context is a JSON array of strings: look for the quoted string in it.
    where += " AND instr(ev.context, ?) > 0";
    p->push_back(nlohmann::json(f.context).dump());
  }
  where += DateCondition(f.since, f.until, p);
  if (f.min_sources > 0) where += " AND ev.num_sources >= " + std::to_string(f.min_sources);
  if (!f.text.empty()) {
    where += " AND ev.id IN (SELECT r.event_id FROM reports r WHERE r.doc_event_id IN"
             " (SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ?))";
    p->push_back(f.text);
  }
  return where;
}

// Steps `q` once; a failure is blamed on the full-text query, the only part
// of a filter SQLite can reject.
Result<bool> StepFiltered(Statement& q) {
  Result<bool> row = q.Step();
  if (!row.ok()) return Status::InvalidArgument("event query failed (is --text a valid FTS5 query?): " +
                                                row.status().message());
  return row;
}

}  // namespace
}  // namespace store

Result<std::vector<StoredEvent>> Store::Events(const EventFilter& f) {
  std::vector<std::string> p;
  VEILLE_ASSIGN_OR_RETURN(std::string where, store::EventWhere(*impl_, f, &p));
  constexpr const char* kOrder = " ORDER BY ev.date IS NULL, ev.date, ev.id";
  std::string sql = std::string("SELECT ") + store::kEventColumns + " FROM events ev" + where + kOrder;
  if (f.limit) sql += " LIMIT " + std::to_string(f.limit);
  if (f.offset) {
    // Skipped rows still go through the sorter: sort ids alone, then read
    // the page's rows (7x faster at offset 50,000 of 100,000).
    sql = std::string("SELECT ") + store::kEventColumns + " FROM events ev WHERE ev.id IN (SELECT ev.id FROM events ev" +
          where + kOrder + " LIMIT " + (f.limit ? std::to_string(f.limit) : "-1") + " OFFSET " +
          std::to_string(f.offset) + ")" + kOrder;
  }
  VEILLE_ASSIGN_OR_RETURN(std::unique_ptr<store::Statement> q, impl_->db->PrepareNew(sql));
  store::BindAll(*q, p);
  std::vector<StoredEvent> out;
  for (;;) {
    VEILLE_ASSIGN_OR_RETURN(bool row, store::StepFiltered(*q));
    if (!row) break;
    out.push_back(store::ReadEvent(*q));
  }
  if (f.with_sources) VEILLE_RETURN_IF_ERROR(store::FillSources(*impl_->db, &out));
  return out;
}

Result<std::vector<StoredActor>> Store::Actors(const ActorFilter& f) {
  std::vector<std::string> p;
  std::string sql = "SELECT id, name, kind, country, sector, code, mentions FROM entities WHERE 1";
  if (!f.kind.empty()) {
    sql += " AND kind = ?";
    p.push_back(f.kind);
  }
  if (!f.name.empty()) {
    sql += " AND (id = ? OR fold = ? OR id IN (SELECT entity FROM aliases WHERE fold = ?))";
    std::string fold = impl_->Fold(f.name);
    p.insert(p.end(), {f.name, fold, fold});
  }
  sql += " ORDER BY mentions DESC, id";
  if (f.limit) sql += " LIMIT " + std::to_string(f.limit);
  VEILLE_ASSIGN_OR_RETURN(std::unique_ptr<store::Statement> q, impl_->db->PrepareNew(sql));
  store::BindAll(*q, p);
  std::vector<StoredActor> out;
  for (;;) {
    VEILLE_ASSIGN_OR_RETURN(bool row, q->Step());
    if (!row) break;
    out.push_back(StoredActor{q->Text(0), q->Text(1), q->Text(2), q->OptText(3), q->OptText(4), q->Text(5),
                              q->Int(6), 0, {}});
  }
  VEILLE_ASSIGN_OR_RETURN(store::Statement * al, impl_->db->Prepare(
      "SELECT alias, mentions FROM aliases WHERE entity = ? ORDER BY mentions DESC, alias"));
  VEILLE_ASSIGN_OR_RETURN(store::Statement * nd, impl_->db->Prepare(
      "SELECT count(DISTINCT doc_id) FROM mentions WHERE entity = ?"));
  for (StoredActor& a : out) {
    al->Bind(1, a.id);
    for (;;) {
      VEILLE_ASSIGN_OR_RETURN(bool row, al->Step());
      if (!row) break;
      a.aliases.push_back(StoredAlias{al->Text(0), al->Int(1)});
    }
    al->Reset();
    nd->Bind(1, a.id);
    VEILLE_ASSIGN_OR_RETURN(bool row, nd->Step());
    if (row) a.documents = nd->Int(0);
    nd->Reset();
  }
  return out;
}

Result<std::vector<TimelinePoint>> Store::Timeline(const TimelineQuery& t) {
  size_t len = t.by == "year" ? 4 : t.by == "month" ? 7 : t.by == "day" ? 10 : 0;
  if (!len) return Status::InvalidArgument("timeline --by must be day, month or year, not '" + t.by + "'");
  if (t.actor.empty()) return Status::InvalidArgument("timeline needs an actor");
  VEILLE_ASSIGN_OR_RETURN(store::ActorMatch a, store::ResolveActor(*impl_, t.actor));
  std::vector<std::string> p;
  std::string cond;
  if (t.with.empty()) {
    cond = "(" + store::ActorCondition(a, "actor", &p) + " OR " + store::ActorCondition(a, "recipient", &p) + ")";
  } else {
    VEILLE_ASSIGN_OR_RETURN(store::ActorMatch b, store::ResolveActor(*impl_, t.with));
    cond = "((" + store::ActorCondition(a, "actor", &p) + " AND " + store::ActorCondition(b, "recipient", &p) +
           ") OR (" + store::ActorCondition(b, "actor", &p) + " AND " + store::ActorCondition(a, "recipient", &p) + "))";
  }
  std::string n = std::to_string(len);
  std::string sql = "SELECT substr(ev.date, 1, " + n + ") AS period, count(*), sum(ev.num_sources),"
                    " avg(ev.goldstein), sum(ev.goldstein > 0), sum(ev.goldstein < 0) FROM events ev"
                    " WHERE length(ev.date) >= " + n + " AND " + cond +
                    store::DateCondition(t.since, t.until, &p) + " GROUP BY period ORDER BY period";
  VEILLE_ASSIGN_OR_RETURN(std::unique_ptr<store::Statement> q, impl_->db->PrepareNew(sql));
  store::BindAll(*q, p);
  std::vector<TimelinePoint> out;
  for (;;) {
    VEILLE_ASSIGN_OR_RETURN(bool row, q->Step());
    if (!row) break;
    out.push_back(TimelinePoint{q->Text(0), static_cast<int>(q->Int(1)), static_cast<int>(q->Int(2)), q->Double(3),
                                static_cast<int>(q->Int(4)), static_cast<int>(q->Int(5))});
  }
  return out;
}

// One scan of the covering index events_dyad: edges are aggregated here,
// and node names counted on the way (the most frequent name a code carries
// as an actor; as a recipient for codes that never act).
Result<Graph> Store::BuildGraph(const GraphQuery& g) {
  std::vector<std::string> p;
  std::string sql = "SELECT ev.actor, ev.recipient, ev.goldstein, ev.num_sources, ev.actor_name"
                    " FROM events ev INDEXED BY events_dyad WHERE 1" +
                    store::DateCondition(g.since, g.until, &p);
  VEILLE_ASSIGN_OR_RETURN(std::unique_ptr<store::Statement> q, impl_->db->PrepareNew(sql));
  store::BindAll(*q, p);
  struct Acc {
    GraphEdge e;
    double sum = 0;
  };
  std::map<std::pair<std::string, std::string>, Acc> edges;
  std::map<std::string, std::map<std::string, int>> names;
  for (;;) {
    VEILLE_ASSIGN_OR_RETURN(bool row, q->Step());
    if (!row) break;
    std::string actor = q->Text(0), recipient = q->Text(1);
    ++names[actor][q->Text(4)];
    if (recipient.empty()) continue;
    Acc& a = edges[{actor, recipient}];
    double goldstein = q->Double(2);
    ++a.e.events;
    a.e.sources += static_cast<int>(q->Int(3));
    a.sum += goldstein;
    a.e.cooperation += goldstein > 0;
    a.e.conflict += goldstein < 0;
  }
  Graph graph;
  std::map<std::string, int> degree;
  for (auto& [key, a] : edges) {
    if (a.e.events < std::max(1, g.min_events)) continue;
    a.e.source = key.first;
    a.e.target = key.second;
    a.e.goldstein = a.sum / a.e.events;
    a.e.relation = a.e.goldstein > 0 ? "cooperation" : a.e.goldstein < 0 ? "conflict" : "neutral";
    degree[a.e.source] += a.e.events;
    degree[a.e.target] += a.e.events;
    graph.edges.push_back(a.e);
  }
  VEILLE_ASSIGN_OR_RETURN(store::Statement * rname, impl_->db->Prepare(
      "SELECT recipient_name FROM events WHERE recipient = ? GROUP BY recipient_name"
      " ORDER BY count(*) DESC, recipient_name LIMIT 1"));
  // A node is a code (a state, an organisation, a group): it is labelled
  // by the entity that is that code, and by its agents' names only when
  // the store knows no such entity.
  VEILLE_ASSIGN_OR_RETURN(store::Statement * ename, impl_->db->Prepare(
      "SELECT name FROM entities WHERE code = ? AND kind IN ('state', 'org', 'group')"
      " ORDER BY mentions DESC, name LIMIT 1"));
  for (const auto& [code, n] : degree) {
    std::string name = code;
    ename->Bind(1, code);
    VEILLE_ASSIGN_OR_RETURN(bool known, ename->Step());
    if (known) name = ename->Text(0);
    ename->Reset();
    if (!known) {
      if (auto it = names.find(code); it != names.end()) {
        int best = 0;
        for (const auto& [candidate, count] : it->second)
          if (count > best) name = candidate, best = count;
      } else {
        rname->Bind(1, code);
        VEILLE_ASSIGN_OR_RETURN(bool row, rname->Step());
        if (row) name = rname->Text(0);
        rname->Reset();
      }
    }
    graph.nodes.push_back(GraphNode{code, name, n});
  }
  return graph;
}

Result<std::optional<StoredEvent>> Store::FindEvent(int64_t id) {
  VEILLE_ASSIGN_OR_RETURN(std::unique_ptr<store::Statement> q, impl_->db->PrepareNew(
      std::string("SELECT ") + store::kEventColumns + " FROM events ev WHERE ev.id = ?"));
  q->Bind(1, id);
  VEILLE_ASSIGN_OR_RETURN(bool row, q->Step());
  if (!row) return std::optional<StoredEvent>();
  std::vector<StoredEvent> one = {store::ReadEvent(*q)};
  VEILLE_RETURN_IF_ERROR(store::FillSources(*impl_->db, &one));
  return std::optional<StoredEvent>(std::move(one[0]));
}

Result<std::vector<EventReport>> Store::EventReports(int64_t id, size_t limit) {
  std::string sql =
      "SELECT d.doc, d.hash, d.url, d.outlet, d.published, d.title, de.ord, r.actor, r.actor_name, r.recipient,"
      " r.recipient_name, de.date, de.date_source, de.mode, de.aux, de.context, de.goldstein, de.confidence"
      " FROM reports r JOIN doc_events de ON de.id = r.doc_event_id JOIN documents d ON d.id = de.doc_id"
      " WHERE r.event_id = ? ORDER BY d.published IS NULL, d.published, d.hash, de.ord";
  if (limit) sql += " LIMIT " + std::to_string(limit);
  VEILLE_ASSIGN_OR_RETURN(std::unique_ptr<store::Statement> q, impl_->db->PrepareNew(sql));
  q->Bind(1, id);
  std::vector<EventReport> out;
  for (;;) {
    VEILLE_ASSIGN_OR_RETURN(bool row, q->Step());
    if (!row) break;
    EventReport r;
    r.doc = q->Text(0);
    r.content_hash = q->Text(1);
    r.url = q->OptText(2);
    r.outlet = q->OptText(3);
    r.published = q->OptText(4);
    r.title = q->OptText(5);
    r.event_index = static_cast<size_t>(q->Int(6));
    r.actor = q->Text(7);
    r.actor_name = q->Text(8);
    r.recipient = q->Text(9);
    r.recipient_name = q->Text(10);
    r.date = q->OptText(11);
    r.date_source = q->OptText(12);
    r.mode = q->OptText(13);
    r.aux = q->OptText(14);
    for (const auto& c : nlohmann::json::parse(q->Text(15), nullptr, false))
      if (c.is_string()) r.context.push_back(c.get<std::string>());
    if (!q->IsNull(16)) r.goldstein = q->Double(16);
    r.confidence = q->Double(17);
    out.push_back(std::move(r));
  }
  return out;
}

Result<std::optional<StoredRecord>> Store::FindRecord(const std::string& key) {
  VEILLE_ASSIGN_OR_RETURN(store::Statement * q, impl_->db->Prepare(
      "SELECT doc, hash, record FROM documents WHERE hash = ?1"
      " UNION ALL SELECT * FROM (SELECT doc, hash, record FROM documents WHERE doc = ?1 ORDER BY id LIMIT 1)"
      " LIMIT 1"));
  q->Bind(1, key);
  VEILLE_ASSIGN_OR_RETURN(bool row, q->Step());
  std::optional<StoredRecord> out;
  if (row) out = StoredRecord{q->Text(0), q->Text(1), q->Text(2), {}};
  q->Reset();
  if (!out) return out;
  VEILLE_ASSIGN_OR_RETURN(store::Statement * r, impl_->db->Prepare(
      "SELECT b.text, b.rule FROM removed_blocks b JOIN documents d ON d.id = b.doc_id"
      " WHERE d.hash = ?1 ORDER BY b.ord"));
  r->Bind(1, out->content_hash);
  for (;;) {
    VEILLE_ASSIGN_OR_RETURN(bool more, r->Step());
    if (!more) break;
    out->removed.push_back({r->Text(0), r->Text(1)});
  }
  r->Reset();
  return out;
}

Result<int64_t> Store::CountEvents(const EventFilter& f) {
  std::vector<std::string> p;
  VEILLE_ASSIGN_OR_RETURN(std::string where, store::EventWhere(*impl_, f, &p));
  VEILLE_ASSIGN_OR_RETURN(std::unique_ptr<store::Statement> q,
                          impl_->db->PrepareNew("SELECT count(*) FROM events ev" + where));
  store::BindAll(*q, p);
  VEILLE_ASSIGN_OR_RETURN(bool row, store::StepFiltered(*q));
  return row ? q->Int(0) : 0;
}

Result<std::vector<TimelinePoint>> Store::EventHistogram(const EventFilter& f, const std::string& by) {
  size_t len = by == "year" ? 4 : by == "month" ? 7 : by == "day" ? 10 : 0;
  if (!len) return Status::InvalidArgument("period must be day, month or year, not '" + by + "'");
  std::vector<std::string> p;
  VEILLE_ASSIGN_OR_RETURN(std::string where, store::EventWhere(*impl_, f, &p));
  std::string n = std::to_string(len);
  VEILLE_ASSIGN_OR_RETURN(std::unique_ptr<store::Statement> q, impl_->db->PrepareNew(
      "SELECT substr(ev.date, 1, " + n + ") AS period, count(*), sum(ev.num_sources), avg(ev.goldstein),"
      " sum(ev.goldstein > 0), sum(ev.goldstein < 0) FROM events ev" + where +
      " AND length(ev.date) >= " + n + " GROUP BY period ORDER BY period"));
  store::BindAll(*q, p);
  std::vector<TimelinePoint> out;
  for (;;) {
    VEILLE_ASSIGN_OR_RETURN(bool row, store::StepFiltered(*q));
    if (!row) break;
    out.push_back(TimelinePoint{q->Text(0), static_cast<int>(q->Int(1)), static_cast<int>(q->Int(2)), q->Double(3),
                                static_cast<int>(q->Int(4)), static_cast<int>(q->Int(5))});
  }
  return out;
}

}  // namespace veille
