#pragma once

// Register maps: which Modbus registers hold which physical quantity of a bench, described in a
// YAML file (docs/protocols/modbus.md) rather than in code.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "robocert/drivers/modbus_client.hpp"

namespace robocert::drivers {

enum class RegisterType { UInt16, Int16, UInt32, Int32, Float32 };
// For 32-bit types: HighFirst = the register at `address` holds the most significant word.
enum class WordOrder { HighFirst, LowFirst };

struct MappedQuantity {
  std::string name;  // e.g. "torque"
  std::uint8_t unitId = 1;
  ModbusTable table = ModbusTable::Holding;  // Holding or Input
  std::uint16_t address = 0;                 // 0-based PDU address
  RegisterType type = RegisterType::UInt16;
  WordOrder wordOrder = WordOrder::HighFirst;
  double scale = 1.0;  // value = raw * scale + offset
  double offset = 0.0;
  std::string unit;  // e.g. "N·m"
};

struct RegisterMap {
  std::string name;
  std::vector<MappedQuantity> quantities;
  const MappedQuantity* find(std::string_view name) const;
};

struct RegisterMapError {
  std::string file;
  int line = 0;  // 1-based; 0 when the error has no position (file unreadable)
  int column = 0;
  std::string message;
  std::string toString() const;  // "file:line:column: message"
};

std::variant<RegisterMap, RegisterMapError> loadRegisterMap(const std::string& path);
// `file` only names the source in errors.
std::variant<RegisterMap, RegisterMapError> parseRegisterMap(std::string_view yaml,
                                                             const std::string& file);

std::uint16_t registerCount(RegisterType type);  // 1 or 2
// raw registers (registerCount of them) -> value in the quantity's unit.
double decodeQuantity(const MappedQuantity& q, std::span<const std::uint16_t> registers);

// A ScalarSensor reading one mapped quantity through a ModbusClient (which must outlive it).
class ModbusScalarSensor final : public devices::ScalarSensor {
 public:
  ModbusScalarSensor(ModbusClient& client, MappedQuantity quantity);
  std::string quantity() const override { return quantity_.name; }
  void read(devices::Completion<devices::Reading> done) override;
  void identify(devices::Completion<devices::Identity> done) override;

 private:
  ModbusClient& client_;
  MappedQuantity quantity_;
};

}  // namespace robocert::drivers
