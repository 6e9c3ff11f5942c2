#include "robocert/metrology/reliability.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using robocert::metrology::chiSquareCdf;
using robocert::metrology::chiSquareQuantile;
using robocert::metrology::demonstrationTestHours;
using robocert::metrology::estimateMtbf;
using robocert::metrology::MtbfEstimate;
using robocert::metrology::regularizedGammaP;
using robocert::metrology::TestTermination;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// Half a unit in the last digit of a 3-decimal table entry.
constexpr double kTableTolerance = 0.0005;

// P(N >= k) and P(N < k) for N ~ Poisson(mean), by direct summation. For even dof = 2k,
// chi-square CDF(x) = P(N >= k) with mean x / 2 (k events of a unit-rate Poisson process by
// time x / 2), which gives independent reference values.
double poissonBelow(unsigned k, double mean) {
  double term = std::exp(-mean);
  double sum = 0.0;
  for (unsigned i = 0; i < k; ++i) {
    sum += term;
    term *= mean / (i + 1.0);
  }
  return sum;
}

double poissonAtLeast(unsigned k, double mean) {
  double term = std::exp(-mean);
  for (unsigned i = 1; i <= k; ++i) term *= mean / i;  // term = e^-m m^k / k!
  double sum = 0.0;
  for (unsigned i = k; term > 1e-20 * sum; ++i) {
    sum += term;
    term *= mean / (i + 1.0);
  }
  return sum;
}

void expectRelNear(double actual, double expected, double relTol) {
  EXPECT_NEAR(actual, expected, relTol * std::abs(expected)) << "expected " << expected;
}

// ---------------------------------------------------------------------------------------------
// ChiSquare

TEST(ChiSquare, QuantileMatchesNistTable) {
  // NIST/SEMATECH e-Handbook 1.3.6.7.4. The "upper critical values" table lists chi2 with the
  // given probability of EXCEEDING it, so alpha = 0.05 there is our lower-tail p = 0.95; the
  // "lower critical values" table's column 0.95 (probability of exceeding) is our p = 0.05.
  // Upper table: nu = 10, alpha 0.05 -> 18.307; nu = 16, alpha 0.10 -> 23.542;
  // nu = 1, alpha 0.01 -> 6.635 and alpha 0.05 -> 3.841 and alpha 0.001 -> 10.828;
  // nu = 100, alpha 0.025 -> 129.561; nu = 4, alpha 0.10 -> 7.779.
  EXPECT_NEAR(chiSquareQuantile(0.95, 10), 18.307, kTableTolerance);
  EXPECT_NEAR(chiSquareQuantile(0.9, 16), 23.542, kTableTolerance);
  EXPECT_NEAR(chiSquareQuantile(0.99, 1), 6.635, kTableTolerance);
  EXPECT_NEAR(chiSquareQuantile(0.95, 1), 3.841, kTableTolerance);
  EXPECT_NEAR(chiSquareQuantile(0.999, 1), 10.828, kTableTolerance);
  EXPECT_NEAR(chiSquareQuantile(0.975, 100), 129.561, kTableTolerance);
  EXPECT_NEAR(chiSquareQuantile(0.9, 4), 7.779, kTableTolerance);
  // Lower table: nu = 10, exceed 0.95 -> 3.940, exceed 0.90 -> 4.865, exceed 0.999 -> 1.479;
  // nu = 14, exceed 0.90 -> 7.790; nu = 100, exceed 0.99 -> 70.065.
  EXPECT_NEAR(chiSquareQuantile(0.05, 10), 3.940, kTableTolerance);
  EXPECT_NEAR(chiSquareQuantile(0.1, 10), 4.865, kTableTolerance);
  EXPECT_NEAR(chiSquareQuantile(0.001, 10), 1.479, kTableTolerance);
  EXPECT_NEAR(chiSquareQuantile(0.1, 14), 7.790, kTableTolerance);
  EXPECT_NEAR(chiSquareQuantile(0.01, 100), 70.065, kTableTolerance);
}

