// Runner(isolation): a script runs in the script host process (ROBOCERT_SCRIPT_HOST, the built
// robocert-script-host). What a script does to the JavaScript engine (exhaust memory, the C
// stack, processor time) ends its run() with Kind::Stopped and a message for a person, and this
// test program goes on: before the isolation, each of the hostile scripts below killed the
// process that ran it (SIGSEGV, or 1 GiB taken). The parent trusts nothing the child sends:
// fake script hosts (shell scripts) send what a genuine one never does.

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <QLocale>
#include <fstream>
#include <thread>

#include "fake_host.hpp"
#include "temp_dir.hpp"

using namespace robocert;
using namespace robocert::script;
using robocert::script::test::FakeHost;
using robocert::script::test::Watchdog;
using Calls = std::vector<std::string>;

namespace {

Isolation isolation(Limits limits = {}) { return {ROBOCERT_SCRIPT_HOST, limits}; }

std::optional<ScriptError> runIsolated(const std::string& source, FakeHost& host,
                                       Limits limits = {}) {
  Watchdog watchdog("an isolated script");
  Runner runner(isolation(limits));
  return runner.run(source, host, {});
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// A "script host" that is a shell script: it ignores its arguments and writes `frames` (printf
// format) to the channel, fd 3.
std::filesystem::path fakeScriptHost(const test_support::TempDir& dir, const std::string& frames) {
  const auto path = dir / "fake-script-host";
  std::ofstream(path) << "#!/bin/sh\nprintf '" << frames << "' >&3\nexec cat <&3 >/dev/null\n";
  ::chmod(path.c_str(), 0700);
  return path;
}

}  // namespace

TEST(ScriptIsolation, AScriptReachesTheHostAsInProcess) {
  FakeHost host;
  host.measured = test::pose(1, 2, 3, 0, 0, 0);
  const auto e = runIsolated(
      "station.robot.moveL([100, -20, 300.5, 0, 90, -180], 0.5);\n"
      "const p = measure();\n"
      "record('offset', p.x + p.y + p.z, 'mm');\n"
      "log('params', JSON.stringify(params), 'line\\nbreak');\n",
      host);
  ASSERT_FALSE(e) << e->message;
  // 1 + 2 + 3 = 6; the log line's break escaped, as in process.
  EXPECT_EQ(host.calls(), (Calls{"move robot L 100 -20 300.5 0 90 -180 0.5", "measure tracker",
                                 "record offset 6 mm", "log params {} line\\nbreak"}));
}

TEST(ScriptIsolation, ParametersAndPosesArrive) {
  FakeHost host;
  host.named["P1"] = test::pose(1200, 0, 900, 0, 90, 0);
  Runner runner(isolation());
  const plan::Values params{{"cycles", std::int64_t{30}},
                            {"speeds", std::vector<double>{1.0, 0.5}},
                            {"label", std::string("x")},
                            {"fast", true}};
  const auto e = runner.run(
      "record('sum', params.cycles + params.speeds[1] + poses.P1.z, '');\n"
      "if (params.label !== 'x' || params.fast !== true) throw new Error('bad params');",
      host, params);
  ASSERT_FALSE(e) << e->message;
  EXPECT_EQ(host.calls(), (Calls{"record sum 930.5"}));  // 30 + 0.5 + 900
}

TEST(ScriptIsolation, HostErrorsReachTheScriptAndErrorsComeBackWithTheirLine) {
  FakeHost host;
  host.hook = [](const std::string& call) {
    if (call == "move") throw HostError("the robot refused the move");
  };
  const auto e = runIsolated(
      "try { station.robot.moveJ([0, 0, 0, 0, 0, 0], 1); } catch (e) { log(e.message); }\n"
      "record('x', 1);\n"
      "null.boom;\n",
      host);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, ScriptError::Kind::Exception);
  EXPECT_EQ(e->line, 3);
  EXPECT_TRUE(contains(e->message, "TypeError")) << e->message;
  EXPECT_EQ(host.calls(), (Calls{"log the robot refused the move", "record x 1"}));
}

TEST(ScriptIsolation, ASyntaxErrorIsLocated) {
  FakeHost host;
  const auto e = runIsolated("record('x', 1);\nlet = = 2;", host);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, ScriptError::Kind::Syntax);
  EXPECT_EQ(e->line, 2);
  EXPECT_TRUE(host.calls().empty());
}

// The four scripts of issue 11 (item 16). Each one crashed or bloated the process running it.
TEST(ScriptIsolation, AnArrayNestedTooDeeplyForStringStopsTheStepNotTheProcess) {
  FakeHost host;
  const auto e = runIsolated(
      "record('before', 1);\n"
      "let a = [];\nfor (let i = 0; i < 30000; ++i) a = [a];\nString(a);\n"
      "record('after', 1);",
      host);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, ScriptError::Kind::Stopped);
  EXPECT_TRUE(contains(e->message, "crashed")) << e->message;
  EXPECT_EQ(host.calls(), (Calls{"record before 1"}));
}

TEST(ScriptIsolation, NestedProxiesStopTheStepNotTheProcess) {
  FakeHost host;
  const auto e = runIsolated(
      "let p = {};\nfor (let i = 0; i < 200000; ++i) p = new Proxy(p, {});\np.x;\n"
      "record('after', 1);",
      host);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, ScriptError::Kind::Stopped) << e->message;
  EXPECT_TRUE(host.calls().empty());
}

