#pragma once

// A path parameter s(tau) running from 0 towards 1 with bounded speed and acceleration: the
// timing law of every move (joint or linear), tau = time since the move started (s).

#include <vector>

namespace robocert::sim {

class Profile {
 public:
  // Already at s = 1 (a move to where the robot is).
  Profile() = default;

  // Trapezoidal (or, for short moves, triangular) velocity from s = 0 to 1 with
  // |ds/dtau| <= maxVelocity and |d2s/dtau2| <= maxAcceleration (both > 0, in 1/s and 1/s^2).
  static Profile trapezoid(double maxVelocity, double maxAcceleration);

  // The same profile up to tauStop, then decelerating at `deceleration` (> 0) to a halt.
  // Unchanged if tauStop is at or after the end.
  Profile stoppedAt(double tauStop, double deceleration) const;

  double durationS() const { return duration_; }
  double finalS() const { return sEnd_; }
  double maxAcceleration() const { return maxAcceleration_; }
  double s(double tau) const;     // 0 before the start, finalS() from the end on
  double sdot(double tau) const;  // 0 outside (0, durationS())

 private:
  // s(tau) = s0 + v0 (tau - t0) + a (tau - t0)^2 / 2 from t0 to the next phase.
  struct Phase {
    double t0 = 0.0;
    double s0 = 0.0;
    double v0 = 0.0;
    double a = 0.0;
  };
  const Phase& phaseAt(double tau) const;

  std::vector<Phase> phases_;
  double duration_ = 0.0;
  double sEnd_ = 1.0;
  double maxAcceleration_ = 0.0;
};

}  // namespace robocert::sim
