#include "audit.hpp"

#include <openssl/evp.h>

#include <bit>
#include <chrono>
#include <cstring>
#include <ctime>
#include <stdexcept>

namespace robocert::store::detail {

Sha256::Sha256() : ctx_(EVP_MD_CTX_new()) {
  if (ctx_ == nullptr ||
      EVP_DigestInit_ex(static_cast<EVP_MD_CTX*>(ctx_), EVP_sha256(), nullptr) != 1) {
    throw std::runtime_error("OpenSSL: cannot initialise SHA-256");
  }
}

Sha256::~Sha256() { EVP_MD_CTX_free(static_cast<EVP_MD_CTX*>(ctx_)); }

void Sha256::update(const void* data, std::size_t size) {
  EVP_DigestUpdate(static_cast<EVP_MD_CTX*>(ctx_), data, size);
}

Digest Sha256::finish() {
  Digest d{};
  unsigned len = 0;
  EVP_DigestFinal_ex(static_cast<EVP_MD_CTX*>(ctx_), d.data(), &len);
  return d;
}

std::string toHex(const Digest& d) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string s;
  s.reserve(64);
  for (std::uint8_t b : d) {
    s += kHex[b >> 4];
    s += kHex[b & 0xF];
  }
  return s;
}

Digest digestOfBytes(std::string_view bytes) {
  Sha256 h;
  h.update(bytes);
  return h.finish();
}

namespace {

void putU64(Sha256& h, std::uint64_t v) {
  std::array<std::uint8_t, 8> b{};
  for (int i = 7; i >= 0; --i) {
    b[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(v & 0xFF);
    v >>= 8;
  }
  h.update(b.data(), b.size());
}

void putTagged(Sha256& h, char tag, std::string_view bytes) {
  h.update(&tag, 1);
  putU64(h, bytes.size());
  h.update(bytes);
}

}  // namespace

namespace {

// Columns of the tables that later schema versions extended, as created in version 1. A column
// added later is nullable and left out of the digest while it is NULL, so a row written before
// the column existed keeps its digest; once set, it is covered like any other. Version 2 extended
// runs and pose_measurements, version 3 users and calibrations, version 4 results and reports
// (reports as created in version 3).
int v1ColumnCount(std::string_view table, int columns) {
  if (table == "runs") return 15;
  if (table == "results") return 10;
  if (table == "pose_measurements") return 19;
  if (table == "users") return 4;
  if (table == "calibrations") return 7;
  if (table == "reports") return 15;
  return columns;
}

}  // namespace

Digest rowDigest(std::string_view table, std::int64_t rowid, const Statement& row) {
  Sha256 h;
  putTagged(h, 'T', table);
  putU64(h, static_cast<std::uint64_t>(rowid));
  int n = row.columnCount();
  // Trailing NULLs among the later columns do not count (see v1ColumnCount).
  for (const int v1 = v1ColumnCount(table, n);
       n > v1 && std::holds_alternative<std::monostate>(row.columnValue(n - 1));)
    --n;
  putU64(h, static_cast<std::uint64_t>(n));
  for (int c = 0; c < n; ++c) {
    const ValueView v = row.columnValue(c);
    if (std::holds_alternative<std::monostate>(v)) {
      h.update("N", 1);
    } else if (const auto* i = std::get_if<std::int64_t>(&v)) {
      h.update("I", 1);
      putU64(h, static_cast<std::uint64_t>(*i));
    } else if (const auto* r = std::get_if<double>(&v)) {
      h.update("R", 1);
      putU64(h, std::bit_cast<std::uint64_t>(*r));
    } else if (const auto* t = std::get_if<std::string_view>(&v)) {
      putTagged(h, 'S', *t);
    } else {
      const auto& b = std::get<std::span<const std::byte>>(v);
      putTagged(h, 'B', std::string_view(reinterpret_cast<const char*>(b.data()), b.size()));
    }
  }
  return h.finish();
}

Digest storedRowDigest(const Connection& c, std::string_view table, std::int64_t rowid) {
  // Table names come from the store's own constants, never from input.
  Statement s = c.prepare("SELECT * FROM " + std::string(table) + " WHERE rowid = ?");
  s.bind(1, rowid);
  if (!s.step()) {
    throw StoreError(StoreError::Kind::NotFound, c.path(),
                     std::string(table) + " row " + std::to_string(rowid) + " is missing");
  }
  return rowDigest(table, rowid, s);
}

Digest chainHash(const Digest& previous, const AuditEntry& e) {
  Sha256 h;
  h.update("robocert-audit-v1", 17);
  h.update(previous.data(), previous.size());
  putU64(h, static_cast<std::uint64_t>(e.id));
  putTagged(h, 'S', e.at);
  putTagged(h, 'S', e.actor);
  putTagged(h, 'S', e.action);
  putTagged(h, 'S', e.table);
  putU64(h, static_cast<std::uint64_t>(e.rowId));
  if (e.runId) {
    h.update("I", 1);
    putU64(h, static_cast<std::uint64_t>(*e.runId));
  } else {
    h.update("N", 1);
  }
  putTagged(h, 'S', e.detail);
  h.update(e.payload.data(), e.payload.size());
  return h.finish();
}

AuditLog::AuditLog(Connection& c) : c_(c) {}

void AuditLog::reload() {
  Statement s = c_.prepare("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1");
  lastId_ = 0;
  head_ = {};
  if (s.step()) {
    lastId_ = s.columnInt(0);
    const auto b = s.columnBlob(1);
    if (b.size() == head_.size()) std::memcpy(head_.data(), b.data(), b.size());
  }
}

std::int64_t AuditLog::recordRow(std::string_view actor, std::string_view action,
                                 std::string_view table, std::int64_t rowid,
                                 std::optional<std::int64_t> runId, std::string_view detail) {
  AuditEntry e;
  e.actor = actor;
  e.action = action;
  e.table = table;
  e.rowId = rowid;
  e.runId = runId;
  e.detail = detail;
  e.payload = storedRowDigest(c_, table, rowid);
  return append(std::move(e));
}

std::int64_t AuditLog::recordEvent(std::string_view actor, std::string_view action,
                                   std::optional<std::int64_t> runId, std::string_view detail) {
  AuditEntry e;
  e.actor = actor;
  e.action = action;
  e.runId = runId;
  e.detail = detail;
  return append(std::move(e));
}

std::int64_t AuditLog::append(AuditEntry e) {
  e.id = lastId_ + 1;  // consecutive ids: a deleted entry leaves a visible gap
  e.at = utcNow();
  e.hash = chainHash(head_, e);
  Statement s = c_.prepare(
      "INSERT INTO audit(id, at, actor, action, tbl, row_id, run_id, detail, payload_sha256, hash) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  s.bind(1, e.id).bind(2, e.at).bind(3, e.actor).bind(4, e.action).bind(5, e.table);
  s.bind(6, e.rowId).bind(7, e.runId).bind(8, e.detail);
  s.bind(9, std::as_bytes(std::span(e.payload))).bind(10, std::as_bytes(std::span(e.hash)));
  s.step();
  lastId_ = e.id;
  head_ = e.hash;
  return e.id;
}

std::string utcNow() {
  const auto now = std::chrono::system_clock::now();
  const std::time_t t = std::chrono::system_clock::to_time_t(now);
  const auto ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[64];  // room for any int the compiler can imagine in each field
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms));
  return buf;
}

}  // namespace robocert::store::detail
