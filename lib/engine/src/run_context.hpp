#pragma once

// What every step of a run works with: the run's store, the station's devices with waits and
// pause-on-dropout, the named poses and frame registrations of earlier steps, progress and
// events. Lives on the engine thread only, except Control, which other threads poke.

#include <Eigen/Geometry>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <stdexcept>
#include <stop_token>
#include <string>
#include <tuple>

#include "robocert/devices/device.hpp"
#include "robocert/engine/engine.hpp"
#include "robocert/metrology/pose.hpp"
#include "robocert/store/store.hpp"

namespace robocert::engine::detail {

// Unwinds the engine thread when the run is aborted.
struct Aborted {};

// The operator paused the run while the robot moved or was about to: the move was stopped (or
// not started), and the unit of work is done again from its start after the resume.
struct Held {};

// A step cannot go on (a refused move, a registration above its limit, a script error): the
// run is aborted with this message.
struct StepFailed : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A device did not come back within RunRequest::deviceWait, or failed the same unit of work
// again and again: the run is interrupted (and can be resumed later with what it has stored).
struct DeviceGone : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A device dropped out (disconnected, timed out, in fault) in the middle of a unit of work: the
// unit is abandoned, the run paused until the device is back, and the unit done again.
struct DeviceLost {
  std::string role;
  devices::DeviceError error;
};

// Pause, resume and abort requests from other threads, and waits that end early on abort.
//
// Resumes are counted (a generation), not a flag the wait clears: a resume answers every pause
// that began before it, also one the engine has announced but not yet begun to wait on (an
// operator resumes the moment they see "paused"), so no resume is ever lost.
class Control {
 public:
  // The operator's pause: no move starts any more (startMove throws Held), and the run waits at
  // the next checkpoint. Stopping a running move is the caller's (Engine::pause).
  void requestPause();
  // How many pauses were requested so far: a move stopped while this changed was stopped by one.
  std::uint64_t pauses() const;
  void requestResume();
  // Sets the abort flag, ends every wait of the run (sleepFor, waitForResume, and the device
  // waits through stopToken()). Stopping the devices is the caller's (Engine::abort).
  void requestAbort();
  bool abortRequested() const;
  // How many resumes were requested so far: a pause that begins now waits for a later one.
  std::uint64_t resumes() const;
  // The operator's pending pause request, as resumes() when it was made; nullopt when none.
  std::optional<std::uint64_t> pauseRequest() const;
  // Waits `wall` (ends early and throws Aborted on abort). Not finite or negative: no wait;
  // beyond kLongestWallWait: that long (callers bound their waits; see RunContext::settle).
  void sleepFor(std::chrono::duration<double> wall);
  // Blocks until more than `since` resumes were requested (at once if that happened already),
  // or throws Aborted.
  void waitForResume(std::uint64_t since);
  // Runs `start` (which starts a device operation) unless the run is aborted (then throws
  // Aborted), under the lock requestAbort() takes: an operation is either never started, or
  // started before the abort flag is set, so a STOP sent after requestAbort() returns always
  // reaches the device after the operation it must end.
  void startUnlessAborted(const std::function<void()>& start);
  // The same for a move, which a pending pause also refuses (throws Held).
  void startMove(const std::function<void()>& start);
  // Requested on abort: ends devices::waitFor at once.
  std::stop_token stopToken() const { return stop_.get_token(); }

  // The longest wait sleepFor makes: far beyond any a run needs, far from the clock's limits.
  static constexpr std::chrono::hours kLongestWallWait{24 * 366};

 private:
  mutable std::mutex m_;
  std::condition_variable cv_;
  std::stop_source stop_;
  bool abort_ = false;
  bool pause_ = false;
  std::uint64_t resumes_ = 0;
  std::uint64_t pauses_ = 0;
  std::uint64_t pauseSince_ = 0;  // resumes_ when the pending pause was requested
};

// (series, pose, direction, cycle): one measurement of the run.
using MeasurementKey = std::tuple<std::string, std::string, int, int>;

class RunContext {
 public:
  RunContext(store::Store& store, std::int64_t runId, const StationDevices& station,
             Observer& observer, Control& control, const RunRequest& request);

  store::Store& store;
  const std::int64_t runId;
  const StationDevices& station;
  Observer& observer;
  Control& control;
  const RunRequest& request;
  plan::Values values;

