// The rules of a report's life on a real lab database: who may approve, what approval freezes,
// amendments, and checking a file against what the database issued, also after the database was
// changed behind RoboCert's back (raw SQL on the file, as another program would).
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <functional>
#include <random>
#include <string>

#include "robocert/report/approval.hpp"
#include "robocert/store/store.hpp"

namespace fs = std::filesystem;
namespace st = robocert::store;
using namespace robocert::report;
using K = ApprovalError::Kind;
using F = Finding::Kind;

namespace {

class ApprovalDir {
 public:
  ApprovalDir() {
    std::random_device rd;
    path_ = fs::temp_directory_path() /
            ("robocert-approval-" + std::to_string(getpid()) + "-" + std::to_string(rd()));
    fs::create_directories(path_);
  }
  ~ApprovalDir() { fs::remove_all(path_); }
  fs::path operator/(const std::string& name) const { return path_ / name; }

 private:
  fs::path path_;
};

void rawExec(const fs::path& db, const std::string& sql) {
  sqlite3* h = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &h), SQLITE_OK);
  char* err = nullptr;
  EXPECT_EQ(sqlite3_exec(h, sql.c_str(), nullptr, nullptr, &err), SQLITE_OK) << (err ? err : "");
  sqlite3_free(err);
  sqlite3_close(h);
}

// The kind of ApprovalError f throws, and its message in *message.
K kindOf(const std::function<void()>& f, std::string* message = nullptr) {
  try {
    f();
  } catch (const ApprovalError& e) {
    if (message != nullptr) *message = e.what();
    return e.kind();
  }
  ADD_FAILURE() << "no ApprovalError";
  return K::Invalid;
}

std::vector<Finding::Kind> kinds(const FileCheck& c) {
  std::vector<Finding::Kind> out;
  for (const Finding& f : c.findings) out.push_back(f.kind);
  return out;
}

constexpr const char* kApproverPass = "approver secret 1";
constexpr const char* kEngineerPass = "engineer secret 1";
constexpr const char* kOperatorPass = "operator secret 1";

// A lab with one user of each role and a completed run with a result.
struct Lab {
  explicit Lab(const fs::path& p) : path(p), store(st::Store::open(p)) {
    store.addUser("wli", "Li Wei", st::Role::Approver, kApproverPass);
    store.addUser("eng", "Engineer", st::Role::Engineer, kEngineerPass);
    store.addUser("ops", "Operator", st::Role::Operator, kOperatorPass);
    store.addUser("new", "No Password Yet", "approver");
    run = newRun("SN-1", st::RunStatus::Completed);
  }
  std::int64_t newRun(const std::string& serial, st::RunStatus status) {
    const st::Item it = store.findOrCreateItem({.serial = serial});
    const auto id = store.createRun({.itemId = it.id, .planText = "steps: []\n"});
    store.addResults(id, std::vector<st::Result>{{"AP_P", "P1 v100", 0.07, "mm", {}, {}, {}, ""}});
    store.setRunStatus(id, status);
    return id;
  }
  fs::path path;
  st::Store store;
  std::int64_t run = 0;
};

// The content approved in these tests, and its SHA-256: printf '%s' '{"report":"x"}' | sha256sum
constexpr const char* kContent = R"({"report":"x"})";
constexpr const char* kContentSha =
    "dac79d92e13b9fdbd9c1672555c64d8e119af699bc106ff23b03f63d7539a28c";

// A file of the latest revision of `number` as the renderers write one: `body`, and the identity
// they embed (approval.hpp, EmbeddedIdentity) as PDF XMP tags. A draft file says "draft" and
// carries the content hash of kContent.
std::string certificate(const st::Store& store, const std::string& number,
                        const std::string& body) {
  const st::ReportRecord r = *store.findReport(number);
  const bool approved = r.status == st::ReportStatus::Approved;
  auto tag = [](const std::string& name, const std::string& value) {
    return "<robocert:" + name + ">" + value + "</robocert:" + name + ">\n";
  };
  std::string file = "%PDF-1.7 " + body + "\n" + tag("ReportNumber", r.number) +
                     tag("Revision", std::to_string(r.revision)) +
                     tag("Status", approved ? "approved" : "draft") +
                     tag("ContentSHA256", approved ? r.contentSha256 : kContentSha);
  if (approved)
    file += tag("Signer", *r.approvedBy) + tag("ApprovedAt", *r.approvedAt) +
            tag("SignerFingerprint", r.signerFingerprint) + tag("Signature", r.signature);
  return file;
}

}  // namespace

