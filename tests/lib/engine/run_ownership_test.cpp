// A run has one owner, always (issue 11, items 4, 5, 8 and the test conditions of 21):
// - a refused resume writes nothing (no status change, no event, no audit entry);
// - two Stores (two processes, two threads) cannot both drive one run;
// - a run's results and its completion are one transaction, and results are stored once;
// - first-use registration (instrument, item, customer) is idempotent under concurrency;
// - the test conditions are plausible values, and a value entered by hand that overrides the
//   station's own sensor is recorded beside the sensor's reading.
// Real SQLite files, the real engine against the station simulator over loopback TCP.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <atomic>
#include <barrier>
#include <cmath>
#include <filesystem>
#include <limits>
#include <thread>

#include "robocert/engine/engine.hpp"
#include "robocert/plan/plan.hpp"
#include "robocert/script/script_host.hpp"
#include "robocert/station/connected_station.hpp"
#include "robocert/station/simulated_station.hpp"
#include "robocert/store/store.hpp"
#include "temp_dir.hpp"

namespace fs = std::filesystem;
using namespace robocert;
using store::RunStatus;
using store::Store;
using K = store::StoreError::Kind;

namespace {

constexpr double kTimeScale = 200.0;

plan::Plan loadPlan(const std::string& relative) {
  plan::LoadOptions o;
  o.checkScript = script::checkSyntax;
  auto r = plan::load(fs::path(ROBOCERT_SOURCE_DIR) / "test-plans" / relative, o);
  if (auto* p = std::get_if<std::vector<plan::Problem>>(&r)) {
    ADD_FAILURE() << relative << ": " << (p->empty() ? "" : p->front().message);
    return {};
  }
  return std::get<plan::Plan>(std::move(r));
}

// The StoreError kind f throws, or nullopt when it throws none.
template <typename F>
std::optional<K> thrownKind(F f) {
  try {
    f();
  } catch (const store::StoreError& e) {
    return e.kind();
  }
  return std::nullopt;
}

std::int64_t sqlInt(const fs::path& db, const std::string& sql) {
  sqlite3* h = nullptr;
  sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_busy_timeout(h, 5000);
  sqlite3_stmt* s = nullptr;
  std::int64_t v = -1;
  if (sqlite3_prepare_v2(h, sql.c_str(), -1, &s, nullptr) == SQLITE_OK &&
      sqlite3_step(s) == SQLITE_ROW)
    v = sqlite3_column_int64(s, 0);
  sqlite3_finalize(s);
  sqlite3_close(h);
  return v;
}

void sqlExec(const fs::path& db, const std::string& sql) {
  sqlite3* h = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &h), SQLITE_OK);
  sqlite3_busy_timeout(h, 5000);
  char* err = nullptr;
  EXPECT_EQ(sqlite3_exec(h, sql.c_str(), nullptr, nullptr, &err), SQLITE_OK)
      << (err ? err : "") << " in " << sql;
  sqlite3_free(err);
  sqlite3_close(h);
}

std::int64_t newRun(Store& s) {
  const store::Item it = s.findOrCreateItem({.serial = "SN-OWN-1"});
  return s.createRun({.itemId = it.id, .planName = "p", .planText = "steps: []\n"});
}

// The state of a run and of the whole trail: what a refused write must leave as it was.
struct Snapshot {
  RunStatus status;
  std::optional<std::string> endedAt;
  std::string checkpoint;
  std::size_t events, results;
  store::AuditHead head;
  bool operator==(const Snapshot& o) const {
    return status == o.status && endedAt == o.endedAt && checkpoint == o.checkpoint &&
           events == o.events && results == o.results && head.id == o.head.id &&
           head.hashHex == o.head.hashHex;
  }
};

Snapshot snapshot(const fs::path& db, std::int64_t runId) {
  const Store s = Store::open(db, Store::Mode::ReadOnly);
  const store::Run r = s.run(runId);
  return {r.status,     r.endedAt, r.checkpoint, s.runEvents(runId).size(), s.results(runId).size(),
          s.auditHead()};
}

