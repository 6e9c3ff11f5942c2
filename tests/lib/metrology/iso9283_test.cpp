// ISO 9283 characteristics against examples worked by hand (the arithmetic is in the comments).
#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <stdexcept>

#include <Eigen/Geometry>

#include "robocert/metrology/iso9283.hpp"

namespace m = robocert::metrology;

namespace {

m::Pose6 pose(double x, double y, double z, double a = 0, double b = 0, double c = 0) {
  return {Eigen::Vector3d(x, y, z), Eigen::Vector3d(a, b, c)};
}

// Commanded (100, 200, 300) mm, (10, 20, 179.9) deg; three cycles.
m::PoseSeries threeCycles() {
  m::PoseSeries s;
  s.commanded = pose(100, 200, 300, 10, 20, 179.9);
  s.attained = {pose(100.1, 200.0, 300.0, 10.01, 20, -179.95),
                pose(100.0, 200.2, 300.0, 9.99, 20, 179.95),
                pose(100.2, 200.1, 300.3, 10.03, 20, -179.99)};
  return s;
}

}  // namespace

TEST(PoseAccuracy, HandWorkedThreeCycles) {
  // Position deviations (0.1, 0, 0), (0, 0.2, 0), (0.2, 0.1, 0.3) -> barycentre deviation
  // (0.1, 0.1, 0.1); AP_P = 0.1 sqrt(3) = 0.17320508075688773.
  // a: deviations 0.01, -0.01, 0.03 -> AP_a = 0.01.
  // c about ±180: wrap(-179.95 - 179.9) = 0.15, wrap(179.95 - 179.9) = 0.05,
  //   wrap(-179.99 - 179.9) = 0.11 -> AP_c = 0.31 / 3 = 0.10333333333333333.
  const m::PoseAccuracy ap = m::poseAccuracy(threeCycles());
  EXPECT_NEAR(ap.apMm.x(), 0.1, 1e-12);
  EXPECT_NEAR(ap.apMm.y(), 0.1, 1e-12);
  EXPECT_NEAR(ap.apMm.z(), 0.1, 1e-12);
  EXPECT_NEAR(ap.apPMm, 0.17320508075688773, 1e-12);
  EXPECT_NEAR(ap.apDeg.x(), 0.01, 1e-12);
  EXPECT_NEAR(ap.apDeg.y(), 0.0, 1e-12);
  EXPECT_NEAR(ap.apDeg.z(), 0.10333333333333333, 1e-12);
}

TEST(PoseRepeatability, HandWorkedThreeCycles) {
  // l_j = |dev_j - (0.1, 0.1, 0.1)| = sqrt(0.02), sqrt(0.03), sqrt(0.05)
  //     = 0.14142135623730950, 0.17320508075688773, 0.22360679774997897
  // mean(l) = 0.17941107824805874; S_l = 0.04144270144191156 (n - 1)
  // RP_l = 0.17941107824805874 + 3 * 0.04144270144191156 = 0.30373918257379342.
  // a: deviations 0.01, -0.01, 0.03 have mean 0.01 and S = sqrt((0 + 4e-4 + 4e-4) / 2) = 0.02,
  //   so RP_a = 0.06. c: deviations 0.15, 0.05, 0.11 -> S = 0.05033222956847166, RP_c =
  //   0.15099668870541497.
  const m::PoseRepeatability rp = m::poseRepeatability(threeCycles());
  EXPECT_NEAR(rp.rpLMm, 0.30373918257379342, 1e-12);
  EXPECT_NEAR(rp.rpDeg.x(), 0.06, 1e-12);
  EXPECT_NEAR(rp.rpDeg.y(), 0.0, 1e-12);
  EXPECT_NEAR(rp.rpDeg.z(), 0.15099668870541497, 1e-12);
}

TEST(PoseRepeatability, NeedsTwoCycles) {
  m::PoseSeries s = threeCycles();
  s.attained.resize(1);
  EXPECT_NO_THROW(m::poseAccuracy(s));
  EXPECT_THROW(m::poseRepeatability(s), std::invalid_argument);
  s.attained.clear();
  EXPECT_THROW(m::poseAccuracy(s), std::invalid_argument);
}

