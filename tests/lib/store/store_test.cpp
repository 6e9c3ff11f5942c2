// The lab database: schema and migrations, refusing what it must refuse, runs and their
// interruption, calibration status, the audit chain, and failure without loss.
#include <gtest/gtest.h>
#include <sched.h>
#include <sqlite3.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <random>
#include <thread>

#include "audit.hpp"
#include "robocert/store/store.hpp"
#include "schema.hpp"      // private: lets the migration test build every earlier version
#include "store_impl.hpp"  // private: the size-limit test sets a pragma on the store's connection
#include "temp_dir.hpp"

namespace fs = std::filesystem;
using namespace robocert::store;
using K = StoreError::Kind;

namespace {

// Each test's files in their own directory, removed afterwards.
struct TempDir : robocert::test_support::TempDir {
  TempDir() : robocert::test_support::TempDir("robocert-store") {}
};

// Runs SQL on the file directly, as another program (or a tamperer) would.
void rawExec(const fs::path& db, const std::string& sql) {
  sqlite3* h = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &h), SQLITE_OK);
  char* err = nullptr;
  const int rc = sqlite3_exec(h, sql.c_str(), nullptr, nullptr, &err);
  EXPECT_EQ(rc, SQLITE_OK) << (err ? err : "");
  sqlite3_free(err);
  sqlite3_close(h);
}

std::int64_t rawInt(const fs::path& db, const std::string& sql) {
  sqlite3* h = nullptr;
  sqlite3_open(db.c_str(), &h);
  sqlite3_stmt* s = nullptr;
  sqlite3_prepare_v2(h, sql.c_str(), -1, &s, nullptr);
  std::int64_t v = -1;
  if (sqlite3_step(s) == SQLITE_ROW) v = sqlite3_column_int64(s, 0);
  sqlite3_finalize(s);
  sqlite3_close(h);
  return v;
}

K kindOf(const std::function<void()>& f) {
  try {
    f();
  } catch (const StoreError& e) {
    return e.kind();
  }
  ADD_FAILURE() << "no StoreError";
  return K::Io;
}

PoseMeasurement measurement(const std::string& pose, int cycle, double x) {
  PoseMeasurement m;
  m.pose = pose;
  m.cycle = cycle;
  m.commanded.positionMm = {1200, 0, 900};
  m.attained.positionMm = {x, 0.01, 899.99};
  m.attained.anglesDeg = {179.99, 0.001, -179.998};
  return m;
}

std::int64_t newRun(Store& s, const std::string& serial = "SN-1") {
  const Item it = s.findOrCreateItem(
      {.kind = "industrial_robot", .manufacturer = "ACME", .model = "R6", .serial = serial});
  return s.createRun({.itemId = it.id,
                      .operatorName = "tester",
                      .source = "live",
                      .planName = "p",
                      .planText = "steps: []\n"});
}

}  // namespace

TEST(StoreSchema, NewFileGetsTheLatestSchema) {
  TempDir d;
  Store s = Store::open(d / "lab.db");
  EXPECT_EQ(s.schemaVersion(), Store::supportedSchemaVersion());
  EXPECT_EQ(rawInt(d / "lab.db", "PRAGMA application_id"), 0x52424354);
  EXPECT_EQ(rawInt(d / "lab.db", "SELECT count(*) FROM sqlite_schema WHERE name = 'audit'"), 1);
  // WAL, so a reader never blocks the writer.
  sqlite3* h = nullptr;
  sqlite3_open((d / "lab.db").c_str(), &h);
  sqlite3_stmt* q = nullptr;
  sqlite3_prepare_v2(h, "PRAGMA journal_mode", -1, &q, nullptr);
  ASSERT_EQ(sqlite3_step(q), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(q, 0)), "wal");
  sqlite3_finalize(q);
  sqlite3_close(h);
}

