// The station's robot against RoboCert's own RCP driver (and a raw line client where the driver
// would refuse to send what is tested): identity, moves that report in position at the right
// scaled time, POSE?, STATE?, STOP, the error codes and events of docs/protocols/rcp.md, several
// clients, a client leaving mid-move, and the robot on a pseudo-terminal.
#include <gtest/gtest.h>

#include <cmath>

#include "robocert/codec/rcp.hpp"
#include "robocert/drivers/rcp_manipulator.hpp"
#include "station_test_util.hpp"

namespace robocert::sim_server::testing {
namespace {

namespace rcp = codec::rcp;
using devices::DeviceError;
using drivers::RcpControllerState;
using drivers::RcpManipulator;

// The centre of the examples' ISO 9283 test cube, tool down (test-plans/examples/README.md).
const metrology::Pose6 kP1{Eigen::Vector3d(1200, 0, 900), Eigen::Vector3d(180, 0, 180)};
const metrology::Pose6 kP5{Eigen::Vector3d(1520, -320, 1220), Eigen::Vector3d(180, 0, -170)};

double distanceMm(const metrology::Pose6& a, const metrology::Pose6& b) {
  return (a.positionMm - b.positionMm).norm();
}

class Robot {
 public:
  Robot(asio::io_context& io, const std::string& urlText, drivers::RcpOptions options = {})
      : io_(io), driver_(io, url(urlText), options) {
    driver_.setHooks(
        {.linkUp = [this] { ++ups_; }, .linkDown = [this](const std::string&) { ++downs_; }});
    driver_.start();
    EXPECT_TRUE(runUntil(io, [&] { return ups_ > 0; })) << "no connection to " << urlText;
  }
  ~Robot() { driver_.detach(); }

  RcpManipulator& operator*() { return driver_; }
  RcpManipulator* operator->() { return &driver_; }
  int ups() const { return ups_; }
  int downs() const { return downs_; }

  std::optional<devices::Outcome<devices::Identity>> identify() {
    return await<devices::Identity>(io_, [&](auto done) { driver_.identify(done); });
  }
  std::optional<devices::Outcome<metrology::Pose6>> moveTo(
      const metrology::Pose6& target, devices::Motion motion, double speed,
      std::chrono::milliseconds timeout = 10000ms) {
    return await<metrology::Pose6>(
        io_,
        [&](auto done) {
          driver_.moveTo({target, motion, speed}, done);
        },
        timeout);
  }
  std::optional<devices::Outcome<metrology::Pose6>> pose() {
    return await<metrology::Pose6>(io_, [&](auto done) { driver_.readPose(done); });
  }
  std::optional<devices::Outcome<RcpControllerState>> state() {
    return await<RcpControllerState>(io_, [&](auto done) { driver_.readState(done); });
  }

 private:
  asio::io_context& io_;
  RcpManipulator driver_;
  int ups_ = 0;
  int downs_ = 0;
};

// The reply (or event) a raw line parses to.
rcp::ServerMessage message(const std::optional<std::string>& line) {
  EXPECT_TRUE(line.has_value()) << "no line";
  if (!line) return rcp::Reply{};
  auto parsed = rcp::parseServerMessage(*line);
  EXPECT_TRUE(std::holds_alternative<rcp::ServerMessage>(parsed)) << *line;
  if (!std::holds_alternative<rcp::ServerMessage>(parsed)) return rcp::Reply{};
  return std::get<rcp::ServerMessage>(parsed);
}

int errCode(const std::optional<std::string>& line, rcp::Tag tag) {
  const auto m = message(line);
  const auto* reply = std::get_if<rcp::Reply>(&m);
  if (reply == nullptr || reply->tag != tag || reply->ok()) {
    ADD_FAILURE() << "not an ERR for tag " << tag << ": " << line.value_or("(none)");
    return -1;
  }
  return std::get<rcp::Err>(reply->result).code;
}

TEST(StationRobot, IdentifiesAsTheSimulatedRobotWithItsSeed) {
  StationRig rig;
  asio::io_context io;
  Robot robot(io, *rig.urls().robot);
  const auto id = value(robot.identify());
  EXPECT_EQ(id.maker, "RoboCert");
  EXPECT_EQ(id.model, "SimBot-6");
  EXPECT_EQ(id.serial, "SIM-9283");  // the default model's seed (test-plans/sim/robot-default.yaml)
  EXPECT_FALSE(id.firmware.empty());

  StationOptions seeded;
  seeded.seed = 42;
  StationRig rig42(seeded);
  Robot robot42(io, *rig42.urls().robot);
  EXPECT_EQ(value(robot42.identify()).serial, "SIM-42");
}

TEST(StationRobot, MoveReportsInPositionAtTheScaledTime) {
  StationOptions options;
  options.timeScale = 20.0;
  StationRig rig(options);
  asio::io_context io;
  Robot robot(io, *rig.urls().robot);

  // A twin of the robot as it is now says how long the move takes in simulated time: from home
  // to P1 at 20 % speed, several simulated seconds.
  const devices::MoveRequest request{kP1, devices::Motion::Joint, 0.2};
  sim::SimulatedRobot twin = rig.station().truth().robot;
  const auto planned = twin.move(request, rig.station().simTimeS());
  ASSERT_TRUE(std::holds_alternative<sim::MoveTiming>(planned));
  const sim::MoveTiming t = std::get<sim::MoveTiming>(planned);
  const double durationS = t.inPositionS - t.startS;
  ASSERT_GT(durationS, 2.0);

  const double simBefore = rig.station().simTimeS();
  const auto wallBefore = std::chrono::steady_clock::now();
  const auto inPosition = robot.moveTo(kP1, devices::Motion::Joint, 0.2);
  const double wallS =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - wallBefore).count();
  const double simAfter = rig.station().simTimeS();