TEST(ChiSquare, QuantileForTwoDofIsClosedForm) {
  // dof = 2 is the exponential law with mean 2: CDF(x) = 1 - e^(-x/2), so
  // chi2_p(2) = -2 ln(1 - p); e.g. p = 0.9 -> -2 ln 0.1 = 4.605170186 (NIST: 4.605).
  // log1p keeps ln(1 - p) exact to rounding even for p = 1e-10.
  for (double p : {1e-10, 1e-9, 1e-3, 0.025, 0.5, 0.9, 0.975, 1 - 1e-9, 1 - 1e-10}) {
    SCOPED_TRACE(p);
    expectRelNear(chiSquareQuantile(p, 2), -2.0 * std::log1p(-p), 1e-12);
  }
}

TEST(ChiSquare, CdfForTwoDofIsClosedForm) {
  // CDF(x, 2) = 1 - e^(-x/2) = -expm1(-x/2); e.g. x = 2 ln 10 -> 1 - 1/10 = 0.9.
  EXPECT_NEAR(chiSquareCdf(2.0 * std::log(10.0), 2), 0.9, 1e-15);
  for (double x : {1e-12, 0.1, 1.0, 4.6, 10.0, 50.0}) {
    SCOPED_TRACE(x);
    expectRelNear(chiSquareCdf(x, 2), -std::expm1(-0.5 * x), 1e-14);
  }
}

TEST(ChiSquare, CdfForEvenDofMatchesPoissonSum) {
  // CDF(x, 2k) = 1 - e^(-x/2) sum_{i<k} (x/2)^i / i!.
  // Worked example: k = 2, x = 4 -> 1 - e^-2 (1 + 2) = 1 - 3 e^-2 = 0.593994150290162.
  EXPECT_NEAR(chiSquareCdf(4.0, 4), 0.593994150290162, 1e-15);
  for (unsigned k : {1u, 2u, 3u, 5u, 10u, 50u}) {
    const double dof = 2.0 * k;
    for (double factor : {0.25, 0.5, 0.9, 1.0, 1.1, 1.5, 2.0, 3.0}) {
      const double x = factor * dof;
      SCOPED_TRACE("k = " + std::to_string(k) + ", x = " + std::to_string(x));
      EXPECT_NEAR(chiSquareCdf(x, dof), 1.0 - poissonBelow(k, 0.5 * x), 1e-14);
    }
  }
}

TEST(ChiSquare, CdfKeepsRelativeAccuracyInLowerTail) {
  // Deep in the lower tail 1 - (sum) would cancel, so sum the other side of the Poisson series:
  // CDF(x, 2k) = e^(-x/2) sum_{i>=k} (x/2)^i / i!.
  // Worked example: k = 5, x = 0.01 -> e^-0.005 * 0.005^5 / 120 * (1 + 0.005/6 + ...)
  //   = 2.5933391898395e-14.
  expectRelNear(chiSquareCdf(0.01, 10), 2.5933391898395e-14, 1e-13);
  const struct {
    unsigned k;
    double x;
  } cases[] = {{5, 0.01}, {10, 1e-3}, {50, 4.0}, {50, 30.0}, {50, 60.0}, {3, 1e-6}};
  for (const auto& c : cases) {
    SCOPED_TRACE("k = " + std::to_string(c.k) + ", x = " + std::to_string(c.x));
    expectRelNear(chiSquareCdf(c.x, 2.0 * c.k), poissonAtLeast(c.k, 0.5 * c.x), 1e-13);
  }
}