TEST(ReportApproval, ContentHashOfTheTestIsRight) {
  // The worked value above, so every later use of kContentSha is a real hash of kContent.
  EXPECT_EQ(sha256Hex(kContent), kContentSha);
  // FIPS 180-2 example: SHA-256("abc").
  EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(ReportApproval, OnlyAnApproverWithTheRightPasswordApproves) {
  ApprovalDir d;
  Lab lab(d / "lab.db");
  const st::ReportRecord draft = createDraft(lab.store, lab.run, "ops");
  const std::string n = draft.number;
  const auto entries = lab.store.auditTrail().size();

  std::string message;
  EXPECT_EQ(
      kindOf([&] { approve(lab.store, n, "ops", kOperatorPass, kContent, kContentSha); }, &message),
      K::NotAllowed);
  EXPECT_EQ(message, "user \"ops\" is operator; only an approver may approve a report");
  EXPECT_EQ(kindOf([&] { approve(lab.store, n, "eng", kEngineerPass, kContent, kContentSha); }),
            K::NotAllowed);
  EXPECT_EQ(
      kindOf([&] { approve(lab.store, n, "wli", kEngineerPass, kContent, kContentSha); }, &message),
      K::BadPassword);
  EXPECT_EQ(message, "wrong password for user \"wli\"");
  EXPECT_EQ(kindOf([&] { approve(lab.store, n, "mallory", kApproverPass, kContent, kContentSha); }),
            K::UnknownUser);
  EXPECT_EQ(kindOf([&] { approve(lab.store, n, "new", "", kContent, kContentSha); }),
            K::NoPassword);
  EXPECT_EQ(kindOf([&] {
              approve(lab.store, "RC-1999-000001", "wli", kApproverPass, kContent, kContentSha);
            }),
            K::NotFound);

  // Each refusal of a person is in the audit trail, with who and why, never a password.
  const auto trail = lab.store.auditTrail();
  ASSERT_EQ(trail.size(), entries + 5);
  const std::vector<std::pair<std::string, std::string>> expected{{"ops", "not an approver"},
                                                                  {"eng", "not an approver"},
                                                                  {"wli", "wrong password"},
                                                                  {"mallory", "unknown user"},
                                                                  {"new", "no password"}};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const st::AuditRecord& e = trail[entries + i];
    EXPECT_EQ(e.action, "approval refused");
    EXPECT_EQ(e.actor, expected[i].first);
    EXPECT_EQ(e.detail, "report " + n + " revision 0: " + expected[i].second);
    EXPECT_EQ(e.runId, lab.run);
    for (const char* pass : {kApproverPass, kEngineerPass, kOperatorPass}) {
      EXPECT_EQ(e.detail.find(pass), std::string::npos);
    }
  }
  EXPECT_EQ(lab.store.findReport(n)->status, st::ReportStatus::Draft);

  const st::AuditHead head = lab.store.auditHead();
  const Approval a = approve(lab.store, n, "wli", kApproverPass, kContent, kContentSha);
  EXPECT_EQ(a.approvedBy, "Li Wei (wli)");
  EXPECT_FALSE(a.approvedAt.empty());
  EXPECT_EQ(a.contentSha256, kContentSha);
  EXPECT_EQ(a.auditHeadId, std::to_string(head.id));
  EXPECT_EQ(a.auditHeadHash, head.hashHex);
  const st::ReportRecord rec = *lab.store.findReport(n);
  EXPECT_EQ(rec.status, st::ReportStatus::Approved);
  EXPECT_EQ(rec.contentJson, kContent);
  EXPECT_EQ(lab.store.auditTrail().back().action, "approve");
  EXPECT_EQ(lab.store.auditTrail().back().actor, "wli");
  const auto again = approvalOf(lab.store, rec);
  ASSERT_TRUE(again.has_value());
  EXPECT_EQ(again->approvedAt, a.approvedAt);
  EXPECT_TRUE(lab.store.verify().intact);

  // The approval is wli's Ed25519 signature over what the certificate states.
  const std::vector<st::UserKey> keys = lab.store.userKeys("wli");
  ASSERT_EQ(keys.size(), 1u);
  EXPECT_EQ(a.signer, "wli");
  EXPECT_EQ(a.signerFingerprint, keys[0].fingerprint);
  EXPECT_EQ(rec.signature, a.signature);
  EXPECT_TRUE(st::verifySignature(
      keys[0].publicKeyPem, approvalMessage(n, 0, kContentSha, "wli", a.approvedAt), a.signature));
  EXPECT_FALSE(st::verifySignature(
      keys[0].publicKeyPem, approvalMessage(n, 1, kContentSha, "wli", a.approvedAt), a.signature));
  EXPECT_EQ(approvalMessage("RC-2026-000012", 0, "ab", "li", "2026-12-04T15:24:01.123Z"),
            "robocert-approval/1\nreport RC-2026-000012\nrevision 0\ncontent-sha256 ab\n"
            "signer li\napproved-at 2026-12-04T15:24:01.123Z\n");
}

