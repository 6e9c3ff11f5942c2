#pragma once

#include <optional>

// Chi-square machinery and the exponential-lifetime (constant failure rate) MTBF formulas used
// for reliability certification. All functions are pure and thread-safe. Every precondition
// violation, including any NaN argument, throws std::invalid_argument naming the argument and
// its value.
//
// Convention: chi2_p(nu) denotes the LOWER-tail quantile, i.e. P(X <= chi2_p(nu)) = p for
// X ~ chi-square(nu).

namespace robocert::metrology {

// Regularized lower incomplete gamma P(a, x) = gamma(a, x) / Gamma(a), in [0, 1].
// Domain: a > 0 and finite, x >= 0 (x = +infinity gives 1).
// Accuracy: relative error about 1e-14 for a up to ~1e6. Far in the lower tail (x well below a)
// it grows to order a ulps, which is also how much P moves when x changes by one ulp.
// Throws std::runtime_error for a above ~1e12 with x near a, where the O(sqrt(a))-term series
// would exceed its iteration cap.
double regularizedGammaP(double a, double x);

// P(X <= x) for X ~ chi-square with dof degrees of freedom (dof need not be an integer);
// equals regularizedGammaP(dof / 2, x / 2), with the same accuracy and limits.
// Domain: dof > 0 and finite, x >= 0 (x = +infinity gives 1).
double chiSquareCdf(double x, double dof);

// Lower-tail quantile chi2_p(dof): the x with chiSquareCdf(x, dof) == p.
// Domain: p strictly in (0, 1), dof > 0 and finite.
// Accuracy: about 1e-12 relative in x (typically 1e-14) for dof in [1, 2000] and p in
// [1e-10, 1 - 1e-10], and still good far beyond; for p > 0.5 the iteration works on the upper
// tail 1 - p (exact in double), so quantiles near p = 1 keep full precision. Quantiles too small
// for a normal double come back subnormal or 0. Throws std::runtime_error like chiSquareCdf for
// dof above ~2e12.
double chiSquareQuantile(double p, double dof);

// How the reliability test ended; it fixes the degrees of freedom of the lower MTBF bound.
enum class TestTermination {
  Time,     // stopped at a planned test time (censored): nu_lower = 2r + 2
  Failure,  // stopped at the r-th failure: nu_lower = 2r
};

// MTBF estimate in hours for a constant failure rate (exponential lifetimes). In the field
// comments T = totalHours, r = failures, C = confidence.
struct MtbfEstimate {
  std::optional<double> pointHours;  // T / r; nullopt when r == 0
  double lowerOneSidedHours = 0.0;   // 2T / chi2_C(nu_lower)
  double lowerHours = 0.0;           // two-sided lower: 2T / chi2_{(1+C)/2}(nu_lower)
  std::optional<double> upperHours;  // two-sided upper: 2T / chi2_{(1-C)/2}(2r); nullopt
                                     // when r == 0 (no finite upper bound exists)
};

// Preconditions: totalHours > 0 and finite; confidence strictly in (0, 1); a failure-terminated
// test needs failures >= 1 (it cannot end without a failure).
// Two-sided bounds each leave (1 - C) / 2 in their tail, so lowerHours <= lowerOneSidedHours.
MtbfEstimate estimateMtbf(double totalHours, unsigned failures, double confidence,
                          TestTermination termination);

// Total test hours (time-terminated, no acceleration) that demonstrate MTBF >= mtbfHours at
// one-sided confidence C if at most allowedFailures failures occur:
// T = mtbfHours * chi2_C(2c + 2) / 2. With c = 0 this is mtbfHours * ln(1 / (1 - C)).
// Preconditions: mtbfHours > 0 and finite; confidence strictly in (0, 1).
double demonstrationTestHours(double mtbfHours, double confidence, unsigned allowedFailures = 0);

}  // namespace robocert::metrology
