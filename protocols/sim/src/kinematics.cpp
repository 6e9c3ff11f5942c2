#include "robocert/sim/kinematics.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "robocert/sim/pose_math.hpp"

namespace robocert::sim {
namespace {

// The hot path (forward kinematics, Jacobian, pose error, the 6x6 solve) is plain arithmetic on
// arrays with internal linkage, so this file's optimisation (see CMakeLists.txt) is what runs:
// Eigen templates would be shared with unoptimised translation units, and the linker may keep
// their slow copies.
using Vec3 = std::array<double, 3>;
using Vec6 = std::array<double, 6>;
using Mat6 = std::array<double, 36>;  // row-major

// x' = r x + p, r row-major.
struct Frame {
  std::array<double, 9> r{1, 0, 0, 0, 1, 0, 0, 0, 1};
  Vec3 p{};
};

Frame compose(const Frame& a, const Frame& b) {
  Frame c;
  for (std::size_t i = 0; i < 3; ++i) {
    for (std::size_t j = 0; j < 3; ++j) {
      c.r[3 * i + j] =
          a.r[3 * i] * b.r[j] + a.r[3 * i + 1] * b.r[3 + j] + a.r[3 * i + 2] * b.r[6 + j];
    }
    c.p[i] = a.r[3 * i] * b.p[0] + a.r[3 * i + 1] * b.p[1] + a.r[3 * i + 2] * b.p[2] + a.p[i];
  }
  return c;
}

Frame linkFrame(const DhRow& row, double qDeg) {
  const double theta = (qDeg + row.thetaOffsetDeg) * kRadPerDeg;
  const double alpha = row.alphaDeg * kRadPerDeg;
  const double ct = std::cos(theta), st = std::sin(theta);
  const double ca = std::cos(alpha), sa = std::sin(alpha);
  // Rz(theta) · Tz(d) · Tx(a) · Rx(alpha), written out.
  return {{ct, -st * ca, st * sa, st, ct * ca, -ct * sa, 0.0, sa, ca},
          {row.aMm * ct, row.aMm * st, row.dMm}};
}

// Frames 0..6 (0 = base) and the TCP.
struct Chain {
  std::array<Frame, 7> frames{};
  Frame tcp;
};

Chain chainOf(const ArmGeometry& geometry, const Joints& qDeg) {
  Chain c;
  for (std::size_t i = 0; i < 6; ++i) {
    c.frames[i + 1] =
        compose(c.frames[i], linkFrame(geometry.dh[i], qDeg[static_cast<Eigen::Index>(i)]));
  }
  Frame tool;
  tool.p = {geometry.toolMm.x(), geometry.toolMm.y(), geometry.toolMm.z()};
  c.tcp = compose(c.frames[6], tool);
  return c;
}

Eigen::Isometry3d toEigen(const Frame& f) {
  Eigen::Isometry3d t = Eigen::Isometry3d::Identity();
  for (Eigen::Index i = 0; i < 3; ++i) {
    for (Eigen::Index j = 0; j < 3; ++j)
      t.linear()(i, j) = f.r[static_cast<std::size_t>(3 * i + j)];
    t.translation()[i] = f.p[static_cast<std::size_t>(i)];
  }
  return t;
}

Frame fromEigen(const Eigen::Isometry3d& t) {
  Frame f;
  for (Eigen::Index i = 0; i < 3; ++i) {
    for (Eigen::Index j = 0; j < 3; ++j)
      f.r[static_cast<std::size_t>(3 * i + j)] = t.linear()(i, j);
    f.p[static_cast<std::size_t>(i)] = t.translation()[i];
  }
  return f;
}

// Columns: joint i turns about z of frame i-1 through its origin; v = z x (p - o), w = z.
Mat6 jacobianOf(const Chain& c) {
  Mat6 j{};
  const Vec3& p = c.tcp.p;
  for (std::size_t i = 0; i < 6; ++i) {
    const auto& f = c.frames[i];
    const Vec3 z{f.r[2], f.r[5], f.r[8]};
    const Vec3 d{p[0] - f.p[0], p[1] - f.p[1], p[2] - f.p[2]};
    j[0 * 6 + i] = z[1] * d[2] - z[2] * d[1];
    j[1 * 6 + i] = z[2] * d[0] - z[0] * d[2];
    j[2 * 6 + i] = z[0] * d[1] - z[1] * d[0];
    j[3 * 6 + i] = z[0];
    j[4 * 6 + i] = z[1];
    j[5 * 6 + i] = z[2];
  }
  return j;
}

// Pose error: position (mm) and the rotation vector (rad) taking current to target, base frame.
Vec6 poseError(const Frame& target, const Frame& current) {
  // e = target.r · current.r^T
  std::array<double, 9> e{};
  for (std::size_t i = 0; i < 3; ++i) {
    for (std::size_t k = 0; k < 3; ++k) {
      e[3 * i + k] = target.r[3 * i] * current.r[3 * k] +
                     target.r[3 * i + 1] * current.r[3 * k + 1] +
                     target.r[3 * i + 2] * current.r[3 * k + 2];
    }
  }
  // |v| = 2 sin(angle), trace - 1 = 2 cos(angle): atan2 keeps small angles exact (acos would
  // lose half the digits).
  const Vec3 v{e[7] - e[5], e[2] - e[6], e[3] - e[1]};
  const double sin2 = std::sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
  const double cos2 = e[0] + e[4] + e[8] - 1.0;
  const double angle = std::atan2(sin2, cos2);
  Vec3 w{};
  if (angle < kPi - 1e-6) {
    const double scale = sin2 > 0.0 ? angle / sin2 : 0.5;
    w = {v[0] * scale, v[1] * scale, v[2] * scale};
  } else {
    // Near a half turn e ~ 2 k k^T - I: the axis from the largest diagonal element.
    std::size_t a = 0;
    if (e[4] > e[a * 4]) a = 1;
    if (e[8] > e[a * 4]) a = 2;
    Vec3 k{};
    k[a] = std::sqrt(std::max(0.0, (e[a * 4] + 1.0) / 2.0));
    for (std::size_t b = 0; b < 3; ++b) {
      if (b != a) k[b] = (e[3 * a + b] + e[3 * b + a]) / (4.0 * k[a]);
    }
    w = {k[0] * angle, k[1] * angle, k[2] * angle};
  }
  return {target.p[0] - current.p[0],
          target.p[1] - current.p[1],
          target.p[2] - current.p[2],
          w[0],
          w[1],
          w[2]};
}

// Solves a x = b for a symmetric positive definite 6x6 a (Cholesky); false if not positive.
bool solveSpd(Mat6 a, Vec6& b) {
  for (std::size_t j = 0; j < 6; ++j) {
    double d = a[6 * j + j];
    for (std::size_t k = 0; k < j; ++k) d -= a[6 * j + k] * a[6 * j + k];
    if (!(d > 0.0)) return false;
    d = std::sqrt(d);
    a[6 * j + j] = d;
    for (std::size_t i = j + 1; i < 6; ++i) {
      double s = a[6 * i + j];
      for (std::size_t k = 0; k < j; ++k) s -= a[6 * i + k] * a[6 * j + k];
      a[6 * i + j] = s / d;
    }
  }
  for (std::size_t i = 0; i < 6; ++i) {  // L y = b
    for (std::size_t k = 0; k < i; ++k) b[i] -= a[6 * i + k] * b[k];
    b[i] /= a[6 * i + i];
  }
  for (std::size_t i = 6; i-- > 0;) {  // L^T x = y
    for (std::size_t k = i + 1; k < 6; ++k) b[i] -= a[6 * k + i] * b[k];
    b[i] /= a[6 * i + i];
  }
  return true;
}

constexpr double kRotationWeightMm = 1000.0;
constexpr double kMaxStepRad = 0.3;

struct Error {
  double positionMm = 0.0;
  double rotationRad = 0.0;
  double cost = 0.0;  // squared norm with the rotation weighted
};

Error measure(const Vec6& e) {
  Error out;
  const double p2 = e[0] * e[0] + e[1] * e[1] + e[2] * e[2];
  const double r2 = e[3] * e[3] + e[4] * e[4] + e[5] * e[5];
  out.positionMm = std::sqrt(p2);
  out.rotationRad = std::sqrt(r2);
  out.cost = p2 + kRotationWeightMm * kRotationWeightMm * r2;
  return out;
}

}  // namespace

ArmSpec simBot6() {
  ArmSpec s;
  s.model = "SimBot-6";
  // Shoulder 650 mm above the floor and 200 mm forward, 1000 mm upper arm, 150 mm elbow offset,
  // 1000 mm forearm to the wrist centre, 140 mm wrist centre to flange. At q = 0 the upper arm
  // is vertical, the forearm horizontal and the flange faces forward (+x).
  s.geometry.dh = {{
      {200.0, -90.0, 650.0, 0.0},
      {1000.0, 0.0, 0.0, -90.0},
      {150.0, -90.0, 0.0, 0.0},
      {0.0, 90.0, 1000.0, 0.0},
      {0.0, -90.0, 0.0, 0.0},
      {0.0, 0.0, 140.0, 0.0},
  }};
  s.geometry.toolMm = Eigen::Vector3d(0.0, 0.0, 100.0);
  s.limits = {{{-170.0, 170.0},
               {-90.0, 150.0},
               {-210.0, 80.0},
               {-190.0, 190.0},
               {-130.0, 130.0},
               {-360.0, 360.0}}};
  s.maxSpeedDegS << 170.0, 165.0, 170.0, 320.0, 320.0, 420.0;
  s.maxAccelDegS2 << 600.0, 500.0, 600.0, 1200.0, 1200.0, 1600.0;
  s.ratedTcpSpeedMmS = 2000.0;
  s.tcpAccelMmS2 = 8000.0;
  s.maxOrientationSpeedDegS = 360.0;
  s.orientationAccelDegS2 = 1440.0;
  // Tool pointing down (flange z = -Z base) with the tool x axis pointing back: the ISO 9283
  // orientation (a, b, c) = (180, 0, 180) at q6 = 180.
  s.homeDeg << 0.0, 0.0, 0.0, 0.0, 90.0, 180.0;
  return s;
}

Eigen::Isometry3d forwardKinematics(const ArmGeometry& geometry, const Joints& qDeg) {
  return toEigen(chainOf(geometry, qDeg).tcp);
}

Jacobian tcpJacobian(const ArmGeometry& geometry, const Joints& qDeg) {
  const Mat6 j = jacobianOf(chainOf(geometry, qDeg));
  Jacobian out;
  for (Eigen::Index r = 0; r < 6; ++r) {
    for (Eigen::Index c = 0; c < 6; ++c) out(r, c) = j[static_cast<std::size_t>(6 * r + c)];
  }
  return out;
}

std::optional<Joints> inverseKinematics(const ArmGeometry& geometry,
                                        const Eigen::Isometry3d& target, const Joints& seedDeg,
                                        const IkOptions& options) {
  // Levenberg-Marquardt on the weighted pose error: rotation rows are scaled by a length so a
  // radian and a millimetre weigh about the same for an arm of this size. The damping bounds
  // the steps near singularities and far from the target, and shrinks to a plain Gauss-Newton
  // step (quadratic convergence) near the solution.
  const Frame goal = fromEigen(target);
  Joints q = seedDeg;
  Vec6 e = poseError(goal, chainOf(geometry, q).tcp);
  Error err = measure(e);
  double lambda = 1e-3;
  const auto converged = [&](double slack) {
    return err.positionMm < options.toleranceMm * slack &&
           err.rotationRad < options.toleranceRad * slack;
  };
  for (int it = 0; it < options.maxIterations && !converged(1.0); ++it) {
    Mat6 j = jacobianOf(chainOf(geometry, q));
    for (std::size_t k = 18; k < 36; ++k) j[k] *= kRotationWeightMm;
    Vec6 ew = e;
    for (std::size_t k = 3; k < 6; ++k) ew[k] *= kRotationWeightMm;
    // Normal equations J'J + lambda^2 I: J's condition number (~1e3 away from singularities),
    // squared, still leaves each step accurate to far better than the next step's correction.
    Mat6 normal{};
    Vec6 rhs{};
    for (std::size_t r = 0; r < 6; ++r) {
      for (std::size_t k = 0; k < 6; ++k) rhs[r] += j[6 * k + r] * ew[k];
      for (std::size_t c = 0; c < 6; ++c) {
        for (std::size_t k = 0; k < 6; ++k) normal[6 * r + c] += j[6 * k + r] * j[6 * k + c];
      }
    }
    bool improved = false;
    while (!improved && lambda < 1e12) {
      Mat6 damped = normal;
      for (std::size_t k = 0; k < 6; ++k) damped[7 * k] += lambda * lambda;
      Vec6 dq = rhs;
      if (solveSpd(damped, dq)) {
        double biggest = 0.0;
        for (double d : dq) biggest = std::max(biggest, std::abs(d));
        const double scale = biggest > kMaxStepRad ? kMaxStepRad / biggest : 1.0;
        Joints trial = q;
        for (std::size_t k = 0; k < 6; ++k) {
          trial[static_cast<Eigen::Index>(k)] += dq[k] * scale * kDegPerRad;
        }
        const Vec6 eTrial = poseError(goal, chainOf(geometry, trial).tcp);
        const Error errTrial = measure(eTrial);
        if (errTrial.cost < err.cost) {
          q = trial;
          e = eTrial;
          err = errTrial;
          lambda = std::max(lambda * 0.1, 1e-12);
          improved = true;
          continue;
        }
      }
      lambda *= 10.0;
    }
    if (!improved) break;  // at the floating-point floor or stuck: judged below
  }
  // Stalled at the round-off floor just above the tolerance still counts.
  if (converged(10.0)) return q;
  return std::nullopt;
}

bool withinLimits(const ArmSpec& spec, const Joints& qDeg) {
  for (std::size_t i = 0; i < 6; ++i) {
    const double q = qDeg[static_cast<Eigen::Index>(i)];
    if (!(q >= spec.limits[i].minDeg && q <= spec.limits[i].maxDeg)) return false;
  }
  return true;
}

}  // namespace robocert::sim