TEST(ChiSquare, CdfForOneDofIsErf) {
  // X ~ chi2(1) is Z^2 with Z standard normal: P(Z^2 <= x) = P(|Z| <= sqrt x) = erf(sqrt(x/2)).
  // Worked example: x = 3.841458820694124 (chi2_0.95(1), 1.959964^2) -> erf(1.385903) = 0.95.
  EXPECT_NEAR(chiSquareCdf(3.841458820694124, 1), 0.95, 1e-14);
  for (double x : {1e-20, 1e-6, 0.1, 1.0, 3.0, 10.0, 25.0}) {
    SCOPED_TRACE(x);
    expectRelNear(chiSquareCdf(x, 1), std::erf(std::sqrt(0.5 * x)), 1e-14);
  }
}

TEST(ChiSquare, CdfForLargeEvenDofMatchesPoissonSum) {
  // dof = 2000 (k = 1000): same identity as for small k, but e^(-x/2) underflows, so each
  // Poisson term is formed in log space: exp(-m + i ln m - ln i!). In double that exponent
  // (~7900 in size) would carry ~1e-12 error; long double (64-bit mantissa) brings it to ~1e-15.
  if (std::numeric_limits<long double>::digits < 64) {
    GTEST_SKIP() << "needs an extended-precision long double for the reference sum";
  }
  // Worked example (from the normal approximation, only as a sanity bound): x = nu +- 1.6 sd,
  // sd = sqrt(2 nu) = 63.2, so CDF(1900) ~ 0.055, CDF(2000) ~ 0.5, CDF(2100) ~ 0.94.
  for (double x : {1900.0, 2000.0, 2100.0}) {
    SCOPED_TRACE(x);
    const long double mean = 0.5L * static_cast<long double>(x);
    long double below = 0.0L;
    for (int i = 0; i < 1000; ++i) {
      below += std::exp(-mean + i * std::log(mean) - std::lgamma(i + 1.0L));
    }
    expectRelNear(chiSquareCdf(x, 2000), static_cast<double>(1.0L - below), 1e-13);
  }
  EXPECT_NEAR(chiSquareCdf(1900, 2000), 0.055, 0.01);
  EXPECT_NEAR(chiSquareCdf(2100, 2000), 0.94, 0.01);
}

TEST(ChiSquare, QuantileRoundTrips) {
  // chiSquareCdf(chiSquareQuantile(p, nu), nu) recovers p to 1e-12 relative.
  for (double nu : {1.0, 2.0, 3.5, 30.0, 1000.0, 2000.0}) {
    for (double p : {1e-10, 1e-9, 0.025, 0.5, 0.975, 1 - 1e-9, 1 - 1e-10}) {
      SCOPED_TRACE("nu = " + std::to_string(nu) + ", p = " + std::to_string(p));
      const double x = chiSquareQuantile(p, nu);
      expectRelNear(chiSquareCdf(x, nu), p, 1e-12);
    }
  }
}

TEST(ChiSquare, UpperQuantileKeepsRelativePrecisionOfTail) {
  // For p near 1 the CDF cannot resolve the tail, so check the upper tail directly with the
  // Poisson form: 1 - CDF(x, 2k) = e^(-x/2) sum_{i<k} (x/2)^i / i! must equal 1 - p.
  // 1 - p is exact in double for p >= 0.5, so q below is the tail actually asked for.
  // Worked example: k = 2, p = 1 - 1e-9 -> e^-m (1 + m) = 1e-9 at m = 23.9397 (x = 47.879).
  for (unsigned k : {1u, 2u, 5u, 50u}) {
    for (double tail : {1e-3, 1e-9, 1e-10}) {
      const double p = 1.0 - tail;
      const double q = 1.0 - p;
      SCOPED_TRACE("k = " + std::to_string(k) + ", q = " + std::to_string(q));
      const double x = chiSquareQuantile(p, 2.0 * k);
      expectRelNear(poissonBelow(k, 0.5 * x), q, 1e-12);
    }
  }
}

