// The report's life from the command line, on a real run of the built-in simulator: the draft
// (watermarked), approval by an approver only, the issued file verified, a modified file and a
// tampered database caught, no regeneration in place, an amendment as a new revision.
#include <gtest/gtest.h>

#include <sqlite3.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "cli_forgery.hpp"
#include "cli_support.hpp"

namespace {

using cli_test::Result;
using cli_test::robocert;

QString pdfText(const QString& pdf) {
  QProcess p;
  p.start("pdftotext", {pdf, "-"});
  p.waitForFinished(30000);
  return QString::fromUtf8(p.readAllStandardOutput());
}

void sql(const QString& db, const char* statement) {
  sqlite3* h = nullptr;
  ASSERT_EQ(sqlite3_open(db.toUtf8().constData(), &h), SQLITE_OK);
  char* err = nullptr;
  EXPECT_EQ(sqlite3_exec(h, statement, nullptr, nullptr, &err), SQLITE_OK) << (err ? err : "");
  sqlite3_free(err);
  sqlite3_close(h);
}

// One column of the first row of a query, as text ("" for none).
QString sqlText(const QString& db, const char* query) {
  sqlite3* h = nullptr;
  QString out;
  if (sqlite3_open(db.toUtf8().constData(), &h) == SQLITE_OK) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(h, query, -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
      out = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
  }
  sqlite3_close(h);
  return out;
}

class CliReport : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = dir_.filePath("lab.db");
    const Result run = robocert(
        {"run", QStringLiteral(ROBOCERT_SOURCE_DIR "/test-plans/iso9283/iso9283-distance.yaml"),
         "--station", "sim", "--time-scale", "300", "--item", "SN-REP-1", "--set", "cycles=3",
         "--set", "speeds=1", "--yes", "--db", db_});
    ASSERT_TRUE(run.exitCode == 0 || run.exitCode == 1) << run.err.toStdString();
    ASSERT_TRUE(run.out.contains("Run 1 completed")) << run.out.toStdString();
    ASSERT_EQ(robocert({"lab", "set", "--name", "Test Lab", "--address", "1 Test Rd", "--db", db_})
                  .exitCode,
              0);
    ASSERT_EQ(robocert({"user", "add", "olga", "--name", "Olga Operator", "--role", "operator",
                        "--password-stdin", "--db", db_},
                       {}, "operator-pass\n")
                  .exitCode,
              0);
    ASSERT_EQ(robocert({"user", "add", "li", "--name", "Li Wei", "--role", "approver",
                        "--password-stdin", "--db", db_},
                       {}, "approver-pass\n")
                  .exitCode,
              0);
  }
  QString path(const char* name) const { return dir_.filePath(name); }
  // Writes the draft of run 1 to `draft`, has li approve it into `issued`; the report number.
  QString approveRun1(const char* draft, const char* issued) {
    Result r = robocert({"report", "1", "--out", path(draft), "--db", db_});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString number = QRegularExpression("RC-\\d{4}-\\d{6}").match(r.out).captured(0);
    r = robocert({"report", "approve", number, "--user", "li", "--password-stdin", "--out",
                  path(issued), "--db", db_},
                 {}, "approver-pass\n");
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    approveOut_ = r.out;
    return number;
  }
  QTemporaryDir dir_;
  QString approveOut_;  // what the last approval printed
  QString db_;
};

}  // namespace

