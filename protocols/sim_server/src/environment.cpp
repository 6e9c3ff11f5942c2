#include "robocert/sim_server/environment.hpp"

#include <cmath>

namespace robocert::sim_server {

namespace {

constexpr double kTwoPi = 2.0 * 3.14159265358979323846;

// Box-Muller written out (as robocert::sim does), so a seed gives the same values everywhere.
double standardNormal(std::mt19937_64& engine) {
  const double u1 = (static_cast<double>(engine() >> 11) + 1.0) * 0x1.0p-53;
  const double u2 = static_cast<double>(engine() >> 11) * 0x1.0p-53;
  return std::sqrt(-2.0 * std::log(u1)) * std::cos(kTwoPi * u2);
}

double uniformPhase(std::mt19937_64& engine) {
  return static_cast<double>(engine() >> 11) * 0x1.0p-53 * kTwoPi;
}

double value(const SlowQuantity& q, double phaseRad, double tS) {
  return q.base + q.amplitude * std::sin(kTwoPi * tS / q.periodS + phaseRad);
}

}  // namespace

SimulatedEnvironment::SimulatedEnvironment(EnvironmentParams params)
    : params_(params), engine_(params.seed) {
  temperaturePhaseRad_ = uniformPhase(engine_);
  humidityPhaseRad_ = uniformPhase(engine_);
  pressurePhaseRad_ = uniformPhase(engine_);
}

EnvironmentValues SimulatedEnvironment::truth(double tS) const {
  return {value(params_.temperatureC, temperaturePhaseRad_, tS),
          value(params_.humidityPct, humidityPhaseRad_, tS),
          value(params_.pressureHpa, pressurePhaseRad_, tS)};
}

double SimulatedEnvironment::read(const SlowQuantity& q, double phaseRad, double tS) {
  const double v = value(q, phaseRad, tS) + q.noiseSigma * standardNormal(engine_);
  return q.resolution > 0.0 ? std::round(v / q.resolution) * q.resolution : v;
}

double SimulatedEnvironment::readTemperatureC(double tS) {
  return read(params_.temperatureC, temperaturePhaseRad_, tS);
}
double SimulatedEnvironment::readHumidityPct(double tS) {
  return read(params_.humidityPct, humidityPhaseRad_, tS);
}
double SimulatedEnvironment::readPressureHpa(double tS) {
  return read(params_.pressureHpa, pressurePhaseRad_, tS);
}

}  // namespace robocert::sim_server
