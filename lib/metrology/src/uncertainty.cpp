#include "robocert/metrology/uncertainty.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <numbers>
#include <stdexcept>
#include <string>

#include "robocert/metrology/statistics.hpp"

namespace robocert::metrology {

namespace {

constexpr double kEps = std::numeric_limits<double>::epsilon();
constexpr double kInf = std::numeric_limits<double>::infinity();

std::string formatDouble(double value) {
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

[[noreturn]] void throwInvalid(const char* function, const char* argument, const char* requirement,
                               double value) {
  throw std::invalid_argument(std::string(function) + ": " + argument + " must be " + requirement +
                              ", got " + formatDouble(value));
}

// The negated comparisons make NaN fail every check.
void requireDof(const char* function, double dof) {
  if (!(dof > 0.0)) throwInvalid(function, "dof", "> 0", dof);
}

void requireOpenUnit(const char* function, const char* argument, double p) {
  if (!(p > 0.0 && p < 1.0)) throwInvalid(function, argument, "strictly between 0 and 1", p);
}

// ---- Student's t ----

// The regularized incomplete beta function's continued fraction loses about eps nu / t^2 of
// relative accuracy to cancellation when x = nu / (nu + t^2) is within 1/nu of 1. Beyond 1e4
// degrees of freedom and where that loss would exceed ~1e-12, the t distribution comes from its
// Cornish-Fisher expansion about the normal instead (Abramowitz & Stegun 26.7.5, four terms:
// the first omitted one is below 1e-15 relative there).
constexpr double kAsymptoticDof = 1e4;
constexpr double kBetaConditioning = 4500.0;

double normalUpperTail(double z) { return 0.5 * std::erfc(z / std::numbers::sqrt2); }

// Continued fraction of the regularized incomplete beta function (modified Lentz), converging
// quickly for x < (a + 1) / (a + b + 2).
double betaContinuedFraction(double a, double b, double x) {
  constexpr double tiny = 1e-300;
  const double qab = a + b;
  const double qap = a + 1.0;
  const double qam = a - 1.0;
  double c = 1.0;
  double d = 1.0 - qab * x / qap;
  if (std::abs(d) < tiny) d = tiny;
  d = 1.0 / d;
  double h = d;
  for (int m = 1; m <= 1'000'000; ++m) {
    const double m2 = 2.0 * m;
    double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
    d = 1.0 + aa * d;
    if (std::abs(d) < tiny) d = tiny;
    c = 1.0 + aa / c;
    if (std::abs(c) < tiny) c = tiny;
    d = 1.0 / d;
    h *= d * c;
    aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
    d = 1.0 + aa * d;
    if (std::abs(d) < tiny) d = tiny;
    c = 1.0 + aa / c;
    if (std::abs(c) < tiny) c = tiny;
    d = 1.0 / d;
    const double del = d * c;
    h *= del;
    if (std::abs(del - 1.0) <= kEps) return h;
  }
  throw std::runtime_error("incomplete beta: the continued fraction did not converge");
}

// ln(Gamma(a + 1/2) / (Gamma(a) Gamma(1/2))). For large a the two log-gammas are huge and
// nearly equal, so use the asymptotic series of their difference (error < 1e-16 at a >= 30).
double logBetaFrontHalf(double a) {
  const double lnSqrtPi = 0.5 * std::log(std::numbers::pi);
  if (a < 30.0) return std::lgamma(a + 0.5) - std::lgamma(a) - lnSqrtPi;
  const double r = 1.0 / a;
  const double r2 = r * r;
  return 0.5 * std::log(a) - lnSqrtPi +
         r * (-1.0 / 8 + r2 * (1.0 / 192 + r2 * (-1.0 / 640 + r2 * (17.0 / 14336))));
}

// A&S 26.7.5: t_p = z + g1/nu + g2/nu^2 + g3/nu^3 + g4/nu^4 with z the normal quantile.
double cornishFisher(double z, double dof) {
  const double z2 = z * z;
  const double g1 = (z2 + 1.0) * z / 4.0;
  const double g2 = ((5.0 * z2 + 16.0) * z2 + 3.0) * z / 96.0;
  const double g3 = (((3.0 * z2 + 19.0) * z2 + 17.0) * z2 - 15.0) * z / 384.0;
  const double g4 =
      ((((79.0 * z2 + 776.0) * z2 + 1482.0) * z2 - 1920.0) * z2 - 945.0) * z / 92160.0;
  const double r = 1.0 / dof;
  return z + r * (g1 + r * (g2 + r * (g3 + r * g4)));
}

// d cornishFisher / dz.
double cornishFisherSlope(double z, double dof) {
  const double z2 = z * z;
  const double d1 = (3.0 * z2 + 1.0) / 4.0;
  const double d2 = ((25.0 * z2 + 48.0) * z2 + 3.0) / 96.0;
  const double d3 = (((21.0 * z2 + 95.0) * z2 + 51.0) * z2 - 15.0) / 384.0;
  const double d4 = ((((711.0 * z2 + 5432.0) * z2 + 7410.0) * z2 - 5760.0) * z2 - 945.0) / 92160.0;
  const double r = 1.0 / dof;
  return 1.0 + r * (d1 + r * (d2 + r * (d3 + r * d4)));
}

// P(T > t) for t >= 0: I_x(nu/2, 1/2) / 2 with x = nu / (nu + t^2). x and 1 - x are formed
// separately so neither tail loses digits to cancellation.
double studentUpperTail(double t, double dof) {
  if (t == 0.0) return 0.5;
  if (std::isinf(dof)) return normalUpperTail(t);
  if (std::isinf(t)) return 0.0;
  if (dof > kAsymptoticDof && dof > kBetaConditioning * t * t) {
    // Invert t = cornishFisher(z) for z by Newton's method; then P(T > t) = P(Z > z).
    double z = t;
    for (int i = 0; i < 50; ++i) {
      const double step = (cornishFisher(z, dof) - t) / cornishFisherSlope(z, dof);
      z -= step;
      if (std::abs(step) <= kEps * std::abs(z)) break;
    }
    return normalUpperTail(z);
  }
  const double a = 0.5 * dof;
  const double b = 0.5;
  const double t2OverDof = t * t / dof;
  const double x = 1.0 / (1.0 + t2OverDof);        // nu / (nu + t^2)
  const double y = t2OverDof / (1.0 + t2OverDof);  // t^2 / (nu + t^2)
  const double lnFront = logBetaFrontHalf(a) - a * std::log1p(t2OverDof) + b * std::log(y);
  if (x < (a + 1.0) / (a + b + 2.0)) {
    return 0.5 * std::exp(lnFront) * betaContinuedFraction(a, b, x) / a;
  }
  // I_x(a, b) = 1 - I_y(b, a): t is small and the tail near 1/2, so the subtraction is benign.
  return 0.5 * (1.0 - std::exp(lnFront) * betaContinuedFraction(b, a, y) / b);
}

// The t >= 0 with studentUpperTail(t, dof) == q, q in (0, 1/2].
double studentUpperQuantile(double q, double dof) {
  if (q >= 0.5) return 0.0;
  if (!std::isinf(dof) && dof > kAsymptoticDof) {
    const double t = cornishFisher(studentUpperQuantile(q, kInf), dof);
    if (dof > kBetaConditioning * t * t) return t;
  }
  // The tail decreases in t: bracket, then bisect to the last bit.
  double lo = 0.0;
  double hi = 1.0;
  while (studentUpperTail(hi, dof) > q) {
    lo = hi;
    hi *= 2.0;
    if (std::isinf(hi)) return hi;
  }
  for (int i = 0; i < 2000 && hi - lo > 2.0 * kEps * hi; ++i) {
    const double mid = 0.5 * (lo + hi);
    if (mid <= lo || mid >= hi) break;
    (studentUpperTail(mid, dof) > q ? lo : hi) = mid;
  }
  return 0.5 * (lo + hi);
}

// ---- GUM ----

void requireComponents(const char* function, std::span<const UncertaintyComponent> components) {
  for (const UncertaintyComponent& c : components) {
    if (!(c.standardUncertainty >= 0.0 && std::isfinite(c.standardUncertainty)))
      throwInvalid(function, "standardUncertainty", "finite and >= 0", c.standardUncertainty);
    if (!std::isfinite(c.sensitivity))
      throwInvalid(function, "sensitivity", "finite", c.sensitivity);
    if (c.dof) requireDof(function, *c.dof);
  }
}

GumResult finish(std::span<const UncertaintyComponent> components, double variance,
                 CoverageRule rule) {
  GumResult out;
  out.combined = std::sqrt(variance);
  out.effectiveDof = welchSatterthwaite(components, out.combined);
  if (rule == CoverageRule::StudentT && out.effectiveDof) {
    const double nu = *out.effectiveDof >= 1.0 ? std::floor(*out.effectiveDof) : *out.effectiveDof;
    out.k = coverageFactor(nu);
  } else {
    out.k = 2.0;
  }
  out.expanded = out.k * out.combined;
  return out;
}

// ---- Monte Carlo ----

struct SequenceStats {
  double y = 0.0, u = 0.0, low = 0.0, high = 0.0;
};

// sqrt(sum (v - mean)^2 / (h (h - 1))): the standard deviation of the average of h values.
double stdOfAverage(const std::vector<double>& v) {
  const double h = static_cast<double>(v.size());
  return meanAndStd(v).stddev / std::sqrt(h);
}

double checkedValue(double y) {
  if (!std::isfinite(y))
    throw std::domain_error("Monte Carlo: the model gave a non-finite value (" + formatDouble(y) +
                            ")");
  return y;
}

}  // namespace

// ---- Distributions ---------------------------------------------------------------------------

double studentTCdf(double t, double dof) {
  requireDof("studentTCdf", dof);
  if (std::isnan(t)) throwInvalid("studentTCdf", "t", "a number", t);
  return t >= 0.0 ? 1.0 - studentUpperTail(t, dof) : studentUpperTail(-t, dof);
}

double studentTQuantile(double p, double dof) {
  requireOpenUnit("studentTQuantile", "p", p);
  requireDof("studentTQuantile", dof);
  // Work on the smaller tail, where p or 1 - p is exact.
  if (p > 0.5) return studentUpperQuantile(1.0 - p, dof);
  return -studentUpperQuantile(p, dof);
}

double coverageFactor(std::optional<double> dof, double coverage) {
  requireOpenUnit("coverageFactor", "coverage", coverage);
  if (dof) requireDof("coverageFactor", *dof);
  if (!dof && coverage == kTwoSigmaCoverage) return 2.0;
  return studentUpperQuantile(0.5 * (1.0 - coverage), dof.value_or(kInf));
}

// ---- GUM -------------------------------------------------------------------------------------

std::optional<double> welchSatterthwaite(std::span<const UncertaintyComponent> components,
                                         double combined) {
  double denominator = 0.0;
  for (const UncertaintyComponent& c : components) {
    if (!c.dof) continue;
    const double ci = c.sensitivity * c.standardUncertainty;
    const double ci2 = ci * ci;
    denominator += ci2 * ci2 / *c.dof;
  }
  if (denominator == 0.0) return std::nullopt;
  const double u2 = combined * combined;
  return u2 * u2 / denominator;
}

GumResult combine(std::span<const UncertaintyComponent> components, CoverageRule rule) {
  requireComponents("combine", components);
  double variance = 0.0;
  for (const UncertaintyComponent& c : components) {
    const double ci = c.sensitivity * c.standardUncertainty;
    variance += ci * ci;
  }
  return finish(components, variance, rule);
}

GumResult combine(std::span<const UncertaintyComponent> components,
                  const Eigen::MatrixXd& correlation, CoverageRule rule) {
  requireComponents("combine", components);
  const auto n = static_cast<Eigen::Index>(components.size());
  if (correlation.rows() != n || correlation.cols() != n)
    throw std::invalid_argument(
        "combine: the correlation matrix is " + std::to_string(correlation.rows()) + " x " +
        std::to_string(correlation.cols()) + " for " + std::to_string(n) + " components");
  Eigen::VectorXd contribution(n);
  for (Eigen::Index i = 0; i < n; ++i) {
    const auto& c = components[static_cast<std::size_t>(i)];
    contribution[i] = c.sensitivity * c.standardUncertainty;
  }
  for (Eigen::Index i = 0; i < n; ++i) {
    if (correlation(i, i) != 1.0)
      throwInvalid("combine", "a diagonal correlation", "1", correlation(i, i));
    for (Eigen::Index j = 0; j < n; ++j) {
      const double r = correlation(i, j);
      if (!(r >= -1.0 && r <= 1.0)) throwInvalid("combine", "a correlation", "in [-1, 1]", r);
      if (r != correlation(j, i))
        throw std::invalid_argument("combine: the correlation matrix is not symmetric");
      if (i != j && r != 0.0 &&
          (components[static_cast<std::size_t>(i)].dof ||
           components[static_cast<std::size_t>(j)].dof))
        throw std::invalid_argument(
            "combine: component " + std::to_string(i) + " is correlated with component " +
            std::to_string(j) +
            " but one of them has finite degrees of freedom; Welch-Satterthwaite needs those "
            "independent");
    }
  }
  double variance = contribution.dot(correlation * contribution);
  const double scale = contribution.squaredNorm();
  if (variance < 0.0) {
    if (variance < -1e-12 * scale)
      throw std::invalid_argument(
          "combine: the correlation matrix is not positive semi-definite (u_c^2 = " +
          formatDouble(variance) + ")");
    variance = 0.0;
  }
  return finish(components, variance, rule);
}

// ---- Monte Carlo -----------------------------------------------------------------------------

InputDistribution InputDistribution::normal(double mean, double standardDeviation) {
  if (!(standardDeviation >= 0.0 && std::isfinite(standardDeviation)))
    throwInvalid("InputDistribution::normal", "standardDeviation", "finite and >= 0",
                 standardDeviation);
  return {Kind::Normal, mean, standardDeviation, 0.0};
}

InputDistribution InputDistribution::rectangular(double centre, double halfWidth) {
  if (!(halfWidth >= 0.0 && std::isfinite(halfWidth)))
    throwInvalid("InputDistribution::rectangular", "halfWidth", "finite and >= 0", halfWidth);
  return {Kind::Rectangular, centre, halfWidth, 0.0};
}

InputDistribution InputDistribution::studentT(double mean, double scale, double dof) {
  if (!(scale >= 0.0 && std::isfinite(scale)))
    throwInvalid("InputDistribution::studentT", "scale", "finite and >= 0", scale);
  requireDof("InputDistribution::studentT", dof);
  return {Kind::StudentT, mean, scale, dof};
}

double InputDistribution::standardUncertainty() const {
  switch (kind) {
    case Kind::Normal:
      return scale;
    case Kind::Rectangular:
      return scale / std::numbers::sqrt3;
    case Kind::StudentT:
      return dof > 2.0 ? scale * std::sqrt(dof / (dof - 2.0)) : kInf;
  }
  return scale;
}

RandomSource::RandomSource(std::uint64_t seed) : engine_(seed) {}

double RandomSource::uniform() {
  // The top 53 bits, centred in their cell: never 0 or 1.
  const auto k = static_cast<double>(engine_() >> 11);
  return (k + 0.5) * 0x1.0p-53;
}

std::size_t RandomSource::index(std::size_t n) {
  if (n == 0) throw std::invalid_argument("RandomSource::index: n must be > 0");
  const auto i = static_cast<std::size_t>(uniform() * static_cast<double>(n));
  return std::min(i, n - 1);
}

double RandomSource::normal() {
  if (haveSpare_) {
    haveSpare_ = false;
    return spare_;
  }
  const double r = std::sqrt(-2.0 * std::log(uniform()));
  const double theta = 2.0 * std::numbers::pi * uniform();
  spare_ = r * std::sin(theta);
  haveSpare_ = true;
  return r * std::cos(theta);
}

double RandomSource::chiSquare(double dof) {
  requireDof("RandomSource::chiSquare", dof);
  // chi-square(nu) = 2 Gamma(nu / 2); Marsaglia & Tsang (2000) for shape >= 1, boosted below.
  double shape = 0.5 * dof;
  double boost = 1.0;
  if (shape < 1.0) {
    boost = std::pow(uniform(), 1.0 / shape);
    shape += 1.0;
  }
  const double d = shape - 1.0 / 3.0;
  const double c = 1.0 / std::sqrt(9.0 * d);
  for (;;) {
    double x = 0.0;
    double v = 0.0;
    do {
      x = normal();
      v = 1.0 + c * x;
    } while (v <= 0.0);
    v = v * v * v;
    const double u = uniform();
    const double x2 = x * x;
    if (u < 1.0 - 0.0331 * x2 * x2 || std::log(u) < 0.5 * x2 + d * (1.0 - v + std::log(v)))
      return 2.0 * d * v * boost;
  }
}

double RandomSource::studentT(double dof) {
  requireDof("RandomSource::studentT", dof);
  const double z = normal();
  return z / std::sqrt(chiSquare(dof) / dof);
}

double RandomSource::draw(const InputDistribution& d) {
  switch (d.kind) {
    case InputDistribution::Kind::Normal:
      return d.mean + d.scale * normal();
    case InputDistribution::Kind::Rectangular:
      return d.mean + d.scale * (2.0 * uniform() - 1.0);
    case InputDistribution::Kind::StudentT:
      return d.mean + d.scale * studentT(d.dof);
  }
  return d.mean;
}

MonteCarloResult summarize(std::vector<double>& values, double coverage) {
  requireOpenUnit("summarize", "coverage", coverage);
  const std::size_t m = values.size();
  if (m < 2) throw std::invalid_argument("summarize: needs at least 2 model values");
  const auto q = static_cast<std::size_t>(std::floor(coverage * static_cast<double>(m) + 0.5));
  if (q >= m || q == 0)
    throw std::invalid_argument("summarize: " + std::to_string(m) +
                                " model values are too few for coverage " + formatDouble(coverage));
  std::sort(values.begin(), values.end());
  MonteCarloResult out;
  out.trials = m;
  out.coverage = coverage;
  const MeanStd ms = meanAndStd(values);
  out.estimate = ms.mean;
  out.standardUncertainty = ms.stddev;
  const std::size_t r = (m - q + 1) / 2;  // 1-based
  out.symmetric = {values[r - 1], values[r - 1 + q]};
  std::size_t best = 0;
  for (std::size_t i = 1; i + q < m; ++i)
    if (values[i + q] - values[i] < values[best + q] - values[best]) best = i;
  out.shortest = {values[best], values[best + q]};
  return out;
}

MonteCarloResult propagate(const Trial& trial, const MonteCarloOptions& options) {
  requireOpenUnit("propagate", "coverage", options.coverage);
  if (options.significantDigits < 1)
    throwInvalid("propagate", "significantDigits", ">= 1", options.significantDigits);
  RandomSource source(options.seed);
  std::vector<double> all;
  if (!options.adaptive) {
    all.reserve(options.trials);
    for (std::size_t i = 0; i < options.trials; ++i) all.push_back(checkedValue(trial(source)));
    return summarize(all, options.coverage);
  }

  // JCGM 101 7.9.
  const auto j = static_cast<std::size_t>(std::ceil(100.0 / (1.0 - options.coverage)));
  const std::size_t perSequence = std::max<std::size_t>(j, 10'000);
  std::vector<double> ys, us, lows, highs;
  std::vector<double> sequence(perSequence);
  for (;;) {
    for (double& v : sequence) v = checkedValue(trial(source));
    all.insert(all.end(), sequence.begin(), sequence.end());
    const MonteCarloResult s = summarize(sequence, options.coverage);
    ys.push_back(s.estimate);
    us.push_back(s.standardUncertainty);
    lows.push_back(s.symmetric.low);
    highs.push_back(s.symmetric.high);
    if (ys.size() < 2) continue;
    const double delta = numericalTolerance(meanAndStd(all).stddev, options.significantDigits);
    const bool stable = 2.0 * stdOfAverage(ys) <= delta && 2.0 * stdOfAverage(us) <= delta &&
                        2.0 * stdOfAverage(lows) <= delta && 2.0 * stdOfAverage(highs) <= delta;
    if (stable || all.size() + perSequence > options.maxTrials) {
      MonteCarloResult out = summarize(all, options.coverage);
      out.converged = stable;
      return out;
    }
  }
}

MonteCarloResult propagate(const Model& f, std::span<const InputDistribution> inputs,
                           const MonteCarloOptions& options) {
  std::vector<double> x(inputs.size());
  return propagate(
      [&](RandomSource& source) {
        for (std::size_t i = 0; i < inputs.size(); ++i) x[i] = source.draw(inputs[i]);
        return f(x);
      },
      options);
}

double numericalTolerance(double u, int significantDigits) {
  if (!(u >= 0.0 && std::isfinite(u)))
    throwInvalid("numericalTolerance", "standardUncertainty", "finite and >= 0", u);
  if (significantDigits < 1)
    throwInvalid("numericalTolerance", "significantDigits", ">= 1", significantDigits);
  if (u == 0.0) return 0.0;
  int l = static_cast<int>(std::floor(std::log10(u))) - significantDigits + 1;
  // log10 may land one decade low at an exact power of ten, and rounding c may carry into an
  // extra digit (0.0996 at 2 digits is 10 x 10^-2): either way c gets ndig + 1 digits.
  if (std::round(u / std::pow(10.0, l)) >= std::pow(10.0, significantDigits)) ++l;
  return 0.5 * std::pow(10.0, l);
}

GumValidation validateGum(double estimate, double combined, double expanded,
                          const CoverageInterval& monteCarlo, int significantDigits) {
  GumValidation v;
  v.tolerance = numericalTolerance(combined, significantDigits);
  v.dLow = std::abs(estimate - expanded - monteCarlo.low);
  v.dHigh = std::abs(estimate + expanded - monteCarlo.high);
  v.validated = v.dLow <= v.tolerance && v.dHigh <= v.tolerance;
  return v;
}

}  // namespace robocert::metrology