TEST_F(CliReport, DraftApprovalVerificationAndAmendment) {
  // The draft: watermarked, every page numbered, in both languages.
  Result r = robocert({"report", "1", "--out", path("draft.pdf"), "--db", db_});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  const QString number = QRegularExpression("RC-\\d{4}-\\d{6}").match(r.out).captured(0);
  ASSERT_FALSE(number.isEmpty()) << r.out.toStdString();
  QString text = pdfText(path("draft.pdf"));
  EXPECT_TRUE(text.contains("Draft, not approved")) << text.left(2000).toStdString();
  EXPECT_TRUE(text.contains("草稿"));
  EXPECT_TRUE(text.contains("Page 1 of"));
  EXPECT_TRUE(text.contains("Test Lab"));
  EXPECT_TRUE(text.contains("End of report"));
  EXPECT_TRUE(text.contains("The results relate only to the item tested"));
  r = robocert({"report", "verify", path("draft.pdf"), "--db", db_});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_TRUE(r.out.contains("draft", Qt::CaseInsensitive)) << r.out.toStdString();

  // Only an approver approves, with the right password.
  r = robocert({"report", "approve", number, "--user", "olga", "--password-stdin", "--db", db_}, {},
               "operator-pass\n");
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
  r = robocert({"report", "approve", number, "--user", "li", "--password-stdin", "--db", db_}, {},
               "wrong-password\n");
  EXPECT_EQ(r.exitCode, 1);
  r = robocert({"report", "approve", number, "--user", "li", "--password-stdin", "--out",
                path("issued.pdf"), "--db", db_},
               {}, "approver-pass\n");
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  text = pdfText(path("issued.pdf"));
  EXPECT_FALSE(text.contains("Draft, not approved"));
  EXPECT_TRUE(text.contains("Li Wei")) << text.right(3000).toStdString();
  r = robocert({"report", "verify", path("issued.pdf"), "--db", db_});
  EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
  EXPECT_TRUE(r.out.contains("verified"));

  // An approved report is not regenerated in place.
  r = robocert({"report", "1", "--out", path("again.pdf"), "--db", db_});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_TRUE(r.err.contains("amend")) << r.err.toStdString();

  // The JSON of the approved content carries every value, unit, uncertainty and verdict.
  r = robocert(
      {"report", "export", number, "--format", "json", "--out", path("r.json"), "--db", db_});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  QFile json(path("r.json"));
  ASSERT_TRUE(json.open(QIODevice::ReadOnly));
  const QJsonObject doc = QJsonDocument::fromJson(json.readAll()).object();
  bool adWithU = false;
  for (const QJsonValue& v : doc.value("results").toArray()) {
    const QJsonObject o = v.toObject();
    if (o.value("characteristic").toString() == "AD_P")
      adWithU = o.value("unit").toString() == "mm" && o.value("expanded_uncertainty").isDouble() &&
                !o.value("verdict").toString().isEmpty();
  }
  EXPECT_TRUE(adWithU);
  EXPECT_EQ(robocert({"report", "verify", path("r.json"), "--db", db_}).exitCode, 0);

  // A modified file was not issued.
  QFile f(path("issued.pdf"));
  ASSERT_TRUE(f.open(QIODevice::ReadWrite));
  QByteArray bytes = f.readAll();
  bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x01);
  QFile g(path("modified.pdf"));
  ASSERT_TRUE(g.open(QIODevice::WriteOnly));
  g.write(bytes);
  g.close();
  r = robocert({"report", "verify", path("modified.pdf"), "--db", db_});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_TRUE(r.out.contains("not issued")) << r.out.toStdString();

  // An amendment is a new revision naming the one it replaces.
  r = robocert({"report", "amend", number, "--reason", "customer address corrected", "--db", db_});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  r = robocert({"report", "1", "--out", path("rev1.pdf"), "--db", db_});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  text = pdfText(path("rev1.pdf"));
  EXPECT_TRUE(text.contains("customer address corrected")) << text.left(3000).toStdString();
  EXPECT_TRUE(text.contains(number + " rev 0"));
}

TEST_F(CliReport, ATamperedDatabaseFailsVerification) {
  const QString number = approveRun1("draft.pdf", "issued.pdf");
  ASSERT_FALSE(HasFailure());
  Result r;
  ASSERT_EQ(robocert({"report", "verify", path("issued.pdf"), "--db", db_}).exitCode, 0);
  // A result changed behind the store's back (the audit trail does not cover the change).
  sql(db_, "UPDATE results SET value = value + 0.001 WHERE characteristic = 'AD_P'");
  r = robocert({"report", "verify", path("issued.pdf"), "--db", db_});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_TRUE(r.out.contains("results")) << r.out.toStdString();
}

