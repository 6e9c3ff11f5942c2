// Every function of the script API reaches the host with the arguments, units and frames the
// script gave, and the host's answers reach the script.

#include <gtest/gtest.h>

#include "fake_host.hpp"

using namespace robocert;
using namespace robocert::script;
using robocert::script::test::FakeHost;
using robocert::script::test::pose;
using Calls = std::vector<std::string>;

namespace {

std::optional<ScriptError> run(const std::string& source, FakeHost& host,
                               const plan::Values& params = {}) {
  Runner runner;
  return runner.run(source, host, params);
}

std::string describe(const std::optional<ScriptError>& e) {
  return e ? "line " + std::to_string(e->line) + ": " + e->message : "ok";
}

}  // namespace

TEST(ScriptApi, MovesTakePosesAsObjectsAndArrays) {
  FakeHost host;
  const auto e = run(R"js(
    station.robot.moveL({x: 100, y: -20, z: 300.5, a: 0, b: 90, c: -180}, 0.5);
    station.robot.moveJ([1, 2, 3, 4, 5, 6], 1);
  )js",
                     host);
  ASSERT_FALSE(e) << describe(e);
  EXPECT_EQ(host.calls(),
            (Calls{"move robot L 100 -20 300.5 0 90 -180 0.5", "move robot J 1 2 3 4 5 6 1"}));
}

TEST(ScriptApi, PosesComeBackAsObjectsInMmAndDegrees) {
  FakeHost host;
  host.commanded = pose(10, 20, 30, 1, 2, 3);
  host.measured = pose(10.01, 19.98, 30.002, 0.5, -0.25, 179.9);
  const auto e = run(R"js(
    var p = station.robot.pose();
    record('cmd_x', p.x, 'mm');
    record('cmd_c', p.c, 'deg');
    var m = station.tracker.measure();
    record('dz', m.z - p.z, 'mm');
    record('c', measure().c, 'deg');
    record('b', measure('tracker').b, 'deg');
    station.robot.moveL(station.robot.pose(), 0.1);
  )js",
                     host);
  ASSERT_FALSE(e) << describe(e);
  // dz = 30.002 - 30 in double arithmetic, as the script computes it.
  EXPECT_EQ(host.calls(),
            (Calls{"pose robot", "record cmd_x 10 mm", "record cmd_c 3 deg", "measure tracker",
                   "record dz " + test::num(30.002 - 30.0) + " mm", "measure tracker",
                   "record c 179.9 deg", "measure tracker", "record b -0.25 deg", "pose robot",
                   "move robot L 10 20 30 1 2 3 0.1"}));
}

TEST(ScriptApi, ScalarSensorsAndActuatorsCarryUnits) {
  FakeHost host;
  host.reading = {12.5, "N·m"};
  const auto e = run(R"js(
    var r = station.torque.read();
    record('twice', 2 * r.value, r.unit);
    station.brake.apply(3.5, 'N·m');
  )js",
                     host);
  ASSERT_FALSE(e) << describe(e);
  EXPECT_EQ(host.calls(), (Calls{"read torque", "record twice 25 N·m", "apply brake 3.5 N·m"}));
}

TEST(ScriptApi, PromptSleepRecordAndLog) {
  FakeHost host;
  host.confirm = false;
  const auto e = run(R"js(
    record('confirmed', prompt('Mount the 10 kg load\nthen confirm') ? 1 : 0);
    sleep(250);
    record('count', 3);
    log('P1', 2, [1, 0.5], {k: 'v'}, true, null, undefined);
  )js",
                     host);
  ASSERT_FALSE(e) << describe(e);
  EXPECT_EQ(host.calls(),
            (Calls{"prompt Mount the 10 kg load\nthen confirm", "record confirmed 0", "sleep 250",
                   "record count 3", R"(log P1 2 [1,0.5] {"k":"v"} true null undefined)"}));
}

