#pragma once

// ReducerBench: a precision reducer on a torsion test bench (input locked, torque applied at the
// output), giving the output twist angle for the torque history: the hysteresis curve of
// GB/T 35089-2018 / GB/T 40731-2021.
//
// Model (angles in arcmin, torques in N·m), rate independent:
// - Elastic twist theta_el(T): odd and piecewise linear, Harmonic Drive style: slope 1/K1 up to
//   T1, 1/K2 from T1 to T2, 1/K3 beyond T2 (K in N·m/arcmin; 1 N·m/arcmin = 3437.75 N·m/rad).
// - Friction: the torque that twists the gear, Te, trails the applied torque T by up to the
//   friction torque Tf (a play operator): Te = clamp(Te_previous, T - Tf, T + Tf).
// - Clearance: the teeth rest on the flank Te pushes against; when Te changes sign the output
//   jumps across the clearance B.
//   theta = theta_el(Te) + side · B / 2, side = sign(Te) (kept while Te = 0).
// What the standards' measurements then give (truth()):
// - backlash (angle between the branches at T = 0) = B + 2 theta_el(Tf);
// - lost motion (between the midpoints of the hysteresis width at ±3 % T_R)
//   = B + theta_el(T_lm - Tf) + theta_el(T_lm + Tf) with T_lm = 0.03 T_R, when Tf < T_lm;
// - stiffness from 50 % to 100 % T_R on a loading branch = 0.5 T_R / (theta_el(T_R - Tf) -
//   theta_el(0.5 T_R - Tf)), = K3 when T2 + Tf <= 0.5 T_R (as by default).

#include <cstdint>
#include <random>

namespace robocert::sim {

struct ReducerParams {
  double ratedTorqueNm = 167.0;
  double k1NmPerArcmin = 15.0;
  double k2NmPerArcmin = 22.0;
  double k3NmPerArcmin = 30.0;
  double t1Nm = 30.0;
  double t2Nm = 75.0;
  double clearanceArcmin = 0.3;            // B
  double frictionTorqueNm = 3.0;           // Tf
  double lostMotionTorqueFraction = 0.03;  // of the rated torque (some makers use 0.04)
  double angleNoiseArcmin = 0.005;         // sigma of readAngleArcmin(), the bench encoder
  std::uint64_t seed = 1;
};

struct ReducerTruth {
  double k1NmPerArcmin = 0.0;
  double k2NmPerArcmin = 0.0;
  double k3NmPerArcmin = 0.0;
  double t1Nm = 0.0;
  double t2Nm = 0.0;
  double ratedTorqueNm = 0.0;
  double clearanceArcmin = 0.0;
  double frictionTorqueNm = 0.0;
  double stiffnessNmPerArcmin = 0.0;  // 50 %..100 % T_R on a loading branch
  double backlashArcmin = 0.0;
  double lostMotionArcmin = 0.0;
};

class ReducerBench {
 public:
  explicit ReducerBench(ReducerParams params = {});

  // Applies torqueNm at the output (after whatever was applied before) and returns the true
  // twist angle, arcmin.
  double apply(double torqueNm);
  double twistArcmin() const;
  // The bench encoder: the true twist plus normal noise (seeded).
  double readAngleArcmin();
  // Unloaded, resting on neither flank (the state of a new bench).
  void reset();

  // theta_el(T): the elastic twist alone, arcmin.
  double elasticTwistArcmin(double torqueNm) const;
  ReducerTruth truth() const;
  const ReducerParams& params() const { return params_; }

 private:
  ReducerParams params_;
  std::mt19937_64 engine_;
  double effectiveTorqueNm_ = 0.0;
  int side_ = 0;
};

}  // namespace robocert::sim
