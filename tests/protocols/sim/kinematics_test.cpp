#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "robocert/sim/kinematics.hpp"
#include "robocert/sim/pose_math.hpp"

namespace m = robocert::metrology;
namespace sim = robocert::sim;
using Eigen::Vector3d;
using sim::Joints;

namespace {

Joints joints(double q1, double q2, double q3, double q4, double q5, double q6) {
  Joints q;
  q << q1, q2, q3, q4, q5, q6;
  return q;
}

// Angle of the rotation between two orientations, degrees.
double rotationErrorDeg(const Eigen::Matrix3d& a, const Eigen::Matrix3d& b) {
  return Eigen::AngleAxisd(a * b.transpose()).angle() * 180.0 / M_PI;
}

}  // namespace

TEST(Kinematics, HomeIsToolDownAboveTheCube) {
  // q = (0, 0, 0, 0, 90, 180): upper arm vertical, forearm horizontal, wrist centre at
  // x = 200 + 1000 = 1200, z = 650 + 1000 + 150 = 1800; J5 = 90 turns the flange down:
  // flange z = 1800 - 140 = 1660, TCP 100 mm further down at z = 1560.
  const sim::ArmSpec spec = sim::simBot6();
  const m::Pose6 p = sim::toPose6(sim::forwardKinematics(spec.geometry, spec.homeDeg));
  EXPECT_LT((p.positionMm - Vector3d(1200, 0, 1560)).norm(), 1e-12);
  EXPECT_NEAR(m::wrapDeg(p.anglesDeg.x() - 180), 0, 1e-12);
  EXPECT_NEAR(p.anglesDeg.y(), 0, 1e-12);
  EXPECT_NEAR(m::wrapDeg(p.anglesDeg.z() - 180), 0, 1e-12);
}

TEST(Kinematics, HandComputedPose) {
  // q = (30, 10, -10, 0, 90, 10) deg. J2 and J3 turn about the same horizontal axis, so the
  // upper arm leans 10 deg forward and the forearm stays horizontal (10 - 10 = 0):
  //   elbow  = (200 + 1000 sin 10, 0, 650 + 1000 cos 10) = (373.648177667, 0, 1634.807753012)
  //   wrist  = elbow + 150 up + 1000 forward         = (1373.648177667, 0, 1784.807753012)
  //   TCP    = wrist - (140 + 100) down               = (1373.648177667, 0, 1544.807753012)
  // J1 = 30 turns this about z: x = 1373.648177667 cos 30 = 1189.614217722,
  //                             y = 1373.648177667 sin 30 = 686.824088833.
  // Orientation: J5 = 90 gives Rx(180) (tool down, tool x forward); J6 = 10 turns about the
  // tool z, Rx(180) Rz(10) = Rz(-10) Rx(180); J1 adds Rz(30): R = Rz(20) Rx(180), (180, 0, 20).
  const sim::ArmSpec spec = sim::simBot6();
  const m::Pose6 p =
      sim::toPose6(sim::forwardKinematics(spec.geometry, joints(30, 10, -10, 0, 90, 10)));
  EXPECT_NEAR(p.positionMm.x(), 1189.6142177217616, 1e-9);
  EXPECT_NEAR(p.positionMm.y(), 686.824088833465, 1e-9);
  EXPECT_NEAR(p.positionMm.z(), 1544.807753012208, 1e-9);
  EXPECT_NEAR(m::wrapDeg(p.anglesDeg.x() - 180), 0, 1e-10);
  EXPECT_NEAR(p.anglesDeg.y(), 0, 1e-10);
  EXPECT_NEAR(p.anglesDeg.z(), 20, 1e-10);
}