TEST(ChiSquare, QuantileIsMonotone) {
  double previous = 0.0;
  for (double p : {1e-10, 1e-6, 0.01, 0.2, 0.5, 0.8, 0.99, 1 - 1e-6, 1 - 1e-10}) {
    const double x = chiSquareQuantile(p, 7.0);
    EXPECT_GT(x, previous) << "p = " << p;
    previous = x;
  }
  previous = 0.0;
  for (double nu : {1.0, 2.0, 5.0, 50.0, 500.0, 2000.0}) {
    const double x = chiSquareQuantile(0.3, nu);
    EXPECT_GT(x, previous) << "nu = " << nu;
    previous = x;
  }
}

TEST(ChiSquare, RegularizedGammaPMatchesClosedForms) {
  // P(1, x) = 1 - e^-x; P(1/2, x) = erf(sqrt x); P(3, x) = 1 - e^-x (1 + x + x^2/2).
  // Worked example: P(3, 2) = 1 - 5 e^-2 = 0.323323583816936.
  EXPECT_NEAR(regularizedGammaP(3, 2), 0.323323583816936, 1e-15);
  for (double x : {1e-8, 0.3, 1.0, 2.5, 7.0, 30.0}) {
    SCOPED_TRACE(x);
    expectRelNear(regularizedGammaP(1, x), -std::expm1(-x), 1e-14);
    expectRelNear(regularizedGammaP(0.5, x), std::erf(std::sqrt(x)), 1e-14);
    expectRelNear(regularizedGammaP(3, x), poissonAtLeast(3, x), 1e-13);
  }
  EXPECT_EQ(regularizedGammaP(2.5, 0.0), 0.0);
  EXPECT_EQ(regularizedGammaP(2.5, kInf), 1.0);
  EXPECT_EQ(chiSquareCdf(0.0, 3), 0.0);
  EXPECT_EQ(chiSquareCdf(kInf, 3), 1.0);
}

TEST(ChiSquare, RejectsInvalidArguments) {
  EXPECT_THROW(regularizedGammaP(0.0, 1.0), std::invalid_argument);
  EXPECT_THROW(regularizedGammaP(-1.0, 1.0), std::invalid_argument);
  EXPECT_THROW(regularizedGammaP(kInf, 1.0), std::invalid_argument);
  EXPECT_THROW(regularizedGammaP(kNaN, 1.0), std::invalid_argument);
  EXPECT_THROW(regularizedGammaP(1.0, -1e-300), std::invalid_argument);
  EXPECT_THROW(regularizedGammaP(1.0, kNaN), std::invalid_argument);

  EXPECT_THROW(chiSquareCdf(-1.0, 2.0), std::invalid_argument);
  EXPECT_THROW(chiSquareCdf(kNaN, 2.0), std::invalid_argument);
  EXPECT_THROW(chiSquareCdf(1.0, 0.0), std::invalid_argument);
  EXPECT_THROW(chiSquareCdf(1.0, -2.0), std::invalid_argument);
  EXPECT_THROW(chiSquareCdf(1.0, kInf), std::invalid_argument);
  EXPECT_THROW(chiSquareCdf(1.0, kNaN), std::invalid_argument);

  EXPECT_THROW(chiSquareQuantile(0.0, 2.0), std::invalid_argument);
  EXPECT_THROW(chiSquareQuantile(1.0, 2.0), std::invalid_argument);
  EXPECT_THROW(chiSquareQuantile(-0.1, 2.0), std::invalid_argument);
  EXPECT_THROW(chiSquareQuantile(1.5, 2.0), std::invalid_argument);
  EXPECT_THROW(chiSquareQuantile(kNaN, 2.0), std::invalid_argument);
  EXPECT_THROW(chiSquareQuantile(0.5, 0.0), std::invalid_argument);
  EXPECT_THROW(chiSquareQuantile(0.5, -1.0), std::invalid_argument);
  EXPECT_THROW(chiSquareQuantile(0.5, kInf), std::invalid_argument);
  EXPECT_THROW(chiSquareQuantile(0.5, kNaN), std::invalid_argument);
}

