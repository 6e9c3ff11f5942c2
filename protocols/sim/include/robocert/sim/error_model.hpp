#pragma once

// The simulated robot's error model: how the true arm differs from what its controller believes,
// and how it moves. Loaded from YAML (format in docs/simulator.md; the shipped default is
// test-plans/sim/robot-default.yaml). Units: mm, degrees, seconds. A default-constructed model
// is the perfect robot: it attains every command exactly.

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <variant>

#include <Eigen/Core>

#include "robocert/sim/kinematics.hpp"

namespace robocert::sim {

// Deviation of one row of the true arm's DH table from the nominal one.
struct DhDeviation {
  double aMm = 0.0;
  double alphaDeg = 0.0;
  double dMm = 0.0;
  double thetaDeg = 0.0;
  bool operator==(const DhDeviation&) const = default;
};

// A TCP offset in the base frame growing from a cold start (t = 0) as
//     d(t) = maxOffsetMm · (1 - exp(-t / timeConstantS)),   d(t) = 0 for t <= 0.
struct ThermalDrift {
  std::array<double, 3> maxOffsetMm{};
  double timeConstantS = 7200.0;
  bool operator==(const ThermalDrift&) const = default;
};

// After each move's trajectory ends, the TCP rings along the approach direction (the TCP's
// direction of travel on arrival) as
//     e(tau) = A · g(tau) / g_peak,   g(tau) = exp(-tau / dampingTimeS) · sin(2 pi frequencyHz
//     tau),
// with A = overshootMmAtRated · speedFraction: the first (largest) excursion beyond the target
// is exactly A, at tau_peak = atan(omega T) / omega.
struct Settling {
  double overshootMmAtRated = 0.0;
  double dampingTimeS = 0.15;
  double frequencyHz = 8.0;
  bool operator==(const Settling&) const = default;
};

struct RobotErrorModel {
  std::uint64_t seed = 1;                   // of the positioning noise
  std::array<DhDeviation, 6> kinematics{};  // true DH = nominal + deviation, per joint
  // Full backlash per joint: the link stops short of the motor by half of it, on the side it
  // approached from (the direction of the joint's last motion).
  std::array<double, 6> backlashDeg{};
  // Standard deviation of the link's settling position per joint, drawn anew for every move
  // that moves the joint (unseen by the encoders).
  std::array<double, 6> noiseSigmaDeg{};
  ThermalDrift thermal;
  Settling settling;
  // Per-joint servo lag: the link trails the reference by servoLagS times the joint velocity, so
  // the TCP lags along the path and, the joints lagging differently, leaves a straight path by
  // an amount proportional to the speed.
  std::array<double, 6> servoLagS{};
  // The controller signals "in position" this long after its trajectory ends.
  double inPositionDelayS = 0.0;

  bool operator==(const RobotErrorModel&) const = default;
};

// The model of test-plans/sim/robot-default.yaml (a test keeps the two equal).
RobotErrorModel defaultRobotErrorModel();

// The true arm: nominal geometry plus the DH deviations.
ArmGeometry actualGeometry(const ArmGeometry& nominal, const RobotErrorModel& errors);

// d(t) of ThermalDrift, in the base frame (mm).
Eigen::Vector3d thermalOffsetMm(const ThermalDrift& drift, double tS);

// e(tau) of Settling for a move at speedFraction, tau = time since the trajectory ended (s):
// the TCP's excursion beyond the target along the approach direction, mm (0 for tau < 0).
double settlingExcursionMm(const Settling& settling, double speedFraction, double tauS);

// The time after the trajectory's end from which |e(tau)| stays within bandMm (0 if it never
// leaves the band): ISO 9283 7.4's stabilization time as the model has it.
double settlingTimeS(const Settling& settling, double speedFraction, double bandMm);

// ---- YAML ------------------------------------------------------------------------------

struct SimConfigError {
  std::string source;    // file name (or what the caller named the text)
  std::size_t line = 0;  // 1-based; 0 when not known (e.g. the file cannot be opened)
  std::size_t column = 0;
  std::string message;
  std::string describe() const;  // "source:line:column: message"
};

// Every key is optional (missing means "no such error"); unknown keys, wrong types, lists of the
// wrong length, negative sigmas/backlash and non-positive time constants are refused with
// their position.
std::variant<RobotErrorModel, SimConfigError> parseRobotErrorModel(std::string_view yamlText,
                                                                   std::string_view sourceName);
std::variant<RobotErrorModel, SimConfigError> loadRobotErrorModel(
    const std::filesystem::path& file);

}  // namespace robocert::sim
