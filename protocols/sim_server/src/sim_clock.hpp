#pragma once

// The station's one simulated clock: t = (wall time since the start) · scale seconds. Every model
// (robot, tracker timestamps, stream rate, thermal drift, environment) reads this clock, so they
// stay consistent however fast the station runs.

#include <chrono>
#include <cmath>
#include <cstdint>

namespace robocert::sim_server {

class SimClock {
 public:
  using Wall = std::chrono::steady_clock;

  explicit SimClock(double scale) : start_(Wall::now()), scale_(scale) {}

  double scale() const { return scale_; }
  double nowS() const { return toSimS(Wall::now()); }
  double toSimS(Wall::time_point wall) const {
    return std::chrono::duration<double>(wall - start_).count() * scale_;
  }
  // The earliest wall time at which nowS() >= tS (one ns late rather than early: a timer set
  // for it never fires before its simulated time).
  Wall::time_point wallAt(double tS) const {
    const double ns = std::ceil(tS / scale_ * 1e9) + 1.0;
    return start_ + std::chrono::nanoseconds(static_cast<std::int64_t>(ns));
  }

 private:
  Wall::time_point start_;
  double scale_;
};

}  // namespace robocert::sim_server
