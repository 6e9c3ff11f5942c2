// Schema version 3's report records: numbers, revisions, approval freezing a revision with the
// audit head, issued files found by their bytes' SHA-256, and the database refusing changes to
// what is final.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <ctime>
#include <filesystem>
#include <functional>
#include <random>
#include <regex>
#include <string>

#include "robocert/store/store.hpp"

namespace fs = std::filesystem;
using namespace robocert::store;
using K = StoreError::Kind;

namespace {

class ReportsDir {
 public:
  ReportsDir() {
    std::random_device rd;
    path_ = fs::temp_directory_path() /
            ("robocert-reports-" + std::to_string(getpid()) + "-" + std::to_string(rd()));
    fs::create_directories(path_);
  }
  ~ReportsDir() { fs::remove_all(path_); }
  fs::path operator/(const std::string& name) const { return path_ / name; }

 private:
  fs::path path_;
};

// SQLite's result code and message for SQL run on the file directly.
std::string rawExecResult(const fs::path& db, const std::string& sql) {
  sqlite3* h = nullptr;
  sqlite3_open(db.c_str(), &h);
  char* err = nullptr;
  const int rc = sqlite3_exec(h, sql.c_str(), nullptr, nullptr, &err);
  std::string out = rc == SQLITE_OK ? "ok" : (err ? err : "error");
  sqlite3_free(err);
  sqlite3_close(h);
  return out;
}

K kindOf(const std::function<void()>& f) {
  try {
    f();
  } catch (const StoreError& e) {
    return e.kind();
  }
  ADD_FAILURE() << "no StoreError";
  return K::Io;
}

std::int64_t newRun(Store& s, const std::string& serial) {
  const Item it = s.findOrCreateItem({.serial = serial});
  return s.createRun({.itemId = it.id, .planText = "steps: []\n"});
}

// printf 'content' | sha256sum
constexpr const char* kContent = "content";
constexpr const char* kContentSha =
    "ed7002b439e9ac845f22357d822bac1444730fbdb6016d3ec9432297b9ec9f73";

// What the store keeps of a signature (report::approve makes real ones; the store checks only
// that each part is there).
const ApprovalSignature kSignature{"2026-12-04T15:24:01.123Z", std::string(64, 'a'),
                                   std::string(86, 'A') + "=="};

std::string thisYear() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return std::to_string(tm.tm_year + 1900);
}

}  // namespace

TEST(StoreReports, NumbersRevisionsAndApproval) {
  ReportsDir d;
  Store s = Store::open(d / "lab.db", Store::Mode::ReadWrite, "system");
  const auto run1 = newRun(s, "SN-1");
  const auto run2 = newRun(s, "SN-2");

  const std::string year = thisYear();
  const ReportRecord a = s.createReport(run1, "eng1");
  const ReportRecord b = s.createReport(run2);
  EXPECT_EQ(a.number, "RC-" + year + "-000001");
  EXPECT_EQ(b.number, "RC-" + year + "-000002");
  EXPECT_EQ(a.revision, 0);
  EXPECT_EQ(a.status, ReportStatus::Draft);
  EXPECT_EQ(a.createdBy, "eng1");
  EXPECT_EQ(b.createdBy, "system");
  EXPECT_FALSE(a.approvedAt.has_value());
  EXPECT_EQ(s.auditTrail().back().detail, "report " + b.number + " revision 0 (draft)");
  EXPECT_EQ(kindOf([&] { s.createReport(999); }), K::NotFound);

  // Only an approved revision is amended.
  EXPECT_EQ(kindOf([&] { s.createRevision(a.id, "typo in the address", "eng1"); }), K::Invalid);

  const AuditHead before = s.auditHead();
  const auto trail = s.auditTrail();
  EXPECT_EQ(before.id, trail.back().id);
  EXPECT_EQ(before.hashHex, trail.back().hashHex);
  const ReportRecord approved = s.approveReport(a.id, "wli", kContent, kContentSha, kSignature);
  EXPECT_EQ(approved.status, ReportStatus::Approved);
  EXPECT_EQ(approved.approvedBy, "wli");
  EXPECT_EQ(approved.approvedAt, kSignature.approvedAt);  // the time signed
  EXPECT_EQ(approved.signerFingerprint, kSignature.signerFingerprint);
  EXPECT_EQ(approved.signature, kSignature.signature);
  EXPECT_EQ(approved.contentJson, kContent);
  EXPECT_EQ(approved.contentSha256, kContentSha);
  // The head recorded is the chain as it stood just before the approval's own entry.
  EXPECT_EQ(approved.auditHeadId, before.id);
  EXPECT_EQ(approved.auditHeadHash, before.hashHex);
  EXPECT_EQ(s.auditHead().id, before.id + 1);
  EXPECT_EQ(s.auditTrail().back().action, "approve");
  EXPECT_EQ(s.auditTrail().back().actor, "wli");

  EXPECT_EQ(kindOf([&] { s.approveReport(a.id, "wli", kContent, kContentSha, kSignature); }),
            K::Invalid);
  EXPECT_EQ(kindOf([&] { s.approveReport(b.id, "wli", "", kContentSha, kSignature); }), K::Invalid);
  EXPECT_EQ(kindOf([&] { s.approveReport(b.id, "wli", kContent, "abc", kSignature); }), K::Invalid);
  // An approval is signed, or it is not made.
  EXPECT_EQ(kindOf([&] {
              s.approveReport(b.id, "wli", kContent, kContentSha,
                              {kSignature.approvedAt, kSignature.signerFingerprint, ""});
            }),
            K::Invalid);

  EXPECT_EQ(kindOf([&] { s.createRevision(a.id, "  ", "eng1"); }), K::Invalid);
  const ReportRecord r1 = s.createRevision(a.id, "customer address corrected", "eng1");
  EXPECT_EQ(r1.number, a.number);
  EXPECT_EQ(r1.revision, 1);
  EXPECT_EQ(r1.replacesId, a.id);
  EXPECT_EQ(r1.runId, run1);
  EXPECT_EQ(r1.amendmentReason, "customer address corrected");
  EXPECT_EQ(r1.status, ReportStatus::Draft);
  // Revision 0 is no longer the latest: amending it again is refused.
  EXPECT_EQ(kindOf([&] { s.createRevision(a.id, "again", "eng1"); }), K::Invalid);

  EXPECT_EQ(s.findReport(a.number)->revision, 1);
  EXPECT_EQ(s.findReport(a.number, 0)->status, ReportStatus::Approved);
  EXPECT_FALSE(s.findReport(a.number, 7).has_value());
  EXPECT_FALSE(s.findReport("RC-1999-000001").has_value());
  EXPECT_EQ(s.reports(run1).size(), 2u);
  EXPECT_EQ(s.reports().size(), 3u);
  EXPECT_TRUE(s.verify().intact);
}

