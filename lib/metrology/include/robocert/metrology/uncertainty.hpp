#pragma once

// Measurement uncertainty: the GUM law of propagation (JCGM 100:2008) and the Monte Carlo
// propagation of distributions (JCGM 101:2008), with the JCGM 101 clause 8 validation of a GUM
// result. Pure functions (and one seeded random source), Eigen + std only, thread-safe.
// Quantities carry whatever unit the caller gives them; a component's sensitivity coefficient
// converts its input unit into the output unit. Precondition violations (negative or NaN
// uncertainties, degrees of freedom <= 0, probabilities outside (0, 1), ...) throw
// std::invalid_argument naming the argument and its value.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <random>
#include <span>
#include <vector>

#include <Eigen/Core>

namespace robocert::metrology {

// ---- Distributions ---------------------------------------------------------------------------

// The coverage probability of +-2 standard deviations of a normal distribution, erf(sqrt 2):
// what "k = 2, about 95 %" means exactly. Coverage factors computed for it are 2 at infinite
// degrees of freedom.
inline constexpr double kTwoSigmaCoverage = 0.9544997361036416;

// P(T <= t) for T ~ Student's t with dof degrees of freedom (dof > 0, not necessarily an
// integer; +infinity gives the standard normal). About 1e-12 relative in the lower tail (and so
// in the upper one by symmetry, P(T > t) = studentTCdf(-t)): the regularized incomplete beta
// function's continued fraction up to 1e4 dof, the Cornish-Fisher expansion beyond where the
// fraction would lose digits.
double studentTCdf(double t, double dof);

// The lower-tail quantile: the t with studentTCdf(t, dof) == p, for p in (0, 1) and dof > 0
// (+infinity: the standard normal quantile). Computed from the CDF by bisection on the smaller
// tail probability (or directly from the Cornish-Fisher expansion), not from tables; about
// 1e-12 relative.
double studentTQuantile(double p, double dof);

// The coverage factor k_p = t_{(1+p)/2}(dof) of a two-sided interval with coverage probability
// p (GUM G.3.4): kTwoSigmaCoverage at infinite dof gives exactly 2; at 1 dof 13.97 (GUM Table
// G.2). std::nullopt dof means infinite.
double coverageFactor(std::optional<double> dof, double coverage = kTwoSigmaCoverage);

// ---- GUM (JCGM 100) --------------------------------------------------------------------------

// One input's contribution: its standard uncertainty u(x_i) (in the input's unit), the
// sensitivity coefficient c_i = df/dx_i at the estimates, and its degrees of freedom
// (std::nullopt: infinite, e.g. a Type B evaluation taken as exactly known).
struct UncertaintyComponent {
  double standardUncertainty = 0.0;
  double sensitivity = 1.0;
  std::optional<double> dof;
};

// How the expanded uncertainty's coverage factor is chosen.
enum class CoverageRule {
  KEquals2,  // k = 2, whatever the degrees of freedom
  // k = t_p(nu) for p = kTwoSigmaCoverage (about 95.45 %) at the effective degrees of freedom
  // truncated to the next lower integer (GUM G.4.1 note 1, EA-4/02 Annex E); 2 when nu_eff is
  // infinite. The conservative choice when a Type A component dominates.
  StudentT,
};

struct GumResult {
  double combined = 0.0;               // u_c(y)
  std::optional<double> effectiveDof;  // Welch-Satterthwaite nu_eff; std::nullopt: infinite
  double k = 2.0;
  double expanded = 0.0;  // U = k u_c
};

// Welch-Satterthwaite (GUM G.4.1): nu_eff = u_c^4 / sum_i (c_i u_i)^4 / nu_i over the inputs
// with finite degrees of freedom; std::nullopt (infinite) when there are none or their
// contributions are all zero. combined is u_c as computed by combine().
std::optional<double> welchSatterthwaite(std::span<const UncertaintyComponent> components,
                                         double combined);

// Uncorrelated inputs (GUM 5.1.2): u_c^2 = sum_i (c_i u_i)^2; nu_eff and k as above.
GumResult combine(std::span<const UncertaintyComponent> components,
                  CoverageRule rule = CoverageRule::KEquals2);

// Correlated inputs (GUM 5.2.2): u_c^2 = sum_ij c_i c_j u_i u_j r_ij, with r the correlation
// matrix (symmetric, unit diagonal, entries in [-1, 1], size = components). Welch-Satterthwaite
// is only defined for independent inputs, so an input with finite degrees of freedom must be
// uncorrelated with every other one (then nu_eff follows from the independent terms exactly);
// std::invalid_argument otherwise, and when r makes u_c^2 negative (not positive semi-definite).
GumResult combine(std::span<const UncertaintyComponent> components,
                  const Eigen::MatrixXd& correlation, CoverageRule rule = CoverageRule::KEquals2);

// ---- Monte Carlo (JCGM 101) ------------------------------------------------------------------

// An input quantity's probability distribution (JCGM 101 6.4).
struct InputDistribution {
  enum class Kind {
    Normal,       // N(mean, scale^2)
    Rectangular,  // uniform on [mean - scale, mean + scale]: scale is the half-width
    StudentT,     // mean + scale * T_dof (JCGM 101 6.4.9: a Type A mean of n observations has
                  // mean = x-bar, scale = s / sqrt(n), dof = n - 1)
  };
  Kind kind = Kind::Normal;
  double mean = 0.0;
  double scale = 0.0;
  double dof = 0.0;  // StudentT only

