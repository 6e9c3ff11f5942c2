// Report revisions, the files issued of them, and the audit chain head they are tied to.

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "store_impl.hpp"

namespace robocert::store {

using detail::Statement;
using K = StoreError::Kind;

namespace {

constexpr std::string_view kReportColumns =
    "id, number, revision, run_id, replaces_id, amendment_reason, status, created_at, created_by, "
    "approved_at, approved_by, content_json, content_sha256, audit_head_id, audit_head_hash, "
    "signer_fingerprint, signature";

ReportRecord readReport(const Statement& s) {
  ReportRecord r;
  r.id = s.columnInt(0);
  r.number = s.columnText(1);
  r.revision = static_cast<int>(s.columnInt(2));
  r.runId = s.columnInt(3);
  r.replacesId = s.columnOptInt(4);
  r.amendmentReason = s.columnText(5);
  r.status = s.columnText(6) == "approved" ? ReportStatus::Approved : ReportStatus::Draft;
  r.createdAt = s.columnText(7);
  r.createdBy = s.columnText(8);
  r.approvedAt = s.columnOptText(9);
  r.approvedBy = s.columnOptText(10);
  r.contentJson = s.columnOptText(11).value_or("");
  r.contentSha256 = s.columnOptText(12).value_or("");
  r.auditHeadId = s.columnOptInt(13);
  r.auditHeadHash = s.columnOptText(14).value_or("");
  r.signerFingerprint = s.columnOptText(15).value_or("");
  r.signature = s.columnOptText(16).value_or("");
  return r;
}

constexpr std::string_view kIssuedColumns =
    "id, report_id, format, language, sha256, file_name, issued_at, issued_by";

IssuedFile readIssued(const Statement& s) {
  return {s.columnInt(0),  s.columnInt(1),  s.columnText(2), s.columnText(3),
          s.columnText(4), s.columnText(5), s.columnText(6), s.columnText(7)};
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  return s;
}

bool isHex64(const std::string& s) {
  return s.size() == 64 && std::all_of(s.begin(), s.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

std::string describe(const ReportRecord& r) {
  return "report " + r.number + " revision " + std::to_string(r.revision);
}

}  // namespace

// ---- Reports ----------------------------------------------------------------------------------

ReportRecord Store::createReport(std::int64_t runId, const std::string& actor) {
  const std::string who = actor.empty() ? impl_->actor : actor;
  const std::int64_t id = impl_->write([&] {
    Statement run = impl_->conn.prepare("SELECT 1 FROM runs WHERE id = ?");
    run.bind(1, runId);
    if (!run.step())
      throw StoreError(K::NotFound, impl_->path.string(), "no run " + std::to_string(runId));
    // Sequential per year; inside the write lock, so two reports never get the same number.
    const std::string now = detail::utcNow();
    const std::string prefix = "RC-" + now.substr(0, 4) + "-";
    Statement last = impl_->conn.prepare(
        "SELECT coalesce(max(CAST(substr(number, ?) AS INTEGER)), 0) FROM reports "
        "WHERE substr(number, 1, ?) = ?");
    last.bind(1, static_cast<std::int64_t>(prefix.size() + 1))
        .bind(2, static_cast<std::int64_t>(prefix.size()))
        .bind(3, prefix);
    last.step();
    char seq[32];
    std::snprintf(seq, sizeof seq, "%06lld", static_cast<long long>(last.columnInt(0) + 1));
    const std::string number = prefix + seq;
    Statement s = impl_->conn.prepare(
        "INSERT INTO reports(number, revision, run_id, status, created_at, created_by) "
        "VALUES (?, 0, ?, 'draft', ?, ?)");
    s.bind(1, number).bind(2, runId).bind(3, now).bind(4, who);
    s.step();
    const std::int64_t rowId = impl_->conn.lastInsertRowid();
    impl_->audit.recordRow(who, "insert", "reports", rowId, runId,
                           "report " + number + " revision 0 (draft)");
    return rowId;
  });
  return report(id);
}

ReportRecord Store::createRevision(std::int64_t replaces, const std::string& reason,
                                   const std::string& actor) {
  const std::string who = actor.empty() ? impl_->actor : actor;
  if (reason.find_first_not_of(" \t\r\n") == std::string::npos) {
    throw StoreError(K::Invalid, impl_->path.string(), "an amendment needs a reason");
  }
  const std::int64_t id = impl_->write([&] {
    const ReportRecord old = report(replaces);
    if (old.status != ReportStatus::Approved) {
      throw StoreError(K::Invalid, impl_->path.string(),
                       describe(old) + " is a draft; only an approved revision is amended");
    }
    const auto latest = findReport(old.number);
    if (latest && latest->revision != old.revision) {
      throw StoreError(K::Invalid, impl_->path.string(),
                       describe(old) + " is replaced by revision " +
                           std::to_string(latest->revision) + "; amend the latest revision");
    }
    Statement s = impl_->conn.prepare(
        "INSERT INTO reports(number, revision, run_id, replaces_id, amendment_reason, status, "
        "created_at, created_by) VALUES (?, ?, ?, ?, ?, 'draft', ?, ?)");
    s.bind(1, old.number).bind(2, old.revision + 1).bind(3, old.runId).bind(4, old.id);
    s.bind(5, reason).bind(6, detail::utcNow()).bind(7, who);
    s.step();
    const std::int64_t rowId = impl_->conn.lastInsertRowid();
    impl_->audit.recordRow(who, "amend", "reports", rowId, old.runId,
                           "report " + old.number + " revision " +
                               std::to_string(old.revision + 1) + " replaces revision " +
                               std::to_string(old.revision) + ": " + reason);
    return rowId;
  });
  return report(id);
}

ReportRecord Store::approveReport(std::int64_t reportId, const std::string& login,
                                  const std::string& contentJson, const std::string& contentSha256,
                                  const ApprovalSignature& signature) {
  if (contentJson.empty() || !isHex64(lower(contentSha256))) {
    throw StoreError(K::Invalid, impl_->path.string(),
                     "an approval needs the content and its SHA-256 (64 hex digits)");
  }
  if (signature.approvedAt.empty() || signature.signature.empty() ||
      !isHex64(lower(signature.signerFingerprint))) {
    throw StoreError(K::Invalid, impl_->path.string(),
                     "an approval needs the approver's signature, its time and key fingerprint");
  }
  impl_->write([&] {
    const ReportRecord r = report(reportId);
    if (r.status != ReportStatus::Draft) {
      throw StoreError(K::Invalid, impl_->path.string(), describe(r) + " is approved already");
    }
    // write() re-read the head inside the lock: this is the chain as it stands when approved.
    const std::int64_t headId = impl_->audit.headId();
    const std::string headHash = detail::toHex(impl_->audit.head());
    Statement s = impl_->conn.prepare(
        "UPDATE reports SET status = 'approved', approved_at = ?, approved_by = ?, "
        "content_json = ?, content_sha256 = ?, audit_head_id = ?, audit_head_hash = ?, "
        "signer_fingerprint = ?, signature = ? WHERE id = ? AND status = 'draft'");
    s.bind(1, signature.approvedAt).bind(2, login).bind(3, contentJson);
    s.bind(4, lower(contentSha256)).bind(5, headId).bind(6, headHash);
    s.bind(7, lower(signature.signerFingerprint)).bind(8, signature.signature).bind(9, reportId);
    s.step();
    impl_->audit.recordRow(login, "approve", "reports", reportId, r.runId,
                           describe(r) + ", content SHA-256 " + lower(contentSha256) +
                               ", signed with key " + lower(signature.signerFingerprint));
  });
  return report(reportId);
}

ReportRecord Store::report(std::int64_t id) const {
  Statement s =
      impl_->conn.prepare("SELECT " + std::string(kReportColumns) + " FROM reports WHERE id = ?");
  s.bind(1, id);
  if (!s.step())
    throw StoreError(K::NotFound, impl_->path.string(), "no report row " + std::to_string(id));
  return readReport(s);
}

std::optional<ReportRecord> Store::findReport(const std::string& number,
                                              std::optional<int> revision) const {
  Statement s = impl_->conn.prepare(
      "SELECT " + std::string(kReportColumns) +
      " FROM reports WHERE number = ? AND (? IS NULL OR revision = ?) ORDER BY revision DESC "
      "LIMIT 1");
  s.bind(1, number).bind(2, revision).bind(3, revision);
  if (!s.step()) return std::nullopt;
  return readReport(s);
}

std::vector<ReportRecord> Store::reports(std::optional<std::int64_t> runId) const {
  Statement s = impl_->conn.prepare("SELECT " + std::string(kReportColumns) +
                                    " FROM reports WHERE ? IS NULL OR run_id = ? ORDER BY id");
  s.bind(1, runId).bind(2, runId);
  std::vector<ReportRecord> out;
  while (s.step()) out.push_back(readReport(s));
  return out;
}

// ---- Issued files -----------------------------------------------------------------------------

std::int64_t Store::addIssuedFile(const IssuedFile& f) {
  const std::string sha = lower(f.sha256);
  if (f.format != "pdf" && f.format != "html" && f.format != "json") {
    throw StoreError(K::Invalid, impl_->path.string(),
                     "format \"" + f.format + "\" is not pdf, html or json");
  }
  if (f.language != "en" && f.language != "zh" && f.language != "both") {
    throw StoreError(K::Invalid, impl_->path.string(),
                     "language \"" + f.language + "\" is not en, zh or both");
  }
  if (!isHex64(sha)) {
    throw StoreError(K::Invalid, impl_->path.string(), "a file's SHA-256 is 64 hex digits");
  }
  const std::string who = f.issuedBy.empty() ? impl_->actor : f.issuedBy;
  return impl_->write([&] {
    const ReportRecord r = report(f.reportId);
    Statement s = impl_->conn.prepare(
        "INSERT INTO issued_files(report_id, format, language, sha256, file_name, issued_at, "
        "issued_by) VALUES (?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, f.reportId).bind(2, f.format).bind(3, f.language).bind(4, sha);
    s.bind(5, f.fileName).bind(6, detail::utcNow()).bind(7, who);
    s.step();
    const std::int64_t id = impl_->conn.lastInsertRowid();
    impl_->audit.recordRow(who, "issue", "issued_files", id, r.runId,
                           describe(r) + ": " + f.format + " " + f.language + " " + f.fileName);
    return id;
  });
}

std::optional<IssuedFile> Store::findIssuedFile(const std::string& sha256) const {
  Statement s = impl_->conn.prepare("SELECT " + std::string(kIssuedColumns) +
                                    " FROM issued_files WHERE sha256 = ? ORDER BY id LIMIT 1");
  s.bind(1, lower(sha256));
  if (!s.step()) return std::nullopt;
  return readIssued(s);
}

std::vector<IssuedFile> Store::issuedFiles(std::int64_t reportId) const {
  Statement s = impl_->conn.prepare("SELECT " + std::string(kIssuedColumns) +
                                    " FROM issued_files WHERE report_id = ? ORDER BY id");
  s.bind(1, reportId);
  std::vector<IssuedFile> out;
  while (s.step()) out.push_back(readIssued(s));
  return out;
}

// ---- Audit ------------------------------------------------------------------------------------

std::optional<AuditRecord> Store::auditEntry(std::int64_t id) const {
  Statement s = impl_->conn.prepare(
      "SELECT id, at, actor, action, tbl, row_id, run_id, detail, hash FROM audit WHERE id = ?");
  s.bind(1, id);
  if (!s.step()) return std::nullopt;
  detail::Digest d{};
  const auto b = s.columnBlob(8);
  std::memcpy(d.data(), b.data(), std::min(b.size(), d.size()));
  return AuditRecord{s.columnInt(0),    s.columnText(1), s.columnText(2),
                     s.columnText(3),   s.columnText(4), s.columnInt(5),
                     s.columnOptInt(6), s.columnText(7), detail::toHex(d)};
}

AuditHead Store::auditHead() const {
  Statement s = impl_->conn.prepare("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1");
  if (!s.step()) return {};
  detail::Digest d{};
  const auto b = s.columnBlob(1);
  std::memcpy(d.data(), b.data(), std::min(b.size(), d.size()));
  return {s.columnInt(0), detail::toHex(d)};
}

void Store::recordEvent(const std::string& action, const std::string& detail,
                        std::optional<std::int64_t> runId, const std::string& actor) {
  impl_->write([&] {
    impl_->audit.recordEvent(actor.empty() ? impl_->actor : actor, action, runId, detail);
  });
}

std::string toString(ReportStatus s) { return s == ReportStatus::Approved ? "approved" : "draft"; }

}  // namespace robocert::store