TEST(StoreSchema, EveryMigrationUpgradesADatabaseOfThePreviousVersion) {
  // For each version k < latest: build a database at k with the migrations before it, open it
  // with the Store (which migrates), and check it reaches the latest version intact, with data
  // written before the upgrade still there when k > 0.
  for (int k = 0; k < Store::supportedSchemaVersion(); ++k) {
    TempDir d;
    {
      robocert::store::detail::Connection c((d / "old.db").string(),
                                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
      robocert::store::detail::migrate(c, k);
    }
    Store s = Store::open(d / "old.db");
    EXPECT_EQ(s.schemaVersion(), Store::supportedSchemaVersion()) << "from version " << k;
    EXPECT_EQ(rawInt(d / "old.db",
                     "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"),
              1);
    EXPECT_TRUE(s.verify().intact);
  }
}

TEST(StoreSchema, RowsAuditedUnderVersion1VerifyAfterTheUpgrade) {
  // Version 2 appended nullable columns to runs and pose_measurements. Rows written and audited
  // by version 1 (digests over 15 and 19 columns) must still verify after the upgrade, and a
  // change to one of them must still be found.
  TempDir d;
  {
    robocert::store::detail::Connection c((d / "v1.db").string(),
                                          SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    robocert::store::detail::migrate(c, 1);
    robocert::store::detail::AuditLog audit(c);
    audit.reload();
    c.exec("INSERT INTO items(kind, serial, created_at) VALUES ('industrial_robot', 'SN-1', 'x')");
    audit.recordRow("t", "insert", "items", 1, std::nullopt);
    c.exec(
        "INSERT INTO runs(item_id, operator, source, plan_text, plan_sha256, status, started_at) "
        "VALUES (1, 't', 'live', 'p', 'h', 'completed', 'x')");
    audit.recordRow("t", "insert", "runs", 1, 1);
    c.exec(
        "INSERT INTO pose_measurements(run_id, pose, cycle, direction, cmd_x, cmd_y, cmd_z, "
        "cmd_a, cmd_b, cmd_c, x, y, z, a, b, c, measured_at) "
        "VALUES (1, 'P1', 1, 1, 1, 2, 3, 4, 5, 6, 1.1, 2, 3, 4, 5, 6, 'x')");
    audit.recordRow("t", "insert", "pose_measurements", 1, 1);
  }
  {
    Store s = Store::open(d / "v1.db");
    ASSERT_EQ(s.schemaVersion(), Store::supportedSchemaVersion());
    EXPECT_TRUE(s.verify().intact);
    EXPECT_EQ(s.poseMeasurements(1).at(0).series, "");
    EXPECT_EQ(s.run(1).parametersJson, "");
  }
  rawExec(d / "v1.db", "UPDATE pose_measurements SET series = 'sneaked' WHERE id = 1");
  const VerifyReport r = Store::open(d / "v1.db").verify();
  EXPECT_FALSE(r.intact);
  EXPECT_EQ(r.table, "pose_measurements");
}

TEST(StoreRuns, SeriesEventsParametersAndResumption) {
  TempDir d;
  Store s = Store::open(d / "lab.db");
  const Item it = s.findOrCreateItem({.serial = "SN-1"});
  const auto run = s.createRun({.itemId = it.id,
                                .planName = "p",
                                .planText = "plan: {}\n",
                                .parametersJson = R"({"cycles":30})"});
  EXPECT_EQ(s.run(run).parametersJson, R"({"cycles":30})");
  // The same pose and cycle in two series is two measurements; twice in one series is refused.
  auto m = measurement("P1", 1, 1200.01);
  m.series = "pose_cycles/v100";
  auto slow = m;
  slow.series = "pose_cycles/v10";
  s.addPoseMeasurements(run, std::vector{m, slow});
  EXPECT_EQ(kindOf([&] { s.addPoseMeasurements(run, std::vector{m}); }), K::Invalid);
  const auto back = s.poseMeasurements(run);
  ASSERT_EQ(back.size(), 2u);
  EXPECT_EQ(back[1].series, "pose_cycles/v10");

  s.addRunEvent(run, {.kind = "failure",
                      .step = "endurance",
                      .cycle = 17,
                      .testHours = 2.5,
                      .detail = "out of tolerance: 0.61 mm"});
  s.addRunEvent(run, {.kind = "pause", .detail = "tracker disconnected"});
  const auto events = s.runEvents(run);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].cycle, 17);
  EXPECT_EQ(events[0].testHours, 2.5);
  EXPECT_FALSE(events[0].at.empty());
  EXPECT_EQ(events[1].kind, "pause");

  // Only an interrupted or paused run can be taken over.
  EXPECT_EQ(kindOf([&] { s.resumeRun(run, "again"); }), K::Invalid);
  s.setRunStatus(run, RunStatus::Interrupted, "killed");
  s.resumeRun(run, "operator resumed");
  EXPECT_EQ(s.run(run).status, RunStatus::Running);
  EXPECT_FALSE(s.run(run).endedAt.has_value());
  EXPECT_EQ(s.auditTrail(run).back().action, "resume");
  EXPECT_TRUE(s.verify().intact);
}

