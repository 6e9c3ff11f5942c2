#pragma once

#include <functional>
#include <mutex>
#include <optional>
#include <string>

#include "robocert/devices/device.hpp"

namespace robocert::devices {

enum class DeviceState {
  Disconnected,  // no connection (initially, and after a loss until the link is back)
  Connected,     // the link is up, the device not yet identified
  Ready,         // identified: operations may be used
  Fault,         // the device reported a fault, or could not be identified
};

const char* toString(DeviceState s);

// Owns a device's state: drivers only report what happened to their connection (linkUp,
// linkDown) and what the device said (fault); the transitions are decided here, the same for
// every driver. On linkUp it identifies the device; success makes it Ready.
// Thread-safe: reporters run on the I/O thread, observers (engine, GUI) read from theirs.
class DeviceLifecycle {
 public:
  using Observer = std::function<void(DeviceState, const std::string& reason)>;
  DeviceLifecycle(Device& device, std::string name);

  void linkUp();
  void linkDown(const std::string& reason);
  void fault(const std::string& reason);
  // A person cleared a reported fault (emergency stop released, alarm reset) and says so: a
  // device in Fault that was identified on this connection is Ready again. Nothing else
  // changes (a device whose identification failed stays in Fault until the link comes back).
  void faultCleared();

  DeviceState state() const;
  std::optional<Identity> identity() const;
  std::string reason() const;  // why it is in its state (empty when Ready)
  const std::string& name() const { return name_; }
  // Called (on the reporting thread) at every change of state.
  void onChange(Observer observer);

 private:
  void set(DeviceState s, const std::string& reason, std::optional<Identity> id = std::nullopt);
  Device& device_;
  std::string name_;
  mutable std::mutex mutex_;
  DeviceState state_ = DeviceState::Disconnected;
  std::string reason_;
  std::optional<Identity> identity_;
  unsigned long linkEpoch_ = 0;  // an identification answer from an earlier connection is stale
  unsigned long identifiedEpoch_ = 0;  // the connection the device was last identified on
  Observer observer_;
};

}  // namespace robocert::devices
