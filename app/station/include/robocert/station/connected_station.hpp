#pragma once

// A station file brought to life: one driver per device on one I/O thread, each with its
// lifecycle (connect, identify, reconnect), handed to the run engine as engine::StationDevices.
// Shared by the command line and the desktop app (the composition roots).

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "robocert/devices/lifecycle.hpp"
#include "robocert/engine/station.hpp"
#include "robocert/plan/station.hpp"

namespace robocert::store {
class Store;
}

namespace robocert::station {

struct DeviceStatus {
  std::string role;
  std::string driver;
  std::string url;
  devices::DeviceState state = devices::DeviceState::Disconnected;
  std::string reason;                         // why it is not ready
  std::optional<devices::Identity> identity;  // once identified
};

class ConnectedStation {
 public:
  // Creates the drivers of the devices playing `roles` (all when empty) and starts connecting
  // (returns at once). Instruments named in the station file are looked up in `store`
  // (nullptr: none are); files named in driver options (register-map) are relative to
  // `baseDir`. Throws std::runtime_error with a message for a person: an unknown driver, a bad
  // URL, an instrument not in the database, a register map that does not load.
  ConnectedStation(const plan::Station& station, const store::Store* store,
                   const std::vector<std::string>& roles = {},
                   const std::filesystem::path& baseDir = {});
  ~ConnectedStation();
  ConnectedStation(const ConnectedStation&) = delete;
  ConnectedStation& operator=(const ConnectedStation&) = delete;

  // Waits until every device is ready or the timeout passes; true when all are ready.
  bool waitReady(std::chrono::milliseconds timeout) const;
  std::vector<DeviceStatus> status() const;

  // The devices for the run engine (valid while this object lives).
  engine::StationDevices devices() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace robocert::station
