// The budgets of one pose series (AP_P, RP_l) and one distance series (AD_P, RD_P); the method
// is docs/uncertainty.md. The run-level traversal of the lab database is budget_run.cpp.
#include "robocert/report/budget.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <stdexcept>

#include <Eigen/Eigenvalues>
#include <Eigen/QR>

#include "robocert/metrology/statistics.hpp"

namespace robocert::report {

namespace m = robocert::metrology;

namespace {

std::string fmt(const char* format, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, format, v);
  return buf;
}

// ---- Seeds: FNV-1a over the data, so the same series always draws the same numbers ----

struct Fnv {
  std::uint64_t h = 0xcbf29ce484222325ull;
  void bytes(const void* p, std::size_t n) {
    const auto* c = static_cast<const unsigned char*>(p);
    for (std::size_t i = 0; i < n; ++i) {
      h ^= c[i];
      h *= 0x100000001b3ull;
    }
  }
  void text(const std::string& s) { bytes(s.data(), s.size() + 1); }
  void number(double v) { bytes(&v, sizeof v); }
  void pose(const m::Pose6& p) {
    for (int k = 0; k < 3; ++k) number(p.positionMm[k]);
    for (int k = 0; k < 3; ++k) number(p.anglesDeg[k]);
  }
  void series(const m::PoseSeries& s) {
    pose(s.commanded);
    for (const m::Pose6& p : s.attained) pose(p);
  }
};

std::uint64_t seedOf(const std::string& characteristic, const std::string& subject,
                     const m::PoseSeries& series, std::size_t trials) {
  Fnv f;
  f.text(characteristic);
  f.text(subject);
  f.series(series);
  f.number(static_cast<double>(trials));
  return f.h;
}

// ---- Inputs ----

double measuringDistanceM(const BudgetInputs& in, const Eigen::Vector3d& poseMm) {
  if (in.measuringDistanceM) return *in.measuringDistanceM;
  if (in.registration && in.registration->sensorOriginMm)
    return (poseMm - *in.registration->sensorOriginMm).norm() / 1000.0;
  throw std::invalid_argument(
      "uncertainty budget: the pose sensor's measuring distance is not known; give it "
      "(BudgetInputs::measuringDistanceM) or a registration with the sensor's origin");
}

std::string sensorDistribution(const SensorCalibration& s) {
  if (s.kind == SensorCalibration::Kind::ExpandedUncertainty) return "normal";
  return s.spatial ? "uniform in a ball" : "rectangular";
}

// Adds one draw of the sensor's coordinate errors to e, bound = a + b L in mm.
void addSensorError(m::RandomSource& src, const SensorCalibration& s, double boundMm, double* e) {
  if (s.kind == SensorCalibration::Kind::ExpandedUncertainty) {
    const double u = boundMm / s.coverageK / (s.spatial ? std::numbers::sqrt3 : 1.0);
    for (int k = 0; k < 3; ++k) e[k] += u * src.normal();
    return;
  }
  double v[3];
  do {  // spatial: uniform in the ball, by rejection from the cube (accepts pi/6 of the draws)
    for (double& c : v) c = 2.0 * src.uniform() - 1.0;
  } while (s.spatial && v[0] * v[0] + v[1] * v[1] + v[2] * v[2] > 1.0);
  for (int k = 0; k < 3; ++k) e[k] += boundMm * v[k];
}

// m z for a row-major 3 x 3 matrix and a 3-vector, added to out: the Monte Carlo trials work
// on plain doubles, which keeps them fast in unoptimised (debug) builds too.
void addProduct(const std::array<double, 9>& m3, const double* z, double factor, double* out) {
  for (std::size_t r = 0; r < 3; ++r)
    out[r] += factor * (m3[3 * r] * z[0] + m3[3 * r + 1] * z[1] + m3[3 * r + 2] * z[2]);
}

std::array<double, 9> rowMajor(const Eigen::Matrix3d& a) {
  std::array<double, 9> out{};
  for (int r = 0; r < 3; ++r)
    for (int c = 0; c < 3; ++c) out[static_cast<std::size_t>(3 * r + c)] = a(r, c);
  return out;
}

double sensorBoundMm(const SensorCalibration& s, double distanceM) {
  return (s.constantUm + s.perMetreUm * distanceM) / 1000.0;
}

// A symmetric square root A of a covariance C (A A^T = C), also for a singular C.
Eigen::Matrix3d covarianceRoot(const Eigen::Matrix3d& c) {
  const Eigen::SelfAdjointEigenSolver<Eigen::Matrix3d> es(c);
  const Eigen::Vector3d d = es.eigenvalues().cwiseMax(0.0).cwiseSqrt();
  return es.eigenvectors() * d.asDiagonal() * es.eigenvectors().transpose();
}

// The registered frame's error covariance at p (see FrameRegistrationInput), and its degrees
// of freedom 3N - 6.
struct FrameError {
  Eigen::Matrix3d covariance = Eigen::Matrix3d::Zero();
  double dof = 0.0;
};

FrameError registrationError(const FrameRegistrationInput& r, const Eigen::Vector3d& p) {
  const std::size_t n = r.pointsMm.size();
  if (n < 3)
    throw std::invalid_argument("uncertainty budget: the registration has " + std::to_string(n) +
                                " points, at least 3 are needed");
  Eigen::Vector3d centroid = Eigen::Vector3d::Zero();
  for (const auto& q : r.pointsMm) centroid += q;
  centroid /= static_cast<double>(n);
  Eigen::Matrix3d j = Eigen::Matrix3d::Zero();
  for (const auto& point : r.pointsMm) {
    const Eigen::Vector3d q = point - centroid;
    j += q.squaredNorm() * Eigen::Matrix3d::Identity() - q * q.transpose();
  }
  const auto nd = static_cast<double>(n);
  const double dof = 3.0 * nd - 6.0;
  const double sigma2 = nd * r.rmsMm * r.rmsMm / dof;
  const Eigen::Vector3d d = p - centroid;
  Eigen::Matrix3d cross;
  cross << 0, -d.z(), d.y(), d.z(), 0, -d.x(), -d.y(), d.x(), 0;
  FrameError out;
  out.dof = dof;
  out.covariance =
      sigma2 / nd * Eigen::Matrix3d::Identity() +
      sigma2 * cross * j.completeOrthogonalDecomposition().pseudoInverse() * cross.transpose();
  return out;
}

// ---- Budget assembly ----

BudgetComponent component(std::string quantity, std::string type, std::string distribution,
                          double u, std::optional<double> dof) {
  BudgetComponent c;
  c.quantity = std::move(quantity);
  c.type = std::move(type);
  c.distribution = std::move(distribution);
  c.standardUncertainty = u;
  c.unit = "mm";
  c.sensitivity = 1.0;
  c.contribution = u;
  c.dof = dof;
  return c;
}

Budget gum(std::string characteristic, std::string subject, std::vector<BudgetComponent> parts,
           m::CoverageRule rule) {
  std::vector<m::UncertaintyComponent> in;
  for (const BudgetComponent& c : parts)
    in.push_back({c.standardUncertainty, c.sensitivity, c.dof});
  const m::GumResult g = m::combine(in, rule);
  Budget b;
  b.characteristic = std::move(characteristic);
  b.subject = std::move(subject);
  b.unit = "mm";
  b.components = std::move(parts);
  b.combined = g.combined;
  b.k = g.k;
  b.expanded = g.expanded;
  b.effectiveDof = g.effectiveDof;
  b.method = "GUM (JCGM 100), first-order";
  return b;
}

// Runs the Monte Carlo check of a GUM budget for the measured value y, and takes its interval
// where the GUM interval y +- U disagrees (JCGM 101 8.2, p = 95.45 %, the coverage of k = 2).
// centre: shift the model values so their mean is y (for resampling, whose mean is off by the
// resampling's own bias; see rpBudget).
void checkByMonteCarlo(Budget& b, double y, const m::Trial& trial, std::uint64_t seed,
                       const BudgetInputs& in, bool centre = false) {
  m::MonteCarloOptions o;
  o.seed = seed;
  o.trials = in.monteCarloTrials;
  o.coverage = m::kTwoSigmaCoverage;
  m::MonteCarloResult mc = m::propagate(trial, o);
  if (centre) {
    const double shift = y - mc.estimate;
    mc.symmetric.low += shift;
    mc.symmetric.high += shift;
  }
  const m::GumValidation v =
      m::validateGum(y, b.combined, b.expanded, mc.symmetric, in.validationDigits);
  b.mcLow = mc.symmetric.low;
  b.mcHigh = mc.symmetric.high;
  const std::string trials = "M = " + std::to_string(mc.trials);
  if (v.validated) {
    b.method = "GUM, validated by Monte Carlo (JCGM 101, " + trials + ", tolerance " +
               fmt("%.2g", v.tolerance) + " mm)";
    return;
  }
  b.expanded = std::max(y - mc.symmetric.low, mc.symmetric.high - y);
  b.k = b.combined > 0.0 ? b.expanded / b.combined : 2.0;
  b.method = "Monte Carlo (JCGM 101, " + trials + "): the first-order GUM interval differed by " +
             fmt("%.2g", std::max(v.dLow, v.dHigh)) + " mm (tolerance " + fmt("%.2g", v.tolerance) +
             " mm); U is the larger distance from the value to the ends of the Monte Carlo "
             "95.45 % interval, and k = U / u_c";
}

void requireCycles(const m::PoseSeries& s, const char* what) {
  if (s.attained.size() < 2)
    throw std::invalid_argument(std::string("uncertainty budget of ") + what +
                                ": needs at least 2 cycles, got " +
                                std::to_string(s.attained.size()));
}

std::vector<Eigen::Vector3d> deviations(const m::PoseSeries& s) {
  std::vector<Eigen::Vector3d> d;
  d.reserve(s.attained.size());
  for (const m::Pose6& p : s.attained) d.push_back(p.positionMm - s.commanded.positionMm);
  return d;
}

Eigen::Vector3d meanOf(const std::vector<Eigen::Vector3d>& v) {
  Eigen::Vector3d sum = Eigen::Vector3d::Zero();
  for (const auto& x : v) sum += x;
  return sum / static_cast<double>(v.size());
}

// Sample covariance (n - 1) of the positions.
Eigen::Matrix3d covarianceOf(const std::vector<Eigen::Vector3d>& v, const Eigen::Vector3d& mean) {
  Eigen::Matrix3d c = Eigen::Matrix3d::Zero();
  for (const auto& x : v) c += (x - mean) * (x - mean).transpose();
  return c / static_cast<double>(v.size() - 1);
}

std::string temperatureQuantity(const TemperatureInput& t, double lengthMm) {
  return "temperature (±" + fmt("%g", t.halfRangeK) + " K, α = " + fmt("%g", t.expansionPerK) +
         "/K, over " + fmt("%.0f", lengthMm) + " mm)";
}

}  // namespace

