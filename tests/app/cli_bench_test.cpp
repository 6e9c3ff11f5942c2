// `robocert bench ingest` as a user runs it: one JSON object with the figures, the samples
// really stored in the database, and exit code 2 for an unusable --samples.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct BenchRun {
  int exitCode = -1;
  QString out;
  QString err;
};

BenchRun runBench(const QStringList& args) {
  QProcess p;
  QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
  e.insert("LANG", "C.UTF-8");  // English messages
  e.remove("LC_ALL");
  e.remove("LANGUAGE");
  e.remove("ROBOCERT_LANG");
  e.remove("ROBOCERT_DB");
  p.setProcessEnvironment(e);
  p.start(ROBOCERT_BIN, QStringList{"bench", "ingest"} + args);
  if (!p.waitForFinished(120000)) return {};
  EXPECT_EQ(p.exitStatus(), QProcess::NormalExit) << "crashed: " << args.join(' ').toStdString();
  return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
          QString::fromUtf8(p.readAllStandardError())};
}

std::int64_t storedSamples(const QString& db) {
  sqlite3* h = nullptr;
  std::int64_t n = -1;
  if (sqlite3_open_v2(db.toStdString().c_str(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(h, "SELECT sum(count) FROM stream_chunks", -1, &s, nullptr) ==
            SQLITE_OK &&
        sqlite3_step(s) == SQLITE_ROW) {
      n = sqlite3_column_int64(s, 0);
    }
    sqlite3_finalize(s);
  }
  sqlite3_close(h);
  return n;
}

TEST(CliBench, IngestPrintsOneJsonObjectAndStoresEverySample) {
  QTemporaryDir dir;
  const QString db = dir.filePath("bench.db");
  const BenchRun r = runBench({"--samples", "100000", "--db", db, "--format", "json"});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
  ASSERT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
  ASSERT_TRUE(doc.isObject());
  const QJsonObject o = doc.object();
  for (const char* key : {"samples", "seconds", "samples_per_s", "bytes"}) {
    EXPECT_TRUE(o.contains(key)) << key;
  }
  EXPECT_FALSE(o.contains("read_window_ms"));
  EXPECT_EQ(o["samples"].toInteger(), 100000);
  EXPECT_GT(o["seconds"].toDouble(), 0.0);
  EXPECT_NEAR(o["samples_per_s"].toDouble() * o["seconds"].toDouble(), 100000.0, 1.0);
  EXPECT_GE(o["bytes"].toInteger(), 100000 * 56);  // at least the samples themselves
  EXPECT_EQ(storedSamples(db), 100000);

  // A second run adds another stream to the same database.
  const BenchRun again = runBench({"--samples", "5000", "--db", db, "--format", "json"});
  ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
  EXPECT_EQ(storedSamples(db), 105000);
}

TEST(CliBench, ReadWindowIsTimedOnRequest) {
  QTemporaryDir dir;
  const BenchRun r = runBench({"--samples", "30000", "--db", dir.filePath("bench.db"), "--format",
                               "json", "--read-window-s", "10", "--chunk", "1000"});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
  EXPECT_EQ(o["samples"].toInteger(), 30000);
  ASSERT_TRUE(o.contains("read_window_ms"));
  EXPECT_GE(o["read_window_ms"].toDouble(), 0.0);
}

TEST(CliBench, TextOutputIsOneSentence) {
  QTemporaryDir dir;
  const BenchRun r = runBench({"--samples", "1000", "--db", dir.filePath("bench.db")});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  EXPECT_TRUE(r.out.startsWith("Ingested 1000 samples")) << r.out.toStdString();
  EXPECT_EQ(r.out.count('\n'), 1);
}

TEST(CliBench, BaselineWritesOneRowPerSampleIntoANewScratchFile) {
  QTemporaryDir dir;
  const QString db = dir.filePath("baseline.db");
  const BenchRun r = runBench({"--samples", "20000", "--db", db, "--format", "json", "--baseline"});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
  EXPECT_EQ(o["samples"].toInteger(), 20000);
  EXPECT_GT(o["samples_per_s"].toDouble(), 0.0);
  sqlite3* h = nullptr;
  ASSERT_EQ(sqlite3_open_v2(db.toStdString().c_str(), &h, SQLITE_OPEN_READONLY, nullptr),
            SQLITE_OK);
  sqlite3_stmt* s = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(h, "SELECT count(*) FROM samples", -1, &s, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(s), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int64(s, 0), 20000);
  sqlite3_finalize(s);
  sqlite3_close(h);
  // Never into an existing file: it could be a lab database.
  EXPECT_EQ(runBench({"--samples", "10", "--db", db, "--baseline"}).exitCode, 2);
}

TEST(CliBench, UnusableSamplesGiveExitCode2) {
  QTemporaryDir dir;
  const QString db = dir.filePath("bench.db");
  for (const QStringList& samples :
       {QStringList{"--samples", "0"}, QStringList{"--samples=-5"}, QStringList{"--samples", "-5"},
        QStringList{"--samples", "many"}, QStringList{"--samples", "1.5"}, QStringList{}}) {
    const BenchRun r = runBench(samples + QStringList{"--db", db, "--format", "json"});
    EXPECT_EQ(r.exitCode, 2) << samples.join(' ').toStdString() << ": " << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    EXPECT_FALSE(r.err.isEmpty());
  }
  EXPECT_FALSE(QFile::exists(db)) << "nothing is created for a refused command";
  const BenchRun badFormat = runBench({"--samples", "10", "--db", db, "--format", "xml"});
  EXPECT_EQ(badFormat.exitCode, 2);
  const BenchRun badChunk = runBench({"--samples", "10", "--db", db, "--chunk", "0"});
  EXPECT_EQ(badChunk.exitCode, 2);
}

}  // namespace