  static InputDistribution normal(double mean, double standardDeviation);
  static InputDistribution rectangular(double centre, double halfWidth);
  static InputDistribution studentT(double mean, double scale, double dof);

  // The distribution's standard deviation: scale, scale / sqrt 3, scale sqrt(dof / (dof - 2))
  // (infinite for a t with dof <= 2).
  double standardUncertainty() const;
};

// A seeded pseudo-random source: std::mt19937_64 with explicit transforms (Box-Muller normals,
// Marsaglia-Tsang gamma variates), so a seed gives the same numbers with every standard library
// and on every platform. Not thread-safe; one per thread.
class RandomSource {
 public:
  explicit RandomSource(std::uint64_t seed);

  double uniform();                  // in the open interval (0, 1), 53 random bits
  std::size_t index(std::size_t n);  // uniform in [0, n), n > 0
  double normal();                   // standard normal
  double chiSquare(double dof);      // chi-square with dof > 0
  double studentT(double dof);       // Student's t with dof > 0
  double draw(const InputDistribution& d);

 private:
  std::mt19937_64 engine_;
  double spare_ = 0.0;
  bool haveSpare_ = false;
};

struct CoverageInterval {
  double low = 0.0;
  double high = 0.0;
};

struct MonteCarloOptions {
  std::uint64_t seed = 1;
  std::size_t trials = 200'000;  // M when not adaptive
  double coverage = 0.95;        // p
  // JCGM 101 7.9: sequences of max(10^4, ceil(100 / (1 - p))) trials until twice the standard
  // deviation of the sequences' averages of y, u(y) and both interval ends is within the
  // numerical tolerance of u(y) at significantDigits; at most maxTrials in all (but always
  // two sequences, the fewest the criterion can judge).
  bool adaptive = false;
  int significantDigits = 2;
  std::size_t maxTrials = 10'000'000;
};

struct MonteCarloResult {
  std::size_t trials = 0;            // M
  double estimate = 0.0;             // y: the average of the model values
  double standardUncertainty = 0.0;  // u(y): their standard deviation
  double coverage = 0.0;             // p
  CoverageInterval symmetric;        // probabilistically symmetric (JCGM 101 7.7.1)
  CoverageInterval shortest;         // shortest (JCGM 101 7.7.2)
  bool converged = true;             // adaptive: false when maxTrials ran out before stabilisation
};

// y = f(x) for x drawn from the independent inputs (in the order given), M times.
using Model = std::function<double(std::span<const double> x)>;
MonteCarloResult propagate(const Model& f, std::span<const InputDistribution> inputs,
                           const MonteCarloOptions& options);

// The general form: each call of trial draws whatever it needs from the source and returns one
// model value. Trials run in order from one source seeded with options.seed, so the result is
// reproducible. A non-finite model value throws std::domain_error.
using Trial = std::function<double(RandomSource&)>;
MonteCarloResult propagate(const Trial& trial, const MonteCarloOptions& options);

// Summarises model values (sorted in place): average, standard deviation, and both coverage
// intervals with q = pM if that is an integer, else floor(pM + 1/2) (JCGM 101 7.7); the
// symmetric one is [y_(r), y_(r+q)] with r = (M - q) / 2 if an integer, else (M - q + 1) / 2
// (1-based order statistics). Needs M >= 2 values and q < M.
MonteCarloResult summarize(std::vector<double>& values, double coverage);

// JCGM 101 7.8.2: u(y) written as c x 10^l with c an integer of ndig digits gives the numerical
// tolerance delta = 10^l / 2 (u = 0.0285, ndig = 2: 29 x 10^-3, delta = 0.0005). 0 for u = 0.
double numericalTolerance(double standardUncertainty, int significantDigits = 2);

// JCGM 101 8.2: d_low = |y - U - y_low| and d_high = |y + U - y_high|, the GUM interval
// [y - U, y + U] against the Monte Carlo interval of the same coverage probability; validated
// when both are within the numerical tolerance of the GUM u_c.
struct GumValidation {
  double tolerance = 0.0;  // delta
  double dLow = 0.0;
  double dHigh = 0.0;
  bool validated = false;
};
GumValidation validateGum(double estimate, double combined, double expanded,
                          const CoverageInterval& monteCarlo, int significantDigits = 2);

}  // namespace robocert::metrology