// ---- SensorCalibration -----------------------------------------------------------------------

double SensorCalibration::axisStandardUncertaintyMm(double distanceM) const {
  const double bound = sensorBoundMm(*this, distanceM);
  if (kind == Kind::ExpandedUncertainty)
    return bound / coverageK / (spatial ? std::numbers::sqrt3 : 1.0);
  return bound / (spatial ? std::sqrt(5.0) : std::numbers::sqrt3);
}

double SensorCalibration::relativeLengthUncertainty() const {
  const double b = perMetreUm * 1e-6;
  return kind == Kind::ExpandedUncertainty ? b / coverageK : b / std::numbers::sqrt3;
}

// ---- AP_P ------------------------------------------------------------------------------------

Budget apBudget(const m::PoseSeries& series, const std::string& subject, const BudgetInputs& in) {
  requireCycles(series, "AP_P");
  const std::vector<Eigen::Vector3d> dev = deviations(series);
  const auto n = static_cast<double>(dev.size());
  const Eigen::Vector3d ap = meanOf(dev);
  const double y = m::poseAccuracy(series).apPMm;
  const Eigen::Vector3d& p = series.commanded.positionMm;

  // First order: AP_P = |AP|, gradient the unit vector along AP; every input adds its
  // variance along that direction. At AP = 0 the gradient is undefined: the mean over the
  // axes (trace / 3) stands in, and the Monte Carlo shows what the result is really like.
  const double apNorm = ap.norm();
  const auto along = [&](const Eigen::Matrix3d& c) {
    if (apNorm == 0.0) return std::sqrt(c.trace() / 3.0);
    const Eigen::Vector3d e = ap / apNorm;
    return std::sqrt(std::max(0.0, e.dot(c * e)));
  };

  const double distanceM = measuringDistanceM(in, p);
  const double bound = sensorBoundMm(in.sensor, distanceM);
  std::vector<BudgetComponent> parts;
  parts.push_back(component("pose sensor calibration (at " + fmt("%.2f", distanceM) + " m)", "B",
                            sensorDistribution(in.sensor),
                            in.sensor.axisStandardUncertaintyMm(distanceM), std::nullopt));

  std::optional<FrameError> reg;
  if (in.registration) {
    reg = registrationError(*in.registration, p);
    parts.push_back(component("frame registration (" +
                                  std::to_string(in.registration->pointsMm.size()) +
                                  " points, rms " + fmt("%.3g", in.registration->rmsMm) + " mm)",
                              "A", "normal", along(reg->covariance), reg->dof));
  }

  const double radiusMm = p.norm();
  double thermalHalfWidth = 0.0;
  if (in.temperature) {
    thermalHalfWidth = in.temperature->expansionPerK * radiusMm * in.temperature->halfRangeK;
    parts.push_back(component(temperatureQuantity(*in.temperature, radiusMm), "B", "rectangular",
                              thermalHalfWidth / std::numbers::sqrt3, std::nullopt));
  }

  const Eigen::Matrix3d scatter = covarianceOf(dev, ap);
  parts.push_back(component("scatter of the barycentre (type A, S/√n)", "A", "normal",
                            along(scatter / n), n - 1.0));

  Budget b = gum("AP_P", subject, std::move(parts), in.coverage);

  // Monte Carlo: the barycentre of the n cycles with the observed scatter (a multivariate t
  // with n - 1 degrees of freedom, JCGM 101 6.4.9: the mean of n normal draws, scaled by a
  // chi-square draw), the sensor's systematic error, the registered frame's error (likewise a
  // t with 3N - 6 degrees of freedom) and the thermal shift, all common to the cycles; AP_P =
  // |G - C| of the simulated barycentre, as poseAccuracy computes it.
  const std::array<double, 9> scatterRoot = rowMajor(covarianceRoot(scatter / n));
  const std::array<double, 9> regRoot =
      rowMajor(reg ? covarianceRoot(reg->covariance) : Eigen::Matrix3d::Zero());
  const double scatterDof = n - 1.0;
  const double regDof = reg ? reg->dof : 0.0;
  const m::Trial trial = [&](m::RandomSource& src) {
    double g[3] = {ap.x(), ap.y(), ap.z()};
    double z[3] = {src.normal(), src.normal(), src.normal()};
    addProduct(scatterRoot, z, 1.0 / std::sqrt(src.chiSquare(scatterDof) / scatterDof), g);
    addSensorError(src, in.sensor, bound, g);
    if (reg) {
      for (double& c : z) c = src.normal();
      addProduct(regRoot, z, 1.0 / std::sqrt(src.chiSquare(regDof) / regDof), g);
    }
    if (thermalHalfWidth > 0.0)
      for (double& c : g) c += thermalHalfWidth * (2.0 * src.uniform() - 1.0);
    return std::sqrt(g[0] * g[0] + g[1] * g[1] + g[2] * g[2]);
  };
  checkByMonteCarlo(b, y, trial, seedOf("AP_P", subject, series, in.monteCarloTrials), in);
  return b;
}

