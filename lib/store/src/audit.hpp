#pragma once

// The tamper-evident audit trail: every write of lab records appends an entry whose SHA-256
// covers the previous entry's hash and a digest of the written row as stored (all columns, in
// the table's order, with their SQLite types). Changing, deleting or inserting a row behind the
// program's back therefore breaks either the row digest or the chain.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "sqlite.hpp"

namespace robocert::store::detail {

using Digest = std::array<std::uint8_t, 32>;

// Incremental SHA-256 (OpenSSL's EVP, which uses the CPU's SHA extensions where present).
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;
  void update(const void* data, std::size_t size);
  void update(std::string_view s) { update(s.data(), s.size()); }
  Digest finish();

 private:
  void* ctx_;  // EVP_MD_CTX, kept opaque so OpenSSL's headers stay out of this one
};

std::string toHex(const Digest& d);
Digest digestOfBytes(std::string_view bytes);

// Canonical digest of one stored row: table name, rowid, then each column as a type tag and its
// bytes (integers and reals as 8 bytes big-endian, text and blobs length-prefixed).
Digest rowDigest(std::string_view table, std::int64_t rowid, const Statement& row);

// Reads the row back from the database and digests it; throws NotFound if it is missing.
Digest storedRowDigest(const Connection& c, std::string_view table, std::int64_t rowid);

struct AuditEntry {
  std::int64_t id = 0;
  std::string at;      // UTC, ISO 8601 with milliseconds
  std::string actor;   // who did it (operator or system user)
  std::string action;  // insert, update, interrupted, calibration-override, ...
  std::string table;   // the row written, if any ("" for pure events)
  std::int64_t rowId = 0;
  std::optional<std::int64_t> runId;
  std::string detail;  // free text for a person
  Digest payload{};    // rowDigest of the row after the write (zeros for pure events)
  Digest hash{};       // chain hash
};

Digest chainHash(const Digest& previous, const AuditEntry& e);

// Appends entries within the caller's transaction; keeps the chain head in memory.
class AuditLog {
 public:
  // reload() before the first append: the audit table may not exist until migrations ran.
  explicit AuditLog(Connection& c);
  // Records that `table` row `rowid` was written (now as stored) and returns the entry id.
  std::int64_t recordRow(std::string_view actor, std::string_view action, std::string_view table,
                         std::int64_t rowid, std::optional<std::int64_t> runId,
                         std::string_view detail = {});
  std::int64_t recordEvent(std::string_view actor, std::string_view action,
                           std::optional<std::int64_t> runId, std::string_view detail);
  // Re-reads the head after a rollback, so the next entry chains to what is really stored.
  void reload();
  // The newest entry as of the last reload() or append (inside a write: what is stored).
  std::int64_t headId() const { return lastId_; }
  const Digest& head() const { return head_; }

 private:
  std::int64_t append(AuditEntry e);
  Connection& c_;
  std::int64_t lastId_ = 0;
  Digest head_{};
};

std::string utcNow();

}  // namespace robocert::store::detail
