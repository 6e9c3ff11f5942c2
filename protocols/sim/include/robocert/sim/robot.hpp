#pragma once

// SimulatedRobot: a 6R arm whose controller believes the nominal geometry while the true arm
// follows its RobotErrorModel. The controller plans each move with its nominal inverse
// kinematics and a trapezoidal timing law; the true TCP is the actual geometry's forward
// kinematics of the link angles (reference minus servo lag, backlash and noise), plus thermal
// drift and the ringing after each move.
//
// Time is simulated: every call takes it explicitly (seconds since the cold start, t = 0), so a
// server can scale it and tests are deterministic. Moves and stops come in non-decreasing time
// order; pose queries may look back up to kHistoryS before the last move started (earlier times
// read as the oldest state kept). Poses are TCP poses in the robot base frame, mm and degrees
// (a, b, c as in pose_math.hpp). A robot is a value: copying it copies its state and its random
// stream.

#include <array>
#include <optional>
#include <random>
#include <string>
#include <variant>
#include <vector>

#include <Eigen/Core>
#include <Eigen/Geometry>

#include "robocert/devices/device.hpp"
#include "robocert/metrology/pose.hpp"
#include "robocert/sim/error_model.hpp"
#include "robocert/sim/kinematics.hpp"
#include "robocert/sim/trajectory.hpp"

namespace robocert::sim {

struct MoveTiming {
  double startS = 0.0;
  double trajectoryEndS = 0.0;  // the reference comes to rest; the arm rings on
  double inPositionS = 0.0;     // the controller's "in position" signal
};

struct MoveError {
  enum class Kind {
    OutOfReach,       // no joint solution within the limits, or the straight path leaves them
    SpeedOutOfRange,  // speedFraction not in (0, 1]
    Busy,             // the previous move is not in position at the requested start
    TimeReversed,     // start before the previous move's start
  };
  Kind kind = Kind::OutOfReach;
  std::string message;
};

// What the simulator knows and a real robot would not tell: for tests that check RoboCert's
// measured characteristics against the truth.
struct RobotTruth {
  RobotErrorModel errors;
  ArmGeometry nominal;  // the controller's model
  ArmGeometry actual;   // the arm's: nominal + errors.kinematics
};

class SimulatedRobot {
 public:
  static constexpr double kHistoryS = 60.0;

  // At rest at spec.homeDeg (or initialDeg) from t = 0, no approach side taken yet.
  SimulatedRobot(ArmSpec spec, RobotErrorModel errors);
  SimulatedRobot(ArmSpec spec, RobotErrorModel errors, const Joints& initialDeg);

  // Plans the move from where the controller's last move ended and starts it at tStartS.
  // Joint moves interpolate the joints; linear moves keep the TCP on a straight line (position
  // linear, orientation by slerp). Speeds are the spec's times speedFraction, accelerations
  // times speedFraction², so a slower move is the same move slowed down.
  std::variant<MoveTiming, MoveError> move(const devices::MoveRequest& request, double tStartS);

  // Stops a running move at tS with the move's own deceleration. Returns when the reference
  // comes to rest, or nullopt if no trajectory was running at tS. The controller's target
  // becomes where it stopped.
  std::optional<double> stop(double tS);

  // True TCP pose: what a perfect instrument would measure.
  metrology::Pose6 truePose(double tS) const;
  // What the controller believes: nominal forward kinematics of its reference (the encoders).
  metrology::Pose6 controllerPose(double tS) const;
  // The target of the last move (where the controller stopped, after stop()).
  metrology::Pose6 commandedPose() const;

  Joints controllerJointsDeg(double tS) const;
  // The link angles the true forward kinematics uses (servo lag, backlash and noise included;
  // drift and ringing are Cartesian and not part of them).
  Joints linkJointsDeg(double tS) const;
  bool moving(double tS) const { return tS < moves_.back().inPositionS; }
  MoveTiming lastMove() const;

  RobotTruth truth() const { return {errors_, spec_.geometry, actual_}; }
  const ArmSpec& spec() const { return spec_; }

  // Noise-free attained poses, for checking measured characteristics against the truth: where
  // the TCP settles (ringing over, thermal drift as at tS)
  // - after the last move;
  metrology::Pose6 expectedSettled(double tS) const;
  // - after `request` if it were executed now, from the current state (nullopt if refused);
  std::optional<metrology::Pose6> expectedAttained(const devices::MoveRequest& request,
                                                   double tS) const;
  // - at `target` reached by a linear approach along approachDirection (base frame, any
  //   length); joints that do not move along it keep their current approach side.
  std::optional<metrology::Pose6> expectedAttained(const metrology::Pose6& target,
                                                   const Eigen::Vector3d& approachDirection,
                                                   double tS) const;

 private:
  using Signs = std::array<int, 6>;  // side each joint approached from: -1, +1, 0 = not yet

  // The controller's joint path of a move, before timing.
  struct Path {
    devices::Motion motion = devices::Motion::Joint;
    Joints q0Deg = Joints::Zero();
    Joints q1Deg = Joints::Zero();
    Eigen::Isometry3d x0 = Eigen::Isometry3d::Identity();  // nominal TCP at s = 0 and 1
    Eigen::Isometry3d x1 = Eigen::Isometry3d::Identity();
    Eigen::Vector3d rotationRad = Eigen::Vector3d::Zero();  // x0 to x1, base frame, angle*axis
    std::vector<Joints> knotsDeg;                           // linear: reference at s = k / n
    Joints endSlopeDeg = Joints::Zero();  // dq/ds on arrival: which way each joint last moved
  };

  struct Move {
    Path path;
    Profile profile;
    double startS = 0.0;
    double endS = 0.0;
    double inPositionS = 0.0;
    double speedFraction = 0.0;
    Joints restDeg = Joints::Zero();     // the reference at the end (q1 unless stopped)
    Joints offset0Deg = Joints::Zero();  // link minus reference: backlash + noise, before ...
    Joints offset1Deg = Joints::Zero();  // ... and after the move
    Signs signs{};                       // approach sides after the move
    Eigen::Vector3d ringDirection = Eigen::Vector3d::Zero();  // unit, or 0 for no ringing
  };

  std::variant<Path, MoveError> planPath(const devices::MoveRequest& request) const;
  static Signs arrivalSides(const Path& path);  // +1, -1, or 0 for a joint that did not move
  static Signs sidesAfter(const Path& path, const Signs& before);
  Joints backlashOffsetDeg(const Signs& signs) const;
  const Move& moveAt(double tS) const;
  Joints referenceDeg(const Move& m, double s) const;
  Joints referenceVelocityDegS(const Move& m, const Joints& qDeg, double sdot) const;
  Joints linkDeg(const Move& m, double tS) const;
  Eigen::Vector3d ringingMm(double tS) const;
  metrology::Pose6 settledPose(const Joints& referenceDeg, const Signs& signs, double tS) const;

  ArmSpec spec_;
  RobotErrorModel errors_;
  ArmGeometry actual_;
  std::mt19937_64 engine_;
  std::vector<Move> moves_;  // oldest first; never empty (the initial rest)
  metrology::Pose6 commanded_;
};

}  // namespace robocert::sim
