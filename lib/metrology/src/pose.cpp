#include "robocert/metrology/pose.hpp"

#include <cmath>

namespace robocert::metrology {

double wrapDeg(double angleDeg) {
  if (angleDeg > -180.0 && angleDeg <= 180.0) return angleDeg;  // keeps in-range values exact
  double r = std::remainder(angleDeg, 360.0);                   // exact, in [-180, 180]
  return r == -180.0 ? 180.0 : r;
}

Eigen::Vector3d wrapDeg(const Eigen::Vector3d& anglesDeg) {
  return {wrapDeg(anglesDeg.x()), wrapDeg(anglesDeg.y()), wrapDeg(anglesDeg.z())};
}

}  // namespace robocert::metrology
