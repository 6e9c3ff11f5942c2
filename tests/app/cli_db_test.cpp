// The lab database from the command line, on real SQLite files: init, import, export, backup,
// and verify catching every change made behind the program's back (done here with the sqlite3
// C API directly on the file, as another program would).
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <bit>
#include <cstdint>
#include <map>
#include <utility>
#include <vector>

#include "robocert/store/store.hpp"

namespace {

struct DbRun {
  int exitCode = -1;
  QString out;
  QString err;
};

struct RunAs {
  bool nobody = false;  // drop root to uid/gid 65534 in the child (see ReadOnlyDatabase)
};

DbRun runCli(const QStringList& args, const QStringList& env = {}, RunAs as = {}) {
  QProcess p;
  QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
  e.insert("LANG", "C.UTF-8");
  for (const char* var : {"LC_ALL", "LANGUAGE", "ROBOCERT_LANG", "ROBOCERT_DB"}) e.remove(var);
  for (const QString& kv : env) e.insert(kv.section('=', 0, 0), kv.section('=', 1));
  p.setProcessEnvironment(e);
  if (as.nobody) {
    p.setChildProcessModifier([] {
      if (setgid(65534) != 0 || setuid(65534) != 0) _exit(127);
    });
  }
  p.start(ROBOCERT_BIN, args);
  if (!p.waitForFinished(60000)) return {};
  EXPECT_EQ(p.exitStatus(), QProcess::NormalExit) << "crashed: " << args.join(' ').toStdString();
  return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
          QString::fromUtf8(p.readAllStandardError())};
}

QString poseExample() {
  return QStringLiteral(ROBOCERT_SOURCE_DIR "/test-plans/examples/iso9283-pose-example.csv");
}

QJsonObject oneObject(const QString& text) {
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
  EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
  EXPECT_TRUE(doc.isObject());
  return doc.object();
}

// Direct SQL on the file, behind the program's back.
void sqlExec(const QString& db, const QString& sql) {
  sqlite3* h = nullptr;
  ASSERT_EQ(sqlite3_open(db.toUtf8().constData(), &h), SQLITE_OK);
  char* err = nullptr;
  EXPECT_EQ(sqlite3_exec(h, sql.toUtf8().constData(), nullptr, nullptr, &err), SQLITE_OK)
      << (err != nullptr ? err : "") << " in " << sql.toStdString();
  sqlite3_free(err);
  sqlite3_close(h);
}

// Every row of a query, each column as its SQLite value's bits: doubles compare bit for bit.
using SqlRow = std::vector<std::pair<int, std::uint64_t>>;  // (type, int or double bits)
std::vector<SqlRow> sqlRows(const QString& db, const QString& sql) {
  sqlite3* h = nullptr;
  std::vector<SqlRow> rows;
  if (sqlite3_open_v2(db.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    ADD_FAILURE() << "cannot open " << db.toStdString();
    sqlite3_close(h);
    return rows;
  }
  sqlite3_stmt* s = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(h, sql.toUtf8().constData(), -1, &s, nullptr), SQLITE_OK)
      << sqlite3_errmsg(h);
  while (s != nullptr && sqlite3_step(s) == SQLITE_ROW) {
    SqlRow& row = rows.emplace_back();
    for (int c = 0; c < sqlite3_column_count(s); ++c) {
      const int type = sqlite3_column_type(s, c);
      std::uint64_t bits = 0;
      if (type == SQLITE_FLOAT) bits = std::bit_cast<std::uint64_t>(sqlite3_column_double(s, c));
      if (type == SQLITE_INTEGER) bits = static_cast<std::uint64_t>(sqlite3_column_int64(s, c));
      if (type == SQLITE_TEXT) {
        bits = std::hash<std::string>{}(reinterpret_cast<const char*>(sqlite3_column_text(s, c)));
      }
      row.emplace_back(type, bits);
    }
  }
  sqlite3_finalize(s);
  sqlite3_close(h);
  return rows;
}

std::int64_t sqlCount(const QString& db, const QString& table) {
  const auto rows = sqlRows(db, "SELECT count(*) FROM " + table);
  return rows.empty() ? -1 : static_cast<std::int64_t>(rows[0][0].second);
}

