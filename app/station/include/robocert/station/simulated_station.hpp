#pragma once

// The built-in station simulator run inside this process (robocert run --station sim, robocert
// demo, the desktop app's "start the simulator"): the sim_server Station on its own I/O thread,
// on loopback, with the station file that binds it to the plan roles robot and tracker.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <thread>

#include "robocert/plan/station.hpp"
#include "robocert/sim_server/station.hpp"

namespace robocert::station {

// The simulated tracker's instrument record, and the calibration it gets in a lab database
// (marked as simulated in every field a report shows).
inline constexpr const char* kSimTrackerSerial = "SIM-LT-0001";

class SimulatedStation {
 public:
  struct Options {
    double timeScale = 1.0;  // simulated seconds per wall-clock second
    std::optional<std::uint64_t> seed;
  };
  explicit SimulatedStation(Options options);
  ~SimulatedStation();
  SimulatedStation(const SimulatedStation&) = delete;
  SimulatedStation& operator=(const SimulatedStation&) = delete;

  // Roles robot (rcp), tracker (tracker, instrument kSimTrackerSerial), temperature and
  // humidity (scpi, the environment sensor) at the simulator's URLs, with its time scale.
  plan::Station stationFile() const;
  // Adds the simulated tracker to the lab database with a calibration valid from today for a
  // year, unless it is there already; idempotent when programs do it at once. Throws
  // store::StoreError.
  void registerInstruments(const std::filesystem::path& database) const;

  sim_server::Station& server() { return *server_; }
  sim_server::StationTruth truth() const { return server_->truth(); }

 private:
  boost::asio::io_context io_;
  std::unique_ptr<sim_server::Station> server_;
  std::thread thread_;
};

}  // namespace robocert::station
