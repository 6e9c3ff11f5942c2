// The lab database's records under attack, from the command line: an imported run reported
// with its file and analysis, a database damaged on disk named as damaged by every command,
// and stored text that cannot drive the terminal.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <string>

#include "cli_support.hpp"
#include "damaged_file.hpp"

namespace {

using cli_test::Result;
using cli_test::robocert;

QString poseExample() {
  return QStringLiteral(ROBOCERT_SOURCE_DIR "/test-plans/examples/iso9283-pose-example.csv");
}

QString pdfText(const QString& pdf) {
  QProcess p;
  p.start("pdftotext", {pdf, "-"});
  p.waitForFinished(30000);
  return QString::fromUtf8(p.readAllStandardOutput());
}

class CliRecords : public ::testing::Test {
 protected:
  QString path(const QString& name) const { return dir_.filePath(name); }
  QString db() const { return path("lab.db"); }
  void importExample(const QString& item = "SN-001") {
    const Result r = robocert({"import", "pose", poseExample(), "--item", item, "--db", db()});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  }
  QTemporaryDir dir_;
};

// ---- item 7: an imported run is reported -------------------------------------------------------

TEST_F(CliRecords, ImportedRunIsReportedWithItsFileAndAnalysis) {
  importExample();
  ASSERT_EQ(robocert({"lab", "set", "--name", "Test Lab", "--address", "1 Test Rd", "--db", db()})
                .exitCode,
            0);
  QFile csv(poseExample());
  ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
  const QString sha256 =  // of the file's bytes, worked out here independently of the program
      QString::fromLatin1(
          QCryptographicHash::hash(csv.readAll(), QCryptographicHash::Sha256).toHex());

  Result r = robocert({"report", "1", "--format", "json", "--out", path("r.json"), "--db", db()});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  QFile json(path("r.json"));
  ASSERT_TRUE(json.open(QIODevice::ReadOnly));
  const QJsonObject doc = QJsonDocument::fromJson(json.readAll()).object();
  const QJsonObject method = doc["method"].toObject();
  EXPECT_EQ(method["data_file"].toString(), "iso9283-pose-example.csv");
  EXPECT_EQ(method["data_sha256"].toString(), sha256);
  const QString analysis = method["analysis"].toObject()["en"].toString();
  EXPECT_TRUE(analysis.contains("ISO 9283")) << analysis.toStdString();
  EXPECT_TRUE(analysis.contains("pose CSV")) << analysis.toStdString();
  EXPECT_EQ(doc["results"].toArray().size(), 81);  // 7 pose/direction groups x 11 + 4 vAP

  r = robocert({"report", "1", "--out", path("r.pdf"), "--db", db()});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  const QString text = pdfText(path("r.pdf")).simplified();
  EXPECT_TRUE(text.contains("iso9283-pose-example.csv")) << text.left(3000).toStdString();
  EXPECT_TRUE(text.contains(sha256.left(32))) << text.left(3000).toStdString();
  EXPECT_TRUE(text.contains("ISO 9283")) << text.left(3000).toStdString();

  // And it can be approved and then verifies: the content assembled again is the same.
  ASSERT_EQ(robocert({"user", "add", "li", "--name", "Li Wei", "--role", "approver",
                      "--password-stdin", "--db", db()},
                     {}, "approver-pass\n")
                .exitCode,
            0);
  const QString number = QRegularExpression("RC-\\d{4}-\\d{6}").match(r.out).captured(0);
  r = robocert({"report", "approve", number, "--user", "li", "--password-stdin", "--out",
                path("issued.pdf"), "--db", db()},
               {}, "approver-pass\n");
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  r = robocert({"report", "verify", path("issued.pdf"), "--db", db()});
  EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
}

// ---- item 13: a database damaged on disk
// ---------------------------------------------------------

TEST_F(CliRecords, VerifyNamesADamagedIndex) {
  importExample();
  ASSERT_EQ(robocert::test_support::damageRootPage(db().toStdString(), "pose_measurements_unique"),
            "");
  const Result r = robocert({"db", "verify", "--db", db()});
  EXPECT_EQ(r.exitCode, 1) << r.out.toStdString();
  EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
  EXPECT_TRUE(r.err.contains(db() + ": the file is damaged")) << r.err.toStdString();
  EXPECT_TRUE(r.err.contains("index pose_measurements_unique")) << r.err.toStdString();
  EXPECT_TRUE(r.err.contains("robocert db backup")) << r.err.toStdString();
  EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();

  // db info counts rows through that index: it says the file is damaged and what to do.
  const Result info = robocert({"db", "info", "--db", db()});
  EXPECT_EQ(info.exitCode, 2);
  EXPECT_TRUE(info.out.isEmpty()) << info.out.toStdString();
  EXPECT_TRUE(info.err.contains(db() + ": the file is damaged")) << info.err.toStdString();
  EXPECT_TRUE(info.err.contains("robocert db verify")) << info.err.toStdString();
  EXPECT_EQ(info.err.count('\n'), 1) << info.err.toStdString();
}

TEST_F(CliRecords, EveryCommandSaysADamagedTableIsDamaged) {
  importExample();
  ASSERT_EQ(robocert({"lab", "set", "--name", "Test Lab", "--address", "1 Test Rd", "--db", db()})
                .exitCode,
            0);
  ASSERT_EQ(robocert::test_support::damageRootPage(db().toStdString(), "results"), "");
  Result r = robocert({"db", "verify", "--db", db()});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_TRUE(r.err.contains("table results")) << r.err.toStdString();
  EXPECT_TRUE(r.err.contains("robocert db backup")) << r.err.toStdString();

  // Commands that read the damaged table: one line saying so and what to do, never SQLite's
  // bare words or "std::exception".
  for (const QStringList& cmd :
       {QStringList{"report", "1"}, QStringList{"db", "export", "--run", "1"}}) {
    r = robocert(cmd + QStringList{"--db", db()});
    EXPECT_NE(r.exitCode, 0) << cmd.join(' ').toStdString();
    EXPECT_TRUE(r.err.contains("the file is damaged"))
        << cmd.join(' ').toStdString() << ": " << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("robocert db verify")) << r.err.toStdString();
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
  }
  // A run stores its results into the damaged table: it is interrupted, saying why and what to do.
  r = robocert({"run", ROBOCERT_SOURCE_DIR "/test-plans/iso9283/iso9283-pose-repeatability.yaml",
                "--station", "sim", "--time-scale", "200", "--yes", "--item", "SN-002", "--set",
                "cycles=2", "--set", "speeds=1", "--db", db()});
  EXPECT_NE(r.exitCode, 0);
  EXPECT_TRUE(r.out.contains("interrupted")) << r.out.toStdString();
  EXPECT_TRUE(r.out.contains("the file is damaged")) << r.out.toStdString() << r.err.toStdString();
  EXPECT_TRUE(r.out.contains("robocert db verify")) << r.out.toStdString();
}

