// The ISO 9283 test cube's poses against examples worked by hand (the arithmetic is in the
// comments). The corner numbering they rely on is marked (check) in test_cube.cpp.
#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

#include "robocert/metrology/test_cube.hpp"

namespace m = robocert::metrology;

namespace {

void expectAt(const m::NamedPose& p, const char* name, double x, double y, double z) {
  EXPECT_EQ(p.name, name);
  EXPECT_NEAR(p.pose.positionMm.x(), x, 1e-9) << name;
  EXPECT_NEAR(p.pose.positionMm.y(), y, 1e-9) << name;
  EXPECT_NEAR(p.pose.positionMm.z(), z, 1e-9) << name;
}

}  // namespace

TEST(TestCube, CornersFollowTheNumbering) {
  // Centre (1200, 0, 900), side 800: half side 400.
  const Eigen::Vector3d c(1200, 0, 900);
  EXPECT_TRUE(m::testCubeCorner(c, 800, 1).isApprox(Eigen::Vector3d(800, -400, 500)));
  EXPECT_TRUE(m::testCubeCorner(c, 800, 3).isApprox(Eigen::Vector3d(1600, 400, 500)));
  EXPECT_TRUE(m::testCubeCorner(c, 800, 6).isApprox(Eigen::Vector3d(1600, -400, 1300)));
  EXPECT_TRUE(m::testCubeCorner(c, 800, 8).isApprox(Eigen::Vector3d(800, 400, 1300)));
  EXPECT_THROW(m::testCubeCorner(c, 800, 0), std::invalid_argument);
  EXPECT_THROW(m::testCubeCorner(c, 800, 9), std::invalid_argument);
}

TEST(TestCube, PlaneC1C2C7C8WorkedExample) {
  // Centre (1200, 0, 900), side 800, offset 10 %.
  // C1 = (800, -400, 500), C7 = (1600, 400, 1300): diagonal (800, 800, 800), length 800 sqrt(3).
  //   P2 = C1 + 0.1 (C7 - C1) = (880, -320, 580); P4 = C7 + 0.1 (C1 - C7) = (1520, 320, 1220).
  // C2 = (1600, -400, 500), C8 = (800, 400, 1300): diagonal (-800, 800, 800).
  //   P3 = C2 + 0.1 (C8 - C2) = (1520, -320, 580); P5 = C8 + 0.1 (C2 - C8) = (880, 320, 1220).
  const auto poses =
      m::testCubePoses({1200, 0, 900}, 800, m::CubePlane::C1C2C7C8, {180, 0, 180}, 0.10);
  expectAt(poses[0], "P1", 1200, 0, 900);
  expectAt(poses[1], "P2", 880, -320, 580);
  expectAt(poses[2], "P3", 1520, -320, 580);
  expectAt(poses[3], "P4", 1520, 320, 1220);
  expectAt(poses[4], "P5", 880, 320, 1220);
  for (const auto& p : poses) EXPECT_TRUE(p.pose.anglesDeg.isApprox(Eigen::Vector3d(180, 0, 180)));
  // P2 is 10 % of the diagonal from C1: 0.1 * 800 sqrt(3) = 138.5640646055102 mm; the distance
  // test P2 -> P4 spans the middle 80 %: 640 sqrt(3) = 1108.5125168440814 mm.
  EXPECT_NEAR((poses[1].pose.positionMm - Eigen::Vector3d(800, -400, 500)).norm(),
              138.5640646055102, 1e-9);
  EXPECT_NEAR((poses[3].pose.positionMm - poses[1].pose.positionMm).norm(), 1108.5125168440814,
              1e-9);
}

TEST(TestCube, PlaneC3C4C5C6WorkedExample) {
  // Centre (0, 0, 0), side 100, offset 12 %: corners C3 (50, 50, -50), C4 (-50, 50, -50),
  // C5 (-50, -50, 50), C6 (50, -50, 50); each P moves 12 % of the corner-to-opposite-corner
  // vector (100 per axis), i.e. 12 mm per axis, towards the centre.
  const auto poses = m::testCubePoses({0, 0, 0}, 100, m::CubePlane::C3C4C5C6, {0, 90, 0}, 0.12);
  expectAt(poses[0], "P1", 0, 0, 0);
  expectAt(poses[1], "P2", 38, 38, -38);
  expectAt(poses[2], "P3", -38, 38, -38);
  expectAt(poses[3], "P4", -38, -38, 38);
  expectAt(poses[4], "P5", 38, -38, 38);
  EXPECT_TRUE(poses[2].pose.anglesDeg.isApprox(Eigen::Vector3d(0, 90, 0)));
}

TEST(TestCube, EveryPlaneIsADiagonalPlaneThroughTheCentre) {
  // In each plane P2-P4 and P3-P5 are diagonals of the same rectangle: they cross at the centre
  // (their midpoints are P1) and have equal length (the cube's space diagonal times 0.8).
  for (const char* name : {"C1-C2-C7-C8", "C2-C3-C8-C5", "C3-C4-C5-C6", "C4-C1-C6-C7"}) {
    const auto plane = m::parseCubePlane(name);
    ASSERT_TRUE(plane) << name;
    EXPECT_EQ(m::toString(*plane), name);
    const auto p = m::testCubePoses({10, 20, 30}, 200, *plane, {0, 0, 0}, 0.1);
    const Eigen::Vector3d mid24 = (p[1].pose.positionMm + p[3].pose.positionMm) / 2;
    const Eigen::Vector3d mid35 = (p[2].pose.positionMm + p[4].pose.positionMm) / 2;
    EXPECT_TRUE(mid24.isApprox(Eigen::Vector3d(10, 20, 30))) << name;
    EXPECT_TRUE(mid35.isApprox(Eigen::Vector3d(10, 20, 30))) << name;
    const double d = 0.8 * 200 * std::sqrt(3.0);
    EXPECT_NEAR((p[1].pose.positionMm - p[3].pose.positionMm).norm(), d, 1e-9) << name;
    EXPECT_NEAR((p[2].pose.positionMm - p[4].pose.positionMm).norm(), d, 1e-9) << name;
  }
  EXPECT_FALSE(m::parseCubePlane("C1-C2-C3-C4"));  // a face, not a diagonal plane
  EXPECT_FALSE(m::parseCubePlane("c1-c2-c7-c8"));
}

TEST(TestCube, RefusesImpossibleCubes) {
  const Eigen::Vector3d c(0, 0, 0), o(0, 0, 0);
  EXPECT_THROW(m::testCubePoses(c, 0, m::CubePlane::C1C2C7C8, o, 0.1), std::invalid_argument);
  EXPECT_THROW(m::testCubePoses(c, -5, m::CubePlane::C1C2C7C8, o, 0.1), std::invalid_argument);
  EXPECT_THROW(m::testCubePoses(c, 100, m::CubePlane::C1C2C7C8, o, 0.5), std::invalid_argument);
  EXPECT_THROW(m::testCubePoses(c, 100, m::CubePlane::C1C2C7C8, o, -0.1), std::invalid_argument);
  EXPECT_THROW(m::testCubePoses({NAN, 0, 0}, 100, m::CubePlane::C1C2C7C8, o, 0.1),
               std::invalid_argument);
}
