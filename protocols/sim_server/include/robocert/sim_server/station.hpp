#pragma once

// Station: the simulated test station behind `robocert sim station`, serving robocert::sim's
// models over real sockets so RoboCert can be tried, and tested, without hardware:
//   robot        RCP v1 (docs/protocols/rcp.md) over TCP, and/or over a pseudo-terminal
//   tracker      the tracker protocol (docs/protocols/tracker.md) over TCP, measuring the robot
//   bench        the reducer test bench over Modbus TCP (test-plans/benches/reducer-bench.yaml)
//   environment  temperature, humidity and pressure over SCPI on TCP
// Everything listens on 127.0.0.1 only. docs/simulator.md describes what each server does.
//
// Time: one simulated clock for every model, t = (wall time since construction) · timeScale
// seconds, so at timeScale 20 a 2 s move takes 0.1 s of wall time and a 1 kHz stream sends
// 20 000 samples per wall-clock second.
//
// Threads: the servers run on the io_context the caller runs, on one thread. Construct and
// destroy the Station on that thread or while the io_context is not running; destruction closes
// everything on the io_context's thread (posted, like stop()). urls(), truth(), simTimeS(),
// setFaults(), faults(), dropConnections(), triggerRobotFault(), clearRobotFault() and stop()
// may be called from any thread.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "robocert/protocols/asio.hpp"
#include "robocert/sim/error_model.hpp"
#include "robocert/sim/reducer_bench.hpp"
#include "robocert/sim/robot.hpp"
#include "robocert/sim/tracker.hpp"
#include "robocert/sim_server/environment.hpp"
#include "robocert/sim_server/faults.hpp"

namespace robocert::sim_server {

// The tracker's t_ns is the simulated time in ns plus this epoch: 1 700 000 000 s after the Unix
// epoch (2023-11-14 22:13:20 UTC), so timestamps look like a real instrument's Unix time.
inline constexpr std::int64_t kTrackerEpochNs = 1'700'000'000'000'000'000;
// STREAM rates the tracker accepts: (0, kMaxStreamRateHz] samples per simulated second, and at
// most kMaxStreamSamplesPerWallS samples per wall-clock second (rate · timeScale), which a
// Release build sustains with the robot moving. (A Debug build manages about 20 000 during
// linear moves; beyond that its stream lags behind real time, delayed but complete.)
inline constexpr double kMaxStreamRateHz = 1000.0;
inline constexpr double kMaxStreamSamplesPerWallS = 100'000.0;
// timeScale must lie in (0, kMaxTimeScale].
inline constexpr double kMaxTimeScale = 1000.0;

struct StationOptions {
  sim::RobotErrorModel robotModel = sim::defaultRobotErrorModel();
  // When set, replaces every model's own seed: the robot's noise gets `seed`, the tracker, the
  // bench encoder and the environment seeds derived from it (splitmix64 of seed + 1, + 2, + 3).
  // When not set each model keeps its own (robot 9283 by default, tracker 6, bench 1, env 1).
  std::optional<std::uint64_t> seed;
  sim::TrackerModel trackerModel = sim::defaultTrackerModel();
  sim::ReducerParams reducer;
  EnvironmentParams environment;

  // TCP ports on 127.0.0.1; 0 picks a free one (see urls()).
  std::uint16_t robotPort = 0;
  std::uint16_t trackerPort = 0;
  std::uint16_t benchPort = 0;
  std::uint16_t environmentPort = 0;
  bool robotTcp = true;      // serve the robot over TCP
  bool robotSerial = false;  // serve the robot on a pseudo-terminal (too)

  double timeScale = 1.0;  // simulated seconds per wall-clock second, (0, kMaxTimeScale]

  Faults robotFaults;
  Faults trackerFaults;
  Faults environmentFaults;
  // false: the environment sensor behaves like a pre-488.2 instrument that does not know *IDN?
  // (no reply; -113 "Undefined header" in its error queue).
  bool environmentAnswersIdn = true;
};

struct StationUrls {
  std::optional<std::string> robot;        // tcp://127.0.0.1:P (unless robotTcp is false)
  std::optional<std::string> robotSerial;  // serial:///dev/pts/N?baud=115200 (robotSerial)
  std::string tracker;                     // tcp://127.0.0.1:P
  std::string bench;                       // modbus-tcp://127.0.0.1:P
  std::string environment;                 // tcp://127.0.0.1:P

  // (name, URL) in the order robot, robot_serial, tracker, bench, environment; absent ones left
  // out. The names are the JSON keys.
  std::vector<std::pair<std::string, std::string>> entries() const;
  // One line of JSON without a line break:
  // {"robot":"tcp://127.0.0.1:40123","tracker":"tcp://127.0.0.1:40124",...}
  std::string json() const;
};

// What the simulator knows and a real station would not tell.
struct StationTruth {
  double simTimeS = 0.0;  // when the snapshot was taken
  double timeScale = 1.0;
  sim::SimulatedRobot robot;     // a copy: expectedSettled(), expectedAttained(), truth(), ...
  sim::TrackerModel tracker;     // trackerInBase, noise, seed
  std::uint64_t trackerNextSeq;  // the sequence number of the tracker's next sample
  sim::ReducerBench bench;       // a copy: truth(), twistArcmin(), params()
  double benchTorqueNm = 0.0;    // the torque applied last
  EnvironmentParams environment;
  EnvironmentValues environmentNow;  // noise-free, at simTimeS
};

// The true parameters as one line of JSON (no line break): seed and time scale; the robot's
// error model with the keys of the robot YAML file; the tracker's placement (tracker frame in
// the base frame as x_mm .. c_deg), noise and seed; the reducer's parameters and the
// characteristics its hysteresis curve gives; the environment's model. Numbers round-trip.
std::string truthJson(const StationTruth& truth);

class Station {
 public:
  // Validates the options, opens the pseudo-terminal and binds every listener. Throws
  // std::invalid_argument for bad options (timeScale) and std::system_error when a port cannot
  // be bound or no pseudo-terminal can be opened (the message names which).
  Station(boost::asio::io_context& io, StationOptions options);
  ~Station();
  Station(const Station&) = delete;
  Station& operator=(const Station&) = delete;

  StationUrls urls() const;
  StationTruth truth() const;
  double simTimeS() const;

  // Faults of a line server (Robot, Tracker, Environment; Bench is ignored), from now on.
  void setFaults(Server server, const Faults& faults);
  Faults faults(Server server) const;
  // Closes every open connection of the server now (the robot's pseudo-terminal excepted).
  void dropConnections(Server server);

  // The controller faults (emergency stop): a running move stops without EVT STOPPED, every
  // robot connection gets `EVT FAULT code text`, STATE? answers FAULT text and moves ERR 30
  // until clearRobotFault().
  void triggerRobotFault(int code, const std::string& text);
  void clearRobotFault();

  // Closes the listeners and every connection (posted to the I/O thread). Afterwards the
  // Station leaves no work on the io_context, so run() returns once nothing else is on it.
  void stop();

 private:
  struct Impl;
  std::shared_ptr<Impl> impl_;
};

}  // namespace robocert::sim_server
