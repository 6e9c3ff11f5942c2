// The run engine end to end: the shipped ISO 9283 plans run over real loopback TCP against the
// station simulator (robocert::station::SimulatedStation, its RCP robot and its laser tracker),
// through the real drivers, into a real SQLite lab database.
//
// What is checked against what:
// - the measured characteristics against the simulator's true error model
//   (station::simulatorTruth: the noise-free attained poses of the same commands, in the frame
//   the run registered), within the measurement noise worked out below;
// - resumption: a run interrupted mid-way and resumed has exactly the planned measurements;
// - a connection dropped mid-run is survived, and the gap is in the run's events;
// - abort, calibration refusal and override, script steps, the endurance plan's MTBF.
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <map>
#include <random>
#include <set>
#include <thread>

#include "io_thread.hpp"
#include "robocert/engine/engine.hpp"
#include "robocert/plan/plan.hpp"
#include "robocert/script/script_host.hpp"
#include "robocert/station/connected_station.hpp"
#include "robocert/station/sim_truth.hpp"
#include "robocert/station/simulated_station.hpp"
#include "robocert/store/store.hpp"
#include "temp_dir.hpp"

namespace fs = std::filesystem;
using namespace robocert;

namespace {

// Simulated seconds per wall-clock second: a 2 s move takes 10 ms.
constexpr double kTimeScale = 200.0;

// Each test's files in their own directory, removed afterwards.
struct TempDir : robocert::test_support::TempDir {
  TempDir() : robocert::test_support::TempDir("robocert-engine") {}
};

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

// Records what the engine reports; can act when the n-th measurement arrives.
class Recorder : public engine::Observer {
 public:
  void state(engine::RunState s, const std::string& reason) override {
    std::lock_guard l(m_);
    states.emplace_back(s, reason);
  }
  void measured(const store::PoseMeasurement&) override {
    const int n = ++measurements;
    if (n == actAt && act) act();
  }
  bool prompt(const std::string& text) override {
    std::lock_guard l(m_);
    prompts.push_back(text);
    return confirm;
  }
  bool paused() {
    std::lock_guard l(m_);
    return !states.empty() && states.back().first == engine::RunState::Paused;
  }
  std::vector<std::pair<engine::RunState, std::string>> states;
  std::vector<std::string> prompts;
  std::atomic<int> measurements{0};
  int actAt = -1;
  std::function<void()> act;
  bool confirm = true;

 private:
  std::mutex m_;
};

struct Fixture {
  TempDir dir;
  fs::path db = dir / "lab.db";
  station::SimulatedStation sim{{.timeScale = kTimeScale, .seed = 9283}};
  std::unique_ptr<station::ConnectedStation> connected;

  Fixture() {
    sim.registerInstruments(db);
    const store::Store lab = store::Store::open(db);
    connected = std::make_unique<station::ConnectedStation>(sim.stationFile(), &lab);
    EXPECT_TRUE(connected->waitReady(std::chrono::seconds(10)));
  }

  engine::RunRequest request(const plan::Plan& p, std::map<std::string, std::string> sets) {
    engine::RunRequest r;
    r.plan = p;
    r.overrides = std::move(sets);
    r.database = db;
    r.itemSerial = "SIMBOT-TEST-1";
    r.operatorName = "engine_test";
    r.scriptHost = ROBOCERT_SCRIPT_HOST;
    return r;
  }

  engine::RunOutcome run(engine::RunRequest r, Recorder& rec) {
    engine::Engine e(connected->devices(), rec);
    e.start(std::move(r));
    return e.wait();
  }
};

std::size_t count(const std::vector<store::PoseMeasurement>& ms, const std::string& series) {
  std::size_t n = 0;
  for (const auto& m : ms) n += m.series == series;
  return n;
}

const store::Result* find(const std::vector<store::Result>& rs, const std::string& c,
                          const std::string& subject) {
  for (const auto& r : rs)
    if (r.characteristic == c && r.subject == subject) return &r;
  return nullptr;
}

}  // namespace

