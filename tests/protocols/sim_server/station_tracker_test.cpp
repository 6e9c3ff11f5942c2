// The station's laser tracker against RoboCert's tracker driver: identity, MEAS? agreeing with
// the simulator's truth within the tracker's noise, the robot's attained pose recovered through
// the tracker (the chain a pose test uses), a 1 kHz stream at time scale 20 without a gap, one
// stream at a time, and the protocol's ERR codes on a raw connection.
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "robocert/drivers/rcp_manipulator.hpp"
#include "robocert/drivers/tracker_driver.hpp"
#include "robocert/sim/pose_math.hpp"
#include "station_test_util.hpp"

namespace robocert::sim_server::testing {
namespace {

using devices::DeviceError;
using devices::PoseSample;
using drivers::TrackerDriver;

const metrology::Pose6 kP1{Eigen::Vector3d(1200, 0, 900), Eigen::Vector3d(180, 0, 180)};

class Tracker {
 public:
  Tracker(asio::io_context& io, const std::string& urlText, drivers::TrackerOptions options = {})
      : io_(io), driver_(io, url(urlText), std::move(options)) {
    driver_.setConnectionHooks({.up = [this] { ++ups_; }, .down = {}, .fault = {}});
    driver_.start();
    EXPECT_TRUE(runUntil(io, [&] { return ups_ > 0; })) << "no connection to " << urlText;
  }
  TrackerDriver& operator*() { return driver_; }
  TrackerDriver* operator->() { return &driver_; }
  int ups() const { return ups_; }

  std::optional<devices::Outcome<PoseSample>> measure() {
    return await<PoseSample>(io_, [&](auto done) { driver_.measure(done); });
  }