TEST(StoreSchema, RefusesNewerSchemaAndForeignFiles) {
  TempDir d;
  { Store::open(d / "new.db"); }
  rawExec(d / "new.db", "PRAGMA user_version = 99");
  EXPECT_EQ(kindOf([&] { Store::open(d / "new.db"); }), K::NewerSchema);
  EXPECT_EQ(kindOf([&] { Store::open(d / "new.db", Store::Mode::ReadOnly); }), K::NewerSchema);

  rawExec(d / "other.db", "CREATE TABLE t(x); INSERT INTO t VALUES (1);");
  EXPECT_EQ(kindOf([&] { Store::open(d / "other.db"); }), K::NotADatabase);
  EXPECT_EQ(rawInt(d / "other.db", "SELECT count(*) FROM t"), 1);  // untouched

  std::ofstream(d / "text.db") << "pose,cycle\nP1,1\n";
  EXPECT_EQ(kindOf([&] { Store::open(d / "text.db"); }), K::NotADatabase);
  EXPECT_EQ(fs::file_size(d / "text.db"), 16u);  // untouched

  EXPECT_EQ(kindOf([&] { Store::open(d / "missing-folder" / "lab.db"); }), K::CannotOpen);
  EXPECT_EQ(kindOf([&] { Store::open(d / "absent.db", Store::Mode::ReadOnly); }), K::CannotOpen);
}

TEST(StoreSchema, ReadOnlyStoreRefusesWrites) {
  TempDir d;
  { Store::open(d / "lab.db"); }
  Store r = Store::open(d / "lab.db", Store::Mode::ReadOnly);
  EXPECT_EQ(kindOf([&] { r.addStation("S1"); }), K::ReadOnly);
}

TEST(StoreLab, ItemsAreFoundBySerial) {
  TempDir d;
  Store s = Store::open(d / "lab.db", Store::Mode::ReadWrite, "alice");
  const Item a =
      s.findOrCreateItem({.kind = "reducer",
                          .manufacturer = "M",
                          .model = "RV-20E",
                          .serial = "R-77",
                          .ratings = {{"rated_torque", 167.0, "N·m"}, {"ratio", 121.0, ""}}});
  const Item again =
      s.findOrCreateItem({.kind = "reducer", .manufacturer = "other", .serial = "R-77"});
  EXPECT_EQ(a.id, again.id);
  EXPECT_EQ(again.manufacturer, "M");
  ASSERT_EQ(again.ratings.size(), 2u);
  EXPECT_EQ(again.ratings[0].value, 167.0);
  EXPECT_EQ(again.ratings[0].unit, "N·m");
  EXPECT_FALSE(s.findItem("nope").has_value());
  EXPECT_EQ(kindOf([&] { s.findOrCreateItem({.serial = ""}); }), K::Invalid);
  EXPECT_EQ(s.auditTrail().front().actor, "alice");
}

