#include <algorithm>
#include <cmath>

#include "robocert/sim/error_model.hpp"
#include "robocert/sim/pose_math.hpp"

namespace robocert::sim {
namespace {

bool ringing(const Settling& s) {
  return s.overshootMmAtRated > 0.0 && s.dampingTimeS > 0.0 && s.frequencyHz > 0.0;
}

double omegaOf(const Settling& s) { return 2.0 * kPi * s.frequencyHz; }

// Time of the first maximum of g(tau) = exp(-tau/T) sin(omega tau): g' = 0 <=> tan(omega tau) =
// omega T.
double firstPeakS(const Settling& s) {
  const double w = omegaOf(s);
  return std::atan(w * s.dampingTimeS) / w;
}

double g(const Settling& s, double tau) {
  return std::exp(-tau / s.dampingTimeS) * std::sin(omegaOf(s) * tau);
}

}  // namespace

RobotErrorModel defaultRobotErrorModel() {
  RobotErrorModel m;
  m.seed = 9283;
  m.kinematics = {{
      {0.12, 0.010, -0.20, 0.015},
      {-0.25, -0.020, 0.08, -0.012},
      {0.18, 0.015, -0.10, 0.020},
      {0.06, -0.025, 0.22, -0.018},
      {-0.09, 0.012, 0.05, 0.025},
      {0.05, 0.008, 0.15, -0.010},
  }};
  m.backlashDeg = {0.004, 0.005, 0.005, 0.008, 0.008, 0.010};
  m.noiseSigmaDeg = {0.0004, 0.0004, 0.0005, 0.0010, 0.0010, 0.0012};
  m.thermal = {{0.030, -0.015, 0.038}, 7200.0};
  m.settling = {0.10, 0.15, 8.0};
  m.servoLagS = {0.0020, 0.0022, 0.0024, 0.0016, 0.0018, 0.0015};
  m.inPositionDelayS = 0.02;
  return m;
}

ArmGeometry actualGeometry(const ArmGeometry& nominal, const RobotErrorModel& errors) {
  ArmGeometry g = nominal;
  for (std::size_t i = 0; i < 6; ++i) {
    g.dh[i].aMm += errors.kinematics[i].aMm;
    g.dh[i].alphaDeg += errors.kinematics[i].alphaDeg;
    g.dh[i].dMm += errors.kinematics[i].dMm;
    g.dh[i].thetaOffsetDeg += errors.kinematics[i].thetaDeg;
  }
  return g;
}

Eigen::Vector3d thermalOffsetMm(const ThermalDrift& drift, double tS) {
  if (tS <= 0.0 || drift.timeConstantS <= 0.0) return Eigen::Vector3d::Zero();
  const double grown = -std::expm1(-tS / drift.timeConstantS);  // 1 - e^(-t/tau), exact for small t
  return Eigen::Vector3d(drift.maxOffsetMm[0], drift.maxOffsetMm[1], drift.maxOffsetMm[2]) * grown;
}

double settlingExcursionMm(const Settling& settling, double speedFraction, double tauS) {
  if (!ringing(settling) || tauS < 0.0 || speedFraction <= 0.0) return 0.0;
  const double amplitude = settling.overshootMmAtRated * speedFraction;
  return amplitude * g(settling, tauS) / g(settling, firstPeakS(settling));
}

double settlingTimeS(const Settling& settling, double speedFraction, double bandMm) {
  const double amplitude = settling.overshootMmAtRated * speedFraction;
  if (!ringing(settling) || amplitude <= bandMm) return 0.0;
  // |e| peaks at tau_k = tau_0 + k pi / omega, each peak exp(-pi / (omega T)) times the one
  // before, the first one being the amplitude. After the last peak above the band |e| falls
  // monotonically to the next zero crossing: the band is left for good in between.
  const double w = omegaOf(settling);
  const double decayPerPeak = kPi / (w * settling.dampingTimeS);
  const double k = std::ceil(std::log(amplitude / bandMm) / decayPerPeak) - 1.0;
  double lo = firstPeakS(settling) + k * kPi / w;
  double hi = (k + 1.0) * kPi / w;
  for (int i = 0; i < 200 && hi - lo > 1e-12; ++i) {
    const double mid = 0.5 * (lo + hi);
    (std::abs(settlingExcursionMm(settling, speedFraction, mid)) > bandMm ? lo : hi) = mid;
  }
  return hi;
}

}  // namespace robocert::sim
