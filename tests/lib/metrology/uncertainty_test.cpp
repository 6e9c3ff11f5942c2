// GUM (JCGM 100) propagation, Student's t coverage factors, and the JCGM 101 Monte Carlo
// propagation with its validation of a GUM result. Reference values are closed forms, published
// tables (named where used), or exact distributions computed here independently of the code
// under test.
#include "robocert/metrology/uncertainty.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <numbers>
#include <stdexcept>
#include <vector>

namespace {

using namespace robocert::metrology;

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

void expectRelNear(double actual, double expected, double relTol) {
  EXPECT_NEAR(actual, expected, relTol * std::abs(expected)) << "expected " << expected;
}

double normalCdf(double z) { return 0.5 * std::erfc(-z / std::numbers::sqrt2); }
double normalPdf(double z) { return std::exp(-0.5 * z * z) / std::sqrt(2.0 * std::numbers::pi); }

// Solves cdf(y) = p for an increasing cdf by bisection on [lo, hi].
template <typename F>
double solve(F cdf, double p, double lo, double hi) {
  for (int i = 0; i < 200; ++i) {
    const double mid = 0.5 * (lo + hi);
    (cdf(mid) < p ? lo : hi) = mid;
  }
  return 0.5 * (lo + hi);
}

// ---------------------------------------------------------------------------------------------
// Student's t

// Closed forms: nu = 1 (Cauchy) F(t) = 1/2 + atan(t)/pi, t_p = tan(pi (p - 1/2));
// nu = 2: F(t) = 1/2 + t / (2 sqrt(2 + t^2)), t_p = (2p - 1) / sqrt(2 p (1 - p));
// nu = 3: F(t) = 1/2 + (t / (sqrt 3 (1 + t^2/3)) + atan(t / sqrt 3)) / pi.
// The lower tails (t < 0) are compared relatively with forms free of cancellation:
// nu = 1: atan(1/|t|)/pi; nu = 2: 1 / (r (r + |t|)) with r = sqrt(2 + t^2).
TEST(StudentT, CdfMatchesClosedFormsInBothTails) {
  const double s3 = std::sqrt(3.0);
  for (double t : {-1e3, -25.0, -3.0, -0.5, 0.0, 1e-3, 0.7, 2.0, 40.0, 1e4}) {
    const double three =
        0.5 + (t / (s3 * (1.0 + t * t / 3.0)) + std::atan(t / s3)) / std::numbers::pi;
    EXPECT_NEAR(studentTCdf(t, 3), three, 1e-14) << t;
    if (t >= 0) {
      EXPECT_NEAR(studentTCdf(t, 1), 0.5 + std::atan(t) / std::numbers::pi, 1e-15) << t;
      EXPECT_NEAR(studentTCdf(t, 2), 0.5 + t / (2.0 * std::sqrt(2.0 + t * t)), 1e-15) << t;
    } else {
      const double r = std::sqrt(2.0 + t * t);
      expectRelNear(studentTCdf(t, 1), std::atan(-1.0 / t) / std::numbers::pi, 1e-12);
      expectRelNear(studentTCdf(t, 2), 1.0 / (r * (r - t)), 1e-12);
    }
  }
}

TEST(StudentT, QuantileMatchesClosedForms) {
  for (double p : {1e-9, 0.001, 0.025, 0.3, 0.5, 0.6, 0.975, 0.99, 0.999999}) {
    // tan(pi (p - 1/2)) = -1 / tan(pi p) = 1 / tan(pi (1 - p)), without the rounding of p - 1/2.
    const double cauchy = p < 0.5 ? -1.0 / std::tan(std::numbers::pi * p)
                                  : 1.0 / std::tan(std::numbers::pi * (1.0 - p));
    if (p != 0.5) expectRelNear(studentTQuantile(p, 1), cauchy, 1e-10);
    expectRelNear(studentTQuantile(p, 2), (2 * p - 1) / std::sqrt(2 * p * (1 - p)), 1e-10);
  }
  EXPECT_EQ(studentTQuantile(0.5, 7), 0.0);
  // The normal limit: z_0.975 = 1.959963984540054.
  expectRelNear(studentTQuantile(0.975, kInf), 1.959963984540054, 1e-13);
}

// GUM Table G.2, t_p(nu) for p = 95.45 % (two decimals) and p = 95 %.
TEST(StudentT, CoverageFactorsMatchGumTableG2) {
  const std::vector<std::pair<double, double>> k9545 = {
      {1, 13.97}, {2, 4.53},  {3, 3.31},  {4, 2.87},  {5, 2.65},  {6, 2.52},   {7, 2.43},
      {8, 2.37},  {9, 2.32},  {10, 2.28}, {11, 2.25}, {12, 2.23}, {13, 2.21},  {14, 2.20},
      {15, 2.18}, {16, 2.17}, {17, 2.16}, {18, 2.15}, {19, 2.14}, {20, 2.13},  {25, 2.11},
      {30, 2.09}, {35, 2.07}, {40, 2.06}, {45, 2.06}, {50, 2.05}, {100, 2.025}};
  for (const auto& [nu, k] : k9545) EXPECT_NEAR(coverageFactor(nu), k, 0.005) << "nu = " << nu;
  EXPECT_EQ(coverageFactor(std::nullopt), 2.0);
  EXPECT_DOUBLE_EQ(kTwoSigmaCoverage, std::erf(std::numbers::sqrt2));

  const std::vector<std::pair<double, double>> k95 = {{1, 12.71}, {2, 4.30},  {3, 3.18}, {5, 2.57},
                                                      {10, 2.23}, {19, 2.09}, {30, 2.04}};
  for (const auto& [nu, k] : k95) EXPECT_NEAR(coverageFactor(nu, 0.95), k, 0.005) << "nu = " << nu;
  EXPECT_NEAR(coverageFactor(std::nullopt, 0.95), 1.96, 0.0001);
}

// Upper tails P(T > t) computed independently in 40-digit arithmetic (mpmath: quadrature of the
// t density), across the switch from the incomplete beta fraction to the Cornish-Fisher
// expansion at 1e4 degrees of freedom and up to 1e8.
TEST(StudentT, TailsAgainstHighPrecisionReferences) {
  struct Ref {
    double dof, t, tail;
  };
  const Ref refs[] = {
      {2.5, 2, 0.07869574787898299331},   {2.5, 5, 0.01172559498543092353},
      {5, 2, 0.05096973941492917812},     {5, 5, 0.002052357990026661210},
      {30, 2, 0.02731252248149155196},    {30, 5, 0.00001164834273350389757},
      {300, 2, 0.02320076049157454520},   {300, 5, 4.884577365123886332e-7},
      {9999, 2, 0.02276363168075505313},  {9999, 5, 2.915168205114159623e-7},
      {10001, 2, 0.02276362898095038288}, {10001, 5, 2.915158409534673930e-7},
      {1e6, 2, 0.02275026692565960421},   {1e6, 5, 2.866998935445370784e-7},
      {1e8, 2, 0.02275013329795337644},   {1e8, 5, 2.866520550633643008e-7},
  };
  for (const Ref& r : refs) {
    expectRelNear(studentTCdf(-r.t, r.dof), r.tail, 1e-12);
    expectRelNear(1.0 - studentTCdf(r.t, r.dof), r.tail, 1e-9);  // 1 - F loses the digits
    expectRelNear(studentTQuantile(r.tail, r.dof), -r.t, 1e-12);
    expectRelNear(studentTQuantile(1.0 - r.tail, r.dof), r.t, 1e-9);
  }
}

TEST(StudentT, RejectsBadArguments) {
  EXPECT_THROW(studentTCdf(1.0, 0.0), std::invalid_argument);
  EXPECT_THROW(studentTCdf(kNaN, 3.0), std::invalid_argument);
  EXPECT_THROW(studentTQuantile(1.0, 3.0), std::invalid_argument);
  EXPECT_THROW(studentTQuantile(0.5, kNaN), std::invalid_argument);
  EXPECT_THROW(coverageFactor(-1.0), std::invalid_argument);
}

// ---------------------------------------------------------------------------------------------
// GUM

// GUM G.4.2: Y = b X1 X2 X3 with relative standard uncertainties 0.25 %, 0.57 %, 0.82 % from
// 10, 5 and 15 observations (nu = 9, 4, 14). Worked by hand, in %:
//   u_c^2 = 0.0625 + 0.3249 + 0.6724 = 1.0598, u_c = 1.029466
//   nu_eff = 1.0598^2 / (0.25^4/9 + 0.57^4/4 + 0.82^4/14)
//          = 1.12317604 / (0.000434028 + 0.026390003 + 0.032294411) = 18.9987 (GUM: 19.0)
//   t_95(19) = 2.09, U_95 = 2.15 % (GUM: 2.2 %).
TEST(Gum, WelchSatterthwaiteWorkedExampleG42) {
  const std::vector<UncertaintyComponent> c = {
      {0.25, 1.0, 9.0}, {0.57, 1.0, 4.0}, {0.82, 1.0, 14.0}};
  const GumResult r = combine(c);
  EXPECT_NEAR(r.combined, 1.029466, 1e-6);
  ASSERT_TRUE(r.effectiveDof);
  EXPECT_NEAR(*r.effectiveDof, 18.9987, 1e-4);
  EXPECT_EQ(r.k, 2.0);
  EXPECT_DOUBLE_EQ(r.expanded, 2.0 * r.combined);
  const double k95 = coverageFactor(std::floor(*r.effectiveDof) + 1.0, 0.95);  // nu = 19
  EXPECT_NEAR(k95, 2.09, 0.005);
  EXPECT_NEAR(k95 * r.combined, 2.15, 0.005);

  // The t rule truncates 18.9987 to 18: k = t_95.45(18) = 2.15 (GUM Table G.2).
  const GumResult t = combine(c, CoverageRule::StudentT);
  EXPECT_NEAR(t.k, 2.15, 0.005);
  EXPECT_DOUBLE_EQ(t.k, coverageFactor(18.0));
  EXPECT_DOUBLE_EQ(t.expanded, t.k * t.combined);
}

// Sensitivities scale the contributions: u = 3 (c = 2) and u = 8 (c = 0.5) give 6 and 4, so
// u_c = sqrt(36 + 16) = 7.2111; only the second has finite dof (nu = 5):
// nu_eff = 52^2 / (4^4 / 5) = 2704 / 51.2 = 52.8125.
TEST(Gum, SensitivitiesAndInfiniteDegreesOfFreedom) {
  const std::vector<UncertaintyComponent> c = {{3.0, 2.0, std::nullopt}, {8.0, -0.5, 5.0}};
  const GumResult r = combine(c, CoverageRule::StudentT);
  EXPECT_NEAR(r.combined, std::sqrt(52.0), 1e-12);
  ASSERT_TRUE(r.effectiveDof);
  EXPECT_NEAR(*r.effectiveDof, 52.8125, 1e-10);
  EXPECT_DOUBLE_EQ(r.k, coverageFactor(52.0));

  const std::vector<UncertaintyComponent> typeB = {{3.0, 1.0, std::nullopt}};
  const GumResult b = combine(typeB, CoverageRule::StudentT);
  EXPECT_FALSE(b.effectiveDof);
  EXPECT_EQ(b.k, 2.0);
  EXPECT_EQ(b.expanded, 6.0);
}

// With correlation r: u_c^2 = a^2 + b^2 + 2 r a b for contributions a = 3, b = 4:
// r = 1 gives 7, r = -1 gives 1, r = 0 gives 5, r = 0.5 gives sqrt(37).
TEST(Gum, CorrelatedInputs) {
  const std::vector<UncertaintyComponent> c = {{3.0, 1.0, std::nullopt}, {2.0, 2.0, std::nullopt}};
  const auto withR = [&](double r) {
    Eigen::MatrixXd m(2, 2);
    m << 1.0, r, r, 1.0;
    return combine(c, m).combined;
  };
  EXPECT_NEAR(withR(1.0), 7.0, 1e-12);
  EXPECT_NEAR(withR(-1.0), 1.0, 1e-12);
  EXPECT_NEAR(withR(0.0), 5.0, 1e-12);
  EXPECT_NEAR(withR(0.5), std::sqrt(37.0), 1e-12);

  // Not positive semi-definite: three inputs pairwise perfectly anti-correlated.
  const std::vector<UncertaintyComponent> three(3, {1.0, 1.0, std::nullopt});
  Eigen::MatrixXd bad(3, 3);
  bad << 1, -1, -1, -1, 1, -1, -1, -1, 1;
  EXPECT_THROW(combine(three, bad), std::invalid_argument);

  // A finite-dof input correlated with another: Welch-Satterthwaite is undefined.
  const std::vector<UncertaintyComponent> typeA = {{1.0, 1.0, 4.0}, {1.0, 1.0, std::nullopt}};
  Eigen::MatrixXd r(2, 2);
  r << 1, 0.3, 0.3, 1;
  EXPECT_THROW(combine(typeA, r), std::invalid_argument);
  // ... but uncorrelated it is fine and equals the uncorrelated combination.
  EXPECT_DOUBLE_EQ(combine(typeA, Eigen::MatrixXd::Identity(2, 2)).combined,
                   combine(typeA).combined);
  EXPECT_THROW(combine(typeA, Eigen::MatrixXd::Identity(3, 3)), std::invalid_argument);
}

TEST(Gum, RejectsBadComponents) {
  const std::vector<UncertaintyComponent> negative = {{-1.0, 1.0, std::nullopt}};
  const std::vector<UncertaintyComponent> nan = {{kNaN, 1.0, std::nullopt}};
  const std::vector<UncertaintyComponent> zeroDof = {{1.0, 1.0, 0.0}};
  EXPECT_THROW(combine(negative), std::invalid_argument);
  EXPECT_THROW(combine(nan), std::invalid_argument);
  EXPECT_THROW(combine(zeroDof), std::invalid_argument);
}

// ---------------------------------------------------------------------------------------------
// Monte Carlo: coverage intervals, tolerance, validation

// M = 10, p = 0.8: q = 8, M - q = 2 even so r = 1: symmetric [y_1, y_9]; the shortest of
// [y_1, y_9] = [0, 12] and [y_2, y_10] = [5, 13] is the second.
// M = 11, p = 0.75: q = floor(8.25 + 0.5) = 8, M - q = 3 odd so r = 2: [y_2, y_10].
TEST(MonteCarlo, CoverageIntervalsFollowJcgm101Clause7_7) {
  std::vector<double> v = {13, 12, 11, 10, 9, 8, 7, 6, 5, 0};  // unsorted on purpose
  const MonteCarloResult r = summarize(v, 0.8);
  EXPECT_EQ(r.symmetric.low, 0);
  EXPECT_EQ(r.symmetric.high, 12);
  EXPECT_EQ(r.shortest.low, 5);
  EXPECT_EQ(r.shortest.high, 13);
  EXPECT_DOUBLE_EQ(r.estimate, 8.1);

  std::vector<double> w = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
  const MonteCarloResult s = summarize(w, 0.75);
  EXPECT_EQ(s.symmetric.low, 2);
  EXPECT_EQ(s.symmetric.high, 10);
  EXPECT_DOUBLE_EQ(s.standardUncertainty, std::sqrt(11.0));  // var of 1..11 with n - 1

  std::vector<double> one = {1.0};
  EXPECT_THROW(summarize(one, 0.95), std::invalid_argument);
}

// JCGM 101 7.8.2: u written as c x 10^l with ndig digits in c; delta = 10^l / 2.
TEST(MonteCarlo, NumericalTolerance) {
  EXPECT_DOUBLE_EQ(numericalTolerance(0.0285, 2), 0.0005);  // 29 x 10^-3
  EXPECT_DOUBLE_EQ(numericalTolerance(2.0, 2), 0.05);       // 20 x 10^-1 (JCGM 101 9.2.2)
  EXPECT_DOUBLE_EQ(numericalTolerance(10.149, 2), 0.5);     // 10 x 10^0 (JCGM 101 9.2.4)
  EXPECT_DOUBLE_EQ(numericalTolerance(0.0996, 2), 0.005);   // rounds up to 10 x 10^-2
  EXPECT_DOUBLE_EQ(numericalTolerance(0.001, 2), 0.00005);  // 10 x 10^-4
  EXPECT_DOUBLE_EQ(numericalTolerance(0.0285, 1), 0.005);   // 3 x 10^-2
  EXPECT_EQ(numericalTolerance(0.0, 2), 0.0);
  EXPECT_THROW(numericalTolerance(-1.0, 2), std::invalid_argument);
}

// The additive model Y = X1 + X2 + X3 + X4 of JCGM 101 9.2, GUM: y = 0, u(y) = 2 (so
// delta = 0.05 at ndig = 2) and the 95 % interval +-1.959964 x 2 = +-3.919928.
double additive(std::span<const double> x) { return x[0] + x[1] + x[2] + x[3]; }

// 9.2.2: four standard normal inputs, Y ~ N(0, 4) exactly: the GUM interval is exact, and
// 200 000 trials put each end within ~0.012 (one standard error) of it.
TEST(MonteCarlo, AdditiveModelNormalInputsValidatesTheGum) {
  const std::vector<InputDistribution> x(4, InputDistribution::normal(0.0, 1.0));
  MonteCarloOptions o;
  o.seed = 7;
  const MonteCarloResult r = propagate(Model(additive), x, o);
  EXPECT_EQ(r.trials, 200'000u);
  EXPECT_NEAR(r.estimate, 0.0, 0.02);
  EXPECT_NEAR(r.standardUncertainty, 2.0, 0.02);
  EXPECT_NEAR(r.symmetric.low, -3.919928, 0.05);
  EXPECT_NEAR(r.symmetric.high, 3.919928, 0.05);
  const GumValidation v = validateGum(0.0, 2.0, 1.959964 * 2.0, r.symmetric);
  EXPECT_DOUBLE_EQ(v.tolerance, 0.05);
  EXPECT_TRUE(v.validated) << v.dLow << " " << v.dHigh;
}

// 9.2.3: four rectangular inputs of standard deviation 1 (half-width sqrt 3). The sum is a
// scaled Irwin-Hall variable: Y = 2 sqrt(3) (S - 2), S the sum of four U(0, 1), with
// P(S <= s) = sum_{k <= s} (-1)^k C(4, k) (s - k)^4 / 4!. Its 97.5 % point, solved here, is
// 3.879407, so d = 3.919928 - 3.879407 = 0.0405 < delta = 0.05: the GUM is validated, as in
// JCGM 101 9.2.3.
TEST(MonteCarlo, AdditiveModelRectangularInputsAgainstTheExactDistribution) {
  const auto irwinHall = [](double s) {
    const double c[] = {1, 4, 6, 4, 1};
    double sum = 0.0;
    for (int k = 0; k <= 4 && k <= s; ++k) sum += (k % 2 ? -1 : 1) * c[k] * std::pow(s - k, 4);
    return sum / 24.0;
  };
  const double r3 = std::sqrt(3.0);
  const double exact =
      solve([&](double y) { return irwinHall(y / (2 * r3) + 2); }, 0.975, 0.0, 4 * r3);
  EXPECT_NEAR(exact, 3.879407, 1e-6);
  const GumValidation exactCheck = validateGum(0.0, 2.0, 1.959964 * 2.0, {-exact, exact});
  EXPECT_NEAR(exactCheck.dHigh, 0.0405, 1e-4);
  EXPECT_TRUE(exactCheck.validated);

  const std::vector<InputDistribution> x(4, InputDistribution::rectangular(0.0, r3));
  MonteCarloOptions o;
  o.seed = 11;
  const MonteCarloResult r = propagate(Model(additive), x, o);
  EXPECT_NEAR(r.standardUncertainty, 2.0, 0.02);
  EXPECT_NEAR(r.symmetric.low, -exact, 0.05);
  EXPECT_NEAR(r.symmetric.high, exact, 0.05);
}

// 9.2.4: X1..X3 standard normal, X4 rectangular with standard deviation 10 (half-width
// 10 sqrt 3). GUM: u(y) = sqrt(103) = 10.149, delta = 0.5, 95 % interval +-19.891. Exactly,
// Y = N(0, 3) + U(-a, a) has P(Y <= y) = s/(2a) [G((y + a)/s) - G((y - a)/s)] with s = sqrt 3
// and G(z) = z Phi(z) + phi(z); its 97.5 % point is 16.9948 (JCGM 101: 17.0). The ends differ
// by 2.9 > delta: the GUM is not validated, and the Monte Carlo interval is the one to use.
TEST(MonteCarlo, AdditiveModelDominantRectangularFailsValidation) {
  const double s = std::sqrt(3.0);
  const double a = 10.0 * std::sqrt(3.0);
  const auto g = [](double z) { return z * normalCdf(z) + normalPdf(z); };
  const double exact = solve(
      [&](double y) { return s / (2 * a) * (g((y + a) / s) - g((y - a) / s)); }, 0.975, 0.0, 40.0);
  EXPECT_NEAR(exact, 16.9948, 1e-4);

  std::vector<InputDistribution> x(3, InputDistribution::normal(0.0, 1.0));
  x.push_back(InputDistribution::rectangular(0.0, a));
  MonteCarloOptions o;
  o.seed = 3;
  const MonteCarloResult r = propagate(Model(additive), x, o);
  EXPECT_NEAR(r.symmetric.low, -exact, 0.15);
  EXPECT_NEAR(r.symmetric.high, exact, 0.15);
  const double uc = std::sqrt(103.0);
  const GumValidation v = validateGum(0.0, uc, 1.959964 * uc, r.symmetric);
  EXPECT_DOUBLE_EQ(v.tolerance, 0.5);
  EXPECT_FALSE(v.validated);
  EXPECT_NEAR(v.dHigh, 19.891 - exact, 0.15);
}

// JCGM 101 7.9 adaptive: sequences of 10^4 (J = 100 / 0.05 = 2000 is smaller) until twice the
// standard deviation of the sequence averages is within delta = 0.05.
TEST(MonteCarlo, AdaptiveStopsWhenStable) {
  const std::vector<InputDistribution> x(4, InputDistribution::normal(0.0, 1.0));
  MonteCarloOptions o;
  o.adaptive = true;
  o.seed = 5;
  const MonteCarloResult r = propagate(Model(additive), x, o);
  EXPECT_TRUE(r.converged);
  EXPECT_EQ(r.trials % 10'000, 0u);
  EXPECT_GE(r.trials, 20'000u);
  EXPECT_NEAR(r.symmetric.high, 3.919928, 0.1);

  // A cap too small to stabilise at a tight tolerance: not converged, and said so.
  o.significantDigits = 4;
  o.maxTrials = 30'000;
  const MonteCarloResult capped = propagate(Model(additive), x, o);
  EXPECT_FALSE(capped.converged);
  EXPECT_EQ(capped.trials, 30'000u);
}

// A Type A input as a scaled and shifted t (JCGM 101 6.4.9.7): mean 10, scale 0.5, nu = 4;
// its standard deviation is 0.5 sqrt(4 / 2) = 0.7071 and its 97.5 % point 10 + 0.5 t_0.975(4)
// = 10 + 0.5 x 2.776445 = 11.388223.
TEST(MonteCarlo, StudentTInput) {
  const InputDistribution t = InputDistribution::studentT(10.0, 0.5, 4.0);
  EXPECT_NEAR(t.standardUncertainty(), 0.5 * std::sqrt(2.0), 1e-15);
  EXPECT_NEAR(studentTQuantile(0.975, 4), 2.776445, 1e-6);
  const std::vector<InputDistribution> x = {t};
  MonteCarloOptions o;
  o.seed = 13;
  const MonteCarloResult r = propagate(Model([](std::span<const double> v) { return v[0]; }), x, o);
  EXPECT_NEAR(r.symmetric.high, 11.388223, 0.02);
  EXPECT_NEAR(r.symmetric.low, 10.0 - 1.388223, 0.02);
  EXPECT_NEAR(r.estimate, 10.0, 0.01);
}

TEST(MonteCarlo, SameSeedSameResultOtherSeedOther) {
  const std::vector<InputDistribution> x(4, InputDistribution::rectangular(0.0, 1.0));
  MonteCarloOptions o;
  o.trials = 20'000;
  o.seed = 42;
  const MonteCarloResult a = propagate(Model(additive), x, o);
  const MonteCarloResult b = propagate(Model(additive), x, o);
  EXPECT_EQ(a.symmetric.low, b.symmetric.low);
  EXPECT_EQ(a.symmetric.high, b.symmetric.high);
  EXPECT_EQ(a.estimate, b.estimate);
  o.seed = 43;
  const MonteCarloResult c = propagate(Model(additive), x, o);
  EXPECT_NE(a.symmetric.high, c.symmetric.high);
}

TEST(MonteCarlo, NonFiniteModelValueIsAnError) {
  MonteCarloOptions o;
  o.trials = 10;
  EXPECT_THROW(propagate(Trial([](RandomSource&) { return kInf; }), o), std::domain_error);
}

// Moments of the random source's variates over 400 000 draws, within about 5 standard errors:
// normal mean 0 (se 0.0016) and variance 1 (se 0.0022); chi-square(3) mean 3 (se 0.0039),
// variance 6; chi-square(0.5) mean 0.5 (se 0.0016); t(6) variance 6/4 = 1.5.
TEST(RandomSource, MomentsOfItsVariates) {
  RandomSource src(2024);
  constexpr int n = 400'000;
  double s1 = 0, s2 = 0, c1 = 0, c2 = 0, h1 = 0, t2 = 0, umin = 1, umax = 0;
  for (int i = 0; i < n; ++i) {
    const double z = src.normal();
    s1 += z;
    s2 += z * z;
    const double c = src.chiSquare(3.0);
    c1 += c;
    c2 += c * c;
    h1 += src.chiSquare(0.5);
    const double t = src.studentT(6.0);
    t2 += t * t;
    const double u = src.uniform();
    umin = std::min(umin, u);
    umax = std::max(umax, u);
  }
  EXPECT_NEAR(s1 / n, 0.0, 0.008);
  EXPECT_NEAR(s2 / n, 1.0, 0.011);
  EXPECT_NEAR(c1 / n, 3.0, 0.02);
  EXPECT_NEAR(c2 / n - (c1 / n) * (c1 / n), 6.0, 0.15);
  EXPECT_NEAR(h1 / n, 0.5, 0.008);
  EXPECT_NEAR(t2 / n, 1.5, 0.05);
  EXPECT_GT(umin, 0.0);
  EXPECT_LT(umax, 1.0);
  EXPECT_THROW(src.index(0), std::invalid_argument);
}

TEST(RandomSource, SameSeedSameSequence) {
  RandomSource a(99), b(99);
  for (int i = 0; i < 100; ++i) {
    EXPECT_EQ(a.normal(), b.normal());
    EXPECT_EQ(a.chiSquare(2.5), b.chiSquare(2.5));
    EXPECT_EQ(a.index(30), b.index(30));
  }
}

}  // namespace