  // The controller reports its own pose: after a move, the command (nominal IK then FK).
  const metrology::Pose6 reported = value(inPosition);
  EXPECT_LT(distanceMm(reported, kP1), 1e-6);
  EXPECT_LT((reported.anglesDeg - kP1.anglesDeg).cwiseAbs().maxCoeff(), 1e-6);

  const sim::MoveTiming done = rig.station().truth().robot.lastMove();
  EXPECT_NEAR(done.inPositionS - done.startS, durationS, 1e-9);
  EXPECT_GE(done.startS, simBefore);
  EXPECT_GE(simAfter, done.inPositionS);  // never early
  // Wall time: never faster than the scale allows; and far from the unscaled duration.
  EXPECT_GE(wallS, durationS / 20.0);
  EXPECT_LT(wallS, durationS / 20.0 + 1.5) << "duration " << durationS << " s simulated";
}

TEST(StationRobot, PoseStateAndStop) {
  StationRig rig;  // real time: the move takes seconds
  asio::io_context io;
  Robot robot(io, *rig.urls().robot);

  EXPECT_EQ(value(robot.state()).kind, RcpControllerState::Kind::Ready);
  const metrology::Pose6 home = value(robot.pose());
  EXPECT_LT(distanceMm(home, {Eigen::Vector3d(1200, 0, 1560), Eigen::Vector3d(180, 0, 180)}), 1e-6);

  auto moved = std::make_shared<std::optional<devices::Outcome<metrology::Pose6>>>();
  robot->moveTo({kP1, devices::Motion::Linear, 0.05},
                [moved](devices::Outcome<metrology::Pose6> r) { *moved = std::move(r); });
  ASSERT_TRUE(
      runUntil(io, [&] { return rig.station().truth().robot.moving(rig.station().simTimeS()); }));
  EXPECT_EQ(value(robot.state()).kind, RcpControllerState::Kind::Moving);
  runFor(io, 100ms);
  const metrology::Pose6 during = value(robot.pose());
  EXPECT_GT(distanceMm(during, home), 0.01);
  EXPECT_GT(distanceMm(during, kP1), 1.0);

  const auto stopped = awaitDone(io, [&](auto done) { robot->stop(done); });
  ASSERT_TRUE(stopped.has_value());
  EXPECT_FALSE(stopped->has_value()) << (*stopped)->message;
  ASSERT_TRUE(runUntil(io, [&] { return moved->has_value(); }));
  ASSERT_TRUE(errorOf(*moved));
  EXPECT_EQ(errorOf(*moved)->kind, DeviceError::Kind::Stopped);

  // Decelerating, then at rest where it stopped: STATE? says STOPPED, POSE? is the rest pose.
  ASSERT_TRUE(runUntil(io, [&] {
    const auto s = robot.state();
    return s && std::holds_alternative<RcpControllerState>(*s) &&
           std::get<RcpControllerState>(*s).kind == RcpControllerState::Kind::Stopped;
  }));
  const metrology::Pose6 rest = value(robot.pose());
  EXPECT_GT(distanceMm(rest, kP1), 1.0);
  EXPECT_LT(distanceMm(rest, rig.station().truth().robot.commandedPose()), 1e-6);

  // Stopped is not busy: the next move is accepted and completes.
  const metrology::Pose6 back = value(robot.moveTo(home, devices::Motion::Joint, 1.0));
  EXPECT_LT(distanceMm(back, home), 1e-6);
  EXPECT_EQ(value(robot.state()).kind, RcpControllerState::Kind::Ready);
}

TEST(StationRobot, RefusesWithTheSpecsErrorCodes) {
  StationRig rig;
  asio::io_context io;
  Robot robot(io, *rig.urls().robot);

  // 12: far out of reach (the arm reaches about 2.3 m).
  const auto far =
      robot.moveTo({Eigen::Vector3d(5000, 0, 0), kP1.anglesDeg}, devices::Motion::Joint, 1.0);
  ASSERT_TRUE(errorOf(far));
  EXPECT_EQ(errorOf(far)->kind, DeviceError::Kind::Refused);
  EXPECT_EQ(errorOf(far)->message.rfind("E12 ", 0), 0U) << errorOf(far)->message;

  // 20: a second move while the first runs (both sent at once, on one connection).
  auto first = std::make_shared<std::optional<devices::Outcome<metrology::Pose6>>>();
  auto second = std::make_shared<std::optional<devices::Outcome<metrology::Pose6>>>();
  robot->moveTo({kP1, devices::Motion::Joint, 0.5},
                [first](devices::Outcome<metrology::Pose6> r) { *first = std::move(r); });
  robot->moveTo({kP5, devices::Motion::Joint, 0.5},
                [second](devices::Outcome<metrology::Pose6> r) { *second = std::move(r); });
  ASSERT_TRUE(runUntil(io, [&] { return second->has_value(); }));
  ASSERT_TRUE(errorOf(*second));
  EXPECT_EQ(errorOf(*second)->message.rfind("E20 ", 0), 0U) << errorOf(*second)->message;
  ASSERT_TRUE(runUntil(
      io, [&] { return first->has_value(); }, 10000ms));
  EXPECT_LT(distanceMm(value(*first), kP1), 1e-6);

  // What RoboCert's driver never sends, on a raw connection.
  LineClient raw(io, *rig.urls().robot);
  raw.send("garbage without a tag\n");  // no tag: nothing can answer it
  raw.send("1 IDN?\n");
  const auto idn = message(raw.line(io));
  ASSERT_TRUE(std::holds_alternative<rcp::Reply>(idn));
  EXPECT_EQ(std::get<rcp::Reply>(idn).tag, 1U);
  raw.send("7 MOVEJ 1200 0 900 180 0 180 1.5\n");
  EXPECT_EQ(errCode(raw.line(io), 7), rcp::codes::kSpeedOutOfRange);
  raw.send("8 FLY 1 2 3\n");
  EXPECT_EQ(errCode(raw.line(io), 8), rcp::codes::kUnknownRequest);
  raw.send("9 MOVEJ 1200 0\n");
  EXPECT_EQ(errCode(raw.line(io), 9), rcp::codes::kMalformedRequest);
  raw.send("10 MOVEL 1200 0 900 180 0 180 0.5 extra\n");
  EXPECT_EQ(errCode(raw.line(io), 10), rcp::codes::kMalformedRequest);
  raw.send(std::string(5000, 'x') + "\n11 POSE?\n");  // an oversized line is dropped
  const auto pose = message(raw.line(io));
  ASSERT_TRUE(std::holds_alternative<rcp::Reply>(pose));
  EXPECT_EQ(std::get<rcp::Reply>(pose).tag, 11U);
  EXPECT_TRUE(std::get<rcp::Reply>(pose).ok());
}

TEST(StationRobot, FaultStopsTheMoveAndRefusesMovesUntilCleared) {
  StationRig rig;
  asio::io_context io;
  Robot robot(io, *rig.urls().robot);
  LineClient watcher(io, *rig.urls().robot);  // another client sees the event too

  auto moved = std::make_shared<std::optional<devices::Outcome<metrology::Pose6>>>();
  robot->moveTo({kP1, devices::Motion::Joint, 0.1},
                [moved](devices::Outcome<metrology::Pose6> r) { *moved = std::move(r); });
  ASSERT_TRUE(
      runUntil(io, [&] { return rig.station().truth().robot.moving(rig.station().simTimeS()); }));
  rig.station().triggerRobotFault(7, "emergency stop");
  ASSERT_TRUE(runUntil(io, [&] { return moved->has_value(); }));
  ASSERT_TRUE(errorOf(*moved));
  EXPECT_EQ(errorOf(*moved)->kind, DeviceError::Kind::Fault);
  EXPECT_EQ(errorOf(*moved)->message, "E7 emergency stop");
  EXPECT_EQ(watcher.line(io), "EVT FAULT 7 emergency stop");

  const auto state = value(robot.state());
  EXPECT_EQ(state.kind, RcpControllerState::Kind::Fault);
  EXPECT_EQ(state.faultText, "emergency stop");
  const auto refused = robot.moveTo(kP1, devices::Motion::Joint, 1.0);
  ASSERT_TRUE(errorOf(refused));
  EXPECT_EQ(errorOf(refused)->kind, DeviceError::Kind::Fault);  // ERR 30
  EXPECT_EQ(errorOf(refused)->message.rfind("E30 ", 0), 0U) << errorOf(refused)->message;

  rig.station().clearRobotFault();
  ASSERT_TRUE(runUntil(io, [&] {
    const auto s = robot.state();
    return s && std::holds_alternative<RcpControllerState>(*s) &&
           std::get<RcpControllerState>(*s).kind != RcpControllerState::Kind::Fault;
  }));
  EXPECT_LT(distanceMm(value(robot.moveTo(kP1, devices::Motion::Joint, 1.0)), kP1), 1e-6);
}

TEST(StationRobot, OneRobotForSeveralClientsAndAMoveOutlivesItsClient) {
  StationOptions options;
  options.timeScale = 20.0;
  StationRig rig(options);
  asio::io_context io;
  Robot a(io, *rig.urls().robot);
  Robot b(io, *rig.urls().robot);

  // A's move is running: B's is refused, B's queries are answered.
  auto moved = std::make_shared<std::optional<devices::Outcome<metrology::Pose6>>>();
  a->moveTo({kP1, devices::Motion::Joint, 0.1},
            [moved](devices::Outcome<metrology::Pose6> r) { *moved = std::move(r); });
  ASSERT_TRUE(
      runUntil(io, [&] { return rig.station().truth().robot.moving(rig.station().simTimeS()); }));
  const auto refused = b.moveTo(kP5, devices::Motion::Joint, 1.0);
  ASSERT_TRUE(errorOf(refused));
  EXPECT_EQ(errorOf(refused)->message.rfind("E20 ", 0), 0U);
  EXPECT_EQ(value(b.state()).kind, RcpControllerState::Kind::Moving);
  ASSERT_TRUE(runUntil(
      io, [&] { return moved->has_value(); }, 10000ms));
  EXPECT_LT(distanceMm(value(*moved), kP1), 1e-6);

  // A client that leaves mid-move: the robot finishes the move, and is free afterwards.
  {
    LineClient raw(io, *rig.urls().robot);
    raw.send("5 MOVEJ 1520 -320 1220 180 0 -170 0.2\n");
    EXPECT_EQ(raw.line(io), "5 OK");
  }
  const sim::MoveTiming leftBehind = rig.station().truth().robot.lastMove();
  ASSERT_TRUE(runUntil(
      io, [&] { return rig.station().simTimeS() > leftBehind.inPositionS; }, 10000ms));
  const StationTruth truth = rig.station().truth();
  EXPECT_LT(distanceMm(truth.robot.controllerPose(truth.simTimeS), kP5), 1e-6);
  EXPECT_LT(distanceMm(value(b.moveTo(kP1, devices::Motion::Joint, 1.0)), kP1), 1e-6);
}

TEST(StationRobot, ServesTheRobotOnAPseudoTerminal) {
  StationOptions options;
  options.robotTcp = false;
  options.robotSerial = true;
  options.timeScale = 20.0;
  StationRig rig(options);
  const StationUrls urls = rig.urls();
  EXPECT_FALSE(urls.robot.has_value());
  ASSERT_TRUE(urls.robotSerial.has_value());
  EXPECT_EQ(urls.robotSerial->rfind("serial:///dev/pts/", 0), 0U) << *urls.robotSerial;
  EXPECT_NE(urls.robotSerial->find("?baud=115200"), std::string::npos);

  asio::io_context io;
  Robot robot(io, *urls.robotSerial);
  EXPECT_EQ(value(robot.identify()).model, "SimBot-6");
  EXPECT_LT(distanceMm(value(robot.moveTo(kP1, devices::Motion::Linear, 0.5)), kP1), 1e-6);
  EXPECT_LT(distanceMm(value(robot.pose()), kP1), 1e-6);
}

}  // namespace
}  // namespace robocert::sim_server::testing
