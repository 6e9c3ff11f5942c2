// Uncertainty budgets of AP_P, RP_l, AD_P and RD_P: hand-worked budgets (the arithmetic is in
// the comments), the Monte Carlo check validating a linear case and flagging the non-linear
// AP_P of a pose that is attained on average exactly, determinism, reading certificate
// statements, and the run-level budgets from a real lab database.
#include "robocert/report/budget.hpp"
#include "temp_dir.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "robocert/metrology/reliability.hpp"
#include "robocert/plan/plan.hpp"
#include "robocert/store/store.hpp"

namespace fs = std::filesystem;
namespace mt = robocert::metrology;
namespace st = robocert::store;
using namespace robocert::report;

namespace {

constexpr double kTight = 1e-9;  // mm: the hand-worked values are exact to far better

mt::Pose6 at(const Eigen::Vector3d& p) {
  mt::Pose6 pose;
  pose.positionMm = p;
  pose.anglesDeg = {180, 0, 180};
  return pose;
}

mt::PoseSeries seriesAt(const Eigen::Vector3d& commanded,
                        const std::vector<Eigen::Vector3d>& deviations) {
  mt::PoseSeries s;
  s.commanded = at(commanded);
  for (const auto& d : deviations) s.attained.push_back(at(commanded + d));
  return s;
}

// The tracker of the examples: U = 15 µm + 6 µm/m (k = 2); at L = 2 m, U = 27 µm, so
// u = 13.5 µm per axis.
SensorCalibration tracker() {
  SensorCalibration s;
  s.constantUm = 15.0;
  s.perMetreUm = 6.0;
  s.coverageK = 2.0;
  return s;
}

BudgetInputs baseInputs() {
  BudgetInputs in;
  in.sensor = tracker();
  in.measuringDistanceM = 2.0;
  in.coverage = mt::CoverageRule::KEquals2;
  in.monteCarloTrials = 50'000;
  return in;
}

// U and k are either the GUM's (validated) or the Monte Carlo interval's, as the method says.
void expectConsistent(const Budget& b, double value) {
  ASSERT_TRUE(b.mcLow && b.mcHigh);
  if (b.method.rfind("GUM, validated", 0) == 0) {
    EXPECT_DOUBLE_EQ(b.expanded, b.k * b.combined);
  } else {
    EXPECT_EQ(b.method.rfind("Monte Carlo", 0), 0u) << b.method;
    EXPECT_DOUBLE_EQ(b.expanded, std::max(value - *b.mcLow, *b.mcHigh - value));
    EXPECT_DOUBLE_EQ(b.k, b.expanded / b.combined);
  }
}

// ---------------------------------------------------------------------------------------------
// AP_P

// Commanded P = (1200, 0, 900), |P| = 1500 mm. Four cycles at AP + (+-0.01, 0, 0) and
// AP + (0, +-0.01, 0) with AP = (0.3, 0.4, 0): AP_P = 0.5, direction e = (0.6, 0.8, 0).
//  sensor: u = 0.0135 (above), type B, normal
//  registration: the 8 corners of a 200 mm cube centred on (1200, 0, 800), rms 0.03 mm:
//    sigma^2 = N rms^2 / (3N - 6) = 8 x 0.0009 / 18 = 0.0004; J = sum(|q|^2 I - q q^T)
//    = 8 x 30000 I - 8 x 10000 I = 160000 I; the pose is d = (0, 0, 100) from the centroid:
//    cov = sigma^2 (I / 8 + (|d|^2 I - d d^T) / 160000) = 0.0004 diag(0.1875, 0.1875, 0.125);
//    along e: 0.0004 x 0.1875 = 7.5e-5, u = 0.0086603, nu = 18
//  temperature: +-1 K, alpha 1e-5/K over 1500 mm: half-width 0.015, u = 0.015 / sqrt 3
//    = 0.0086603, rectangular
//  scatter: S_x^2 = S_y^2 = (0.01^2 + 0.01^2) / 3 = 6.6667e-5, S_xy = 0, along e 6.6667e-5,
//    / n = 1.66667e-5, u = 0.0040825, nu = 3
//  u_c^2 = 1.8225e-4 + 7.5e-5 + 7.5e-5 + 1.66667e-5 = 3.489167e-4, u_c = 0.0186793
//  nu_eff = u_c^4 / (7.5e-5^2 / 18 + 1.66667e-5^2 / 3) = 1.217428e-7 / 4.050926e-10 = 300.53
//  k = 2: U = 0.0373586
BudgetInputs handWorkedApInputs() {
  BudgetInputs in = baseInputs();
  FrameRegistrationInput reg;
  reg.rmsMm = 0.03;
  for (int k = 0; k < 8; ++k)
    reg.pointsMm.emplace_back(1200 + ((k & 1) ? 100 : -100), (k & 2) ? 100 : -100,
                              800 + ((k & 4) ? 100 : -100));
  in.registration = reg;
  in.temperature = TemperatureInput{1.0, 1e-5};
  return in;
}

mt::PoseSeries handWorkedApSeries() {
  const Eigen::Vector3d ap(0.3, 0.4, 0.0);
  return seriesAt({1200, 0, 900},
                  {ap + Eigen::Vector3d(0.01, 0, 0), ap - Eigen::Vector3d(0.01, 0, 0),
                   ap + Eigen::Vector3d(0, 0.01, 0), ap - Eigen::Vector3d(0, 0.01, 0)});
}

TEST(ApBudget, HandWorked) {
  const Budget b = apBudget(handWorkedApSeries(), "P1 v100", handWorkedApInputs());
  EXPECT_EQ(b.characteristic, "AP_P");
  EXPECT_EQ(b.subject, "P1 v100");
  EXPECT_EQ(b.unit, "mm");
  ASSERT_EQ(b.components.size(), 4u);
  EXPECT_NEAR(b.components[0].standardUncertainty, 0.0135, kTight);
  EXPECT_EQ(b.components[0].type, "B");
  EXPECT_EQ(b.components[0].distribution, "normal");
  EXPECT_FALSE(b.components[0].dof);
  EXPECT_NEAR(b.components[1].standardUncertainty, std::sqrt(7.5e-5), kTight);
  EXPECT_EQ(b.components[1].dof, 18.0);
  EXPECT_NEAR(b.components[2].standardUncertainty, 0.015 / std::sqrt(3.0), kTight);
  EXPECT_EQ(b.components[2].distribution, "rectangular");
  EXPECT_NEAR(b.components[3].standardUncertainty, std::sqrt(6.6667e-5 / 4), 1e-7);
  EXPECT_EQ(b.components[3].dof, 3.0);
  for (const BudgetComponent& c : b.components) {
    EXPECT_EQ(c.sensitivity, 1.0);
    EXPECT_EQ(c.contribution, c.standardUncertainty);
    EXPECT_EQ(c.unit, "mm");
  }
  EXPECT_NEAR(b.combined, 0.0186793, 1e-7);
  ASSERT_TRUE(b.effectiveDof);
  EXPECT_NEAR(*b.effectiveDof, 300.53, 0.01);
  // AP_P = 0.5 is 27 u_c from zero: |AP| is as good as linear there, and the Monte Carlo
  // agrees with the GUM interval 0.5 +- 0.0374 within the tolerance (u_c = 2 x 10^-2 at one
  // digit: 0.005 mm).
  EXPECT_EQ(b.method.rfind("GUM, validated by Monte Carlo", 0), 0u) << b.method;
  EXPECT_DOUBLE_EQ(b.k, 2.0);
  EXPECT_NEAR(b.expanded, 0.0373586, 1e-7);
  ASSERT_TRUE(b.mcLow && b.mcHigh);
  EXPECT_NEAR(*b.mcLow, 0.5 - 0.0373586, 0.005);
  EXPECT_NEAR(*b.mcHigh, 0.5 + 0.0373586, 0.005);
}

// The t rule: k = t_95.45(300) (nu_eff truncated) = 2.0083675 (40-digit reference from the t
// distribution's incomplete beta function; 2 + (2^3 + 2) / (4 x 300) = 2.0083 to first order).
TEST(ApBudget, StudentTCoverageFactor) {
  BudgetInputs in = handWorkedApInputs();
  in.coverage = mt::CoverageRule::StudentT;
  const Budget b = apBudget(handWorkedApSeries(), "P1 v100", in);
  EXPECT_DOUBLE_EQ(b.k, mt::coverageFactor(300.0));
  EXPECT_NEAR(b.k, 2.0083675, 1e-7);
  EXPECT_NEAR(b.expanded, b.k * 0.0186793, 1e-6);
}

// A pose attained on average exactly (true AP = 0): six cycles at +-0.01 mm along each axis.
// First order, AP_P = 0 +- 2 u_c with u_c^2 = 0.0135^2 + S^2 / 6 (S^2 = 2 x 0.01^2 / 5 = 4e-5):
// an interval reaching below zero, for a length. The Monte Carlo AP_P is the length of a
// nearly isotropic normal vector: sigma times a chi with 3 degrees of freedom, so its 95.45 %
// interval is one-sided, [sigma sqrt(chi2_3(0.02275)), sigma sqrt(chi2_3(0.97725))] with
// sigma^2 = 0.0135^2 + S^2 / 6 x 5/3 (the scatter enters as a t with 5 degrees of freedom,
// variance factor 5/3) = 1.9336e-4: [0.0063, 0.0430] mm.
TEST(ApBudget, MonteCarloFlagsTheNonLinearCaseNearZero) {
  const double e = 0.01;
  const mt::PoseSeries s = seriesAt(
      {1200, 0, 900}, {{e, 0, 0}, {-e, 0, 0}, {0, e, 0}, {0, -e, 0}, {0, 0, e}, {0, 0, -e}});
  BudgetInputs in = baseInputs();
  in.monteCarloTrials = 100'000;
  const Budget b = apBudget(s, "P1 v100", in);
  const double value = mt::poseAccuracy(s).apPMm;
  EXPECT_LT(value, 1e-9);
  EXPECT_NEAR(b.combined, std::sqrt(0.0135 * 0.0135 + 4e-5 / 6), 1e-9);
  EXPECT_EQ(b.method.rfind("Monte Carlo (JCGM 101, M = 100000)", 0), 0u) << b.method;
  ASSERT_TRUE(b.mcLow && b.mcHigh);
  const double sigma = std::sqrt(0.0135 * 0.0135 + 4e-5 / 6 * 5.0 / 3.0);
  const double p = mt::kTwoSigmaCoverage;
  EXPECT_NEAR(*b.mcLow, sigma * std::sqrt(mt::chiSquareQuantile((1 - p) / 2, 3)), 0.0005);
  EXPECT_NEAR(*b.mcHigh, sigma * std::sqrt(mt::chiSquareQuantile((1 + p) / 2, 3)), 0.001);
  EXPECT_GT(*b.mcLow, 0.005);  // one-sided: zero is not in it
  // U covers the interval from the value: y + U = mcHigh, and k says how far that is.
  EXPECT_DOUBLE_EQ(b.expanded, *b.mcHigh - value);
  EXPECT_DOUBLE_EQ(b.k, b.expanded / b.combined);
  EXPECT_GT(b.k, 3.0);
}

// A rectangular sensor error dominating (MPE a = 40 µm per coordinate, scatter 1e-6 mm) on a
// pose 10 mm off along x: AP_P is 10 mm plus the x error (the y and z errors add at most
// 2 a^2 / (2 x 10 mm) = 1.6e-4 mm, second order). The GUM gives u = a / sqrt 3 =
// 0.023094 and U = 2u = 1.1547 a = 0.046188; the true 95.45 % half-width of a uniform error is
// 0.9545 a = 0.038180. d = 0.008 > delta = 0.005 (u = 2 x 10^-2 at one digit): the Monte Carlo
// interval is used, as in JCGM 101 9.2.4.
TEST(ApBudget, RectangularSensorErrorNotValidated) {
  const double a = 0.040;
  BudgetInputs in = baseInputs();
  in.sensor = SensorCalibration{SensorCalibration::Kind::MaximumPermissibleError, 40.0, 0.0};
  const Eigen::Vector3d off(10, 0, 0), tiny(1e-6, 0, 0);
  const mt::PoseSeries s = seriesAt({1200, 0, 900}, {off + tiny, off - tiny});
  const Budget b = apBudget(s, "P1 v100", in);
  EXPECT_NEAR(b.components[0].standardUncertainty, a / std::sqrt(3.0), 1e-12);
  EXPECT_EQ(b.components[0].distribution, "rectangular");
  EXPECT_EQ(b.method.rfind("Monte Carlo", 0), 0u) << b.method;
  const double p = mt::kTwoSigmaCoverage;
  EXPECT_NEAR(b.expanded, p * a, 3e-4);
  EXPECT_NEAR(*b.mcLow, 10.0 - p * a, 3e-4);
  EXPECT_NEAR(*b.mcHigh, 10.0 + p * a, 3e-4);
}

TEST(ApBudget, SameDataSameBudgetOtherDataOther) {
  const BudgetInputs in = handWorkedApInputs();
  const Budget a = apBudget(handWorkedApSeries(), "P1 v100", in);
  const Budget b = apBudget(handWorkedApSeries(), "P1 v100", in);
  EXPECT_EQ(a.mcLow, b.mcLow);
  EXPECT_EQ(a.mcHigh, b.mcHigh);
  EXPECT_EQ(a.expanded, b.expanded);
  EXPECT_EQ(a.method, b.method);
  mt::PoseSeries other = handWorkedApSeries();
  other.attained[0].positionMm.x() += 1e-6;
  const Budget c = apBudget(other, "P1 v100", in);
  EXPECT_NE(a.mcHigh, c.mcHigh);
}

TEST(ApBudget, NeedsTwoCyclesAndADistance) {
  BudgetInputs in = baseInputs();
  EXPECT_THROW(apBudget(seriesAt({1200, 0, 900}, {{0, 0, 0}}), "P1", in), std::invalid_argument);
  in.measuringDistanceM.reset();
  EXPECT_THROW(apBudget(handWorkedApSeries(), "P1", in), std::invalid_argument);
  // ... which the registration's sensor origin supplies: 2 m from the pose gives the 0.0135.
  FrameRegistrationInput reg;
  reg.rmsMm = 0.0;
  reg.pointsMm = {{0, 0, 0}, {1000, 0, 0}, {0, 1000, 0}};
  reg.sensorOriginMm = Eigen::Vector3d(1200, 2000, 900);
  in.registration = reg;
  EXPECT_NEAR(apBudget(handWorkedApSeries(), "P1", in).components[0].standardUncertainty, 0.0135,
              kTight);
}

// ---------------------------------------------------------------------------------------------
// RP_l

// Six cycles at (+-0.01, 0, 0), (0, +-0.02, 0), (0, 0, +-0.04) from the command: G = command,
// l = {0.01, 0.01, 0.02, 0.02, 0.04, 0.04}. In units of 0.01 mm: l-bar = 7/3, deviations
// -4/3, -4/3, -1/3, -1/3, 5/3, 5/3; m2 = 14/9, m3 = 20/27, m4 = 98/27; S^2 = 28/15,
// S = 1.366260; RP_l = 7/3 + 3 S = 6.432113.
// var = (m2 + 3 m3 / sqrt(m2) + 9/4 (m4 - m2^2) / m2) / 6
//     = (1.555556 + 1.781746 + 1.75) / 6 = 0.847884, u = 0.920806.
// So RP_l = 0.06432113 mm, u(scatter) = 0.00920806 mm with nu = 5; the sensor's relative
// length uncertainty 6e-6 / 2 = 3e-6 adds 1.93e-7 mm.
TEST(RpBudget, HandWorked) {
  const mt::PoseSeries s = seriesAt(
      {1200, 0, 900},
      {{0.01, 0, 0}, {-0.01, 0, 0}, {0, 0.02, 0}, {0, -0.02, 0}, {0, 0, 0.04}, {0, 0, -0.04}});
  const Budget b = rpBudget(s, "P3 v50", baseInputs());
  EXPECT_EQ(b.characteristic, "RP_l");
  const double value = mt::poseRepeatability(s).rpLMm;
  EXPECT_NEAR(value, 0.06432113, 1e-8);
  ASSERT_EQ(b.components.size(), 2u);
  EXPECT_NEAR(b.components[0].standardUncertainty, 0.00920806, 1e-8);
  EXPECT_EQ(b.components[0].dof, 5.0);
  EXPECT_EQ(b.components[0].type, "A");
  EXPECT_NEAR(b.components[1].standardUncertainty, value * 3e-6, 1e-12);
  EXPECT_EQ(b.components[1].type, "B");
  EXPECT_NEAR(b.combined, 0.00920806, 1e-8);
  ASSERT_TRUE(b.effectiveDof);
  EXPECT_NEAR(*b.effectiveDof, 5.0, 1e-6);
  expectConsistent(b, value);
}

// Thirty cycles of a normal cloud (sigma 0.01 mm per axis, drawn with a fixed seed): the
// resampled RP_l agrees with the first-order interval, and U is the GUM's.
TEST(RpBudget, ThirtyCyclesValidate) {
  mt::RandomSource src(9283);
  std::vector<Eigen::Vector3d> d;
  for (int j = 0; j < 30; ++j)
    d.emplace_back(0.01 * src.normal(), 0.01 * src.normal(), 0.01 * src.normal());
  const mt::PoseSeries s = seriesAt({1200, 0, 900}, d);
  const Budget b = rpBudget(s, "P1 v100", baseInputs());
  EXPECT_EQ(b.method.rfind("GUM, validated by Monte Carlo", 0), 0u) << b.method;
  expectConsistent(b, mt::poseRepeatability(s).rpLMm);
}

// ---------------------------------------------------------------------------------------------
// AD_P, RD_P

// From (1200, -300, 900) to (1200, 300, 1700): D_c = |(0, 600, 800)| = 1000 mm. Four cycles
// with the far end displaced along e = (0, 0.6, 0.8) by 0.03, 0.01, 0.02, 0: D_j - D_c = those,
// AD_P = 0.015; deviations 0.015, -0.005, 0.005, -0.015, S^2 = 0.0005 / 3, S = 0.0129099.
//  AD: sensor both ends sqrt 2 x 0.0135 = 0.0190919; temperature +-1 K x 1e-5 x 1000 mm:
//    0.01 / sqrt 3 = 0.0057735; scatter S / 2 = 0.0064550 (nu 3)
//    u_c^2 = 3.645e-4 + 3.33333e-5 + 4.16667e-5 = 4.395e-4, u_c = 0.0209643
//    nu_eff = 4.395e-4^2 / (4.16667e-5^2 / 3) = 333.78; U (k = 2) = 0.0419285
//  RD: 3 S = 0.0387298, u = 3 S / sqrt(2 x 3) = 0.0158114 (nu 3); sensor 3e-6 x 0.0387298
//    = 1.16e-7; nu_eff = 3.0000, k = t_95.45(3) = 3.31 (GUM Table G.2), U = 0.0523
mt::PoseSeries distanceFrom() {
  return seriesAt({1200, -300, 900}, std::vector<Eigen::Vector3d>(4, Eigen::Vector3d::Zero()));
}
mt::PoseSeries distanceTo() {
  const Eigen::Vector3d e(0, 0.6, 0.8);
  return seriesAt({1200, 300, 1700}, {0.03 * e, 0.01 * e, 0.02 * e, 0.0 * e});
}

TEST(DistanceBudgets, HandWorkedAd) {
  BudgetInputs in = baseInputs();
  in.temperature = TemperatureInput{1.0, 1e-5};
  const Budget b = adBudget(distanceFrom(), distanceTo(), "P2-P4 v100", in);
  EXPECT_EQ(b.characteristic, "AD_P");
  ASSERT_EQ(b.components.size(), 3u);
  EXPECT_NEAR(b.components[0].standardUncertainty, 0.0190919, 1e-7);
  EXPECT_NEAR(b.components[1].standardUncertainty, 0.0057735, 1e-7);
  EXPECT_NEAR(b.components[2].standardUncertainty, 0.0064550, 1e-7);
  EXPECT_EQ(b.components[2].dof, 3.0);
  EXPECT_NEAR(b.combined, 0.0209643, 1e-7);
  ASSERT_TRUE(b.effectiveDof);
  EXPECT_NEAR(*b.effectiveDof, 333.78, 0.01);
  EXPECT_NEAR(b.expanded, 0.0419285, 1e-7);
  EXPECT_FALSE(b.mcLow);
}

TEST(DistanceBudgets, HandWorkedRdWithStudentT) {
  BudgetInputs in = baseInputs();
  in.coverage = mt::CoverageRule::StudentT;
  const Budget b = rdBudget(distanceFrom(), distanceTo(), "P2-P4 v100", in);
  EXPECT_EQ(b.characteristic, "RD_P");
  ASSERT_EQ(b.components.size(), 2u);
  EXPECT_NEAR(b.components[0].standardUncertainty, 0.0158114, 1e-7);
  EXPECT_NEAR(b.components[1].standardUncertainty, 0.0387298 * 3e-6, 1e-10);
  EXPECT_NEAR(*b.effectiveDof, 3.0, 1e-6);
  EXPECT_NEAR(b.k, 3.31, 0.005);
  EXPECT_NEAR(b.expanded, b.k * 0.0158114, 1e-6);
}

// ---------------------------------------------------------------------------------------------
// Certificate statements

TEST(SensorStatement, ReadsTheUsualForms) {
  auto s = parseSensorCalibration("U = 15 µm + 6 µm/m (k = 2)");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->kind, SensorCalibration::Kind::ExpandedUncertainty);
  EXPECT_EQ(s->constantUm, 15.0);
  EXPECT_EQ(s->perMetreUm, 6.0);
  EXPECT_EQ(s->coverageK, 2.0);
  EXPECT_FALSE(s->spatial);
  EXPECT_NEAR(s->axisStandardUncertaintyMm(2.0), 0.0135, kTight);  // 27 / 2 µm

