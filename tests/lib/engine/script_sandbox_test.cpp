// Script steps through the run engine on the station simulator:
// - issue 11 item 16: a script that crashes the JavaScript engine or exhausts memory fails its
//   step, the run ends interrupted with the reason, and resuming it finishes the run past that
//   step (before, each of these scripts killed the process, and so every resumption too);
// - issue 11 item 6: a value a script records under a standard characteristic's name is the
//   script's, not the standard's procedure: no criterion judges it unless the plan says so.
#include <gtest/gtest.h>

#include <algorithm>

#include "robocert/engine/engine.hpp"
#include "robocert/plan/plan.hpp"
#include "robocert/script/script_host.hpp"
#include "robocert/station/connected_station.hpp"
#include "robocert/station/simulated_station.hpp"
#include "robocert/store/store.hpp"
#include "temp_dir.hpp"

namespace fs = std::filesystem;
using namespace robocert;

namespace {

// A plan of two script steps and one criterion (`criterion` is its YAML mapping).
plan::Plan scriptPlan(const std::string& first, const std::string& criterion = {}) {
  std::string text =
      "plan:\n"
      "  id: sandbox\n"
      "  version: \"1.0\"\n"
      "  title: {en: \"Sandbox\"}\n"
      "  applies-to: industrial_robot\n"
      "  equipment:\n"
      "    - {role: robot, capability: manipulator}\n"
      "    - {role: tracker, capability: pose_sensor}\n";
  if (!criterion.empty()) text += "  criteria:\n    - " + criterion + "\n";
  text +=
      "  steps:\n"
      "    - id: first\n"
      "      script: |\n"
      "        " +
      first +
      "\n"
      "    - id: second\n"
      "      script: |\n"
      "        record('after', 2, 'mm');\n";
  plan::LoadOptions o;
  o.checkScript = script::checkSyntax;
  auto parsed = plan::parse(text, o);
  if (auto* p = std::get_if<std::vector<plan::Problem>>(&parsed)) {
    ADD_FAILURE() << (p->empty() ? "" : p->front().message);
    return {};
  }
  return std::get<plan::Plan>(std::move(parsed));
}

struct Fixture {
  test_support::TempDir dir{"robocert-sandbox"};
  fs::path db = dir / "lab.db";
  station::SimulatedStation sim{{.timeScale = 200.0, .seed = 11}};
  std::unique_ptr<station::ConnectedStation> connected;
  engine::Observer observer;

  Fixture() {
    sim.registerInstruments(db);
    const store::Store lab = store::Store::open(db);
    connected = std::make_unique<station::ConnectedStation>(sim.stationFile(), &lab);
    EXPECT_TRUE(connected->waitReady(std::chrono::seconds(10)));
  }

  engine::RunOutcome run(const plan::Plan& p, std::optional<std::int64_t> resume = {}) {
    engine::RunRequest r;
    r.plan = p;
    r.database = db;
    r.itemSerial = "SIMBOT-SANDBOX";
    r.operatorName = "sandbox_test";
    r.resumeRunId = resume;
    r.scriptHost = ROBOCERT_SCRIPT_HOST;
    engine::Engine e(connected->devices(), observer);
    e.start(std::move(r));
    return e.wait();
  }
};

const store::Result* find(const std::vector<store::Result>& rs, const std::string& c) {
  for (const auto& r : rs)
    if (r.characteristic == c) return &r;
  return nullptr;
}

}  // namespace

