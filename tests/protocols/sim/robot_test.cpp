#include <gtest/gtest.h>

#include <cmath>
#include <variant>

#include "robocert/sim/pose_math.hpp"
#include "robocert/sim/robot.hpp"

namespace d = robocert::devices;
namespace m = robocert::metrology;
namespace sim = robocert::sim;
using Eigen::Vector3d;

namespace {

// The ISO 9283 poses of test-plans/examples/README.md (cube edge 800 mm at (1200, 0, 900)).
const m::Pose6 kP1{Vector3d(1200, 0, 900), Vector3d(180, 0, 180)};
const m::Pose6 kP2{Vector3d(880, -320, 580), Vector3d(180, 0, -175)};
const m::Pose6 kP3{Vector3d(880, 320, 580), Vector3d(180, 0, 175)};
const m::Pose6 kP4{Vector3d(1520, 320, 1220), Vector3d(180, 0, 175)};
const m::Pose6 kP5{Vector3d(1520, -320, 1220), Vector3d(180, 0, -170)};

sim::MoveTiming mustMove(sim::SimulatedRobot& r, const m::Pose6& target, d::Motion motion,
                         double speed, double t) {
  auto res = r.move({target, motion, speed}, t);
  if (auto* e = std::get_if<sim::MoveError>(&res)) {
    ADD_FAILURE() << "move refused: " << e->message;
    return {};
  }
  return std::get<sim::MoveTiming>(res);
}

double positionError(const m::Pose6& a, const m::Pose6& b) {
  return (a.positionMm - b.positionMm).norm();
}

double angleError(const m::Pose6& a, const m::Pose6& b) {
  return m::wrapDeg(Vector3d(a.anglesDeg - b.anglesDeg)).cwiseAbs().maxCoeff();
}

double perpendicularTo(const Vector3d& v, const Vector3d& unit) {
  return (v - unit * unit.dot(v)).norm();
}

}  // namespace

TEST(SimulatedRobot, PerfectRobotAttainsEveryCommandExactly) {
  sim::SimulatedRobot r(sim::simBot6(), sim::RobotErrorModel{});
  double t = 0;
  for (d::Motion motion : {d::Motion::Joint, d::Motion::Linear}) {
    for (const m::Pose6& p : {kP1, kP5, kP4, kP3, kP2}) {
      const sim::MoveTiming mt = mustMove(r, p, motion, 1.0, t);
      EXPECT_GT(mt.trajectoryEndS, mt.startS);
      EXPECT_EQ(mt.inPositionS, mt.trajectoryEndS);  // no in-position delay in the perfect robot
      // During the move the true arm is where the controller thinks it is ...
      for (double f : {0.25, 0.5, 0.75}) {
        const double tm = mt.startS + f * (mt.trajectoryEndS - mt.startS);
        EXPECT_LT(positionError(r.truePose(tm), r.controllerPose(tm)), 1e-9);
      }
      // ... and in position exactly at the command.
      EXPECT_LT(positionError(r.truePose(mt.inPositionS), p), 1e-9);
      EXPECT_LT(angleError(r.truePose(mt.inPositionS), p), 1e-9);
      EXPECT_LT(positionError(r.controllerPose(mt.inPositionS), p), 1e-9);
      EXPECT_LT(positionError(r.commandedPose(), p), 1e-12);
      t = mt.inPositionS + 0.5;
    }
  }
}