class CliDb : public ::testing::Test {
 protected:
  QString path(const QString& name) const { return dir_.filePath(name); }
  QString db() const { return path("lab.db"); }

  // Imports the shipped example into `database`; returns the run id.
  qint64 importExample(const QString& database, const QString& item = "SN-001") {
    const DbRun r = runCli(
        {"import", "pose", poseExample(), "--item", item, "--db", database, "--format", "json"});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return oneObject(r.out)["run"].toInteger();
  }
  QJsonObject exportJson(const QString& database, qint64 run) {
    const DbRun r = runCli({"db", "export", "--run", QString::number(run), "--db", database});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return oneObject(r.out);
  }
  QString write(const QString& name, const QByteArray& bytes) {
    QFile f(path(name));
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path(name);
  }
  // Exit 2, nothing on stdout, one line on stderr containing `message`.
  void expectRefused(const QStringList& args, const QString& message, const QStringList& env = {},
                     RunAs as = {}) {
    const DbRun r = runCli(args, env, as);
    EXPECT_EQ(r.exitCode, 2) << args.join(' ').toStdString() << ": " << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(message))
        << "stderr: " << r.err.toStdString() << "\nexpected: " << message.toStdString();
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
  }

  QTemporaryDir dir_;
};

TEST_F(CliDb, InitCreatesAndASecondInitIsHarmless) {
  DbRun r = runCli({"db", "init", "--db", db()});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  EXPECT_TRUE(r.out.contains(db() + ": lab database, schema version 4")) << r.out.toStdString();
  ASSERT_TRUE(QFile::exists(db()));

  r = runCli({"db", "info", "--db", db()});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  EXPECT_TRUE(r.out.contains("Schema version: 4")) << r.out.toStdString();
  EXPECT_TRUE(r.out.contains("No runs yet.")) << r.out.toStdString();

  importExample(db());
  const std::int64_t audit = sqlCount(db(), "audit");
  r = runCli({"db", "init", "--db", db()});
  EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
  EXPECT_EQ(sqlCount(db(), "audit"), audit);  // nothing written
  EXPECT_EQ(sqlCount(db(), "runs"), 1);

  r = runCli({"db", "info", "--db", db()});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  for (const char* line : {"Items                  1", "Runs                   1",
                           "Pose measurements    210", "Results               81"}) {
    EXPECT_TRUE(r.out.contains(line)) << line << "\n" << r.out.toStdString();
  }
  EXPECT_TRUE(r.out.contains(QRegularExpression("\n1 +SN-001 +offline-import +completed +20")))
      << r.out.toStdString();
}

TEST_F(CliDb, ImportStoresExactlyTheAnalyzedResults) {
  const DbRun text = runCli({"import", "pose", poseExample(), "--item", "SN-001", "--maker", "ACME",
                             "--model", "R-6", "--db", db()});
  ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
  EXPECT_TRUE(text.out.startsWith("Run 1: 210 measurements and 81 results of SN-001"))
      << text.out.toStdString();

  const DbRun analyzed = runCli({"analyze", "pose", poseExample(), "--format", "json"});
  ASSERT_EQ(analyzed.exitCode, 0);
  const QJsonObject a = oneObject(analyzed.out);
  std::map<QString, double> expected;  // "characteristic|subject" -> value
  for (const QJsonValue& p : a["poses"].toArray()) {
    const QJsonObject o = p.toObject();
    const QString subject =
        o["pose"].toString() + " dir " + QString::number(o["direction"].toInt());
    for (const QString& key : o.keys()) {
      if (key.startsWith("AP_") || key.startsWith("RP_")) {
        expected[key + '|' + subject] = o[key].toDouble();
      }
    }
  }
  for (const QJsonValue& v : a["vAP"].toArray()) {
    const QJsonObject o = v.toObject();
    for (const QString& key : o.keys()) {
      if (key.startsWith("vAP_")) expected[key + '|' + o["pose"].toString()] = o[key].toDouble();
    }
  }
  ASSERT_EQ(expected.size(), 81u);  // 7 pose/direction groups x 11, and 4 vAP for P1

  const QJsonObject e = exportJson(db(), 1);
  const QJsonArray results = e["results"].toArray();
  ASSERT_EQ(results.size(), 81);
  for (const QJsonValue& v : results) {
    const QJsonObject r = v.toObject();
    const QString key = r["characteristic"].toString() + '|' + r["subject"].toString();
    ASSERT_TRUE(expected.count(key)) << key.toStdString();
    EXPECT_EQ(r["value"].toDouble(), expected[key]) << key.toStdString();  // the same double
    const bool angle = key.contains(QRegularExpression("^v?[AR]P_[abc]\\|"));
    EXPECT_EQ(r["unit"].toString(), angle ? "deg" : "mm") << key.toStdString();
    EXPECT_TRUE(r["limit"].isNull());
    EXPECT_EQ(r["verdict"].toString(), "");
  }
  const QJsonObject run = e["run"].toObject();
  EXPECT_EQ(run["item_manufacturer"].toString(), "ACME");
  EXPECT_EQ(run["item_model"].toString(), "R-6");
  EXPECT_EQ(run["item_kind"].toString(), "industrial_robot");

  // A second import of the same item finds it instead of creating another.
  importExample(db());
  EXPECT_EQ(sqlCount(db(), "items"), 1);
  EXPECT_EQ(sqlCount(db(), "runs"), 2);
}

