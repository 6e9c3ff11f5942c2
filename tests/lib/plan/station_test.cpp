// Station files: reading them, their mistakes located, and whether a station fits a plan.
#include <gtest/gtest.h>

#include "plan_test_util.hpp"
#include "robocert/plan/station.hpp"

using namespace plan_test;

namespace {

const std::string kStation = R"(station:
  name: bench-3
  location: "Lab 2, bench 3"
  time-scale: 20
  devices:
    - {role: robot, driver: rcp, url: "tcp://127.0.0.1:49731"}
    - role: tracker
      driver: tracker
      url: serial:///dev/ttyUSB0?baud=115200
      instrument: LT-0042
      options: {timeout-ms: 2000, mode: fast}
)";

std::vector<p::Problem> stationProblems(const std::string& yaml) {
  auto r = p::parseStation(yaml);
  if (std::holds_alternative<p::Station>(r)) return {};
  return std::get<std::vector<p::Problem>>(r);
}

void expectOneStationProblem(const std::string& yaml, p::Location at, const std::string& text) {
  const auto problems = stationProblems(yaml);
  ASSERT_EQ(problems.size(), 1u) << describe(problems);
  EXPECT_EQ(problems[0].at.line, at.line) << describe(problems);
  EXPECT_EQ(problems[0].at.column, at.column) << describe(problems);
  EXPECT_NE(problems[0].message.find(text), std::string::npos) << problems[0].message;
}

p::Station station(const std::string& yaml = kStation) {
  auto r = p::parseStation(yaml);
  if (auto* problems = std::get_if<std::vector<p::Problem>>(&r)) {
    ADD_FAILURE() << describe(*problems);
    return {};
  }
  return std::get<p::Station>(std::move(r));
}

}  // namespace

TEST(Station, ReadsEveryField) {
  const p::Station s = station();
  EXPECT_EQ(s.name, "bench-3");
  EXPECT_EQ(s.location, "Lab 2, bench 3");
  EXPECT_EQ(s.timeScale, 20.0);
  ASSERT_EQ(s.devices.size(), 2u);
  const p::StationDevice* tracker = s.device("tracker");
  ASSERT_NE(tracker, nullptr);
  EXPECT_EQ(tracker->driver, "tracker");
  EXPECT_EQ(tracker->url, "serial:///dev/ttyUSB0?baud=115200");
  EXPECT_EQ(tracker->instrument, "LT-0042");
  EXPECT_EQ(tracker->options.at("timeout-ms"), "2000");
  EXPECT_EQ(tracker->options.at("mode"), "fast");
  EXPECT_EQ(tracker->at.line, 7);
  EXPECT_EQ(s.device("robot")->url, "tcp://127.0.0.1:49731");
  EXPECT_EQ(s.device("nothing"), nullptr);
  EXPECT_EQ(s.sourceText, kStation);
  EXPECT_EQ(s.sha256Hex.size(), 64u);
}

TEST(Station, TimeScaleDefaultsToOne) {
  EXPECT_EQ(station(replaced(kStation, "  time-scale: 20\n", "")).timeScale, 1.0);
}

TEST(Station, Mistakes) {
  std::string y = replaced(kStation, "driver: rcp", "driver: rpc");
  expectOneStationProblem(y, where(y, "rpc"),
                          "device \"robot\": unknown driver \"rpc\"; did you mean \"rcp\"?");
  y = replaced(kStation, "\"tcp://127.0.0.1:49731\"", "127.0.0.1:49731");
  expectOneStationProblem(y, where(y, "127.0.0.1:49731"),
                          "device \"robot\", url: \"127.0.0.1:49731\" is not a device URL");
  y = replaced(kStation, "\"tcp://127.0.0.1:49731\"", "modbus-tcp://127.0.0.1:502");
  expectOneStationProblem(y, where(y, "modbus-tcp"),
                          "device \"robot\", url: the rcp driver speaks tcp:// or serial://, not "
                          "modbus-tcp://");
  y = replaced(kStation, "time-scale: 20", "time-scale: 0");
  expectOneStationProblem(y, where(y, "0\n"), "time-scale: must be greater than 0");
  y = replaced(kStation, "- role: tracker", "- role: robot");
  expectOneStationProblem(y, where(y, "robot", 7), "role \"robot\" has more than one device");
  y = replaced(kStation, "      instrument: LT-0042\n",
               "      instrument: LT-0042\n      port: 3\n");
  expectOneStationProblem(y, where(y, "port:"), "device \"tracker\": unknown key \"port\"");
  y = replaced(kStation, "  name: bench-3\n", "");
  expectOneStationProblem(y, where(y, "location"), "station: missing key \"name\"");
  expectOneStationProblem("plan:\n  id: x\n", {1, 1}, "not a station file");
  y = replaced(kStation, "devices:\n", "devices: [\n");
  EXPECT_NE(stationProblems(y).at(0).message.find("YAML syntax error"), std::string::npos);
}