TEST(EngineScriptSandbox, AHostileScriptFailsItsStepAndTheResumedRunFinishes) {
  Fixture f;
  const std::vector<std::pair<std::string, std::string>> hostile = {
      {"let a = []; for (let i = 0; i < 30000; ++i) a = [a]; String(a);", "crashed"},
      {"let p = {}; for (let i = 0; i < 200000; ++i) p = new Proxy(p, {}); p.x;", "stopped"},
      {"new RegExp('('.repeat(100000) + 'a' + ')'.repeat(100000)).exec('a');", "stopped"},
      {"const s = 'x'.repeat(2**29); record('length', s.length);",
       "it used more than 1 GiB of memory"}};
  for (const auto& [source, why] : hostile) {
    SCOPED_TRACE(source);
    const plan::Plan p = scriptPlan("record('before', 1, 'mm'); " + source);
    const engine::RunOutcome first = f.run(p);
    EXPECT_EQ(first.state, engine::RunState::Interrupted);
    EXPECT_NE(first.error.find("script step first was stopped"), std::string::npos) << first.error;
    EXPECT_NE(first.error.find(why), std::string::npos) << first.error;
    {
      const store::Store lab = store::Store::open(f.db, store::Store::Mode::ReadOnly);
      EXPECT_EQ(lab.run(first.runId).status, store::RunStatus::Interrupted);
      const auto events = lab.runEvents(first.runId);
      EXPECT_TRUE(std::any_of(events.begin(), events.end(), [](const store::RunEvent& e) {
        return e.kind == "script-stopped" && e.step == "first";
      }));
    }

    // Resumed: the stopped step is not run again (it would only be stopped again), the next one
    // runs, and the stopped step's record made before it was stopped is no result.
    const engine::RunOutcome resumed = f.run(p, first.runId);
    ASSERT_EQ(resumed.state, engine::RunState::Completed) << resumed.error;
    const store::Store lab = store::Store::open(f.db, store::Store::Mode::ReadOnly);
    const auto results = lab.results(first.runId);
    ASSERT_EQ(results.size(), 1u);
    EXPECT_EQ(results[0].characteristic, "after");
    EXPECT_EQ(results[0].subject, "second");
    EXPECT_EQ(results[0].value, 2.0);
  }
}

TEST(EngineScriptSandbox, AMissingScriptHostIsRefusedBeforeARunExists) {
  Fixture f;
  engine::RunRequest r;
  r.plan = scriptPlan("record('x', 1);");
  r.database = f.db;
  r.itemSerial = "SIMBOT-SANDBOX";
  r.scriptHost = f.dir / "no-such-script-host";
  engine::Engine e(f.connected->devices(), f.observer);
  e.start(std::move(r));
  const auto out = e.wait();
  EXPECT_EQ(out.state, engine::RunState::Aborted);
  EXPECT_EQ(out.runId, 0);
  EXPECT_NE(out.error.find("does not exist"), std::string::npos) << out.error;
}

TEST(EngineScriptOrigin, AScriptsValueIsNotJudgedByTheStandardsCriterion) {
  // record('RP_l', 0.012, 'mm') with no measurement at all: the plan's RP_l criterion (0.05 mm)
  // is for the ISO 9283 procedure's RP_l; before, it gave this number a limit and a pass.
  Fixture f;
  const engine::RunOutcome out =
      f.run(scriptPlan("record('RP_l', 0.012, 'mm');",
                       "{characteristic: RP_l, limit: 0.05, unit: mm, rule: simple}"));
  ASSERT_EQ(out.state, engine::RunState::Completed) << out.error;
  const store::Store lab = store::Store::open(f.db, store::Store::Mode::ReadOnly);
  const auto results = lab.results(out.runId);
  const store::Result* rp = find(results, "RP_l");
  ASSERT_NE(rp, nullptr);
  EXPECT_EQ(rp->origin, "script");
  EXPECT_EQ(rp->subject, "first");
  EXPECT_FALSE(rp->limit.has_value());
  EXPECT_EQ(rp->verdict, "");
  EXPECT_EQ(find(results, "after")->origin, "script");
}

TEST(EngineScriptOrigin, ACriterionThatSaysSoJudgesAScriptsValue) {
  // origin: script: 0.012 mm <= 0.05 mm, simple acceptance: pass.
  Fixture f;
  const engine::RunOutcome out = f.run(
      scriptPlan("record('RP_l', 0.012, 'mm');",
                 "{characteristic: RP_l, limit: 0.05, unit: mm, rule: simple, origin: script}"));
  ASSERT_EQ(out.state, engine::RunState::Completed) << out.error;
  const store::Store lab = store::Store::open(f.db, store::Store::Mode::ReadOnly);
  const std::vector<store::Result> results = lab.results(out.runId);  // alive while rp points in
  const store::Result* rp = find(results, "RP_l");
  ASSERT_NE(rp, nullptr);
  EXPECT_EQ(rp->limit, 0.05);
  EXPECT_EQ(rp->verdict, "pass");
}