TEST(ChiSquare, ErrorMessageNamesArgumentAndValue) {
  try {
    chiSquareQuantile(0.5, -3.5);
    FAIL() << "expected std::invalid_argument";
  } catch (const std::invalid_argument& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("chiSquareQuantile"), std::string::npos) << message;
    EXPECT_NE(message.find("dof"), std::string::npos) << message;
    EXPECT_NE(message.find("-3.5"), std::string::npos) << message;
  }
}

// ---------------------------------------------------------------------------------------------
// Mtbf

TEST(Mtbf, TimeTerminatedTwoSidedMatchesStandardsSheet) {
  // Standards sheet: T = 920 h, r = 7, C = 0.8 two-sided -> 78.2 h .. 236.2 h.
  // Lower: nu = 2r + 2 = 16, p = (1 + 0.8)/2 = 0.9: 2T / chi2_0.9(16) = 1840 / 23.542 = 78.158 h.
  // Upper: nu = 2r = 14, p = (1 - 0.8)/2 = 0.1: 2T / chi2_0.1(14) = 1840 / 7.790 = 236.200 h.
  // Tight tolerances propagate the table's +-0.0005: 1840 * 0.0005 / 23.542^2 = 0.0017 and
  // 1840 * 0.0005 / 7.790^2 = 0.0152.
  const MtbfEstimate e = estimateMtbf(920.0, 7, 0.8, TestTermination::Time);
  EXPECT_NEAR(e.lowerHours, 78.2, 0.05);
  EXPECT_NEAR(e.lowerHours, 1840.0 / 23.542, 0.0017);
  ASSERT_TRUE(e.upperHours.has_value());
  EXPECT_NEAR(*e.upperHours, 236.2, 0.05);
  EXPECT_NEAR(*e.upperHours, 1840.0 / 7.790, 0.0152);
  // Point estimate T / r = 920 / 7 = 131.428571... h.
  ASSERT_TRUE(e.pointHours.has_value());
  EXPECT_DOUBLE_EQ(*e.pointHours, 920.0 / 7.0);
}

TEST(Mtbf, OneSidedLowerBoundSolvesPoissonEquation) {
  // The one-sided lower bound theta_L is the MTBF at which seeing r or fewer failures in T
  // hours has probability 1 - C: sum_{i<=r} e^-m m^i / i! = 1 - C with m = T / theta_L.
  // Worked example: T = 920 h, r = 7, C = 0.8, nu = 16. Full chi-square tables (0.80 column)
  // give chi2_0.8(16) = 20.465, so theta_L = 1840 / 20.465 = 89.910 h
  // (+- 1840 * 0.0005 / 20.465^2 = 0.0022).
  const MtbfEstimate e = estimateMtbf(920.0, 7, 0.8, TestTermination::Time);
  const double m = 920.0 / e.lowerOneSidedHours;
  EXPECT_NEAR(poissonBelow(8, m), 0.2, 1e-13);
  EXPECT_NEAR(e.lowerOneSidedHours, 1840.0 / 20.465, 0.0022);
}

TEST(Mtbf, ZeroFailuresTimeTerminatedUsesClosedForm) {
  // r = 0, nu = 2: chi2_p(2) = -2 ln(1 - p).
  // Standards sheet: T = 2640 h, C = 0.7 one-sided -> 5280 / (-2 ln 0.3) = 2192.74 h.
  // Two-sided lower uses p = 0.85: 5280 / (-2 ln 0.15) = 1391.58 h.
  const MtbfEstimate e = estimateMtbf(2640.0, 0, 0.7, TestTermination::Time);
  EXPECT_NEAR(e.lowerOneSidedHours, 2192.7, 0.05);
  expectRelNear(e.lowerOneSidedHours, 5280.0 / (-2.0 * std::log(0.3)), 1e-12);
  expectRelNear(e.lowerHours, 5280.0 / (-2.0 * std::log(0.15)), 1e-12);
  EXPECT_FALSE(e.pointHours.has_value());
  EXPECT_FALSE(e.upperHours.has_value());
}