TEST(SimulatedRobot, LinearMovesKeepTheTcpOnTheLine) {
  sim::SimulatedRobot r(sim::simBot6(), sim::RobotErrorModel{});
  const double t0 = mustMove(r, kP2, d::Motion::Joint, 1.0, 0).inPositionS;
  const sim::MoveTiming mt = mustMove(r, kP4, d::Motion::Linear, 1.0, t0);
  const Vector3d dir = (kP4.positionMm - kP2.positionMm).normalized();
  double fastest = 0;
  Vector3d last = kP2.positionMm;
  for (double t = mt.startS; t <= mt.trajectoryEndS; t += 0.005) {
    const Vector3d p = r.truePose(t).positionMm;
    EXPECT_LT(perpendicularTo(p - kP2.positionMm, dir), 1e-9);
    fastest = std::max(fastest, (p - last).norm() / 0.005);
    last = p;
  }
  // The rated TCP speed, 2000 mm/s, is reached on this 1109 mm diagonal and not exceeded.
  EXPECT_NEAR(fastest, 2000.0, 1.0);
}

TEST(SimulatedRobot, BacklashMakesOppositeApproachesDifferByTheBacklash) {
  sim::RobotErrorModel errors;
  errors.backlashDeg = {0.004, 0.005, 0.005, 0.008, 0.008, 0.010};
  const sim::ArmSpec spec = sim::simBot6();
  const auto qc = sim::inverseKinematics(spec.geometry, sim::toIsometry(kP1), spec.homeDeg);
  ASSERT_TRUE(qc);
  // Pre-poses with every joint 2 deg below and above the target's joints: joint moves from there
  // approach every joint from below (+) and from above (-).
  const sim::Joints two = sim::Joints::Constant(2.0);
  const m::Pose6 below = sim::toPose6(sim::forwardKinematics(spec.geometry, *qc - two));
  const m::Pose6 above = sim::toPose6(sim::forwardKinematics(spec.geometry, *qc + two));

  sim::SimulatedRobot r(spec, errors);
  double t = mustMove(r, below, d::Motion::Joint, 1.0, 0).inPositionS;
  t = mustMove(r, kP1, d::Motion::Joint, 1.0, t).inPositionS;
  const sim::Joints fromBelow = r.linkJointsDeg(t);
  const m::Pose6 poseFromBelow = r.truePose(t);
  t = mustMove(r, above, d::Motion::Joint, 1.0, t).inPositionS;
  t = mustMove(r, kP1, d::Motion::Joint, 1.0, t).inPositionS;
  const sim::Joints fromAbove = r.linkJointsDeg(t);
  const m::Pose6 poseFromAbove = r.truePose(t);

  // Each link stops short by half the backlash on its side of the target.
  const sim::Joints b = Eigen::Map<const sim::Joints>(errors.backlashDeg.data());
  EXPECT_LT((fromBelow - (*qc - b / 2)).cwiseAbs().maxCoeff(), 1e-9);
  EXPECT_LT((fromAbove - (*qc + b / 2)).cwiseAbs().maxCoeff(), 1e-9);
  // To first order the TCP moves by J b (b in radians); the second-order remainder of a
  // 1e-4 rad step on a 2 m arm is below 1e-4 mm.
  const Vector3d predicted = sim::tcpJacobian(spec.geometry, *qc).topRows<3>() * b * (M_PI / 180.0);
  const Vector3d moved = poseFromAbove.positionMm - poseFromBelow.positionMm;
  EXPECT_GT(predicted.norm(), 0.05);
  EXPECT_LT((moved - predicted).norm(), 1e-4)
      << moved.transpose() << " vs " << predicted.transpose();
}

