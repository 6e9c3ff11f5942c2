#pragma once

// The JavaScript sandbox for script steps of a test plan: a QJSEngine on the engine thread that
// sees the station's devices, the plan parameters and a few functions, and nothing of the file
// system, the network or the process. See docs/formats/test-plan.md#scripts for what a script
// can call.

#include <chrono>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "robocert/metrology/pose.hpp"
#include "robocert/plan/plan.hpp"

namespace robocert::script {

// Thrown by a Host function when the operation fails (a device error, a refused move): the
// script sees it as a JavaScript Error it may catch; uncaught, it fails the step.
struct HostError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// What a script may do at the station, implemented by the run engine. Every call comes from the
// script's thread (the engine thread) and may block; each one returns or throws HostError.
class Host {
 public:
  virtual ~Host() = default;

  struct Role {
    std::string name;  // as in the plan: robot, tracker, torque ...
    plan::Capability capability = plan::Capability::Manipulator;
    std::string quantity;  // scalar sensors and actuators
  };
  virtual std::vector<Role> roles() const = 0;

  // Manipulator `role`: move (joint or linear, speed fraction of rated in (0, 1]) and wait until
  // in position. Pose: TCP in the robot base frame, mm and degrees.
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
  virtual void apply(const std::string& role, double value, const std::string& unit) = 0;  // actuator

  // A result of the step: stored with the run (name e.g. "settle_time", unit e.g. "s").
  virtual void record(const std::string& name, double value, const std::string& unit) = 0;
  // An operator confirmation: true when the operator confirms, false when they decline.
  virtual bool prompt(const std::string& text) = 0;
  // Waits ms milliseconds of station time (a simulated station may run faster); returns early
  // and throws HostError when the run is aborted.
  virtual void sleepMs(double ms) = 0;
  virtual void log(const std::string& text) = 0;
};

struct ScriptError {
  enum class Kind { Syntax, Exception, Interrupted };
  Kind kind = Kind::Exception;
  int line = 0;  // in the script, 1-based (0 when unknown)
  std::string message;
};

// Runs one script step. Not thread-safe except interrupt(); one Runner per engine thread.
class Runner {
 public:
  Runner();
  ~Runner();
  Runner(const Runner&) = delete;
  Runner& operator=(const Runner&) = delete;

  // Runs `source` to its end with `host` and the plan parameter values visible as `params`.
  // nullopt on success.
  std::optional<ScriptError> run(const std::string& source, Host& host,
                                 const plan::Values& params);
  // From any thread: makes the running script (or the next one) stop with Interrupted, even in
  // an endless loop. Cleared by the next run().
  void interrupt();

 private:
  struct Impl;
  Impl* impl_;
};

// Syntax check without running anything (for plan validation), location relative to the
// script's first line.
std::optional<plan::Problem> checkSyntax(const std::string& source);

}  // namespace robocert::script
