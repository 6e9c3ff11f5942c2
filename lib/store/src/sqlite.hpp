#pragma once

// A thin RAII layer over the SQLite C API: one Connection per thread, prepared Statements,
// and every failure turned into a StoreError of the right kind.

#include <sqlite3.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>

#include "robocert/store/error.hpp"

namespace robocert::store::detail {

// A stored value as SQLite returns it; views stay valid until the statement steps again.
using ValueView = std::variant<std::monostate, std::int64_t, double, std::string_view,
                               std::span<const std::byte>>;

[[noreturn]] void throwSqlite(int rc, sqlite3* db, const std::string& path);

class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql, const std::string& path);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement(Statement&& other) noexcept;

  // Parameters are 1-based like SQLite's.
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  Statement& bind(int index, double value);
  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
  Statement& bind(int index, const std::string& text) {
    return bind(index, std::string_view(text));
  }
  Statement& bind(int index, std::span<const std::byte> blob);
  Statement& bindNull(int index);
  template <typename T>
  Statement& bind(int index, const std::optional<T>& value) {
    return value ? bind(index, *value) : bindNull(index);
  }

  bool step();   // true while a row is available; throws on failure
  void reset();  // ready to bind and step again (keeps bindings until rebound)

  int columnCount() const;
  bool isNull(int column) const;
  std::int64_t columnInt(int column) const;
  double columnDouble(int column) const;
  std::string columnText(int column) const;
  std::optional<std::string> columnOptText(int column) const;
  std::optional<double> columnOptDouble(int column) const;
  std::optional<std::int64_t> columnOptInt(int column) const;
  std::span<const std::byte> columnBlob(int column) const;
  ValueView columnValue(int column) const;

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  const std::string* path_ = nullptr;
};

class Connection {
 public:
  // flags: SQLITE_OPEN_READONLY or SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE.
  Connection(const std::string& path, int flags);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  void exec(std::string_view sql);
  Statement prepare(std::string_view sql) const;
  std::int64_t lastInsertRowid() const;
  const std::string& path() const { return path_; }
  sqlite3* handle() const { return db_; }

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back when destroyed without commit() (e.g. on an error),
// so a failed write leaves the database as it was before it.
class Transaction {
 public:
  explicit Transaction(Connection& c);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  Connection& c_;
  bool done_ = false;
};

// A consistent read: every query until destruction sees the database as it was at the first one,
// whatever other connections commit meanwhile (WAL snapshot). A no-op inside a transaction that
// is already open on this connection.
class ReadSnapshot {
 public:
  explicit ReadSnapshot(Connection& c);
  ~ReadSnapshot();
  ReadSnapshot(const ReadSnapshot&) = delete;
  ReadSnapshot& operator=(const ReadSnapshot&) = delete;

 private:
  Connection& c_;
  bool owns_ = false;
};

}  // namespace robocert::store::detail
