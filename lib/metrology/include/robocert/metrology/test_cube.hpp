#pragma once

// The ISO 9283:1998 (= GB/T 12642-2013) test cube, clauses 6.2 and 6.3: where the pose and
// distance tests put the robot. Positions in mm and angles a, b, c about X, Y, Z in degrees, in
// the robot base frame; the cube's edges are parallel to the base axes.

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include <Eigen/Core>

#include "robocert/metrology/pose.hpp"

namespace robocert::metrology {

// The four diagonal planes of the cube a pose test may use, by their corners (see
// testCubeCorner for the numbering). Each contains one cube edge and the opposite edge.
enum class CubePlane { C1C2C7C8, C2C3C8C5, C3C4C5C6, C4C1C6C7 };

// "C1-C2-C7-C8" and back; nullopt for any other text.
std::optional<CubePlane> parseCubePlane(std::string_view text);
std::string toString(CubePlane plane);

// Corner `number` (1..8) of the cube: C1(-,-,-) C2(+,-,-) C3(+,+,-) C4(-,+,-) C5(-,-,+)
// C6(+,-,+) C7(+,+,+) C8(-,+,+), the signs of x, y, z relative to the centre, each half the
// side away. std::invalid_argument for another number.
Eigen::Vector3d testCubeCorner(const Eigen::Vector3d& centreMm, double sideMm, int number);

struct NamedPose {
  std::string name;  // "P1".."P5"
  Pose6 pose;
};

// The five poses of the pose tests in `plane`: P1 at the centre; P2..P5 on the plane's two
// diagonals, offsetFraction of the diagonal's length away from the plane's 1st, 2nd, 3rd and
// 4th corner (P2 and P4 on one diagonal, P3 and P5 on the other). ISO 9283 asks for
// offsetFraction = 0.10 ± 0.02. Every pose has the orientation orientationDeg.
// std::invalid_argument unless sideMm > 0, 0 <= offsetFraction < 0.5 and all inputs finite.
std::array<NamedPose, 5> testCubePoses(const Eigen::Vector3d& centreMm, double sideMm,
                                       CubePlane plane, const Eigen::Vector3d& orientationDeg,
                                       double offsetFraction);

}  // namespace robocert::metrology