TEST(StoreLab, CustomersAreFoundByIdAndName) {
  TempDir d;
  Store s = Store::open(d / "lab.db");
  const auto id = s.addCustomer({.name = "ACME Robotics", .address = "1 Main St", .contact = "Li"});
  EXPECT_EQ(s.customer(id).address, "1 Main St");
  EXPECT_EQ(s.findCustomer("ACME Robotics")->id, id);
  EXPECT_FALSE(s.findCustomer("acme robotics").has_value());
  EXPECT_EQ(kindOf([&] { s.customer(id + 1); }), K::NotFound);
  s.addCustomer({.name = "Beta Drives"});
  ASSERT_EQ(s.customers().size(), 2u);
  EXPECT_EQ(s.customers()[0].name, "ACME Robotics");  // by name
  EXPECT_EQ(s.customers()[1].name, "Beta Drives");
  EXPECT_TRUE(s.verify().intact);
}

TEST(StoreLab, CalibrationStatusOnADate) {
  TempDir d;
  Store s = Store::open(d / "lab.db");
  const auto tracker = s.addInstrument({"laser_tracker", "Leica", "AT960", "LT-1"});
  EXPECT_EQ(s.calibrationOn(tracker, "2026-01-10").first, CalibrationStatus::Missing);
  s.addCalibration(tracker, {.certificateNo = "C-2025-01",
                             .calibratedOn = "2025-01-05",
                             .dueOn = "2026-01-04",
                             .uncertainty = "U = 15 um + 6 um/m (k = 2)"});
  s.addCalibration(
      tracker, {.certificateNo = "C-2026-01", .calibratedOn = "2026-01-06", .dueOn = "2027-01-05"});
  EXPECT_EQ(s.calibrationOn(tracker, "2025-06-01").first, CalibrationStatus::Valid);
  EXPECT_EQ(s.calibrationOn(tracker, "2025-06-01").second->certificateNo, "C-2025-01");
  EXPECT_EQ(s.calibrationOn(tracker, "2026-01-05").first, CalibrationStatus::Expired);  // gap day
  EXPECT_EQ(s.calibrationOn(tracker, "2026-01-06").second->certificateNo, "C-2026-01");
  EXPECT_EQ(s.calibrationOn(tracker, "2027-01-05").first,
            CalibrationStatus::Valid);  // last due day
  EXPECT_EQ(s.calibrationOn(tracker, "2027-01-06").first, CalibrationStatus::Expired);
}

TEST(StoreRuns, ExpiredInstrumentIsRefusedUnlessOverriddenWithAReason) {
  TempDir d;
  Store s = Store::open(d / "lab.db");
  const auto run = newRun(s);
  const auto old = s.addInstrument({"laser_tracker", "Leica", "AT960", "LT-OLD"});
  s.addCalibration(old,
                   {.certificateNo = "C-1", .calibratedOn = "2000-01-01", .dueOn = "2001-01-01"});
  EXPECT_EQ(kindOf([&] { s.attachInstrument(run, old, "pose_sensor"); }), K::Invalid);
  EXPECT_TRUE(s.runInstruments(run).empty());
  EXPECT_EQ(s.attachInstrument(run, old, "pose_sensor", true, "customer accepts, see memo 12"),
            CalibrationStatus::Overridden);
  const auto ri = s.runInstruments(run);
  ASSERT_EQ(ri.size(), 1u);
  EXPECT_EQ(ri[0].calibration->certificateNo, "C-1");
  const auto trail = s.auditTrail(run);
  EXPECT_EQ(trail.back().action, "calibration override");
  EXPECT_EQ(trail.back().detail, "customer accepts, see memo 12");
}

