// The station's reducer bench against RoboCert's Modbus client and the register map file
// (test-plans/benches/reducer-bench.yaml): torque applied through the command register, angle
// and torque read back and checked against an independent twin of the reducer model, the
// backlash recovered from the hysteresis curve, and the exception responses.
#include <gtest/gtest.h>

#include <bit>
#include <cmath>

#include "robocert/drivers/modbus_client.hpp"
#include "robocert/drivers/register_map.hpp"
#include "station_test_util.hpp"

namespace robocert::sim_server::testing {
namespace {

using devices::DeviceError;
using drivers::MappedQuantity;
using drivers::ModbusClient;

drivers::RegisterMap benchMap() {
  auto parsed =
      drivers::loadRegisterMap(ROBOCERT_SOURCE_DIR "/test-plans/benches/reducer-bench.yaml");
  EXPECT_TRUE(std::holds_alternative<drivers::RegisterMap>(parsed));
  return std::holds_alternative<drivers::RegisterMap>(parsed)
             ? std::get<drivers::RegisterMap>(parsed)
             : drivers::RegisterMap{};
}

// IEEE 754 single, high word first: what the map says torque-command is, written out here
// rather than taken from the station's own encoder.
std::vector<std::uint16_t> float32HighFirst(float value) {
  const auto bits = std::bit_cast<std::uint32_t>(value);
  return {static_cast<std::uint16_t>(bits >> 16), static_cast<std::uint16_t>(bits & 0xFFFF)};
}

class StationBench : public ::testing::Test {
 protected:
  StationBench()
      : map_(benchMap()),
        client_(io_, url(rig_.urls().bench), ModbusClient::Options{}),
        torque_(client_, *map_.find("torque")),
        angle_(client_, *map_.find("angle")) {
    client_.start();
  }

  std::optional<DeviceError> applyTorque(float torqueNm) {
    const MappedQuantity& q = *map_.find("torque-command");
    const auto r = awaitDone(io_, [&](auto done) {
      client_.writeMultipleRegisters(q.unitId, q.address, float32HighFirst(torqueNm), done);
    });
    if (!r) return DeviceError{DeviceError::Kind::Timeout, "no completion"};
    return *r;
  }
  double read(drivers::ModbusScalarSensor& sensor) {
    return value(await<devices::Reading>(io_, [&](auto done) { sensor.read(done); })).value;
  }
  std::string refusal(const std::optional<DeviceError>& e) {
    EXPECT_TRUE(e.has_value());
    if (!e) return "";
    EXPECT_EQ(e->kind, DeviceError::Kind::Refused) << e->message;
    return e->message;
  }
  std::optional<DeviceError> readRegisters(bool input, std::uint8_t unit, std::uint16_t address,
                                           std::uint16_t count) {
    const auto r = await<std::vector<std::uint16_t>>(io_, [&](auto done) {
      if (input) {
        client_.readInputRegisters(unit, address, count, done);
      } else {
        client_.readHoldingRegisters(unit, address, count, done);
      }
    });
    return errorOf(r);
  }