// ---- item 15: backup
// -----------------------------------------------------------------------------

TEST_F(CliRecords, BackupIntoAMissingFolderLeavesNothing) {
  importExample();
  const Result r = robocert({"db", "backup", "--to", path("no/such/folder/copy.db"), "--db", db()});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
  EXPECT_FALSE(QFile::exists(path("no")));
}

// ---- item 21: stored text cannot drive the terminal
// ------------------------------------------------

TEST_F(CliRecords, StoredControlCharactersArePrintedAsVisibleEscapes) {
  // ESC [2J clears the screen, ESC [31m turns the text red, a newline forges a row of its own.
  const QString item = QStringLiteral("SN-\x1b[2J\x1b[31m9\n2  SN-FAKE  offline-import  completed");
  importExample(item);
  Result r = robocert({"db", "info", "--db", db()});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  EXPECT_FALSE(r.out.contains(QChar(0x1b))) << r.out.toStdString();
  EXPECT_TRUE(r.out.contains(
      QStringLiteral("SN-\\x1b[2J\\x1b[31m9\\n2  SN-FAKE  offline-import  completed")))
      << r.out.toStdString();
  EXPECT_FALSE(r.out.contains(QRegularExpression("\n2 +SN-FAKE"))) << r.out.toStdString();
  // What the import prints back, too.
  r = robocert({"import", "pose", poseExample(), "--item", item, "--db", db()});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  EXPECT_FALSE(r.out.contains(QChar(0x1b))) << r.out.toStdString();
  EXPECT_EQ(r.out.count('\n'), 1) << r.out.toStdString();

  // The lab profile and the users are stored text as well; so is a bidirectional override, which
  // would show the text after it backwards.
  const QString name = QStringLiteral("Lab\x1b]0;owned\x07 \u202Egnp.exe");
  ASSERT_EQ(robocert({"lab", "set", "--name", name, "--db", db()}).exitCode, 0);
  r = robocert({"lab", "show", "--db", db()});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  EXPECT_TRUE(r.out.contains(QStringLiteral("Lab\\x1b]0;owned\\x07 \\u202egnp.exe")))
      << r.out.toStdString();
  EXPECT_FALSE(r.out.contains(QChar(0x1b)));
  EXPECT_FALSE(r.out.contains(QChar(0x202E)));
}

}  // namespace