  s = parseSensorCalibration("MPE 15 um + 6 um/m (simulated)");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->kind, SensorCalibration::Kind::MaximumPermissibleError);
  EXPECT_NEAR(s->axisStandardUncertaintyMm(2.0), 0.027 / std::sqrt(3.0), kTight);
  EXPECT_NEAR(s->relativeLengthUncertainty(), 6e-6 / std::sqrt(3.0), 1e-15);

  s = parseSensorCalibration("Uxyz = ±(15 µm + 6 µm/m), k = 2");
  ASSERT_TRUE(s);
  EXPECT_TRUE(s->spatial);
  EXPECT_NEAR(s->axisStandardUncertaintyMm(2.0), 0.0135 / std::sqrt(3.0), kTight);

  s = parseSensorCalibration("U = 0.015 mm + 6 ppm, k=2");
  ASSERT_TRUE(s);
  EXPECT_DOUBLE_EQ(s->constantUm, 15.0);
  EXPECT_EQ(s->perMetreUm, 6.0);

  s = parseSensorCalibration("U = 10 μm + 5 μm/m (coverage factor k=2.5)");  // Greek mu
  ASSERT_TRUE(s);
  EXPECT_EQ(s->constantUm, 10.0);
  EXPECT_EQ(s->perMetreUm, 5.0);
  EXPECT_EQ(s->coverageK, 2.5);

  s = parseSensorCalibration("maximum permissible error 3D: 20 um");
  ASSERT_TRUE(s);
  EXPECT_TRUE(s->spatial);
  EXPECT_EQ(s->perMetreUm, 0.0);
  EXPECT_NEAR(s->axisStandardUncertaintyMm(5.0), 0.020 / std::sqrt(5.0), kTight);

  EXPECT_FALSE(parseSensorCalibration("U = 20 µm"));  // no k: not guessed
  EXPECT_FALSE(parseSensorCalibration("calibrated, see certificate"));
  EXPECT_FALSE(parseSensorCalibration(""));
}

