#include "robocert/station/sim_truth.hpp"

#include <cstdio>
#include <ctime>
#include <map>

#include "robocert/engine/engine.hpp"
#include "robocert/metrology/pose_transform.hpp"
#include "robocert/plan/procedures.hpp"

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

std::string argText(const plan::Step& step, const plan::Values& values, const std::string& name,
                    const std::string& fallback) {
  const auto args = plan::stepArguments(step, values);
  const auto it = args.find(name);
  if (it == args.end()) return fallback;
  if (const auto* s = std::get_if<std::string>(&it->second)) return *s;
  return fallback;
}

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
  // Base frame -> the registered frame the results are in: base -> tracker -> registered.
  const Eigen::Isometry3d toRegistered = *frame * truth.tracker.trackerInBase.inverse();
  const auto simTime = [&](const std::string& at) {
    return truth.simTimeS -
           std::chrono::duration<double>(takenAt - parseUtc(at)).count() * truth.timeScale;
  };
  const plan::Values values = [&] {
    auto r = plan::resolve(plan, {});
    return std::holds_alternative<plan::Values>(r) ? std::get<plan::Values>(r) : plan::Values{};
  }();
  const std::vector<store::PoseMeasurement> ms = store.poseMeasurements(runId);

  // Commanded poses by name (the test cube), for the approach directions.
  std::map<std::string, Pose6> commanded;
  for (const store::PoseMeasurement& m : ms) commanded[m.pose] = m.commanded;
  const std::map<std::string, std::string> before{
      {"P1", "P2"}, {"P5", "P1"}, {"P4", "P5"}, {"P3", "P4"}, {"P2", "P3"}};

  for (const plan::Step& step : plan.steps) {
    const bool pose = step.procedure == "iso9283.pose_cycles";
    const bool distance = step.procedure == "iso9283.distance_cycles";
    if (!pose && !distance) continue;
    const bool multi = argText(step, values, "directions", "unidirectional") == "multidirectional";
    const std::string from = argText(step, values, "from", "P2");
    const std::string to = argText(step, values, "to", "P4");
    // (series, pose, direction) -> expected attained positions in the registered frame, by cycle
    std::map<std::tuple<std::string, std::string, int>, std::map<int, Eigen::Vector3d>> expected;
    for (const store::PoseMeasurement& m : ms) {
      if (m.series.rfind(step.id + "/v", 0) != 0) continue;
      Eigen::Vector3d approach;
      if (multi) {
        approach = Eigen::Vector3d::Unit(m.direction - 1);
      } else {
        const std::string& prev = distance ? (m.pose == from ? to : from) : before.at(m.pose);
        approach = m.commanded.positionMm - commanded.at(prev).positionMm;
      }
      const auto attained =
          truth.robot.expectedAttained(m.commanded, approach, simTime(m.measuredAt));
      if (!attained) continue;
      expected[{m.series, m.pose, m.direction}][m.cycle] = toRegistered * attained->positionMm;
    }
    std::map<std::string, std::map<std::string, std::map<int, Eigen::Vector3d>>> bySeries;
    for (const auto& [key, cycles] : expected) {
      const auto& [series, name, dir] = key;
      const std::string speed = series.substr(series.rfind('/') + 1);
      if (pose) {
        Eigen::Vector3d mean = Eigen::Vector3d::Zero();
        for (const auto& [c, p] : cycles) mean += p;
        mean /= static_cast<double>(cycles.size());
        // The results' subject naming (lib/engine results.cpp): pose, speed, direction if several.
        const std::string subject =
            name + " " + speed + (multi ? " dir " + std::to_string(dir) : std::string{});
        out.push_back({"AP_P", subject, (mean - commanded.at(name).positionMm).norm(), "mm"});
      } else {
        bySeries[speed][name] = cycles;
      }
    }
    for (const auto& [speed, poses] : bySeries) {
      if (!poses.count(from) || !poses.count(to)) continue;
      const double dc = (commanded.at(from).positionMm - commanded.at(to).positionMm).norm();
      double sum = 0.0;
      int n = 0;
      for (const auto& [c, p] : poses.at(from)) {
        const auto it = poses.at(to).find(c);
        if (it == poses.at(to).end()) continue;
        sum += (p - it->second).norm();
        ++n;
      }
      if (n > 0) out.push_back({"AD_P", from + "-" + to + " " + speed, sum / n - dc, "mm"});
    }
  }
  return out;
}

}  // namespace robocert::station