TEST(ReportApproval, AnApprovedReportIsFinal) {
  ApprovalDir d;
  Lab lab(d / "lab.db");
  const st::ReportRecord draft = createDraft(lab.store, lab.run, "ops");
  // Regenerating a draft reuses it.
  EXPECT_EQ(createDraft(lab.store, lab.run, "eng").id, draft.id);
  EXPECT_EQ(lab.store.reports(lab.run).size(), 1u);
  approve(lab.store, draft.number, "wli", kApproverPass, kContent, kContentSha);

  std::string message;
  EXPECT_EQ(kindOf([&] {
              approve(lab.store, draft.number, "wli", kApproverPass, kContent, kContentSha);
            }),
            K::NotADraft);
  EXPECT_EQ(kindOf([&] { createDraft(lab.store, lab.run, "ops"); }, &message), K::NotADraft);
  EXPECT_NE(message.find("an approved report cannot be regenerated in place; amend it"),
            std::string::npos)
      << message;
  EXPECT_EQ(lab.store.reports(lab.run).size(), 1u);
  EXPECT_EQ(kindOf([&] { createDraft(lab.store, 999, "ops"); }), K::NotFound);
}

TEST(ReportApproval, AnAmendmentIsANewRevisionNamingTheOneItReplaces) {
  ApprovalDir d;
  Lab lab(d / "lab.db");
  const st::ReportRecord r0 = createDraft(lab.store, lab.run, "ops");
  // A draft is finished, not amended.
  EXPECT_EQ(kindOf([&] { createAmendment(lab.store, r0.number, "typo", "eng"); }), K::NotApproved);
  approve(lab.store, r0.number, "wli", kApproverPass, kContent, kContentSha);
  EXPECT_EQ(kindOf([&] { createAmendment(lab.store, r0.number, " ", "eng"); }), K::Invalid);
  EXPECT_EQ(kindOf([&] { createAmendment(lab.store, "RC-1999-000001", "typo", "eng"); }),
            K::NotFound);

  const st::ReportRecord r1 =
      createAmendment(lab.store, r0.number, "customer address corrected", "eng");
  EXPECT_EQ(r1.number, r0.number);
  EXPECT_EQ(r1.revision, 1);
  EXPECT_EQ(r1.replacesId, r0.id);
  EXPECT_EQ(r1.amendmentReason, "customer address corrected");
  EXPECT_EQ(r1.status, st::ReportStatus::Draft);
  EXPECT_EQ(r1.createdBy, "eng");
  // The run's draft is now the amendment; a second amendment waits for it.
  EXPECT_EQ(createDraft(lab.store, lab.run, "ops").id, r1.id);
  EXPECT_EQ(kindOf([&] { createAmendment(lab.store, r0.number, "again", "eng"); }), K::NotApproved);
  // Revision 0 stays as it was approved.
  EXPECT_EQ(lab.store.findReport(r0.number, 0)->contentJson, kContent);
  EXPECT_TRUE(lab.store.verify().intact);
}

