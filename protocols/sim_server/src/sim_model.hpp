#pragma once

// Everything the station simulates, behind one mutex: the servers use it on the I/O thread and
// tests take snapshots of it (Station::truth()) from theirs. Never moved once made (the
// tracker's target refers to the robot), so it lives in a shared_ptr.

#include <cstdint>
#include <mutex>

#include "robocert/sim/reducer_bench.hpp"
#include "robocert/sim/robot.hpp"
#include "robocert/sim/tracker.hpp"
#include "robocert/sim_server/environment.hpp"
#include "robocert/sim_server/station.hpp"
#include "sim_clock.hpp"

namespace robocert::sim_server {

struct SimModel {
  // `options` must have passed Station's checks; seeds are resolved here.
  explicit SimModel(const StationOptions& options);
  SimModel(const SimModel&) = delete;
  SimModel& operator=(const SimModel&) = delete;

  // Takes the snapshot under the lock.
  StationTruth snapshot() const;

  mutable std::mutex mutex;  // guards everything below but clock, seed and version
  SimClock clock;
  std::uint64_t seed;   // the robot's noise seed: the serial numbers say SIM-<seed>
  std::string version;  // firmware field of the identities
  sim::SimulatedRobot robot;
  sim::SimulatedTracker tracker;
  sim::ReducerBench bench;
  double benchTorqueNm = 0.0;
  SimulatedEnvironment environment;
};

}  // namespace robocert::sim_server