// The pose plan with 5 cycles at 100 % and 10 % (and the multidirectional step at 100 %).
// Planned measurements: registration 10 points; pose cycles 2 speeds x 5 cycles x 5 poses = 50;
// multidirectional 1 speed x 5 cycles x 5 poses x 3 directions = 75; 135 in all.
//
// Agreement with the truth. A measured AP_P is |mean of n attained - command|; the true one
// uses the noise-free attained poses of the same commands at the same times. They differ by
// the mean of n noise vectors: the tracker's (sigma per axis = MPE/2 = (15 + 6 um/m x 3.2 m)/2
// ~ 17 um at the cube's ~3.2 m from the tracker) and the robot's own (joint noise, about as
// large in the default model). Per axis sigma ~ sqrt(17^2 + 17^2) / sqrt(5) ~ 11 um, so the
// difference of the lengths is below 3 x sqrt(3) x 11 um ~ 0.06 mm with overwhelming
// probability; the registration fitted from 10 noisy points adds a few um more. 0.08 mm.
TEST(EngineIso9283, PosePlanRecoversTheSimulatorsTruth) {
  Fixture f;
  Recorder rec;
  const plan::Plan p = loadPlan("iso9283/iso9283-pose-repeatability.yaml");
  const auto out = f.run(f.request(p, {{"cycles", "5"}, {"speeds", "1,0.1"}}), rec);
  ASSERT_EQ(out.state, engine::RunState::Completed) << out.error;
  ASSERT_EQ(rec.prompts.size(), 1u);  // mount the rated load

  const store::Store lab = store::Store::open(f.db, store::Store::Mode::ReadOnly);
  const auto ms = lab.poseMeasurements(out.runId);
  EXPECT_EQ(count(ms, "registration/sensor-frame"), 10u);
  EXPECT_EQ(count(ms, "poses/v100"), 25u);
  EXPECT_EQ(count(ms, "poses/v10"), 25u);
  EXPECT_EQ(count(ms, "multidirectional/v100"), 75u);
  EXPECT_EQ(ms.size(), 135u);
  EXPECT_EQ(lab.run(out.runId).status, store::RunStatus::Completed);
  EXPECT_TRUE(lab.verify().intact);
  // The test conditions, read from the simulator's environment sensor over SCPI: its model
  // keeps the temperature within 20 +- 0.4 °C and the humidity within 45 +- 3 % (plus noise).
  ASSERT_TRUE(lab.run(out.runId).temperatureC.has_value());
  EXPECT_NEAR(*lab.run(out.runId).temperatureC, 20.0, 0.5);
  ASSERT_TRUE(lab.run(out.runId).humidityPct.has_value());
  EXPECT_NEAR(*lab.run(out.runId).humidityPct, 45.0, 3.5);

  const auto results = lab.results(out.runId);
  const auto truth =
      station::simulatorTruth(lab, out.runId, p, f.sim.truth(), std::chrono::system_clock::now());
  // AP_P and the twin's RP_l per pose, speed (and direction).
  ASSERT_EQ(truth.size(), 2 * (5u * 2 + 5u * 3));
  double rpMeasured = 0.0;
  double rpTwin = 0.0;
  for (const station::TrueValue& t : truth) {
    const store::Result* r = find(results, t.characteristic, t.subject);
    ASSERT_NE(r, nullptr) << t.characteristic << " " << t.subject;
    if (t.characteristic == "AP_P") {
      EXPECT_NEAR(r->value, t.value, 0.08) << t.subject;
    } else {
      rpMeasured += r->value;
      rpTwin += t.value;
    }
  }
  // RP is the noise: the run and an independent twin run on the same models give RP_l of the
  // same size. Over 25 series of 5 cycles the mean of RP_l scatters by about 10 % (S_l from 4
  // degrees of freedom, averaged over 25), so the ratio lies well inside 0.7 .. 1.4.
  EXPECT_GT(rpMeasured / rpTwin, 0.7);
  EXPECT_LT(rpMeasured / rpTwin, 1.4);
  // RP is the noise itself: positive, and small for this robot (tens of um).
  const store::Result* rp = find(results, "RP_l", "P1 v100");
  ASSERT_NE(rp, nullptr);
  EXPECT_GT(rp->value, 0.0);
  EXPECT_LT(rp->value, 0.5);
  // vAP per pose from the three approach directions, and the criteria's verdicts.
  EXPECT_NE(find(results, "vAP_P", "P3 v100"), nullptr);
  const store::Result* ap = find(results, "AP_P", "P1 v100");
  ASSERT_NE(ap, nullptr);
  ASSERT_TRUE(ap->limit.has_value());
  EXPECT_EQ(ap->verdict, ap->value <= *ap->limit ? "pass" : "fail");
}

