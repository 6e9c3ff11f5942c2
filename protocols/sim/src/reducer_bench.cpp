#include "robocert/sim/reducer_bench.hpp"

#include <algorithm>
#include <cmath>

#include "gaussian.hpp"

namespace robocert::sim {

ReducerBench::ReducerBench(ReducerParams params) : params_(params), engine_(params.seed) {}

double ReducerBench::elasticTwistArcmin(double torqueNm) const {
  const ReducerParams& p = params_;
  const double t = std::abs(torqueNm);
  double theta = std::min(t, p.t1Nm) / p.k1NmPerArcmin;
  if (t > p.t1Nm) theta += (std::min(t, p.t2Nm) - p.t1Nm) / p.k2NmPerArcmin;
  if (t > p.t2Nm) theta += (t - p.t2Nm) / p.k3NmPerArcmin;
  return std::copysign(theta, torqueNm);
}

double ReducerBench::apply(double torqueNm) {
  const double tf = params_.frictionTorqueNm;
  effectiveTorqueNm_ = std::clamp(effectiveTorqueNm_, torqueNm - tf, torqueNm + tf);
  if (effectiveTorqueNm_ != 0.0) side_ = effectiveTorqueNm_ > 0.0 ? 1 : -1;
  return twistArcmin();
}

double ReducerBench::twistArcmin() const {
  return elasticTwistArcmin(effectiveTorqueNm_) + 0.5 * side_ * params_.clearanceArcmin;
}

double ReducerBench::readAngleArcmin() {
  return twistArcmin() + params_.angleNoiseArcmin * standardNormal(engine_);
}

void ReducerBench::reset() {
  effectiveTorqueNm_ = 0.0;
  side_ = 0;
}

ReducerTruth ReducerBench::truth() const {
  const ReducerParams& p = params_;
  ReducerTruth t;
  t.k1NmPerArcmin = p.k1NmPerArcmin;
  t.k2NmPerArcmin = p.k2NmPerArcmin;
  t.k3NmPerArcmin = p.k3NmPerArcmin;
  t.t1Nm = p.t1Nm;
  t.t2Nm = p.t2Nm;
  t.ratedTorqueNm = p.ratedTorqueNm;
  t.clearanceArcmin = p.clearanceArcmin;
  t.frictionTorqueNm = p.frictionTorqueNm;
  const double tr = p.ratedTorqueNm;
  const double tf = p.frictionTorqueNm;
  // On a loading branch (torque rising after a full reversal) the gear feels T - Tf.
  t.stiffnessNmPerArcmin =
      0.5 * tr / (elasticTwistArcmin(tr - tf) - elasticTwistArcmin(0.5 * tr - tf));
  t.backlashArcmin = p.clearanceArcmin + 2.0 * elasticTwistArcmin(tf);
  // Midpoint at +T_lm of the rising (Te = T_lm - Tf) and falling (Te = T_lm + Tf) branches; the
  // loop is odd, so the one at -T_lm is its negative. A branch whose Te has not changed sign
  // yet still rests on the other flank.
  const double tlm = p.lostMotionTorqueFraction * tr;
  const auto branch = [&](double te, int sideIfZero) {
    const int side = te > 0.0 ? 1 : (te < 0.0 ? -1 : sideIfZero);
    return elasticTwistArcmin(te) + 0.5 * side * p.clearanceArcmin;
  };
  const double midpoint = 0.5 * (branch(tlm - tf, -1) + branch(tlm + tf, 1));
  t.lostMotionArcmin = 2.0 * midpoint;
  return t;
}

}  // namespace robocert::sim
