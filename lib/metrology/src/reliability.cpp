#include "robocert/metrology/reliability.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <numbers>
#include <stdexcept>
#include <string>

namespace robocert::metrology {

namespace {

constexpr double kEps = std::numeric_limits<double>::epsilon();
constexpr double kInf = std::numeric_limits<double>::infinity();
// Generous: the series and the continued fraction need O(sqrt(a)) terms near x ~ a, so this
// covers a up to ~1e12.
constexpr long kMaxTerms = 10'000'000;

std::string formatDouble(double value) {
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

[[noreturn]] void throwInvalid(const char* function, const char* argument, const char* requirement,
                               const std::string& value) {
  throw std::invalid_argument(std::string(function) + ": " + argument + " must be " + requirement +
                              ", got " + value);
}

// The negated comparisons make NaN fail every check.
void requirePositiveFinite(const char* function, const char* argument, double value) {
  if (!(value > 0.0 && std::isfinite(value))) {
    throwInvalid(function, argument, "finite and > 0", formatDouble(value));
  }
}

void requireNonNegative(const char* function, const char* argument, double value) {
  if (!(value >= 0.0)) throwInvalid(function, argument, ">= 0", formatDouble(value));
}

void requireOpenUnit(const char* function, const char* argument, double value) {
  if (!(value > 0.0 && value < 1.0)) {
    throwInvalid(function, argument, "strictly between 0 and 1", formatDouble(value));
  }
}

// log(1 + t) - t. Near t = 0 the two terms cancel, so use the atanh form
// log(1 + t) = 2 atanh(u), u = t / (2 + t), which gives log(1 + t) - t = u (2 u^2 S - t) with
// S = sum_k u^(2k) / (2k + 3); no cancellation, and |u| <= 1/3 converges fast.
double log1pMinusX(double t) {
  if (t < -0.5 || t > 1.0) return std::log1p(t) - t;
  const double u = t / (2.0 + t);
  const double u2 = u * u;
  double power = 1.0;
  double sum = 0.0;
  for (int k = 0; k < 60; ++k) {
    const double term = power / (2.0 * k + 3.0);
    sum += term;
    if (term <= kEps * sum) break;
    power *= u2;
  }
  return u * (2.0 * u2 * sum - t);
}

// s(a) in ln Gamma(a + 1) = (a + 1/2) ln a - a + ln(2 pi) / 2 + s(a). Separating it lets the
// large terms of x^a e^-x / Gamma(a + 1) cancel analytically instead of in floating point.
double stirlingCorrection(double a) {
  if (a < 10.0) {
    // Small a: the terms are O(10), so direct cancellation costs only a few ulps.
    return std::lgamma(a + 1.0) - (a + 0.5) * std::log(a) + a -
           0.5 * std::log(2.0 * std::numbers::pi);
  }
  // Asymptotic series; at a = 10 the first omitted term is ~3e-17.
  const double r = 1.0 / a;
  const double r2 = r * r;
  return r * (1.0 / 12 +
              r2 * (-1.0 / 360 +
                    r2 * (1.0 / 1260 +
                          r2 * (-1.0 / 1680 +
                                r2 * (1.0 / 1188 + r2 * (-691.0 / 360360 + r2 * (1.0 / 156)))))));
}

// ln(x^a e^-x / Gamma(a + 1)) for x > 0. For large a the naive form subtracts numbers of size
// a ln a, losing ~log10(a) digits; rewriting it as a (ln(x/a) - (x - a)/a) - s(a) - ln(2 pi a)/2
// keeps full relative accuracy where it matters (x near a).
double logPrefactor(double a, double x) {
  if (a < 10.0) return a * std::log(x) - x - std::lgamma(a + 1.0);
  const double t = (x - a) / a;
  // Outside the series range log(x) - log(a) avoids losing x when x / a is below machine epsilon.
  const double logRatioMinusT =
      (t < -0.5 || t > 1.0) ? (std::log(x) - std::log(a)) - t : log1pMinusX(t);
  return a * logRatioMinusT - stirlingCorrection(a) - 0.5 * std::log(2.0 * std::numbers::pi * a);
}

struct GammaTails {
  double lower;         // P(a, x)
  double upper;         // Q(a, x) = 1 - P(a, x)
  double logPrefactor;  // ln(x^a e^-x / Gamma(a + 1)); x * d/dx P = a * exp(logPrefactor)
};

// Computes whichever tail is small directly (series for P when x < a + 1, continued fraction
// for Q otherwise) so that both tails are accurate; the other one is 1 minus it, which is then
// at least ~0.08 for a >= 0.5 and loses nothing noticeable.
GammaTails gammaTails(double a, double x) {
  if (x == 0.0) return {0.0, 1.0, -kInf};
  if (std::isinf(x)) return {1.0, 0.0, -kInf};
  const double logPre = logPrefactor(a, x);
  if (x < a + 1.0) {
    // P = x^a e^-x / Gamma(a + 1) * sum_n x^n / ((a + 1)...(a + n)); all terms positive.
    double term = 1.0;
    double sum = 1.0;
    for (long n = 1;; ++n) {
      if (n > kMaxTerms) throw std::runtime_error("regularizedGammaP: series did not converge");
      term *= x / (a + static_cast<double>(n));
      sum += term;
      if (term <= 0.5 * kEps * sum) break;
    }
    const double lower = std::exp(logPre + std::log(sum));
    return {lower, 1.0 - lower, logPre};
  }
  // Q = x^a e^-x / Gamma(a) * 1 / (x + 1 - a - 1 (1 - a) / (x + 3 - a - 2 (2 - a) / ...)),
  // evaluated by the modified Lentz method; kTiny stands in for a zero denominator.
  constexpr double kTiny = 1e-300;
  double b = x + 1.0 - a;
  double c = 1.0 / kTiny;
  double d = 1.0 / b;
  double fraction = d;
  for (long i = 1;; ++i) {
    if (i > kMaxTerms) {
      throw std::runtime_error("regularizedGammaP: continued fraction did not converge");
    }
    const double di = static_cast<double>(i);
    const double an = -di * (di - a);
    b += 2.0;
    d = an * d + b;
    if (std::abs(d) < kTiny) d = kTiny;
    c = b + an / c;
    if (std::abs(c) < kTiny) c = kTiny;
    d = 1.0 / d;
    const double delta = d * c;
    fraction *= delta;
    if (std::abs(delta - 1.0) <= 2.0 * kEps) break;
  }
  // x^a e^-x / Gamma(a) = a * exp(logPre).
  const double upper = std::exp(logPre + std::log(a * fraction));
  return {1.0 - upper, upper, logPre};
}

// Rough standard normal quantile (Abramowitz & Stegun 26.2.23, |error| < 4.5e-4); only seeds
// the Newton iteration.
double approximateNormalQuantile(double p) {
  const double tail = p < 0.5 ? p : 1.0 - p;
  const double t = std::sqrt(-2.0 * std::log(tail));
  const double z = t - (2.515517 + t * (0.802853 + t * 0.010328)) /
                           (1.0 + t * (1.432788 + t * (0.189269 + t * 0.001308)));
  return p < 0.5 ? -z : z;
}

// Starting point y0 for P(a, y0) = lowerProb (y = x / 2, chi-square dof = 2a).
double initialGuess(double a, double lowerProb, double upperProb) {
  const bool lowerTail = lowerProb <= upperProb;
  if (lowerTail) {
    // P(a, y) ~ y^a / Gamma(a + 1) once e^-y ~ 1, i.e. y << 1; Wilson-Hilferty is poor there.
    const double smallY = std::exp((std::log(lowerProb) + std::lgamma(a + 1.0)) / a);
    if (smallY < 0.5 || a < 1.0) return std::max(smallY, std::numeric_limits<double>::min());
  }
  // Wilson-Hilferty: (X / nu)^(1/3) is nearly normal with mean 1 - h and variance h.
  const double nu = 2.0 * a;
  const double h = 2.0 / (9.0 * nu);
  const double z = approximateNormalQuantile(lowerTail ? lowerProb : 1.0 - upperProb);
  const double base = std::max(1.0 - h + z * std::sqrt(h), 0.1);
  return 0.5 * nu * base * base * base;
}

// Solves P(a, y) = lowerProb, given both lowerProb and upperProb = 1 - lowerProb so that the
// smaller (accurately known) one drives the iteration; this keeps upper quantiles exact when
// lowerProb itself would round to 1.
//
// Newton on g(u) = ln(tail(e^u)) - ln(target), u = ln y: the tails are close to power laws
// (lower) or exponentials (upper) in y, which are nearly linear in this form, so Newton converges
// from far away; and steps in ln y keep relative precision for quantiles as small as 1e-20. The
// slope dg/du = a exp(logPrefactor) / tail is y times the gamma pdf, i.e. x times the
// chi-square pdf, evaluated in log space. A bracket [lo, hi] on y is kept throughout and
// geometric bisection replaces any Newton step that leaves it or stalls.
double gammaQuantile(double a, double lowerProb, double upperProb) {
  const bool useUpper = upperProb < lowerProb;
  const double logTarget = std::log(useUpper ? upperProb : lowerProb);
  if (!useUpper) {
    // Below the smallest normal double P(a, y) = y^a / Gamma(a + 1) to full precision; solving
    // it directly avoids iterating on a CDF that underflows.
    const double logSmallY = (logTarget + std::lgamma(a + 1.0)) / a;
    if (logSmallY < std::log(std::numeric_limits<double>::min())) return std::exp(logSmallY);
  }
  double lo = 0.0;
  double hi = kInf;
  double y = initialGuess(a, lowerProb, upperProb);
  double lastStep = kInf;
  double stepBefore = kInf;
  constexpr double kStepTolerance = 1e-10;  // the step after this one is ~1e-20: converged
  for (int iteration = 0; iteration < 300; ++iteration) {
    const GammaTails tails = gammaTails(a, y);
    const double tail = useUpper ? tails.upper : tails.lower;
    // g increases with y in both modes; a tail that underflowed means y is far off on that side.
    double g = 0.0;
    if (tail <= 0.0) {
      g = useUpper ? kInf : -kInf;
    } else {
      g = useUpper ? logTarget - std::log(tail) : std::log(tail) - logTarget;
    }
    if (g == 0.0) return y;
    if (g < 0.0) {
      lo = y;
    } else {
      hi = y;
    }
    double next = 0.0;
    double step = kInf;
    if (std::isfinite(g)) {
      const double slope = std::exp(std::log(a) + tails.logPrefactor - std::log(tail));
      step = -g / slope;
      next = y * std::exp(step);
      // Checked before the bracket test: a converged step may round onto a bracket end.
      if (std::abs(step) <= kStepTolerance) return next;
    }
    const bool bracketed = lo > 0.0 && std::isfinite(hi);
    const bool newtonOk = std::isfinite(next) && next > lo && next < hi &&
                          !(bracketed && std::abs(step) > 0.5 * std::abs(stepBefore));
    if (!newtonOk) {
      if (!std::isfinite(hi)) {
        next = lo * 8.0;
      } else if (lo == 0.0) {
        // Squaring reaches quantiles near the bottom of the double range in a few steps.
        constexpr double kSmallest = std::numeric_limits<double>::denorm_min();
        if (hi <= kSmallest) return hi;
        next = std::max(hi * std::min(0.125, hi), kSmallest);
      } else {
        next = std::sqrt(lo) * std::sqrt(hi);
      }
      step = std::log(next / y);
    }
    // The second test ends the search among subnormals, where steps can round to nothing.
    if ((bracketed && hi - lo <= 4.0 * kEps * hi) || next == y) return next;
    stepBefore = lastStep;
    lastStep = step;
    y = next;
  }
  // Only reachable when the root is ill-conditioned (dof far below 1): y already sits in the
  // band where the computed CDF cannot tell values apart.
  return y;
}

}  // namespace

double regularizedGammaP(double a, double x) {
  requirePositiveFinite("regularizedGammaP", "a", a);
  requireNonNegative("regularizedGammaP", "x", x);
  return gammaTails(a, x).lower;
}

double chiSquareCdf(double x, double dof) {
  requireNonNegative("chiSquareCdf", "x", x);
  requirePositiveFinite("chiSquareCdf", "dof", dof);
  return gammaTails(0.5 * dof, 0.5 * x).lower;
}

double chiSquareQuantile(double p, double dof) {
  requireOpenUnit("chiSquareQuantile", "p", p);
  requirePositiveFinite("chiSquareQuantile", "dof", dof);
  // 1 - p is exact for p >= 0.5 (Sterbenz), so the upper tail loses nothing.
  return 2.0 * gammaQuantile(0.5 * dof, p, 1.0 - p);
}

MtbfEstimate estimateMtbf(double totalHours, unsigned failures, double confidence,
                          TestTermination termination) {
  constexpr const char* kFunction = "estimateMtbf";
  requirePositiveFinite(kFunction, "totalHours", totalHours);
  requireOpenUnit(kFunction, "confidence", confidence);
  if (termination == TestTermination::Failure && failures == 0) {
    throwInvalid(kFunction, "failures", ">= 1 for a failure-terminated test",
                 std::to_string(failures));
  }
  const double r = static_cast<double>(failures);
  // Gamma shape a = nu / 2, so 2T / chi2(nu) = T / y with y the gamma quantile.
  const double aLower = termination == TestTermination::Time ? r + 1.0 : r;
  // Both tail probabilities are passed so none is formed as 1 - (tiny) and rounded to 1.
  const double alpha = 1.0 - confidence;
  const double halfAlpha = 0.5 * alpha;
  const double twoSidedHigh = 0.5 * (1.0 + confidence);

  MtbfEstimate estimate;
  estimate.lowerOneSidedHours = totalHours / gammaQuantile(aLower, confidence, alpha);
  estimate.lowerHours = totalHours / gammaQuantile(aLower, twoSidedHigh, halfAlpha);
  if (failures > 0) {
    estimate.pointHours = totalHours / r;
    estimate.upperHours = totalHours / gammaQuantile(r, halfAlpha, twoSidedHigh);
  }
  return estimate;
}

double demonstrationTestHours(double mtbfHours, double confidence, unsigned allowedFailures) {
  requirePositiveFinite("demonstrationTestHours", "mtbfHours", mtbfHours);
  requireOpenUnit("demonstrationTestHours", "confidence", confidence);
  // chi2_C(2c + 2) / 2 is the gamma(c + 1) quantile.
  const double a = static_cast<double>(allowedFailures) + 1.0;
  return mtbfHours * gammaQuantile(a, confidence, 1.0 - confidence);
}

}  // namespace robocert::metrology