TEST(Kinematics, JacobianMatchesFiniteDifferences) {
  const sim::ArmSpec spec = sim::simBot6();
  const Joints q = joints(12, 25, 40, -20, 60, 150);
  const sim::Jacobian j = sim::tcpJacobian(spec.geometry, q);
  const double h = 1e-4;  // degrees: truncation error ~h^2, round-off ~1e-16 * 2000 mm / h
  for (Eigen::Index i = 0; i < 6; ++i) {
    Joints plus = q, minus = q;
    plus[i] += h;
    minus[i] -= h;
    const auto xp = sim::forwardKinematics(spec.geometry, plus);
    const auto xm = sim::forwardKinematics(spec.geometry, minus);
    const Vector3d dp = (xp.translation() - xm.translation()) / (2 * h * M_PI / 180);
    const Vector3d v = j.block<3, 1>(0, i);
    EXPECT_LT((dp - v).norm(), 1e-6 * (v.norm() + 1.0)) << "joint " << i + 1;
    const Eigen::AngleAxisd dr(xp.linear() * xm.linear().transpose());
    const Vector3d w = dr.axis() * dr.angle() / (2 * h * M_PI / 180);
    EXPECT_LT((w - j.block<3, 1>(3, i)).norm(), 1e-6) << "joint " << i + 1;
  }
}

// IK of every grid point from the home seed, checked by forward kinematics.
void expectIkRoundTrips(const Vector3d& centre, double edgeMm, int perEdge,
                        const std::vector<Vector3d>& orientations) {
  const sim::ArmSpec spec = sim::simBot6();
  int solved = 0;
  for (int i = 0; i < perEdge; ++i) {
    for (int j = 0; j < perEdge; ++j) {
      for (int k = 0; k < perEdge; ++k) {
        const Vector3d step(i, j, k);
        const Vector3d p = centre + (step / (perEdge - 1) - Vector3d::Constant(0.5)) * edgeMm;
        for (const Vector3d& abc : orientations) {
          const Eigen::Isometry3d target = sim::toIsometry({p, abc});
          const auto q = sim::inverseKinematics(spec.geometry, target, spec.homeDeg);
          ASSERT_TRUE(q) << p.transpose() << " / " << abc.transpose();
          EXPECT_TRUE(sim::withinLimits(spec, *q)) << q->transpose();
          const Eigen::Isometry3d x = sim::forwardKinematics(spec.geometry, *q);
          EXPECT_LT((x.translation() - p).norm(), 1e-9) << p.transpose();
          EXPECT_LT(rotationErrorDeg(x.linear(), target.linear()), 1e-9) << p.transpose();
          ++solved;
        }
      }
    }
  }
  EXPECT_EQ(solved, perEdge * perEdge * perEdge * static_cast<int>(orientations.size()));
}

TEST(Kinematics, IkConvergesOverTheIsoTestCube) {
  // The ISO 9283 test cube of test-plans/examples: edge 800 mm centred at (1200, 0, 900), the
  // tool down as in the examples and tilted 10-15 deg about each axis.
  expectIkRoundTrips(Vector3d(1200, 0, 900), 800, 5,
                     {Vector3d(180, 0, 180), Vector3d(180, 0, -170), Vector3d(170, 10, 165),
                      Vector3d(-170, -10, -165), Vector3d(165, -15, 175)});
}

TEST(Kinematics, IkConvergesOverAMetreCube) {
  expectIkRoundTrips(Vector3d(1200, 0, 900), 1000, 5, {Vector3d(180, 0, 180)});
}

TEST(Kinematics, IkOfFkRecoversTheJoints) {
  // From a seed a few degrees off, IK lands on the configuration FK started from.
  const sim::ArmSpec spec = sim::simBot6();
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> around(-25, 25), off(-3, 3);
  for (int n = 0; n < 200; ++n) {
    Joints q = spec.homeDeg + joints(around(rng), 20 + around(rng), 20 + around(rng), around(rng),
                                     around(rng), around(rng));
    Joints seed = q;
    for (Eigen::Index i = 0; i < 6; ++i) seed[i] += off(rng);
    const auto back =
        sim::inverseKinematics(spec.geometry, sim::forwardKinematics(spec.geometry, q), seed);
    ASSERT_TRUE(back);
    EXPECT_LT((*back - q).cwiseAbs().maxCoeff(), 1e-8) << q.transpose();
  }
}

TEST(Kinematics, OutOfReachHasNoSolution) {
  const sim::ArmSpec spec = sim::simBot6();
  const auto q = sim::inverseKinematics(
      spec.geometry, sim::toIsometry({Vector3d(3500, 0, 900), Vector3d(180, 0, 180)}),
      spec.homeDeg);
  EXPECT_FALSE(q);
}