TEST(ReportApproval, RefusedForARunNotCompletedWrongContentOrABrokenAuditTrail) {
  ApprovalDir d;
  Lab lab(d / "lab.db");
  const auto interrupted = lab.newRun("SN-2", st::RunStatus::Interrupted);
  const st::ReportRecord ri = createDraft(lab.store, interrupted, "ops");
  EXPECT_EQ(
      kindOf([&] { approve(lab.store, ri.number, "wli", kApproverPass, kContent, kContentSha); }),
      K::RunNotCompleted);

  const st::ReportRecord r = createDraft(lab.store, lab.run, "ops");
  EXPECT_EQ(kindOf([&] {
              approve(lab.store, r.number, "wli", kApproverPass, R"({"report":"y"})", kContentSha);
            }),
            K::Invalid);

  rawExec(lab.path, "UPDATE results SET value = 0.05 WHERE run_id = 1");
  std::string message;
  EXPECT_EQ(
      kindOf([&] { approve(lab.store, r.number, "wli", kApproverPass, kContent, kContentSha); },
             &message),
      K::AuditBroken);
  EXPECT_NE(message.find("results row 1 was changed after it was recorded"), std::string::npos)
      << message;
  EXPECT_EQ(lab.store.findReport(r.number)->status, st::ReportStatus::Draft);
}

TEST(ReportVerify, AnIssuedFileIsFoundAndAModifiedOneIsNot) {
  ApprovalDir d;
  Lab lab(d / "lab.db");
  const st::ReportRecord r = createDraft(lab.store, lab.run, "ops");
  approve(lab.store, r.number, "wli", kApproverPass, kContent, kContentSha);
  const std::string pdf = certificate(lab.store, r.number, "the certificate's bytes");
  recordIssuedFile(lab.store, r.number, "pdf", "both", pdf, "RC.pdf", "wli");

  const FileCheck ok = verifyFile(lab.store, pdf);
  EXPECT_TRUE(ok.found());
  EXPECT_TRUE(ok.ok());
  // Checked with the database's copy of the key, and said so.
  EXPECT_EQ(kinds(ok), std::vector{F::Note});
  EXPECT_EQ(ok.contentSha256, kContentSha);
  EXPECT_EQ(ok.signatureChecked.rfind("by wli with key ", 0), 0u) << ok.signatureChecked;
  EXPECT_EQ(ok.report->number, r.number);
  EXPECT_EQ(ok.report->revision, 0);
  EXPECT_EQ(ok.file->format, "pdf");
  EXPECT_EQ(ok.message.rfind("report " + r.number + " revision 0, pdf (both), issued ", 0), 0u)
      << ok.message;

  std::string modified = pdf;
  modified.back() = 'S';  // one byte
  const FileCheck bad = verifyFile(lab.store, modified);
  EXPECT_FALSE(bad.found());
  EXPECT_FALSE(bad.ok());
  EXPECT_EQ(bad.message, "this file was not issued by this lab database");

  EXPECT_EQ(kindOf([&] { recordIssuedFile(lab.store, r.number, "docx", "en", pdf, "x", "wli"); }),
            K::Invalid);
  EXPECT_EQ(kindOf([&] { recordIssuedFile(lab.store, r.number, "pdf", "fr", pdf, "x", "wli"); }),
            K::Invalid);
}

TEST(ReportVerify, DraftsAndReplacedRevisionsAreNamed) {
  ApprovalDir d;
  Lab lab(d / "lab.db");
  const st::ReportRecord r0 = createDraft(lab.store, lab.run, "ops");
  const std::string draftFile = certificate(lab.store, r0.number, "draft html");
  recordIssuedFile(lab.store, r0.number, "html", "en", draftFile, "draft.html", "ops");
  const FileCheck draft = verifyFile(lab.store, draftFile);
  EXPECT_TRUE(draft.found());
  EXPECT_FALSE(draft.ok());
  EXPECT_EQ(kinds(draft), std::vector{F::Draft});

  approve(lab.store, r0.number, "wli", kApproverPass, kContent, kContentSha);
  // Issue 11, item 10: the draft file stays a draft after its revision is approved.
  const FileCheck stillDraft = verifyFile(lab.store, draftFile);
  EXPECT_FALSE(stillDraft.ok());
  EXPECT_EQ(kinds(stillDraft), std::vector{F::Draft});
  EXPECT_NE(stillDraft.findings[0].message.find("this file is a draft"), std::string::npos);

  const std::string rev0 = certificate(lab.store, r0.number, "rev 0 json");
  recordIssuedFile(lab.store, r0.number, "json", "en", rev0, "r0.json", "wli");
  createAmendment(lab.store, r0.number, "customer address corrected", "eng");
  // A draft amendment replaces nothing yet.
  EXPECT_EQ(kinds(verifyFile(lab.store, rev0)), std::vector{F::Note});
  const std::string content1 = R"({"report":"x, amended"})";
  approve(lab.store, r0.number, "wli", kApproverPass, content1, sha256Hex(content1));
  const FileCheck replaced = verifyFile(lab.store, rev0);
  EXPECT_TRUE(replaced.ok());  // genuine, and says it is replaced
  EXPECT_EQ(kinds(replaced), (std::vector{F::Note, F::Superseded}));
  EXPECT_EQ(replaced.findings[1].message,
            "revision 1 of report " + r0.number + " replaces this one");
}

