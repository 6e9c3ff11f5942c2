#pragma once

// A lab database damaged on disk as a bad sector or a stray write would damage it: the root page
// of one table or index overwritten with 0xA5 bytes. The write-ahead log is folded into the file
// first, so the page overwritten is the one SQLite reads.

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

namespace robocert::test_support {

// Empty when done, else what went wrong: ASSERT_EQ(damageRootPage(db, "results"), "").
inline std::string damageRootPage(const std::filesystem::path& db, const std::string& object) {
  sqlite3* h = nullptr;
  if (sqlite3_open(db.c_str(), &h) != SQLITE_OK) return "cannot open " + db.string();
  sqlite3_stmt* q = nullptr;
  const std::string sql =
      "SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_schema WHERE name = ?";
  std::int64_t root = 0, pageSize = 0;
  const bool folded =
      sqlite3_exec(h, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr) == SQLITE_OK;
  if (folded && sqlite3_prepare_v2(h, sql.c_str(), -1, &q, nullptr) == SQLITE_OK &&
      sqlite3_bind_text(q, 1, object.c_str(), -1, SQLITE_TRANSIENT) == SQLITE_OK &&
      sqlite3_step(q) == SQLITE_ROW) {
    root = sqlite3_column_int64(q, 0);
    pageSize = sqlite3_column_int64(q, 1);
  }
  sqlite3_finalize(q);
  sqlite3_close(h);
  if (root < 2 || pageSize <= 0) return "no root page of " + object + " in " + db.string();
  std::fstream f(db, std::ios::in | std::ios::out | std::ios::binary);
  f.seekp((root - 1) * pageSize);
  const std::string garbage(static_cast<std::size_t>(pageSize), '\xA5');
  f.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
  return f.good() ? std::string() : "cannot write " + db.string();
}

}  // namespace robocert::test_support
