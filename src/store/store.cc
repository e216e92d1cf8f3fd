// Opening a store: file checks, schema creation, migrations, pragmas; the
// integrity check. Tested by store_test.cc.
#include <filesystem>

#include "store/store_impl.h"

namespace veille {
namespace store {
extern const char kSchemaSql[];
}  // namespace store

namespace {

// PRAGMA application_id of veille stores: "veil" in ASCII.
constexpr int64_t kApplicationId = 0x7665696C;
// The schema version this binary writes. Version N+1 adds a step to
// kMigrations taking a version-N store to N+1.
constexpr int64_t kSchemaVersion = 2;

struct Migration {
  int64_t from;
  const char* sql;
};
constexpr Migration kMigrations[] = {
    // 1 -> 2: what cleaning removed from each document, and the rule that
    // removed it (not part of the record, so a table of its own).
    {1,
     "CREATE TABLE removed_blocks ("
     "  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
     "  ord INTEGER NOT NULL,"
     "  text TEXT NOT NULL,"
     "  rule TEXT NOT NULL,"
     "  PRIMARY KEY (doc_id, ord)"
     ") WITHOUT ROWID;"},
};

Status Migrate(store::Database& db, int64_t version);

// A new store: schema.sql (version 1, as released) then every migration, so
// a new store and a migrated one have the same schema.
Status CreateSchema(store::Database& db) {
  VEILLE_RETURN_IF_ERROR(store::InTransaction(db, [&] {
    VEILLE_RETURN_IF_ERROR(db.Exec(store::kSchemaSql));
    VEILLE_RETURN_IF_ERROR(db.Exec("PRAGMA application_id = " + std::to_string(kApplicationId)));
    return db.Exec("PRAGMA user_version = 1");
  }));
  return Migrate(db, 1);
}

Status Migrate(store::Database& db, int64_t version) {
  for (const Migration& m : kMigrations) {
    if (!m.sql || m.from < version) continue;
    VEILLE_RETURN_IF_ERROR(store::InTransaction(db, [&] {
      VEILLE_RETURN_IF_ERROR(db.Exec(m.sql));
      return db.Exec("PRAGMA user_version = " + std::to_string(m.from + 1));
    }));
    version = m.from + 1;
  }
  if (version != kSchemaVersion)
    return Status::DataError(db.path() + ": no migration from schema version " + std::to_string(version));
  return Status::Ok();
}

// Checks the file is a veille store of a known version, creating the schema
// in an empty database and migrating an older one.
Status PrepareSchema(store::Database& db, bool read_only) {
  Result<int64_t> app = db.QueryInt("PRAGMA application_id");
  if (!app.ok()) return Status::DataError(db.path() + ": not a veille store (not an SQLite database)");
  VEILLE_ASSIGN_OR_RETURN(int64_t version, db.QueryInt("PRAGMA user_version"));
  VEILLE_ASSIGN_OR_RETURN(int64_t tables, db.QueryInt("SELECT count(*) FROM sqlite_schema"));
  if (*app == 0 && version == 0 && tables == 0) {
    if (read_only) return Status::NotFound(db.path() + ": empty database, not a veille store");
    return CreateSchema(db);
  }
  if (*app != kApplicationId)
    return Status::DataError(db.path() + ": not a veille store (an SQLite database of another program)");
  if (version > kSchemaVersion)
    return Status::Unsupported(db.path() + ": store written by a newer veille (schema version " +
                               std::to_string(version) + "; this veille knows up to " +
                               std::to_string(kSchemaVersion) + ")");
  if (version < kSchemaVersion) {
    if (read_only) return Status::Unsupported(db.path() + ": old schema; open it writable once to migrate");
    return Migrate(db, version);
  }
  return Status::Ok();
}

}  // namespace

const std::string& Store::Impl::Fold(const std::string& s) {
  auto it = fold_cache.find(s);
  if (it != fold_cache.end()) return it->second;
  if (fold_cache.size() > 200000) fold_cache.clear();
  return fold_cache.emplace(s, folder.Fold(s)).first->second;
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const StoreOptions& options) {
  std::error_code ec;
  bool exists = std::filesystem::exists(path, ec);
  if (!exists && (!options.create_if_missing || options.read_only))
    return Status::NotFound(path + ": no such store");
  if (exists && std::filesystem::is_directory(path, ec))
    return Status::InvalidArgument(path + ": is a directory, not a store file");
  int flags = options.read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  auto impl = std::make_unique<Impl>();
  VEILLE_ASSIGN_OR_RETURN(impl->db, store::Database::Open(path, flags));
  impl->read_only = options.read_only;
  store::Database& db = *impl->db;
  if (!options.read_only) {
    Result<int64_t> probe = db.QueryInt("PRAGMA application_id");
    if (!probe.ok()) return Status::DataError(path + ": not a veille store (not an SQLite database)");
    VEILLE_RETURN_IF_ERROR(db.Exec("PRAGMA journal_mode = WAL"));
  }
  VEILLE_RETURN_IF_ERROR(PrepareSchema(db, options.read_only));
  VEILLE_RETURN_IF_ERROR(db.Exec(
      "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -32768;"
      " PRAGMA mmap_size = 1073741824"));
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

Result<StoreCounts> Store::Counts() {
  store::Database& db = *impl_->db;
  StoreCounts c;
  VEILLE_ASSIGN_OR_RETURN(c.documents, db.QueryInt("SELECT count(*) FROM documents"));
  VEILLE_ASSIGN_OR_RETURN(c.mentions, db.QueryInt("SELECT count(*) FROM mentions"));
  VEILLE_ASSIGN_OR_RETURN(c.entities, db.QueryInt("SELECT count(*) FROM entities"));
  VEILLE_ASSIGN_OR_RETURN(c.aliases, db.QueryInt("SELECT count(*) FROM aliases"));
  VEILLE_ASSIGN_OR_RETURN(c.document_events, db.QueryInt("SELECT count(*) FROM doc_events"));
  VEILLE_ASSIGN_OR_RETURN(c.reports, db.QueryInt("SELECT count(*) FROM reports"));
  VEILLE_ASSIGN_OR_RETURN(c.events, db.QueryInt("SELECT count(*) FROM events"));
  return c;
}

Result<std::vector<bool>> Store::Contains(const std::vector<std::string>& hashes) {
  VEILLE_ASSIGN_OR_RETURN(store::Statement * q, impl_->db->Prepare("SELECT 1 FROM documents WHERE hash = ?"));
  std::vector<bool> out;
  for (const std::string& h : hashes) {
    q->Bind(1, h);
    VEILLE_ASSIGN_OR_RETURN(bool row, q->Step());
    out.push_back(row);
    q->Reset();
  }
  return out;
}

Result<std::optional<Document>> Store::FindDocument(const std::string& content_hash) {
  VEILLE_ASSIGN_OR_RETURN(store::Statement * q, impl_->db->Prepare("SELECT id, record FROM documents WHERE hash = ?"));
  q->Bind(1, content_hash);
  VEILLE_ASSIGN_OR_RETURN(bool found, q->Step());
  if (!found) {
    q->Reset();
    return std::optional<Document>();
  }
  int64_t id = q->Int(0);
  Result<Document> doc = ParseRecord(q->Text(1));
  q->Reset();
  if (!doc.ok()) return Status::DataError(impl_->db->path() + ": stored record " + content_hash + ": " +
                                          doc.status().message());
  VEILLE_ASSIGN_OR_RETURN(store::Statement * codes, impl_->db->Prepare(
      "SELECT ord, code FROM mentions WHERE doc_id = ? ORDER BY ord"));
  codes->Bind(1, id);
  for (;;) {
    VEILLE_ASSIGN_OR_RETURN(bool row, codes->Step());
    if (!row) break;
    size_t ord = static_cast<size_t>(codes->Int(0));
    if (ord < doc->mentions.size()) doc->mentions[ord].code = codes->Text(1);
  }
  codes->Reset();
  return std::optional<Document>(std::move(*doc));
}

namespace {

// Invariants beyond SQLite's own checks, each a query that counts violations.
struct Invariant {
  const char* what;
  const char* sql;
};
constexpr Invariant kInvariants[] = {
    {"documents whose mentions are not all stored",
     "SELECT count(*) FROM documents d WHERE json_array_length(d.record, '$.mentions') <> "
     "(SELECT count(*) FROM mentions m WHERE m.doc_id = d.id)"},
    {"documents whose events are not all stored",
     "SELECT count(*) FROM documents d WHERE json_array_length(d.record, '$.events') <> "
     "(SELECT count(*) FROM doc_events e WHERE e.doc_id = d.id)"},
    {"reports outside every merged event",
     "SELECT count(*) FROM reports r WHERE r.event_id IS NULL OR NOT EXISTS "
     "(SELECT 1 FROM events ev WHERE ev.id = r.event_id)"},
    {"merged events whose report count is wrong",
     "SELECT count(*) FROM events ev WHERE ev.num_reports <> (SELECT count(*) FROM reports r WHERE r.event_id = ev.id)"},
    {"entities whose mention count is wrong",
     "SELECT count(*) FROM entities en WHERE en.mentions <> (SELECT count(*) FROM mentions m WHERE m.entity = en.id)"},
};

}  // namespace

Status Store::Check() {
  store::Database& db = *impl_->db;
  VEILLE_ASSIGN_OR_RETURN(std::unique_ptr<store::Statement> ic, db.PrepareNew("PRAGMA integrity_check"));
  VEILLE_ASSIGN_OR_RETURN(bool row, ic->Step());
  if (!row || ic->Text(0) != "ok") return Status::DataError(db.path() + ": integrity check: " + ic->Text(0));
  VEILLE_ASSIGN_OR_RETURN(std::unique_ptr<store::Statement> fk, db.PrepareNew("PRAGMA foreign_key_check"));
  VEILLE_ASSIGN_OR_RETURN(bool bad, fk->Step());
  if (bad) return Status::DataError(db.path() + ": foreign key violation in table " + fk->Text(0));
  for (const Invariant& inv : kInvariants) {
    VEILLE_ASSIGN_OR_RETURN(int64_t n, db.QueryInt(inv.sql));
    if (n) return Status::DataError(db.path() + ": " + std::to_string(n) + " " + inv.what);
  }
  if (!impl_->read_only) {
    Status fts = db.Exec("INSERT INTO evidence_fts(evidence_fts) VALUES ('integrity-check')");
    if (!fts.ok()) return Status::DataError(db.path() + ": full-text index: " + fts.message());
  }
  return Status::Ok();
}

}  // namespace veille
