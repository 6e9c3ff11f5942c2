// robocert run and robocert demo as a user runs them: the built-in simulator (--station sim) in
// the same process, a lab database file, SIGKILL in the middle of a run and --resume.
#include <gtest/gtest.h>

#include <signal.h>
#include <sqlite3.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <chrono>
#include <thread>

#include "cli_support.hpp"

namespace {

using cli_test::Result;
using cli_test::robocert;

QProcessEnvironment environment() {
  QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
  e.insert("LANG", "C.UTF-8");
  e.remove("LC_ALL");
  e.remove("LANGUAGE");
  e.remove("ROBOCERT_LANG");
  e.remove("ROBOCERT_DB");
  return e;
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
  EXPECT_TRUE(r.out.contains("twin run"));
}

// As a lab runs it: the simulator as a separate program (`robocert sim station`), a station
// file naming its addresses and the tracker's instrument record, `robocert run` against it.
TEST(CliRun, AStationFileAgainstASeparateSimulator) {
  QTemporaryDir dir;
  const QString db = dir.filePath("lab.db");
  QProcess sim;
  sim.setProcessEnvironment(environment());
  sim.start(ROBOCERT_BIN, {"sim", "station", "--time-scale", "200"});
  ASSERT_TRUE(sim.waitForStarted());
  while (!sim.canReadLine() && sim.waitForReadyRead(10000)) {
  }
  const QJsonObject urls = QJsonDocument::fromJson(sim.readLine()).object();
  ASSERT_TRUE(urls.contains("robot")) << sim.readAllStandardError().toStdString();

  // The instrument must be on record with a valid calibration before it may measure.
  QFile station(dir.filePath("station.yaml"));
  ASSERT_TRUE(station.open(QIODevice::WriteOnly));
  station.write(
      QStringLiteral("station:\n"
                     "  name: bench-7\n"
                     "  location: Lab 2\n"
                     "  time-scale: 200\n"
                     "  devices:\n"
                     "    - {role: robot, driver: rcp, url: \"%1\"}\n"
                     "    - {role: tracker, driver: tracker, url: \"%2\", instrument: LT-1,\n"
                     "       options: {timeout-ms: 2000}}\n")
          .arg(urls.value("robot").toString(), urls.value("tracker").toString())
          .toUtf8());
  station.close();
  const QStringList run{"run",       plan("iso9283/iso9283-distance.yaml"),
                        "--station", station.fileName(),
                        "--item",    "SN-CLI-4",
                        "--set",     "cycles=2",
                        "--set",     "speeds=1",
                        "--yes",     "--db",
                        db};
  Result r = robocert(run);
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(r.err.contains("instrument LT-1 is not in the lab database")) << r.err.toStdString();

  {  // the instrument and its calibration, as a lab records them (straight into the database here)
    sqlite3* h = nullptr;
    ASSERT_EQ(sqlite3_open(db.toUtf8().constData(), &h), SQLITE_OK);
    const char* sql =
        "INSERT INTO instruments(kind, serial) VALUES ('laser_tracker', 'LT-1');"
        "INSERT INTO calibrations(instrument_id, certificate_no, calibrated_on, due_on) "
        "VALUES (1, 'C-1', date('now', '-400 days'), date('now', '-35 days'));";
    ASSERT_EQ(sqlite3_exec(h, sql, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(h);
  }
  // Not audited (written behind the store's back) - but the point here is the expired calibration.
  r = robocert(run);
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_TRUE(r.err.contains("expired calibration")) << r.err.toStdString();

  r = robocert(run + QStringList{"--override-calibration",
                                 "recalibration booked; checked on a reference bar"});
  EXPECT_TRUE(r.exitCode == 0 || r.exitCode == 1) << r.err.toStdString();
  EXPECT_TRUE(r.out.contains("completed")) << r.out.toStdString() << r.err.toStdString();
  EXPECT_EQ(
      sqlInt(db, "SELECT count(*) FROM run_instruments WHERE calibration_status = 'overridden'"),
      1);
  ::kill(static_cast<pid_t>(sim.processId()), SIGINT);
  EXPECT_TRUE(sim.waitForFinished(10000));
}