TEST(PoseAccuracyVariation, HandWorkedThreeDirections) {
  // AP per direction: (0.1, 0, 0), (0, 0.1, 0), (0, 0, 0.3).
  // |G1 - G2| = sqrt(0.02) = 0.1414; |G1 - G3| = sqrt(0.01 + 0.09) = 0.3162; |G2 - G3| = 0.3162
  // -> vAP_P = sqrt(0.1) = 0.31622776601683794.
  // AP_a per direction 179.9, -179.9, 0: wrap(179.9 - -179.9) = -0.2 -> 0.2; |179.9 - 0| = 179.9
  // -> vAP_a = 179.9 (an absurd robot, but the arithmetic must still wrap correctly).
  // AP_b: 0.01, -0.02, 0.005 -> max |difference| = 0.03.
  std::vector<m::PoseAccuracy> dirs(3);
  dirs[0].apMm = {0.1, 0, 0};
  dirs[1].apMm = {0, 0.1, 0};
  dirs[2].apMm = {0, 0, 0.3};
  dirs[0].apDeg = {179.9, 0.01, 0};
  dirs[1].apDeg = {-179.9, -0.02, 0};
  dirs[2].apDeg = {0, 0.005, 0};
  const auto v = m::poseAccuracyVariation(dirs);
  EXPECT_NEAR(v.vapPMm, 0.31622776601683794, 1e-12);
  EXPECT_NEAR(v.vapDeg.x(), 179.9, 1e-9);
  EXPECT_NEAR(v.vapDeg.y(), 0.03, 1e-12);
  EXPECT_NEAR(v.vapDeg.z(), 0.0, 1e-12);

  dirs.pop_back();  // directions 1 and 2 only: the wrapped difference is 0.2, not 359.8
  EXPECT_NEAR(m::poseAccuracyVariation(dirs).vapDeg.x(), 0.2, 1e-9);
  dirs.pop_back();
  EXPECT_THROW(m::poseAccuracyVariation(dirs), std::invalid_argument);
}

TEST(DistanceCharacteristics, HandWorkedThreeCycles) {
  // A commanded at the origin, B at (300, 400, 0) mm with c = 90 deg: D_c = 500,
  // per axis 300, 400, 0; per angle 0, 0, 90.
  // cycle 1: A (0, 0, 0), B (300, 400, 0), c_B = 90     -> D = 500,          c-distance 90
  // cycle 2: A (0, 0, 0), B (300.3, 400.4, 0), c_B = 90.2 -> D = 500.5,      c-distance 90.2
  // cycle 3: A (0, 0, 0.1), B (300, 400, 0), c_B = -269.9 -> D = sqrt(250000.01) = 500.00001,
  //          wrap(0 - -269.9) = -90.1 -> c-distance 90.1
  // AD_P = (0 + 0.5 + 0.00001) / 3 = 0.16667; RD_P = 3 S(0, 0.5, 0.00001) = 0.8660167436603771
  // AD_x = 0.3 / 3 = 0.1, RD_x = 3 S(0, 0.3, 0) = 3 sqrt(0.03) = 0.5196152422706632
  // AD_y = 0.4 / 3, RD_y = 3 S(0, 0.4, 0) = 0.6928203230275509; AD_z = 0.1 / 3
  // AD_c = (90 + 90.2 + 90.1) / 3 - 90 = 0.1; RD_c = 3 S(90, 90.2, 90.1) = 3 * 0.1 = 0.3
  m::PoseSeries a, b;
  a.commanded = pose(0, 0, 0);
  b.commanded = pose(300, 400, 0, 0, 0, 90);
  a.attained = {pose(0, 0, 0), pose(0, 0, 0), pose(0, 0, 0.1)};
  b.attained = {pose(300, 400, 0, 0, 0, 90), pose(300.3, 400.4, 0, 0, 0, 90.2),
                pose(300, 400, 0, 0, 0, -269.9)};
  const auto d = m::distanceCharacteristics(a, b);
  EXPECT_NEAR(d.adPMm, 0.16667, 1e-9);
  EXPECT_NEAR(d.rdPMm, 0.8660167436603771, 1e-9);
  EXPECT_NEAR(d.adMm.x(), 0.1, 1e-12);
  EXPECT_NEAR(d.adMm.y(), 0.4 / 3, 1e-12);
  EXPECT_NEAR(d.adMm.z(), 0.1 / 3, 1e-12);
  EXPECT_NEAR(d.rdMm.x(), 0.5196152422706632, 1e-12);
  EXPECT_NEAR(d.rdMm.y(), 0.6928203230275509, 1e-12);
  // z: S² = (2 (0.1/3)² + (0.2/3)²) / 2 = 0.01/3
  EXPECT_NEAR(d.rdMm.z(), 3 * std::sqrt(0.01 / 3), 1e-12);
  EXPECT_NEAR(d.adDeg.z(), 0.1, 1e-9);
  EXPECT_NEAR(d.rdDeg.z(), 0.3, 1e-9);
  EXPECT_NEAR(d.adDeg.x(), 0.0, 1e-12);
  EXPECT_NEAR(d.rdDeg.x(), 0.0, 1e-12);

  b.attained.pop_back();
  EXPECT_THROW(m::distanceCharacteristics(a, b), std::invalid_argument);
}

// ---- Properties on seeded random data sets ---------------------------------------------------

