#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

#include "robocert/metrology/statistics.hpp"
#include "robocert/sim/pose_math.hpp"
#include "robocert/sim/tracker.hpp"

namespace m = robocert::metrology;
namespace sim = robocert::sim;
using Eigen::Vector3d;

namespace {

sim::SimulatedTracker fixedTarget(const m::Pose6& inBase, std::uint64_t seed = 11) {
  sim::TrackerModel model = sim::defaultTrackerModel();
  model.seed = seed;
  return sim::SimulatedTracker(model, [inBase](double) { return inBase; });
}

}  // namespace

TEST(SimulatedTracker, DefaultStandsAboutTwoMetresFromTheCubeCentre) {
  const sim::TrackerModel model = sim::defaultTrackerModel();
  // Tracker head at (3000, -600, 1000), cube centre (1200, 0, 900): sqrt(1800² + 600² + 100²).
  const double d = (model.trackerInBase.inverse() * Vector3d(1200, 0, 900)).norm();
  EXPECT_NEAR(d, std::sqrt(1800.0 * 1800 + 600 * 600 + 100 * 100), 1e-9);
  // MPE = 15 µm + 6 µm/m * 1.8974 m = 26.38 µm, sigma = MPE / 2 = 13.19 µm.
  EXPECT_NEAR(sim::positionSigmaMm(model, d), (15.0 + 6.0 * d / 1000) / 2 / 1000, 1e-15);
  EXPECT_NEAR(sim::positionSigmaMm(model, d), 0.01319, 1e-5);
}

TEST(SimulatedTracker, MeasuresInItsOwnFrame) {
  sim::TrackerModel model = sim::defaultTrackerModel();
  model.mpeConstantUm = model.mpePerMetreUm = model.angleSigmaDeg = 0.0;  // a perfect tracker
  const m::Pose6 inBase{Vector3d(1200, 0, 900), Vector3d(180, 0, 180)};
  sim::SimulatedTracker tracker(model, [&](double) { return inBase; });
  const m::Pose6 measured = tracker.measure(1.0).pose;
  const Vector3d expected = model.trackerInBase.inverse() * inBase.positionMm;
  EXPECT_LT((measured.positionMm - expected).norm(), 1e-12);
  const m::Pose6 back = tracker.toBase(measured);
  EXPECT_LT((back.positionMm - inBase.positionMm).norm(), 1e-12);
  EXPECT_LT(m::wrapDeg(Vector3d(back.anglesDeg - inBase.anglesDeg)).cwiseAbs().maxCoeff(), 1e-12);
}

TEST(SimulatedTracker, NoiseHasTheStatedSigma) {
  // n draws per axis: the sample mean has standard error sigma / sqrt(n), the sample standard
  // deviation about sigma / sqrt(2 (n - 1)); 4.5 of either is a 1-in-100000 event per check.
  constexpr int n = 10000;
  const double z = 4.5;
  for (double distanceMm : {1900.0, 8000.0}) {
    const sim::TrackerModel model = sim::defaultTrackerModel();
    // A target distanceMm from the tracker along its x axis, expressed in the base frame.
    const m::Pose6 inBase = sim::toPose6(
        model.trackerInBase * sim::toIsometry({Vector3d(distanceMm, 0, 0), Vector3d(10, 20, 30)}));
    sim::SimulatedTracker tracker = fixedTarget(inBase);
    const m::Pose6 truth = tracker.trueInTracker(0.0);
    std::array<std::vector<double>, 6> dev;
    for (int i = 0; i < n; ++i) {
      const m::Pose6 p = tracker.measure(static_cast<double>(i) * 1e-3).pose;
      for (std::size_t k = 0; k < 3; ++k) {
        const auto e = static_cast<Eigen::Index>(k);
        dev[k].push_back(p.positionMm[e] - truth.positionMm[e]);
        dev[3 + k].push_back(m::wrapDeg(p.anglesDeg[e] - truth.anglesDeg[e]));
      }
    }
    const double sigmaMm = (15.0 + 6.0 * distanceMm / 1000.0) / 2.0 / 1000.0;
    for (std::size_t k = 0; k < 6; ++k) {
      const double sigma = k < 3 ? sigmaMm : 0.001;
      const m::MeanStd s = m::meanAndStd(dev[k]);
      EXPECT_LT(std::abs(s.mean), z * sigma / std::sqrt(n)) << distanceMm << " axis " << k;
      EXPECT_LT(std::abs(s.stddev - sigma), z * sigma / std::sqrt(2.0 * (n - 1)))
          << distanceMm << " axis " << k;
    }
  }
}

TEST(SimulatedTracker, StreamSequenceHasNoGaps) {
  sim::SimulatedTracker tracker = fixedTarget({Vector3d(1200, 0, 900), Vector3d(180, 0, 180)});
  // Consecutive intervals of awkward lengths at 1 kHz, and a single measurement in between.
  const double ends[] = {0.0, 0.0137, 0.0137, 0.1, 0.2505, 0.7, 1.0};
  std::vector<robocert::devices::PoseSample> all;
  for (std::size_t i = 0; i + 1 < std::size(ends); ++i) {
    for (const auto& s : tracker.samplesBetween(ends[i], ends[i + 1], 1000.0)) all.push_back(s);
  }
  ASSERT_EQ(all.size(), 1000u);  // t = 0, 1 ms, ..., 999 ms
  for (std::size_t i = 0; i < all.size(); ++i) {
    EXPECT_EQ(all[i].seq, i);
    EXPECT_EQ(all[i].tNs, static_cast<std::int64_t>(i) * 1000000);
  }
  const auto single = tracker.measure(1.0);
  EXPECT_EQ(single.seq, 1000u);
  EXPECT_EQ(tracker.samplesBetween(1.0, 1.0105, 1000.0).front().seq, 1001u);
  EXPECT_EQ(tracker.nextSeq(), 1012u);
  EXPECT_THROW(tracker.samplesBetween(2.0, 1.0, 1000.0), std::invalid_argument);
  EXPECT_THROW(tracker.samplesBetween(0.0, 1.0, 0.0), std::invalid_argument);
  EXPECT_THROW(tracker.samplesBetween(0.0, 1e6, 1000.0), std::invalid_argument);
}