TEST(StoreReports, IssuedFilesAreFoundByTheirBytesHash) {
  ReportsDir d;
  Store s = Store::open(d / "lab.db");
  const ReportRecord r = s.createReport(newRun(s, "SN-1"), "eng1");
  const std::string sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  const auto id = s.addIssuedFile({.reportId = r.id,
                                   .format = "pdf",
                                   .language = "both",
                                   .sha256 = sha,
                                   .fileName = "RC.pdf",
                                   .issuedBy = "wli"});
  std::string upper = sha;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  const auto found = s.findIssuedFile(upper);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->id, id);
  EXPECT_EQ(found->reportId, r.id);
  EXPECT_EQ(found->language, "both");
  EXPECT_EQ(found->issuedBy, "wli");
  EXPECT_FALSE(found->issuedAt.empty());
  EXPECT_FALSE(s.findIssuedFile(std::string(64, '0')).has_value());
  // The same bytes issued again: a second record, the first one is what is found.
  s.addIssuedFile({.reportId = r.id, .format = "pdf", .language = "both", .sha256 = sha});
  EXPECT_EQ(s.findIssuedFile(sha)->id, id);
  EXPECT_EQ(s.issuedFiles(r.id).size(), 2u);

  EXPECT_EQ(
      kindOf([&] {
        s.addIssuedFile({.reportId = r.id, .format = "docx", .language = "en", .sha256 = sha});
      }),
      K::Invalid);
  EXPECT_EQ(kindOf([&] {
              s.addIssuedFile({.reportId = r.id, .format = "pdf", .language = "fr", .sha256 = sha});
            }),
            K::Invalid);
  EXPECT_EQ(
      kindOf([&] {
        s.addIssuedFile({.reportId = r.id, .format = "pdf", .language = "en", .sha256 = sha + "0"});
      }),
      K::Invalid);
  EXPECT_EQ(kindOf([&] {
              s.addIssuedFile({.reportId = 99, .format = "pdf", .language = "en", .sha256 = sha});
            }),
            K::NotFound);
  EXPECT_TRUE(s.verify().intact);
}

TEST(StoreReports, TheDatabaseRefusesToChangeWhatIsFinal) {
  ReportsDir d;
  const fs::path db = d / "lab.db";
  {
    Store s = Store::open(db);
    const ReportRecord r = s.createReport(newRun(s, "SN-1"));
    s.approveReport(r.id, "wli", kContent, kContentSha, kSignature);
    s.addIssuedFile({.reportId = r.id, .format = "json", .language = "en", .sha256 = kContentSha});
    s.createReport(newRun(s, "SN-2"));  // a draft
  }
  EXPECT_EQ(rawExecResult(db, "UPDATE reports SET content_json = 'other' WHERE id = 1"),
            "an approved report is never changed");
  EXPECT_EQ(rawExecResult(db, "DELETE FROM reports WHERE id = 2"), "reports are never deleted");
  EXPECT_EQ(rawExecResult(db, "UPDATE issued_files SET sha256 = sha256"),
            "an issued file record is never changed");
  EXPECT_EQ(rawExecResult(db, "DELETE FROM issued_files"), "issued file records are never deleted");
  // An approval needs every approval field.
  EXPECT_NE(rawExecResult(db, "UPDATE reports SET status = 'approved' WHERE id = 2"), "ok");
  EXPECT_TRUE(Store::open(db, Store::Mode::ReadOnly).verify().intact);
}
