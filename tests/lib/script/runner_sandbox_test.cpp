// The sandbox: a script sees ECMAScript and the script API, nothing of Qt, the file system, the
// network, the process or timers, and nothing of an earlier script.

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

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

std::vector<std::string> split(const std::string& text, char sep) {
  std::vector<std::string> parts;
  std::stringstream in(text);
  for (std::string p; std::getline(in, p, sep);) parts.push_back(p);
  return parts;
}

}  // namespace

TEST(ScriptSandbox, NoExtensionsAreVisible) {
  FakeHost host;
  const auto e = run(R"js(
    var global = Function('return this')();
    log(typeof Qt, typeof XMLHttpRequest, typeof require, typeof print, typeof console,
        typeof gc, typeof setTimeout, typeof setInterval, typeof qsTr, typeof URL,
        typeof importScripts, typeof process, typeof Atomics, typeof SharedArrayBuffer,
        typeof global.Qt, typeof global.module, typeof global.exports);
  )js",
                     host);
  ASSERT_FALSE(e) << e->message;
  EXPECT_EQ(host.calls(), (Calls{"log undefined undefined undefined undefined undefined "
                                 "undefined undefined undefined undefined undefined undefined "
                                 "undefined undefined undefined undefined undefined undefined"}));
}

TEST(ScriptSandbox, TheGlobalObjectHoldsECMAScriptAndTheApiOnly) {
  // Every ECMAScript global a script may keep (ECMA-262 section 19), and the script API.
  const std::vector<std::string> ecmascript = {"globalThis",
                                               "Infinity",
                                               "NaN",
                                               "undefined",
                                               "eval",
                                               "isFinite",
                                               "isNaN",
                                               "parseFloat",
                                               "parseInt",
                                               "decodeURI",
                                               "decodeURIComponent",
                                               "encodeURI",
                                               "encodeURIComponent",
                                               "escape",
                                               "unescape",
                                               "AggregateError",
                                               "Array",
                                               "ArrayBuffer",
                                               "BigInt",
                                               "BigInt64Array",
                                               "BigUint64Array",
                                               "Boolean",
                                               "DataView",
                                               "Date",
                                               "Error",
                                               "EvalError",
                                               "FinalizationRegistry",
                                               "Float32Array",
                                               "Float64Array",
                                               "Function",
                                               "Int8Array",
                                               "Int16Array",
                                               "Int32Array",
                                               "Map",
                                               "Number",
                                               "Object",
                                               "Promise",
                                               "Proxy",
                                               "RangeError",
                                               "ReferenceError",
                                               "RegExp",
                                               "Set",
                                               "String",
                                               "Symbol",
                                               "SyntaxError",
                                               "TypeError",
                                               "Uint8Array",
                                               "Uint8ClampedArray",
                                               "Uint16Array",
                                               "Uint32Array",
                                               "URIError",
                                               "WeakMap",
                                               "WeakRef",
                                               "WeakSet",
                                               "JSON",
                                               "Math",
                                               "Reflect"};
  const std::vector<std::string> api = {"station", "params", "poses", "measure",
                                        "record",  "prompt", "sleep", "log"};
  FakeHost host;
  const auto e = run("log(Object.getOwnPropertyNames(Function('return this')()).join(','));", host);
  ASSERT_FALSE(e) << e->message;
  ASSERT_EQ(host.calls().size(), 1u);
  const auto names = split(host.calls()[0].substr(4), ',');
  for (const auto& name : names) {
    const bool known = std::count(ecmascript.begin(), ecmascript.end(), name) +
                           std::count(api.begin(), api.end(), name) ==
                       1;
    EXPECT_TRUE(known) << "unexpected global: " << name;
  }
  for (const auto& name : api) {
    EXPECT_EQ(std::count(names.begin(), names.end(), name), 1) << "missing: " << name;
  }
}

TEST(ScriptSandbox, ImportIsNotAvailable) {
  for (const char* source : {"import('file:///etc/passwd');", "import x from 'os';"}) {
    FakeHost host;
    const auto e = run(source, host);
    ASSERT_TRUE(e) << source;
    EXPECT_EQ(e->kind, ScriptError::Kind::Syntax) << source;
  }
}

TEST(ScriptSandbox, AScriptDoesNotSeeAnEarlierOne) {
  Runner runner;
  FakeHost host;
  auto e = runner.run(R"js(
    var leaked = 42;
    Array.prototype.total = function () { return 0; };
    Math.sqrt = function () { return -1; };
    Object.prototype.injected = 'yes';
  )js",
                      host, {});
  ASSERT_FALSE(e) << e->message;
  e = runner.run("log(typeof leaked, typeof [].total, Math.sqrt(16), typeof ({}).injected);", host,
                 {});
  ASSERT_FALSE(e) << e->message;
  EXPECT_EQ(host.calls(), (Calls{"log undefined undefined 4 undefined"}));
}

TEST(ScriptSandbox, TrapsAddedToObjectPrototypeDoNotChangeTheReadOnlyViews) {
  // A proxy looks up missing traps on its handler; the handlers have no prototype, so a
  // script cannot make params writable or see the objects behind them this way.
  FakeHost host;
  const auto e = run(R"js(
    var seen = [];
    Object.prototype.set = function (target, key, value) { seen.push(target); return true; };
    Object.prototype.get = function (target, key) { seen.push(target); return 7; };
    try { params.cycles = 1; } catch (e) { log(e.message); }
    log(params.cycles, seen.length);
  )js",
                     host);
  ASSERT_FALSE(e) << e->message;
  EXPECT_EQ(host.calls(), (Calls{"log params is read-only", "log undefined 0"}));
}

TEST(ScriptSandbox, EvalStaysInTheSandbox) {
  FakeHost host;
  const auto e = run("log(eval('1 + 1'), new Function('return typeof Qt')());", host);
  ASSERT_FALSE(e) << e->message;
  EXPECT_EQ(host.calls(), (Calls{"log 2 undefined"}));
}

TEST(ScriptSandbox, PromiseCallbacksNeverRun) {
  // There is no event loop: work scheduled for later is dropped with the engine (documented).
  FakeHost host;
  const auto e =
      run("Promise.resolve(1).then(function () { record('late', 1); }); log('end');", host);
  ASSERT_FALSE(e) << e->message;
  EXPECT_EQ(host.calls(), (Calls{"log end"}));
}
