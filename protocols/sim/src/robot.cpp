#include "robocert/sim/robot.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include <Eigen/LU>

#include "gaussian.hpp"
#include "robocert/sim/pose_math.hpp"

namespace robocert::sim {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
// Linear paths get a joint-space knot at least every kKnotMm of travel and kKnotDeg of
// reorientation: IK seeds close enough that the path never jumps to another branch.
constexpr double kKnotMm = 5.0;
constexpr double kKnotDeg = 1.0;
constexpr std::size_t kMaxKnots = 4000;
// Ringing older than this many damping times is below 1e-20 of its amplitude.
constexpr double kRingingLifetimes = 50.0;

Eigen::Isometry3d linearPose(const Eigen::Isometry3d& x0, const Eigen::Isometry3d& x1,
                             const Eigen::Vector3d& rotationRad, double s) {
  Eigen::Isometry3d x = Eigen::Isometry3d::Identity();
  x.translation() = x0.translation() + s * (x1.translation() - x0.translation());
  const double angle = rotationRad.norm();
  x.linear() =
      angle > 0.0 ? Eigen::Matrix3d(Eigen::AngleAxisd(s * angle, rotationRad / angle) * x0.linear())
                  : x0.linear();
  if (s >= 1.0) x.linear() = x1.linear();  // exact at the target
  return x;
}

// dq/ds (degrees per unit s) of a TCP moving by twist (mm, rad; base frame) per unit s.
Joints jointSlopeDeg(const ArmGeometry& nominal, const Joints& qDeg,
                     const Eigen::Matrix<double, 6, 1>& twist) {
  return tcpJacobian(nominal, qDeg).partialPivLu().solve(twist) * kDegPerRad;
}

}  // namespace

SimulatedRobot::SimulatedRobot(ArmSpec spec, RobotErrorModel errors)
    : SimulatedRobot(spec, std::move(errors), spec.homeDeg) {}

SimulatedRobot::SimulatedRobot(ArmSpec spec, RobotErrorModel errors, const Joints& initialDeg)
    : spec_(std::move(spec)),
      errors_(std::move(errors)),
      actual_(actualGeometry(spec_.geometry, errors_)),
      engine_(errors_.seed) {
  Move rest;
  rest.path.q0Deg = rest.path.q1Deg = initialDeg;
  rest.path.x0 = rest.path.x1 = forwardKinematics(spec_.geometry, initialDeg);
  rest.restDeg = initialDeg;
  moves_.push_back(rest);
  commanded_ = toPose6(rest.path.x1);
}

std::variant<SimulatedRobot::Path, MoveError> SimulatedRobot::planPath(
    const devices::MoveRequest& request) const {
  Path p;
  p.motion = request.motion;
  p.q0Deg = moves_.back().restDeg;
  p.x0 = forwardKinematics(spec_.geometry, p.q0Deg);
  p.x1 = toIsometry(request.target);
  const auto outOfReach = [](std::string why) {
    return MoveError{MoveError::Kind::OutOfReach, std::move(why)};
  };
  if (request.motion == devices::Motion::Joint) {
    const auto q1 = inverseKinematics(spec_.geometry, p.x1, p.q0Deg);
    if (!q1) return outOfReach("no joint solution for the target");
    if (!withinLimits(spec_, *q1)) return outOfReach("the target needs joints beyond their limits");
    p.q1Deg = *q1;
    p.endSlopeDeg = p.q1Deg - p.q0Deg;
    return p;
  }
  const Eigen::AngleAxisd turn(p.x1.linear() * p.x0.linear().transpose());
  p.rotationRad = turn.axis() * turn.angle();
  const double lengthMm = (p.x1.translation() - p.x0.translation()).norm();
  const double n = std::max(
      {1.0, std::ceil(lengthMm / kKnotMm), std::ceil(turn.angle() * kDegPerRad / kKnotDeg)});
  if (n > static_cast<double>(kMaxKnots)) return outOfReach("the straight path is too long");
  const auto knots = static_cast<std::size_t>(n);
  p.knotsDeg.reserve(knots + 1);
  p.knotsDeg.push_back(p.q0Deg);
  for (std::size_t k = 1; k <= knots; ++k) {
    const double s = static_cast<double>(k) / n;
    const auto q = inverseKinematics(spec_.geometry, linearPose(p.x0, p.x1, p.rotationRad, s),
                                     p.knotsDeg.back());
    if (!q) return outOfReach("the straight path leaves the workspace");
    if (!withinLimits(spec_, *q))
      return outOfReach("the straight path needs joints beyond their limits");
    p.knotsDeg.push_back(*q);
  }
  p.q1Deg = p.knotsDeg.back();
  Eigen::Matrix<double, 6, 1> twist;
  twist << p.x1.translation() - p.x0.translation(), p.rotationRad;
  p.endSlopeDeg = jointSlopeDeg(spec_.geometry, p.q1Deg, twist);
  return p;
}