TEST(Mtbf, FailureTerminatedUsesTwoRDegreesOfFreedom) {
  // Hand computation, T = 500 h, r = 1, C = 0.9, failure-terminated: nu_lower = 2r = 2, so all
  // quantiles are closed-form, chi2_p(2) = -2 ln(1 - p):
  //   one-sided lower: 1000 / (-2 ln 0.10) = 1000 / 4.605170 = 217.1472 h
  //   two-sided lower: 1000 / (-2 ln 0.05) = 1000 / 5.991465 = 166.9041 h
  //   two-sided upper: 1000 / (-2 ln 0.95) = 1000 / 0.102587 = 9747.863 h
  //   point: 500 / 1 = 500 h.
  const MtbfEstimate e = estimateMtbf(500.0, 1, 0.9, TestTermination::Failure);
  EXPECT_NEAR(e.lowerOneSidedHours, 217.1472, 5e-5);
  EXPECT_NEAR(e.lowerHours, 166.9041, 5e-5);
  ASSERT_TRUE(e.upperHours.has_value());
  EXPECT_NEAR(*e.upperHours, 9747.863, 5e-4);
  ASSERT_TRUE(e.pointHours.has_value());
  EXPECT_DOUBLE_EQ(*e.pointHours, 500.0);
  // The same data time-terminated uses nu = 4: 1000 / chi2_0.9(4) = 1000 / 7.779 = 128.55 h
  // (+- 1000 * 0.0005 / 7.779^2 = 0.0083); the upper bound does not depend on termination.
  const MtbfEstimate t = estimateMtbf(500.0, 1, 0.9, TestTermination::Time);
  EXPECT_NEAR(t.lowerOneSidedHours, 1000.0 / 7.779, 0.0083);
  EXPECT_DOUBLE_EQ(*t.upperHours, *e.upperHours);
}

TEST(Mtbf, FailureTerminatedMatchesTableValues) {
  // T = 1000 h, r = 5, C = 0.95, failure-terminated: nu_lower = 10, nu_upper = 10.
  //   one-sided lower: 2000 / chi2_0.95(10) = 2000 / 18.307 = 109.248 h (+-0.0030)
  //   two-sided lower: 2000 / chi2_0.975(10) = 2000 / 20.483 = 97.642 h (+-0.0024)
  //   two-sided upper: 2000 / chi2_0.025(10) = 2000 / 3.247 = 615.953 h (+-0.095)
  // (NIST upper table nu = 10: 18.307, 20.483; lower table, exceed 0.975: 3.247.)
  const MtbfEstimate e = estimateMtbf(1000.0, 5, 0.95, TestTermination::Failure);
  EXPECT_NEAR(e.lowerOneSidedHours, 2000.0 / 18.307, 0.0030);
  EXPECT_NEAR(e.lowerHours, 2000.0 / 20.483, 0.0024);
  ASSERT_TRUE(e.upperHours.has_value());
  EXPECT_NEAR(*e.upperHours, 2000.0 / 3.247, 0.095);
  EXPECT_DOUBLE_EQ(*e.pointHours, 200.0);
}

TEST(Mtbf, ConfidenceNearOneKeepsTailPrecision) {
  // C = 1 - 1e-12, r = 0: two-sided lower = T / -ln((1 - C)/2). (1 + C)/2 would round away
  // ~1e-4 of the tail; the result must still match the closed form to 1e-12.
  const double c = 1.0 - 1e-12;
  const MtbfEstimate e = estimateMtbf(1000.0, 0, c, TestTermination::Time);
  expectRelNear(e.lowerHours, 1000.0 / -std::log(0.5 * (1.0 - c)), 1e-12);
  expectRelNear(e.lowerOneSidedHours, 1000.0 / -std::log(1.0 - c), 1e-12);
}