// Issue 11, item 9: after `lab set --address "2 New Road"` every approved certificate failed
// verify ("results ... were changed"). What approval froze from the lab's records stays frozen;
// the run's data is still compared.
TEST_F(CliReport, EditingTheLabProfileLeavesIssuedCertificatesValid) {
  // The letterhead's logo: a red square at approval, a blue one afterwards.
  const QByteArray red =
      R"(<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" )"
      R"(height="10" fill="red"/></svg>)";
  QByteArray blue = red;
  blue.replace("red", "blue");
  auto writeLogo = [&](const QByteArray& svg) {
    QFile f(path("logo.svg"));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(svg);
  };
  writeLogo(red);
  ASSERT_EQ(robocert({"lab", "set", "--logo", path("logo.svg"), "--db", db_}).exitCode, 0);
  const QString number = approveRun1("draft.pdf", "issued.pdf");
  ASSERT_FALSE(HasFailure());
  Result r;
  writeLogo(blue);
  ASSERT_EQ(
      robocert({"lab", "set", "--name", "Renamed Lab", "--address", "2 New Road", "--db", db_})
          .exitCode,
      0);
  r = robocert({"report", "verify", path("issued.pdf"), "--db", db_});
  EXPECT_EQ(r.exitCode, 0) << r.out.toStdString();
  // A file exported now still has the letterhead approved, not today's profile.
  r = robocert(
      {"report", "export", number, "--format", "html", "--out", path("again.html"), "--db", db_});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  QFile html(path("again.html"));
  ASSERT_TRUE(html.open(QIODevice::ReadOnly));
  const QByteArray page = html.readAll();
  EXPECT_TRUE(page.contains("1 Test Rd"));
  EXPECT_FALSE(page.contains("2 New Road"));
  EXPECT_TRUE(page.contains("data:image/svg+xml;base64," + red.toBase64()));
  EXPECT_FALSE(page.contains(blue.toBase64()));
  EXPECT_EQ(robocert({"report", "verify", path("again.html"), "--db", db_}).exitCode, 0);
  // The run's data is still checked: a result changed behind the store's back is found.
  sql(db_, "UPDATE results SET value = value + 0.001 WHERE characteristic = 'AD_P'");
  r = robocert({"report", "verify", path("issued.pdf"), "--db", db_});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_TRUE(r.out.contains("results")) << r.out.toStdString();
}

// Issue 11, item 10: a draft PDF ("Draft, not approved") passed verify once its revision was
// approved. Verify refuses a draft file, compares the file's own content SHA-256 with the
// database's, and prints the content SHA-256 and audit chain head it checked.
TEST_F(CliReport, ADraftFileNeverVerifiesAndVerifySaysWhatItChecked) {
  Result r = robocert({"report", "1", "--out", path("draft.pdf"), "--db", db_});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  const QString number = QRegularExpression("RC-\\d{4}-\\d{6}").match(r.out).captured(0);
  ASSERT_EQ(robocert({"report", "1", "--format", "html", "--out", path("draft.html"), "--db", db_})
                .exitCode,
            0);
  r = robocert({"report", "approve", number, "--user", "li", "--password-stdin", "--out",
                path("issued.pdf"), "--db", db_},
               {}, "approver-pass\n");
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  const QString content =
      QRegularExpression("content SHA-256 ([0-9a-f]{64})").match(r.out).captured(1);
  ASSERT_FALSE(content.isEmpty()) << r.out.toStdString();
  const QString headHash = sqlText(db_, "SELECT audit_head_hash FROM reports");
  const QString headId = sqlText(db_, "SELECT audit_head_id FROM reports");
  for (const char* draft : {"draft.pdf", "draft.html"}) {
    r = robocert({"report", "verify", path(draft), "--db", db_});
    EXPECT_EQ(r.exitCode, 1) << draft << ": " << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("this file is a draft")) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains("verified")) << r.out.toStdString();
  }
  r = robocert({"report", "verify", path("issued.pdf"), "--db", db_});
  EXPECT_EQ(r.exitCode, 0) << r.out.toStdString();
  EXPECT_TRUE(r.out.contains("content SHA-256: " + content)) << r.out.toStdString();
  EXPECT_TRUE(r.out.contains("audit chain head: #" + headId + " " + headHash))
      << r.out.toStdString();
  // The file's own content SHA-256 is compared with the database's: an issued file whose
  // record was moved to another report (the database edited) is found.
  ASSERT_EQ(robocert({"report", "amend", number, "--reason", "typo", "--db", db_}).exitCode, 0);
  sql(db_, "DROP TRIGGER issued_files_are_final");
  sql(db_, "UPDATE issued_files SET report_id = 2 WHERE file_name = 'issued.pdf'");
  r = robocert({"report", "verify", path("issued.pdf"), "--db", db_});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_TRUE(r.out.contains("revision 0, but it was recorded as report " + number + " revision 1"))
      << r.out.toStdString();
}