TEST(ScriptApi, ParamsAreVisibleWithTheirTypes) {
  FakeHost host;
  const plan::Values params{{"cycles", std::int64_t{30}},
                            {"speed", 0.5},
                            {"label", std::string("cube A")},
                            {"fast", true},
                            {"speeds", std::vector<double>{1.0, 0.5, 0.1}}};
  const auto e = run(R"js(
    record('cycles', params.cycles);
    record('speed', params.speed);
    record('second', params.speeds[1]);
    record('n', params.speeds.length);
    log(typeof params.label, params.label, params.fast === true, Array.isArray(params.speeds));
    log(Object.keys(params).join(','));
  )js",
                     host, params);
  ASSERT_FALSE(e) << describe(e);
  EXPECT_EQ(host.calls(),
            (Calls{"record cycles 30", "record speed 0.5", "record second 0.5", "record n 3",
                   "log string cube A true true", "log cycles,fast,label,speed,speeds"}));
}

TEST(ScriptApi, ParamsPosesAndStationAreReadOnly) {
  const plan::Values params{{"cycles", std::int64_t{30}},
                            {"speeds", std::vector<double>{1.0, 0.5}}};
  const struct {
    const char* source;
    const char* message;
  } cases[] = {
      {"params.cycles = 3;", "TypeError: params is read-only"},
      {"params.extra = 1;", "TypeError: params is read-only"},
      {"delete params.cycles;", "TypeError: params is read-only"},
      {"params.speeds[0] = 2;", "TypeError: params.speeds is read-only"},
      {"params.speeds.push(2);", "TypeError: params.speeds is read-only"},
      {"params = {};", "TypeError: params is read-only"},
      {"poses.P1.x = 0;", "TypeError: poses.P1 is read-only"},
      {"poses.P9 = [0, 0, 0, 0, 0, 0];", "TypeError: poses is read-only"},
      {"station.robot = null;", "TypeError: station is read-only"},
      {"station.robot.moveL = null;", "TypeError: station.robot is read-only"},
      {"measure = function () {};", "TypeError: measure is read-only"},
      {"log = null;", "TypeError: log is read-only"},
  };
  for (const auto& c : cases) {
    FakeHost host;
    host.named = {{"P1", pose(1, 2, 3, 4, 5, 6)}};
    const auto e = run(std::string("\n") + c.source + "\nrecord('after', 1);", host, params);
    ASSERT_TRUE(e) << c.source;
    EXPECT_EQ(e->kind, ScriptError::Kind::Exception) << c.source;
    EXPECT_EQ(e->line, 2) << c.source;
    EXPECT_EQ(e->message, c.message) << c.source;
    EXPECT_TRUE(host.calls().empty()) << c.source;
  }
}

TEST(ScriptApi, NamedPosesAreVisible) {
  FakeHost host;
  host.named = {{"P1", pose(500, 0, 400, 180, 0, 0)}, {"P2", pose(600, 100, 300, 180, 0, 90)}};
  const auto e = run(R"js(
    log(Object.keys(poses).join(','), poses.P2.y, poses.P1.a);
    station.robot.moveL(poses.P2, 0.25);
  )js",
                     host);
  ASSERT_FALSE(e) << describe(e);
  EXPECT_EQ(host.calls(), (Calls{"log P1,P2 100 180", "move robot L 600 100 300 180 0 90 0.25"}));
}

TEST(ScriptApi, EachRoleOffersOnlyItsCapability) {
  FakeHost host;
  const auto e = run(R"js(
    log(Object.keys(station).join(','));
    log(Object.keys(station.robot).join(','), Object.keys(station.tracker).join(','),
        Object.keys(station.torque).join(','), Object.keys(station.brake).join(','));
    log(typeof station.tracker.moveL, typeof station.torque.apply, typeof station.nothing);
  )js",
                     host);
  ASSERT_FALSE(e) << describe(e);
  EXPECT_EQ(host.calls(),
            (Calls{"log robot,tracker,torque,brake", "log moveL,moveJ,pose measure read apply",
                   "log undefined undefined undefined"}));
}

TEST(ScriptApi, ANumberListParameterIsAPose) {
  FakeHost host;
  const plan::Values params{{"home", std::vector<double>{0, 0, 800, 180, 0, 0}}};
  const auto e = run("station.robot.moveJ(params.home, 0.2);", host, params);
  ASSERT_FALSE(e) << describe(e);
  EXPECT_EQ(host.calls(), (Calls{"move robot J 0 0 800 180 0 0 0.2"}));
}