TEST(Mtbf, BoundsAreOrdered) {
  // Always: lower < lower one-sided (the two-sided bound leaves only (1 - C)/2 in its tail), and
  // T/r < upper (chi2_{(1-C)/2}(2r) lies below the median, which is below 2r).
  // Against T/r the lower bounds need enough confidence: the failure-terminated r = 1, C = 0.1
  // two-sided lower is 2T / chi2_0.55(2) = 2T / 1.597 > T, and the time-terminated r = 1,
  // C = 0.6 one-sided lower is 2T / chi2_0.6(4) = 2T / 4.045 > T. With C >= 0.6 the two-sided
  // quantile chi2_0.8(2r) >= 3.219 > 2r at r = 1 (and grows as 2r + 1.7 sqrt(r)), and with
  // C >= 0.9 the one-sided chi2_0.9(2r) >= 4.605 > 2r.
  for (TestTermination termination : {TestTermination::Time, TestTermination::Failure}) {
    for (unsigned r : {1u, 3u, 20u, 500u}) {
      for (double c : {0.1, 0.6, 0.9, 0.99}) {
        const MtbfEstimate e = estimateMtbf(1234.5, r, c, termination);
        SCOPED_TRACE("r = " + std::to_string(r) + ", C = " + std::to_string(c));
        EXPECT_LT(e.lowerHours, e.lowerOneSidedHours);
        EXPECT_LT(*e.pointHours, *e.upperHours);
        if (c >= 0.6) {
          EXPECT_LT(e.lowerHours, *e.pointHours);
        }
        if (c >= 0.9) {
          EXPECT_LT(e.lowerOneSidedHours, *e.pointHours);
        }
      }
    }
  }
}

TEST(Mtbf, RejectsInvalidArguments) {
  EXPECT_THROW(estimateMtbf(0.0, 1, 0.9, TestTermination::Time), std::invalid_argument);
  EXPECT_THROW(estimateMtbf(-10.0, 1, 0.9, TestTermination::Time), std::invalid_argument);
  EXPECT_THROW(estimateMtbf(kInf, 1, 0.9, TestTermination::Time), std::invalid_argument);
  EXPECT_THROW(estimateMtbf(kNaN, 1, 0.9, TestTermination::Time), std::invalid_argument);
  EXPECT_THROW(estimateMtbf(100.0, 1, 0.0, TestTermination::Time), std::invalid_argument);
  EXPECT_THROW(estimateMtbf(100.0, 1, 1.0, TestTermination::Time), std::invalid_argument);
  EXPECT_THROW(estimateMtbf(100.0, 1, -0.5, TestTermination::Time), std::invalid_argument);
  EXPECT_THROW(estimateMtbf(100.0, 1, 90.0, TestTermination::Time), std::invalid_argument);
  EXPECT_THROW(estimateMtbf(100.0, 1, kNaN, TestTermination::Time), std::invalid_argument);
  EXPECT_THROW(estimateMtbf(100.0, 0, 0.9, TestTermination::Failure), std::invalid_argument);
}

TEST(Mtbf, ErrorMessageNamesArgumentAndValue) {
  try {
    estimateMtbf(-5.0, 1, 0.9, TestTermination::Time);
    FAIL() << "expected std::invalid_argument";
  } catch (const std::invalid_argument& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("totalHours"), std::string::npos) << message;
    EXPECT_NE(message.find("-5"), std::string::npos) << message;
  }
}

// ---------------------------------------------------------------------------------------------
// DemonstrationTest

