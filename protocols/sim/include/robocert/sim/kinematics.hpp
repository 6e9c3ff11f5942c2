#pragma once

// Kinematics of a 6R serial arm described by standard Denavit-Hartenberg parameters, and the
// nominal arm the simulator ships (SimBot-6).
//
// Frames: the base frame has z up through joint 1 and x pointing forward (towards the test
// cube); frame 6 is the flange; the TCP is a fixed offset in the flange frame (a tool without
// rotation). Link i transforms as T_i = Rz(theta_i) · Tz(d_i) · Tx(a_i) · Rx(alpha_i) with
// theta_i = q_i + thetaOffset_i. Positions in mm, joint angles in degrees at this interface.

#include <array>
#include <optional>
#include <string>

#include <Eigen/Core>
#include <Eigen/Geometry>

namespace robocert::sim {

using Joints = Eigen::Matrix<double, 6, 1>;
using Jacobian = Eigen::Matrix<double, 6, 6>;

struct DhRow {
  double aMm = 0.0;
  double alphaDeg = 0.0;
  double dMm = 0.0;
  double thetaOffsetDeg = 0.0;
  bool operator==(const DhRow&) const = default;
};

struct ArmGeometry {
  std::array<DhRow, 6> dh{};
  Eigen::Vector3d toolMm = Eigen::Vector3d::Zero();  // TCP in the flange frame
};

struct JointRange {
  double minDeg = -180.0;
  double maxDeg = 180.0;
};

// Everything the controller knows about its arm: the nominal geometry, joint limits and the
// motion limits the trajectory planner scales with the speed fraction.
struct ArmSpec {
  std::string model;
  ArmGeometry geometry;
  std::array<JointRange, 6> limits{};
  Joints maxSpeedDegS = Joints::Zero();
  Joints maxAccelDegS2 = Joints::Zero();
  double ratedTcpSpeedMmS = 0.0;         // rated TCP speed of linear moves (100 %)
  double tcpAccelMmS2 = 0.0;             // TCP acceleration of linear moves at 100 %
  double maxOrientationSpeedDegS = 0.0;  // reorientation rate of linear moves at 100 %
  double orientationAccelDegS2 = 0.0;
  Joints homeDeg = Joints::Zero();  // start configuration: elbow up, tool pointing down
};

// SimBot-6: a 20 kg / 2.0 m class arm with a spherical wrist and a 100 mm tool, sized so the
// ISO 9283 test cube of the examples (edge 800 mm centred at (1200, 0, 900) mm) and a 1000 mm
// cube around the same centre lie well inside its reach. Values in docs/simulator.md.
ArmSpec simBot6();

// Flange-to-TCP included. qDeg in degrees; the result maps TCP coordinates to base (mm).
Eigen::Isometry3d forwardKinematics(const ArmGeometry& geometry, const Joints& qDeg);

// Geometric Jacobian of the TCP in the base frame at qDeg: rows vx, vy, vz in mm/rad and
// wx, wy, wz in rad/rad; one column per joint, per radian of that joint.
Jacobian tcpJacobian(const ArmGeometry& geometry, const Joints& qDeg);

struct IkOptions {
  int maxIterations = 200;
  double toleranceMm = 1e-10;
  double toleranceRad = 1e-12;
};

// Joint angles (degrees) that put the TCP at `target`, found by damped least squares
// (Levenberg-Marquardt) starting from seedDeg, so the solution is the one "near" the seed
// (same elbow and wrist branch, no 360 deg jumps). nullopt when it does not converge to the
// tolerances (target out of reach or a singular path from the seed). Joint limits are not
// checked here: see withinLimits.
std::optional<Joints> inverseKinematics(const ArmGeometry& geometry,
                                        const Eigen::Isometry3d& target, const Joints& seedDeg,
                                        const IkOptions& options = {});

bool withinLimits(const ArmSpec& spec, const Joints& qDeg);

}  // namespace robocert::sim
