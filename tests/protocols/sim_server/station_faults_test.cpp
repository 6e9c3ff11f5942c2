// Fault injection, seen by RoboCert's drivers as a real flaky device would be: a dropped
// connection (Disconnected, then the driver reconnects), a delayed reply (Timeout), a garbled
// reply (Protocol), a stalled controller (Timeout, then the driver connects anew); faults switched
// on at run time; the robot finishing its move when its connection is dropped; garbage that never
// makes a server grow. Plus the --fault syntax.
#include <gtest/gtest.h>

#include <fstream>

#include "robocert/drivers/rcp_manipulator.hpp"
#include "robocert/drivers/tracker_driver.hpp"
#include "station_test_util.hpp"

namespace robocert::sim_server::testing {
namespace {

using devices::DeviceError;
using Kind = devices::DeviceError::Kind;

// For the replies a fault withholds; the others come in well under it.
constexpr std::chrono::milliseconds kShortTimeout = 400ms;

const metrology::Pose6 kP1{Eigen::Vector3d(1200, 0, 900), Eigen::Vector3d(180, 0, 180)};

// The RCP driver with a quick reconnect (and a short timeout where a test waits for one),
// counting link ups and downs.
class Robot {
 public:
  Robot(asio::io_context& io, const std::string& urlText,
        std::chrono::milliseconds requestTimeout = 2000ms)
      : io_(io), driver_(io, url(urlText), options(requestTimeout)) {
    driver_.setHooks(
        {.linkUp = [this] { ++ups; }, .linkDown = [this](const std::string&) { ++downs; }});
    driver_.start();
    EXPECT_TRUE(runUntil(io, [&] { return ups > 0; }));
  }
  ~Robot() { driver_.detach(); }

  std::optional<DeviceError> identify() {
    return errorOf(await<devices::Identity>(io_, [&](auto done) { driver_.identify(done); }));
  }
  std::optional<DeviceError> readPose() {
    return errorOf(await<metrology::Pose6>(io_, [&](auto done) { driver_.readPose(done); }));
  }
  drivers::RcpManipulator& driver() { return driver_; }

  int ups = 0;
  int downs = 0;

