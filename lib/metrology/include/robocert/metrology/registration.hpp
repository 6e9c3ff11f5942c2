#pragma once

#include <cstddef>
#include <span>
#include <variant>
#include <vector>

#include <Eigen/Geometry>

namespace robocert::metrology {

// A rigid (rotation + translation, no scale) fit of points measured in one frame (e.g. the laser
// tracker's) onto the same points known in another (e.g. the robot base frame), in mm.
struct Registration {
  Eigen::Isometry3d transform = Eigen::Isometry3d::Identity();  // maps "from" coordinates to "to"
  std::vector<double> residualsMm;  // |transform * from_i - to_i| per point pair
  double rmsMm = 0.0;               // sqrt(mean(residual²))
};

struct RegistrationError {
  enum class Kind {
    SizeMismatch,  // from and to hold different numbers of points
    TooFewPoints,  // fewer than 3 pairs
    Degenerate,    // the points are (nearly) collinear, so the rotation about their line is free
  };
  Kind kind = Kind::TooFewPoints;
  std::size_t count = 0;
};

// Least-squares rigid registration (Umeyama 1991, via Eigen) of at least 3 non-collinear pairs.
// Points may lie far from either origin: both sets are centred before the fit.
std::variant<Registration, RegistrationError> registerRigid(std::span<const Eigen::Vector3d> from,
                                                            std::span<const Eigen::Vector3d> to);

}  // namespace robocert::metrology