TEST(StoreRuns, PlanIsStoredVerbatimWithItsSha256) {
  TempDir d;
  Store s = Store::open(d / "lab.db");
  const auto run = newRun(s);
  const robocert::store::Run r = s.run(run);
  EXPECT_EQ(r.planText, "steps: []\n");
  // sha256("steps: []\n") computed independently: printf 'steps: []\n' | sha256sum
  EXPECT_EQ(r.planSha256, "315b81de5a786a8106206c4da56557e62ebd1907bf9a7345d7bec96eccdbc104");
  EXPECT_EQ(r.status, RunStatus::Running);
  EXPECT_EQ(kindOf([&] { s.run(999); }), K::NotFound);
}

TEST(StoreRuns, MeasurementsAndResultsRoundTripExactly) {
  TempDir d;
  Store s = Store::open(d / "lab.db");
  const auto run = newRun(s);
  std::vector<PoseMeasurement> ms{measurement("P1", 1, 1200.0123456789012),
                                  measurement("P1", 2, 0.1 + 0.2)};
  s.addPoseMeasurements(run, ms);
  const auto back = s.poseMeasurements(run);
  ASSERT_EQ(back.size(), 2u);
  EXPECT_EQ(back[0].attained.positionMm.x(), 1200.0123456789012);
  EXPECT_EQ(back[1].attained.positionMm.x(), 0.1 + 0.2);
  EXPECT_EQ(back[1].attained.anglesDeg.z(), -179.998);
  s.addResults(run,
               std::vector<Result>{{"RP_l", "P1 dir 1", 0.0361, "mm", 0.004, 2.0, 0.05, "pass"}});
  const auto rs = s.results(run);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].value, 0.0361);
  EXPECT_EQ(rs[0].coverageK, 2.0);
  EXPECT_EQ(rs[0].verdict, "pass");
  EXPECT_TRUE(s.verify().intact);
}

TEST(StoreRuns, AFailedBatchStoresNothingAndKeepsTheChain) {
  // The second measurement repeats (pose, direction, cycle) of the first: the UNIQUE constraint
  // fails, the whole batch is rolled back, and the audit chain continues cleanly afterwards.
  TempDir d;
  Store s = Store::open(d / "lab.db");
  const auto run = newRun(s);
  const auto before = s.auditTrail().size();
  std::vector<PoseMeasurement> bad{measurement("P1", 1, 1), measurement("P1", 1, 2)};
  EXPECT_EQ(kindOf([&] { s.addPoseMeasurements(run, bad); }), K::Invalid);
  EXPECT_TRUE(s.poseMeasurements(run).empty());
  EXPECT_EQ(s.auditTrail().size(), before);
  s.addPoseMeasurements(run, std::vector{measurement("P1", 1, 1)});
  EXPECT_TRUE(s.verify().intact);
}