TEST(ReportVerify, ADatabaseChangedBehindRoboCertsBackFails) {
  // Each case starts from the same approved and issued report and changes the file with SQL.
  struct Case {
    std::string what;
    std::string sql;
    std::vector<Finding::Kind> findings;
    std::string auditMessage;  // in the AuditBroken finding
  };
  const std::vector<Case> cases{
      {"frozen content edited (the guarding trigger dropped first)",
       "DROP TRIGGER reports_approved_are_final; "
       "UPDATE reports SET content_json = '{\"report\":\"y\"}' WHERE id = 1",
       {F::ContentTampered, F::Note, F::AuditBroken},
       "reports row 1 was changed after it was recorded"},
      // The hash below is printf '%s' '{"report":"y"}' | sha256sum: the stored content agrees
      // with its hash; the file's own hash and the audit trail show the change.
      {"content and its hash edited together",
       "DROP TRIGGER reports_approved_are_final; "
       "UPDATE reports SET content_json = '{\"report\":\"y\"}', content_sha256 = "
       "'cf52625faaf9af6175c9e2712d975f1b03415b3a17bde3029e6595ecf5064abb' WHERE id = 1",
       {F::IdentityDiffers, F::Note, F::AuditBroken},
       "reports row 1 was changed after it was recorded"},
      {"a measured result edited",
       "UPDATE results SET value = 0.05",
       {F::Note, F::AuditBroken},
       "results row 1 was changed after it was recorded"},
      {"the audit head recorded at approval edited",
       "DROP TRIGGER reports_approved_are_final; UPDATE reports SET audit_head_hash = "
       "'0000000000000000000000000000000000000000000000000000000000000000' WHERE id = 1",
       {F::AuditHeadChanged, F::Note, F::AuditBroken},
       "reports row 1 was changed after it was recorded"},
  };
  for (const Case& c : cases) {
    ApprovalDir d;
    std::string file;
    {
      Lab lab(d / "lab.db");
      const st::ReportRecord r = createDraft(lab.store, lab.run, "ops");
      approve(lab.store, r.number, "wli", kApproverPass, kContent, kContentSha);
      file = certificate(lab.store, r.number, "certificate");
      recordIssuedFile(lab.store, r.number, "pdf", "en", file, "RC.pdf", "wli");
    }
    rawExec(d / "lab.db", c.sql);
    const st::Store store = st::Store::open(d / "lab.db", st::Store::Mode::ReadOnly);
    const FileCheck check = verifyFile(store, file);
    EXPECT_TRUE(check.found()) << c.what;
    EXPECT_FALSE(check.ok()) << c.what;
    EXPECT_EQ(kinds(check), c.findings) << c.what;
    for (const Finding& f : check.findings) {
      if (f.kind == F::AuditBroken) {
        EXPECT_EQ(f.message, "the lab database's audit trail is broken: " + c.auditMessage)
            << c.what;
      }
    }
  }
}

