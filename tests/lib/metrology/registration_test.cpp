#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <variant>

#include "robocert/metrology/registration.hpp"

namespace m = robocert::metrology;
using Eigen::Vector3d;

namespace {

Eigen::Isometry3d trackerToBase() {
  // A tracker standing 3.2 m in front of the robot, turned 150° about its vertical axis and
  // tilted 2° -- a typical set-up.
  Eigen::Isometry3d t = Eigen::Isometry3d::Identity();
  t.translate(Vector3d(3200.0, -450.0, -1100.0));
  t.rotate(Eigen::AngleAxisd(150.0 * M_PI / 180.0, Vector3d::UnitZ()));
  t.rotate(Eigen::AngleAxisd(2.0 * M_PI / 180.0, Vector3d::UnitX()));
  return t;
}

}  // namespace

TEST(RegisterRigid, RecoversAnExactTransform) {
  const Eigen::Isometry3d truth = trackerToBase();
  const std::vector<Vector3d> base{
      {1200, 0, 900}, {1600, 400, 1300}, {800, -400, 500}, {1600, -400, 500}, {800, 400, 1300}};
  std::vector<Vector3d> tracker;
  for (const auto& p : base) tracker.push_back(truth.inverse() * p);
  auto r = m::registerRigid(tracker, base);
  ASSERT_TRUE(std::holds_alternative<m::Registration>(r));
  const auto& reg = std::get<m::Registration>(r);
  EXPECT_LT((reg.transform.matrix() - truth.matrix()).cwiseAbs().maxCoeff(), 1e-9);
  EXPECT_LT(reg.rmsMm, 1e-9);
  ASSERT_EQ(reg.residualsMm.size(), base.size());
}

TEST(RegisterRigid, ResidualsShowAMovedPoint) {
  // Four exact pairs plus one whose base point is off by 0.5 mm along z. The fit spreads the
  // error, but the moved point keeps the largest residual, and the RMS is the root mean square
  // of the residuals by definition.
  const Eigen::Isometry3d truth = trackerToBase();
  std::vector<Vector3d> base{
      {0, 0, 0}, {1000, 0, 0}, {0, 1000, 0}, {0, 0, 1000}, {1000, 1000, 1000}};
  std::vector<Vector3d> tracker;
  for (const auto& p : base) tracker.push_back(truth.inverse() * p);
  base[4].z() += 0.5;
  const auto reg = std::get<m::Registration>(m::registerRigid(tracker, base));
  const auto maxIt = std::max_element(reg.residualsMm.begin(), reg.residualsMm.end());
  EXPECT_EQ(maxIt - reg.residualsMm.begin(), 4);
  double sumSq = 0;
  for (double r : reg.residualsMm) sumSq += r * r;
  EXPECT_NEAR(reg.rmsMm, std::sqrt(sumSq / 5), 1e-12);
  EXPECT_GT(reg.rmsMm, 0.05);
  EXPECT_LT(reg.rmsMm, 0.5);
}

TEST(RegisterRigid, NoisyPointsFarFromOrigin) {
  // Points 25 m from the tracker origin with 10 µm noise: the fitted transform moves the
  // working volume's points to within a few noise sigmas of the truth.
  std::mt19937_64 rng(17025);
  std::normal_distribution<double> noise(0.0, 0.010);
  Eigen::Isometry3d truth = trackerToBase();
  truth.pretranslate(Vector3d(25000, 25000, 0));
  std::vector<Vector3d> base, tracker;
  for (int i = 0; i < 12; ++i) {
    const Vector3d p(800.0 + 80.0 * i, 400.0 * std::sin(i), 900.0 + 300.0 * std::cos(i * 1.7));
    base.push_back(p);
    tracker.push_back(truth.inverse() * p + Vector3d(noise(rng), noise(rng), noise(rng)));
  }
  const auto reg = std::get<m::Registration>(m::registerRigid(tracker, base));
  for (std::size_t i = 0; i < base.size(); ++i) {
    EXPECT_LT((reg.transform * (truth.inverse() * base[i]) - base[i]).norm(), 0.03);
  }
  EXPECT_NEAR(reg.rmsMm, 0.010 * std::sqrt(3.0), 0.01);
}

TEST(RegisterRigid, RejectsBadInput) {
  const std::vector<Vector3d> three{{0, 0, 0}, {1, 0, 0}, {0, 1, 0}};
  const std::vector<Vector3d> two{{0, 0, 0}, {1, 0, 0}};
  const std::vector<Vector3d> line{{0, 0, 0}, {1, 1, 1}, {2, 2, 2}, {5, 5, 5}};
  EXPECT_EQ(std::get<m::RegistrationError>(m::registerRigid(three, two)).kind,
            m::RegistrationError::Kind::SizeMismatch);
  EXPECT_EQ(std::get<m::RegistrationError>(m::registerRigid(two, two)).kind,
            m::RegistrationError::Kind::TooFewPoints);
  EXPECT_EQ(std::get<m::RegistrationError>(m::registerRigid(line, line)).kind,
            m::RegistrationError::Kind::Degenerate);
}
