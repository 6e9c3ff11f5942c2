#pragma once

// What the simulator's model says a run on it should have measured, for comparing RoboCert's
// results with the truth (robocert demo, the end-to-end tests).
//
// The run is replayed on a twin: a fresh robot with the same model (kinematic errors, backlash,
// drift, settling) and a tracker with the same model, given the run's commands in the run's
// order with the engine's approach rules, each measurement at (about) the simulated time it was
// taken. From the twin:
// - the noise-free attained poses (SimulatedRobot::expectedSettled: backlash sides from the
//   same approach history, thermal drift at that time) give the true AP_P and AD_P;
// - its own noisy measurements (other noise draws, the same noise models) give what a second,
//   independent run would measure for RP_l and RD_P, whose true values are properties of the
//   noise.
// Positions are expressed in the frame the run registered, as the run's results are.

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "robocert/plan/plan.hpp"
#include "robocert/sim_server/station.hpp"
#include "robocert/store/store.hpp"

namespace robocert::station {

struct TrueValue {
  std::string characteristic;  // AP_P, AD_P (noise-free), RP_l, RD_P (the twin's measurement)
  std::string subject;         // as the run's results name it: "P1 v100", "P2-P4 v100"
  double value = 0.0;
  std::string unit;
};

// `truth` is a snapshot taken at wall-clock time `takenAt` (after the run), to map the
// measurements' times onto the simulated clock. The run must have been made on this simulator
// (same models) since its start.
std::vector<TrueValue> simulatorTruth(const store::Store& store, std::int64_t runId,
                                      const plan::Plan& plan, const sim_server::StationTruth& truth,
                                      std::chrono::system_clock::time_point takenAt);

}  // namespace robocert::station
