#include "bench.hpp"

#include <sqlite3.h>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <array>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <iostream>
#include <memory>
#include <numbers>
#include <optional>
#include <stdexcept>
#include <string>

#include "common.hpp"
#include "db_path.hpp"
#include "messages.hpp"
#include "robocert/store/store.hpp"
#include "robocert/store/stream.hpp"
#include "text_table.hpp"

namespace robocert::cli {
namespace {

class Bench {
  Q_DECLARE_TR_FUNCTIONS(Bench)
};

using Clock = std::chrono::steady_clock;
constexpr std::int64_t kSpacingNs = 1'000'000;  // 1 kHz, a laser tracker's usual rate

double msSince(Clock::time_point t) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

struct IngestOptions {
  long long samples = 0;
  std::string db;
  std::string format = "text";
  long long chunk = 8192;
  double readWindowS = 0.0;
  bool baseline = false;
};

// Database file plus its write-ahead log: what the data occupies on disk.
std::int64_t storedBytes(const std::filesystem::path& db) {
  std::int64_t total = 0;
  for (const auto& f : {db, std::filesystem::path(db.string() + "-wal")}) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(f, ec);
    if (!ec) total += static_cast<std::int64_t>(size);
  }
  return total;
}

// A tracker target circling once a second (x, y in mm) with a small wobble in z, a, b, c. The
// values come from a table, so generating them costs next to nothing beside what is measured.
class Synthetic {
 public:
  Synthetic() {
    for (std::size_t i = 0; i < kPeriod; ++i) {
      sin_[i] = std::sin(2.0 * std::numbers::pi * static_cast<double>(i) / kPeriod);
    }
  }
  void sample(std::uint64_t i, std::array<double, 6>& v) const {
    const double sn = sin_[i % kPeriod];
    const double cs = sin_[(i + kPeriod / 4) % kPeriod];
    v = {1200.0 + 100.0 * cs, 100.0 * sn, 800.0 + 0.01 * sn, 180.0 + 0.001 * cs, 0.001 * sn, cs};
  }

