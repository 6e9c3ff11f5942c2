#pragma once

// A station file: which devices a test station has, bound to the equipment roles plans use,
// with the driver and address of each. See docs/formats/test-plan.md#station-files.
//
//   station:
//     name: sim-station
//     location: "Lab 2, bench 3"
//     time-scale: 1
//     devices:
//       - {role: robot, driver: rcp, url: "tcp://127.0.0.1:49731"}
//       - {role: tracker, driver: tracker, url: "tcp://127.0.0.1:49732", instrument: SIM-LT-0001}
//
// This module checks the file's shape and that a station fits a plan; opening the devices
// (parsing the URLs fully, the drivers' options) is the application's work.

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "robocert/plan/plan.hpp"

namespace robocert::plan {

struct StationDevice {
  std::string role;    // the plan's equipment role it plays: robot, tracker, ...
  std::string driver;  // rcp, tracker, scpi, modbus
  // Checked here only for its scheme://... shape and a scheme the driver speaks (rcp, tracker,
  // scpi: tcp or serial; modbus: modbus-tcp or modbus-rtu).
  std::string url;
  std::string instrument;  // serial of the instrument's record in the lab database; "" if none
  std::map<std::string, std::string> options;  // driver options as written: timeout-ms -> "2000"
  Location at;
  Location urlAt;
};

struct Station {
  std::string name;
  std::string location;  // where it stands, for reports: "Lab 2, bench 3"
  // Simulated seconds per wall-clock second: a simulated station runs faster, and the engine
  // divides its waits by this. 1 for real hardware; > 0.
  double timeScale = 1.0;
  std::vector<StationDevice> devices;  // roles unique
  std::string sourceText;
  std::string sha256Hex;

  const StationDevice* device(const std::string& role) const;  // nullptr when none
};

// The drivers a station file can name, and whether one provides a capability: rcp ->
// manipulator, tracker -> pose_sensor, scpi -> scalar_sensor, modbus -> scalar_sensor or
// actuator.
const std::vector<std::string>& stationDrivers();
bool driverProvides(std::string_view driver, Capability capability);

// Reads and checks a station file like plan::load: every problem located; a Station only when
// there are none.
std::variant<Station, std::vector<Problem>> loadStation(const std::filesystem::path& file);
std::variant<Station, std::vector<Problem>> parseStation(const std::string& text);

// Whether `station` can run `plan`: every role the plan needs (not optional) has a device, and
// each bound device's driver provides the role's capability. Problems are located in the
// station file (a missing role at its `devices:` list).
std::vector<Problem> checkStation(const Plan& plan, const Station& station);

}  // namespace robocert::plan