// ---- RP_l ------------------------------------------------------------------------------------

Budget rpBudget(const m::PoseSeries& series, const std::string& subject, const BudgetInputs& in) {
  requireCycles(series, "RP_l");
  const std::vector<Eigen::Vector3d> dev = deviations(series);
  const std::size_t count = dev.size();
  const auto n = static_cast<double>(count);
  const Eigen::Vector3d g = meanOf(dev);
  const double y = m::poseRepeatability(series).rpLMm;

  // Delta method for Y = l-bar + 3 S_l with the sample central moments m2, m3, m4 of the l_j:
  // var Y = (m2 + 3 m3 / sqrt(m2) + 9/4 (m4 - m2^2) / m2) / n. (For normal l this is
  // S^2 (1 + 9/2) / n; the skewness of the l_j, which are distances and so skewed, adds the
  // middle term.) The bracket is a square's upper bound, (sqrt(m2) + 3/2 m3 / m2)^2 <= it.
  std::vector<double> l(count);
  for (std::size_t j = 0; j < count; ++j) l[j] = (dev[j] - g).norm();
  const double lMean = m::meanAndStd(l).mean;
  double m2 = 0.0, m3 = 0.0, m4 = 0.0;
  for (double v : l) {
    const double d = v - lMean;
    m2 += d * d;
    m3 += d * d * d;
    m4 += d * d * d * d;
  }
  m2 /= n;
  m3 /= n;
  m4 /= n;
  const double uScatter =
      m2 > 0.0 ? std::sqrt(std::max(
                     0.0, (m2 + 3.0 * m3 / std::sqrt(m2) + 2.25 * (m4 - m2 * m2) / m2) / n))
               : 0.0;

  std::vector<BudgetComponent> parts;
  parts.push_back(component("scatter: statistical uncertainty of l̄ + 3 S_l (type A)", "A", "normal",
                            uScatter, n - 1.0));
  const double rel = in.sensor.relativeLengthUncertainty();
  if (rel > 0.0)
    parts.push_back(component("pose sensor calibration, length-proportional part", "B",
                              sensorDistribution(in.sensor), y * rel, std::nullopt));
  Budget b = gum("RP_l", subject, std::move(parts), in.coverage);

  // Monte Carlo: resample the measured cycles (their scatter carries the robot's and the
  // sensor's random errors), rescaled by sqrt(n / (n - 1)) about the barycentre so the
  // resamples' variance matches S^2, with the sensor's relative length error as a common
  // scale; RP_l = l-bar + 3 S_l of each resample. The trials work on plain arrays (fast in
  // debug builds too); that computation is checked against poseRepeatability on the data.
  // The resampled values average a little below the measured RP_l (S from n values
  // underestimates sigma, and resampling repeats that: about 3 S / (2n)); the first-order
  // budget leaves that second-order bias out by construction and the value reported is the
  // measured one, so the values are centred on it: the check judges the interval's width and
  // asymmetry.
  std::vector<double> cx(count), cy(count), cz(count), lr(count);
  std::vector<std::size_t> pick(count);
  for (std::size_t j = 0; j < count; ++j) {
    cx[j] = dev[j].x() - g.x();
    cy[j] = dev[j].y() - g.y();
    cz[j] = dev[j].z() - g.z();
    pick[j] = j;
  }
  const auto rpOfPicked = [&](double scale) {
    double mx = 0.0, my = 0.0, mz = 0.0;
    for (std::size_t i : pick) {
      mx += cx[i];
      my += cy[i];
      mz += cz[i];
    }
    mx /= n;
    my /= n;
    mz /= n;
    for (std::size_t j = 0; j < count; ++j) {
      const std::size_t i = pick[j];
      const double dx = cx[i] - mx, dy = cy[i] - my, dz = cz[i] - mz;
      lr[j] = scale * std::sqrt(dx * dx + dy * dy + dz * dz);
    }
    const m::MeanStd ls = m::meanAndStd(lr);
    return ls.mean + 3.0 * ls.stddev;
  };
  if (!(std::abs(rpOfPicked(1.0) - y) <= 1e-9 * (y + 1e-6)))
    throw std::logic_error(
        "rpBudget: the Monte Carlo model of RP_l disagrees with "
        "poseRepeatability on the measured cycles");

  const double rescale = std::sqrt(n / (n - 1.0));
  const bool rectangularScale = in.sensor.kind == SensorCalibration::Kind::MaximumPermissibleError;
  const double scaleBound = in.sensor.perMetreUm * 1e-6;
  const m::Trial trial = [&](m::RandomSource& src) {
    const double scale =
        rescale *
        (1.0 + (rectangularScale ? scaleBound * (2.0 * src.uniform() - 1.0) : rel * src.normal()));
    for (std::size_t& i : pick) i = src.index(count);
    return rpOfPicked(scale);
  };
  checkByMonteCarlo(b, y, trial, seedOf("RP_l", subject, series, in.monteCarloTrials), in, true);
  return b;
}