SimulatedRobot::Signs SimulatedRobot::arrivalSides(const Path& path) {
  // A joint whose motion is negligible next to the others' did not move: round-off must not
  // pick a backlash side for it or redraw its noise.
  const double largest = path.endSlopeDeg.cwiseAbs().maxCoeff();
  const double threshold = std::max(1e-9 * largest, 1e-10);
  Signs out{};
  for (std::size_t i = 0; i < 6; ++i) {
    const double slope = path.endSlopeDeg[static_cast<Eigen::Index>(i)];
    if (std::abs(slope) > threshold) out[i] = slope > 0.0 ? 1 : -1;
  }
  return out;
}

SimulatedRobot::Signs SimulatedRobot::sidesAfter(const Path& path, const Signs& before) {
  const Signs arrival = arrivalSides(path);
  Signs out = before;
  for (std::size_t i = 0; i < 6; ++i) {
    if (arrival[i] != 0) out[i] = arrival[i];
  }
  return out;
}

Joints SimulatedRobot::backlashOffsetDeg(const Signs& signs) const {
  // The motor drives, the link follows through the backlash: it stops short by half of it.
  Joints off;
  for (std::size_t i = 0; i < 6; ++i) {
    off[static_cast<Eigen::Index>(i)] = -0.5 * signs[i] * errors_.backlashDeg[i];
  }
  return off;
}

std::variant<MoveTiming, MoveError> SimulatedRobot::move(const devices::MoveRequest& request,
                                                         double tStartS) {
  const Move& before = moves_.back();
  if (!(tStartS >= before.startS)) {
    return MoveError{MoveError::Kind::TimeReversed, "the move starts before the previous one"};
  }
  if (tStartS < before.inPositionS) {
    return MoveError{MoveError::Kind::Busy, "the previous move is not in position yet"};
  }
  const double f = request.speedFraction;
  if (!(f > 0.0 && f <= 1.0)) {
    return MoveError{MoveError::Kind::SpeedOutOfRange, "the speed fraction must be in (0, 1]"};
  }
  auto planned = planPath(request);
  if (auto* e = std::get_if<MoveError>(&planned)) return *e;

  Move m;
  m.path = std::move(std::get<Path>(planned));
  const Path& p = m.path;

  // Timing: the tightest of the limits, in units of the path parameter s.
  double v = kInf;
  double a = kInf;
  const auto limit = [&](double maxSpeed, double maxAccel, double travel) {
    if (travel <= 0.0) return;
    v = std::min(v, maxSpeed * f / travel);
    a = std::min(a, maxAccel * f * f / travel);
  };
  if (p.motion == devices::Motion::Joint) {
    for (Eigen::Index i = 0; i < 6; ++i) {
      limit(spec_.maxSpeedDegS[i], spec_.maxAccelDegS2[i], std::abs(p.q1Deg[i] - p.q0Deg[i]));
    }
  } else {
    limit(spec_.ratedTcpSpeedMmS, spec_.tcpAccelMmS2,
          (p.x1.translation() - p.x0.translation()).norm());
    limit(spec_.maxOrientationSpeedDegS, spec_.orientationAccelDegS2,
          p.rotationRad.norm() * kDegPerRad);
    // Joint limits along the path, from the steepest knot interval of each joint.
    const double n = static_cast<double>(p.knotsDeg.size() - 1);
    for (Eigen::Index i = 0; i < 6; ++i) {
      double steepest = 0.0;
      for (std::size_t k = 1; k < p.knotsDeg.size(); ++k) {
        steepest = std::max(steepest, std::abs(p.knotsDeg[k][i] - p.knotsDeg[k - 1][i]) * n);
      }
      limit(spec_.maxSpeedDegS[i], spec_.maxAccelDegS2[i], steepest);
    }
  }
  m.profile = (v < kInf && a < kInf) ? Profile::trapezoid(v, a) : Profile();
  m.startS = tStartS;
  m.endS = tStartS + m.profile.durationS();
  m.inPositionS = m.endS + errors_.inPositionDelayS;
  m.speedFraction = f;
  m.restDeg = p.q1Deg;

  // Backlash side and settling noise. Six draws per move whatever moves, so the random stream
  // does not depend on which joints moved.
  const Signs moved = arrivalSides(p);
  m.signs = sidesAfter(p, before.signs);
  Joints noise = before.offset1Deg - backlashOffsetDeg(before.signs);  // a resting joint keeps it
  for (std::size_t i = 0; i < 6; ++i) {
    const double draw = errors_.noiseSigmaDeg[i] * standardNormal(engine_);
    if (moved[i] != 0) noise[static_cast<Eigen::Index>(i)] = draw;
  }
  m.offset0Deg = before.offset1Deg;
  m.offset1Deg = backlashOffsetDeg(m.signs) + noise;

  // The TCP's direction of travel on arrival, along which it overshoots and rings.
  const Eigen::Vector3d arrival =
      p.motion == devices::Motion::Linear
          ? Eigen::Vector3d(p.x1.translation() - p.x0.translation())
          : Eigen::Vector3d(tcpJacobian(spec_.geometry, p.q1Deg).topRows<3>() *
                            (p.q1Deg - p.q0Deg) * kRadPerDeg);
  if (arrival.norm() > 1e-9) m.ringDirection = arrival.normalized();

  commanded_ = request.target;
  moves_.push_back(std::move(m));
  while (moves_.size() > 1 && moves_[1].startS <= tStartS - kHistoryS) {
    moves_.erase(moves_.begin());
  }
  return lastMove();
}

