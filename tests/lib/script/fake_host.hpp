#pragma once

// A test double of the run engine's side of a script: records every call as one line of text
// ("move robot L 100 -20 300.5 0 90 -180 0.5") so a test can compare what reached the station
// with what the script asked for, and answers with values the test sets.

#include <charconv>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "robocert/script/script_host.hpp"

namespace robocert::script::test {

inline std::string num(double v) {
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);  // shortest text that reads back as v
  return std::string(buf, r.ptr);
}

inline metrology::Pose6 pose(double x, double y, double z, double a, double b, double c) {
  metrology::Pose6 p;
  p.positionMm = {x, y, z};
  p.anglesDeg = {a, b, c};
  return p;
}

class FakeHost : public Host {
 public:
  // The station of most tests: one of each capability.
  std::vector<Role> station = {{"robot", plan::Capability::Manipulator, ""},
                               {"tracker", plan::Capability::PoseSensor, ""},
                               {"torque", plan::Capability::ScalarSensor, "torque"},
                               {"brake", plan::Capability::Actuator, "torque"}};
  std::map<std::string, metrology::Pose6> named;
  metrology::Pose6 commanded = pose(0, 0, 0, 0, 0, 0);
  metrology::Pose6 measured = pose(0, 0, 0, 0, 0, 0);
  Reading reading{0.0, ""};
  bool confirm = true;
  bool abortFlag = false;
  // When set, called at the start of every call with its name ("move", "sleep" ...); it may
  // throw (HostError or anything else) or block.
  std::function<void(const std::string&)> hook;

  std::vector<std::string> calls() const {
    std::lock_guard lock(mutex_);
    return calls_;
  }

  std::vector<Role> roles() const override { return station; }
  std::map<std::string, metrology::Pose6> poses() const override { return named; }

  void move(const std::string& role, const metrology::Pose6& t, bool linear,
            double speedFraction) override {
    enter("move");
    add("move " + role + (linear ? " L " : " J ") + text(t) + " " + num(speedFraction));
  }
  metrology::Pose6 commandedPose(const std::string& role) override {
    enter("pose");
    add("pose " + role);
    return commanded;
  }
  metrology::Pose6 measure(const std::string& role) override {
    enter("measure");
    add("measure " + role);
    return measured;
  }
  Reading read(const std::string& role) override {
    enter("read");
    add("read " + role);
    return reading;
  }
  void apply(const std::string& role, double value, const std::string& unit) override {
    enter("apply");
    add("apply " + role + " " + num(value) + " " + unit);
  }
  void record(const std::string& name, double value, const std::string& unit) override {
    enter("record");
    add("record " + name + " " + num(value) + (unit.empty() ? "" : " " + unit));
  }
  bool prompt(const std::string& text) override {
    enter("prompt");
    add("prompt " + text);
    return confirm;
  }
  void sleepMs(double ms) override {
    enter("sleep");
    add("sleep " + num(ms));
  }
  void log(const std::string& text) override {
    enter("log");
    add("log " + text);
  }
  bool aborted() const override { return abortFlag; }

 private:
  static std::string text(const metrology::Pose6& p) {
    return num(p.positionMm.x()) + " " + num(p.positionMm.y()) + " " + num(p.positionMm.z()) + " " +
           num(p.anglesDeg.x()) + " " + num(p.anglesDeg.y()) + " " + num(p.anglesDeg.z());
  }
  void enter(const std::string& call) {
    if (hook) hook(call);
  }
  void add(std::string line) {
    std::lock_guard lock(mutex_);
    calls_.push_back(std::move(line));
  }
  mutable std::mutex mutex_;
  std::vector<std::string> calls_;
};

// Fails the test program when the guarded code has not finished within the limit: a script
// that cannot be interrupted must not hang the test run. Never a timing assertion: the limit is
// far beyond anything a working interrupt needs.
class Watchdog {
 public:
  explicit Watchdog(const char* what, std::chrono::seconds limit = std::chrono::seconds(60))
      : thread_([this, what, limit] {
          std::unique_lock lock(mutex_);
          if (!cv_.wait_for(lock, limit, [this] { return done_; })) {
            std::fprintf(stderr, "watchdog: %s did not finish within %lld s\n", what,
                         static_cast<long long>(limit.count()));
            std::_Exit(1);
          }
        }) {}
  ~Watchdog() {
    {
      std::lock_guard lock(mutex_);
      done_ = true;
    }
    cv_.notify_all();
    thread_.join();
  }
  Watchdog(const Watchdog&) = delete;
  Watchdog& operator=(const Watchdog&) = delete;

 private:
  std::mutex mutex_;
  std::condition_variable cv_;
  bool done_ = false;
  std::thread thread_;
};

// Opens once; every waiter then goes through.
class Latch {
 public:
  void open() {
    {
      std::lock_guard lock(mutex_);
      open_ = true;
    }
    cv_.notify_all();
  }
  void wait() {
    std::unique_lock lock(mutex_);
    cv_.wait(lock, [this] { return open_; });
  }

 private:
  std::mutex mutex_;
  std::condition_variable cv_;
  bool open_ = false;
};

}  // namespace robocert::script::test
