#pragma once

// ModbusClient: a Modbus client over a transport::Link it owns. The URL scheme picks the framing:
// modbus-tcp:// uses MBAP headers with transaction ids, modbus-rtu:// uses RTU frames with a CRC.
// Requests go one at a time (RTU has no way to pair a reply with its request; TCP is kept the
// same so the two behave alike), in the order they were made.
//
// Every request completes exactly once, on the io_context's thread:
//  - with the data it asked for;
//  - DeviceError::Refused "<exception name> (exception N)" when the server answered with an
//    exception response;
//  - Timeout when no answer came within Options::requestTimeout of the request being made
//    (time waiting for the connection and for earlier requests counts);
//  - Disconnected when the connection was lost or could not be made while it waited;
//  - Protocol when the answer does not fit the request.
// Call the public functions from the io_context's thread (post to it otherwise). Destroying the
// client completes nothing: destroy it only when no request is pending or the io_context is done.

#include <chrono>
#include <cstdint>
#include <memory>
#include <span>
#include <system_error>
#include <vector>

#include "robocert/codec/modbus.hpp"
#include "robocert/devices/device.hpp"
#include "robocert/protocols/asio.hpp"
#include "robocert/transport/link.hpp"

namespace robocert::drivers {

enum class ModbusTable { Coils, Holding, Input };

class ModbusClient {
 public:
  struct Options {
    std::chrono::milliseconds requestTimeout{1000};
    transport::Link::Options link;
  };

  // Throws std::invalid_argument unless url is modbus-tcp:// or modbus-rtu://.
  ModbusClient(boost::asio::io_context& io, transport::Url url, Options options,
               transport::FrameLog* log = nullptr);
  ~ModbusClient();
  ModbusClient(const ModbusClient&) = delete;
  ModbusClient& operator=(const ModbusClient&) = delete;

  void start();  // connects (and reconnects after a loss)
  void stop();   // closes; pending requests complete with Disconnected

  // Addresses are 0-based PDU addresses; quantity within the spec limits (1..125 registers,
  // 1..2000 coils) or the request completes with Protocol at once.
  void readHoldingRegisters(std::uint8_t unit, std::uint16_t address, std::uint16_t quantity,
                            devices::Completion<std::vector<std::uint16_t>> done);
  void readInputRegisters(std::uint8_t unit, std::uint16_t address, std::uint16_t quantity,
                          devices::Completion<std::vector<std::uint16_t>> done);
  void readCoils(std::uint8_t unit, std::uint16_t address, std::uint16_t quantity,
                 devices::Completion<std::vector<bool>> done);
  void writeSingleRegister(std::uint8_t unit, std::uint16_t address, std::uint16_t value,
                           devices::Done done);
  void writeMultipleRegisters(std::uint8_t unit, std::uint16_t address,
                              std::vector<std::uint16_t> values, devices::Done done);

  // Any request; the response is checked against it (codec::modbus::checkResponse) and is never
  // an exception response (that completes as Refused).
  void transact(std::uint8_t unit, codec::modbus::Request request,
                devices::Completion<codec::modbus::Response> done);

  const transport::Url& url() const { return link_.url(); }

 private:
  struct Impl;
  void pump();
  void received(std::span<const std::uint8_t> bytes);
  void linkState(transport::Link::State state, std::error_code ec);
  void answer(std::uint8_t unit, std::span<const std::uint8_t> pdu);
  void failActive(devices::DeviceError error);
  void failAll(const devices::DeviceError& error);
  void finish(std::uint64_t id, devices::Outcome<codec::modbus::Response> outcome);

  boost::asio::io_context& io_;
  Options options_;
  transport::Link link_;
  std::unique_ptr<Impl> impl_;
  std::shared_ptr<int> alive_;  // timers hold a weak_ptr: nothing runs after destruction
};

}  // namespace robocert::drivers