std::optional<double> SimulatedRobot::stop(double tS) {
  Move& m = moves_.back();
  if (tS >= m.endS || m.profile.durationS() == 0.0) return std::nullopt;
  m.profile = m.profile.stoppedAt(tS - m.startS, m.profile.maxAcceleration());
  m.endS = m.startS + m.profile.durationS();
  m.inPositionS = m.endS;  // a stopped move is never "in position", but no longer busy
  m.restDeg = referenceDeg(m, m.profile.finalS());
  commanded_ = toPose6(forwardKinematics(spec_.geometry, m.restDeg));
  return m.endS;
}

MoveTiming SimulatedRobot::lastMove() const {
  const Move& m = moves_.back();
  return {m.startS, m.endS, m.inPositionS};
}

const SimulatedRobot::Move& SimulatedRobot::moveAt(double tS) const {
  for (auto it = moves_.rbegin(); it != moves_.rend(); ++it) {
    if (it->startS <= tS) return *it;
  }
  return moves_.front();
}

Joints SimulatedRobot::referenceDeg(const Move& m, double s) const {
  const Path& p = m.path;
  if (s <= 0.0) return p.q0Deg;
  if (s >= 1.0) return p.q1Deg;
  if (p.motion == devices::Motion::Joint) return p.q0Deg + s * (p.q1Deg - p.q0Deg);
  // Linear: exact IK of the point on the line, seeded between the two nearest knots.
  const double x = s * static_cast<double>(p.knotsDeg.size() - 1);
  const auto k = std::min(static_cast<std::size_t>(x), p.knotsDeg.size() - 2);
  const double frac = x - static_cast<double>(k);
  const Joints seed = p.knotsDeg[k] + frac * (p.knotsDeg[k + 1] - p.knotsDeg[k]);
  const auto q = inverseKinematics(spec_.geometry, linearPose(p.x0, p.x1, p.rotationRad, s), seed);
  return q ? *q : seed;  // the knots were solved when planning, so this converges
}

