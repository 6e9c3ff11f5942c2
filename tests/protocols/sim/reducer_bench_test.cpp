#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "robocert/sim/reducer_bench.hpp"

namespace sim = robocert::sim;

namespace {

// One reading of the hysteresis test.
struct Point {
  double torqueNm;
  double angleArcmin;
};

// The GB/T 35089 loading cycle, 0 -> +T_R -> 0 -> -T_R -> 0 -> +T_R in 0.1 N·m steps, read by
// the bench encoder. Returns the falling branch (+T_R to -T_R) and the rising one (-T_R to +T_R).
struct Curve {
  std::vector<Point> falling;
  std::vector<Point> rising;
};

Curve runCycle(sim::ReducerBench& bench) {
  const int top = static_cast<int>(std::lround(bench.params().ratedTorqueNm * 10));
  const auto at = [](int k) { return k * 0.1; };
  Curve c;
  for (int k = 0; k <= top; ++k) bench.apply(at(k));
  for (int k = top; k >= -top; --k) {
    bench.apply(at(k));
    c.falling.push_back({at(k), bench.readAngleArcmin()});
  }
  for (int k = -top; k <= top; ++k) {
    bench.apply(at(k));
    c.rising.push_back({at(k), bench.readAngleArcmin()});
  }
  return c;
}

// Angle at torque t from a straight-line fit to the branch's readings within t ± halfWidth (or
// [from, to]), with the standard error of that value from the fit's residuals.
struct Estimate {
  double value;
  double se;
};

Estimate angleAt(const std::vector<Point>& branch, double t, double from, double to) {
  double n = 0, st = 0, sa = 0;
  for (const Point& p : branch) {
    if (p.torqueNm < from - 1e-9 || p.torqueNm > to + 1e-9) continue;
    n += 1;
    st += p.torqueNm;
    sa += p.angleArcmin;
  }
  const double tm = st / n, am = sa / n;
  double sxx = 0, sxy = 0;
  for (const Point& p : branch) {
    if (p.torqueNm < from - 1e-9 || p.torqueNm > to + 1e-9) continue;
    sxx += (p.torqueNm - tm) * (p.torqueNm - tm);
    sxy += (p.torqueNm - tm) * (p.angleArcmin - am);
  }
  const double slope = sxy / sxx;
  double rss = 0;
  for (const Point& p : branch) {
    if (p.torqueNm < from - 1e-9 || p.torqueNm > to + 1e-9) continue;
    const double r = p.angleArcmin - (am + slope * (p.torqueNm - tm));
    rss += r * r;
  }
  const double s2 = rss / (n - 2);
  return {am + slope * (t - tm), std::sqrt(s2 * (1 / n + (t - tm) * (t - tm) / sxx))};
}

Estimate angleAt(const std::vector<Point>& branch, double t, double halfWidth) {
  return angleAt(branch, t, t - halfWidth, t + halfWidth);
}

constexpr double kZ = 4.5;  // tolerance in standard errors

// Torsional stiffness, backlash and lost motion measured from the curve as the standards define
// them, each checked against the bench's truth.
void expectMeasuredEqualsTruth(sim::ReducerBench& bench) {
  const sim::ReducerTruth truth = bench.truth();
  const Curve c = runCycle(bench);
  const double tr = truth.ratedTorqueNm;

  // Stiffness: dT / dtheta between 50 % and 100 % T_R on the rising branch.
  const Estimate half = angleAt(c.rising, 0.5 * tr, 1.0);
  const Estimate full = angleAt(c.rising, tr, tr - 2.0, tr);
  const double dTheta = full.value - half.value;
  const double k = 0.5 * tr / dTheta;
  const double kSe = k / dTheta * std::hypot(full.se, half.se);
  EXPECT_LT(std::abs(k - truth.stiffnessNmPerArcmin), kZ * kSe) << k;

  // Backlash: between the branches at T = 0.
  const Estimate fallingAt0 = angleAt(c.falling, 0.0, 2.0);
  const Estimate risingAt0 = angleAt(c.rising, 0.0, 2.0);
  const double backlash = fallingAt0.value - risingAt0.value;
  EXPECT_LT(std::abs(backlash - truth.backlashArcmin), kZ * std::hypot(fallingAt0.se, risingAt0.se))
      << backlash;

  // Lost motion: between the midpoints of the hysteresis width at +3 % and -3 % T_R.
  const double tlm = 0.03 * tr;
  const Estimate fp = angleAt(c.falling, tlm, 0.9), rp = angleAt(c.rising, tlm, 0.9);
  const Estimate fm = angleAt(c.falling, -tlm, 0.9), rm = angleAt(c.rising, -tlm, 0.9);
  const double lostMotion = (fp.value + rp.value) / 2 - (fm.value + rm.value) / 2;
  const double lmSe = std::sqrt(fp.se * fp.se + rp.se * rp.se + fm.se * fm.se + rm.se * rm.se) / 2;
  EXPECT_LT(std::abs(lostMotion - truth.lostMotionArcmin), kZ * lmSe) << lostMotion;
}

}  // namespace

