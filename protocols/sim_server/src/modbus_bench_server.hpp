#pragma once

// The reducer test bench (sim::ReducerBench) over Modbus TCP, serving the register map of
// test-plans/benches/reducer-bench.yaml (embedded at build time):
//   input   torque          the torque applied last, N·m
//   input   angle           the bench encoder's twist reading (new noise per request), arcmin
//   holding torque-command  writing it applies that torque to the reducer, N·m
//   holding (any other)     stored and read back, no effect (e.g. speed-setpoint: the input is
//                           locked on this bench)
// Supported: FC 3, 4, 6, 16 for unit 1 (the map's unit id) and 255 (the "not used" unit of
// Modbus TCP). Exception responses: 1 for FC 1 and 5 (no coils) and unsupported functions;
// 2 for a register no quantity covers, and a write that covers only part of a 32-bit quantity;
// 3 for quantities outside the spec limits and a torque command that is not finite or beyond
// twice the rated torque; 0x0B for other unit ids. A frame with a bad MBAP header closes the
// connection (Modbus Messaging Implementation Guide 4.3.1).

#include <cstdint>
#include <map>
#include <memory>
#include <vector>

#include "line_session.hpp"
#include "robocert/codec/modbus.hpp"
#include "robocert/drivers/register_map.hpp"
#include "sim_model.hpp"

namespace robocert::sim_server {

class ModbusSession;

class ModbusBenchServer : public std::enable_shared_from_this<ModbusBenchServer> {
 public:
  // Throws std::runtime_error when the embedded map does not parse or lacks torque, angle or
  // torque-command in the right tables (a build from a broken reducer-bench.yaml).
  explicit ModbusBenchServer(std::shared_ptr<SimModel> model);

  void serve(boost::asio::ip::tcp::socket socket);
  void dropConnections();
  void close();

  // The response PDU to a request PDU for `unit`, or nothing (no answer).
  std::optional<codec::modbus::Response> answer(std::uint8_t unit,
                                                std::span<const std::uint8_t> pdu);

  const drivers::RegisterMap& map() const { return map_; }

 private:
  using Table = drivers::ModbusTable;
  codec::modbus::Response read(std::uint8_t function, Table table, std::uint16_t address,
                               std::uint16_t quantity);
  codec::modbus::Response write(std::uint8_t function, std::uint16_t address,
                                const std::vector<std::uint16_t>& values);
  const drivers::MappedQuantity* covering(Table table, std::uint32_t address) const;

  std::shared_ptr<SimModel> model_;
  drivers::RegisterMap map_;
  const drivers::MappedQuantity* torque_ = nullptr;
  const drivers::MappedQuantity* angle_ = nullptr;
  const drivers::MappedQuantity* torqueCommand_ = nullptr;
  std::map<std::uint16_t, std::uint16_t> holding_;  // holding register words as written
  SessionSet<ModbusSession> sessions_;
};

// The registers (registerCount(q.type) words, in the map's word order) that decode to `value`
// with drivers::decodeQuantity: raw = (value - offset) / scale, rounded and clamped to the
// type's range for integer types.
std::vector<std::uint16_t> encodeQuantity(const drivers::MappedQuantity& q, double value);

}  // namespace robocert::sim_server
