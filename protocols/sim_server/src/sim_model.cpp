#include "sim_model.hpp"

namespace robocert::sim_server {

namespace {

// splitmix64 (Steele, Lea, Flood 2014): well-spread seeds from consecutive integers.
std::uint64_t splitmix64(std::uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

std::uint64_t derived(const StationOptions& o, std::uint64_t own, std::uint64_t k) {
  return o.seed ? splitmix64(*o.seed + k) : own;
}

sim::RobotErrorModel robotModel(const StationOptions& o) {
  sim::RobotErrorModel m = o.robotModel;
  if (o.seed) m.seed = *o.seed;
  return m;
}

sim::TrackerModel trackerModel(const StationOptions& o) {
  sim::TrackerModel m = o.trackerModel;
  m.seed = derived(o, m.seed, 1);
  return m;
}

sim::ReducerParams reducerParams(const StationOptions& o) {
  sim::ReducerParams p = o.reducer;
  p.seed = derived(o, p.seed, 2);
  return p;
}

EnvironmentParams environmentParams(const StationOptions& o) {
  EnvironmentParams p = o.environment;
  p.seed = derived(o, p.seed, 3);
  return p;
}

}  // namespace

SimModel::SimModel(const StationOptions& options)
    : clock(options.timeScale),
      seed(options.seed.value_or(options.robotModel.seed)),
      version(ROBOCERT_VERSION),
      robot(sim::simBot6(), robotModel(options)),
      tracker(trackerModel(options), [this](double tS) { return robot.truePose(tS); }),
      bench(reducerParams(options)),
      environment(environmentParams(options)) {}

StationTruth SimModel::snapshot() const {
  std::lock_guard lock(mutex);
  const double t = clock.nowS();
  return StationTruth{.simTimeS = t,
                      .timeScale = clock.scale(),
                      .robot = robot,
                      .tracker = tracker.model(),
                      .trackerNextSeq = tracker.nextSeq(),
                      .bench = bench,
                      .benchTorqueNm = benchTorqueNm,
                      .environment = environment.params(),
                      .environmentNow = environment.truth(t)};
}

}  // namespace robocert::sim_server
