#include "robocert/sim/trajectory.hpp"

#include <algorithm>
#include <cmath>

namespace robocert::sim {

Profile Profile::trapezoid(double maxVelocity, double maxAcceleration) {
  Profile p;
  p.maxAcceleration_ = maxAcceleration;
  const double a = maxAcceleration;
  if (maxVelocity * maxVelocity >= a) {
    // Never reaches maxVelocity: accelerate over the first half, decelerate over the second.
    const double ta = std::sqrt(1.0 / a);
    p.phases_ = {{0.0, 0.0, 0.0, a}, {ta, 0.5, a * ta, -a}};
    p.duration_ = 2.0 * ta;
  } else {
    const double v = maxVelocity;
    const double ta = v / a;
    const double sa = 0.5 * v * ta;
    const double tc = (1.0 - 2.0 * sa) / v;
    p.phases_ = {{0.0, 0.0, 0.0, a}, {ta, sa, v, 0.0}, {ta + tc, 1.0 - sa, v, -a}};
    p.duration_ = 2.0 * ta + tc;
  }
  p.sEnd_ = 1.0;
  return p;
}

const Profile::Phase& Profile::phaseAt(double tau) const {
  auto it = std::upper_bound(phases_.begin(), phases_.end(), tau,
                             [](double t, const Phase& ph) { return t < ph.t0; });
  return *std::prev(it);  // callers ensure 0 < tau < duration, so phases_[0].t0 = 0 <= tau
}

double Profile::s(double tau) const {
  if (tau <= 0.0) return phases_.empty() ? sEnd_ : 0.0;
  if (tau >= duration_) return sEnd_;
  const Phase& ph = phaseAt(tau);
  const double dt = tau - ph.t0;
  return std::min(ph.s0 + ph.v0 * dt + 0.5 * ph.a * dt * dt, sEnd_);
}

double Profile::sdot(double tau) const {
  if (tau <= 0.0 || tau >= duration_) return 0.0;
  const Phase& ph = phaseAt(tau);
  return std::max(ph.v0 + ph.a * (tau - ph.t0), 0.0);
}

Profile Profile::stoppedAt(double tauStop, double deceleration) const {
  if (tauStop >= duration_ || phases_.empty()) return *this;
  Profile p = *this;
  const double t = std::max(tauStop, 0.0);
  const double s0 = s(t);
  const double v0 = sdot(t);
  p.phases_.erase(std::remove_if(p.phases_.begin(), p.phases_.end(),
                                 [t](const Phase& ph) { return ph.t0 >= t; }),
                  p.phases_.end());
  p.phases_.push_back({t, s0, v0, -deceleration});
  p.duration_ = t + v0 / deceleration;
  p.sEnd_ = std::min(s0 + 0.5 * v0 * v0 / deceleration, 1.0);
  return p;
}

}  // namespace robocert::sim
