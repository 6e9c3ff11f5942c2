#pragma once

// Device addresses as URLs, one syntax for every transport:
//   tcp://HOST:PORT                      raw TCP byte stream (RCP, tracker, SCPI over sockets)
//   modbus-tcp://HOST:PORT               Modbus TCP (port defaults to 502)
//   serial:///dev/ttyUSB0?baud=115200&parity=none&data=8&stop=1&flow=none
//   modbus-rtu:///dev/ttyS0?baud=19200&parity=even
// Serial parameters default to 9600 8N1 without flow control (Modbus RTU: 19200 8E1, the
// specification's default).

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace robocert::transport {

enum class Scheme { Tcp, Serial, ModbusTcp, ModbusRtu };
enum class Parity { None, Even, Odd };
enum class FlowControl { None, Hardware, Software };

struct SerialSettings {
  unsigned baud = 9600;
  Parity parity = Parity::None;
  unsigned dataBits = 8;
  unsigned stopBits = 1;  // 1 or 2
  FlowControl flow = FlowControl::None;
};

struct Url {
  Scheme scheme = Scheme::Tcp;
  std::string host;  // TCP schemes
  std::uint16_t port = 0;
  std::string device;  // serial schemes: the device path
  SerialSettings serial;
  bool isSerial() const { return scheme == Scheme::Serial || scheme == Scheme::ModbusRtu; }
};

struct UrlError {
  std::size_t position = 0;  // 0-based offset into the text where the problem starts
  std::string message;       // English, for logs; the kind is in the message's first words
};

std::variant<Url, UrlError> parseUrl(std::string_view text);

// The canonical text of a URL (parameters in a fixed order), for logs and the audit trail.
std::string toString(const Url& url);

}  // namespace robocert::transport