TEST(ScriptApi, WrongArgumentsAreRefusedBeforeTheHost) {
  const struct {
    const char* source;
    const char* message;
  } cases[] = {
      {"station.robot.moveL([0, 0, 0, 0, 0, 0], 0);",
       "RangeError: station.robot.moveL: the speed is a fraction of the rated speed in (0, 1], "
       "got 0"},
      {"station.robot.moveL([0, 0, 0, 0, 0, 0], 1.5);",
       "RangeError: station.robot.moveL: the speed is a fraction of the rated speed in (0, 1], "
       "got 1.5"},
      {"station.robot.moveJ([0, 0, 0, 0, 0, 0]);",
       "RangeError: station.robot.moveJ: the speed is a fraction of the rated speed in (0, 1], "
       "got undefined"},
      {"station.robot.moveL({x: 1, y: 2, z: 3, a: 0, b: 0}, 0.5);",
       "TypeError: station.robot.moveL: pose c must be a finite number, got undefined"},
      {"station.robot.moveL({x: '1', y: 2, z: 3, a: 0, b: 0, c: 0}, 0.5);",
       "TypeError: station.robot.moveL: pose x must be a finite number, got '1'"},
      {"station.robot.moveL([1, 2, 3, 4, NaN, 6], 0.5);",
       "TypeError: station.robot.moveL: pose b must be a finite number, got NaN"},
      {"station.robot.moveL([1, 2, 3, 4, 5], 0.5);",
       "TypeError: station.robot.moveL: a pose array has 6 numbers [x, y, z, a, b, c], this one "
       "has 5"},
      {"station.robot.moveL('P1', 0.5);",
       "TypeError: station.robot.moveL: the pose must be {x, y, z, a, b, c} or [x, y, z, a, b, "
       "c] (mm, degrees), got 'P1'"},
      {"record('1st', 1);",
       "TypeError: record: the name must start with a letter and contain only letters, digits "
       "and _ (at most 64 characters), got '1st'"},
      {"record('a-b', 1);",
       "TypeError: record: the name must start with a letter and contain only letters, digits "
       "and _ (at most 64 characters), got 'a-b'"},
      {"record('x'.repeat(65), 1);",
       "TypeError: record: the name must start with a letter and contain only letters, digits "
       "and _ (at most 64 characters), got 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…'"},
      {"record('ap', Infinity, 'mm');",
       "TypeError: record: the value of 'ap' must be a finite number, got Infinity"},
      {"record('ap', '0.1', 'mm');",
       "TypeError: record: the value of 'ap' must be a finite number, got '0.1'"},
      {"record('ap', 0.1, 'millimetres per sec');",
       "TypeError: record: the unit must be a text of at most 16 characters such as 'mm' or 's', "
       "got 'millimetres per sec'"},
      {"station.brake.apply(2);",
       "TypeError: station.brake.apply: the unit must be a text of 1 to 16 characters such as "
       "'mm' or 'N·m', got undefined"},
      {"sleep(-1);", "RangeError: sleep: ms must be a finite number >= 0, got -1"},
      {"measure('robot');",
       "TypeError: measure('robot'): not a pose sensor of this plan (pose sensors: tracker)"},
  };
  for (const auto& c : cases) {
    FakeHost host;
    const auto e = run(c.source, host);
    ASSERT_TRUE(e) << c.source;
    EXPECT_EQ(e->kind, ScriptError::Kind::Exception) << c.source;
    EXPECT_EQ(e->line, 1) << c.source;
    EXPECT_EQ(e->message, c.message) << c.source;
    EXPECT_TRUE(host.calls().empty()) << c.source;
  }
}