// ---------------------------------------------------------------------------------------------
// A run in a lab database

// Each test's files in their own directory, removed afterwards.
struct TempDir : robocert::test_support::TempDir {
  TempDir() : robocert::test_support::TempDir("robocert-budget") {}
};

std::string bundledPlan(const std::string& name) {
  std::ifstream in(robocert::plan::bundledLibraryDir() / "iso9283" / name);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// A run of the bundled plan with the tracker 2 m from the cube centre (the sensor frame is the
// base frame shifted by (1200, 2000, 900)), and a few cycles.
struct LabRun {
  st::Store store;
  std::int64_t runId = 0;
  Eigen::Vector3d sensorOrigin{1200, 2000, 900};

  LabRun(const fs::path& db, const std::string& planFile, const std::string& statement)
      : store(st::Store::open(db)) {
    const auto item =
        store.findOrCreateItem({.manufacturer = "ACME", .model = "R6", .serial = "S1"});
    const auto tracker = store.addInstrument({.kind = "laser_tracker", .serial = "T1"});
    store.addCalibration(tracker, {.certificateNo = "CAL-1",
                                   .calibratedOn = "2020-01-01",
                                   .dueOn = "2100-01-01",
                                   .uncertainty = statement});
    st::RunInfo info;
    info.itemId = item.id;
    info.planName = planFile;
    info.planText = bundledPlan(planFile);
    runId = store.createRun(info);
    store.attachInstrument(runId, tracker, "tracker");
  }

  void registration() {
    std::vector<st::PoseMeasurement> ms;
    for (int k = 0; k < 8; ++k) {
      const Eigen::Vector3d p(1200 + ((k & 1) ? 300 : -300), (k & 2) ? 300 : -300,
                              900 + ((k & 4) ? 300 : -300));
      st::PoseMeasurement m;
      m.series = "registration/sensor-frame";
      m.pose = "R" + std::to_string(k + 1);
      m.commanded = at(p);
      m.attained = at(p - sensorOrigin + Eigen::Vector3d(0.0, 0.0, (k % 2 ? 0.01 : -0.01)));
      ms.push_back(m);
    }
    store.addPoseMeasurements(runId, ms);
  }

  void cycles(const std::string& series, const std::string& pose, int direction,
              const Eigen::Vector3d& commanded, int n) {
    std::vector<st::PoseMeasurement> ms;
    for (int c = 1; c <= n; ++c) {
      st::PoseMeasurement m;
      m.series = series;
      m.pose = pose;
      m.cycle = c;
      m.direction = direction;
      m.commanded = at(commanded);
      m.attained = at(commanded + Eigen::Vector3d(0.05 + 0.01 * (c % 3), 0.02 * (c % 2), 0.01 * c));
      ms.push_back(m);
    }
    store.addPoseMeasurements(runId, ms);
  }
};

RunBudgetOptions quick() {
  RunBudgetOptions o;
  o.monteCarloTrials = 5'000;
  return o;
}

TEST(RunBudgets, PoseRunInPlanOrderWithSubjectsAsTheResultsName) {
  TempDir dir;
  LabRun lab(dir / "lab.db", "iso9283-pose-repeatability.yaml", "U = 15 µm + 6 µm/m (k = 2)");
  lab.registration();
  const Eigen::Vector3d p1(1200, 0, 900), p2(1000, -200, 700);
  lab.cycles("poses/v100", "P1", 1, p1, 4);
  lab.cycles("poses/v100", "P2", 1, p2, 4);
  lab.cycles("poses/v50", "P1", 1, p1, 3);
  lab.cycles("multidirectional/v100", "P1", 2, p1, 3);
  lab.cycles("multidirectional/v100", "P1", 1, p1, 3);

  const std::vector<Budget> bs = budgets(lab.store, lab.runId, quick());
  std::vector<std::string> names;
  for (const Budget& b : bs) names.push_back(b.characteristic + " " + b.subject);
  EXPECT_EQ(names, (std::vector<std::string>{"AP_P P1 v100", "RP_l P1 v100", "AP_P P2 v100",
                                             "RP_l P2 v100", "AP_P P1 v50", "RP_l P1 v50",
                                             "AP_P P1 v100 dir 1", "RP_l P1 v100 dir 1",
                                             "AP_P P1 v100 dir 2", "RP_l P1 v100 dir 2"}));

  // The sensor from the calibration record, at its distance from each pose: P1 is 2 m away,
  // P2 |(-200, -2200, -200)| = 2218.1 mm.
  EXPECT_NEAR(bs[0].components[0].standardUncertainty, (15 + 6 * 2.0) / 2 / 1000, 1e-6);
  const double l2 = (p2 - lab.sensorOrigin).norm() / 1000;
  EXPECT_NEAR(bs[2].components[0].standardUncertainty, (15 + 6 * l2) / 2 / 1000, 1e-6);
  // The registration (8 points, residuals +-0.01 mm in z) is in AP, not in RP; the default
  // temperature assumption is in AP.
  EXPECT_EQ(bs[0].components.size(), 4u);
  EXPECT_NE(bs[0].components[1].quantity.find("frame registration (8 points"), std::string::npos);
  EXPECT_NE(bs[0].components[2].quantity.find("temperature (±1 K"), std::string::npos);
  EXPECT_EQ(bs[1].components.size(), 2u);

  // Copied into result rows by characteristic and subject, nothing else touched.
  std::vector<ResultRow> rows(3);
  rows[0].characteristic = "AP_P";
  rows[0].subject = "P2 v100";
  rows[1].characteristic = "RP_l";
  rows[1].subject = "P1 v100 dir 2";
  rows[2].characteristic = "AP_x";
  rows[2].subject = "P2 v100";
  applyBudgets(bs, rows);
  EXPECT_EQ(rows[0].expandedUncertainty, bs[2].expanded);
  EXPECT_EQ(rows[0].k, bs[2].k);
  EXPECT_EQ(rows[1].expandedUncertainty, bs[9].expanded);
  EXPECT_FALSE(rows[2].expandedUncertainty);
  std::vector<st::Result> results(1);
  results[0].characteristic = "RP_l";
  results[0].subject = "P1 v50";
  applyBudgets(bs, results);
  EXPECT_EQ(results[0].expandedUncertainty, bs[5].expanded);
  EXPECT_EQ(results[0].coverageK, bs[5].k);
}

TEST(RunBudgets, DistanceRun) {
  TempDir dir;
  LabRun lab(dir / "lab.db", "iso9283-distance.yaml", "MPE 15 um + 6 um/m");
  lab.registration();
  lab.cycles("distance/v100", "P2", 1, {1000, -200, 700}, 5);
  lab.cycles("distance/v100", "P4", 1, {1400, 200, 1100}, 4);  // cycle 5 unpaired
  const std::vector<Budget> bs = budgets(lab.store, lab.runId, quick());
  ASSERT_EQ(bs.size(), 2u);
  EXPECT_EQ(bs[0].characteristic + " " + bs[0].subject, "AD_P P2-P4 v100");
  EXPECT_EQ(bs[1].characteristic + " " + bs[1].subject, "RD_P P2-P4 v100");
  EXPECT_EQ(bs[0].components[0].distribution, "rectangular");
  EXPECT_EQ(bs[0].components.back().dof, 3.0);  // 4 paired cycles
}

TEST(RunBudgets, UnreadableCalibrationSaysWhatToDo) {
  TempDir dir;
  LabRun lab(dir / "lab.db", "iso9283-distance.yaml", "see certificate");
  lab.registration();
  lab.cycles("distance/v100", "P2", 1, {1000, -200, 700}, 3);
  lab.cycles("distance/v100", "P4", 1, {1400, 200, 1100}, 3);
  try {
    budgets(lab.store, lab.runId, quick());
    ADD_FAILURE() << "no error";
  } catch (const std::runtime_error& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("\"see certificate\""), std::string::npos) << what;
    EXPECT_NE(what.find("U = 15 µm + 6 µm/m (k = 2)"), std::string::npos) << what;
  }
  RunBudgetOptions o = quick();
  o.sensor = tracker();
  EXPECT_EQ(budgets(lab.store, lab.runId, o).size(), 2u);
}

