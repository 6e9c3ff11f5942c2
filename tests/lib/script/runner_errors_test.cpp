// What a failing script step reports: kind, the line in the script's own source, and a message
// for a person. Device errors (HostError) are JavaScript Errors a script may catch.

#include <gtest/gtest.h>

#include <stdexcept>

#include "fake_host.hpp"

using namespace robocert;
using namespace robocert::script;
using robocert::script::test::FakeHost;
using Calls = std::vector<std::string>;

namespace {

std::optional<ScriptError> run(const std::string& source, FakeHost& host) {
  Runner runner;
  return runner.run(source, host, {});
}

std::function<void(const std::string&)> failing(const std::string& call,
                                                const std::string& message) {
  return [call, message](const std::string& c) {
    if (c == call) throw HostError(message);
  };
}

}  // namespace

TEST(ScriptErrors, AScriptCanCatchADeviceError) {
  FakeHost host;
  host.hook = failing("measure", "tracker: no target in beam");
  const auto e = run(R"js(
    var ok = true;
    try {
      measure();
    } catch (e) {
      ok = false;
      log('caught:', e.message, e instanceof Error);
    }
    record('ok', ok ? 1 : 0);
  )js",
                     host);
  ASSERT_FALSE(e) << e->message;
  EXPECT_EQ(host.calls(), (Calls{"log caught: tracker: no target in beam true", "record ok 0"}));
}

TEST(ScriptErrors, AnUncaughtDeviceErrorFailsAtTheLineOfTheCall) {
  FakeHost host;
  host.hook = failing("measure", "tracker: no target in beam");
  const auto e =
      run("log('start');\n"         // 1
          "\n"                      // 2
          "function probe() {\n"    // 3
          "  var p = measure();\n"  // 4: the call that fails
          "  return p;\n"           // 5
          "}\n"                     // 6
          "probe();\n"              // 7
          "record('after', 1);\n",  // 8: not reached
          host);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, ScriptError::Kind::Exception);
  EXPECT_EQ(e->line, 4);
  EXPECT_EQ(e->message, "tracker: no target in beam");
  EXPECT_EQ(host.calls(), (Calls{"log start"}));
}

TEST(ScriptErrors, ATailCallReportsTheLineThatCalledItsFunction) {
  // Strict mode: `return measure();` replaces probe's frame by measure's (a proper tail call),
  // so the innermost line left in the script is the one calling probe (documented).
  FakeHost host;
  host.hook = failing("measure", "tracker: no target in beam");
  const auto e =
      run("function probe() {\n"   // 1
          "  return measure();\n"  // 2: the call that fails, a tail call
          "}\n"                    // 3
          "probe();\n",            // 4: reported
          host);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->line, 4);
  EXPECT_EQ(e->message, "tracker: no target in beam");
}

TEST(ScriptErrors, RuntimeErrorsGiveTheirLineAndKind) {
  const struct {
    const char* source;
    int line;
    const char* message;
  } cases[] = {
      {"var a = 1;\nnull.x;", 2, "TypeError: Cannot read property 'x' of null"},
      {"\n\nvar y = undefinedName + 1;", 3, "ReferenceError: undefinedName is not defined"},
      // Strict mode: a misspelt variable is an error, not a new global.
      {"var speed = 1;\nspeeed = 0.5;", 2, "ReferenceError: speeed is not defined"},
      {"log('x');\n\nthrow new Error('cube corner out of reach');", 3, "cube corner out of reach"},
      {"throw 5;", 1, "the script threw 5, which is not an Error"},
      {"\nthrow 'stop';", 2, "the script threw 'stop', which is not an Error"},
      {"throw {code: 3};", 1, "the script threw an object that is not an Error"},
      // The innermost line of the script, also through a built-in calling the script back.
      {"[1, 2].forEach(function (v) {\n  if (v === 2) throw new RangeError('two');\n});", 2,
       "RangeError: two"},
      {"function f() { return f() + 1; }\nf();", 1,
       "RangeError: Maximum call stack size exceeded."},
      // A syntax error met at run time in eval() is an exception of the script's line.
      {"\neval('1 +');", 2, "SyntaxError: Expected token `numeric literal'"},
  };
  for (const auto& c : cases) {
    FakeHost host;
    const auto e = run(c.source, host);
    ASSERT_TRUE(e) << c.source;
    EXPECT_EQ(e->kind, ScriptError::Kind::Exception) << c.source;
    EXPECT_EQ(e->line, c.line) << c.source;
    EXPECT_EQ(e->message, c.message) << c.source;
  }
}

TEST(ScriptErrors, SyntaxErrorsAreFoundBeforeAnythingRuns) {
  FakeHost host;
  // Line 2 is `var x = 1 +;`: the engine stops at the `;` where an operand should be, column
  // 12 (v=1 a=2 r=3 ' '=4 x=5 ' '=6 '='=7 ' '=8 1=9 ' '=10 +=11 ;=12).
  const auto e = run("log('never');\nvar x = 1 +;\n", host);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, ScriptError::Kind::Syntax);
  EXPECT_EQ(e->line, 2);
  EXPECT_EQ(e->column, 12);
  EXPECT_EQ(e->message, "JavaScript syntax error: Expected token `numeric literal'");
  EXPECT_TRUE(host.calls().empty());
}

TEST(ScriptErrors, SyntaxErrorColumnsOnTheFirstLineAreTheSources) {
  FakeHost host;
  // `1 +* 2`: the `*` is column 4 of the source, whatever the host puts before it.
  const auto e = run("1 +* 2", host);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, ScriptError::Kind::Syntax);
  EXPECT_EQ(e->line, 1);
  EXPECT_EQ(e->column, 4);
}

TEST(ScriptErrors, StrictModeRulesAreSyntaxErrors) {
  FakeHost host;
  const auto e = run("var o = {};\nwith (o) { log(1); }", host);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, ScriptError::Kind::Syntax);
  EXPECT_EQ(e->line, 2);
}

TEST(ScriptErrors, AStationFaultStopsTheScriptEvenIfItCatches) {
  // Not a HostError: the station itself is broken; the script must not carry on.
  FakeHost host;
  host.hook = [](const std::string& c) {
    if (c == "sleep") throw std::logic_error("engine: no device for role 'robot'");
  };
  const auto e = run(R"js(
    try { sleep(1); } catch (e) { log('swallowed'); }
    record('after', 1);
    while (true) {}
  )js",
                     host);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, ScriptError::Kind::Exception);
  EXPECT_EQ(e->message,
            "the station failed while the script was running: engine: no device for role 'robot'");
  EXPECT_TRUE(host.calls().empty());
}