TEST(ReportVerify, AForgedIssuedFileRecordIsFound) {
  // Someone registers the hash of their own file as issued, straight into the table.
  ApprovalDir d;
  {
    Lab lab(d / "lab.db");
    const st::ReportRecord r = createDraft(lab.store, lab.run, "ops");
    approve(lab.store, r.number, "wli", kApproverPass, kContent, kContentSha);
  }
  const std::string forged = "a forged certificate";
  rawExec(d / "lab.db",
          "INSERT INTO issued_files(report_id, format, language, sha256, issued_at, issued_by) "
          "VALUES (1, 'pdf', 'en', '" +
              sha256Hex(forged) + "', '2026-01-01T00:00:00.000Z', 'wli')");
  const st::Store store = st::Store::open(d / "lab.db", st::Store::Mode::ReadOnly);
  const FileCheck check = verifyFile(store, forged);
  EXPECT_TRUE(check.found());
  EXPECT_FALSE(check.ok());
  // It carries no identity either.
  EXPECT_EQ(kinds(check), (std::vector{F::IdentityDiffers, F::AuditBroken}));
  EXPECT_EQ(check.findings[1].message,
            "the lab database's audit trail is broken: issued_files row 1 was added without an "
            "audit entry");
}

// Issue 11, item 11: someone who can write the database changes the approved content, makes a
// key pair of their own, signs the new content with it and puts the key into the database as
// wli's. Checked with the database's keys the signature holds; checked against the keys the lab
// published before, the certificate is refused.
TEST(ReportSignature, AKeyPutIntoTheDatabaseIsNotAPublishedKey) {
  ApprovalDir d;
  std::vector<st::PublicKey> published;
  std::string number;
  {
    Lab lab(d / "lab.db");
    const st::ReportRecord r = createDraft(lab.store, lab.run, "ops");
    number = r.number;
    approve(lab.store, number, "wli", kApproverPass, kContent, kContentSha);
    for (const st::UserKey& k : lab.store.userKeys())
      published.push_back({k.publicKeyPem, k.fingerprint, k.login});
    const std::string genuine = certificate(lab.store, number, "genuine");
    recordIssuedFile(lab.store, number, "pdf", "en", genuine, "RC.pdf", "wli");
    const FileCheck ok = verifyFile(lab.store, genuine, {published, "keys.pem"});
    EXPECT_TRUE(ok.ok());
    EXPECT_TRUE(ok.findings.empty());  // no note: the published keys were used
    EXPECT_NE(ok.signatureChecked.find("checked against the published keys in keys.pem"),
              std::string::npos);
  }
  // The forgery, with the forger's own key (they know its password).
  const std::string forged = R"({"report":"y"})";
  const std::string forgedSha = sha256Hex(forged);
  const st::KeyPair mine = st::generateKeyPair("forger pass 1");
  const std::string approvedAt = "2026-12-04T15:24:01.123Z";
  const auto signature = st::signMessage(mine.encryptedPrivateKeyPem, "forger pass 1",
                                         approvalMessage(number, 0, forgedSha, "wli", approvedAt));
  ASSERT_TRUE(signature.has_value());
  rawExec(d / "lab.db",
          "DROP TRIGGER reports_approved_are_final; UPDATE reports SET content_json = '" + forged +
              "', content_sha256 = '" + forgedSha + "', approved_at = '" + approvedAt +
              "', signer_fingerprint = '" + mine.fingerprint + "', signature = '" + *signature +
              "'; INSERT INTO user_keys(user_id, fingerprint, public_key, created_at) VALUES "
              "(1, '" +
              mine.fingerprint + "', '" + mine.publicKeyPem + "', '" + approvedAt + "')");
  st::Store store = st::Store::open(d / "lab.db");
  const std::string file = certificate(store, number, "forged");
  store.addIssuedFile(
      {.reportId = 1, .format = "pdf", .language = "en", .sha256 = sha256Hex(file)});
  // The database's own keys vouch for it (its audit trail shows the edit: this forger did not
  // rebuild it; the CLI test does).
  const FileCheck inside = verifyFile(store, file);
  EXPECT_EQ(kinds(inside), (std::vector{F::Note, F::AuditBroken}));
  const FileCheck outside = verifyFile(store, file, {published, "keys.pem"});
  EXPECT_FALSE(outside.ok());
  EXPECT_EQ(kinds(outside), (std::vector{F::KeyNotPublished, F::AuditBroken}));
  EXPECT_NE(outside.findings[0].message.find("not among the lab's published keys in keys.pem"),
            std::string::npos)
      << outside.findings[0].message;
}