// ---- AD_P, RD_P ------------------------------------------------------------------------------

namespace {

struct DistanceData {
  m::DistanceCharacteristics c;
  double commandedMm = 0.0;
  double n = 0.0;
  double scatterMm = 0.0;  // S_D
};

DistanceData distanceData(const m::PoseSeries& from, const m::PoseSeries& to, const char* what) {
  requireCycles(from, what);
  requireCycles(to, what);
  DistanceData d;
  d.c = m::distanceCharacteristics(from, to);
  d.commandedMm = (from.commanded.positionMm - to.commanded.positionMm).norm();
  d.n = static_cast<double>(from.attained.size());
  d.scatterMm = d.c.rdPMm / 3.0;
  return d;
}

}  // namespace

Budget adBudget(const m::PoseSeries& from, const m::PoseSeries& to, const std::string& subject,
                const BudgetInputs& in) {
  const DistanceData d = distanceData(from, to, "AD_P");
  const double la = measuringDistanceM(in, from.commanded.positionMm);
  const double lb = measuringDistanceM(in, to.commanded.positionMm);
  // Each end carries the sensor's error along the distance's direction, independently.
  const double ua = in.sensor.axisStandardUncertaintyMm(la);
  const double ub = in.sensor.axisStandardUncertaintyMm(lb);
  std::vector<BudgetComponent> parts;
  parts.push_back(component("pose sensor calibration, both ends (at " + fmt("%.2f", la) +
                                " m and " + fmt("%.2f", lb) + " m)",
                            "B", sensorDistribution(in.sensor), std::hypot(ua, ub), std::nullopt));
  if (in.temperature) {
    const double halfWidth =
        in.temperature->expansionPerK * d.commandedMm * in.temperature->halfRangeK;
    parts.push_back(component(temperatureQuantity(*in.temperature, d.commandedMm), "B",
                              "rectangular", halfWidth / std::numbers::sqrt3, std::nullopt));
  }
  parts.push_back(component("scatter of the mean distance (type A, S_D/√n)", "A", "normal",
                            d.scatterMm / std::sqrt(d.n), d.n - 1.0));
  Budget b = gum("AD_P", subject, std::move(parts), in.coverage);
  b.method = "GUM (JCGM 100): AD_P is linear in the measured distances";
  return b;
}

Budget rdBudget(const m::PoseSeries& from, const m::PoseSeries& to, const std::string& subject,
                const BudgetInputs& in) {
  const DistanceData d = distanceData(from, to, "RD_P");
  std::vector<BudgetComponent> parts;
  // u(S) = S / sqrt(2 (n - 1)) for a normal scatter.
  parts.push_back(component("scatter: statistical uncertainty of 3 S_D (type A)", "A", "normal",
                            3.0 * d.scatterMm / std::sqrt(2.0 * (d.n - 1.0)), d.n - 1.0));
  const double rel = in.sensor.relativeLengthUncertainty();
  if (rel > 0.0)
    parts.push_back(component("pose sensor calibration, length-proportional part", "B",
                              sensorDistribution(in.sensor), d.c.rdPMm * rel, std::nullopt));
  Budget b = gum("RD_P", subject, std::move(parts), in.coverage);
  b.method = "GUM (JCGM 100), first-order; normal scatter";
  return b;
}

}  // namespace robocert::report