TEST(SimulatedRobot, ExpectedAttainedPredictsTheSettledPose) {
  // Without noise the robot settles exactly where the truth says, for joint and linear moves
  // and for an approach given as a direction.
  sim::RobotErrorModel errors = sim::defaultRobotErrorModel();
  errors.noiseSigmaDeg = {};
  sim::SimulatedRobot r(sim::simBot6(), errors);
  double t = 0;
  for (d::Motion motion : {d::Motion::Joint, d::Motion::Linear}) {
    for (const m::Pose6& p : {kP1, kP5, kP4, kP3, kP2}) {
      const auto before = r.expectedAttained({p, motion, 1.0}, 0.0);
      ASSERT_TRUE(before);
      const double tm = mustMove(r, p, motion, 1.0, t).inPositionS + 3.0;  // ringing over
      const m::Pose6 settled = r.truePose(tm);
      const Vector3d drift = sim::thermalOffsetMm(errors.thermal, tm);
      EXPECT_LT((settled.positionMm - drift - before->positionMm).norm(), 1e-9);
      EXPECT_LT(angleError(settled, *before), 1e-9);
      EXPECT_LT(positionError(settled, r.expectedSettled(tm)), 1e-9);
      // The controller believes it is at the command; the truth is a fraction of a mm away.
      EXPECT_LT(positionError(r.controllerPose(tm), p), 1e-9);
      EXPECT_GT(positionError(settled, p), 0.1);
      EXPECT_LT(positionError(settled, p), 2.0);
      t = tm;
    }
  }
  const Vector3d u = Vector3d(2, 2, 1) / 3;
  const m::Pose6 pre{kP1.positionMm - 100 * u, kP1.anglesDeg};
  t = mustMove(r, pre, d::Motion::Joint, 1.0, t).inPositionS;
  const auto predicted = r.expectedAttained(kP1, u, 0.0);
  ASSERT_TRUE(predicted);
  const double tm = mustMove(r, kP1, d::Motion::Linear, 0.5, t).inPositionS + 3.0;
  const Vector3d drift = sim::thermalOffsetMm(errors.thermal, tm);
  EXPECT_LT((r.truePose(tm).positionMm - drift - predicted->positionMm).norm(), 1e-9);
}

TEST(SimulatedRobot, ThermalDriftFollowsItsFormula) {
  sim::RobotErrorModel errors;
  errors.thermal = {{0.030, -0.015, 0.038}, 7200.0};
  sim::SimulatedRobot r(sim::simBot6(), errors);
  const Vector3d home(1200, 0, 1560);
  // d(t) = (30, -15, 38) µm * (1 - exp(-t / 2 h)), at rest at home.
  for (double t : {0.0, 60.0, 3600.0, 7200.0, 36000.0}) {
    const Vector3d expected = Vector3d(0.030, -0.015, 0.038) * (1.0 - std::exp(-t / 7200.0));
    EXPECT_LT((r.truePose(t).positionMm - home - expected).norm(), 1e-12) << t;
  }
  // After a move the offset is the same function of the time since the cold start.
  const double t = mustMove(r, kP1, d::Motion::Joint, 1.0, 5000.0).inPositionS;
  const Vector3d expected = Vector3d(0.030, -0.015, 0.038) * (1.0 - std::exp(-t / 7200.0));
  EXPECT_LT((r.truePose(t).positionMm - kP1.positionMm - expected).norm(), 1e-9);
}

TEST(SimulatedRobot, OvershootRingsAlongTheApproachAfterInPosition) {
  sim::RobotErrorModel errors;
  errors.settling = {0.10, 0.15, 8.0};
  errors.inPositionDelayS = 0.02;
  for (double speed : {1.0, 0.5}) {
    sim::SimulatedRobot r(sim::simBot6(), errors);
    const double t0 = mustMove(r, kP2, d::Motion::Joint, 1.0, 0).inPositionS + 5.0;
    const sim::MoveTiming mt = mustMove(r, kP4, d::Motion::Linear, speed, t0);
    EXPECT_NEAR(mt.inPositionS - mt.trajectoryEndS, 0.02, 1e-12);
    const Vector3d dir = (kP4.positionMm - kP2.positionMm).normalized();
    // Sampled at 0.1 ms: the largest excursion beyond the target is 0.1 mm * speed, along the
    // approach direction only.
    double overshoot = 0;
    for (double tau = 0; tau < 1.0; tau += 1e-4) {
      const Vector3d e = r.truePose(mt.trajectoryEndS + tau).positionMm - kP4.positionMm;
      overshoot = std::max(overshoot, e.dot(dir));
      EXPECT_LT(perpendicularTo(e, dir), 1e-9);
    }
    EXPECT_NEAR(overshoot, 0.10 * speed, 1e-5);
    // In position is signalled while the arm still rings outside a 10 µm band.
    const double settled = mt.trajectoryEndS + sim::settlingTimeS(errors.settling, speed, 0.010);
    EXPECT_GT(settled - mt.inPositionS, 0.1);
    const double late = (r.truePose(settled + 1e-3).positionMm - kP4.positionMm).norm();
    EXPECT_LE(late, 0.010);
  }
}

