#pragma once

// The run engine: executes a validated plan against a station's devices on its own thread,
// stores every measurement as it is taken (each one is a checkpoint), and computes the results
// from what was stored.
//
// States: idle -> running <-> paused -> completed | aborted | interrupted. A device that drops
// out (disconnected, timed out, fault) pauses the run with the reason; once the device is ready
// again, the run goes on by itself (autoResume) or when resume() is called. Every pause and
// resumption is a run event in the lab database (and so in the audit trail).
//
// Resuming an interrupted run (RunRequest::resumeRunId) re-executes the plan with the values it
// was started with and skips what is stored: completed steps, and every measurement already
// taken, so nothing is measured twice and nothing is lost.

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <Eigen/Geometry>

#include "robocert/engine/station.hpp"
#include "robocert/plan/plan.hpp"
#include "robocert/script/script_host.hpp"
#include "robocert/store/records.hpp"

namespace robocert::store {
class Store;
}

namespace robocert::engine {

enum class RunState { Idle, Running, Paused, Completed, Aborted, Interrupted };
const char* toString(RunState s);

struct RunRequest {
  plan::Plan plan;
  std::map<std::string, std::string> overrides;  // --set name=value, resolved by the engine
  std::filesystem::path database;                // the engine opens its own Store on its thread
  std::string itemSerial;                        // found, or created with itemInfo
  store::ItemInfo itemInfo;
  std::string operatorName;
  std::optional<std::int64_t> resumeRunId;  // continue this interrupted run instead
  bool autoResume = false;                  // continue by itself once a lost device is back
  // An instrument whose calibration expired (or is missing) is refused unless this is set;
  // the override and its reason are audited and appear in the report as a deviation.
  bool overrideCalibration = false;
  std::string overrideReason;
  std::optional<double> temperatureC;
  std::optional<double> humidityPct;
  // How long a device may stay away before the run gives up on it (then interrupted).
  std::chrono::seconds deviceWait{600};
  // The script host executable (robocert-script-host) that runs each script step in its own
  // process, and its limits (docs/scripting.md). A plan with script steps is refused before
  // anything moves when it cannot be used. The application says where it is installed.
  std::filesystem::path scriptHost;
  script::Limits scriptLimits;
};

struct Progress {
  std::size_t stepIndex = 0;  // 0-based
  std::size_t stepCount = 0;
  std::string stepId;
  std::string stepTitle;       // in English; the app translates with plan::Text when it can
  std::string detail;          // "P3 cycle 12/30 at 50 %"
  std::int64_t done = 0;       // measurements (or endurance cycles) done in this step
  std::int64_t total = 0;      // ... planned; 0 when unknown
  std::optional<double> etaS;  // remaining wall-clock time of the run, estimated
};

// Called on the engine thread; keep the work short (queue it to a GUI thread).
class Observer {
 public:
  virtual ~Observer() = default;
  virtual void state(RunState /*state*/, const std::string& /*reason*/) {}
  virtual void progress(const Progress& /*p*/) {}
  virtual void log(const std::string& /*line*/) {}
  virtual void measured(const store::PoseMeasurement& /*m*/) {}
  // An operator confirmation ("mount the rated load"): block until answered; true = confirmed,
  // false = declined (the run is aborted). The default confirms, for unattended runs.
  virtual bool prompt(const std::string& /*text*/) { return true; }
};

struct RunOutcome {
  std::int64_t runId = 0;
  RunState state = RunState::Idle;
  std::string error;  // why it did not complete, for a person
  std::vector<store::Result> results;
};

class Engine {
 public:
  Engine(StationDevices station, Observer& observer);
  ~Engine();  // aborts a running run and joins its thread
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Starts the run on the engine thread. Problems found before anything moves (parameters,
  // item, calibration, roles the station lacks) end it at once with the reason in the outcome.
  void start(RunRequest request);
  // From any thread. pause() stops a moving robot at once (STOP to every manipulator) and no
  // move starts until the resume; the unit of work it cut short (moves, settle, measurement)
  // stores nothing and is done again from its start after the resume, the robot approaching
  // its pose from its predecessor. A unit that is only measuring finishes first. resume()
  // answers every pause begun before it, also one the engine has announced (Observer::state)
  // but not yet begun to wait on: a resume is never lost.
  void pause();
  void resume();
  // Ends the run: abort() for good (aborted); interrupt() so that it can be resumed later
  // (interrupted, e.g. Ctrl-C at a terminal). Either one sends STOP to every manipulator of the
  // station at once, from the calling thread, and ends the engine's wait for the device; the
  // move it cut short is not a measurement. What was measured stays stored either way.
  void abort();
  void interrupt();
  RunState state() const;
  // Blocks until the run has ended.
  RunOutcome wait();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The frame registration a run's registration step fitted (pose sensor frame -> robot base
// frame), recomputed from the stored measurements; nullopt when the step stored none.
std::optional<Eigen::Isometry3d> registeredFrame(const store::Store& store, std::int64_t runId,
                                                 const std::string& stepId);

}  // namespace robocert::engine
