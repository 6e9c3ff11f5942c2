// robocert run and robocert demo as a user runs them: the built-in simulator (--station sim) in
// the same process, a lab database file, SIGKILL in the middle of a run and --resume.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <chrono>
#include <thread>

namespace {

struct Result {
  int exitCode = -1;
  QString out;
  QString err;
};

QProcessEnvironment environment() {
  QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
  e.insert("LANG", "C.UTF-8");
  e.remove("LC_ALL");
  e.remove("LANGUAGE");
  e.remove("ROBOCERT_LANG");
  e.remove("ROBOCERT_DB");
  return e;
}

Result robocert(const QStringList& args) {
  QProcess p;
  p.setProcessEnvironment(environment());
  p.start(ROBOCERT_BIN, args);
  p.closeWriteChannel();  // stdin is not a terminal: nobody can answer a prompt
  if (!p.waitForFinished(120000)) return {};
  EXPECT_EQ(p.exitStatus(), QProcess::NormalExit) << "crashed: " << args.join(' ').toStdString();
  return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
          QString::fromUtf8(p.readAllStandardError())};
}

QString plan(const char* relative) {
  return QStringLiteral(ROBOCERT_SOURCE_DIR "/test-plans/") + relative;
}

std::int64_t sqlInt(const QString& db, const char* sql) {
  sqlite3* h = nullptr;
  if (sqlite3_open_v2(db.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(h);
    return -1;
  }
  sqlite3_busy_timeout(h, 2000);
  sqlite3_stmt* s = nullptr;
  std::int64_t v = -1;
  if (sqlite3_prepare_v2(h, sql, -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
    v = sqlite3_column_int64(s, 0);
  sqlite3_finalize(s);
  sqlite3_close(h);
  return v;
}

}  // namespace

TEST(CliRun, DistancePlanOnTheBuiltInSimulatorAsJson) {
  QTemporaryDir dir;
  const QString db = dir.filePath("lab.db");
  const Result r = robocert({"run", plan("iso9283/iso9283-distance.yaml"), "--station", "sim",
                             "--time-scale", "200", "--item", "SN-CLI-1", "--set", "cycles=3",
                             "--set", "speeds=1", "--yes", "--db", db, "--format", "json"});
  ASSERT_TRUE(r.exitCode == 0 || r.exitCode == 1) << r.err.toStdString();
  const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
  EXPECT_EQ(o.value("state").toString(), "completed") << r.out.toStdString();
  EXPECT_EQ(o.value("plan").toString(), "iso9283-distance");
  bool ad = false;
  for (const QJsonValue& v : o.value("results").toArray())
    ad |= v.toObject().value("characteristic").toString() == "AD_P";
  EXPECT_TRUE(ad);
  // 10 registration points + 3 cycles x 2 poses, and the run completed in the database.
  EXPECT_EQ(sqlInt(db, "SELECT count(*) FROM pose_measurements"), 16);
  EXPECT_EQ(sqlInt(db, "SELECT count(*) FROM runs WHERE status = 'completed'"), 1);
}

TEST(CliRun, KilledRunIsResumedWithExactlyThePlannedMeasurements) {
  QTemporaryDir dir;
  const QString db = dir.filePath("lab.db");
  const QStringList common{"--station", "sim", "--time-scale", "50", "--yes", "--db", db};
  QProcess p;
  p.setProcessEnvironment(environment());
  p.start(ROBOCERT_BIN, QStringList{"run", plan("iso9283/iso9283-distance.yaml"), "--item",
                                    "SN-CLI-2", "--set", "cycles=10", "--set", "speeds=1,0.5"} +
                            common);
  ASSERT_TRUE(p.waitForStarted());
  // Kill it (as a power cut would) once it has stored 20 measurements.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (sqlInt(db, "SELECT count(*) FROM pose_measurements") < 20) {
    ASSERT_LT(std::chrono::steady_clock::now(), deadline) << "the run did not get going";
    ASSERT_EQ(p.state(), QProcess::Running) << p.readAllStandardError().toStdString();
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
  p.waitForFinished();
  const std::int64_t before = sqlInt(db, "SELECT count(*) FROM pose_measurements");
  EXPECT_GE(before, 20);
  EXPECT_LT(before, 50);

  const Result r =
      robocert(QStringList{"run", plan("iso9283/iso9283-distance.yaml"), "--resume", "1"} + common);
  ASSERT_TRUE(r.exitCode == 0 || r.exitCode == 1) << r.err.toStdString();
  EXPECT_TRUE(r.out.contains("Run 1 completed")) << r.out.toStdString();
  // 10 registration points + 10 cycles x 2 poses x 2 speeds: each exactly once.
  EXPECT_EQ(sqlInt(db, "SELECT count(*) FROM pose_measurements"), 50);
  EXPECT_EQ(sqlInt(db, "SELECT count(DISTINCT series || pose || cycle) FROM pose_measurements"),
            50);
  EXPECT_EQ(sqlInt(db, "SELECT count(*) FROM audit WHERE action = 'status interrupted'"), 1);
  EXPECT_EQ(sqlInt(db, "SELECT count(*) FROM audit WHERE action = 'resume'"), 1);
  EXPECT_EQ(sqlInt(db, "SELECT count(*) FROM runs WHERE status = 'completed'"), 1);
}

TEST(CliRun, APromptNobodyCanAnswerEndsTheRunBeforeAnythingMoves) {
  QTemporaryDir dir;
  const QString db = dir.filePath("lab.db");
  const Result r = robocert({"run", plan("iso9283/iso9283-distance.yaml"), "--station", "sim",
                             "--item", "SN-CLI-3", "--db", db});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_TRUE(r.err.contains("pass --yes")) << r.err.toStdString();
  EXPECT_EQ(sqlInt(db, "SELECT count(*) FROM pose_measurements"), 0);
}

TEST(CliRun, BadInputIsRefusedWithOneClearMessage) {
  QTemporaryDir dir;
  const QString db = dir.filePath("lab.db");
  Result r =
      robocert({"run", plan("iso9283/iso9283-distance.yaml"), "--station", "sim", "--db", db});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(r.err.contains("--item")) << r.err.toStdString();

  r = robocert({"run", plan("iso9283/iso9283-distance.yaml"), "--station", "sim", "--item", "X",
                "--set", "cycles", "--db", db});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(r.err.contains("name=value")) << r.err.toStdString();

  r = robocert(
      {"run", dir.filePath("missing.yaml"), "--station", "sim", "--item", "X", "--db", db});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(r.err.contains("missing.yaml")) << r.err.toStdString();
}

TEST(CliDemo, RunsBothPlansAndShowsTheTruth) {
  QTemporaryDir dir;
  const Result r = robocert({"demo", "--db", dir.filePath("lab.db"), "--time-scale", "400"});
  ASSERT_TRUE(r.exitCode == 0 || r.exitCode == 1) << r.err.toStdString();
  EXPECT_TRUE(r.out.contains("Run 1 completed: iso9283-pose-repeatability")) << r.out.toStdString();
  EXPECT_TRUE(r.out.contains("Run 2 completed: iso9283-distance")) << r.out.toStdString();
  EXPECT_TRUE(r.out.contains("true (simulator)"));
}