namespace {

// Fills the database in batches until the store reports DiskFull; then checks that exactly the
// batches reported as stored are there, and the file and the audit chain are intact.
// Returns "" when all holds, else what failed.
std::string fillUntilFull(Store& s, const fs::path& db, const std::function<void()>& onFirst = {}) {
  const auto run = newRun(s);
  s.addPoseMeasurements(run, std::vector{measurement("P0", 0, 1)});
  if (onFirst) onFirst();
  std::size_t stored = 1;
  for (int batch = 0; batch < 100000; ++batch) {
    std::vector<PoseMeasurement> ms;
    for (int i = 0; i < 200; ++i) ms.push_back(measurement("B" + std::to_string(batch), i, i));
    try {
      s.addPoseMeasurements(run, ms);
      stored += ms.size();
    } catch (const StoreError& e) {
      if (e.kind() != K::DiskFull) return std::string("unexpected error: ") + e.what();
      if (s.poseMeasurements(run).size() != stored) return "stored count differs after DiskFull";
      if (!s.verify().intact) return "audit chain broken after DiskFull";
      if (rawInt(db, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'") !=
          1) {
        return "integrity_check failed";
      }
      return stored > 1 ? "" : "nothing could be stored before the disk was full";
    }
  }
  return "never reached DiskFull";
}

}  // namespace

// Tests reach the store's own connection for PRAGMA max_page_count, which is per connection.
struct robocert::store::StoreTestAccess {
  static detail::Connection& connection(Store& s) { return s.impl_->conn; }
};

TEST(StoreRuns, SizeLimitReachedLosesNothingStored) {
  // PRAGMA max_page_count makes SQLite answer SQLITE_FULL exactly as a full disk does.
  TempDir d;
  Store s = Store::open(d / "lab.db");
  const std::string problem = fillUntilFull(
      s, d / "lab.db", [&] { StoreTestAccess::connection(s).exec("PRAGMA max_page_count = 200"); });
  EXPECT_EQ(problem, "");
}

namespace {

// Runs body in a child process with a private mount namespace after `mounts` has set up its
// file systems there (nothing stays mounted whatever happens). body returns "" when all holds,
// else what failed. Returns nullopt when this machine does not allow mounting (test skipped).
std::optional<std::string> inMountNamespace(const std::function<bool()>& mounts,
                                            const std::function<std::string()>& body) {
  int pipefd[2];
  if (pipe(pipefd) != 0) return "pipe failed";
  const pid_t child = fork();
  if (child == 0) {
    close(pipefd[0]);
    if (unshare(CLONE_NEWNS) != 0 ||
        mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0 || !mounts()) {
      _exit(77);
    }
    std::string problem;
    try {
      problem = body();
    } catch (const std::exception& e) {
      problem = std::string("exception: ") + e.what();
    }
    [[maybe_unused]] auto n = write(pipefd[1], problem.data(), problem.size());
    _exit(problem.empty() ? 0 : 1);
  }
  close(pipefd[1]);
  std::string problem;
  char buf[256];
  for (ssize_t n; (n = read(pipefd[0], buf, sizeof buf)) > 0;)
    problem.append(buf, static_cast<std::size_t>(n));
  close(pipefd[0]);
  int status = 0;
  waitpid(child, &status, 0);
  if (WIFEXITED(status) && WEXITSTATUS(status) == 77) return std::nullopt;
  if (!WIFEXITED(status)) return "child crashed";
  return problem;
}

}  // namespace

TEST(StoreRuns, FullDiskLosesNothingStored) {
  // A real full file system: a 512 KiB tmpfs.
  TempDir d;
  const fs::path dir = d / "small";
  fs::create_directories(dir);
  const auto problem =
      inMountNamespace([&] { return mount("tmpfs", dir.c_str(), "tmpfs", 0, "size=512k") == 0; },
                       [&] {
                         Store s = Store::open(dir / "lab.db");
                         return fillUntilFull(s, dir / "lab.db");
                       });
  if (!problem) GTEST_SKIP() << "no permission to mount a file system here";
  EXPECT_EQ(*problem, "");
}

TEST(StoreSchema, FileOnAReadOnlyFileSystem) {
  // The lab's database on a read-only mount (a bind mount remounted read-only, which even root
  // cannot write): reading works, opening for writing says ReadOnly, and nothing changes.
  TempDir d;
  const fs::path dir = d / "ro";
  fs::create_directories(dir);
  {
    Store s = Store::open(dir / "lab.db");
    newRun(s);
  }
  { Store::open(dir / "lab.db", Store::Mode::ReadOnly); }  // leaves no -wal/-shm behind
  const auto problem = inMountNamespace(
      [&] {
        return mount(dir.c_str(), dir.c_str(), nullptr, MS_BIND, nullptr) == 0 &&
               mount(nullptr, dir.c_str(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY, nullptr) == 0;
      },
      [&]() -> std::string {
        try {
          Store::open(dir / "lab.db");
          return "opened a read-only file for writing";
        } catch (const StoreError& e) {
          if (e.kind() != K::ReadOnly && e.kind() != K::CannotOpen)
            return std::string("wrong error: ") + e.what();
        }
        return "";
      });
  if (!problem) GTEST_SKIP() << "no permission to mount a file system here";
  EXPECT_EQ(*problem, "");
  EXPECT_EQ(Store::open(dir / "lab.db").runs().size(), 1u);
}

TEST(StoreSchema, LockedDatabaseGivesLockedAndLosesNothing) {
  // Another program holds the write lock longer than the store's 5 s busy timeout.
  TempDir d;
  Store s = Store::open(d / "lab.db");
  s.addStation("S1");
  sqlite3* other = nullptr;
  ASSERT_EQ(sqlite3_open((d / "lab.db").c_str(), &other), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
  EXPECT_EQ(kindOf([&] { s.addStation("S2"); }), K::Locked);
  sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(other);
  s.addStation("S3");
  EXPECT_EQ(rawInt(d / "lab.db", "SELECT count(*) FROM stations"), 2);
  EXPECT_TRUE(s.verify().intact);
}

TEST(StoreRuns, RunOfADeadProcessIsMarkedInterruptedAtTheNextOpen) {
  TempDir d;
  const fs::path db = d / "lab.db";
  { Store::open(db); }
  const pid_t child = fork();
  if (child == 0) {
    // The child starts a run and dies without ending it (as a killed test would).
    try {
      Store s = Store::open(db);
      newRun(s);
    } catch (...) {
      _exit(3);
    }
    _exit(0);
  }
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  // A read-only open must not change anything; the next writer marks the run.
  EXPECT_EQ(Store::open(db, Store::Mode::ReadOnly).run(1).status, RunStatus::Running);
  Store s = Store::open(db);
  EXPECT_EQ(s.run(1).status, RunStatus::Interrupted);
  EXPECT_TRUE(s.run(1).endedAt.has_value());
  EXPECT_EQ(s.auditTrail(1).back().action, "status interrupted");
  // A run of this (living) process stays running when another Store opens the file.
  const auto mine = newRun(s, "SN-2");
  EXPECT_EQ(Store::open(db).run(mine).status, RunStatus::Running);
  EXPECT_TRUE(s.verify().intact);
}

TEST(StoreAudit, VerifyNamesWhatChangedBehindOurBack) {
  using P = VerifyReport::Problem;
  auto fresh = [](const fs::path& db) {
    Store s = Store::open(db);
    const auto run = newRun(s);
    std::vector<PoseMeasurement> ms;
    for (int i = 1; i <= 10; ++i) ms.push_back(measurement("P1", i, 1200 + i * 0.001));
    s.addPoseMeasurements(run, ms);
    s.addResults(run, std::vector<Result>{{"AP_P", "P1 dir 1", 0.07, "mm", {}, {}, {}, ""}});
    EXPECT_TRUE(s.verify().intact);
  };
  struct Case {
    std::string sql;
    P problem;
    std::string table;
    std::int64_t row;
  };
  const std::vector<Case> cases{
      {"UPDATE pose_measurements SET x = x + 0.001 WHERE id = 5", P::RowChanged,
       "pose_measurements", 5},
      {"UPDATE results SET value = 0.05", P::RowChanged, "results", 1},
      {"UPDATE runs SET operator = 'mallory'", P::RowChanged, "runs", 1},
      {"DELETE FROM pose_measurements WHERE id = 7", P::RowDeleted, "pose_measurements", 7},
      {"INSERT INTO pose_measurements SELECT 99, run_id, pose, 99, direction, cmd_x, cmd_y, cmd_z, "
       "cmd_a, cmd_b, cmd_c, x, y, z, a, b, c, measured_at, instrument_id, series FROM "
       "pose_measurements "
       "WHERE id = 1",
       P::RowInserted, "pose_measurements", 99},
      {"UPDATE audit SET detail = 'nothing happened' WHERE id = 3", P::EntryAltered, "audit", 3},
      {"DELETE FROM audit WHERE id = 4", P::EntryMissing, "audit", 4},
  };
  for (const Case& c : cases) {
    TempDir d;
    fresh(d / "lab.db");
    rawExec(d / "lab.db", c.sql);
    const VerifyReport r = Store::open(d / "lab.db", Store::Mode::ReadOnly).verify();
    EXPECT_FALSE(r.intact) << c.sql;
    EXPECT_EQ(r.problem, c.problem) << c.sql;
    EXPECT_EQ(r.table, c.table) << c.sql;
    EXPECT_EQ(r.rowId, c.row) << c.sql;
  }
}

TEST(StoreConcurrency, TwoWritersShareOneChain) {
  // Two connections (e.g. a live run and an import) write in turn: each must chain to what the
  // other committed.
  TempDir d;
  Store a = Store::open(d / "lab.db");
  Store b = Store::open(d / "lab.db");
  a.addStation("A");
  EXPECT_NO_THROW(b.addStation("B"));
  a.addStation("C");
  EXPECT_TRUE(a.verify().intact);
}

TEST(StoreConcurrency, VerifyDuringWritesSeesNoFalseTampering) {
  TempDir d;
  { Store::open(d / "lab.db"); }
  std::atomic<bool> done{false};
  std::thread writer([&] {
    Store w = Store::open(d / "lab.db");
    for (int i = 0; i < 300; ++i) w.addStation("S" + std::to_string(i));
    done = true;
  });
  Store r = Store::open(d / "lab.db", Store::Mode::ReadOnly);
  int checks = 0;
  while (!done) {
    const VerifyReport rep = r.verify();
    EXPECT_TRUE(rep.intact) << rep.table << " row " << rep.rowId;
    if (!rep.intact) break;
    ++checks;
  }
  writer.join();
  EXPECT_GT(checks, 0);
  EXPECT_TRUE(r.verify().intact);
}

TEST(StoreMaintenance, BackupIsOneSelfContainedFile) {
  TempDir d;
  {
    Store s = Store::open(d / "lab.db");
    newRun(s);
    s.backupTo(d / "copy.db");
    EXPECT_EQ(kindOf([&] { s.backupTo(d / "copy.db"); }), K::Invalid);
  }
  sqlite3* h = nullptr;
  sqlite3_open((d / "copy.db").c_str(), &h);
  sqlite3_stmt* q = nullptr;
  sqlite3_prepare_v2(h, "PRAGMA journal_mode", -1, &q, nullptr);
  ASSERT_EQ(sqlite3_step(q), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(q, 0)), "delete");
  sqlite3_finalize(q);
  sqlite3_close(h);
  EXPECT_TRUE(Store::open(d / "copy.db", Store::Mode::ReadOnly).verify().intact);
}

TEST(StoreStreams, DescribedWithoutReadingSamples) {
  TempDir d;
  Store s = Store::open(d / "lab.db");
  const auto run = newRun(s);
  s.createStream(run, "torque", {{"torque", "N·m"}, {"angle", "arcmin"}}, 10000.0);
  const auto streams = s.streams(run);
  ASSERT_EQ(streams.size(), 1u);
  EXPECT_EQ(streams[0].name, "torque");
  ASSERT_EQ(streams[0].channels.size(), 2u);
  EXPECT_EQ(streams[0].channels[1].name, "angle");
  EXPECT_EQ(streams[0].channels[1].unit, "arcmin");
  EXPECT_EQ(streams[0].nominalRateHz, 10000.0);
  EXPECT_EQ(streams[0].samples, 0);  // nothing written yet
  EXPECT_FALSE(streams[0].tFirstNs.has_value());
  EXPECT_TRUE(s.streams(run + 1).empty());
}
