#include "robocert/metrology/test_cube.hpp"

#include <cmath>
#include <stdexcept>

namespace robocert::metrology {
namespace {

struct CubeConvention {
  std::array<Eigen::Vector3d, 8> cornerSigns;      // C1..C8: signs of x, y, z from the centre
  std::array<std::array<int, 4>, 4> planeCorners;  // per CubePlane: corners P2, P3, P4, P5 are near
};

// (check) ISO 9283:1998 6.3 and its figure of the test cube: the corner numbering C1..C8 and
// which corner of the chosen plane each of P2..P5 is near are taken from secondary sources.
// Everything that depends on them is derived from this one table, so correcting it against the
// standard is a change here and in the worked examples of tests/lib/metrology/test_cube_test.cpp.
const CubeConvention& convention() {
  static const CubeConvention c{
      {{
          {-1, -1, -1},  // C1
          {+1, -1, -1},  // C2
          {+1, +1, -1},  // C3
          {-1, +1, -1},  // C4
          {-1, -1, +1},  // C5
          {+1, -1, +1},  // C6
          {+1, +1, +1},  // C7
          {-1, +1, +1},  // C8
      }},
      {{
          {1, 2, 7, 8},  // C1-C2-C7-C8: P2 near C1, P3 near C2, P4 near C7, P5 near C8
          {2, 3, 8, 5},  // C2-C3-C8-C5
          {3, 4, 5, 6},  // C3-C4-C5-C6
          {4, 1, 6, 7},  // C4-C1-C6-C7
      }},
  };
  return c;
}

constexpr std::array<const char*, 4> kPlaneNames = {"C1-C2-C7-C8", "C2-C3-C8-C5", "C3-C4-C5-C6",
                                                    "C4-C1-C6-C7"};

bool finite(const Eigen::Vector3d& v) { return v.allFinite(); }

}  // namespace

std::optional<CubePlane> parseCubePlane(std::string_view text) {
  for (std::size_t i = 0; i < kPlaneNames.size(); ++i) {
    if (text == kPlaneNames[i]) return static_cast<CubePlane>(i);
  }
  return std::nullopt;
}

std::string toString(CubePlane plane) { return kPlaneNames.at(static_cast<std::size_t>(plane)); }

Eigen::Vector3d testCubeCorner(const Eigen::Vector3d& centreMm, double sideMm, int number) {
  if (number < 1 || number > 8) {
    throw std::invalid_argument("testCubeCorner: corner number " + std::to_string(number) +
                                " is not 1..8");
  }
  return centreMm + 0.5 * sideMm * convention().cornerSigns[static_cast<std::size_t>(number - 1)];
}

std::array<NamedPose, 5> testCubePoses(const Eigen::Vector3d& centreMm, double sideMm,
                                       CubePlane plane, const Eigen::Vector3d& orientationDeg,
                                       double offsetFraction) {
  if (!finite(centreMm) || !finite(orientationDeg) || !std::isfinite(sideMm) || sideMm <= 0.0) {
    throw std::invalid_argument(
        "testCubePoses: centre, side and orientation must be finite and "
        "the side greater than 0");
  }
  if (!std::isfinite(offsetFraction) || offsetFraction < 0.0 || offsetFraction >= 0.5) {
    throw std::invalid_argument("testCubePoses: offsetFraction must be in [0, 0.5), not " +
                                std::to_string(offsetFraction));
  }
  const auto& corners = convention().planeCorners[static_cast<std::size_t>(plane)];
  std::array<NamedPose, 5> out;
  out[0] = {"P1", {centreMm, orientationDeg}};
  for (std::size_t k = 0; k < 4; ++k) {
    // P2..P5: from the k-th corner towards the opposite corner of the plane (two places on in
    // the list), which is the other end of the same diagonal.
    const Eigen::Vector3d from = testCubeCorner(centreMm, sideMm, corners[k]);
    const Eigen::Vector3d to = testCubeCorner(centreMm, sideMm, corners[(k + 2) % 4]);
    out[k + 1] = {"P" + std::to_string(k + 2),
                  {from + offsetFraction * (to - from), orientationDeg}};
  }
  return out;
}

}  // namespace robocert::metrology