TEST_F(CliDb, ExportJsonIsOneObjectWithEverything) {
  ASSERT_EQ(importExample(db()), 1);
  const QString out = path("run1.json");
  const DbRun r =
      runCli({"db", "export", "--run", "1", "--format", "json", "--out", out, "--db", db()});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  QFile f(out);
  ASSERT_TRUE(f.open(QIODevice::ReadOnly));
  const QJsonObject e = oneObject(QString::fromUtf8(f.readAll()));
  EXPECT_EQ(e, exportJson(db(), 1));  // --out writes what stdout shows

  const QJsonObject run = e["run"].toObject();
  EXPECT_EQ(run["id"].toInteger(), 1);
  EXPECT_EQ(run["item_serial"].toString(), "SN-001");
  EXPECT_EQ(run["source"].toString(), "offline-import");
  EXPECT_EQ(run["plan_name"].toString(), "import pose");
  EXPECT_EQ(run["status"].toString(), "completed");
  EXPECT_FALSE(run["ended_at"].isNull());
  const QString plan = run["plan_text"].toString();
  EXPECT_TRUE(plan.startsWith("import pose\nfile: iso9283-pose-example.csv\nsha256: "));
  EXPECT_EQ(run["plan_sha256"].toString(),
            QCryptographicHash::hash(plan.toUtf8(), QCryptographicHash::Sha256).toHex());

  const QJsonArray ms = e["measurements"].toArray();
  ASSERT_EQ(ms.size(), 210);
  const QJsonObject first = ms[0].toObject();  // the example's first row
  EXPECT_EQ(first["pose"].toString(), "P1");
  EXPECT_EQ(first["cycle"].toInt(), 1);
  EXPECT_EQ(first["x"].toDouble(), 1200.0253);
  EXPECT_EQ(first["c"].toDouble(), -179.99564);
  EXPECT_EQ(e["results"].toArray().size(), 81);
  EXPECT_TRUE(e["instruments"].toArray().isEmpty());
  EXPECT_TRUE(e["streams"].toArray().isEmpty());
  // The run's audit: its creation, 210 measurements, 81 results, completion.
  const QJsonArray audit = e["audit"].toArray();
  ASSERT_EQ(audit.size(), 1 + 210 + 81 + 1);
  EXPECT_EQ(audit[0].toObject()["table"].toString(), "runs");
  EXPECT_EQ(audit.last().toObject()["action"].toString(), "status completed");
  EXPECT_EQ(audit.last().toObject()["hash"].toString().size(), 64);
}