Joints SimulatedRobot::referenceVelocityDegS(const Move& m, const Joints& qDeg, double sdot) const {
  if (sdot == 0.0) return Joints::Zero();
  const Path& p = m.path;
  if (p.motion == devices::Motion::Joint) return (p.q1Deg - p.q0Deg) * sdot;
  Eigen::Matrix<double, 6, 1> twist;
  twist << p.x1.translation() - p.x0.translation(), p.rotationRad;
  return jointSlopeDeg(spec_.geometry, qDeg, twist) * sdot;
}

Joints SimulatedRobot::linkDeg(const Move& m, double tS) const {
  const double tau = tS - m.startS;
  const double s = m.profile.s(tau);
  const Joints reference = referenceDeg(m, s);
  // Servo lag: each link trails its reference by its lag time times its velocity.
  const Joints lag = Eigen::Map<const Joints>(errors_.servoLagS.data())
                         .cwiseProduct(referenceVelocityDegS(m, reference, m.profile.sdot(tau)));
  // Backlash side and noise change over the move as the joints travel.
  const double sEnd = m.profile.finalS();
  const double w = sEnd > 0.0 ? std::clamp(s / sEnd, 0.0, 1.0) : 1.0;
  return reference - lag + m.offset0Deg + w * (m.offset1Deg - m.offset0Deg);
}

Eigen::Vector3d SimulatedRobot::ringingMm(double tS) const {
  Eigen::Vector3d sum = Eigen::Vector3d::Zero();
  for (const Move& m : moves_) {
    const double tau = tS - m.endS;
    if (tau < 0.0 || tau > kRingingLifetimes * errors_.settling.dampingTimeS) continue;
    sum += m.ringDirection * settlingExcursionMm(errors_.settling, m.speedFraction, tau);
  }
  return sum;
}

metrology::Pose6 SimulatedRobot::truePose(double tS) const {
  Eigen::Isometry3d x = forwardKinematics(actual_, linkDeg(moveAt(tS), tS));
  x.translation() += thermalOffsetMm(errors_.thermal, tS) + ringingMm(tS);
  return toPose6(x);
}

metrology::Pose6 SimulatedRobot::controllerPose(double tS) const {
  return toPose6(forwardKinematics(spec_.geometry, controllerJointsDeg(tS)));
}

metrology::Pose6 SimulatedRobot::commandedPose() const { return commanded_; }

Joints SimulatedRobot::controllerJointsDeg(double tS) const {
  const Move& m = moveAt(tS);
  return referenceDeg(m, m.profile.s(tS - m.startS));
}

Joints SimulatedRobot::linkJointsDeg(double tS) const { return linkDeg(moveAt(tS), tS); }

metrology::Pose6 SimulatedRobot::settledPose(const Joints& referenceDeg, const Signs& signs,
                                             double tS) const {
  Eigen::Isometry3d x = forwardKinematics(actual_, referenceDeg + backlashOffsetDeg(signs));
  x.translation() += thermalOffsetMm(errors_.thermal, tS);
  return toPose6(x);
}

metrology::Pose6 SimulatedRobot::expectedSettled(double tS) const {
  const Move& m = moves_.back();
  return settledPose(m.restDeg, m.signs, tS);
}

std::optional<metrology::Pose6> SimulatedRobot::expectedAttained(
    const devices::MoveRequest& request, double tS) const {
  auto planned = planPath(request);
  if (std::holds_alternative<MoveError>(planned)) return std::nullopt;
  const Path& p = std::get<Path>(planned);
  return settledPose(p.q1Deg, sidesAfter(p, moves_.back().signs), tS);
}

std::optional<metrology::Pose6> SimulatedRobot::expectedAttained(
    const metrology::Pose6& target, const Eigen::Vector3d& approachDirection, double tS) const {
  Path p;
  const auto q1 = inverseKinematics(spec_.geometry, toIsometry(target), moves_.back().restDeg);
  if (!q1 || !withinLimits(spec_, *q1)) return std::nullopt;
  p.q1Deg = *q1;
  Eigen::Matrix<double, 6, 1> twist;
  twist << approachDirection, Eigen::Vector3d::Zero();
  p.endSlopeDeg = jointSlopeDeg(spec_.geometry, p.q1Deg, twist);
  return settledPose(p.q1Deg, sidesAfter(p, moves_.back().signs), tS);
}

}  // namespace robocert::sim