TEST(Station, LoadsTheSimulatorStation) {
  const auto r = p::loadStation(ROBOCERT_SOURCE_DIR "/test-plans/stations/sim-station.yaml");
  ASSERT_TRUE(std::holds_alternative<p::Station>(r))
      << describe(std::get<std::vector<p::Problem>>(r));
  const auto& s = std::get<p::Station>(r);
  EXPECT_EQ(s.name, "sim-station");
  EXPECT_EQ(s.device("robot")->url, "tcp://127.0.0.1:49731");
  EXPECT_EQ(s.device("tracker")->url, "tcp://127.0.0.1:49732");
  EXPECT_EQ(s.device("tracker")->instrument, "SIM-LT-0001");
}

TEST(Station, DriversProvideCapabilities) {
  EXPECT_TRUE(p::driverProvides("rcp", p::Capability::Manipulator));
  EXPECT_FALSE(p::driverProvides("rcp", p::Capability::PoseSensor));
  EXPECT_TRUE(p::driverProvides("tracker", p::Capability::PoseSensor));
  EXPECT_TRUE(p::driverProvides("scpi", p::Capability::ScalarSensor));
  EXPECT_FALSE(p::driverProvides("scpi", p::Capability::Actuator));
  EXPECT_TRUE(p::driverProvides("modbus", p::Capability::ScalarSensor));
  EXPECT_TRUE(p::driverProvides("modbus", p::Capability::Actuator));
}

TEST(CheckStation, FitsThePlan) {
  const p::Plan plan = std::get<p::Plan>(p::parse(kValidPlan));
  const auto problems = p::checkStation(plan, station());
  EXPECT_TRUE(problems.empty()) << describe(problems);
}

TEST(CheckStation, MissingRoleAndWrongDriver) {
  const p::Plan plan = std::get<p::Plan>(p::parse(kValidPlan));
  // The tracker role played by a robot controller, and no robot at all.
  const std::string yaml = replaced(
      replaced(kStation, "    - {role: robot, driver: rcp, url: \"tcp://127.0.0.1:49731\"}\n", ""),
      "driver: tracker", "driver: rcp");
  const auto problems = p::checkStation(plan, station(yaml));
  ASSERT_EQ(problems.size(), 2u) << describe(problems);
  // Both at the (first) device: the missing role where the devices are listed.
  EXPECT_EQ(problems[0].at.line, where(yaml, "role: tracker").line);
  EXPECT_EQ(problems[0].message,
            "plan demo needs a device for the role \"robot\" (manipulator); the station has none");
  EXPECT_EQ(problems[1].message,
            "device \"tracker\": plan demo needs a pose_sensor for this role, which the rcp "
            "driver does not provide");
}

TEST(CheckStation, OptionalRoleMayBeMissing) {
  const std::string yaml = replaced(
      kValidPlan, "  parameters:",
      "    - {role: thermometer, capability: scalar_sensor, optional: true}\n  parameters:");
  const p::Plan plan = std::get<p::Plan>(p::parse(yaml));
  EXPECT_TRUE(plan.role("thermometer")->optional);
  EXPECT_TRUE(p::checkStation(plan, station()).empty());
  const std::string required = replaced(yaml, "optional: true", "optional: false");
  EXPECT_EQ(p::checkStation(std::get<p::Plan>(p::parse(required)), station()).size(), 1u);
}