TEST_F(CliDb, RoundTripThroughCsvKeepsEveryBit) {
  ASSERT_EQ(importExample(db()), 1);
  const QString dir = path("export");
  DbRun r = runCli({"db", "export", "--run", "1", "--format", "csv", "--out", dir, "--db", db()});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  for (const char* name : {"measurements.csv", "results.csv", "run.csv", "instruments.csv",
                           "audit.csv", "streams.csv", "plan.txt"}) {
    EXPECT_TRUE(QFile::exists(QDir(dir).filePath(name))) << name;
  }
  QFile run(QDir(dir).filePath("run.csv"));
  ASSERT_TRUE(run.open(QIODevice::ReadOnly));
  const QString runCsv = QString::fromUtf8(run.readAll());
  EXPECT_TRUE(runCsv.startsWith("key,value\nid,1\nitem_serial,SN-001\n")) << runCsv.toStdString();
  EXPECT_TRUE(runCsv.contains("\nstatus,completed\n"));
  QFile plan(QDir(dir).filePath("plan.txt"));
  ASSERT_TRUE(plan.open(QIODevice::ReadOnly));
  EXPECT_EQ(QString::fromUtf8(plan.readAll()),
            exportJson(db(), 1)["run"].toObject()["plan_text"].toString());

  r = runCli({"import", "pose", QDir(dir).filePath("measurements.csv"), "--item", "SN-001", "--db",
              db(), "--format", "json"});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  ASSERT_EQ(oneObject(r.out)["run"].toInteger(), 2);

  const QString columns =
      "SELECT pose, cycle, direction, cmd_x, cmd_y, cmd_z, cmd_a, cmd_b, cmd_c, x, y, z, a, b, c "
      "FROM pose_measurements WHERE run_id = %1 ORDER BY id";
  const auto first = sqlRows(db(), columns.arg(1));
  ASSERT_EQ(first.size(), 210u);
  EXPECT_EQ(first, sqlRows(db(), columns.arg(2)));  // bit-identical doubles
  const QString results = "SELECT characteristic, subject, value FROM results WHERE run_id = %1";
  EXPECT_EQ(sqlRows(db(), results.arg(1)), sqlRows(db(), results.arg(2)));
}

TEST_F(CliDb, ExportCountsTheSamplesOfAStream) {
  // `bench ingest` is the command line's way to store a stream: one run, one 6-channel stream.
  const DbRun bench = runCli({"bench", "ingest", "--samples", "20000", "--db", db()});
  if (bench.exitCode != 0) GTEST_SKIP() << "bench ingest unavailable: " << bench.err.toStdString();
  const QJsonArray streams = exportJson(db(), 1)["streams"].toArray();
  ASSERT_EQ(streams.size(), 1);
  const QJsonObject s = streams[0].toObject();
  EXPECT_EQ(s["stream_id"].toInteger(), 1);
  EXPECT_EQ(s["channels"].toInteger(), 6);
  EXPECT_EQ(s["samples"].toInteger(), 20000);
  EXPECT_EQ(s["t_first_ns"].toInteger(), 0);
  EXPECT_EQ(s["t_last_ns"].toInteger(), 19999 * 1000000LL);  // 1 ms apart
  EXPECT_EQ(s["name"].toString(), "tracker");
  EXPECT_EQ(s["channel_list"].toString(), "x[mm] y[mm] z[mm] a[deg] b[deg] c[deg]");
  EXPECT_EQ(s["nominal_rate_hz"].toDouble(), 1000.0);
  const QString dir = path("export");
  ASSERT_EQ(runCli({"db", "export", "--run", "1", "--format", "csv", "--out", dir, "--db", db()})
                .exitCode,
            0);
  QFile f(QDir(dir).filePath("streams.csv"));
  ASSERT_TRUE(f.open(QIODevice::ReadOnly));
  EXPECT_TRUE(
      f.readAll().startsWith("stream_id,channels,samples,t_first_ns,t_last_ns,name,channel_list,"
                             "nominal_rate_hz\n1,6,20000,0,19999000000,tracker,"));
  EXPECT_EQ(runCli({"db", "verify", "--db", db()}).exitCode, 0);  // chunks are audited too
}

// ---- verify ------------------------------------------------------------------------------------

TEST_F(CliDb, IntactDatabaseVerifies) {
  importExample(db());
  const DbRun r = runCli({"db", "verify", "--db", db()});
  EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
  EXPECT_TRUE(r.out.contains(db() + ": intact; 294 audit entries")) << r.out.toStdString();
  EXPECT_TRUE(r.out.contains(QRegularExpression("Last audit entry 294: [0-9a-f]{64}\n")));
  EXPECT_TRUE(r.err.isEmpty());
}