// Issue 11, item 11: with write access and no secret, results changed, the frozen content
// rebuilt and the whole audit chain recomputed gave a forged certificate that verified. Approval
// is an Ed25519 signature by the approver's key; checked against the lab's published keys the
// forgery is refused, whatever the database says.
TEST_F(CliReport, ARechainedForgeryFailsAgainstThePublishedKeys) {
  const QString number = approveRun1("draft.pdf", "genuine.pdf");
  ASSERT_FALSE(HasFailure());
  Result r;
  r = robocert({"user", "key", "export", "--out", path("keys.pem"), "--db", db_});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  r = robocert({"report", "verify", path("genuine.pdf"), "--keys", path("keys.pem"), "--db", db_});
  ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
  EXPECT_TRUE(r.out.contains("signature: by li with key")) << r.out.toStdString();

  // The forgery: every result of the run made to pass with a smaller value, in the results table
  // and in the frozen content alike; the content's hash recomputed; the audit chain rebuilt; the
  // approval's audit head made to match; the chain rebuilt again.
  sql(db_, "UPDATE results SET value = value / 2, verdict = 'pass'");
  const auto [forged, forgedSha] =
      cli_test::forgeContent(sqlText(db_, "SELECT content_json FROM reports").toStdString());
  ASSERT_FALSE(forged.empty());
  sql(db_, "DROP TRIGGER reports_approved_are_final");
  sql(db_,
      ("UPDATE reports SET content_json = '" + QString::fromStdString(forged).replace("'", "''") +
       "', content_sha256 = '" + QString::fromStdString(forgedSha) + "'")
          .toUtf8()
          .constData());
  cli_test::rechainAuditTrail(db_);
  sql(db_,
      "UPDATE reports SET audit_head_hash = (SELECT lower(hex(hash)) FROM audit WHERE "
      "audit.id = reports.audit_head_id)");
  cli_test::rechainAuditTrail(db_);
  ASSERT_EQ(robocert({"db", "verify", "--db", db_}).exitCode, 0) << "the forgery is complete";
  r = robocert({"report", "export", number, "--out", path("forged.pdf"), "--db", db_});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();

  // The forged certificate: its content is not what the approver signed.
  r = robocert({"report", "verify", path("forged.pdf"), "--keys", path("keys.pem"), "--db", db_});
  EXPECT_EQ(r.exitCode, 1) << r.out.toStdString();
  EXPECT_TRUE(r.out.contains("the approver's signature does not match the report"))
      << r.out.toStdString();
  r = robocert({"report", "verify", path("forged.pdf"), "--db", db_});
  EXPECT_EQ(r.exitCode, 1) << r.out.toStdString();
  // The genuine certificate is still signed by li, but the database no longer holds what it says.
  r = robocert({"report", "verify", path("genuine.pdf"), "--keys", path("keys.pem"), "--db", db_});
  EXPECT_EQ(r.exitCode, 1) << r.out.toStdString();
  EXPECT_TRUE(r.out.contains("is not the one approved for report")) << r.out.toStdString();
}
