// The station's two JSON lines: its URLs, and the truth behind them.
#include <vector>

#include "json_text.hpp"
#include "robocert/sim/pose_math.hpp"
#include "robocert/sim_server/station.hpp"

namespace robocert::sim_server {

namespace {

template <typename Container>
std::string numbers(const Container& values) {
  std::vector<std::string> items;
  for (const double v : values) items.push_back(json::number(v));
  return json::array(items);
}

std::string robotJson(const sim::SimulatedRobot& robot) {
  const sim::RobotErrorModel& e = robot.truth().errors;
  std::vector<std::string> kinematics;
  for (const auto& d : e.kinematics) {
    kinematics.push_back(json::Object()
                             .add("a_mm", json::number(d.aMm))
                             .add("alpha_deg", json::number(d.alphaDeg))
                             .add("d_mm", json::number(d.dMm))
                             .add("theta_deg", json::number(d.thetaDeg))
                             .str());
  }
  return json::Object()
      .add("model", json::string(robot.spec().model))
      .add("seed", json::integer(e.seed))
      .add("kinematics", json::array(kinematics))
      .add("backlash_deg", numbers(e.backlashDeg))
      .add("noise_sigma_deg", numbers(e.noiseSigmaDeg))
      .add("thermal_drift", json::Object()
                                .add("max_offset_mm", numbers(e.thermal.maxOffsetMm))
                                .add("time_constant_s", json::number(e.thermal.timeConstantS))
                                .str())
      .add("settling",
           json::Object()
               .add("overshoot_mm_at_rated_speed", json::number(e.settling.overshootMmAtRated))
               .add("damping_time_s", json::number(e.settling.dampingTimeS))
               .add("frequency_hz", json::number(e.settling.frequencyHz))
               .str())
      .add("servo_lag_s", numbers(e.servoLagS))
      .add("in_position_delay_s", json::number(e.inPositionDelayS))
      .str();
}

std::string trackerJson(const sim::TrackerModel& t) {
  const metrology::Pose6 p = sim::toPose6(t.trackerInBase);
  return json::Object()
      .add("model", json::string(t.model))
      .add("tracker_in_base", json::Object()
                                  .add("x_mm", json::number(p.positionMm.x()))
                                  .add("y_mm", json::number(p.positionMm.y()))
                                  .add("z_mm", json::number(p.positionMm.z()))
                                  .add("a_deg", json::number(p.anglesDeg.x()))
                                  .add("b_deg", json::number(p.anglesDeg.y()))
                                  .add("c_deg", json::number(p.anglesDeg.z()))
                                  .str())
      .add("mpe_constant_um", json::number(t.mpeConstantUm))
      .add("mpe_per_metre_um", json::number(t.mpePerMetreUm))
      .add("angle_sigma_deg", json::number(t.angleSigmaDeg))
      .add("seed", json::integer(t.seed))
      .str();
}

std::string benchJson(const sim::ReducerBench& bench) {
  const sim::ReducerParams& p = bench.params();
  const sim::ReducerTruth t = bench.truth();
  return json::Object()
      .add("rated_torque_nm", json::number(p.ratedTorqueNm))
      .add("k1_nm_per_arcmin", json::number(p.k1NmPerArcmin))
      .add("k2_nm_per_arcmin", json::number(p.k2NmPerArcmin))
      .add("k3_nm_per_arcmin", json::number(p.k3NmPerArcmin))
      .add("t1_nm", json::number(p.t1Nm))
      .add("t2_nm", json::number(p.t2Nm))
      .add("clearance_arcmin", json::number(p.clearanceArcmin))
      .add("friction_torque_nm", json::number(p.frictionTorqueNm))
      .add("lost_motion_torque_fraction", json::number(p.lostMotionTorqueFraction))
      .add("angle_noise_arcmin", json::number(p.angleNoiseArcmin))
      .add("seed", json::integer(p.seed))
      .add("stiffness_nm_per_arcmin", json::number(t.stiffnessNmPerArcmin))
      .add("backlash_arcmin", json::number(t.backlashArcmin))
      .add("lost_motion_arcmin", json::number(t.lostMotionArcmin))
      .str();
}

std::string quantityJson(const SlowQuantity& q) {
  return json::Object()
      .add("base", json::number(q.base))
      .add("amplitude", json::number(q.amplitude))
      .add("period_s", json::number(q.periodS))
      .add("noise_sigma", json::number(q.noiseSigma))
      .add("resolution", json::number(q.resolution))
      .str();
}

}  // namespace

std::vector<std::pair<std::string, std::string>> StationUrls::entries() const {
  std::vector<std::pair<std::string, std::string>> out;
  if (robot) out.emplace_back("robot", *robot);
  if (robotSerial) out.emplace_back("robot_serial", *robotSerial);
  out.emplace_back("tracker", tracker);
  out.emplace_back("bench", bench);
  out.emplace_back("environment", environment);
  return out;
}

std::string StationUrls::json() const {
  json::Object o;
  for (const auto& [key, url] : entries()) o.add(key, json::string(url));
  return o.str();
}

std::string truthJson(const StationTruth& truth) {
  return json::Object()
      .add("sim_time_s", json::number(truth.simTimeS))
      .add("time_scale", json::number(truth.timeScale))
      .add("robot", robotJson(truth.robot))
      .add("tracker", trackerJson(truth.tracker))
      .add("bench", benchJson(truth.bench))
      .add("environment", json::Object()
                              .add("temperature_c", quantityJson(truth.environment.temperatureC))
                              .add("humidity_pct", quantityJson(truth.environment.humidityPct))
                              .add("pressure_hpa", quantityJson(truth.environment.pressureHpa))
                              .add("seed", json::integer(truth.environment.seed))
                              .str())
      .str();
}

}  // namespace robocert::sim_server