struct Tamper {
  const char* name;
  const char* sql;
  const char* message;  // after "DB: "
};

class CliDbTamper : public CliDb, public ::testing::WithParamInterface<Tamper> {};

TEST_P(CliDbTamper, VerifyNamesTheTableAndRow) {
  importExample(db());
  sqlExec(db(), GetParam().sql);
  const DbRun r = runCli({"db", "verify", "--db", db()});
  EXPECT_EQ(r.exitCode, 1) << r.out.toStdString() << r.err.toStdString();
  EXPECT_TRUE(r.out.isEmpty());
  EXPECT_EQ(r.err, "robocert: " + db() + ": " + GetParam().message + '\n');
}

// Rows of the example import: audit 1 item, 2 run, 3..212 measurements 1..210, 213..293
// results 1..81, 294 the run's completion.
INSTANTIATE_TEST_SUITE_P(
    Changes, CliDbTamper,
    ::testing::Values(
        Tamper{"MeasurementUpdated", "UPDATE pose_measurements SET x = x + 0.001 WHERE id = 5",
               "pose_measurements row 5 was changed after it was recorded"},
        Tamper{"ResultUpdated", "UPDATE results SET value = 0 WHERE id = 3",
               "results row 3 was changed after it was recorded"},
        Tamper{"MeasurementDeleted", "DELETE FROM pose_measurements WHERE id = 7",
               "pose_measurements row 7 was deleted after it was recorded"},
        Tamper{"MeasurementInserted",
               "INSERT INTO pose_measurements(run_id, pose, cycle, direction, cmd_x, cmd_y, cmd_z, "
               "cmd_a, cmd_b, cmd_c, x, y, z, a, b, c, measured_at) SELECT run_id, pose, 31, "
               "direction, cmd_x, cmd_y, cmd_z, cmd_a, cmd_b, cmd_c, x, y, z, a, b, c, "
               "measured_at FROM pose_measurements WHERE id = 1",
               "pose_measurements row 211 was added without an audit entry"},
        Tamper{"AuditDetailAltered", "UPDATE audit SET detail = 'x' WHERE id = 3",
               "audit row 3 was altered: the audit trail no longer matches itself"},
        Tamper{"AuditEntryDeleted", "DELETE FROM audit WHERE id = 4",
               "audit row 4 is missing: an audit entry was deleted"},
        Tamper{"RunStatusUpdated", "UPDATE runs SET status = 'aborted' WHERE id = 1",
               "runs row 1 was changed after it was recorded"},
        Tamper{"ItemSerialUpdated", "UPDATE items SET serial = 'SN-002' WHERE id = 1",
               "items row 1 was changed after it was recorded"},
        Tamper{"LastAuditEntryDeleted", "DELETE FROM audit WHERE id = 294",
               "runs row 1 was changed after it was recorded"}),
    [](const ::testing::TestParamInfo<Tamper>& p) { return std::string(p.param.name); });

// What the chain alone cannot see (docs/formats/lab-database.md): the tail of the trail cut off
// together with the rows it covers, and the run put back as it was before. Only the last hash,
// written down elsewhere, shows it.
TEST_F(CliDb, CuttingTheTailNeedsTheLastHashToBeSeen) {
  importExample(db());
  const DbRun before = runCli({"db", "verify", "--db", db()});
  ASSERT_EQ(before.exitCode, 0);
  sqlExec(db(),
          "DELETE FROM results WHERE id > 70; DELETE FROM audit WHERE id > 282; "
          "UPDATE runs SET status = 'running', ended_at = NULL WHERE id = 1");
  const DbRun after = runCli({"db", "verify", "--db", db()});
  EXPECT_EQ(after.exitCode, 0) << after.err.toStdString();
  EXPECT_TRUE(after.out.contains("Last audit entry 282: ")) << after.out.toStdString();
  EXPECT_NE(before.out.section('\n', 1), after.out.section('\n', 1));
}

// ---- refusing what cannot be used ---------------------------------------------------------------