 private:
  static drivers::RcpOptions options(std::chrono::milliseconds requestTimeout) {
    drivers::RcpOptions o;
    o.requestTimeout = requestTimeout;
    o.link.backoffInitial = 20ms;
    return o;
  }
  asio::io_context& io_;
  drivers::RcpManipulator driver_;
};

Kind kindOf(const std::optional<DeviceError>& e) {
  EXPECT_TRUE(e.has_value()) << "expected an error";
  return e ? e->kind : Kind::Refused;
}

StationOptions withRobotFaults(Faults faults) {
  StationOptions o;
  o.robotFaults = faults;
  return o;
}

TEST(StationFaults, DropAfterClosesTheConnectionAndTheDriverReconnects) {
  StationRig rig(withRobotFaults({.dropAfterCommands = 1}));
  asio::io_context io;
  Robot robot(io, *rig.urls().robot);
  EXPECT_FALSE(robot.identify());                           // command 1
  EXPECT_EQ(kindOf(robot.readPose()), Kind::Disconnected);  // command 2: dropped
  ASSERT_TRUE(runUntil(io, [&] { return robot.ups == 2; }));
  EXPECT_EQ(robot.downs, 1);
  EXPECT_FALSE(robot.identify());  // counts start again on the new connection
}

TEST(StationFaults, DelayMakesTheDriverTimeOut) {
  StationRig rig(withRobotFaults({.replyDelay = 400ms}));
  asio::io_context io;
  Robot impatient(io, *rig.urls().robot, 100ms);
  EXPECT_EQ(kindOf(impatient.identify()), Kind::Timeout);
  Robot patient(io, *rig.urls().robot, 2000ms);
  const auto before = std::chrono::steady_clock::now();
  EXPECT_FALSE(patient.identify());  // late, not lost
  EXPECT_GE(std::chrono::steady_clock::now() - before, 400ms);
}

TEST(StationFaults, CorruptGarblesExactlyTheNthReply) {
  StationRig rig(withRobotFaults({.corruptReply = 2}));
  asio::io_context io;
  Robot robot(io, *rig.urls().robot);
  EXPECT_FALSE(robot.identify());
  const auto garbled = robot.readPose();
  EXPECT_EQ(kindOf(garbled), Kind::Protocol);
  EXPECT_NE(garbled->message.find("##"), std::string::npos) << garbled->message;
  EXPECT_FALSE(robot.readPose());  // only the second reply
  EXPECT_EQ(robot.downs, 0);
}

// The server keeps a stalled connection open and answers nothing on it; the driver takes the
// timeout for a stall, drops the connection and connects again, where the counts start again.
TEST(StationFaults, AStallTimesOutAndTheDriverConnectsAnew) {
  StationRig rig(withRobotFaults({.stallAfterCommands = 1}));
  asio::io_context io;
  Robot robot(io, *rig.urls().robot, kShortTimeout);
  EXPECT_FALSE(robot.identify());                      // command 1
  EXPECT_EQ(kindOf(robot.readPose()), Kind::Timeout);  // command 2: stalled
  ASSERT_TRUE(runUntil(io, [&] { return robot.ups == 2; }));
  EXPECT_EQ(robot.downs, 1);
  EXPECT_FALSE(robot.identify());                      // command 1 of the new connection
  EXPECT_EQ(kindOf(robot.readPose()), Kind::Timeout);  // and the stall again
}

TEST(StationFaults, OnThePseudoTerminalADropLosesTheCommand) {
  StationOptions options = withRobotFaults({.dropAfterCommands = 1});
  options.robotTcp = false;
  options.robotSerial = true;
  StationRig rig(options);
  asio::io_context io;
  Robot robot(io, *rig.urls().robotSerial, kShortTimeout);
  // A serial line has no connection to close: command 2 is lost and the counts restart. The
  // driver takes the timeout for a stall and opens the line again.
  EXPECT_FALSE(robot.identify());
  EXPECT_EQ(kindOf(robot.readPose()), Kind::Timeout);
  ASSERT_TRUE(runUntil(io, [&] { return robot.ups == 2; }));
  EXPECT_FALSE(robot.identify());
  EXPECT_EQ(kindOf(robot.readPose()), Kind::Timeout);
  ASSERT_TRUE(runUntil(io, [&] { return robot.ups == 3; }));
  EXPECT_EQ(robot.downs, 2);
}

TEST(StationFaults, FaultsSwitchedOnAndOffAtRunTime) {
  StationRig rig;
  asio::io_context io;
  Robot robot(io, *rig.urls().robot, kShortTimeout);
  EXPECT_FALSE(robot.identify());
  EXPECT_FALSE(robot.readPose());

  rig.station().setFaults(Server::Robot, {.dropAfterCommands = 0});  // the next one drops
  EXPECT_EQ(rig.station().faults(Server::Robot).dropAfterCommands, 0U);
  EXPECT_EQ(kindOf(robot.readPose()), Kind::Disconnected);
  rig.station().setFaults(Server::Robot, {});
  ASSERT_TRUE(runUntil(io, [&] { return robot.ups == 2; }));
  EXPECT_FALSE(robot.readPose());

  // A stall at run time: the driver connects anew after the timeout; once the stall is ended,
  // that connection answers.
  rig.station().setFaults(Server::Robot, {.stallAfterCommands = 0});
  EXPECT_EQ(kindOf(robot.readPose()), Kind::Timeout);
  rig.station().setFaults(Server::Robot, {});
  ASSERT_TRUE(runUntil(io, [&] { return robot.ups == 3; }));
  EXPECT_FALSE(robot.readPose());
}

TEST(StationFaults, DroppedMidMoveTheRobotFinishesItsMove) {
  StationOptions options;
  options.timeScale = 20.0;
  StationRig rig(options);
  asio::io_context io;
  Robot robot(io, *rig.urls().robot);
  auto moved = std::make_shared<std::optional<devices::Outcome<metrology::Pose6>>>();
  robot.driver().moveTo({kP1, devices::Motion::Joint, 0.1},
                        [moved](devices::Outcome<metrology::Pose6> r) { *moved = std::move(r); });
  ASSERT_TRUE(
      runUntil(io, [&] { return rig.station().truth().robot.moving(rig.station().simTimeS()); }));
  rig.station().dropConnections(Server::Robot);
  ASSERT_TRUE(runUntil(io, [&] { return moved->has_value(); }));
  EXPECT_EQ(kindOf(errorOf(*moved)), Kind::Disconnected);  // at once, not after a timeout
  EXPECT_TRUE(rig.station().truth().robot.moving(rig.station().simTimeS()));

  const double inPositionS = rig.station().truth().robot.lastMove().inPositionS;
  ASSERT_TRUE(runUntil(
      io, [&] { return rig.station().simTimeS() > inPositionS; }, 10000ms));
  const StationTruth truth = rig.station().truth();
  EXPECT_LT((truth.robot.controllerPose(truth.simTimeS).positionMm - kP1.positionMm).norm(), 1e-6);
}

TEST(StationFaults, TrackerFaultsReachTheTrackerDriver) {
  StationOptions options;
  options.trackerFaults = {.corruptReply = 1};
  StationRig rig(options);
  asio::io_context io;
  drivers::TrackerOptions trackerOptions;
  trackerOptions.measureTimeout = kShortTimeout;
  trackerOptions.link.backoffInitial = 20ms;
  drivers::TrackerDriver tracker(io, url(rig.urls().tracker), trackerOptions);
  int ups = 0;
  tracker.setConnectionHooks({.up = [&] { ++ups; }, .down = {}, .fault = {}});
  tracker.start();
  ASSERT_TRUE(runUntil(io, [&] { return ups == 1; }));
  auto measure = [&] {
    return errorOf(await<devices::PoseSample>(io, [&](auto done) { tracker.measure(done); }));
  };
  EXPECT_EQ(kindOf(measure()), Kind::Protocol);  // "S ######...": not a sample
  EXPECT_FALSE(measure());                       // only the first reply

  rig.station().setFaults(Server::Tracker, {.replyDelay = 500ms});
  EXPECT_EQ(kindOf(measure()), Kind::Timeout);
  ASSERT_TRUE(runUntil(io, [&] { return ups == 2; }));  // the driver starts a new connection

  rig.station().setFaults(Server::Tracker, {.dropAfterCommands = 0});
  EXPECT_EQ(kindOf(measure()), Kind::Disconnected);
  rig.station().setFaults(Server::Tracker, {});
  ASSERT_TRUE(runUntil(io, [&] { return ups == 3; }));
  EXPECT_FALSE(measure());
}

// Resident memory of this process (the station runs in it), from /proc.
std::size_t residentBytes() {
  std::ifstream statm("/proc/self/statm");
  std::size_t pages = 0;
  std::size_t resident = 0;
  statm >> pages >> resident;
  return resident * 4096;
}

TEST(StationFaults, GarbageNeverGrowsAServerAndItAnswersAfterwards) {
  StationRig rig;
  asio::io_context io;
  LineClient robot(io, *rig.urls().robot);
  LineClient tracker(io, rig.urls().tracker);
  LineClient environment(io, rig.urls().environment);

  // 48 MiB without a line end to each, in 1 MiB pieces, binary junk included.
  auto junk = std::make_shared<std::string>(1 << 20, 'x');
  for (std::size_t i = 0; i < junk->size(); i += 7) (*junk)[i] = static_cast<char>(i * 31 % 256);
  for (char& c : *junk) {
    if (c == '\n') c = '\r';
  }
  const std::size_t before = residentBytes();
  for (int i = 0; i < 48; ++i) {
    for (LineClient* c : {&robot, &tracker, &environment}) c->send(junk);
    ASSERT_TRUE(runUntil(
        io, [&] { return robot.sent() && tracker.sent() && environment.sent(); }, 20000ms));
  }
  robot.send("\n1 IDN?\n");
  tracker.send("\n*IDN?\n");
  environment.send("\n*IDN?\n");
  const auto r = robot.line(io, 20000ms);
  EXPECT_EQ(r.value_or("").rfind("1 OK RoboCert;SimBot-6;", 0), 0U) << r.value_or("(none)");
  // The tracker answers the oversized line (ERR 11), then *IDN?.
  EXPECT_EQ(tracker.line(io, 20000ms).value_or("").rfind("ERR 11 ", 0), 0U);
  EXPECT_EQ(tracker.line(io).value_or("").rfind("RoboCert,SimTracker-6D,", 0), 0U);
  EXPECT_EQ(environment.line(io, 20000ms).value_or("").rfind("RoboCert,SimEnv-1,", 0), 0U);
  // 144 MiB went in; the servers hold no more than a line's worth each. (AddressSanitizer keeps
  // freed memory in quarantine, so there the figure says nothing.)
#ifndef __SANITIZE_ADDRESS__
  EXPECT_LT(residentBytes(), before + (16u << 20));
#else
  (void)before;
#endif
}

}  // namespace
}  // namespace robocert::sim_server::testing
