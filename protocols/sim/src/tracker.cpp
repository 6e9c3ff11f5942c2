#include "robocert/sim/tracker.hpp"

#include <cmath>
#include <stdexcept>

#include "gaussian.hpp"
#include "robocert/sim/pose_math.hpp"

namespace robocert::sim {

TrackerModel defaultTrackerModel() {
  TrackerModel m;
  m.trackerInBase = Eigen::Isometry3d::Identity();
  m.trackerInBase.translate(Eigen::Vector3d(3000.0, -600.0, 1000.0));
  m.trackerInBase.rotate(Eigen::AngleAxisd(165.0 * kRadPerDeg, Eigen::Vector3d::UnitZ()));
  m.trackerInBase.rotate(Eigen::AngleAxisd(1.5 * kRadPerDeg, Eigen::Vector3d::UnitX()));
  m.seed = 6;
  return m;
}

double positionSigmaMm(const TrackerModel& model, double distanceMm) {
  const double mpeUm = model.mpeConstantUm + model.mpePerMetreUm * distanceMm / 1000.0;
  return 0.5 * mpeUm / 1000.0;
}

SimulatedTracker::SimulatedTracker(TrackerModel model, TruePose target)
    : model_(std::move(model)), target_(std::move(target)), engine_(model_.seed) {}

metrology::Pose6 SimulatedTracker::trueInTracker(double tS) const {
  return expressIn(model_.trackerInBase, target_(tS));
}

metrology::Pose6 SimulatedTracker::toBase(const metrology::Pose6& inTracker) const {
  return toPose6(model_.trackerInBase * toIsometry(inTracker));
}

devices::PoseSample SimulatedTracker::measure(double tS) {
  metrology::Pose6 p = trueInTracker(tS);
  const double sigmaMm = positionSigmaMm(model_, p.positionMm.norm());
  for (Eigen::Index k = 0; k < 3; ++k) p.positionMm[k] += sigmaMm * standardNormal(engine_);
  for (Eigen::Index k = 0; k < 3; ++k) {
    p.anglesDeg[k] =
        metrology::wrapDeg(p.anglesDeg[k] + model_.angleSigmaDeg * standardNormal(engine_));
  }
  devices::PoseSample s;
  s.seq = nextSeq_++;
  s.tNs = std::llround(tS * 1e9);
  s.pose = p;
  return s;
}

std::vector<devices::PoseSample> SimulatedTracker::samplesBetween(double t0S, double t1S,
                                                                  double rateHz) {
  if (!(rateHz > 0.0 && std::isfinite(rateHz))) {
    throw std::invalid_argument("samplesBetween: the rate must be a positive number of Hz");
  }
  if (!(t0S <= t1S)) throw std::invalid_argument("samplesBetween: t0 must not be after t1");
  // The same expression for both ends, so where one interval ends the next begins.
  const double kBegin = std::ceil(t0S * rateHz);
  const double kEnd = std::ceil(t1S * rateHz);
  if (kEnd - kBegin >= 1e7) throw std::invalid_argument("samplesBetween: too many samples asked");
  std::vector<devices::PoseSample> out;
  out.reserve(static_cast<std::size_t>(kEnd - kBegin));
  for (double k = kBegin; k < kEnd; k += 1.0) out.push_back(measure(k / rateHz));
  return out;
}

}  // namespace robocert::sim
