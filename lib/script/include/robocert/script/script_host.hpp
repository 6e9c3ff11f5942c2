#pragma once

// The JavaScript sandbox for script steps of a test plan: a QJSEngine on the engine thread that
// sees the station's devices, the plan parameters and a few functions, and nothing of the file
// system, the network or the process. See docs/scripting.md for what a script can call and for
// the sandbox's guarantees and limits.
//
// Qt: QJSEngine refuses to exist without a QCoreApplication (it aborts the process). The
// application must have constructed one (on its main thread) before run() or checkSyntax() is
// called; both check and return an error instead of aborting when there is none. No event loop
// is needed on the thread that runs scripts: a plain std::thread will do.

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "robocert/metrology/pose.hpp"
#include "robocert/plan/plan.hpp"

namespace robocert::script {

// Thrown by a Host function when the operation fails (a device error, a refused move): the
// script sees it as a JavaScript Error whose message is what(); it may catch it. Uncaught, it
// fails the step with that message and the script line of the call.
struct HostError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// What a script may do at the station, implemented by the run engine. Every call comes from the
// script's thread (the engine thread) and may block; each one returns or throws HostError. Any
// other exception is taken for a fault of the station: the script is stopped at once (it cannot
// catch it) and run() reports it.
class Host {
 public:
  virtual ~Host() = default;

  struct Role {
    std::string name;  // as in the plan: robot, tracker, torque ...
    plan::Capability capability = plan::Capability::Manipulator;
    std::string quantity;  // scalar sensors and actuators
  };
  // Read once when a script starts.
  virtual std::vector<Role> roles() const = 0;
  // Poses named by earlier steps (the test cube's P1..P5), robot base frame, mm and degrees.
  // Read once when a script starts.
  virtual std::map<std::string, metrology::Pose6> poses() const = 0;

  // Manipulator `role`: move (joint or linear, speed fraction of rated in (0, 1]) and wait until
  // in position. Pose: TCP in the robot base frame, mm and degrees. The script host has checked
  // that every number is finite and the speed is in (0, 1].
  virtual void move(const std::string& role, const metrology::Pose6& target, bool linear,
                    double speedFraction) = 0;
  virtual metrology::Pose6 commandedPose(const std::string& role) = 0;  // the controller's belief
  // One pose measurement of pose sensor `role`, in the robot base frame (registered), mm, deg.
  virtual metrology::Pose6 measure(const std::string& role) = 0;
  struct Reading {
    double value = 0.0;
    std::string unit;
  };
  virtual Reading read(const std::string& role) = 0;  // scalar sensor
  // Actuator `role`: value finite, unit at most 16 characters (checked by the script host).
  virtual void apply(const std::string& role, double value, const std::string& unit) = 0;

  // A result of the step: stored with the run (name e.g. "settle_time", unit e.g. "s"). The
  // script host has checked: name [A-Za-z][A-Za-z0-9_]* of at most 64 characters, value finite,
  // unit at most 16 characters (may be empty), no control characters.
  virtual void record(const std::string& name, double value, const std::string& unit) = 0;
  // An operator confirmation: true when the operator confirms, false when they decline. Text of
  // at most 4 KiB (UTF-8), line breaks and tabs kept, other control characters replaced.
  virtual bool prompt(const std::string& text) = 0;
  // Waits ms milliseconds of station time (a simulated station may run faster); returns early
  // and throws HostError when the run is aborted. ms is finite and >= 0.
  virtual void sleepMs(double ms) = 0;
  // One line of at most 4 KiB (UTF-8) plus a truncation mark; control characters (line breaks
  // included) are escaped, so a script cannot forge other lines of the run's log.
  virtual void log(const std::string& text) = 0;

  // True once the run is aborted. run() asks after it has cleared an earlier interrupt(), which
  // closes the race between the engine's own abort check and run(): set the flag this returns
  // before calling Runner::interrupt().
  virtual bool aborted() const { return false; }
};

struct ScriptError {
  // Stopped: the script was stopped from outside because it exceeded a limit of the sandbox
  // (memory, processor time) or the script host crashed or broke its protocol. Running the same
  // script again would very likely end the same way.
  enum class Kind { Syntax, Exception, Interrupted, Stopped };
  Kind kind = Kind::Exception;
  int line = 0;         // in the script, 1-based (0 when unknown)
  int column = 0;       // 1-based, syntax errors only (0 when unknown)
  std::string message;  // for a person (QCoreApplication::translate, context "ScriptHost")
};

// What a script running in its own process may use (docs/scripting.md, "Limits").
struct Limits {
  std::uint64_t memoryBytes = std::uint64_t{1} << 30;  // address space (RLIMIT_AS), 1 GiB
  unsigned cpuSeconds = 300;                           // processor time (RLIMIT_CPU)
};

// Where a script runs: the script host executable (robocert-script-host, installed beside the
// programs; the application says where) and the limits it runs under.
struct Isolation {
  std::filesystem::path executable;
  Limits limits;
};

// Why `executable` cannot serve as the script host (missing, not a regular file, not
// executable), for a person; nullopt when it can.
std::optional<std::string> scriptHostProblem(const std::filesystem::path& executable);

// Runs one script step. Not thread-safe except interrupt(); one Runner per engine thread.
// Every run() gets a new QJSEngine, so nothing a script defines or changes (globals, built-in
// prototypes) reaches the next one.
//
// Runner(isolation) runs each script in a child process (the script host) under the limits,
// with no file descriptors but its channel to this process; the Host calls it makes are served
// here, each one checked again as if the child were hostile. A script that exhausts a limit,
// crashes the JavaScript engine or breaks the protocol ends run() with Kind::Stopped and a
// message for a person; this process is not affected. Runner() runs scripts in this process
// (the script host itself, tests): a hostile script can then take the process down.
class Runner {
 public:
  Runner();
  explicit Runner(Isolation isolation);
  ~Runner();
  Runner(const Runner&) = delete;
  Runner& operator=(const Runner&) = delete;

  // Runs `source` to its end with `host` and the plan parameter values visible as `params`.
  // nullopt on success. Syntax errors are found before anything runs (Kind::Syntax). An
  // uncaught JavaScript error or HostError gives Kind::Exception with the innermost line of the
  // script on the way to the throw. Interrupted when interrupt() was called during the run or
  // host.aborted() is true at its start, whatever the script did after. Isolated: Stopped when
  // the script host could not start or was stopped (see above).
  std::optional<ScriptError> run(const std::string& source, Host& host, const plan::Values& params);
  // From any thread: makes the running script stop with Interrupted, even in an endless loop
  // (`while (true) {}`) or while it waits in a host call (the host returns by throwing
  // HostError; the script can no longer reach the host and stops at its next loop or call).
  // Race: a call while no script runs is cleared by the next run(); that run() then asks
  // host.aborted(), so an engine that sets its abort flag first and then calls interrupt()
  // never loses an abort. Isolated, the script host process is killed at once.
  void interrupt();

 private:
  struct Impl;
  Impl* impl_;
};

// Syntax check without running anything (for plan validation): nullopt when `source` parses
// as a script step, else the problem with its line and column relative to the script's first
// line (line 1, column 1). The same check run() makes (strict mode).
std::optional<plan::Problem> checkSyntax(const std::string& source);

}  // namespace robocert::script