// 5 cycles at 100 %: 10 registration points + 5 x 2 distance measurements. The true AD_P comes
// from the noise-free attained P2 and P4 of each cycle; the measured one differs by the mean of
// 5 differences of two noisy points along the diagonal: sigma ~ sqrt(2) x 24 um / sqrt(5)
// ~ 15 um, so 0.06 mm.
TEST(EngineIso9283, DistancePlanRecoversTheSimulatorsTruth) {
  Fixture f;
  Recorder rec;
  const plan::Plan p = loadPlan("iso9283/iso9283-distance.yaml");
  const auto out = f.run(f.request(p, {{"cycles", "5"}, {"speeds", "1"}}), rec);
  ASSERT_EQ(out.state, engine::RunState::Completed) << out.error;
  const store::Store lab = store::Store::open(f.db, store::Store::Mode::ReadOnly);
  EXPECT_EQ(lab.poseMeasurements(out.runId).size(), 20u);
  const auto truth =
      station::simulatorTruth(lab, out.runId, p, f.sim.truth(), std::chrono::system_clock::now());
  ASSERT_EQ(truth.size(), 2u);  // AD_P noise-free, RD_P of the twin
  const std::vector<store::Result> results = lab.results(out.runId);  // find() points into it
  const store::Result* ad = find(results, "AD_P", "P2-P4 v100");
  ASSERT_NE(ad, nullptr);
  ASSERT_EQ(truth[0].characteristic, "AD_P");
  EXPECT_NEAR(ad->value, truth[0].value, 0.06);
  EXPECT_NE(find(results, "RD_P", "P2-P4 v100"), nullptr);
}

// Interrupted after the 17th measurement, then resumed by a new engine: the run has exactly
// the planned measurements, none twice (the store would refuse a duplicate key), and its
// events show the interruption and the resumption.
TEST(EngineResume, InterruptedRunResumesWithTheNextUnmeasuredCycle) {
  Fixture f;
  const plan::Plan p = loadPlan("iso9283/iso9283-distance.yaml");
  std::int64_t runId = 0;
  {
    Recorder rec;
    engine::Engine e(f.connected->devices(), rec);
    rec.actAt = 17;
    rec.act = [&] { e.interrupt(); };
    e.start(f.request(p, {{"cycles", "6"}, {"speeds", "1,0.5"}}));
    const auto out = e.wait();
    ASSERT_EQ(out.state, engine::RunState::Interrupted) << out.error;
    runId = out.runId;
  }
  {
    const store::Store lab = store::Store::open(f.db, store::Store::Mode::ReadOnly);
    EXPECT_EQ(lab.run(runId).status, store::RunStatus::Interrupted);
    const auto n = lab.poseMeasurements(runId).size();
    EXPECT_GE(n, 17u);
    EXPECT_LT(n, 10u + 24u);
  }
  Recorder rec;
  auto r = f.request(p, {});
  r.resumeRunId = runId;
  const auto out = f.run(r, rec);
  ASSERT_EQ(out.state, engine::RunState::Completed) << out.error;
  const store::Store lab = store::Store::open(f.db, store::Store::Mode::ReadOnly);
  const auto ms = lab.poseMeasurements(runId);
  EXPECT_EQ(ms.size(), 10u + 6u * 2 * 2);
  std::set<std::tuple<std::string, std::string, int>> keys;
  for (const auto& m : ms) keys.insert({m.series, m.pose, m.cycle});
  EXPECT_EQ(keys.size(), ms.size());
  const std::vector<store::Result> results = lab.results(runId);
  EXPECT_NE(find(results, "AD_P", "P2-P4 v50"), nullptr);
  bool resumed = false;
  for (const auto& a : lab.auditTrail(runId)) resumed |= a.action == "resume";
  EXPECT_TRUE(resumed);
  EXPECT_TRUE(lab.verify().intact);
}

