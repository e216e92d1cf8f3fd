// The canonical dump: every table's content keyed by what identifies it
// outside the store (document hashes, entity ids, merged event ids), never
// by row ids, in a fixed order. Two stores with the same documents dump the
// same text. Tested by tests/store_merge_test.cc.
#include "store/store_impl.h"

namespace veille {
namespace {

struct Section {
  const char* name;
  const char* sql;
};

constexpr Section kSections[] = {
    {"documents",
     "SELECT hash, doc, url, lang, title, author, outlet, published, duplicate_of, story, record"
     " FROM documents ORDER BY hash"},
    {"mentions",
     "SELECT d.hash, m.ord, m.start, m.end, m.text, m.entity, m.code FROM mentions m"
     " JOIN documents d ON d.id = m.doc_id ORDER BY d.hash, m.ord"},
    {"removed_blocks",
     "SELECT d.hash, b.ord, b.text, b.rule FROM removed_blocks b"
     " JOIN documents d ON d.id = b.doc_id ORDER BY d.hash, b.ord"},
    {"entities", "SELECT id, name, kind, country, sector, code, fold, mentions FROM entities ORDER BY id"},
    {"aliases", "SELECT entity, alias, fold, mentions FROM aliases ORDER BY entity, alias"},
    {"doc_events",
     "SELECT d.hash, e.ord, e.type, e.mode, e.context, e.date, e.date_source, e.aux, e.location,"
     " e.location_country, e.cameo, e.goldstein, e.confidence, e.evidence FROM doc_events e"
     " JOIN documents d ON d.id = e.doc_id ORDER BY d.hash, e.ord"},
    {"reports",
     "SELECT d.hash, e.ord, r.grp, r.actor, r.actor_entity, r.actor_name, r.recipient, r.recipient_entity,"
     " r.recipient_name, r.date, r.story, r.event_id FROM reports r JOIN doc_events e ON e.id = r.doc_event_id"
     " JOIN documents d ON d.id = e.doc_id ORDER BY d.hash, e.ord, r.grp"},
    {"events",
     "SELECT id, grp, type, actor, actor_name, recipient, recipient_name, aux, date, mode, context, cameo,"
     " quad_class, printf('%.9f', goldstein), printf('%.9f', confidence), num_reports, num_sources,"
     " num_articles, location, location_country, first_published, evidence FROM events ORDER BY id"},
};

}  // namespace

Status Store::DumpCanonical(std::ostream& out) {
  for (const Section& s : kSections) {
    out << "## " << s.name << '\n';
    VEILLE_ASSIGN_OR_RETURN(std::unique_ptr<store::Statement> q, impl_->db->PrepareNew(s.sql));
    for (;;) {
      VEILLE_ASSIGN_OR_RETURN(bool row, q->Step());
      if (!row) break;
      out << q->Row() << '\n';
    }
  }
  return out ? Status::Ok() : Status::IoError("cannot write the dump");
}

}  // namespace veille
