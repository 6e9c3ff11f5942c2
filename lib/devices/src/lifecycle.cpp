#include "robocert/devices/lifecycle.hpp"

namespace robocert::devices {

const char* toString(DeviceState s) {
  switch (s) {
    case DeviceState::Disconnected:
      return "disconnected";
    case DeviceState::Connected:
      return "connected";
    case DeviceState::Ready:
      return "ready";
    case DeviceState::Fault:
      return "fault";
  }
  return "?";
}

DeviceLifecycle::DeviceLifecycle(Device& device, std::string name)
    : device_(device), name_(std::move(name)) {}

void DeviceLifecycle::onChange(Observer observer) {
  std::lock_guard lock(mutex_);
  observer_ = std::move(observer);
}

void DeviceLifecycle::set(DeviceState s, const std::string& reason, std::optional<Identity> id) {
  Observer observer;
  {
    std::lock_guard lock(mutex_);
    if (s == state_ && reason == reason_ && !id) return;
    state_ = s;
    reason_ = reason;
    if (id) identity_ = std::move(id);
    observer = observer_;
  }
  if (observer) observer(s, reason);  // outside the lock: observers may read the state
}

void DeviceLifecycle::linkUp() {
  unsigned long epoch = 0;
  {
    std::lock_guard lock(mutex_);
    epoch = ++linkEpoch_;
  }
  set(DeviceState::Connected, {});
  device_.identify([this, epoch](Outcome<Identity> r) {
    {
      std::lock_guard lock(mutex_);
      if (epoch != linkEpoch_ || state_ != DeviceState::Connected) return;
    }
    if (auto* e = std::get_if<DeviceError>(&r)) {
      set(DeviceState::Fault, "identification failed: " + e->message);
    } else {
      {
        std::lock_guard lock(mutex_);
        identifiedEpoch_ = epoch;
      }
      set(DeviceState::Ready, {}, std::get<Identity>(std::move(r)));
    }
  });
}

void DeviceLifecycle::linkDown(const std::string& reason) {
  {
    std::lock_guard lock(mutex_);
    ++linkEpoch_;
  }
  set(DeviceState::Disconnected, reason);
}

void DeviceLifecycle::fault(const std::string& reason) { set(DeviceState::Fault, reason); }

void DeviceLifecycle::faultCleared() {
  {
    std::lock_guard lock(mutex_);
    if (state_ != DeviceState::Fault || linkEpoch_ == 0 || identifiedEpoch_ != linkEpoch_) return;
  }
  set(DeviceState::Ready, {});
}

DeviceState DeviceLifecycle::state() const {
  std::lock_guard lock(mutex_);
  return state_;
}

std::optional<Identity> DeviceLifecycle::identity() const {
  std::lock_guard lock(mutex_);
  return identity_;
}

std::string DeviceLifecycle::reason() const {
  std::lock_guard lock(mutex_);
  return reason_;
}

}  // namespace robocert::devices