TEST(SimulatedRobot, PathDeviationGrowsWithSpeed) {
  // Servo lag only: halfway along a linear move the TCP is off the line by an amount
  // proportional to the speed (to first order), and back on target when the move ends.
  sim::RobotErrorModel errors;
  errors.servoLagS = {0.0020, 0.0022, 0.0024, 0.0016, 0.0018, 0.0015};
  const Vector3d dir = (kP4.positionMm - kP2.positionMm).normalized();
  double deviation[2] = {0, 0};
  int i = 0;
  for (double speed : {1.0, 0.5}) {
    sim::SimulatedRobot r(sim::simBot6(), errors);
    const double t0 = mustMove(r, kP2, d::Motion::Joint, 1.0, 0).inPositionS;
    const sim::MoveTiming mt = mustMove(r, kP4, d::Motion::Linear, speed, t0);
    const double half = 0.5 * (mt.startS + mt.trajectoryEndS);
    deviation[i++] = perpendicularTo(r.truePose(half).positionMm - kP2.positionMm, dir);
    EXPECT_LT(positionError(r.truePose(mt.inPositionS), kP4), 1e-9);
  }
  EXPECT_GT(deviation[0], 0.1);
  EXPECT_NEAR(deviation[0] / deviation[1], 2.0, 0.05);
}

TEST(SimulatedRobot, SameSeedSameRobot) {
  const auto run = [](std::uint64_t seed) {
    sim::RobotErrorModel errors = sim::defaultRobotErrorModel();
    errors.seed = seed;
    sim::SimulatedRobot r(sim::simBot6(), errors);
    double t = 0;
    std::vector<Vector3d> out;
    for (const m::Pose6& p : {kP1, kP5, kP4, kP3, kP2}) {
      t = mustMove(r, p, d::Motion::Joint, 1.0, t).inPositionS + 0.5;
      out.push_back(r.truePose(t).positionMm);
    }
    return out;
  };
  EXPECT_EQ(run(7), run(7));
  EXPECT_NE(run(7), run(8));
}

TEST(SimulatedRobot, RefusesWhatTheControllerWould) {
  sim::SimulatedRobot r(sim::simBot6(), sim::defaultRobotErrorModel());
  const auto kind = [](const std::variant<sim::MoveTiming, sim::MoveError>& v) {
    return std::holds_alternative<sim::MoveError>(v) ? std::get<sim::MoveError>(v).kind
                                                     : static_cast<sim::MoveError::Kind>(-1);
  };
  EXPECT_EQ(kind(r.move({kP1, d::Motion::Joint, 0.0}, 0)), sim::MoveError::Kind::SpeedOutOfRange);
  EXPECT_EQ(kind(r.move({kP1, d::Motion::Joint, 1.5}, 0)), sim::MoveError::Kind::SpeedOutOfRange);
  EXPECT_EQ(kind(r.move({kP1, d::Motion::Joint, std::nan("")}, 0)),
            sim::MoveError::Kind::SpeedOutOfRange);
  const m::Pose6 far{Vector3d(3500, 0, 900), Vector3d(180, 0, 180)};
  EXPECT_EQ(kind(r.move({far, d::Motion::Joint, 1.0}, 0)), sim::MoveError::Kind::OutOfReach);
  EXPECT_EQ(kind(r.move({far, d::Motion::Linear, 1.0}, 0)), sim::MoveError::Kind::OutOfReach);
  const sim::MoveTiming mt = mustMove(r, kP1, d::Motion::Joint, 1.0, 10.0);
  EXPECT_TRUE(r.moving(mt.trajectoryEndS));
  EXPECT_FALSE(r.moving(mt.inPositionS));
  EXPECT_EQ(kind(r.move({kP2, d::Motion::Joint, 1.0}, mt.trajectoryEndS)),
            sim::MoveError::Kind::Busy);
  EXPECT_EQ(kind(r.move({kP2, d::Motion::Joint, 1.0}, 5.0)), sim::MoveError::Kind::TimeReversed);
  mustMove(r, kP2, d::Motion::Joint, 1.0, mt.inPositionS);
}

