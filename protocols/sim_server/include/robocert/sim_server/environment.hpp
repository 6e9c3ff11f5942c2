#pragma once

// The simulated environment sensor's physics: air temperature (°C), relative humidity (%) and
// pressure (hPa) of a lab, varying slowly and smoothly, read with a little noise. A pure model
// like robocert::sim's: every call takes the simulated time (s since the station started).
//
// Each quantity q(t) = base + amplitude · sin(2π t / periodS + φ), the phases φ drawn from the
// seed (so two seeds give two different days); a reading adds normal noise of sigma and rounds
// to the resolution. Draws come from std::mt19937_64(seed): the same calls give the same values.

#include <cstdint>
#include <random>

namespace robocert::sim_server {

struct SlowQuantity {
  double base = 0.0;
  double amplitude = 0.0;
  double periodS = 3600.0;  // > 0
  double noiseSigma = 0.0;
  double resolution = 0.0;  // readings are rounded to a multiple of it (0: not rounded)
};

struct EnvironmentParams {
  SlowQuantity temperatureC{20.0, 0.4, 3600.0, 0.01, 0.001};
  SlowQuantity humidityPct{45.0, 3.0, 5400.0, 0.1, 0.01};
  SlowQuantity pressureHpa{1013.25, 0.8, 10800.0, 0.02, 0.01};
  std::uint64_t seed = 1;
};

struct EnvironmentValues {
  double temperatureC = 0.0;
  double humidityPct = 0.0;
  double pressureHpa = 0.0;
};

class SimulatedEnvironment {
 public:
  explicit SimulatedEnvironment(EnvironmentParams params = {});

  // Noise-free values at tS.
  EnvironmentValues truth(double tS) const;
  // One reading of each quantity at tS: truth plus noise, rounded to the resolution.
  double readTemperatureC(double tS);
  double readHumidityPct(double tS);
  double readPressureHpa(double tS);

  const EnvironmentParams& params() const { return params_; }

 private:
  double read(const SlowQuantity& q, double phaseRad, double tS);

  EnvironmentParams params_;
  std::mt19937_64 engine_;
  // φ of temperature, humidity and pressure, drawn from the seed first.
  double temperaturePhaseRad_ = 0.0;
  double humidityPhaseRad_ = 0.0;
  double pressurePhaseRad_ = 0.0;
};

}  // namespace robocert::sim_server