 private:
  static constexpr std::size_t kPeriod = 1000;
  std::array<double, kPeriod> sin_{};
};

struct IngestFigures {
  double seconds = 0.0;
  double maxCommitGapMs = 0.0;  // longest time any sample waited to be committed (approximately)
  std::int64_t bytes = 0;
  std::optional<double> readWindowMs;
};

// Writes the samples exactly as a live stream does: one StreamWriter, append per sample, commits
// driven by the writer's own clock. Timed from the first append to close() (all committed).
IngestFigures ingest(const IngestOptions& o, const std::filesystem::path& path) {
  IngestFigures f;
  const std::int64_t bytesBefore = storedBytes(path);
  {
    store::Store db = store::Store::open(path);
    const store::Item item = db.findOrCreateItem(
        {.serial = "BENCH", .description = "synthetic item of robocert bench ingest"});
    const std::int64_t runId =
        db.createRun({.itemId = item.id, .source = "bench", .planName = "bench ingest"});
    const std::int64_t streamId = db.createStream(
        runId, "tracker",
        {{"x", "mm"}, {"y", "mm"}, {"z", "mm"}, {"a", "deg"}, {"b", "deg"}, {"c", "deg"}}, 1000.0);

    store::StreamWriter writer(db, streamId,
                               {.chunkSamples = static_cast<std::size_t>(o.chunk),
                                .maxUncommitted = std::chrono::milliseconds(100)});
    const Synthetic gen;
    std::array<double, 6> v{};
    const auto n = static_cast<std::uint64_t>(o.samples);
    const auto start = Clock::now();
    auto lastCommit = start;
    std::uint64_t committed = 0;
    for (std::uint64_t i = 0; i < n; ++i) {
      gen.sample(i, v);
      writer.append(static_cast<std::int64_t>(i) * kSpacingNs, v);
      if (writer.samplesCommitted() != committed) {  // a commit just happened
        committed = writer.samplesCommitted();
        f.maxCommitGapMs = std::max(f.maxCommitGapMs, msSince(lastCommit));
        lastCommit = Clock::now();
      }
    }
    writer.close();
    f.maxCommitGapMs = std::max(f.maxCommitGapMs, msSince(lastCommit));
    f.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    db.setRunStatus(runId, store::RunStatus::Completed);

    if (o.readWindowS > 0.0) {
      // A second, read-only Store as a viewer would have; the window sits in the middle.
      const store::Store viewer = store::Store::open(path, store::Store::Mode::ReadOnly);
      const auto window = static_cast<std::int64_t>(o.readWindowS * 1e9);
      const std::int64_t from = static_cast<std::int64_t>(n / 2) * kSpacingNs - window / 2;
      const auto t = Clock::now();
      const store::StreamData data = store::readStream(viewer, streamId, from, from + window);
      f.readWindowMs = msSince(t);
      (void)data;
    }
  }  // closing the last connection checkpoints the log into the database file
  f.bytes = storedBytes(path) - bytesBefore;
  return f;
}

// The yardstick for the figures above: one prepared INSERT per sample into a plain 7-column
// table, with the lab database's journal and sync settings (WAL, synchronous NORMAL) and a commit
// every 100 ms, but no chunks and no audit trail. It writes a scratch file, never a lab database.
class Baseline {
 public:
  explicit Baseline(const std::filesystem::path& path) : path_(path.string()) {
    if (sqlite3_open_v2(path_.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK) {
      throw error();
    }
    exec("PRAGMA journal_mode = WAL");
    exec("PRAGMA synchronous = NORMAL");
    exec(
        "CREATE TABLE samples (t_ns INTEGER NOT NULL, x REAL NOT NULL, y REAL NOT NULL, "
        "z REAL NOT NULL, a REAL NOT NULL, b REAL NOT NULL, c REAL NOT NULL) STRICT");
    if (sqlite3_prepare_v2(db_, "INSERT INTO samples VALUES (?, ?, ?, ?, ?, ?, ?)", -1, &insert_,
                           nullptr) != SQLITE_OK) {
      throw error();
    }
  }
  ~Baseline() {
    sqlite3_finalize(insert_);
    sqlite3_close(db_);
  }
  Baseline(const Baseline&) = delete;
  Baseline& operator=(const Baseline&) = delete;

  void exec(const char* sql) {
    if (sqlite3_exec(db_, sql, nullptr, nullptr, nullptr) != SQLITE_OK) throw error();
  }
  void insert(std::int64_t tNs, const std::array<double, 6>& v) {
    sqlite3_bind_int64(insert_, 1, tNs);
    for (int k = 0; k < 6; ++k) sqlite3_bind_double(insert_, k + 2, v[static_cast<std::size_t>(k)]);
    if (sqlite3_step(insert_) != SQLITE_DONE) throw error();
    sqlite3_reset(insert_);
  }
  std::runtime_error error() const {
    return std::runtime_error(path_ + ": " +
                              (db_ != nullptr ? sqlite3_errmsg(db_) : "cannot open"));
  }

 private:
  std::string path_;
  sqlite3* db_ = nullptr;
  sqlite3_stmt* insert_ = nullptr;
};

IngestFigures ingestBaseline(const IngestOptions& o, const std::filesystem::path& path) {
  IngestFigures f;
  {
    Baseline db(path);
    const Synthetic gen;
    std::array<double, 6> v{};
    const auto n = static_cast<std::uint64_t>(o.samples);
    const auto start = Clock::now();
    auto lastCommit = start;
    db.exec("BEGIN IMMEDIATE");
    for (std::uint64_t i = 0; i < n; ++i) {
      gen.sample(i, v);
      db.insert(static_cast<std::int64_t>(i) * kSpacingNs, v);
      if (i % 256 == 255 && Clock::now() - lastCommit >= std::chrono::milliseconds(100)) {
        db.exec("COMMIT");
        f.maxCommitGapMs = std::max(f.maxCommitGapMs, msSince(lastCommit));
        lastCommit = Clock::now();
        db.exec("BEGIN IMMEDIATE");
      }
    }
    db.exec("COMMIT");
    f.maxCommitGapMs = std::max(f.maxCommitGapMs, msSince(lastCommit));
    f.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  }
  f.bytes = storedBytes(path);
  return f;
}

int runIngest(const IngestOptions& o) {
  if (!checkFormat(o.format, {"text", "json"})) return kExitBadInput;
  if (o.samples <= 0) {
    fail(Bench::tr("--samples must be a whole number greater than 0, not %1").arg(o.samples));
    return kExitBadInput;
  }
  if (o.chunk <= 0) {
    fail(Bench::tr("--chunk must be a whole number greater than 0, not %1").arg(o.chunk));
    return kExitBadInput;
  }
  if (!(o.readWindowS >= 0.0 && std::isfinite(o.readWindowS))) {
    fail(Bench::tr("--read-window-s must be a number of seconds, 0 or more, not %1")
             .arg(o.readWindowS));
    return kExitBadInput;
  }
  if (o.baseline && o.readWindowS > 0.0) {
    fail(Bench::tr(
        "--read-window-s times reading the lab database; it does not go with --baseline"));
    return kExitBadInput;
  }
  if (o.baseline && (o.db.empty() || std::filesystem::exists(o.db))) {
    fail(
        Bench::tr("--baseline writes a scratch database: give it a --db file that does not exist "
                  "yet"));
    return kExitBadInput;
  }
  IngestFigures f;
  try {
    f = o.baseline ? ingestBaseline(o, o.db) : ingest(o, databasePath(o.db));
  } catch (const store::StoreError& e) {
    fail(describe(e));
    return kExitBadInput;
  } catch (const std::runtime_error& e) {  // the baseline's SQLite errors
    fail(QString::fromStdString(e.what()));
    return kExitBadInput;
  }
  const double rate = static_cast<double>(o.samples) / f.seconds;
  if (o.format == "json") {
    QJsonObject out{{"samples", static_cast<qint64>(o.samples)},
                    {"seconds", f.seconds},
                    {"samples_per_s", rate},
                    {"bytes", static_cast<qint64>(f.bytes)},
                    {"max_commit_gap_ms", f.maxCommitGapMs}};
    if (f.readWindowMs) out.insert("read_window_ms", *f.readWindowMs);
    printJson(out);
    return kExitOk;
  }
  std::cout << s((o.baseline ? Bench::tr("Baseline, one INSERT per sample: %1 samples in %2 s: %3 "
                                         "samples/s; the file holds %4 bytes; longest wait for a "
                                         "commit %5 ms.")
                             : Bench::tr("Ingested %1 samples in %2 s: %3 samples/s; the database "
                                         "grew by %4 bytes; longest wait for a commit %5 ms."))
                     .arg(o.samples)
                     .arg(fixed(f.seconds, 3))
                     .arg(fixed(rate, 0))
                     .arg(f.bytes)
                     .arg(fixed(f.maxCommitGapMs, 1)))
            << '\n';
  if (f.readWindowMs) {
    std::cout << s(Bench::tr("Reading a %1 s window back took %2 ms.")
                       .arg(o.readWindowS)
                       .arg(fixed(*f.readWindowMs, 2)))
              << '\n';
  }
  return kExitOk;
}

}  // namespace

void addBenchCommands(CLI::App& app, int& exitCode) {
  CLI::App* bench = app.add_subcommand("bench", s(Bench::tr("measure RoboCert's throughput")));
  bench->require_subcommand(1);

  auto o = std::make_shared<IngestOptions>();
  CLI::App* cmd = bench->add_subcommand(
      "ingest", s(Bench::tr("write synthetic 6-DoF tracker samples (1 kHz timestamps) through the "
                            "live stream path, durable with commits at least every 100 ms")));
  cmd->add_option("--samples", o->samples, s(Bench::tr("number of samples to write")))->required();
  addDbOption(*cmd, o->db);
  cmd->add_option("--format", o->format, s(Bench::tr("output format: text or json")))
      ->capture_default_str();
  cmd->add_option("--chunk", o->chunk, s(Bench::tr("samples per stored chunk")))
      ->capture_default_str();
  cmd->add_option("--read-window-s", o->readWindowS,
                  s(Bench::tr("afterwards, time reading a window of this many seconds from the "
                              "middle of the stream")));
  cmd->add_flag("--baseline", o->baseline,
                s(Bench::tr("for comparison: insert one row per sample into a plain table of a new "
                            "scratch file (same SQLite journal and sync settings, no chunks, no "
                            "audit trail)")));
  cmd->callback([o, &exitCode] { exitCode = runIngest(*o); });
}

}  // namespace robocert::cli