  std::map<std::string, metrology::Pose6> poses;  // named by steps: P1..P5
  struct Cube {
    Eigen::Vector3d centreMm = Eigen::Vector3d::Zero();
    double sideMm = 0.0;
    Eigen::Vector3d orientationDeg = Eigen::Vector3d::Zero();
  };
  std::optional<Cube> cube;  // set by iso9283.test_cube
  // Per pose-sensor role: maps the sensor's frame to the robot base frame.
  std::map<std::string, Eigen::Isometry3d> registrations;
  // The last pose the robot was moved to by name ("" = unknown: after a pause, at the start).
  std::string lastPose;

  // ---- Devices (throw DeviceLost for a dropout, StepFailed for a refusal, Aborted) ----
  // Moves and waits until in position; throws Held when the operator paused the run before or
  // during the move.
  void move(const std::string& role, const metrology::Pose6& target, devices::Motion motion,
            double speedFraction);
  // One measurement of pose sensor `sensorRole` in the robot base frame (needs a registration)
  // or, raw, in the sensor's frame.
  metrology::Pose6 measureInBase(const std::string& sensorRole);
  devices::PoseSample measureRaw(const std::string& sensorRole);
  devices::Reading read(const std::string& role);
  void apply(const std::string& role, double value, const std::string& unit);
  metrology::Pose6 controllerPose(const std::string& role);
  // Waits `stationS` seconds of station time (divided by the station's time scale). A wait
  // that is not finite, negative or longer than kLongestWait is a StepFailed.
  void settle(double stationS);
  static constexpr std::chrono::hours kLongestWait{24};

  // Runs `unit` until it completes: a DeviceLost pauses the run (event, store status, observer)
  // until the device is ready and the run is resumed (autoResume or resume()), then runs the
  // unit again from its start. An operator's pause request is honoured between units, and in a
  // unit's move (Held): the unit is then done again from its start after the resume.
  void unit(const std::string& stepId, const std::function<void()>& work);
  // Blocks until the role's device is Ready (throws DeviceGone after RunRequest::deviceWait).
  void waitUntilReady(const std::string& role, const std::string& reason);
  // Records a dropout as a pause, waits for the device, then for the operator (or not, with
  // autoResume), and records the resumption. The kRetriesInARow + 1st dropout without a unit
  // of work done in between throws DeviceGone instead: a device that comes back "ready" and
  // fails the same operation again (a stalled controller) must not keep the run going round.
  void pauseForDevice(const std::string& stepId, const DeviceLost& lost);
  static constexpr int kRetriesInARow = 3;
  // Honours a pending pause request (blocks until resumed); throws Aborted on abort.
  void checkpoint(const std::string& stepId);

  // ---- Measurements ----
  bool measured(const MeasurementKey& key) const { return stored_.count(key) > 0; }
  void storeMeasurement(const store::PoseMeasurement& m);
  std::optional<std::int64_t> instrumentFor(const std::string& role) const;

  // ---- Checkpoint (runs.checkpoint, JSON): steps done, endurance progress ----
  struct EnduranceState {
    std::int64_t cycle = 0;  // cycles completed
    double testHours = 0.0;  // station time accumulated in them
  };
  std::set<std::string> doneSteps;
  std::map<std::string, EnduranceState> endurance;
  void loadCheckpoint(const std::string& json);
  void saveCheckpoint();

  // ---- Events, progress ----
  void event(const std::string& kind, const std::string& step, const std::string& detail,
             std::optional<std::int64_t> cycle = std::nullopt,
             std::optional<double> testHours = std::nullopt);
  void log(const std::string& line);
  void setState(RunState s, const std::string& reason);
  void progress(Progress p);
  // A unit of work completed (also ends a series of dropouts, see pauseForDevice). Wall-clock
  // seconds per unit of work, averaged over the run so far (for ETAs).
  void unitDone();
  std::optional<double> secondsPerUnit() const;

  // The role of the plan's manipulator / pose sensor a procedure uses by default.
  std::string manipulatorRole() const;
  std::string poseSensorRole() const;

 private:
  std::set<MeasurementKey> stored_;
  int dropoutsInARow_ = 0;  // since the last unit of work that completed
  std::size_t unitsDone_ = 0;
  std::chrono::steady_clock::time_point firstUnit_{};
  double unitWallS_ = 0.0;
  std::chrono::steady_clock::time_point unitStart_{};
};

}  // namespace robocert::engine::detail
