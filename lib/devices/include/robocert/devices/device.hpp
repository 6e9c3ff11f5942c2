#pragma once

// Capability interfaces of the things a test station drives and reads. A manipulator can be
// moved, a pose sensor measured, a scalar sensor read, an actuator set: each capability is its
// own interface, so the type says what a device can do (a sensor cannot be written to).
// Operations are asynchronous: they return at once and call their completion exactly once, on
// the driver's I/O thread, with the value or a DeviceError. Drivers put a timeout on every
// operation. No I/O here: drivers in protocols/ implement these.

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <variant>

#include "robocert/metrology/pose.hpp"

namespace robocert::devices {

struct Identity {
  std::string maker;
  std::string model;
  std::string serial;
  std::string firmware;
};

struct DeviceError {
  enum class Kind {
    Timeout,       // no answer within the operation's timeout
    Disconnected,  // the connection was lost before the answer
    Protocol,      // the answer could not be understood
    Refused,       // the device answered with an error (message says which)
    Fault,         // the device is in a fault state (e.g. emergency stop)
    Stopped,       // the operation was ended by a stop request before it completed
  };
  Kind kind = Kind::Timeout;
  std::string message;  // for a person: what the device or the driver said
};

template <typename T>
using Outcome = std::variant<T, DeviceError>;
using Done = std::function<void(std::optional<DeviceError>)>;
template <typename T>
using Completion = std::function<void(Outcome<T>)>;

class Device {
 public:
  virtual ~Device() = default;
  // Known once the device has been identified (see DeviceLifecycle).
  virtual void identify(Completion<Identity> done) = 0;
};

enum class Motion { Joint, Linear };

struct MoveRequest {
  metrology::Pose6 target;  // tool centre point in the robot base frame, mm and degrees
  Motion motion = Motion::Linear;
  double speedFraction = 1.0;  // of the rated velocity, in (0, 1]
};

class Manipulator : public virtual Device {
 public:
  // Completes when the controller reports the target attained ("in position").
  virtual void move(const MoveRequest& request, Done inPosition) = 0;
  // The controller's own idea of where the tool is (not a measurement).
  virtual void readPose(Completion<metrology::Pose6> done) = 0;
  virtual void stop(Done done) = 0;
};

struct PoseSample {
  std::uint64_t seq = 0;  // increases by one per sample: a gap is a lost sample
  std::int64_t tNs = 0;   // instrument time, ns
  metrology::Pose6 pose;  // in the instrument's frame, mm and degrees
};

class PoseSensor : public virtual Device {
 public:
  virtual void measure(Completion<PoseSample> done) = 0;
  // Samples arrive in batches on the I/O thread until stopStream().
  virtual void startStream(double rateHz,
                           std::function<void(std::span<const PoseSample>)> onSamples,
                           Done started) = 0;
  virtual void stopStream(Done done) = 0;
};

struct Reading {
  std::int64_t tNs = 0;
  double value = 0.0;
  std::string unit;  // as the instrument reports it, e.g. "N·m", "deg", "°C"
};

class ScalarSensor : public virtual Device {
 public:
  virtual std::string quantity() const = 0;  // torque, angle, temperature, ...
  virtual void read(Completion<Reading> done) = 0;
};

class Actuator : public virtual Device {
 public:
  // Sets quantity (torque, angle, speed) to value in unit; completes when accepted.
  virtual void apply(const std::string& quantity, double value, const std::string& unit,
                     Done done) = 0;
};

}  // namespace robocert::devices
