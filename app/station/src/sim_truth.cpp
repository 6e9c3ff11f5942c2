#include "robocert/station/sim_truth.hpp"

#include <cstdio>
#include <ctime>
#include <map>

#include "robocert/engine/engine.hpp"
#include "robocert/metrology/iso9283.hpp"
#include "robocert/metrology/pose_transform.hpp"
#include "robocert/sim/robot.hpp"
#include "robocert/sim/tracker.hpp"

namespace robocert::station {

namespace {

using metrology::Pose6;

// "2026-11-28T07:50:01.123Z" (the store's format) -> a time point.
std::chrono::system_clock::time_point parseUtc(const std::string& s) {
  std::tm tm{};
  int ms = 0;
  std::sscanf(s.c_str(), "%d-%d-%dT%d:%d:%d.%dZ", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour,
              &tm.tm_min, &tm.tm_sec, &ms);
  tm.tm_year -= 1900;
  tm.tm_mon -= 1;
  return std::chrono::system_clock::from_time_t(timegm(&tm)) + std::chrono::milliseconds(ms);
}

double number(const std::map<std::string, plan::Value>& args, const char* name, double fallback) {
  const auto it = args.find(name);
  if (it == args.end()) return fallback;
  if (const auto* d = std::get_if<double>(&it->second)) return *d;
  if (const auto* i = std::get_if<std::int64_t>(&it->second)) return static_cast<double>(*i);
  return fallback;
}

std::string text(const std::map<std::string, plan::Value>& args, const char* name,
                 const std::string& fallback) {
  const auto it = args.find(name);
  if (it == args.end()) return fallback;
  if (const auto* s = std::get_if<std::string>(&it->second)) return *s;
  return fallback;
}

struct Sample {
  Pose6 expected;  // noise-free, registered frame
  Pose6 measured;  // the twin's measurement, registered frame
};

}  // namespace

std::vector<TrueValue> simulatorTruth(const store::Store& store, std::int64_t runId,
                                      const plan::Plan& plan, const sim_server::StationTruth& truth,
                                      std::chrono::system_clock::time_point takenAt) {
  std::vector<TrueValue> out;
  const plan::Step* registration = nullptr;
  for (const plan::Step& s : plan.steps)
    if (s.procedure == "frame.registration") registration = &s;
  if (!registration) return out;
  const auto frame = engine::registeredFrame(store, runId, registration->id);
  if (!frame) return out;
  // Tracker coordinates -> the registered frame; base -> tracker -> registered.
  const Eigen::Isometry3d trackerToRegistered = *frame;
  const Eigen::Isometry3d baseToRegistered = *frame * truth.tracker.trackerInBase.inverse();
  const auto simTime = [&](const std::string& at) {
    return truth.simTimeS -
           std::chrono::duration<double>(takenAt - parseUtc(at)).count() * truth.timeScale;
  };
  const plan::Values values =
      plan::valuesFromJson(plan, store.run(runId).parametersJson).value_or(plan::Values{});

  // The twin: a robot with the run's models from the cold start, and a tracker with the same
  // noise model (another seed) measuring it.
  sim::SimulatedRobot robot(truth.robot.spec(), truth.robot.truth().errors);
  sim::TrackerModel trackerModel = truth.tracker;
  trackerModel.seed = truth.tracker.seed + 7919;
  sim::SimulatedTracker tracker(trackerModel, [&robot](double t) { return robot.truePose(t); });
  double t = 0.0;
  const auto move = [&](const Pose6& target, devices::Motion motion, double speed) {
    const auto r = robot.move({target, motion, speed}, t);
    if (const auto* timing = std::get_if<sim::MoveTiming>(&r)) t = timing->inPositionS;
  };

  // Each step's arguments, by step id.
  std::map<std::string, std::map<std::string, plan::Value>> args;
  for (const plan::Step& s : plan.steps)
    if (!s.procedure.empty()) args[s.id] = plan::stepArguments(s, values);

  const std::vector<store::PoseMeasurement> ms = store.poseMeasurements(runId);
  std::map<std::string, Pose6> commanded;
  for (const store::PoseMeasurement& m : ms) commanded[m.pose] = m.commanded;
  const std::map<std::string, std::string> before{
      {"P1", "P2"}, {"P5", "P1"}, {"P4", "P5"}, {"P3", "P4"}, {"P2", "P3"}};

  // (series, pose, direction) -> cycle -> sample
  std::map<std::tuple<std::string, std::string, int>, std::map<int, Sample>> samples;
  std::string lastPose;
  for (const store::PoseMeasurement& m : ms) {
    if (m.series.empty()) continue;
    const std::string stepId = m.series.substr(0, m.series.find('/'));
    const plan::Step* step = plan.step(stepId);
    if (!step) continue;
    const auto& a = args[stepId];
    const double settle = number(a, "settle_s", 1.0);
    if (step->procedure == "frame.registration") {
      move(m.commanded, devices::Motion::Joint, number(a, "speed", 0.5));
      lastPose.clear();
      t += settle;
      continue;
    }
    const std::string tag = m.series.substr(m.series.rfind('/') + 2);  // "100" of ".../v100"
    const double speed = std::stod(tag) / 100.0;
    const devices::Motion motion =
        text(a, "motion", "linear") == "joint" ? devices::Motion::Joint : devices::Motion::Linear;
    if (step->procedure == "iso9283.pose_cycles") {
      if (text(a, "directions", "unidirectional") == "multidirectional") {
        Pose6 pre = m.commanded;
        pre.positionMm[m.direction - 1] -= number(a, "approach_mm", 100.0);
        move(pre, devices::Motion::Linear, speed);
        move(m.commanded, devices::Motion::Linear, speed);
      } else {
        const std::string& pred = before.at(m.pose);
        if (lastPose != pred) move(commanded.at(pred), motion, speed);
        move(m.commanded, motion, speed);
      }
    } else if (step->procedure == "iso9283.distance_cycles") {
      const std::string from = text(a, "from", "P2");
      const std::string other = m.pose == from ? text(a, "to", "P4") : from;
      if (lastPose != other) move(commanded.at(other), motion, speed);
      move(m.commanded, motion, speed);
    } else {
      continue;
    }
    lastPose = m.pose;
    // Measured when the run measured (the thermal drift is that of that time), or as soon as
    // the twin has settled if the run was quicker.
    t = std::max(t + settle, simTime(m.measuredAt));
    Sample s;
    s.expected =
        metrology::toPose6(baseToRegistered * metrology::toIsometry(robot.expectedSettled(t)));
    s.measured =
        metrology::toPose6(trackerToRegistered * metrology::toIsometry(tracker.measure(t).pose));
    samples[{m.series, m.pose, m.direction}][m.cycle] = s;
  }

  // The characteristics, named as the run's results are (lib/engine results.cpp).
  std::map<std::string, std::map<std::string, std::map<int, Sample>>> distanceSeries;
  for (const auto& [key, cycles] : samples) {
    const auto& [series, name, dir] = key;
    const std::string stepId = series.substr(0, series.find('/'));
    const std::string speed = series.substr(series.rfind('/') + 1);
    const plan::Step* step = plan.step(stepId);
    if (step->procedure == "iso9283.distance_cycles") {
      distanceSeries[series][name] = cycles;
      continue;
    }
    const bool multi = text(args[stepId], "directions", "unidirectional") == "multidirectional";
    const std::string subject =
        name + " " + speed + (multi ? " dir " + std::to_string(dir) : std::string{});
    metrology::PoseSeries noiseFree{commanded.at(name), {}};
    metrology::PoseSeries twin{commanded.at(name), {}};
    for (const auto& [c, s] : cycles) {
      noiseFree.attained.push_back(s.expected);
      twin.attained.push_back(s.measured);
    }
    out.push_back({"AP_P", subject, metrology::poseAccuracy(noiseFree).apPMm, "mm"});
    if (twin.attained.size() >= 2)
      out.push_back({"RP_l", subject, metrology::poseRepeatability(twin).rpLMm, "mm"});
  }
  for (const auto& [series, poses] : distanceSeries) {
    if (poses.size() != 2) continue;
    const std::string stepId = series.substr(0, series.find('/'));
    const std::string from = text(args[stepId], "from", "P2");
    const std::string to = text(args[stepId], "to", "P4");
    if (!poses.count(from) || !poses.count(to)) continue;
    metrology::PoseSeries a{commanded.at(from), {}}, b{commanded.at(to), {}};
    metrology::PoseSeries ta{commanded.at(from), {}}, tb{commanded.at(to), {}};
    for (const auto& [c, s] : poses.at(from)) {
      const auto it = poses.at(to).find(c);
      if (it == poses.at(to).end()) continue;
      a.attained.push_back(s.expected);
      b.attained.push_back(it->second.expected);
      ta.attained.push_back(s.measured);
      tb.attained.push_back(it->second.measured);
    }
    if (a.attained.size() < 2) continue;
    const std::string subject = from + "-" + to + " " + series.substr(series.rfind('/') + 1);
    out.push_back({"AD_P", subject, metrology::distanceCharacteristics(a, b).adPMm, "mm"});
    out.push_back({"RD_P", subject, metrology::distanceCharacteristics(ta, tb).rdPMm, "mm"});
  }
  return out;
}

}  // namespace robocert::station
