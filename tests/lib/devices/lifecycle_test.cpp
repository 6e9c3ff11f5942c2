#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "robocert/devices/blocking.hpp"
#include "robocert/devices/lifecycle.hpp"

using namespace robocert::devices;
using namespace std::chrono_literals;

namespace {

// A device whose identification answers only when the test says so.
class FakeDevice : public Device {
 public:
  void identify(Completion<Identity> done) override { pending.push_back(std::move(done)); }
  std::vector<Completion<Identity>> pending;
};

}  // namespace

TEST(DeviceLifecycle, ConnectedThenReadyOnceIdentified) {
  FakeDevice dev;
  DeviceLifecycle life(dev, "robot");
  std::vector<DeviceState> seen;
  life.onChange([&](DeviceState s, const std::string&) { seen.push_back(s); });
  EXPECT_EQ(life.state(), DeviceState::Disconnected);
  life.linkUp();
  EXPECT_EQ(life.state(), DeviceState::Connected);
  ASSERT_EQ(dev.pending.size(), 1u);
  dev.pending[0](Identity{"ACME", "R6", "SN-1", "2.1"});
  EXPECT_EQ(life.state(), DeviceState::Ready);
  EXPECT_EQ(life.identity()->serial, "SN-1");
  life.linkDown("connection reset by peer");
  EXPECT_EQ(life.state(), DeviceState::Disconnected);
  EXPECT_EQ(life.reason(), "connection reset by peer");
  EXPECT_EQ(seen,
            (std::vector{DeviceState::Connected, DeviceState::Ready, DeviceState::Disconnected}));
}

TEST(DeviceLifecycle, FailedIdentificationIsAFault) {
  FakeDevice dev;
  DeviceLifecycle life(dev, "tracker");
  life.linkUp();
  dev.pending[0](DeviceError{DeviceError::Kind::Timeout, "no answer to *IDN?"});
  EXPECT_EQ(life.state(), DeviceState::Fault);
  EXPECT_EQ(life.reason(), "identification failed: no answer to *IDN?");
}

TEST(DeviceLifecycle, AnswerFromAnEarlierConnectionIsIgnored) {
  // The link drops while identification is pending and comes back: the old answer must not make
  // the new connection Ready; only the new identification does.
  FakeDevice dev;
  DeviceLifecycle life(dev, "robot");
  life.linkUp();
  life.linkDown("lost");
  life.linkUp();
  ASSERT_EQ(dev.pending.size(), 2u);
  dev.pending[0](Identity{"old", "", "", ""});
  EXPECT_EQ(life.state(), DeviceState::Connected);
  dev.pending[1](Identity{"new", "", "", ""});
  EXPECT_EQ(life.state(), DeviceState::Ready);
  EXPECT_EQ(life.identity()->maker, "new");
}

TEST(DeviceLifecycle, FaultReportedByTheDevice) {
  FakeDevice dev;
  DeviceLifecycle life(dev, "robot");
  life.linkUp();
  dev.pending[0](Identity{});
  life.fault("emergency stop pressed");
  EXPECT_EQ(life.state(), DeviceState::Fault);
  EXPECT_EQ(life.reason(), "emergency stop pressed");
}

TEST(DeviceLifecycle, AClearedFaultMakesAnIdentifiedDeviceReadyAgain) {
  FakeDevice dev;
  DeviceLifecycle life(dev, "robot");
  life.faultCleared();  // nothing to clear
  EXPECT_EQ(life.state(), DeviceState::Disconnected);
  life.linkUp();
  dev.pending[0](Identity{"ACME", "R6", "SN-1", "2.1"});
  life.fault("E3 emergency stop");
  EXPECT_EQ(life.state(), DeviceState::Fault);
  life.faultCleared();
  EXPECT_EQ(life.state(), DeviceState::Ready);
  EXPECT_EQ(life.reason(), "");
  // A failed identification is not cleared by a person saying so: the link must come back.
  life.linkDown("lost");
  life.linkUp();
  dev.pending[1](DeviceError{DeviceError::Kind::Timeout, "no answer"});
  life.faultCleared();
  EXPECT_EQ(life.state(), DeviceState::Fault);
}

TEST(WaitFor, ReturnsTheValueFromAnotherThread) {
  const auto r =
      waitFor<int>([](Completion<int> done) { std::thread([done] { done(42); }).detach(); }, 2s);
  ASSERT_TRUE(std::holds_alternative<int>(r));
  EXPECT_EQ(std::get<int>(r), 42);
}

TEST(WaitFor, TimesOutAndDropsALateAnswerSafely) {
  Done late;
  const auto e = waitFor([&](Done done) { late = std::move(done); }, 20ms);
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->kind, DeviceError::Kind::Timeout);
  EXPECT_EQ(e->message, "no answer within 20 ms");
  late(std::nullopt);  // after the wait ended: must not crash or touch freed memory
}

TEST(WaitFor, PassesDeviceErrorsThrough) {
  const auto e = waitFor(
      [](Done done) {
        done(DeviceError{DeviceError::Kind::Refused, "E12 out of reach"});
      },
      1s);
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->kind, DeviceError::Kind::Refused);
}
