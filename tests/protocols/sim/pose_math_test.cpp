#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "robocert/sim/pose_math.hpp"

namespace m = robocert::metrology;
namespace sim = robocert::sim;
using Eigen::Matrix3d;
using Eigen::Vector3d;

namespace {

// Elementary rotations written out, independent of Eigen's AngleAxis.
Matrix3d rx(double deg) {
  const double c = std::cos(deg * M_PI / 180), s = std::sin(deg * M_PI / 180);
  Matrix3d r;
  r << 1, 0, 0, 0, c, -s, 0, s, c;
  return r;
}
Matrix3d ry(double deg) {
  const double c = std::cos(deg * M_PI / 180), s = std::sin(deg * M_PI / 180);
  Matrix3d r;
  r << c, 0, s, 0, 1, 0, -s, 0, c;
  return r;
}
Matrix3d rz(double deg) {
  const double c = std::cos(deg * M_PI / 180), s = std::sin(deg * M_PI / 180);
  Matrix3d r;
  r << c, -s, 0, s, c, 0, 0, 0, 1;
  return r;
}

double maxAbs(const Matrix3d& a) { return a.cwiseAbs().maxCoeff(); }

}  // namespace

TEST(PoseMath, AnglesAreFixedAxisXThenYThenZ) {
  // a = 30 about X first, then b = 20 about the fixed Y, then c = 10 about the fixed Z:
  // R = Rz(10) Ry(20) Rx(30).
  const Matrix3d r = sim::rotationFromAbcDeg(Vector3d(30, 20, 10));
  EXPECT_LT(maxAbs(r - rz(10) * ry(20) * rx(30)), 1e-15);
  EXPECT_GT(maxAbs(r - rx(30) * ry(20) * rz(10)), 0.05);  // not the other order
  const Vector3d abc = sim::abcDegFromRotation(r);
  EXPECT_NEAR(abc.x(), 30, 1e-12);
  EXPECT_NEAR(abc.y(), 20, 1e-12);
  EXPECT_NEAR(abc.z(), 10, 1e-12);
}

TEST(PoseMath, ToolDownIsDiagMinusOneOneMinusOne) {
  // (180, 0, 180): Rx(180) = diag(1, -1, -1), Rz(180) = diag(-1, -1, 1), product diag(-1, 1, -1):
  // tool z down, tool x pointing back.
  Matrix3d expected = Matrix3d::Zero();
  expected.diagonal() << -1, 1, -1;
  EXPECT_LT(maxAbs(sim::rotationFromAbcDeg(Vector3d(180, 0, 180)) - expected), 1e-15);
  const Vector3d abc = sim::abcDegFromRotation(expected);
  EXPECT_EQ(abc.x(), 180.0);  // -180 is reported as 180: the range is (-180, 180]
  EXPECT_EQ(abc.y(), 0.0);
  EXPECT_EQ(abc.z(), 180.0);
}

TEST(PoseMath, AnglesJustPastTheWrapComeBackInRange) {
  // a = 180.01 is the same rotation as a = -179.99; reported in (-180, 180] and 0.01 deg from
  // 180 once the difference is wrapped, as ISO 9283 deviations are.
  const Vector3d abc =
      sim::abcDegFromRotation(sim::rotationFromAbcDeg(Vector3d(180.01, 0.002, -180.003)));
  EXPECT_NEAR(abc.x(), -179.99, 1e-9);
  EXPECT_NEAR(abc.y(), 0.002, 1e-9);
  EXPECT_NEAR(abc.z(), 179.997, 1e-9);
  EXPECT_NEAR(m::wrapDeg(abc.x() - 180.0), 0.01, 1e-9);
  EXPECT_NEAR(m::wrapDeg(abc.z() - 180.0), -0.003, 1e-9);
}

TEST(PoseMath, RoundTripOverRandomRotations) {
  std::mt19937_64 rng(42);
  std::uniform_real_distribution<double> ac(-179.9, 180.0), b(-89.0, 89.0);
  for (int i = 0; i < 1000; ++i) {
    const Vector3d in(ac(rng), b(rng), ac(rng));
    const Vector3d out = sim::abcDegFromRotation(sim::rotationFromAbcDeg(in));
    EXPECT_LT((out - in).cwiseAbs().maxCoeff(), 1e-10) << in.transpose();
  }
}

TEST(PoseMath, GimbalLockReportsAZeroAndTheSameRotation) {
  const Matrix3d r = rz(40) * ry(90) * rx(15);  // only c - a = 25 is defined
  const Vector3d abc = sim::abcDegFromRotation(r);
  EXPECT_EQ(abc.x(), 0.0);
  EXPECT_NEAR(abc.y(), 90.0, 1e-6);
  EXPECT_LT(maxAbs(sim::rotationFromAbcDeg(abc) - r), 1e-12);
}

TEST(PoseMath, ExpressInAnotherFrame) {
  Eigen::Isometry3d frame = Eigen::Isometry3d::Identity();
  frame.translate(Vector3d(100, 200, 300));
  frame.rotate(rz(90));
  // The world point (100, 210, 300) is 10 mm along the frame's x axis (world y).
  const m::Pose6 inWorld{Vector3d(100, 210, 300), Vector3d(0, 0, 90)};
  const m::Pose6 inFrame = sim::expressIn(frame, inWorld);
  EXPECT_LT((inFrame.positionMm - Vector3d(10, 0, 0)).norm(), 1e-12);
  EXPECT_LT(inFrame.anglesDeg.norm(), 1e-12);
  const m::Pose6 back = sim::toPose6(frame * sim::toIsometry(inFrame));
  EXPECT_LT((back.positionMm - inWorld.positionMm).norm(), 1e-12);
  EXPECT_NEAR(back.anglesDeg.z(), 90.0, 1e-12);
}