class Quiet : public engine::Observer {};

struct Station {
  test_support::TempDir dir{"robocert-ownership"};
  fs::path db = dir / "lab.db";
  station::SimulatedStation sim{{.timeScale = kTimeScale, .seed = 11}};
  std::unique_ptr<station::ConnectedStation> connected;

  Station() {
    sim.registerInstruments(db);
    const Store lab = Store::open(db);
    connected = std::make_unique<station::ConnectedStation>(sim.stationFile(), &lab);
    EXPECT_TRUE(connected->waitReady(std::chrono::seconds(10)));
  }

  engine::RunRequest request(const plan::Plan& p) {
    engine::RunRequest r;
    r.plan = p;
    r.overrides = {{"cycles", "2"}, {"speeds", "1"}};
    r.database = db;
    r.itemSerial = "SN-OWN-ENGINE";
    r.operatorName = "ownership_test";
    return r;
  }

  engine::RunOutcome run(engine::RunRequest r) {
    Quiet quiet;
    engine::Engine e(connected->devices(), quiet);
    e.start(std::move(r));
    return e.wait();
  }
};

}  // namespace

// ---- Item 4: refusal changes nothing; one owner -------------------------------------------

// `--resume` of a completed run: the engine used to set its run id before the claim threw, and
// its error path then marked the completed run interrupted (an approved certificate of it then
// failed verify), so that a second resume could add a duplicate set of results.
TEST(RunOwnership, ResumingACompletedRunIsRefusedAndWritesNothing) {
  Station st;
  const plan::Plan p = loadPlan("iso9283/iso9283-distance.yaml");
  const auto first = st.run(st.request(p));
  ASSERT_EQ(first.state, engine::RunState::Completed) << first.error;
  const Snapshot before = snapshot(st.db, first.runId);
  ASSERT_GT(before.results, 0u);

  for (int attempt = 0; attempt < 2; ++attempt) {
    auto again = st.request(p);
    again.resumeRunId = first.runId;
    const auto out = st.run(again);
    EXPECT_NE(out.state, engine::RunState::Completed);
    EXPECT_EQ(out.runId, 0) << "a refused resume does not take the run";
    EXPECT_NE(out.error.find("completed"), std::string::npos) << out.error;
    EXPECT_TRUE(snapshot(st.db, first.runId) == before) << "attempt " << attempt;
  }
  EXPECT_TRUE(Store::open(st.db, Store::Mode::ReadOnly).verify().intact);
}

// Two Stores on one file (as two processes would have): the one that took the run over drives
// it; the other can neither take it too nor change it.
TEST(RunOwnership, ASecondStoreCanNeitherClaimNorWriteARunAnotherDrives) {
  test_support::TempDir dir("robocert-ownership");
  Store a = Store::open(dir / "lab.db");
  const std::int64_t run = newRun(a);
  a.setRunStatus(run, RunStatus::Interrupted, "operator interrupted");
  Store b = Store::open(dir / "lab.db");
  a.resumeRun(run, "resumed by a");
  const Snapshot claimed = snapshot(dir / "lab.db", run);
  EXPECT_EQ(claimed.status, RunStatus::Running);

  EXPECT_EQ(thrownKind([&] { b.resumeRun(run, "resumed by b"); }), K::Invalid);
  EXPECT_EQ(thrownKind([&] { b.setRunStatus(run, RunStatus::Interrupted, "b failed"); }),
            K::Invalid);
  EXPECT_EQ(thrownKind([&] { b.addRunEvent(run, {.kind = "note", .detail = "from b"}); }),
            K::Invalid);
  EXPECT_EQ(thrownKind([&] { b.setCheckpoint(run, "{}"); }), K::Invalid);
  EXPECT_EQ(thrownKind([&] {
              b.addResults(run, std::vector<store::Result>{{"AP_P", "P1", 0.1, "mm"}});
            }),
            K::Invalid);
  EXPECT_TRUE(snapshot(dir / "lab.db", run) == claimed);

  // The owner goes on as before.
  a.addRunEvent(run, {.kind = "note", .detail = "from a"});
  a.setRunStatus(run, RunStatus::Interrupted, "a stopped");
  // Once it stopped, anyone may take it over again, and the old owner can no longer write.
  b.resumeRun(run, "resumed by b");
  EXPECT_EQ(thrownKind([&] { a.addRunEvent(run, {.kind = "note", .detail = "late"}); }),
            K::Invalid);
  EXPECT_TRUE(b.verify().intact);
}