 private:
  asio::io_context& io_;
  TrackerDriver driver_;
  int ups_ = 0;
};

double sampleTimeS(const PoseSample& s) {
  return static_cast<double>(s.tNs - kTrackerEpochNs) * 1e-9;
}

// The sample's deviation from the noise-free truth, in standard deviations of the tracker's
// noise (largest over x, y, z and over a, b, c).
struct Deviation {
  double positionSigmas = 0.0;
  double angleSigmas = 0.0;
  double positionMm = 0.0;
};
Deviation deviation(const StationTruth& truth, const PoseSample& s) {
  const metrology::Pose6 expected =
      sim::expressIn(truth.tracker.trackerInBase, truth.robot.truePose(sampleTimeS(s)));
  const double sigmaMm = sim::positionSigmaMm(truth.tracker, expected.positionMm.norm());
  const Eigen::Vector3d dp = s.pose.positionMm - expected.positionMm;
  const Eigen::Vector3d da =
      metrology::wrapDeg(Eigen::Vector3d(s.pose.anglesDeg - expected.anglesDeg));
  return {dp.cwiseAbs().maxCoeff() / sigmaMm,
          da.cwiseAbs().maxCoeff() / truth.tracker.angleSigmaDeg, dp.norm()};
}

TEST(StationTracker, IdentifiesAndMeasuresTheRobotWithinItsNoise) {
  StationRig rig;
  asio::io_context io;
  Tracker tracker(io, rig.urls().tracker);

  const auto id = await<devices::Identity>(io, [&](auto done) { tracker->identify(done); });
  EXPECT_EQ(value(id).maker, "RoboCert");
  EXPECT_EQ(value(id).model, "SimTracker-6D");
  EXPECT_EQ(value(id).serial, "SIM-9283");

  double largest = 0.0;
  std::uint64_t previousSeq = 0;
  for (int i = 0; i < 40; ++i) {
    const double before = rig.station().simTimeS();
    const PoseSample s = value(tracker.measure());
    const StationTruth truth = rig.station().truth();
    if (i > 0) {
      EXPECT_EQ(s.seq, previousSeq + 1);
    }
    previousSeq = s.seq;
    EXPECT_GE(sampleTimeS(s), before - 1e-9);
    EXPECT_LE(sampleTimeS(s), truth.simTimeS + 1e-9);
    const Deviation d = deviation(truth, s);
    EXPECT_LT(d.positionSigmas, 5.0);  // 5 sigma: about 1 in 10^6 per axis
    EXPECT_LT(d.angleSigmas, 5.0);
    largest = std::max(largest, d.positionSigmas);
  }
  EXPECT_GT(largest, 0.5);  // the noise is there: these are measurements, not the truth
}

TEST(StationTracker, RecoversTheRobotsAttainedPoseAndItsError) {
  StationOptions options;
  options.timeScale = 20.0;
  StationRig rig(options);
  asio::io_context io;
  drivers::RcpManipulator robot(io, url(*rig.urls().robot));
  bool robotUp = false;
  robot.setHooks({.linkUp = [&] { robotUp = true; }});
  robot.start();
  Tracker tracker(io, rig.urls().tracker);
  ASSERT_TRUE(runUntil(io, [&] { return robotUp; }));
  const auto moved = await<metrology::Pose6>(io, [&](auto done) {
    robot.moveTo({kP1, devices::Motion::Joint, 1.0}, done);
  });
  ASSERT_TRUE(moved && std::holds_alternative<metrology::Pose6>(*moved));
  // Measure 1 s (simulated) after "in position": the ringing has died down (docs/simulator.md).
  const double settleS = rig.station().truth().robot.lastMove().inPositionS + 1.0;
  ASSERT_TRUE(runUntil(io, [&] { return rig.station().simTimeS() > settleS; }));

  constexpr int kSamples = 16;
  Eigen::Vector3d sum = Eigen::Vector3d::Zero();
  for (int i = 0; i < kSamples; ++i) {
    sum += sim::toPose6(rig.station().truth().tracker.trackerInBase *
                        sim::toIsometry(value(tracker.measure()).pose))
               .positionMm;
  }
  const Eigen::Vector3d measured = sum / kSamples;
  const StationTruth truth = rig.station().truth();
  const Eigen::Vector3d settled = truth.robot.expectedSettled(truth.simTimeS).positionMm;
  const double sigmaMean =
      sim::positionSigmaMm(truth.tracker,
                           (truth.tracker.trackerInBase.inverse() * settled).norm()) /
      std::sqrt(double{kSamples});
  // The robot's positioning error at P1 is far larger than what the tracker cannot resolve...
  EXPECT_GT((settled - kP1.positionMm).norm(), 0.2);
  // ... and the tracker recovers it: measured and true attained position agree per axis.
  EXPECT_LT((measured - settled).cwiseAbs().maxCoeff(), 5.0 * sigmaMean)
      << "measured " << measured.transpose() << ", true " << settled.transpose();
}

TEST(StationTracker, StreamsAtOneKilohertzWithoutAGapAtTimeScale20) {
  StationOptions options;
  options.timeScale = 20.0;  // 20 000 samples per wall-clock second
  StationRig rig(options);
  asio::io_context io;
  drivers::TrackerOptions trackerOptions;
  trackerOptions.strictSequence = true;  // a gap would end the stream with an error
  Tracker tracker(io, rig.urls().tracker, trackerOptions);
  std::optional<DeviceError> streamError;
  tracker->onStreamError([&](const DeviceError& e) { streamError = e; });

  std::vector<PoseSample> samples;
  samples.reserve(40000);
  const auto started = awaitDone(io, [&](auto done) {
    tracker->startStream(
        1000.0,
        [&](std::span<const PoseSample> batch) {
          samples.insert(samples.end(), batch.begin(), batch.end());
        },
        done);
  });
  ASSERT_TRUE(started.has_value());
  ASSERT_FALSE(started->has_value()) << (*started)->message;

  // Meanwhile the instrument is busy for everybody else.
  LineClient other(io, rig.urls().tracker);
  other.send("MEAS?\n");
  EXPECT_EQ(other.line(io).value_or("").rfind("ERR 20 ", 0), 0U);

  ASSERT_TRUE(runUntil(
      io, [&] { return samples.size() >= 30000 || streamError; }, 20000ms));
  const auto stopped = awaitDone(io, [&](auto done) { tracker->stopStream(done); });
  ASSERT_TRUE(stopped.has_value());
  EXPECT_FALSE(stopped->has_value());
  EXPECT_FALSE(streamError) << streamError->message;
  const std::size_t count = samples.size();
  runFor(io, 50ms);
  EXPECT_EQ(samples.size(), count) << "samples after STOP's OK";

  EXPECT_EQ(tracker->lostSamples(), 0U);
  EXPECT_EQ(tracker->malformedLines(), 0U);
  EXPECT_EQ(tracker->outOfOrderSamples(), 0U);
  const StationTruth truth = rig.station().truth();
  for (std::size_t i = 1; i < samples.size(); ++i) {
    ASSERT_EQ(samples[i].seq, samples[i - 1].seq + 1) << i;
    ASSERT_EQ(samples[i].tNs - samples[i - 1].tNs, 1'000'000) << i;  // 1 kHz, simulated time
  }
  for (std::size_t i = 0; i < samples.size(); i += 997) {
    const Deviation d = deviation(truth, samples[i]);
    EXPECT_LT(d.positionSigmas, 5.0) << i;
    EXPECT_LT(d.angleSigmas, 5.0) << i;
  }
  // The stream ran on the simulated clock: its span is the simulated time it took.
  EXPECT_LE(sampleTimeS(samples.back()), truth.simTimeS);
}

TEST(StationTracker, AStreamEndsWithItsClient) {
  StationRig rig;
  asio::io_context io;
  {
    LineClient first(io, rig.urls().tracker);
    first.send("STREAM 100\n");
    EXPECT_EQ(first.line(io), "OK");
    EXPECT_EQ(first.line(io).value_or("").rfind("S ", 0), 0U);
  }
  // Gone: the next client can stream (it would get ERR 20 while the first one's ran).
  LineClient second(io, rig.urls().tracker);
  // Closing takes effect on the station's thread: until then the first stream may still run.
  std::optional<std::string> reply;
  for (int attempt = 0; attempt < 100 && reply != "OK"; ++attempt) {
    second.send("STREAM 100\n");
    reply = second.line(io);
    if (reply != "OK") {
      EXPECT_EQ(reply.value_or("").rfind("ERR 20 ", 0), 0U) << reply.value_or("(none)");
      runFor(io, 10ms);
    }
  }
  ASSERT_EQ(reply, "OK");
  second.send("STOP\n");
  std::optional<std::string> line;
  while ((line = second.line(io)) && line->rfind("S ", 0) == 0) {
  }
  EXPECT_EQ(line, "OK");
}

TEST(StationTracker, AnswersBadCommandsWithTheProtocolsErrorCodes) {
  StationRig rig;
  asio::io_context io;
  LineClient raw(io, rig.urls().tracker);
  auto code = [&](const std::string& command) {
    raw.send(command + "\n");
    const std::string reply = raw.line(io).value_or("(none)");
    return reply.substr(0, std::min<std::size_t>(6, reply.size()));
  };
  EXPECT_EQ(code("FOO"), "ERR 10");
  EXPECT_EQ(code("STREAM"), "ERR 11");
  EXPECT_EQ(code("STREAM fast"), "ERR 11");
  EXPECT_EQ(code("MEAS? now"), "ERR 11");
  EXPECT_EQ(code("STREAM 5000"), "ERR 12");
  EXPECT_EQ(code("STREAM 0"), "ERR 12");
  EXPECT_EQ(code(std::string(3000, 'x')), "ERR 11");  // oversized: dropped, answered
  EXPECT_EQ(code("STOP"), "OK");                      // no stream: just OK
  EXPECT_EQ(code("STREAM 0.5"), "OK");
  EXPECT_EQ(code("MEAS?"), "ERR 20");  // only STOP while streaming
  raw.send("STOP\n");
  std::optional<std::string> line;
  while ((line = raw.line(io)) && line->rfind("S ", 0) == 0) {
  }
  EXPECT_EQ(line, "OK");
  EXPECT_EQ(code("MEAS?").substr(0, 2), "S ");
}

TEST(StationTracker, StreamsWithoutAGapWhileTheRobotMovesLinearly) {
  // Every sample of a linear move takes an inverse kinematics solution: the heavy case.
  StationOptions options;
  options.timeScale = 20.0;
  StationRig rig(options);
  asio::io_context io;
  drivers::RcpManipulator robot(io, url(*rig.urls().robot));
  bool robotUp = false;
  robot.setHooks({.linkUp = [&] { robotUp = true; }});
  robot.start();
  Tracker tracker(io, rig.urls().tracker);
  ASSERT_TRUE(runUntil(io, [&] { return robotUp; }));
  std::vector<PoseSample> samples;
  const auto started = awaitDone(io, [&](auto done) {
    tracker->startStream(
        1000.0,
        [&](std::span<const PoseSample> batch) {
          samples.insert(samples.end(), batch.begin(), batch.end());
        },
        done);
  });
  ASSERT_TRUE(started && !started->has_value());
  // Along the test cube's diagonal and back, at full speed (P2 and P4 of the examples).
  const metrology::Pose6 p2{Eigen::Vector3d(880, -320, 580), Eigen::Vector3d(180, 0, -175)};
  const metrology::Pose6 p4{Eigen::Vector3d(1520, 320, 1220), Eigen::Vector3d(180, 0, 175)};
  for (int i = 0; i < 4; ++i) {
    const auto r = await<metrology::Pose6>(io, [&](auto done) {
      robot.moveTo({i % 2 == 0 ? p2 : p4, devices::Motion::Linear, 1.0}, done);
    });
    ASSERT_TRUE(r && std::holds_alternative<metrology::Pose6>(*r));
  }
  const double beforeStopS = rig.station().simTimeS();
  const auto stopped = awaitDone(io, [&](auto done) { tracker->stopStream(done); });
  ASSERT_TRUE(stopped && !stopped->has_value());

  EXPECT_EQ(tracker->lostSamples(), 0U);
  for (std::size_t i = 1; i < samples.size(); ++i) {
    ASSERT_EQ(samples[i].seq, samples[i - 1].seq + 1) << i;
  }
  // STOP sent every sample up to its arrival.
  ASSERT_FALSE(samples.empty());
  EXPECT_GE(sampleTimeS(samples.back()), beforeStopS - 0.001);
  const StationTruth truth = rig.station().truth();
  for (std::size_t i = 0; i < samples.size(); i += 211) {
    EXPECT_LT(deviation(truth, samples[i]).positionSigmas, 5.0) << i;
  }
}

TEST(StationTracker, RefusesMoreSamplesPerSecondThanItCanSend) {
  StationOptions options;
  options.timeScale = 200.0;  // 1 kHz would be 200 000 samples per wall-clock second
  StationRig rig(options);
  asio::io_context io;
  LineClient raw(io, rig.urls().tracker);
  raw.send("STREAM 1000\n");
  EXPECT_EQ(raw.line(io),
            "ERR 12 stream rate not supported: 1000 Hz at time scale 200 (up to 500 Hz)");
  raw.send("STREAM 500\n");
  EXPECT_EQ(raw.line(io), "OK");
}

}  // namespace
}  // namespace robocert::sim_server::testing