  StationRig rig_;
  asio::io_context io_;
  drivers::RegisterMap map_;
  ModbusClient client_;
  drivers::ModbusScalarSensor torque_;
  drivers::ModbusScalarSensor angle_;
};

TEST_F(StationBench, FollowsTheReducerModelAlongTheHysteresisCurve) {
  // The twin starts from the bench's state now (same encoder noise stream): every reading
  // must then be the twin's, to the register's resolution of 0.001 arcmin.
  sim::ReducerBench twin = rig_.station().truth().bench;
  const double ratedNm = twin.params().ratedTorqueNm;

  std::vector<double> schedule;  // 0 -> +T_R -> 0 -> -T_R -> 0 in steps of T_R / 10
  for (int k = 0; k <= 10; ++k) schedule.push_back(ratedNm * k / 10.0);
  for (int k = 9; k >= -10; --k) schedule.push_back(ratedNm * k / 10.0);
  for (int k = -9; k <= 0; ++k) schedule.push_back(ratedNm * k / 10.0);

  std::vector<double> angles;
  for (const double torqueNm : schedule) {
    const auto applied = static_cast<float>(torqueNm);
    const auto error = applyTorque(applied);
    ASSERT_FALSE(error) << error->message;
    twin.apply(applied);
    EXPECT_EQ(read(torque_), static_cast<double>(applied));
    const double expected = std::round(twin.readAngleArcmin() / 0.001) * 0.001;
    const double measured = read(angle_);
    EXPECT_NEAR(measured, expected, 1e-9) << "at " << torqueNm << " N·m";
    angles.push_back(measured);
  }
  // Backlash: between the unloading branches' angles at T = 0 (after +T_R, after -T_R).
  const double upper = angles[20];  // schedule[20] = 0 after +T_R
  const double lower = angles.back();
  EXPECT_EQ(schedule[20], 0.0);
  const sim::ReducerTruth truth = rig_.station().truth().bench.truth();
  ASSERT_GT(truth.backlashArcmin, 0.5);
  // Two readings of sigma 0.005 arcmin each, plus rounding to 0.001: 5 sigma of the difference.
  EXPECT_NEAR(upper - lower, truth.backlashArcmin, 5 * 0.005 * std::sqrt(2.0) + 0.001);
  EXPECT_DOUBLE_EQ(rig_.station().truth().benchTorqueNm, 0.0);
}

TEST_F(StationBench, HoldingRegistersReadBackAndEverythingElseIsAnException) {
  ASSERT_FALSE(applyTorque(12.5f));
  const auto command = await<std::vector<std::uint16_t>>(
      io_, [&](auto done) { client_.readHoldingRegisters(1, 2, 2, done); });
  EXPECT_EQ(value(command), float32HighFirst(12.5f));
  const auto setpoint = awaitDone(io_, [&](auto done) {
    client_.writeSingleRegister(1, 0, 150, done);  // speed-setpoint: stored, no effect
  });
  ASSERT_TRUE(setpoint.has_value());
  EXPECT_FALSE(setpoint->has_value());
  const auto stored = await<std::vector<std::uint16_t>>(
      io_, [&](auto done) { client_.readHoldingRegisters(1, 0, 1, done); });
  EXPECT_EQ(value(stored), std::vector<std::uint16_t>{150});
  EXPECT_FALSE(readRegisters(true, 1, 0, 4));    // torque and angle in one request
  EXPECT_FALSE(readRegisters(true, 255, 0, 2));  // unit 255: "not used" on Modbus TCP

  // Registers no quantity covers: holding 1, input 4.
  EXPECT_NE(refusal(readRegisters(false, 1, 0, 4)).find("(exception 2)"), std::string::npos);
  EXPECT_NE(refusal(readRegisters(true, 1, 3, 2)).find("(exception 2)"), std::string::npos);
  // No coils on this bench.
  const auto coils =
      await<std::vector<bool>>(io_, [&](auto done) { client_.readCoils(1, 0, 8, done); });
  EXPECT_NE(refusal(errorOf(coils)).find("(exception 1)"), std::string::npos);
  // Half of the 32-bit torque command: refused, and the torque stays.
  const auto half =
      awaitDone(io_, [&](auto done) { client_.writeSingleRegister(1, 2, 0x4148, done); });
  ASSERT_TRUE(half.has_value());
  EXPECT_NE(refusal(*half).find("(exception 2)"), std::string::npos);
  // Beyond twice the rated torque, or not a number: illegal data value.
  EXPECT_NE(refusal(applyTorque(1000.0f)).find("(exception 3)"), std::string::npos);
  EXPECT_NE(refusal(applyTorque(std::nanf(""))).find("(exception 3)"), std::string::npos);
  EXPECT_EQ(read(torque_), 12.5);
  // Another unit id: no such device behind this address.
  EXPECT_NE(refusal(readRegisters(true, 7, 0, 2)).find("(exception 11)"), std::string::npos);
}

TEST_F(StationBench, GarbageClosesTheConnectionAndTheBenchServesOn) {
  {
    LineClient raw(io_, "tcp://127.0.0.1:" + std::to_string(url(rig_.urls().bench).port));
    // An MBAP header with protocol id 0x4142: not Modbus. The station hangs up.
    raw.send(std::string("\x00\x01\x41\x42\x00\x06\x01\x04\x00\x00\x00\x02", 12));
    EXPECT_TRUE(runUntil(io_, [&] { return raw.closedByPeer(); }));
  }
  EXPECT_FALSE(applyTorque(5.0f));
  EXPECT_EQ(read(torque_), 5.0);
}

}  // namespace
}  // namespace robocert::sim_server::testing