// Eight Stores claim the same interrupted run at the same moment: exactly one gets it, and the
// trail has exactly one "resume".
TEST(RunOwnership, ConcurrentClaimsHaveExactlyOneWinner) {
  test_support::TempDir dir("robocert-ownership");
  std::int64_t run = 0;
  {
    Store s = Store::open(dir / "lab.db");
    run = newRun(s);
    s.setRunStatus(run, RunStatus::Interrupted, "killed");
  }
  constexpr int kClaimants = 8;
  std::vector<Store> stores;
  for (int i = 0; i < kClaimants; ++i) stores.push_back(Store::open(dir / "lab.db"));
  std::barrier start(kClaimants);
  std::atomic<int> won{0}, refused{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < kClaimants; ++i) {
    threads.emplace_back([&, i] {
      start.arrive_and_wait();
      const auto kind =
          thrownKind([&] { stores[static_cast<std::size_t>(i)].resumeRun(run, "r"); });
      (kind ? refused : won)++;
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(won, 1);
  EXPECT_EQ(refused, kClaimants - 1);
  EXPECT_EQ(sqlInt(dir / "lab.db", "SELECT count(*) FROM audit WHERE action = 'resume'"), 1);
}

// ---- Item 5: results and completion in one transaction; results stored once ---------------

// The window between storing the results and marking the run completed, made to fail as a kill
// would: a trigger (put there by this test only) refuses the status 'completed'. The run must
// then hold no results (they are one transaction with the completion), and its resumption
// computes them once: 2 cycles at 100 % of P2-P4 give the 19 distance results of one series
// (AD_P, AD_x..z, AD_a..c, RD_P, RD_x..z, RD_a..c = 14) plus registration_rms ... whatever the
// count of a complete run is, the resumed run has exactly that many, each (characteristic,
// subject) once.
TEST(RunResults, ResultsAndCompletionAreOneTransaction) {
  Station st;
  const plan::Plan p = loadPlan("iso9283/iso9283-distance.yaml");
  // A reference run without interference: how many results one complete run has.
  const auto reference = st.run(st.request(p));
  ASSERT_EQ(reference.state, engine::RunState::Completed) << reference.error;
  const std::int64_t expected = sqlInt(
      st.db, "SELECT count(*) FROM results WHERE run_id = " + std::to_string(reference.runId));
  ASSERT_GT(expected, 0);

  sqlExec(st.db,
          "CREATE TRIGGER test_kill_window BEFORE UPDATE OF status ON runs "
          "WHEN NEW.status = 'completed' BEGIN SELECT RAISE(ABORT, 'killed'); END");
  const auto killed = st.run(st.request(p));
  ASSERT_NE(killed.state, engine::RunState::Completed);
  ASSERT_GT(killed.runId, 0);
  const std::string ofRun = " WHERE run_id = " + std::to_string(killed.runId);
  EXPECT_EQ(sqlInt(st.db, "SELECT count(*) FROM results" + ofRun), 0)
      << "results stored without the completion";
  EXPECT_EQ(sqlInt(st.db, "SELECT status = 'interrupted' FROM runs WHERE id = " +
                              std::to_string(killed.runId)),
            1);
  sqlExec(st.db, "DROP TRIGGER test_kill_window");

  auto resume = st.request(p);
  resume.resumeRunId = killed.runId;
  const auto resumed = st.run(resume);
  ASSERT_EQ(resumed.state, engine::RunState::Completed) << resumed.error;
  EXPECT_EQ(sqlInt(st.db, "SELECT count(*) FROM results" + ofRun), expected);
  EXPECT_EQ(
      sqlInt(st.db, "SELECT count(DISTINCT characteristic || '|' || subject) FROM results" + ofRun),
      expected);
  EXPECT_EQ(resumed.results.size(), static_cast<std::size_t>(expected));
  EXPECT_TRUE(Store::open(st.db, Store::Mode::ReadOnly).verify().intact);
}

// A database left by an earlier version killed in the window: results stored, the run
// interrupted. Completing it again keeps the stored results and adds none; adding results a
// second time is refused, by the store and by the database itself.
TEST(RunResults, ResultsOfARunAreStoredOnce) {
  test_support::TempDir dir("robocert-ownership");
  Store s = Store::open(dir / "lab.db");
  const std::int64_t run = newRun(s);
  const std::vector<store::Result> first{{"AP_P", "P1 v100", 0.07, "mm"},
                                         {"RP_l", "P1 v100", 0.02, "mm"}};
  s.addResults(run, first);
  EXPECT_EQ(thrownKind([&] { s.addResults(run, first); }), K::Invalid);
  s.setRunStatus(run, RunStatus::Interrupted, "the process running it ended");
  s.resumeRun(run, "resumed");
  const std::vector<store::Result> recomputed{{"AP_P", "P1 v100", 0.07, "mm"},
                                              {"RP_l", "P1 v100", 0.02, "mm"}};
  const std::vector<store::Result> kept = s.completeRun(run, recomputed);
  EXPECT_EQ(kept.size(), 2u);
  EXPECT_EQ(s.results(run).size(), 2u);
  EXPECT_EQ(s.run(run).status, RunStatus::Completed);
  // Nothing can be added to a completed run, whoever writes it.
  EXPECT_EQ(thrownKind([&] { s.addResults(run, first); }), K::Invalid);
  sqlite3* h = nullptr;
  ASSERT_EQ(sqlite3_open((dir / "lab.db").c_str(), &h), SQLITE_OK);
  const std::string insert =
      "INSERT INTO results(run_id, characteristic, subject, value, unit) VALUES (" +
      std::to_string(run) + ", 'AP_P', 'P1 v100', 0.07, 'mm')";
  EXPECT_NE(sqlite3_exec(h, insert.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(h);
  EXPECT_EQ(s.results(run).size(), 2u);
  EXPECT_TRUE(s.verify().intact);
}

// ---- Item 8: first use at once ------------------------------------------------------------

// Several programs start their first run on a new database at the same moment: each registers
// the simulator's tracker, the item and the customer it names. Each record must exist once and
// nobody may fail.
TEST(FirstUse, ConcurrentRegistrationOnANewDatabaseIsIdempotent) {
  station::SimulatedStation sim{{.timeScale = kTimeScale, .seed = 1}};
  constexpr int kPrograms = 6;
  for (int round = 0; round < 5; ++round) {
    test_support::TempDir dir("robocert-firstuse");
    const fs::path db = dir / "lab.db";
    std::barrier start(kPrograms);
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    std::vector<std::string> errors(kPrograms);
    for (int i = 0; i < kPrograms; ++i) {
      threads.emplace_back([&, i] {
        start.arrive_and_wait();
        try {
          sim.registerInstruments(db);
          Store s = Store::open(db);
          const store::Customer c = s.findOrAddCustomer("ACME Robotics");
          s.findOrCreateItem({.serial = "SN-FIRST", .customerId = c.id});
        } catch (const std::exception& e) {
          errors[static_cast<std::size_t>(i)] = e.what();
          ++failures;
        }
      });
    }
    for (auto& t : threads) t.join();
    for (const std::string& e : errors) EXPECT_EQ(e, "") << "round " << round;
    ASSERT_EQ(failures, 0);
    EXPECT_EQ(sqlInt(db, "SELECT count(*) FROM instruments"), 1);
    EXPECT_EQ(sqlInt(db, "SELECT count(*) FROM calibrations"), 1);
    EXPECT_EQ(sqlInt(db, "SELECT count(*) FROM customers"), 1);
    EXPECT_EQ(sqlInt(db, "SELECT count(*) FROM items"), 1);
    EXPECT_TRUE(Store::open(db, Store::Mode::ReadOnly).verify().intact);
  }
}

// ---- Item 21: the test conditions ---------------------------------------------------------

// Values no thermometer or hygrometer in a test hall gives are refused before a run exists:
// plausible is -50 .. 100 °C and 0 .. 100 % (and NaN, which SQLite would store as nothing).
TEST(TestConditions, ImplausibleValuesAreRefusedBeforeARunExists) {
  Station st;
  const plan::Plan p = loadPlan("iso9283/iso9283-distance.yaml");
  const double nan = std::numeric_limits<double>::quiet_NaN();
  for (const auto& [t, h] :
       std::vector<std::pair<std::optional<double>, std::optional<double>>>{{1e308, std::nullopt},
                                                                            {nan, std::nullopt},
                                                                            {-50.5, std::nullopt},
                                                                            {std::nullopt, -5.0},
                                                                            {std::nullopt, 100.5},
                                                                            {std::nullopt, nan}}) {
    auto r = st.request(p);
    r.temperatureC = t;
    r.humidityPct = h;
    const auto out = st.run(r);
    EXPECT_EQ(out.state, engine::RunState::Aborted);
    EXPECT_EQ(out.runId, 0);
    EXPECT_NE(out.error.find(t ? "temperature" : "humidity"), std::string::npos) << out.error;
  }
  EXPECT_EQ(sqlInt(st.db, "SELECT count(*) FROM runs"), 0);
  // The store refuses them too, whoever asks.
  Store s = Store::open(st.db);
  const store::Item it = s.findOrCreateItem({.serial = "SN-T"});
  EXPECT_EQ(
      thrownKind([&] { s.createRun({.itemId = it.id, .planText = "p", .temperatureC = nan}); }),
      K::Invalid);
  EXPECT_EQ(
      thrownKind([&] { s.createRun({.itemId = it.id, .planText = "p", .humidityPct = 101.0}); }),
      K::Invalid);
}

// The simulator's station has its own temperature sensor (20 +- 0.5 °C). A temperature given by
// hand is what the run records, and the sensor's reading is recorded beside it, as an event the
// report turns into a deviation; the humidity, not given, is the sensor's.
TEST(TestConditions, AValueEnteredByHandIsRecordedBesideTheStationsSensor) {
  Station st;
  const plan::Plan p = loadPlan("iso9283/iso9283-distance.yaml");
  auto r = st.request(p);
  r.temperatureC = 23.5;
  const auto out = st.run(r);
  ASSERT_EQ(out.state, engine::RunState::Completed) << out.error;
  const Store s = Store::open(st.db, Store::Mode::ReadOnly);
  const store::Run run = s.run(out.runId);
  ASSERT_TRUE(run.temperatureC.has_value());
  EXPECT_EQ(*run.temperatureC, 23.5);
  ASSERT_TRUE(run.humidityPct.has_value());
  EXPECT_NEAR(*run.humidityPct, 45.0, 3.5);
  int overrides = 0;
  for (const store::RunEvent& e : s.runEvents(out.runId)) {
    if (e.kind != "environment-override") continue;
    ++overrides;
    const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(e.detail)).object();
    EXPECT_EQ(o.value("quantity").toString(), "temperature");
    EXPECT_EQ(o.value("unit").toString(), QString::fromUtf8("°C"));
    EXPECT_EQ(o.value("entered").toDouble(), 23.5);
    EXPECT_NEAR(o.value("sensor").toDouble(), 20.0, 0.5);
  }
  EXPECT_EQ(overrides, 1);
}
