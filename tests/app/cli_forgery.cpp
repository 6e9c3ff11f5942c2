#include "cli_forgery.hpp"

#include <cstring>
#include <map>
#include <vector>

#include "audit.hpp"  // lib/store/src: what anyone with RoboCert's source can compute
#include "robocert/report/document.hpp"
#include "robocert/report/json.hpp"

namespace cli_test {

void rechainAuditTrail(const QString& db) {
  namespace d = robocert::store::detail;
  d::Connection c(db.toStdString(), SQLITE_OPEN_READWRITE);
  std::vector<d::AuditEntry> entries;
  std::map<std::pair<std::string, std::int64_t>, std::int64_t> latest;  // row -> its last entry
  d::Statement a = c.prepare(
      "SELECT id, at, actor, action, tbl, row_id, run_id, detail, payload_sha256 FROM audit "
      "ORDER BY id");
  while (a.step()) {
    d::AuditEntry e;
    e.id = a.columnInt(0);
    e.at = a.columnText(1);
    e.actor = a.columnText(2);
    e.action = a.columnText(3);
    e.table = a.columnText(4);
    e.rowId = a.columnInt(5);
    e.runId = a.columnOptInt(6);
    e.detail = a.columnText(7);
    const auto payload = a.columnBlob(8);
    std::memcpy(e.payload.data(), payload.data(), e.payload.size());
    if (!e.table.empty()) latest[{e.table, e.rowId}] = e.id;
    entries.push_back(std::move(e));
  }
  a.reset();
  d::Digest previous{};
  c.exec("BEGIN");
  for (d::AuditEntry& e : entries) {
    if (!e.table.empty() && latest[{e.table, e.rowId}] == e.id)
      e.payload = d::storedRowDigest(c, e.table, e.rowId);
    e.hash = d::chainHash(previous, e);
    d::Statement u = c.prepare("UPDATE audit SET payload_sha256 = ?, hash = ? WHERE id = ?");
    u.bind(1, std::as_bytes(std::span(e.payload)))
        .bind(2, std::as_bytes(std::span(e.hash)))
        .bind(3, e.id);
    u.step();
    previous = e.hash;
  }
  c.exec("COMMIT");
}

std::pair<std::string, std::string> forgeContent(const std::string& contentJson) {
  namespace r = robocert::report;
  auto parsed = r::fromJson(contentJson);
  if (!std::holds_alternative<r::Document>(parsed)) return {};
  r::Document doc = std::get<r::Document>(std::move(parsed));
  for (r::ResultRow& row : doc.results) {
    row.value /= 2;
    row.verdict = "pass";
  }
  std::string json = r::toJson(doc, false);
  std::string sha = robocert::store::detail::toHex(robocert::store::detail::digestOfBytes(json));
  return {std::move(json), std::move(sha)};
}

}  // namespace cli_test
