// Rebuilding the merged events of one (type, dyad, aux) group from all of
// its reports. The reports are read, sorted canonically (by document hash,
// event position, dyad), clustered by date (merge_events.h), and every
// derived attribute is computed from that sorted list, so the result is the
// same whatever order the documents arrived in.
// Tested by store_test.cc and tests/store_merge_test.cc.
#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "store/merge_events.h"
#include "store/store_impl.h"

namespace veille {
namespace {

using store::Statement;

struct Report {
  int64_t id = 0;
  std::string doc_hash;
  int64_t ord = 0;
  std::string type, aux, actor, recipient;
  std::optional<std::string> actor_name, recipient_name, date, mode, cameo, location, location_country, published;
  std::string context, story, evidence;
  std::optional<double> goldstein;
  double confidence = 0;
};

constexpr const char* kReportsSql =
    "SELECT r.id, d.hash, e.ord, e.type, ifnull(e.aux, ''), r.actor, r.recipient, r.actor_name, r.recipient_name,"
    " r.date, e.mode, e.cameo, e.location, e.location_country, d.published, e.context, r.story, e.evidence,"
    " e.goldstein, e.confidence"
    " FROM reports r JOIN doc_events e ON e.id = r.doc_event_id JOIN documents d ON d.id = e.doc_id"
    " WHERE r.grp = ?";

Result<std::vector<Report>> LoadReports(store::Database& db, const std::string& group) {
  VEILLE_ASSIGN_OR_RETURN(Statement * q, db.Prepare(kReportsSql));
  q->Bind(1, group);
  std::vector<Report> out;
  for (;;) {
    VEILLE_ASSIGN_OR_RETURN(bool row, q->Step());
    if (!row) break;
    Report r;
    r.id = q->Int(0);
    r.doc_hash = q->Text(1);
    r.ord = q->Int(2);
    r.type = q->Text(3);
    r.aux = q->Text(4);
    r.actor = q->Text(5);
    r.recipient = q->Text(6);
    r.actor_name = q->OptText(7);
    r.recipient_name = q->OptText(8);
    r.date = q->OptText(9);
    r.mode = q->OptText(10);
    r.cameo = q->OptText(11);
    r.location = q->OptText(12);
    r.location_country = q->OptText(13);
    r.published = q->OptText(14);
    r.context = q->Text(15);
    r.story = q->Text(16);
    r.evidence = q->Text(17);
    if (!q->IsNull(18)) r.goldstein = q->Double(18);
    r.confidence = q->Double(19);
    out.push_back(std::move(r));
  }
  q->Reset();
  // Two reports of one document event in one group are the same dyad: order
  // by (document, event); ties cannot occur (ExpandDyads removes duplicates).
  std::sort(out.begin(), out.end(),
            [](const Report& a, const Report& b) { return std::tie(a.doc_hash, a.ord) < std::tie(b.doc_hash, b.ord); });
  return out;
}

// The most frequent present value (ties: the smallest).
std::optional<std::string> MostFrequent(const std::vector<const Report*>& rs,
                                        std::optional<std::string> Report::*field) {
  std::map<std::string, int> n;
  for (const Report* r : rs)
    if (r->*field) ++n[*(r->*field)];
  std::optional<std::string> best;
  int best_n = 0;
  for (const auto& [v, c] : n)
    if (c > best_n) best = v, best_n = c;
  return best;
}

struct Merged {
  int64_t id;
  std::string anchor;
  std::vector<const Report*> reports;
};

Status InsertMerged(store::Database& db, const std::string& group, const Merged& m) {
  const Report& first = *m.reports.front();
  std::set<std::string> context, stories, docs;
  double goldstein = 0, confidence = 0;
  std::optional<std::string> published;
  for (const Report* r : m.reports) {
    for (const auto& c : nlohmann::json::parse(r->context, nullptr, false))
      if (c.is_string()) context.insert(c.get<std::string>());
    stories.insert(r->story);
    docs.insert(r->doc_hash);
    goldstein += r->goldstein.value_or(store::DefaultGoldstein(r->type));
    confidence = std::max(confidence, r->confidence);
    if (r->published && (!published || *r->published < *published)) published = r->published;
  }
  std::optional<std::string> cameo = MostFrequent(m.reports, &Report::cameo);
  std::string root = cameo ? cameo->substr(0, 2) : store::CameoRoot(first.type);
  std::optional<std::string> location = MostFrequent(m.reports, &Report::location), location_country;
  for (const Report* r : m.reports)
    if (location && r->location == location && r->location_country) {
      location_country = r->location_country;
      break;
    }
  VEILLE_ASSIGN_OR_RETURN(Statement * ins, db.Prepare(
      "INSERT INTO events (id, grp, type, actor, actor_name, recipient, recipient_name, aux, date, mode, context,"
      " cameo, quad_class, goldstein, confidence, num_reports, num_sources, num_articles, location,"
      " location_country, first_published, evidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
  ins->Bind(1, m.id).Bind(2, group).Bind(3, first.type).Bind(4, first.actor);
  ins->Bind(5, MostFrequent(m.reports, &Report::actor_name).value_or(first.actor));
  ins->Bind(6, first.recipient).Bind(7, MostFrequent(m.reports, &Report::recipient_name).value_or(first.recipient));
  ins->Bind(8, first.aux);
  if (!m.anchor.empty()) ins->Bind(9, m.anchor);
  ins->Bind(10, MostFrequent(m.reports, &Report::mode));
  ins->Bind(11, nlohmann::json(std::vector<std::string>(context.begin(), context.end())).dump());
  ins->Bind(12, cameo ? *cameo : root).Bind(13, store::QuadClassOfRoot(root));
  ins->Bind(14, goldstein / m.reports.size()).Bind(15, confidence);
  ins->Bind(16, m.reports.size()).Bind(17, stories.size()).Bind(18, docs.size());
  ins->Bind(19, location).Bind(20, location_country).Bind(21, published).Bind(22, first.evidence);
  VEILLE_RETURN_IF_ERROR(ins->Run());
  VEILLE_ASSIGN_OR_RETURN(Statement * link, db.Prepare("UPDATE reports SET event_id = ? WHERE id = ?"));
  for (const Report* r : m.reports) {
    link->Bind(1, m.id).Bind(2, r->id);
    VEILLE_RETURN_IF_ERROR(link->Run());
  }
  return Status::Ok();
}

}  // namespace

Status Store::Impl::Regroup(const std::string& group) {
  VEILLE_ASSIGN_OR_RETURN(std::vector<Report> reports, LoadReports(*db, group));
  VEILLE_ASSIGN_OR_RETURN(Statement * del, db->Prepare("DELETE FROM events WHERE grp = ?"));
  del->Bind(1, group);
  VEILLE_RETURN_IF_ERROR(del->Run());
  std::vector<std::optional<std::string>> dates;
  for (const Report& r : reports) dates.push_back(r.date);
  std::vector<std::string> anchors = store::ClusterDates(dates);
  std::map<std::string, Merged> merged;
  for (size_t i = 0; i < reports.size(); ++i) {
    auto [it, added] = merged.try_emplace(anchors[i]);
    if (added) it->second = Merged{store::MergedEventId(group, anchors[i]), anchors[i], {}};
    it->second.reports.push_back(&reports[i]);
  }
  for (const auto& [anchor, m] : merged) VEILLE_RETURN_IF_ERROR(InsertMerged(*db, group, m));
  return Status::Ok();
}

}  // namespace veille