TEST(SimulatedRobot, StopEndsTheMoveOnItsPath) {
  sim::RobotErrorModel errors;  // perfect, so the true pose shows the controller's path
  sim::SimulatedRobot r(sim::simBot6(), errors);
  const double t0 = mustMove(r, kP2, d::Motion::Joint, 1.0, 0).inPositionS;
  const sim::MoveTiming mt = mustMove(r, kP4, d::Motion::Linear, 1.0, t0);
  const double tStop = 0.5 * (mt.startS + mt.trajectoryEndS);
  const auto end = r.stop(tStop);
  ASSERT_TRUE(end);
  // Halfway the TCP cruises at 2000 mm/s; a constant deceleration, at most the rated
  // 8000 mm/s^2, brings it to rest over v * dt / 2.
  const Vector3d stopAt = r.truePose(tStop).positionMm;
  const double v = (stopAt - r.truePose(tStop - 1e-4).positionMm).norm() / 1e-4;
  EXPECT_NEAR(v, 2000.0, 1e-6);
  EXPECT_GE(*end - tStop, 2000.0 / 8000.0 - 1e-12);
  const Vector3d rest = r.truePose(*end + 1.0).positionMm;
  EXPECT_NEAR((rest - stopAt).norm(), v * (*end - tStop) / 2, 1e-3);
  const Vector3d dir = (kP4.positionMm - kP2.positionMm).normalized();
  EXPECT_LT(perpendicularTo(rest - kP2.positionMm, dir), 1e-9);
  EXPECT_LT((r.commandedPose().positionMm - rest).norm(), 1e-9);
  EXPECT_FALSE(r.moving(*end));
  EXPECT_FALSE(r.stop(*end + 0.1));  // nothing left to stop
  mustMove(r, kP1, d::Motion::Joint, 1.0, *end);
}

TEST(SimulatedRobot, PoseQueriesMayLookBackAndRingingCarriesOver) {
  sim::SimulatedRobot r(sim::simBot6(), sim::defaultRobotErrorModel());
  const sim::MoveTiming a = mustMove(r, kP1, d::Motion::Joint, 1.0, 0);
  const double during = 0.5 * (a.startS + a.trajectoryEndS);
  const double next = a.inPositionS + 0.05;  // the arm still rings
  const m::Pose6 poseDuring = r.truePose(during);
  const m::Pose6 poseAtNext = r.truePose(next);
  const m::Pose6 controllerDuring = r.controllerPose(during);
  const sim::MoveTiming b = mustMove(r, kP2, d::Motion::Joint, 1.0, next);
  // The second move changes neither the past nor the instant it starts from.
  EXPECT_LT(positionError(r.truePose(during), poseDuring), 1e-12);
  EXPECT_LT(positionError(r.truePose(b.startS), poseAtNext), 1e-12);
  EXPECT_LT(positionError(r.controllerPose(during), controllerDuring), 1e-12);
  // ... while the first move's ringing is still well above the noise.
  const sim::Settling ringing = sim::defaultRobotErrorModel().settling;
  EXPECT_GT(std::abs(sim::settlingExcursionMm(ringing, 1.0, next - a.trajectoryEndS)), 0.01);
}