TEST(ReducerBench, ElasticTwistIsPiecewiseLinear) {
  const sim::ReducerBench bench;
  // K1 = 15, K2 = 22, K3 = 30 N·m/arcmin, T1 = 30, T2 = 75 N·m:
  EXPECT_NEAR(bench.elasticTwistArcmin(15), 1.0, 1e-12);
  EXPECT_NEAR(bench.elasticTwistArcmin(30), 2.0, 1e-12);
  EXPECT_NEAR(bench.elasticTwistArcmin(75), 2.0 + 45.0 / 22, 1e-12);
  EXPECT_NEAR(bench.elasticTwistArcmin(167), 2.0 + 45.0 / 22 + 92.0 / 30, 1e-12);
  EXPECT_NEAR(bench.elasticTwistArcmin(-167), -(2.0 + 45.0 / 22 + 92.0 / 30), 1e-12);
}

TEST(ReducerBench, TruthOfTheDefaultReducer) {
  const sim::ReducerTruth t = sim::ReducerBench().truth();
  // Loading branches feel T - Tf (Tf = 3 N·m); 50 %..100 % of 167 N·m is all beyond T2 + Tf = 78.
  EXPECT_NEAR(t.stiffnessNmPerArcmin, 30.0, 1e-9);
  // Backlash = B + 2 Tf / K1 = 0.3 + 6 / 15 = 0.7 arcmin.
  EXPECT_NEAR(t.backlashArcmin, 0.7, 1e-12);
  // Lost motion at ±5.01 N·m: midpoint = ((5.01 - 3) + (5.01 + 3)) / 2 / 15 + 0.3 / 2 = 0.484.
  EXPECT_NEAR(t.lostMotionArcmin, 0.968, 1e-12);
}

TEST(ReducerBench, OutputJumpsTheClearanceWhenTheTorqueReverses) {
  sim::ReducerBench bench;
  bench.apply(167);
  // Unloading, the gear still feels T + Tf: the teeth change flanks at T = -Tf = -3 N·m.
  const double before = bench.apply(-2.999);
  const double after = bench.apply(-3.001);
  EXPECT_NEAR(before - after, 0.3 + 0.002 / 15, 1e-12);
  // After a reversal the output stays put until the torque has changed by 2 Tf (friction).
  bench.apply(-167);
  const double held = bench.apply(-167 + 5.9);
  EXPECT_NEAR(bench.apply(-167 + 0.5), held, 1e-12);
}

TEST(ReducerBench, MeasuredCharacteristicsRecoverTheTruth) {
  sim::ReducerBench bench;
  expectMeasuredEqualsTruth(bench);
}

TEST(ReducerBench, StiffnessTruthFollowsTheBreakTorques) {
  // T2 = 100 N·m: the 50 % point (83.5 N·m, the gear feeling 80.5) lies in the K2 range, so the
  // 50..100 % stiffness is a mix of K2 and K3: 83.5 / ((100 - 80.5) / 22 + (164 - 100) / 30).
  sim::ReducerParams p;
  p.t2Nm = 100;
  p.seed = 5;
  sim::ReducerBench bench(p);
  EXPECT_NEAR(bench.truth().stiffnessNmPerArcmin, 83.5 / (19.5 / 22 + 64.0 / 30), 1e-9);
  expectMeasuredEqualsTruth(bench);
}
