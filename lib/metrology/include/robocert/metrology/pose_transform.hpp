#pragma once

// Conversions between ISO 9283 poses (x, y, z in mm; a, b, c in degrees) and rigid transforms.
//
// Euler convention (ISO 9283, RCP, the tracker protocol): a, b, c are rotations about the fixed
// X, Y and Z axes applied in that order, so
//     R = Rz(c) · Ry(b) · Rx(a).
// Angles come back with a and c in (-180, 180] and b in [-90, 90]. At b = ±90 deg (gimbal lock)
// only a - c (b = 90) or a + c (b = -90) is defined; a is then reported as 0.

#include <Eigen/Core>
#include <Eigen/Geometry>

#include "robocert/metrology/pose.hpp"

namespace robocert::metrology {

inline constexpr double kPi = 3.14159265358979323846;
inline constexpr double kDegPerRad = 180.0 / kPi;
inline constexpr double kRadPerDeg = kPi / 180.0;

// R = Rz(c) · Ry(b) · Rx(a) with abcDeg = (a, b, c).
Eigen::Matrix3d rotationFromAbcDeg(const Eigen::Vector3d& abcDeg);

// The inverse of rotationFromAbcDeg for a proper rotation matrix (ranges in the header comment).
Eigen::Vector3d abcDegFromRotation(const Eigen::Matrix3d& rotation);

Eigen::Isometry3d toIsometry(const Pose6& pose);
Pose6 toPose6(const Eigen::Isometry3d& transform);

// A pose expressed in another frame: `frameInWorld` maps frame coordinates to world coordinates.
Pose6 expressIn(const Eigen::Isometry3d& frameInWorld, const Pose6& inWorld);

}  // namespace robocert::metrology
