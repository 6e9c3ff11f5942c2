#include "sqlite.hpp"

#include <cmath>
#include <utility>

#include "robocert/textio/utf8.hpp"

namespace robocert::store::detail {

namespace {

[[noreturn]] void throwCode(int rc, const std::string& path, const std::string& detail) {
  using K = StoreError::Kind;
  switch (rc & 0xFF) {
    case SQLITE_NOTADB:
      throw StoreError(K::NotADatabase, path, detail);
    case SQLITE_READONLY:
      throw StoreError(K::ReadOnly, path, detail);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      throw StoreError(K::Locked, path, detail);
    case SQLITE_FULL:
      throw StoreError(K::DiskFull, path, detail);
    case SQLITE_CANTOPEN:
      throw StoreError(K::CannotOpen, path, detail);
    case SQLITE_CONSTRAINT:
      throw StoreError(K::Invalid, path, detail);
    case SQLITE_CORRUPT:  // damage of the file, whoever reads it
      throw StoreError(K::Damaged, path, detail);
    default:
      throw StoreError(K::Io, path, detail);
  }
}

}  // namespace

void throwSqlite(int rc, sqlite3* db, const std::string& path) {
  throwCode(rc, path, db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
}

Statement::Statement(sqlite3* db, std::string_view sql, const std::string& path)
    : db_(db), path_(&path) {
  const int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
  if (rc != SQLITE_OK) throwSqlite(rc, db, path);
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement::Statement(Statement&& other) noexcept
    : db_(other.db_), stmt_(std::exchange(other.stmt_, nullptr)), path_(other.path_) {}

Statement& Statement::bind(int index, std::int64_t value) {
  if (int rc = sqlite3_bind_int64(stmt_, index, value); rc != SQLITE_OK)
    throwSqlite(rc, db_, *path_);
  return *this;
}

Statement& Statement::bind(int index, double value) {
  // SQLite stores NaN as NULL and infinity as a number no report can print: refuse both.
  if (!std::isfinite(value)) {
    throw StoreError(StoreError::Kind::Invalid, *path_,
                     "number for parameter " + std::to_string(index) + " is not finite (" +
                         std::to_string(value) + "); nothing was written");
  }
  if (int rc = sqlite3_bind_double(stmt_, index, value); rc != SQLITE_OK)
    throwSqlite(rc, db_, *path_);
  return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
  // The last line of defence: text that is not UTF-8 would be stored, and then no report could
  // be made of it and no certificate that contains it verify. Inputs refuse it with a place
  // earlier; anything that still gets here is refused before it is written.
  if (const auto bad = textio::firstInvalidUtf8Offset(text)) {
    throw StoreError(StoreError::Kind::Invalid, *path_,
                     "text for parameter " + std::to_string(index) + " is not UTF-8 (byte " +
                         std::to_string(*bad + 1) + "); nothing was written");
  }
  // SQLITE_TRANSIENT: SQLite copies, so callers may pass temporaries.
  const int rc =
      sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  if (rc != SQLITE_OK) throwSqlite(rc, db_, *path_);
  return *this;
}

Statement& Statement::bind(int index, std::span<const std::byte> blob) {
  // Static: blobs are large (stream chunks) and the caller keeps them alive until step().
  const int rc = sqlite3_bind_blob64(stmt_, index, blob.data(), blob.size(), SQLITE_STATIC);
  if (rc != SQLITE_OK) throwSqlite(rc, db_, *path_);
  return *this;
}

Statement& Statement::bindNull(int index) {
  if (int rc = sqlite3_bind_null(stmt_, index); rc != SQLITE_OK) throwSqlite(rc, db_, *path_);
  return *this;
}

bool Statement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  sqlite3_reset(stmt_);
  throwSqlite(rc, db_, *path_);
}

void Statement::reset() { sqlite3_reset(stmt_); }

int Statement::columnCount() const { return sqlite3_column_count(stmt_); }
bool Statement::isNull(int c) const { return sqlite3_column_type(stmt_, c) == SQLITE_NULL; }
std::int64_t Statement::columnInt(int c) const { return sqlite3_column_int64(stmt_, c); }
double Statement::columnDouble(int c) const { return sqlite3_column_double(stmt_, c); }

std::string Statement::columnText(int c) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, c));
  return p != nullptr ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, c)))
                      : std::string();
}

std::optional<std::string> Statement::columnOptText(int c) const {
  if (isNull(c)) return std::nullopt;
  return columnText(c);
}

std::optional<double> Statement::columnOptDouble(int c) const {
  if (isNull(c)) return std::nullopt;
  return columnDouble(c);
}

std::optional<std::int64_t> Statement::columnOptInt(int c) const {
  if (isNull(c)) return std::nullopt;
  return columnInt(c);
}

std::span<const std::byte> Statement::columnBlob(int c) const {
  const void* p = sqlite3_column_blob(stmt_, c);
  return {static_cast<const std::byte*>(p),
          static_cast<std::size_t>(sqlite3_column_bytes(stmt_, c))};
}

ValueView Statement::columnValue(int c) const {
  switch (sqlite3_column_type(stmt_, c)) {
    case SQLITE_INTEGER:
      return columnInt(c);
    case SQLITE_FLOAT:
      return columnDouble(c);
    case SQLITE_TEXT: {
      const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, c));
      return std::string_view(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, c)));
    }
    case SQLITE_BLOB:
      return columnBlob(c);
    default:
      return std::monostate{};
  }
}

Connection::Connection(const std::string& path, int flags) : path_(path) {
  const int rc = sqlite3_open_v2(path.c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    const std::string detail = db_ != nullptr ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    sqlite3_close(db_);
    db_ = nullptr;
    throwCode(rc, path, detail);
  }
  sqlite3_extended_result_codes(db_, 1);
}

Connection::~Connection() { sqlite3_close_v2(db_); }

void Connection::exec(std::string_view sql) {
  char* err = nullptr;
  const int rc = sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, &err);
  sqlite3_free(err);
  if (rc != SQLITE_OK) throwSqlite(rc, db_, path_);
}

Statement Connection::prepare(std::string_view sql) const { return Statement(db_, sql, path_); }

std::int64_t Connection::lastInsertRowid() const { return sqlite3_last_insert_rowid(db_); }

Transaction::Transaction(Connection& c) : c_(c) { c_.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
  if (!done_) sqlite3_exec(c_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
  c_.exec("COMMIT");
  done_ = true;
}

ReadSnapshot::ReadSnapshot(Connection& c) : c_(c) {
  if (sqlite3_get_autocommit(c_.handle()) == 0) return;
  c_.exec("BEGIN");
  owns_ = true;
  // A deferred transaction takes its snapshot at the first read, so read now.
  c_.exec("SELECT count(*) FROM sqlite_schema");
}

ReadSnapshot::~ReadSnapshot() {
  if (owns_) sqlite3_exec(c_.handle(), "COMMIT", nullptr, nullptr, nullptr);
}

}  // namespace robocert::store::detail