TEST_F(CliDb, BadCsvStoresNothing) {
  const QString f = write("one.csv",
                          "pose,cycle,direction,cmd_x,cmd_y,cmd_z,cmd_a,cmd_b,cmd_c,x,y,z,a,b,c\n"
                          "P1,1,1,0,0,0,0,0,0,0,0,0,0,0,0\n"
                          "P1,2,1,0,0,0,0,0,0,0,0,0,0,0,0\n"
                          "P3,1,1,5,0,0,0,0,0,5,0,0,0,0,0\n");
  // Into no database at all: none is created.
  expectRefused({"import", "pose", f, "--item", "SN-001", "--db", db()},
                f + ":4: pose P3 (direction 1) has 1 cycle; repeatability needs at least 2");
  EXPECT_FALSE(QFile::exists(db()));
  // Into an existing one: nothing is added.
  importExample(db());
  const std::int64_t audit = sqlCount(db(), "audit");
  expectRefused({"import", "pose", f, "--item", "SN-002", "--db", db()}, f + ":4: pose P3");
  expectRefused({"import", "pose", path("missing.csv"), "--item", "SN-002", "--db", db()},
                path("missing.csv") + ": no such file");
  expectRefused({"import", "pose", dir_.path(), "--item", "SN-002", "--db", db()},
                dir_.path() + ": is a directory, expected a file");
  EXPECT_EQ(sqlCount(db(), "runs"), 1);
  EXPECT_EQ(sqlCount(db(), "items"), 1);
  EXPECT_EQ(sqlCount(db(), "audit"), audit);
}

TEST_F(CliDb, ImportFailingMidwayStoresNothing) {
  // A trigger stands in for a failure after the measurements are stored (disk full, I/O error).
  // The import is one transaction: no item, no run (once an aborted run with 210 measurements
  // stayed behind), no audit entry.
  ASSERT_EQ(runCli({"db", "init", "--db", db()}).exitCode, 0);
  sqlExec(db(),
          "CREATE TRIGGER fail_results BEFORE INSERT ON results "
          "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END");
  const std::int64_t audit = sqlCount(db(), "audit");
  expectRefused({"import", "pose", poseExample(), "--item", "SN-001", "--db", db()},
                db() + ": refused (simulated failure)");
  EXPECT_EQ(sqlCount(db(), "results"), 0);
  EXPECT_EQ(sqlCount(db(), "pose_measurements"), 0);
  EXPECT_EQ(sqlCount(db(), "runs"), 0);
  EXPECT_EQ(sqlCount(db(), "items"), 0);
  EXPECT_EQ(sqlCount(db(), "audit"), audit);
  EXPECT_EQ(runCli({"db", "verify", "--db", db()}).exitCode, 0);
}

TEST_F(CliDb, NotADatabase) {
  const QString x = write("x.db", "these are notes, not a database\n");
  for (const QStringList& cmd :
       {QStringList{"db", "info"}, QStringList{"db", "verify"}, QStringList{"db", "init"}}) {
    expectRefused(cmd + QStringList{"--db", x}, x + ": not a RoboCert lab database");
  }
  expectRefused({"import", "pose", poseExample(), "--item", "SN-001", "--db", x},
                "not a RoboCert lab database");
  QFile f(x);
  ASSERT_TRUE(f.open(QIODevice::ReadOnly));
  EXPECT_EQ(f.readAll(), "these are notes, not a database\n");  // left as it was
}

TEST_F(CliDb, NewerSchema) {
  sqlExec(db(), "CREATE TABLE t(x); PRAGMA application_id = 1380074324; PRAGMA user_version = 99");
  expectRefused({"db", "info", "--db", db()}, db() + ": written by a newer RoboCert");
  expectRefused({"import", "pose", poseExample(), "--item", "SN-001", "--db", db()},
                "written by a newer RoboCert");
}