TEST(DemonstrationTest, ZeroFailuresIsLogOfInverseRisk) {
  // c = 0: T = theta * chi2_C(2) / 2 = theta * ln(1 / (1 - C)).
  // theta = 1000 h, C = 0.9 -> 1000 ln 10 = 2302.585 h.
  EXPECT_NEAR(demonstrationTestHours(1000.0, 0.9), 2302.585, 0.0005);
  expectRelNear(demonstrationTestHours(1000.0, 0.9), 1000.0 * std::log(10.0), 1e-12);
  expectRelNear(demonstrationTestHours(250.0, 0.6, 0), 250.0 * std::log(2.5), 1e-12);
}

TEST(DemonstrationTest, OneFailureMatchesPoisson) {
  // Passing with at most c = 1 failure when the true MTBF is theta must have probability
  // 1 - C: e^(-T/theta) (1 + T/theta) = 1 - C. For C = 0.9 the tabulated root is
  // T/theta = 3.88972 (= chi2_0.9(4) / 2 = 7.779 / 2).
  const double t = demonstrationTestHours(1000.0, 0.9, 1);
  EXPECT_NEAR(t / 1000.0, 3.88972, 5e-6);
  const double m = t / 1000.0;
  EXPECT_NEAR(std::exp(-m) * (1.0 + m), 0.1, 1e-14);
}

TEST(DemonstrationTest, MoreAllowedFailuresMatchPoissonAndTable) {
  // c = 2, C = 0.9: T/theta = chi2_0.9(6) / 2 = 10.645 / 2 = 5.3225 (+-0.00025, NIST), and
  // e^-m (1 + m + m^2/2) = 0.1.
  const double m2 = demonstrationTestHours(1.0, 0.9, 2);
  EXPECT_NEAR(m2, 10.645 / 2.0, 0.00025);
  EXPECT_NEAR(std::exp(-m2) * (1.0 + m2 + 0.5 * m2 * m2), 0.1, 1e-14);
  // General c: P(N <= c; m) = 1 - C.
  for (unsigned c : {0u, 1u, 4u, 10u, 40u}) {
    for (double conf : {0.5, 0.8, 0.95, 0.999}) {
      SCOPED_TRACE("c = " + std::to_string(c) + ", C = " + std::to_string(conf));
      const double m = demonstrationTestHours(1.0, conf, c);
      EXPECT_NEAR(poissonBelow(c + 1, m), 1.0 - conf, 1e-13);
    }
  }
}

TEST(DemonstrationTest, DemonstratedLowerBoundEqualsTarget) {
  // Running exactly the demonstration time and seeing exactly c failures must give a one-sided
  // lower bound equal to the target MTBF (same formula read both ways).
  for (unsigned c : {0u, 1u, 3u}) {
    const double t = demonstrationTestHours(800.0, 0.9, c);
    const MtbfEstimate e = estimateMtbf(t, c, 0.9, TestTermination::Time);
    expectRelNear(e.lowerOneSidedHours, 800.0, 1e-12);
  }
}

TEST(DemonstrationTest, ScalesLinearlyWithMtbf) {
  const double base = demonstrationTestHours(1.0, 0.95, 3);
  expectRelNear(demonstrationTestHours(1500.0, 0.95, 3), 1500.0 * base, 1e-14);
}

TEST(DemonstrationTest, RejectsInvalidArguments) {
  EXPECT_THROW(demonstrationTestHours(0.0, 0.9), std::invalid_argument);
  EXPECT_THROW(demonstrationTestHours(-100.0, 0.9), std::invalid_argument);
  EXPECT_THROW(demonstrationTestHours(kInf, 0.9), std::invalid_argument);
  EXPECT_THROW(demonstrationTestHours(kNaN, 0.9), std::invalid_argument);
  EXPECT_THROW(demonstrationTestHours(1000.0, 0.0), std::invalid_argument);
  EXPECT_THROW(demonstrationTestHours(1000.0, 1.0), std::invalid_argument);
  EXPECT_THROW(demonstrationTestHours(1000.0, kNaN, 2), std::invalid_argument);
}

}  // namespace
