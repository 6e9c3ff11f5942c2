#include "robocert/metrology/pose_transform.hpp"

#include <cmath>

namespace robocert::metrology {

Eigen::Matrix3d rotationFromAbcDeg(const Eigen::Vector3d& abcDeg) {
  const Eigen::Vector3d r = abcDeg * kRadPerDeg;
  return (Eigen::AngleAxisd(r.z(), Eigen::Vector3d::UnitZ()) *
          Eigen::AngleAxisd(r.y(), Eigen::Vector3d::UnitY()) *
          Eigen::AngleAxisd(r.x(), Eigen::Vector3d::UnitX()))
      .toRotationMatrix();
}

Eigen::Vector3d abcDegFromRotation(const Eigen::Matrix3d& m) {
  // R = Rz(c)Ry(b)Rx(a): R(2,0) = -sin b, R(2,1) = cos b sin a, R(2,2) = cos b cos a,
  // R(1,0) = sin c cos b, R(0,0) = cos c cos b.
  const double cosB = std::hypot(m(0, 0), m(1, 0));
  const double b = std::atan2(-m(2, 0), cosB);
  double a = 0.0;
  double c = 0.0;
  if (cosB > 1e-12) {
    a = std::atan2(m(2, 1), m(2, 2));
    c = std::atan2(m(1, 0), m(0, 0));
  } else {
    // Gimbal lock: only a -/+ c is defined. With a = 0, R(0,1) = -sin c and R(1,1) = cos c.
    c = std::atan2(-m(0, 1), m(1, 1));
  }
  // atan2 returns [-pi, pi]; the report range is (-180, 180].
  return {wrapDeg(a * kDegPerRad), b * kDegPerRad, wrapDeg(c * kDegPerRad)};
}

Eigen::Isometry3d toIsometry(const Pose6& pose) {
  Eigen::Isometry3d t = Eigen::Isometry3d::Identity();
  t.linear() = rotationFromAbcDeg(pose.anglesDeg);
  t.translation() = pose.positionMm;
  return t;
}

Pose6 toPose6(const Eigen::Isometry3d& transform) {
  return {transform.translation(), abcDegFromRotation(transform.linear())};
}

Pose6 expressIn(const Eigen::Isometry3d& frameInWorld, const Pose6& inWorld) {
  return toPose6(frameInWorld.inverse() * toIsometry(inWorld));
}

}  // namespace robocert::metrology