TEST_F(CliDb, ReadOnlyDatabase) {
  ASSERT_EQ(runCli({"db", "init", "--db", db()}).exitCode, 0);
  ASSERT_TRUE(QFile::setPermissions(db(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
  RunAs as;
  if (geteuid() == 0) {
    // Root writes any file regardless of its mode, so run the program as nobody, who may read
    // the folder and the file but write neither.
    ASSERT_TRUE(QFile::setPermissions(dir_.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                       QFile::ExeOwner | QFile::ReadOther |
                                                       QFile::ExeOther));
    if (runCli({"--version"}, {}, {true}).exitCode != 0) {
      GTEST_SKIP() << "robocert cannot run as uid 65534 here";
    }
    as.nobody = true;
  }
  expectRefused({"import", "pose", poseExample(), "--item", "SN-001", "--db", db()},
                db() + ": cannot be written", {}, as);
  EXPECT_EQ(sqlCount(db(), "runs"), 0);
}

TEST_F(CliDb, UsageProblems) {
  importExample(db());
  expectRefused({"db", "export", "--run", "99", "--db", db()},
                db() + ": there is no run 99; robocert db info lists the runs");
  expectRefused({"db", "export", "--run", "1", "--format", "csv", "--db", db()},
                "--format csv writes several files: name their folder with --out DIR");
  expectRefused({"db", "export", "--run", "1", "--format", "xml", "--db", db()},
                "--format must be one of json, csv, not \"xml\"");
  expectRefused({"db", "info", "--db", path("nothing.db")},
                path("nothing.db") + ": no lab database here");
  EXPECT_FALSE(QFile::exists(path("nothing.db")));
  // Command-line errors are CLI11's, with the usage hint from main.cpp: exit 2 as well.
  EXPECT_EQ(runCli({"db", "export", "--db", db()}).exitCode, 2);
  EXPECT_EQ(runCli({"db", "frobnicate"}).exitCode, 2);
  EXPECT_EQ(runCli({"import", "pose", poseExample(), "--db", db()}).exitCode, 2);  // no --item
}

TEST_F(CliDb, BackupMakesAVerifiableCopyAndNeverOverwrites) {
  importExample(db());
  const QString copy = path("copy.db");
  DbRun r = runCli({"db", "backup", "--to", copy, "--db", db()});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  EXPECT_EQ(sqlCount(copy, "pose_measurements"), 210);
  r = runCli({"db", "verify", "--db", copy});
  EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();

  const QString existing = write("existing.db", "keep me");
  expectRefused({"db", "backup", "--to", existing, "--db", db()}, existing + ": refused");
  QFile f(existing);
  ASSERT_TRUE(f.open(QIODevice::ReadOnly));
  EXPECT_EQ(f.readAll(), "keep me");
}

TEST_F(CliDb, DatabaseFromTheEnvironment) {
  const QStringList env{"ROBOCERT_DB=" + db()};
  ASSERT_EQ(runCli({"db", "init"}, env).exitCode, 0);
  EXPECT_TRUE(QFile::exists(db()));
  const DbRun r = runCli({"import", "pose", poseExample(), "--item", "SN-001"}, env);
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  EXPECT_EQ(sqlCount(db(), "runs"), 1);
  // --db wins over the environment.
  ASSERT_EQ(runCli({"db", "init", "--db", path("other.db")}, env).exitCode, 0);
  EXPECT_EQ(sqlCount(path("other.db"), "runs"), 0);
  // Neither: robocert.db in the application data folder.
  const DbRun d = runCli({"db", "init"}, {"XDG_DATA_HOME=" + path("data")});
  ASSERT_EQ(d.exitCode, 0) << d.err.toStdString();
  EXPECT_TRUE(QFile::exists(path("data/RoboCert/robocert/robocert.db"))) << d.out.toStdString();
}

TEST(CliDbHelp, EveryCommandHasHelp) {
  for (const QStringList& cmd :
       {QStringList{"db"}, QStringList{"db", "init"}, QStringList{"db", "info"},
        QStringList{"db", "verify"}, QStringList{"db", "backup"}, QStringList{"db", "export"},
        QStringList{"import"}, QStringList{"import", "pose"}}) {
    const DbRun r = runCli(cmd + QStringList{"--help"});
    EXPECT_EQ(r.exitCode, 0) << cmd.join(' ').toStdString();
    EXPECT_TRUE(r.out.contains("--help")) << r.out.toStdString();
  }
}

}  // namespace
