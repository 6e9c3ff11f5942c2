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
#include <memory>
#include <thread>
#include <utility>
#include <vector>

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

// Starts `robocert run` of the distance plan (10 cycles at 100 % and 50 %: 50 measurements) and
// kills it, as a power cut would, once it has stored 20 measurements. Empty when all went as
// planned, else what did not.
std::string killedDistanceRun(const QString& db, const QStringList& common, const char* item) {
  QProcess p;
  p.setProcessEnvironment(environment());
  p.start(ROBOCERT_BIN, QStringList{"run", plan("iso9283/iso9283-distance.yaml"), "--item", item,
                                    "--set", "cycles=10", "--set", "speeds=1,0.5"} +
                            common);
  if (!p.waitForStarted()) return "it did not start";
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (sqlInt(db, "SELECT count(*) FROM pose_measurements") < 20) {
    if (std::chrono::steady_clock::now() > deadline) return "the run did not get going";
    if (p.state() != QProcess::Running) return p.readAllStandardError().toStdString();
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
  p.waitForFinished();
  return {};
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
  ASSERT_EQ(killedDistanceRun(db, common, "SN-CLI-2"), "");
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

// Issue 11, item 4: `--resume` of a run that is not resumable is refused as unusable input and
// changes nothing: the completed run stays completed (an approved certificate of it keeps
// verifying), no results are added, no audit entry is written, however often it is tried.
TEST(CliRun, ResumeOfACompletedRunIsRefusedAndChangesNothing) {
  QTemporaryDir dir;
  const QString db = dir.filePath("lab.db");
  const QStringList common{"--station", "sim", "--time-scale", "200", "--yes", "--db", db};
  const QString p = plan("iso9283/iso9283-distance.yaml");
  Result r = robocert(
      QStringList{"run", p, "--item", "SN-CLI-R1", "--set", "cycles=2", "--set", "speeds=1"} +
      common);
  ASSERT_TRUE(r.exitCode == 0 || r.exitCode == 1) << r.err.toStdString();
  ASSERT_TRUE(r.out.contains("Run 1 completed")) << r.out.toStdString();
  const std::int64_t results = sqlInt(db, "SELECT count(*) FROM results");
  const std::int64_t audit = sqlInt(db, "SELECT count(*) FROM audit");
  ASSERT_GT(results, 0);

  for (int attempt = 0; attempt < 2; ++attempt) {
    r = robocert(QStringList{"run", p, "--resume", "1"} + common);
    EXPECT_EQ(r.exitCode, 2) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("--resume 1")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("completed")) << r.err.toStdString();
    EXPECT_EQ(sqlInt(db, "SELECT status = 'completed' FROM runs WHERE id = 1"), 1);
    EXPECT_EQ(sqlInt(db, "SELECT count(*) FROM results"), results);
    EXPECT_EQ(sqlInt(db, "SELECT count(*) FROM audit"), audit);
  }
  r = robocert(QStringList{"run", p, "--resume", "7"} + common);
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(r.err.contains("--resume 7")) << r.err.toStdString();
  EXPECT_EQ(sqlInt(db, "SELECT count(*) FROM audit"), audit);
}

// Issue 11, item 4: two `--resume` of one interrupted run at once. One takes the run and
// completes it; the other is refused and writes nothing: the trail has one interruption (the
// kill) and one resumption, and every planned measurement and result is there once.
TEST(CliRun, TwoResumesAtOnceOnlyOneDrivesTheRun) {
  QTemporaryDir dir;
  const QString db = dir.filePath("lab.db");
  const QStringList common{"--station", "sim", "--time-scale", "50", "--yes", "--db", db};
  const QString p = plan("iso9283/iso9283-distance.yaml");
  ASSERT_EQ(killedDistanceRun(db, common, "SN-CLI-R2"), "");

  QProcess a, b;
  for (QProcess* q : {&a, &b}) {
    q->setProcessEnvironment(environment());
    q->start(ROBOCERT_BIN, QStringList{"run", p, "--resume", "1"} + common);
  }
  for (QProcess* q : {&a, &b}) {
    ASSERT_TRUE(q->waitForStarted());
    ASSERT_TRUE(q->waitForFinished(120000));
  }
  int completed = 0;
  for (QProcess* q : {&a, &b}) {
    const QString out = QString::fromUtf8(q->readAllStandardOutput());
    const QString err = QString::fromUtf8(q->readAllStandardError());
    if (out.contains("Run 1 completed")) {
      ++completed;
    } else {
      EXPECT_NE(q->exitCode(), 0) << out.toStdString() << err.toStdString();
    }
  }
  EXPECT_EQ(completed, 1);
  EXPECT_EQ(sqlInt(db, "SELECT count(*) FROM audit WHERE action = 'status interrupted'"), 1);
  EXPECT_EQ(sqlInt(db, "SELECT count(*) FROM audit WHERE action = 'resume'"), 1);
  EXPECT_EQ(sqlInt(db, "SELECT count(*) FROM runs WHERE status = 'completed'"), 1);
  // 10 registration points + 10 cycles x 2 poses x 2 speeds, each once; each result once.
  EXPECT_EQ(sqlInt(db, "SELECT count(*) FROM pose_measurements"), 50);
  EXPECT_EQ(sqlInt(db, "SELECT count(*) FROM results"),
            sqlInt(db, "SELECT count(DISTINCT characteristic || '|' || subject) FROM results"));
}

// Issue 11, item 8: the first runs on a new database, started at the same moment. Each
// registers the simulated tracker and its calibration at first use; none may die on a UNIQUE
// constraint, and the tracker is on record once.
TEST(CliRun, FirstRunsOnANewDatabaseAtOnceAllComplete) {
  QTemporaryDir dir;
  const QString db = dir.filePath("lab.db");
  constexpr int kRuns = 3;
  std::vector<std::unique_ptr<QProcess>> runs;
  for (int i = 0; i < kRuns; ++i) {
    runs.push_back(std::make_unique<QProcess>());
    runs.back()->setProcessEnvironment(environment());
    runs.back()->start(ROBOCERT_BIN, {"run", plan("iso9283/iso9283-distance.yaml"), "--station",
                                      "sim", "--time-scale", "200", "--yes", "--db", db, "--item",
                                      QStringLiteral("SN-CLI-F%1").arg(i), "--customer",
                                      "ACME Robotics", "--set", "cycles=2", "--set", "speeds=1"});
  }
  for (auto& q : runs) {
    ASSERT_TRUE(q->waitForStarted());
    ASSERT_TRUE(q->waitForFinished(120000));
    const QString out = QString::fromUtf8(q->readAllStandardOutput());
    EXPECT_TRUE(q->exitCode() == 0 || q->exitCode() == 1);
    EXPECT_TRUE(out.contains("completed"))
        << out.toStdString() << q->readAllStandardError().toStdString();
  }
  EXPECT_EQ(sqlInt(db, "SELECT count(*) FROM instruments"), 1);
  EXPECT_EQ(sqlInt(db, "SELECT count(*) FROM calibrations"), 1);
  EXPECT_EQ(sqlInt(db, "SELECT count(*) FROM customers"), 1);
  EXPECT_EQ(sqlInt(db, "SELECT count(*) FROM runs WHERE status = 'completed'"), kRuns);
}

// Issue 11, item 21: test conditions no test hall has are refused naming the option, before
// anything is written: plausible is -50 .. 100 °C and 0 .. 100 % relative humidity.
TEST(CliRun, ImplausibleTestConditionsAreRefusedNamingTheOption) {
  QTemporaryDir dir;
  const QString db = dir.filePath("lab.db");
  const QStringList base{"run",       plan("iso9283/iso9283-distance.yaml"),
                         "--station", "sim",
                         "--item",    "SN-CLI-T",
                         "--yes",     "--db",
                         db};
  for (const auto& [option, value] :
       std::vector<std::pair<QString, QString>>{{"--temperature", "1e308"},
                                                {"--temperature", "nan"},
                                                {"--temperature", "-inf"},
                                                {"--temperature", "-60"},
                                                {"--humidity", "-5"},
                                                {"--humidity", "100.1"},
                                                {"--humidity", "nan"}}) {
    const Result r = robocert(base + QStringList{option, value});
    EXPECT_EQ(r.exitCode, 2) << option.toStdString() << " " << value.toStdString();
    EXPECT_TRUE(r.err.contains(option)) << r.err.toStdString();
  }
  EXPECT_LE(sqlInt(db, "SELECT count(*) FROM runs"), 0);  // -1: not even a database
}