namespace {

m::PoseSeries randomSeries(std::mt19937_64& rng, const Eigen::Vector3d& centre, double sigmaMm) {
  std::normal_distribution<double> noise(0.0, sigmaMm);
  std::uniform_real_distribution<double> offset(-0.2, 0.2);
  m::PoseSeries s;
  s.commanded = pose(centre.x(), centre.y(), centre.z(), 180, 0, 180);
  const Eigen::Vector3d bias(offset(rng), offset(rng), offset(rng));
  for (int j = 0; j < 30; ++j) {
    m::Pose6 p = s.commanded;
    p.positionMm += bias + Eigen::Vector3d(noise(rng), noise(rng), noise(rng));
    p.anglesDeg += Eigen::Vector3d(noise(rng), noise(rng), noise(rng));
    s.attained.push_back(p);
  }
  return s;
}

}  // namespace

TEST(Iso9283Properties, RigidMotionLeavesRepeatabilityAndApMagnitudeUnchanged) {
  // RP_l and AP_P are distances between points, so moving the whole data set (commanded and
  // attained) rigidly must not change them.
  std::mt19937_64 rng(9283);
  for (int trial = 0; trial < 20; ++trial) {
    const m::PoseSeries s = randomSeries(rng, {1200, -300, 900}, 0.01);
    const Eigen::Isometry3d motion =
        Eigen::Translation3d(-2500.0 + trial * 250.0, 1000.0, 333.0) *
        Eigen::AngleAxisd(0.3 + trial, Eigen::Vector3d(1, 2, 3).normalized());
    m::PoseSeries moved = s;
    moved.commanded.positionMm = motion * s.commanded.positionMm;
    for (auto& p : moved.attained) p.positionMm = motion * p.positionMm;
    EXPECT_NEAR(m::poseRepeatability(moved).rpLMm, m::poseRepeatability(s).rpLMm, 1e-9);
    EXPECT_NEAR(m::poseAccuracy(moved).apPMm, m::poseAccuracy(s).apPMm, 1e-9);
  }
}

TEST(Iso9283Properties, ShiftingAttainedPosesShiftsApByTheSameVector) {
  std::mt19937_64 rng(12642);
  for (int trial = 0; trial < 20; ++trial) {
    const m::PoseSeries s = randomSeries(rng, {800, 400, 1200}, 0.02);
    const Eigen::Vector3d v(0.05 * trial, -0.3, 0.01 * trial * trial);
    const Eigen::Vector3d dAngle(0.001 * trial, 0.02, -0.004);
    m::PoseSeries shifted = s;
    for (auto& p : shifted.attained) {
      p.positionMm += v;
      p.anglesDeg += dAngle;
    }
    const auto before = m::poseAccuracy(s);
    const auto after = m::poseAccuracy(shifted);
    EXPECT_LT((after.apMm - (before.apMm + v)).norm(), 1e-9);
    EXPECT_NEAR(after.apPMm, (before.apMm + v).norm(), 1e-9);
    EXPECT_LT((after.apDeg - (before.apDeg + dAngle)).norm(), 1e-9);
    // and leaves repeatability alone
    EXPECT_NEAR(m::poseRepeatability(shifted).rpLMm, m::poseRepeatability(s).rpLMm, 1e-9);
  }
}

TEST(Iso9283Properties, TwentyFiveMetresFromOriginKeepsMicrometres) {
  // The same micrometre-scale deviations, once near the origin and once 25 m away: every
  // characteristic must agree to 1e-6 mm (the requirement).
  std::mt19937_64 rng(25);
  const m::PoseSeries near = randomSeries(rng, {10, 20, 30}, 0.002);
  m::PoseSeries far = near;
  const Eigen::Vector3d shift(25000.0, -25000.0, 25000.0);
  far.commanded.positionMm += shift;
  for (auto& p : far.attained) p.positionMm += shift;
  EXPECT_NEAR(m::poseRepeatability(far).rpLMm, m::poseRepeatability(near).rpLMm, 1e-6);
  EXPECT_LT((m::poseAccuracy(far).apMm - m::poseAccuracy(near).apMm).norm(), 1e-6);

  m::PoseSeries farB = far;
  for (auto& p : farB.attained) p.positionMm += Eigen::Vector3d(400, 0, 0);
  farB.commanded.positionMm += Eigen::Vector3d(400, 0, 0);
  m::PoseSeries nearB = near;
  for (auto& p : nearB.attained) p.positionMm += Eigen::Vector3d(400, 0, 0);
  nearB.commanded.positionMm += Eigen::Vector3d(400, 0, 0);
  const auto dFar = m::distanceCharacteristics(far, farB);
  const auto dNear = m::distanceCharacteristics(near, nearB);
  EXPECT_NEAR(dFar.adPMm, dNear.adPMm, 1e-6);
  EXPECT_NEAR(dFar.rdPMm, dNear.rdPMm, 1e-6);
}