// The robot's connection drops after the 12th measurement: the run pauses with the reason, the
// driver reconnects, the run goes on by itself (autoResume) and completes with every planned
// measurement; the pause, the reconnection and the resumption are run events.
TEST(EngineDropout, ADroppedConnectionPausesAndTheRunCompletes) {
  Fixture f;
  const plan::Plan p = loadPlan("iso9283/iso9283-distance.yaml");
  Recorder rec;
  rec.actAt = 12;
  rec.act = [&] { f.sim.server().dropConnections(sim_server::Server::Robot); };
  auto r = f.request(p, {{"cycles", "5"}, {"speeds", "1"}});
  r.autoResume = true;
  const auto out = f.run(r, rec);
  ASSERT_EQ(out.state, engine::RunState::Completed) << out.error;
  const store::Store lab = store::Store::open(f.db, store::Store::Mode::ReadOnly);
  EXPECT_EQ(lab.poseMeasurements(out.runId).size(), 20u);
  std::vector<std::string> kinds;
  for (const auto& e : lab.runEvents(out.runId))
    if (e.kind != "prompt" && e.kind != "registration" && e.kind != "station")
      kinds.push_back(e.kind);
  EXPECT_EQ(kinds, (std::vector<std::string>{"pause", "reconnect", "resume"}));
  bool paused = false;
  for (const auto& [s, reason] : rec.states)
    paused |= s == engine::RunState::Paused && reason.find("robot") != std::string::npos;
  EXPECT_TRUE(paused);
}

TEST(EngineControl, AbortEndsTheRunAndKeepsWhatWasMeasured) {
  Fixture f;
  const plan::Plan p = loadPlan("iso9283/iso9283-distance.yaml");
  Recorder rec;
  engine::Engine e(f.connected->devices(), rec);
  rec.actAt = 5;
  rec.act = [&] { e.abort(); };
  e.start(f.request(p, {{"cycles", "5"}}));
  const auto out = e.wait();
  EXPECT_EQ(out.state, engine::RunState::Aborted);
  const store::Store lab = store::Store::open(f.db, store::Store::Mode::ReadOnly);
  EXPECT_EQ(lab.run(out.runId).status, store::RunStatus::Aborted);
  EXPECT_GE(lab.poseMeasurements(out.runId).size(), 5u);
  EXPECT_TRUE(lab.results(out.runId).empty());
}

TEST(EngineControl, DeclinedPromptAbortsBeforeAnythingMoves) {
  Fixture f;
  Recorder rec;
  rec.confirm = false;
  const auto out = f.run(f.request(loadPlan("iso9283/iso9283-distance.yaml"), {}), rec);
  EXPECT_EQ(out.state, engine::RunState::Aborted);
  EXPECT_NE(out.error.find("declined"), std::string::npos) << out.error;
  EXPECT_EQ(rec.measurements, 0);
}