// The certificate's numbers, when entered, win over its text: U = 10 µm + 5 µm/m at k = 2.5,
// at 2 m: 20 µm / 2.5 = 0.008 mm per axis.
TEST(RunBudgets, CalibrationNumbersBeforeText) {
  TempDir dir;
  LabRun lab(dir / "lab.db", "iso9283-distance.yaml", "see certificate");
  const auto tracker = lab.store.addInstrument({.kind = "laser_tracker", .serial = "T2"});
  st::Calibration cal;
  cal.certificateNo = "CAL-2";
  cal.calibratedOn = "2020-01-01";
  cal.dueOn = "2100-01-01";
  cal.uncertainty = "siehe Kalibrierschein";
  cal.uConstUm = 10.0;
  cal.uPerMUm = 5.0;
  cal.uK = 2.5;
  lab.store.addCalibration(tracker, cal);
  // A second run with this tracker.
  st::RunInfo info = lab.store.run(lab.runId);
  const auto run = lab.store.createRun(info);
  lab.store.attachInstrument(run, tracker, "tracker");
  lab.runId = run;
  lab.cycles("distance/v100", "P2", 1, {1200, 0, 900}, 3);
  lab.cycles("distance/v100", "P4", 1, {1400, 200, 1100}, 3);
  RunBudgetOptions o = quick();
  o.measuringDistanceM = 2.0;  // no registration in this run
  const std::vector<Budget> bs = budgets(lab.store, lab.runId, o);
  ASSERT_EQ(bs.size(), 2u);
  EXPECT_NEAR(bs[0].components[0].standardUncertainty, std::sqrt(2.0) * 0.008, 1e-12);
  EXPECT_EQ(bs[0].components[0].distribution, "normal");
}

TEST(RunBudgets, NoRegistrationNoDistanceSaysSo) {
  TempDir dir;
  LabRun lab(dir / "lab.db", "iso9283-distance.yaml", "U = 15 µm + 6 µm/m (k = 2)");
  lab.cycles("distance/v100", "P2", 1, {1000, -200, 700}, 3);
  lab.cycles("distance/v100", "P4", 1, {1400, 200, 1100}, 3);
  try {
    budgets(lab.store, lab.runId, quick());
    ADD_FAILURE() << "no error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("P2-P4 v100: the pose sensor's distance"),
              std::string::npos)
        << e.what();
  }
}

TEST(RunBudgets, NoSeriesNoBudgetsAndNoSensorNeeded) {
  TempDir dir;
  LabRun lab(dir / "lab.db", "iso9283-distance.yaml", "see certificate");
  EXPECT_TRUE(budgets(lab.store, lab.runId, quick()).empty());
}

}  // namespace
