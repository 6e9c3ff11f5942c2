// interrupt() from another thread stops a script wherever it is, and scripts run on plain
// std::threads (the engine's), which have no Qt event loop.

#include <gtest/gtest.h>

#include <condition_variable>
#include <mutex>
#include <thread>

#include "fake_host.hpp"

using namespace robocert;
using namespace robocert::script;
using robocert::script::test::FakeHost;
using robocert::script::test::Latch;
using robocert::script::test::Watchdog;
using Calls = std::vector<std::string>;

namespace {

// Runs `source`, calls interrupt() from another thread once the script has logged (so it is
// running), and returns what run() gave.
std::optional<ScriptError> interruptAfterLog(const std::string& source, FakeHost& host) {
  Runner runner;
  Latch logged;
  host.hook = [&](const std::string& call) {
    if (call == "log") logged.open();
  };
  std::thread stopper([&] {
    logged.wait();
    runner.interrupt();
  });
  Watchdog watchdog("an interrupted script");
  auto e = runner.run(source, host, {});
  stopper.join();
  return e;
}

}  // namespace

TEST(ScriptInterrupt, StopsAnEndlessLoop) {
  FakeHost host;
  const auto e = interruptAfterLog("log('spinning');\nwhile (true) {}", host);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, ScriptError::Kind::Interrupted);
  EXPECT_EQ(e->message, "the script was stopped because the run was aborted");
}

TEST(ScriptInterrupt, StopsALoopInACompiledFunction) {
  // Called often enough for the engine to compile it, then never returning.
  FakeHost host;
  const auto e = interruptAfterLog(R"js(
    function spin(n) { var i = 0; while (n < 0 || i < n) ++i; return i; }
    for (var k = 0; k < 5000; ++k) spin(10);
    log('spinning');
    spin(-1);
  )js",
                                   host);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, ScriptError::Kind::Interrupted);
}

TEST(ScriptInterrupt, TheScriptCannotCatchIt) {
  FakeHost host;
  const auto e = interruptAfterLog(R"js(
    log('spinning');
    try { while (true) {} } catch (e) {}
    record('after', 1);
  )js",
                                   host);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, ScriptError::Kind::Interrupted);
  EXPECT_EQ(host.calls(), (Calls{"log spinning"}));
}

TEST(ScriptInterrupt, StopsAScriptWaitingInAHostCall) {
  // The engine's side: sleepMs blocks until the run is aborted, then throws HostError. The
  // script catches it, but cannot reach the station any more and is stopped.
  FakeHost host;
  Runner runner;
  std::mutex m;
  std::condition_variable cv;
  bool aborted = false;
  Latch sleeping;
  host.hook = [&](const std::string& call) {
    if (call != "sleep") return;
    sleeping.open();
    std::unique_lock lock(m);
    cv.wait(lock, [&] { return aborted; });
    throw HostError("run aborted by the operator");
  };
  std::thread stopper([&] {
    sleeping.wait();
    {
      std::lock_guard lock(m);
      aborted = true;
    }
    runner.interrupt();
    cv.notify_all();
  });
  Watchdog watchdog("a script waiting in a host call");
  const auto e = runner.run(R"js(
    try { sleep(3600e3); } catch (e) { }
    record('after', 1);
    while (true) {}
  )js",
                            host, {});
  stopper.join();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, ScriptError::Kind::Interrupted);
  EXPECT_TRUE(host.calls().empty());  // the fake records a call only when it returns
}

TEST(ScriptInterrupt, AnInterruptBeforeRunIsCleared) {
  // Documented race: the engine checks its own abort flag (Host::aborted) instead.
  Runner runner;
  FakeHost host;
  runner.interrupt();
  const auto e = runner.run("record('ran', 1);", host, {});
  ASSERT_FALSE(e) << e->message;
  EXPECT_EQ(host.calls(), (Calls{"record ran 1"}));
}

TEST(ScriptInterrupt, AnAbortedHostRunsNothing) {
  Runner runner;
  FakeHost host;
  host.abortFlag = true;
  const auto e = runner.run("record('ran', 1);", host, {});
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, ScriptError::Kind::Interrupted);
  EXPECT_TRUE(host.calls().empty());
}

TEST(ScriptInterrupt, TheNextRunIsNotInterrupted) {
  Runner runner;
  FakeHost host;
  Latch logged;
  host.hook = [&](const std::string& call) {
    if (call == "log") logged.open();
  };
  std::thread stopper([&] {
    logged.wait();
    runner.interrupt();
  });
  {
    Watchdog watchdog("an interrupted script");
    const auto e = runner.run("log('spinning'); while (true) {}", host, {});
    ASSERT_TRUE(e);
    EXPECT_EQ(e->kind, ScriptError::Kind::Interrupted);
  }
  stopper.join();
  const auto e = runner.run("record('ran', 1);", host, {});
  ASSERT_FALSE(e) << e->message;
}

TEST(ScriptThreads, RunsOnAPlainStdThread) {
  FakeHost host;
  host.measured = test::pose(1, 2, 3, 4, 5, 6);
  std::optional<ScriptError> e;
  std::thread engine([&] {
    Runner runner;
    e = runner.run(R"js(
      var m = measure();
      record('sum', m.x + m.y + m.z, 'mm');
      function deep(n) { return n === 0 ? 0 : 1 + deep(n - 1); }
      record('depth', deep(1000));
    )js",
                   host, {});
  });
  engine.join();
  ASSERT_FALSE(e) << e->message;
  EXPECT_EQ(host.calls(), (Calls{"measure tracker", "record sum 6 mm", "record depth 1000"}));
}

TEST(ScriptThreads, RunawayRecursionOnAStdThreadIsAnError) {
  FakeHost host;
  std::optional<ScriptError> e;
  std::thread engine([&] {
    Runner runner;
    e = runner.run("function f() { return f() + 1; }\nf();", host, {});
  });
  engine.join();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, ScriptError::Kind::Exception);
  EXPECT_EQ(e->line, 1);
}

TEST(ScriptThreads, InterruptsAScriptOnAnotherThread) {
  FakeHost host;
  Runner runner;
  Latch logged;
  host.hook = [&](const std::string& call) {
    if (call == "log") logged.open();
  };
  std::optional<ScriptError> e;
  Watchdog watchdog("an interrupted script on a std::thread");
  std::thread engine([&] { e = runner.run("log('spinning'); for (;;) {}", host, {}); });
  logged.wait();
  runner.interrupt();
  engine.join();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, ScriptError::Kind::Interrupted);
}
