#pragma once

// What the simulator's model says a run on it should have measured, for comparing RoboCert's
// results with the truth (robocert demo, the end-to-end tests).
//
// For every stored pose measurement the noise-free attained pose is the simulated robot's
// expectedAttained(commanded, approach direction, t) at the measurement's simulated time,
// expressed in the frame the run registered (the measured characteristics are relative to it).
// From those: AP_P per pose series, and AD_P per distance series; repeatability has no
// noise-free value (it is the noise), so it is not included.

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "robocert/plan/plan.hpp"
#include "robocert/sim_server/station.hpp"
#include "robocert/store/store.hpp"

namespace robocert::station {

struct TrueValue {
  std::string characteristic;  // AP_P, AD_P
  std::string subject;         // as the run's results name it: "P1 v100", "P2-P4 v100"
  double value = 0.0;
  std::string unit;
};

// `truth` is a snapshot taken at wall-clock time `takenAt` (after the run), to map the
// measurements' times onto the simulated clock.
std::vector<TrueValue> simulatorTruth(const store::Store& store, std::int64_t runId,
                                      const plan::Plan& plan, const sim_server::StationTruth& truth,
                                      std::chrono::system_clock::time_point takenAt);

}  // namespace robocert::station
