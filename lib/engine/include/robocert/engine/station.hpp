#pragma once

// The devices of a test station, bound to the equipment roles of a plan. Built by the
// composition root (app/), which owns the drivers, their io_context thread and their
// lifecycles; the engine only borrows them, so they must outlive the run.

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "robocert/devices/device.hpp"
#include "robocert/devices/lifecycle.hpp"

namespace robocert::engine {

struct StationDevices {
  std::string name;
  std::string location;                   // where it stands: the report's "where the work was done"
  std::optional<std::int64_t> stationId;  // in the lab database
  // A simulated station runs its clock faster: the engine divides its waits (settle times,
  // script sleeps) by this, so they last the same in station time. 1 for real hardware.
  double timeScale = 1.0;

  std::map<std::string, devices::Manipulator*> manipulators;
  std::map<std::string, devices::PoseSensor*> poseSensors;
  // Scalar sensors; those of the roles "temperature" (°C) and "humidity" (%), when present, are
  // read at the start of a run for the record of the test conditions.
  std::map<std::string, devices::ScalarSensor*> scalarSensors;
  std::map<std::string, devices::Actuator*> actuators;
  // Every role's lifecycle: the engine waits for Ready after a device dropped out.
  std::map<std::string, devices::DeviceLifecycle*> lifecycles;
  // Roles measured by a calibrated instrument: its id in the lab database.
  std::map<std::string, std::int64_t> instruments;
};

}  // namespace robocert::engine
