#include <gtest/gtest.h>

#include <variant>

#include "robocert/transport/url.hpp"

using namespace robocert::transport;

namespace {

Url ok(std::string_view text) {
  auto r = parseUrl(text);
  if (auto* e = std::get_if<UrlError>(&r)) {
    ADD_FAILURE() << text << ": " << e->message;
    return {};
  }
  return std::get<Url>(r);
}

UrlError bad(std::string_view text) {
  auto r = parseUrl(text);
  if (!std::holds_alternative<UrlError>(r)) {
    ADD_FAILURE() << text << " was accepted";
    return {};
  }
  return std::get<UrlError>(r);
}

}  // namespace

TEST(Url, Tcp) {
  const Url u = ok("tcp://127.0.0.1:40123");
  EXPECT_EQ(u.scheme, Scheme::Tcp);
  EXPECT_EQ(u.host, "127.0.0.1");
  EXPECT_EQ(u.port, 40123);
  EXPECT_EQ(toString(u), "tcp://127.0.0.1:40123");
  const Url v6 = ok("tcp://[::1]:5025");
  EXPECT_EQ(v6.host, "::1");
  EXPECT_EQ(toString(v6), "tcp://[::1]:5025");
  EXPECT_EQ(ok("modbus-tcp://plc.lab").port, 502);  // the Modbus TCP default port
}

TEST(Url, SerialWithParameters) {
  const Url u = ok("serial:///dev/ttyUSB0?baud=115200&parity=none&data=8&stop=1&flow=hardware");
  EXPECT_EQ(u.scheme, Scheme::Serial);
  EXPECT_EQ(u.device, "/dev/ttyUSB0");
  EXPECT_EQ(u.serial.baud, 115200u);
  EXPECT_EQ(u.serial.flow, FlowControl::Hardware);
  EXPECT_EQ(toString(u),
            "serial:///dev/ttyUSB0?baud=115200&parity=none&data=8&stop=1&flow=hardware");
  const Url d = ok("serial:///dev/ttyS1");
  EXPECT_EQ(d.serial.baud, 9600u);  // 9600 8N1
  EXPECT_EQ(d.serial.parity, Parity::None);
  const Url m = ok("modbus-rtu:///dev/ttyS0?baud=19200&parity=even");
  EXPECT_EQ(m.scheme, Scheme::ModbusRtu);
  EXPECT_EQ(m.serial.parity, Parity::Even);
  EXPECT_EQ(ok("modbus-rtu:///dev/ttyS0").serial.parity, Parity::Even);  // spec default 8E1
  EXPECT_EQ(ok("serial:///dev/ttyS0?stop=2&data=7&parity=odd").serial.stopBits, 2u);
}

TEST(Url, ErrorsArePlaced) {
  EXPECT_EQ(bad("127.0.0.1:80").position, 0u);
  EXPECT_NE(bad("http://x:80").message.find("unknown scheme"), std::string::npos);
  EXPECT_EQ(bad("tcp://host:99999").position, 11u);  // "tcp://host:" is 11 characters
  EXPECT_EQ(bad("tcp://host:0").position, 11u);
  EXPECT_NE(bad("tcp://host").message.find("port"), std::string::npos);
  EXPECT_NE(bad("tcp://:80").message.find("host"), std::string::npos);
  EXPECT_EQ(bad("serial://dev/ttyS0").position, 9u);
  EXPECT_EQ(bad("serial:///dev/ttyS0?baud=fast").position, 25u);  // after "baud="
  EXPECT_NE(bad("serial:///dev/ttyS0?parity=mark").message.find("parity"), std::string::npos);
  EXPECT_NE(bad("serial:///dev/ttyS0?speed=9600").message.find("unknown serial parameter"),
            std::string::npos);
  EXPECT_NE(bad("serial:///dev/ttyS0?baud").message.find("'='"), std::string::npos);
  EXPECT_NE(bad("tcp://host:80/path").message.find("no path"), std::string::npos);
}