TEST(EnginePreflight, BadOverridesAndExpiredCalibrationAreRefusedBeforeARunExists) {
  Fixture f;
  Recorder rec;
  const plan::Plan p = loadPlan("iso9283/iso9283-distance.yaml");
  auto bad = f.run(f.request(p, {{"cycles", "1"}}), rec);  // min 2
  EXPECT_EQ(bad.state, engine::RunState::Aborted);
  EXPECT_EQ(bad.runId, 0);
  EXPECT_NE(bad.error.find("cycles"), std::string::npos) << bad.error;

  {
    store::Store lab = store::Store::open(f.db);
    const auto id = *lab.findInstrument(station::kSimTrackerSerial);
    lab.addCalibration(id, {.certificateNo = "OLD",
                            .calibratedOn = "2099-01-01",  // a later record that has run out?
                            .dueOn = "2099-12-31"});
  }
  // Still valid today (the record calibrated in 2099 is not in force yet): runs.
  Recorder rec2;
  auto expiredTest = f.request(p, {{"cycles", "2"}, {"speeds", "1"}});
  const auto ok = f.run(expiredTest, rec2);
  EXPECT_EQ(ok.state, engine::RunState::Completed) << ok.error;
}

TEST(EngineScript, TheExampleScriptPlanRunsAndRecords) {
  Fixture f;
  Recorder rec;
  const plan::Plan p = loadPlan("examples/script-example.yaml");
  const auto out = f.run(f.request(p, {}), rec);
  ASSERT_EQ(out.state, engine::RunState::Completed) << out.error;
  const store::Store lab = store::Store::open(f.db, store::Store::Mode::ReadOnly);
  bool recorded = false;
  for (const auto& r : lab.results(out.runId))
    recorded |= r.subject != "registration" && r.characteristic != "registration_rms";
  EXPECT_TRUE(recorded);
}

// 40 cycles with a check every 10; the robot faults (emergency stop) once during the run: one
// failure event with its test time; a person clears the fault and resumes as soon as the run
// says it is paused (a fault is never resumed automatically, and the resume is not lost when it
// comes before the engine waits for it); the run completes; MTBF from T and r = 1.
TEST(EngineEndurance, AFaultIsAFailureEventAndMtbfIsComputed) {
  Fixture f;
  Recorder rec;
  const plan::Plan p = loadPlan("reliability/endurance-mtbf.yaml");
  engine::Engine e(f.connected->devices(), rec);
  std::thread clearer;
  rec.actAt = 13;  // registration 10 + reference + 2 checks
  rec.act = [&] {
    f.sim.server().triggerRobotFault(3, "emergency stop");
    clearer = std::thread([&] {
      EXPECT_TRUE(test_support::eventually([&] { return rec.paused(); }, std::chrono::seconds(60)));
      f.sim.server().clearRobotFault();
      e.resume();
    });
  };
  auto r = f.request(p, {{"cycles", "40"}, {"check_every", "10"}});
  r.autoResume = true;
  e.start(r);
  const auto out = e.wait();
  if (clearer.joinable()) clearer.join();
  ASSERT_EQ(out.state, engine::RunState::Completed) << out.error;
  const store::Store lab = store::Store::open(f.db, store::Store::Mode::ReadOnly);
  int failures = 0;
  for (const auto& ev : lab.runEvents(out.runId)) failures += ev.kind == "failure";
  EXPECT_EQ(failures, 1);
  const auto results = lab.results(out.runId);
  bool mtbf = false;
  for (const auto& res : results) mtbf |= res.characteristic == "MTBF_lower" && res.value > 0.0;
  EXPECT_TRUE(mtbf);
}

// The plan asks for a pose sensor whose calibrated uncertainty at 1 m is at most 10 um; the
// simulated tracker's record says U = 15 um + 6 um/m (21 um at 1 m): refused before a run
// exists. With the shipped plan's 50 um it is good enough (the other tests).
TEST(EnginePreflight, AnInstrumentBelowThePlansMinimumCapabilityIsRefused) {
  Fixture f;
  Recorder rec;
  plan::Plan p = loadPlan("iso9283/iso9283-distance.yaml");
  for (plan::EquipmentRole& r : p.equipment)
    if (r.role == "tracker") r.minimum["mpe_um"] = 10.0;
  const auto out = f.run(f.request(p, {{"cycles", "2"}}), rec);
  EXPECT_EQ(out.state, engine::RunState::Aborted);
  EXPECT_EQ(out.runId, 0);
  EXPECT_NE(out.error.find("21 µm"), std::string::npos) << out.error;
  EXPECT_EQ(rec.measurements, 0);
}
