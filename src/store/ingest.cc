// Storing documents: one transaction per batch; each document's rows, then
// the merged events of every (type, dyad, aux) group the batch touched,
// recomputed from all of the group's reports. Because a group's merged events
// are a function of its reports only (sorted canonically before anything is
// derived), the store does not depend on ingest order.
// Tested by store_test.cc, tests/store_crash_test.cc, tests/store_merge_test.cc.
#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <tuple>

#include "base/utf8.h"
#include "store/merge_events.h"
#include "store/store_impl.h"
#include "veille/writer.h"

namespace veille {
namespace {

using store::Statement;

std::string EvidenceText(const Document& doc, const Event& e) {
  std::string out;
  for (const Span& s : e.evidence) {
    size_t start = std::min(s.start, doc.text.size()), end = std::min(std::max(s.end, start), doc.text.size());
    if (!out.empty()) out += " … ";
    out.append(doc.text, start, end - start);
  }
  return out;
}

std::string ContextJson(const std::vector<std::string>& context) { return nlohmann::json(context).dump(); }

// Attributes of an entity; when mentions disagree the smallest wins (a
// mention carrying an actor code first), so the result is order-independent.
using EntityKey = std::tuple<bool, std::string, std::string, std::string, std::string, std::string>;
EntityKey KeyOf(const Mention& m) {
  return {m.code.empty(), m.name, m.kind, m.country.value_or(""), m.sector.value_or(""), m.code};
}

Status UpsertEntity(Store::Impl& impl, const Mention& m) {
  store::Database& db = *impl.db;
  VEILLE_ASSIGN_OR_RETURN(Statement * get, db.Prepare(
      "SELECT name, kind, ifnull(country, ''), ifnull(sector, ''), code FROM entities WHERE id = ?"));
  get->Bind(1, m.entity);
  VEILLE_ASSIGN_OR_RETURN(bool found, get->Step());
  if (!found) {
    get->Reset();
    VEILLE_ASSIGN_OR_RETURN(Statement * ins, db.Prepare(
        "INSERT INTO entities (id, name, kind, country, sector, code, fold, mentions) VALUES (?,?,?,?,?,?,?,1)"));
    ins->Bind(1, m.entity).Bind(2, m.name).Bind(3, m.kind).Bind(4, m.country).Bind(5, m.sector);
    ins->Bind(6, m.code).Bind(7, impl.Fold(m.name));
    return ins->Run();
  }
  EntityKey current{get->Text(4).empty(), get->Text(0), get->Text(1), get->Text(2), get->Text(3), get->Text(4)};
  get->Reset();
  if (KeyOf(m) < current) {
    VEILLE_ASSIGN_OR_RETURN(Statement * upd, db.Prepare(
        "UPDATE entities SET name = ?, kind = ?, country = ?, sector = ?, code = ?, fold = ?, "
        "mentions = mentions + 1 WHERE id = ?"));
    upd->Bind(1, m.name).Bind(2, m.kind).Bind(3, m.country).Bind(4, m.sector).Bind(5, m.code);
    upd->Bind(6, impl.Fold(m.name)).Bind(7, m.entity);
    return upd->Run();
  }
  VEILLE_ASSIGN_OR_RETURN(Statement * inc, db.Prepare("UPDATE entities SET mentions = mentions + 1 WHERE id = ?"));
  inc->Bind(1, m.entity);
  return inc->Run();
}

Status InsertMentions(Store::Impl& impl, int64_t doc_id, const Document& doc) {
  store::Database& db = *impl.db;
  CodePointMap cp(doc.text);
  VEILLE_ASSIGN_OR_RETURN(Statement * alias, db.Prepare(
      "INSERT INTO aliases (entity, alias, fold, mentions) VALUES (?,?,?,1) "
      "ON CONFLICT (entity, alias) DO UPDATE SET mentions = mentions + 1"));
  VEILLE_ASSIGN_OR_RETURN(Statement * ins, db.Prepare(
      "INSERT INTO mentions (doc_id, ord, start, end, text, entity, code) VALUES (?,?,?,?,?,?,?)"));
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    const Mention& m = doc.mentions[i];
    if (m.entity.empty()) return Status::InvalidArgument(doc.doc + ": mention without an entity id");
    VEILLE_RETURN_IF_ERROR(UpsertEntity(impl, m));
    alias->Bind(1, m.entity).Bind(2, m.text).Bind(3, impl.Fold(m.text));
    VEILLE_RETURN_IF_ERROR(alias->Run());
    ins->Bind(1, doc_id).Bind(2, i).Bind(3, cp.ToCodePoint(m.span.start)).Bind(4, cp.ToCodePoint(m.span.end));
    ins->Bind(5, m.text).Bind(6, m.entity).Bind(7, m.code);
    VEILLE_RETURN_IF_ERROR(ins->Run());
  }
  return Status::Ok();
}

Status InsertEvents(Store::Impl& impl, int64_t doc_id, const Document& doc, const std::string& story,
                    std::set<std::string>* groups) {
  store::Database& db = *impl.db;
  VEILLE_ASSIGN_OR_RETURN(Statement * ins, db.Prepare(
      "INSERT INTO doc_events (doc_id, ord, type, mode, context, date, date_source, aux, location, "
      "location_country, cameo, goldstein, confidence, evidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
  VEILLE_ASSIGN_OR_RETURN(Statement * rep, db.Prepare(
      "INSERT INTO reports (doc_event_id, grp, actor, actor_entity, actor_name, recipient, recipient_entity, "
      "recipient_name, date, story) VALUES (?,?,?,?,?,?,?,?,?,?)"));
  for (size_t i = 0; i < doc.events.size(); ++i) {
    const Event& e = doc.events[i];
    ins->Bind(1, doc_id).Bind(2, i).Bind(3, e.type).Bind(4, e.mode).Bind(5, ContextJson(e.context));
    ins->Bind(6, e.date).Bind(7, e.date_source).Bind(8, e.aux);
    if (e.location) ins->Bind(9, e.location->name).Bind(10, e.location->country);
    ins->Bind(11, e.cameo).Bind(12, e.goldstein).Bind(13, e.confidence).Bind(14, EvidenceText(doc, e));
    VEILLE_RETURN_IF_ERROR(ins->Run());
    int64_t event_id = sqlite3_last_insert_rowid(db.handle());
    for (const store::Dyad& d : store::ExpandDyads(e)) {
      std::string group = store::GroupKey(e.type, d.actor.code, d.recipient.code, e.aux);
      rep->Bind(1, event_id).Bind(2, group).Bind(3, d.actor.code).Bind(4, d.actor.entity).Bind(5, d.actor.name);
      rep->Bind(6, d.recipient.code).Bind(7, d.recipient.entity).Bind(8, d.recipient.name);
      rep->Bind(9, e.date).Bind(10, story);
      VEILLE_RETURN_IF_ERROR(rep->Run());
      groups->insert(group);
    }
  }
  return Status::Ok();
}

// The duplicate cluster of a new document: the story of the document its
// `duplicate_of` names when that is stored, else a hash of its text.
Result<std::string> StoryOf(Store::Impl& impl, const IngestItem& item) {
  if (!item.story.empty()) return item.story;
  const Document& doc = item.doc;
  if (doc.duplicate_of) {
    VEILLE_ASSIGN_OR_RETURN(Statement * q, impl.db->Prepare(
        "SELECT story FROM documents WHERE doc = ? ORDER BY id DESC LIMIT 1"));
    q->Bind(1, *doc.duplicate_of);
    VEILLE_ASSIGN_OR_RETURN(bool found, q->Step());
    std::string story = found ? q->Text(0) : "";
    q->Reset();
    if (found) return story;
  }
  if (doc.text.empty()) return "a:" + item.content_hash.substr(0, 32);
  return "t:" + store::Sha256Hex(doc.text).substr(0, 32);
}

}  // namespace

Status Store::Impl::InsertDocument(const IngestItem& item, std::set<std::string>* groups, IngestStats* stats) {
  VEILLE_ASSIGN_OR_RETURN(Statement * has, db->Prepare("SELECT 1 FROM documents WHERE hash = ?"));
  has->Bind(1, item.content_hash);
  VEILLE_ASSIGN_OR_RETURN(bool exists, has->Step());
  has->Reset();
  if (exists) {
    ++stats->documents_skipped;
    return Status::Ok();
  }
  const Document& d = item.doc;
  VEILLE_ASSIGN_OR_RETURN(std::string story, StoryOf(*this, item));
  VEILLE_ASSIGN_OR_RETURN(Statement * ins, db->Prepare(
      "INSERT INTO documents (hash, doc, url, lang, title, author, outlet, published, duplicate_of, story, record) "
      "VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
  ins->Bind(1, item.content_hash).Bind(2, d.doc).Bind(3, d.url).Bind(4, d.lang).Bind(5, d.title);
  ins->Bind(6, d.author).Bind(7, d.outlet).Bind(8, d.published).Bind(9, d.duplicate_of).Bind(10, story);
  ins->Bind(11, RecordToJson(d));
  VEILLE_RETURN_IF_ERROR(ins->Run());
  int64_t doc_id = sqlite3_last_insert_rowid(db->handle());
  VEILLE_RETURN_IF_ERROR(InsertMentions(*this, doc_id, d));
  if (!d.removed.empty()) {
    VEILLE_ASSIGN_OR_RETURN(Statement * rm, db->Prepare(
        "INSERT INTO removed_blocks (doc_id, ord, text, rule) VALUES (?,?,?,?)"));
    for (size_t i = 0; i < d.removed.size(); ++i) {
      rm->Bind(1, doc_id).Bind(2, static_cast<int64_t>(i)).Bind(3, d.removed[i].text).Bind(4, d.removed[i].rule);
      VEILLE_RETURN_IF_ERROR(rm->Run());
    }
  }
  VEILLE_RETURN_IF_ERROR(InsertEvents(*this, doc_id, d, story, groups));
  ++stats->documents_added;
  stats->mentions += d.mentions.size();
  stats->document_events += d.events.size();
  return Status::Ok();
}

Result<IngestStats> Store::Ingest(const std::vector<IngestItem>& batch) {
  if (impl_->read_only) return Status::InvalidArgument(impl_->db->path() + ": store opened read-only");
  IngestStats stats;
  std::set<std::string> groups;
  Status s = store::InTransaction(*impl_->db, [&]() -> Status {
    for (const IngestItem& item : batch) {
      if (item.content_hash.empty()) return Status::InvalidArgument(item.doc.doc + ": no content hash");
      VEILLE_RETURN_IF_ERROR(impl_->InsertDocument(item, &groups, &stats));
    }
    for (const std::string& g : groups) VEILLE_RETURN_IF_ERROR(impl_->Regroup(g));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  stats.groups_recomputed = groups.size();
  return stats;
}

Result<IngestStats> Store::MergeFrom(const std::string& path) {
  VEILLE_ASSIGN_OR_RETURN(std::unique_ptr<Store> src, Store::Open(path, {.create_if_missing = false, .read_only = true}));
  store::Database& sdb = *src->impl_->db;
  VEILLE_ASSIGN_OR_RETURN(std::unique_ptr<Statement> docs,
                          sdb.PrepareNew("SELECT id, hash, story, record FROM documents ORDER BY id"));
  VEILLE_ASSIGN_OR_RETURN(std::unique_ptr<Statement> codes,
                          sdb.PrepareNew("SELECT code FROM mentions WHERE doc_id = ? ORDER BY ord"));
  VEILLE_ASSIGN_OR_RETURN(std::unique_ptr<Statement> removed,
                          sdb.PrepareNew("SELECT text, rule FROM removed_blocks WHERE doc_id = ? ORDER BY ord"));
  IngestStats total;
  std::vector<IngestItem> batch;
  auto flush = [&]() -> Status {
    VEILLE_ASSIGN_OR_RETURN(IngestStats s, Ingest(batch));
    total.documents_added += s.documents_added;
    total.documents_skipped += s.documents_skipped;
    total.mentions += s.mentions;
    total.document_events += s.document_events;
    total.groups_recomputed += s.groups_recomputed;
    batch.clear();
    return Status::Ok();
  };
  for (;;) {
    VEILLE_ASSIGN_OR_RETURN(bool row, docs->Step());
    if (!row) break;
    Result<Document> doc = ParseRecord(docs->Text(3));
    if (!doc.ok()) return Status::DataError(path + ": stored record " + docs->Text(1) + ": " + doc.status().message());
    codes->Bind(1, docs->Int(0));
    for (size_t i = 0;; ++i) {
      VEILLE_ASSIGN_OR_RETURN(bool m, codes->Step());
      if (!m) break;
      if (i < doc->mentions.size()) doc->mentions[i].code = codes->Text(0);
    }
    codes->Reset();
    removed->Bind(1, docs->Int(0));
    for (;;) {
      VEILLE_ASSIGN_OR_RETURN(bool r, removed->Step());
      if (!r) break;
      doc->removed.push_back({removed->Text(0), removed->Text(1)});
    }
    removed->Reset();
    batch.push_back(IngestItem{std::move(*doc), docs->Text(1), docs->Text(2)});
    if (batch.size() >= 256) VEILLE_RETURN_IF_ERROR(flush());
  }
  if (!batch.empty()) VEILLE_RETURN_IF_ERROR(flush());
  return total;
}

}  // namespace veille
