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
  QTemporaryDir dir_;
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
  Result r = robocert({"report", "1", "--out", path("draft.pdf"), "--db", db_});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  const QString number = QRegularExpression("RC-\\d{4}-\\d{6}").match(r.out).captured(0);
  r = robocert({"report", "approve", number, "--user", "li", "--password-stdin", "--out",
                path("issued.pdf"), "--db", db_},
               {}, "approver-pass\n");
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  ASSERT_EQ(robocert({"report", "verify", path("issued.pdf"), "--db", db_}).exitCode, 0);
  // A result changed behind the store's back (the audit trail does not cover the change).
  sql(db_, "UPDATE results SET value = value + 0.001 WHERE characteristic = 'AD_P'");
  r = robocert({"report", "verify", path("issued.pdf"), "--db", db_});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_TRUE(r.out.contains("results")) << r.out.toStdString();
}
