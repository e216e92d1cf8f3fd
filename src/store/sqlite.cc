// Tested through store_test.cc.
#include "store/sqlite.h"

namespace veille::store {

void Statement::Check(int rc) {
  if (rc != SQLITE_OK && bind_error_ == SQLITE_OK) bind_error_ = rc;
}

Statement& Statement::Bind(int i, int64_t v) {
  Check(sqlite3_bind_int64(stmt_, i, v));
  return *this;
}

Statement& Statement::Bind(int i, double v) {
  Check(sqlite3_bind_double(stmt_, i, v));
  return *this;
}

Statement& Statement::Bind(int i, std::string_view v) {
  Check(sqlite3_bind_text64(stmt_, i, v.data(), v.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
  return *this;
}

Statement& Statement::Bind(int i, const std::optional<std::string>& v) {
  return v ? Bind(i, std::string_view(*v)) : BindNull(i);
}

Statement& Statement::Bind(int i, const std::optional<double>& v) { return v ? Bind(i, *v) : BindNull(i); }

Statement& Statement::BindNull(int i) {
  Check(sqlite3_bind_null(stmt_, i));
  return *this;
}

Result<bool> Statement::Step() {
  if (bind_error_ != SQLITE_OK) {
    int rc = bind_error_;
    bind_error_ = SQLITE_OK;
    return Status::Internal(std::string("sqlite bind: ") + sqlite3_errstr(rc));
  }
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  std::string sql = sqlite3_sql(stmt_) ? sqlite3_sql(stmt_) : "";
  if (sql.size() > 80) sql = sql.substr(0, 80) + "...";
  return Status::IoError(std::string("sqlite: ") + sqlite3_errmsg(db_) + " (in: " + sql + ")");
}

Status Statement::Run() {
  Result<bool> r = Step();
  while (r.ok() && *r) r = Step();
  Reset();
  return r.ok() ? Status::Ok() : r.status();
}

void Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  bind_error_ = SQLITE_OK;
}

std::string Statement::Text(int col) const {
  const unsigned char* p = sqlite3_column_text(stmt_, col);
  return p ? std::string(reinterpret_cast<const char*>(p), sqlite3_column_bytes(stmt_, col)) : std::string();
}

std::optional<std::string> Statement::OptText(int col) const {
  if (IsNull(col)) return std::nullopt;
  return Text(col);
}

std::string Statement::Row() const {
  std::string out;
  for (int i = 0, n = sqlite3_column_count(stmt_); i < n; ++i) {
    if (i) out += '\t';
    out += IsNull(i) ? std::string("\\N") : Text(i);
  }
  return out;
}

Result<std::unique_ptr<Database>> Database::Open(const std::string& path, int flags) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return Status::IoError(path + ": cannot open: " + msg);
  }
  sqlite3_extended_result_codes(db, 1);
  sqlite3_busy_timeout(db, 10000);
  return std::unique_ptr<Database>(new Database(db, path));
}

Database::~Database() {
  cache_.clear();  // statements first
  sqlite3_close(db_);
}

Status Database::Error(const std::string& what) const {
  return Status::IoError(path_ + ": " + what + ": " + sqlite3_errmsg(db_));
}

Status Database::Exec(const std::string& sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) == SQLITE_OK) return Status::Ok();
  std::string msg = err ? err : "unknown error";
  sqlite3_free(err);
  return Status::IoError(path_ + ": " + msg);
}

Result<std::unique_ptr<Statement>> Database::PrepareNew(const std::string& sql) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db_, sql.c_str(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK)
    return Error("cannot prepare '" + sql.substr(0, 60) + "'");
  return std::make_unique<Statement>(db_, stmt);
}

Result<Statement*> Database::Prepare(const std::string& sql) {
  auto it = cache_.find(sql);
  if (it != cache_.end()) {
    it->second->Reset();
    return it->second.get();
  }
  VEILLE_ASSIGN_OR_RETURN(std::unique_ptr<Statement> s, PrepareNew(sql));
  Statement* raw = s.get();
  cache_.emplace(sql, std::move(s));
  return raw;
}

Result<int64_t> Database::QueryInt(const std::string& sql) {
  VEILLE_ASSIGN_OR_RETURN(std::unique_ptr<Statement> s, PrepareNew(sql));
  VEILLE_ASSIGN_OR_RETURN(bool row, s->Step());
  if (!row) return Status::Internal("no row from: " + sql);
  return s->Int(0);
}

}  // namespace veille::store