TEST(ScriptIsolation, ARegExpOfNestedGroupsStopsTheStepNotTheProcess) {
  FakeHost host;
  const auto e = runIsolated(
      "const r = new RegExp('('.repeat(100000) + 'a' + ')'.repeat(100000));\n"
      "r.exec('a');\nrecord('after', 1);",
      host);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, ScriptError::Kind::Stopped) << e->message;
  EXPECT_TRUE(host.calls().empty());
}

TEST(ScriptIsolation, AGigabyteStringExceedsTheMemoryLimit) {
  // 'x'.repeat(2**29) is 2^29 UTF-16 code units, 1 GiB, beyond a limit of 1 GiB of address
  // space for the whole process.
  FakeHost host;
  const auto e = runIsolated("const s = 'x'.repeat(2**29);\nrecord('length', s.length);", host);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, ScriptError::Kind::Stopped);
  EXPECT_EQ(e->message, "it used more than 1 GiB of memory, the limit of a script step");
  EXPECT_TRUE(host.calls().empty());
}

TEST(ScriptIsolation, AnEndlessComputationExceedsTheProcessorTimeLimit) {
  FakeHost host;
  Limits limits;
  limits.cpuSeconds = 1;
  const auto e = runIsolated("log('spinning');\nwhile (true) {}", host, limits);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, ScriptError::Kind::Stopped);
  EXPECT_EQ(e->message, "it used more than 1 s of processor time, the limit of a script step");
}

TEST(ScriptIsolation, InterruptKillsTheScriptHost) {
  // interrupt() from inside a host call (the engine's abort arrives while the script waits or
  // computes): the child is killed and the run ends Interrupted.
  FakeHost host;
  Runner runner(isolation());
  host.hook = [&](const std::string& call) {
    if (call == "log") runner.interrupt();
  };
  Watchdog watchdog("an interrupted isolated script");
  const auto e = runner.run("log('spinning');\nwhile (true) {}", host, {});
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, ScriptError::Kind::Interrupted);
  // The next run of the same runner is not affected.
  host.hook = nullptr;
  EXPECT_FALSE(runner.run("record('next', 2);", host, {}));
  EXPECT_EQ(host.calls().back(), "record next 2");
}

TEST(ScriptIsolation, AMissingScriptHostIsNamed) {
  FakeHost host;
  Runner runner(Isolation{"/nonexistent/robocert-script-host", {}});
  const auto e = runner.run("record('x', 1);", host, {});
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, ScriptError::Kind::Stopped);
  EXPECT_EQ(e->message,
            "the script host cannot start: the script host /nonexistent/robocert-script-host "
            "does not exist: reinstall RoboCert");
  EXPECT_TRUE(scriptHostProblem(ROBOCERT_SCRIPT_HOST) == std::nullopt);
}

TEST(ScriptIsolation, AMessageOfAbsurdSizeIsRefused) {
  // A length of 0xffffffff bytes: refused before anything is allocated for it.
  test_support::TempDir dir("robocert-isolation");
  FakeHost host;
  Runner runner(Isolation{fakeScriptHost(dir, "\\377\\377\\377\\377"), {}});
  Watchdog watchdog("a hostile script host");
  const auto e = runner.run("", host, {});
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, ScriptError::Kind::Stopped);
  EXPECT_TRUE(contains(e->message, "broke its protocol")) << e->message;
}

TEST(ScriptIsolation, AHostileScriptHostCannotCallOutsideTheApi) {
  // A move of the pose sensor "tracker" (the API has moves only for manipulators), then a
  // record under a name the API refuses: neither reaches the host.
  const std::string move =
      R"({"call":"move","role":"tracker","pose":[0,0,0,0,0,0],"linear":true,"speed":1})";
  const std::string record = R"({"call":"record","name":"../x","value":1,"unit":""})";
  for (const std::string& frame : {move, record}) {
    test_support::TempDir dir("robocert-isolation");
    char header[32];
    std::snprintf(header, sizeof header, "\\000\\000\\%03o\\%03o",
                  static_cast<unsigned>(frame.size() >> 8) & 0xffu,
                  static_cast<unsigned>(frame.size()) & 0xffu);
    FakeHost host;
    Runner runner(Isolation{fakeScriptHost(dir, header + frame), {}});
    Watchdog watchdog("a hostile script host");
    const auto e = runner.run("", host, {});
    ASSERT_TRUE(e);
    EXPECT_EQ(e->kind, ScriptError::Kind::Stopped);
    EXPECT_TRUE(contains(e->message, "broke its protocol")) << e->message;
    EXPECT_TRUE(host.calls().empty());
  }
}

TEST(ScriptIsolation, TheScriptsMessagesAreInTheRunsLanguage) {
  // The script host translates its own checks into the language the application chose.
  const QLocale before;
  QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China));
  FakeHost host;
  const auto e = runIsolated("sleep(-1);", host);
  QLocale::setDefault(before);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->message, "RangeError: sleep：ms 必须是 >= 0 的有限数值，实际为 -1");
}
