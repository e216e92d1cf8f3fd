// A thin RAII layer over the SQLite C API: a connection and prepared
// statements that report errors as Status values. Internal to src/store/.
#ifndef VEILLE_STORE_SQLITE_H_
#define VEILLE_STORE_SQLITE_H_

#include <sqlite3.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "veille/status.h"

namespace veille::store {

class Statement {
 public:
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Binders take 1-based parameter indexes and return *this for chaining.
  Statement& Bind(int i, int64_t v);
  Statement& Bind(int i, int v) { return Bind(i, static_cast<int64_t>(v)); }
  Statement& Bind(int i, size_t v) { return Bind(i, static_cast<int64_t>(v)); }
  Statement& Bind(int i, double v);
  Statement& Bind(int i, std::string_view v);
  Statement& Bind(int i, const char* v) { return Bind(i, std::string_view(v)); }
  Statement& Bind(int i, const std::string& v) { return Bind(i, std::string_view(v)); }
  Statement& Bind(int i, const std::optional<std::string>& v);
  Statement& Bind(int i, const std::optional<double>& v);
  Statement& BindNull(int i);

  // Steps once: true when a row is ready, false when done. A failed step
  // yields an error (also for the first bind error met).
  Result<bool> Step();
  // Steps to completion, then resets for reuse.
  Status Run();
  // Clears bindings and rewinds, for the next use of the statement.
  void Reset();

  int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }
  double Double(int col) const { return sqlite3_column_double(stmt_, col); }
  bool IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  std::string Text(int col) const;
  std::optional<std::string> OptText(int col) const;
  // The current row as text: columns separated by tabs, NULL as "\N".
  std::string Row() const;

 private:
  void Check(int rc);
  sqlite3* db_;
  sqlite3_stmt* stmt_;
  int bind_error_ = SQLITE_OK;
};

class Database {
 public:
  // Opens `path`; flags as sqlite3_open_v2 takes them.
  static Result<std::unique_ptr<Database>> Open(const std::string& path, int flags);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Runs one or more statements without results.
  Status Exec(const std::string& sql);
  // A statement prepared once per connection and reused (cached by SQL text);
  // it comes back reset. The pointer lives as long as the Database.
  Result<Statement*> Prepare(const std::string& sql);
  // A fresh statement (for SQL built at run time).
  Result<std::unique_ptr<Statement>> PrepareNew(const std::string& sql);
  // The single integer the query returns (e.g. a PRAGMA or a count).
  Result<int64_t> QueryInt(const std::string& sql);

  sqlite3* handle() { return db_; }
  const std::string& path() const { return path_; }
  Status Error(const std::string& what) const;

 private:
  Database(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::string path_;
  std::map<std::string, std::unique_ptr<Statement>> cache_;
};

// Runs `body` inside BEGIN IMMEDIATE ... COMMIT; rolls back when it fails.
template <typename F>
Status InTransaction(Database& db, F&& body) {
  VEILLE_RETURN_IF_ERROR(db.Exec("BEGIN IMMEDIATE"));
  Status s = body();
  if (s.ok()) s = db.Exec("COMMIT");
  if (!s.ok()) (void)db.Exec("ROLLBACK");
  return s;
}

}  // namespace veille::store

#endif  // VEILLE_STORE_SQLITE_H_
