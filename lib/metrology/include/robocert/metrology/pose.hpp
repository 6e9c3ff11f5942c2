#pragma once

#include <Eigen/Core>

namespace robocert::metrology {

// A 6-DoF pose as ISO 9283 reports it: position in mm and orientation angles a, b, c about the
// X, Y, Z axes in degrees, all in one frame (the robot base frame unless a caller says otherwise).
struct Pose6 {
  Eigen::Vector3d positionMm = Eigen::Vector3d::Zero();
  Eigen::Vector3d anglesDeg = Eigen::Vector3d::Zero();
};

// Maps an angle or angle difference in degrees into (-180, 180], the range ISO 9283 reports
// angular deviations in. Exact for inputs already in range.
double wrapDeg(double angleDeg);

// wrapDeg applied to each component.
Eigen::Vector3d wrapDeg(const Eigen::Vector3d& anglesDeg);

}  // namespace robocert::metrology
