#pragma once

// SimulatedTracker: a 6-DoF laser tracker standing somewhere in the cell, measuring a target's
// true pose in its own frame with noise the size of its specification.
//
// Noise model: the maximum permissible error MPE(d) = mpeConstantUm + mpePerMetreUm · d (d =
// tracker-to-target distance in m; 15 µm + 6 µm/m by default) is taken as a 2-sigma bound per
// axis: each of x, y, z gets independent normal noise with sigma = MPE(d) / 2, so about 95 % of
// single-axis errors stay within the MPE. Each of a, b, c gets normal noise with sigma =
// angleSigmaDeg (then wrapped into (-180, 180]). Draws come from std::mt19937_64(seed) in call
// order: the same calls give the same samples.

#include <cstdint>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include <Eigen/Geometry>

#include "robocert/devices/device.hpp"
#include "robocert/metrology/pose.hpp"

namespace robocert::sim {

struct TrackerModel {
  std::string model = "SimTracker-6D";
  // The tracker's frame in the robot base frame: maps tracker coordinates to base coordinates.
  Eigen::Isometry3d trackerInBase = Eigen::Isometry3d::Identity();
  double mpeConstantUm = 15.0;
  double mpePerMetreUm = 6.0;
  double angleSigmaDeg = 0.001;
  std::uint64_t seed = 1;
};

// 3 m in front of the robot and 0.6 m to its right, head 1 m above the floor, turned 165 deg
// about the vertical to face the robot and tilted 1.5 deg about its x axis.
TrackerModel defaultTrackerModel();

// Noise sigma per position axis (mm) at distanceMm from the tracker: MPE(d) / 2.
double positionSigmaMm(const TrackerModel& model, double distanceMm);

class SimulatedTracker {
 public:
  // The true pose of the target (the robot's TCP) in the robot base frame at a time (s).
  using TruePose = std::function<metrology::Pose6(double tS)>;

  SimulatedTracker(TrackerModel model, TruePose target);

  // One sample at tS in the tracker frame; takes the next sequence number.
  devices::PoseSample measure(double tS);

  // The stream: one sample at every t_k = k / rateHz (k whole) with t0S <= t_k < t1S, in order,
  // numbered on from the last sample. Consecutive half-open intervals [t0, t1), [t1, t2), ...
  // at one rate give every grid time exactly once, so sequence numbers have no gaps. Throws
  // std::invalid_argument unless rateHz > 0, t0S <= t1S and fewer than 10^7 samples are asked.
  std::vector<devices::PoseSample> samplesBetween(double t0S, double t1S, double rateHz);

  // The noise-free pose in the tracker frame, and a tracker-frame pose in the base frame.
  metrology::Pose6 trueInTracker(double tS) const;
  metrology::Pose6 toBase(const metrology::Pose6& inTracker) const;

  const TrackerModel& model() const { return model_; }
  std::uint64_t nextSeq() const { return nextSeq_; }

 private:
  TrackerModel model_;
  TruePose target_;
  std::mt19937_64 engine_;
  std::uint64_t nextSeq_ = 0;
};

}  // namespace robocert::sim