TEST(ScriptApi, MeasureWithoutARoleNeedsExactlyOnePoseSensor) {
  FakeHost two;
  two.station.push_back({"camera", plan::Capability::PoseSensor, ""});
  auto e = run("measure();", two);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->message,
            "TypeError: measure(): this plan has several pose sensors (tracker, camera); name "
            "one, e.g. measure('tracker')");
  e = run("measure('camera');", two);
  ASSERT_FALSE(e) << describe(e);
  EXPECT_EQ(two.calls(), (Calls{"measure camera"}));

  FakeHost none;
  none.station = {{"robot", plan::Capability::Manipulator, ""}};
  e = run("measure();", none);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->message, "TypeError: measure(): this plan has no pose sensor");
}

TEST(ScriptApi, RecordBoundsAreInclusive) {
  FakeHost host;
  const std::string name64(64, 'n');
  const auto e =
      run("record('" + name64 + "', -0.5, 'sixteen_chars_ok'); record('r', 0, '');", host);
  ASSERT_FALSE(e) << describe(e);
  EXPECT_EQ(host.calls(), (Calls{"record " + name64 + " -0.5 sixteen_chars_ok", "record r 0"}));
}

TEST(ScriptApi, LogLinesAreBoundedAndCannotForgeLines) {
  FakeHost host;
  const auto e = run(R"js(
    log('x'.repeat(10000));
    log('a\nb\r\tc\u001b[31m');
    log('\u00e9'.repeat(3000));
  )js",
                     host);
  ASSERT_FALSE(e) << describe(e);
  const auto calls = host.calls();
  ASSERT_EQ(calls.size(), 3u);
  // 4096 bytes of the text, then the mark.
  EXPECT_EQ(calls[0], "log " + std::string(4096, 'x') + "… [truncated]");
  EXPECT_EQ(calls[1], R"(log a\nb\r\tc\u{1b}[31m)");
  // é is 2 bytes in UTF-8: 2048 of them fill 4096 bytes exactly.
  std::string e2048;
  for (int i = 0; i < 2048; ++i) e2048 += "\u00e9";
  EXPECT_EQ(calls[2], "log " + e2048 + "… [truncated]");
}

TEST(ScriptApi, TheExampleOfTheDocumentationRuns) {
  // docs/scripting.md, "An example", with three tracker readings of z.
  FakeHost host;
  host.named = {{"P1", pose(1200, 0, 900, 180, 0, 180)}};
  const double zs[] = {900.01, 899.98, 900.02};
  int n = 0;
  host.hook = [&](const std::string& call) {
    if (call == "measure") host.measured = pose(1200, 0, zs[n++], 180, 0, 180);
  };
  const plan::Values params{
      {"repeats", std::int64_t{3}}, {"speed", 0.5}, {"settle_time_ms", std::int64_t{500}}};
  const auto e = run(R"js(
// Approach P1 from above, measure it three times, record the spread.
var above = {x: poses.P1.x, y: poses.P1.y, z: poses.P1.z + 50,
             a: poses.P1.a, b: poses.P1.b, c: poses.P1.c};
var zs = [];
for (var i = 0; i < params.repeats; ++i) {
  station.robot.moveL(above, params.speed);
  station.robot.moveL(poses.P1, 0.1);
  sleep(params.settle_time_ms);
  zs.push(measure().z);
}
record('z_spread', Math.max.apply(null, zs) - Math.min.apply(null, zs), 'mm');
if (!prompt('Is the cable clear of the tracker beam?')) {
  throw new Error('operator reports the beam obstructed');
}
log('z readings:', zs);
)js",
                     host, params);
  ASSERT_FALSE(e) << describe(e);
  Calls expected;
  for (int i = 0; i < 3; ++i) {
    expected.push_back("move robot L 1200 0 950 180 0 180 0.5");
    expected.push_back("move robot L 1200 0 900 180 0 180 0.1");
    expected.push_back("sleep 500");
    expected.push_back("measure tracker");
  }
  // max - min of the three readings, in double arithmetic as the script computes it.
  expected.push_back("record z_spread " + test::num(900.02 - 899.98) + " mm");
  expected.push_back("prompt Is the cable clear of the tracker beam?");
  expected.push_back("log z readings: [900.01,899.98,900.02]");
  EXPECT_EQ(host.calls(), expected);
}
