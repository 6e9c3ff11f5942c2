// ModbusClient, register maps and ModbusScalarSensor against libmodbus as an independent server,
// over TCP (127.0.0.1) and over RTU on a pseudo-terminal pair.

#include <arpa/inet.h>
#include <errno.h>
#include <gtest/gtest.h>
#include <modbus.h>
#include <netinet/in.h>
#include <pty.h>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>

#include <atomic>
#include <bit>
#include <chrono>
#include <optional>
#include <string>
#include <thread>
#include <variant>
#include <vector>

#include "robocert/drivers/modbus_client.hpp"
#include "robocert/drivers/register_map.hpp"

namespace {

using namespace std::chrono_literals;
using robocert::devices::DeviceError;
using robocert::devices::Outcome;
using robocert::drivers::ModbusClient;

// A libmodbus server on its own thread, answering from a modbus_mapping_t.
class Server {
 public:
  static constexpr int kSize = 100;  // coils, registers and input registers 0..99

  void startTcp() {
    ctx_ = modbus_new_tcp("127.0.0.1", 0);
    ASSERT_NE(ctx_, nullptr);
    listen_ = modbus_tcp_listen(ctx_, 1);
    ASSERT_GE(listen_, 0);
    sockaddr_in addr{};
    socklen_t len = sizeof addr;
    ASSERT_EQ(getsockname(listen_, reinterpret_cast<sockaddr*>(&addr), &len), 0);
    port_ = ntohs(addr.sin_port);
    thread_ = std::thread([this] {
      int s = listen_;
      if (modbus_tcp_accept(ctx_, &s) < 0) return;
      serve();
    });
  }

  // The server side is the pty master; returns the slave's path for the client.
  std::string startRtu() {
    int master = -1;
    int slave = -1;
    EXPECT_EQ(openpty(&master, &slave, nullptr, nullptr, nullptr), 0);
    termios t{};
    tcgetattr(slave, &t);
    cfmakeraw(&t);
    tcsetattr(slave, TCSANOW, &t);
    master_ = master;
    slave_ = slave;
    ctx_ = modbus_new_rtu("/dev/null", 19200, 'E', 8, 1);
    modbus_set_slave(ctx_, 1);
    modbus_set_socket(ctx_, master_);
    thread_ = std::thread([this] { serve(); });
    return ttyname(slave);
  }

  ~Server() {
    stop_ = true;
    if (listen_ >= 0) shutdown(listen_, SHUT_RDWR);
    if (thread_.joinable()) thread_.join();
    if (ctx_ != nullptr) {
      if (master_ < 0) modbus_close(ctx_);
      modbus_free(ctx_);
    }
    if (listen_ >= 0) close(listen_);
    if (master_ >= 0) close(master_);
    if (slave_ >= 0) close(slave_);
    modbus_mapping_free(map);
  }

  int port() const { return port_; }
  // Closes the TCP connection to the client, as a device that goes away would.
  void dropClient() { shutdown(modbus_get_socket(ctx_), SHUT_RDWR); }
  modbus_mapping_t* map = modbus_mapping_new(kSize, 0, kSize, kSize);
  std::atomic<bool> silent{false};

 private:
  void serve() {
    modbus_set_indication_timeout(ctx_, 0, 50000);  // wake up to see stop_
    std::vector<std::uint8_t> query(MODBUS_RTU_MAX_ADU_LENGTH > MODBUS_TCP_MAX_ADU_LENGTH
                                        ? MODBUS_RTU_MAX_ADU_LENGTH
                                        : MODBUS_TCP_MAX_ADU_LENGTH);
    while (!stop_) {
      const int rc = modbus_receive(ctx_, query.data());
      if (rc > 0) {
        if (!silent) modbus_reply(ctx_, query.data(), rc, map);
      } else if (rc < 0 && errno != ETIMEDOUT) {
        if (master_ < 0) return;  // TCP: the client went away
      }
    }
  }

  modbus_t* ctx_ = nullptr;
  int listen_ = -1;
  int port_ = 0;
  int master_ = -1;
  int slave_ = -1;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

robocert::transport::Url url(const std::string& text) {
  auto parsed = robocert::transport::parseUrl(text);
  return std::get<robocert::transport::Url>(parsed);
}

ModbusClient::Options options(std::chrono::milliseconds timeout = 1000ms) {
  ModbusClient::Options o;
  o.requestTimeout = timeout;
  o.link.reconnect = false;
  return o;
}

// Runs the io_context until the operation completes (at most 2.5 s).
template <typename T, typename Start>
std::optional<Outcome<T>> await(boost::asio::io_context& io, Start start) {
  std::optional<Outcome<T>> result;
  start([&result](Outcome<T> o) { result = std::move(o); });
  const auto deadline = std::chrono::steady_clock::now() + 2500ms;
  io.restart();
  while (!result && std::chrono::steady_clock::now() < deadline) io.run_one_for(50ms);
  return result;
}

std::optional<std::optional<DeviceError>> awaitDone(
    boost::asio::io_context& io,
    const std::function<void(std::function<void(std::optional<DeviceError>)>)>& start) {
  std::optional<std::optional<DeviceError>> result;
  start([&result](std::optional<DeviceError> e) { result = std::move(e); });
  const auto deadline = std::chrono::steady_clock::now() + 2500ms;
  io.restart();
  while (!result && std::chrono::steady_clock::now() < deadline) io.run_one_for(50ms);
  return result;
}

class ModbusTcp : public ::testing::Test {
 protected:
  void SetUp() override {
    server.startTcp();
    client.emplace(io, url("modbus-tcp://127.0.0.1:" + std::to_string(server.port())),
                   options(timeout));
    client->start();
  }
  void TearDown() override {
    client->stop();
    io.restart();
    io.poll();
  }
  std::chrono::milliseconds timeout = 1000ms;
  boost::asio::io_context io;
  Server server;
  std::optional<ModbusClient> client;
};

TEST_F(ModbusTcp, ReadsHoldingAndInputRegistersAndCoils) {
  server.map->tab_registers[5] = 0x1234;
  server.map->tab_registers[6] = 0xBEEF;
  server.map->tab_input_registers[7] = 42;
  server.map->tab_bits[3] = 1;
  server.map->tab_bits[5] = 1;

  auto holding = await<std::vector<std::uint16_t>>(
      io, [&](auto done) { client->readHoldingRegisters(1, 5, 2, done); });
  ASSERT_TRUE(holding);
  ASSERT_TRUE(std::holds_alternative<std::vector<std::uint16_t>>(*holding))
      << std::get<DeviceError>(*holding).message;
  EXPECT_EQ(std::get<std::vector<std::uint16_t>>(*holding),
            (std::vector<std::uint16_t>{0x1234, 0xBEEF}));

  auto input = await<std::vector<std::uint16_t>>(
      io, [&](auto done) { client->readInputRegisters(1, 7, 1, done); });
  ASSERT_TRUE(input);
  EXPECT_EQ(std::get<std::vector<std::uint16_t>>(*input), (std::vector<std::uint16_t>{42}));

  auto coils = await<std::vector<bool>>(io, [&](auto done) { client->readCoils(1, 2, 5, done); });
  ASSERT_TRUE(coils);
  EXPECT_EQ(std::get<std::vector<bool>>(*coils),
            (std::vector<bool>{false, true, false, true, false}));
}

TEST_F(ModbusTcp, WritesSingleAndMultipleRegisters) {
  auto single = awaitDone(io, [&](auto done) { client->writeSingleRegister(1, 10, 777, done); });
  ASSERT_TRUE(single);
  EXPECT_FALSE(*single);
  auto multiple = awaitDone(io, [&](auto done) {
    client->writeMultipleRegisters(1, 20, {1, 2, 0xFFFF}, done);
  });
  ASSERT_TRUE(multiple);
  EXPECT_FALSE(*multiple);
  EXPECT_EQ(server.map->tab_registers[10], 777);
  EXPECT_EQ(server.map->tab_registers[20], 1);
  EXPECT_EQ(server.map->tab_registers[21], 2);
  EXPECT_EQ(server.map->tab_registers[22], 0xFFFF);
}

TEST_F(ModbusTcp, IllegalAddressIsRefusedWithTheExceptionName) {
  auto r = await<std::vector<std::uint16_t>>(
      io, [&](auto done) { client->readHoldingRegisters(1, Server::kSize, 2, done); });
  ASSERT_TRUE(r);
  ASSERT_TRUE(std::holds_alternative<DeviceError>(*r));
  const auto& e = std::get<DeviceError>(*r);
  EXPECT_EQ(e.kind, DeviceError::Kind::Refused);
  EXPECT_NE(e.message.find("illegal data address"), std::string::npos) << e.message;
}

TEST_F(ModbusTcp, TimesOutWhenTheServerDoesNotAnswer) {
  server.silent = true;
  const auto t0 = std::chrono::steady_clock::now();
  auto r = await<std::vector<std::uint16_t>>(
      io, [&](auto done) { client->readHoldingRegisters(1, 0, 1, done); });
  ASSERT_TRUE(r);
  ASSERT_TRUE(std::holds_alternative<DeviceError>(*r));
  EXPECT_EQ(std::get<DeviceError>(*r).kind, DeviceError::Kind::Timeout);
  EXPECT_GE(std::chrono::steady_clock::now() - t0, 900ms);
}

TEST_F(ModbusTcp, LinkLossCompletesWithDisconnected) {
  server.silent = true;
  boost::asio::steady_timer drop(io);
  auto r = await<std::vector<std::uint16_t>>(io, [&](auto done) {
    client->readHoldingRegisters(1, 0, 1, done);
    drop.expires_after(100ms);
    drop.async_wait([&](boost::system::error_code ec) {
      if (!ec) server.dropClient();
    });
  });
  ASSERT_TRUE(r);
  ASSERT_TRUE(std::holds_alternative<DeviceError>(*r));
  EXPECT_EQ(std::get<DeviceError>(*r).kind, DeviceError::Kind::Disconnected)
      << std::get<DeviceError>(*r).message;
}

// Reconnection off and the connection refused: a request made afterwards fails at once as
// Disconnected, not after its 10 s timeout (await gives up after 2.5 s).
TEST(ModbusClientNoServer, ARequestAfterAFailedConnectionFailsAtOnce) {
  boost::asio::io_context io;
  boost::asio::ip::tcp::acceptor closed(io, {boost::asio::ip::make_address("127.0.0.1"), 0});
  const auto port = closed.local_endpoint().port();
  closed.close();  // nothing listens there now
  ModbusClient client(io, url("modbus-tcp://127.0.0.1:" + std::to_string(port)), options(10s));
  client.start();
  io.run_for(500ms);  // the attempt is refused
  io.restart();
  auto r = await<std::vector<std::uint16_t>>(
      io, [&](auto done) { client.readHoldingRegisters(1, 0, 1, done); });
  ASSERT_TRUE(r) << "still waiting after 2.5 s";
  ASSERT_TRUE(std::holds_alternative<DeviceError>(*r));
  EXPECT_EQ(std::get<DeviceError>(*r).kind, DeviceError::Kind::Disconnected);
  client.stop();
  io.restart();
  io.poll();
}

TEST_F(ModbusTcp, RegisterMapDecodesFloatAndScaledInt32) {
  auto parsed = robocert::drivers::parseRegisterMap(R"(
name: test
unit-id: 1
quantities:
  - name: torque
    table: holding
    address: 10
    type: float32
    words: high-first
    unit: "N·m"
  - name: angle
    table: input
    address: 20
    type: int32
    words: low-first
    scale: 0.01
    offset: 1.5
    unit: arcmin
)",
                                                    "inline.yaml");
  ASSERT_TRUE(std::holds_alternative<robocert::drivers::RegisterMap>(parsed))
      << std::get<robocert::drivers::RegisterMapError>(parsed).toString();
  const auto& map = std::get<robocert::drivers::RegisterMap>(parsed);

  const auto bits = std::bit_cast<std::uint32_t>(123.25F);
  server.map->tab_registers[10] = static_cast<std::uint16_t>(bits >> 16);
  server.map->tab_registers[11] = static_cast<std::uint16_t>(bits & 0xFFFF);
  const auto raw = static_cast<std::uint32_t>(-123456);
  server.map->tab_input_registers[20] = static_cast<std::uint16_t>(raw & 0xFFFF);
  server.map->tab_input_registers[21] = static_cast<std::uint16_t>(raw >> 16);

  robocert::drivers::ModbusScalarSensor torque(*client, *map.find("torque"));
  robocert::drivers::ModbusScalarSensor angle(*client, *map.find("angle"));
  auto t = await<robocert::devices::Reading>(io, [&](auto done) { torque.read(done); });
  ASSERT_TRUE(t);
  ASSERT_TRUE(std::holds_alternative<robocert::devices::Reading>(*t))
      << std::get<DeviceError>(*t).message;
  EXPECT_DOUBLE_EQ(std::get<robocert::devices::Reading>(*t).value, 123.25);
  EXPECT_EQ(std::get<robocert::devices::Reading>(*t).unit, "N·m");
  auto a = await<robocert::devices::Reading>(io, [&](auto done) { angle.read(done); });
  ASSERT_TRUE(a);
  ASSERT_TRUE(std::holds_alternative<robocert::devices::Reading>(*a));
  EXPECT_NEAR(std::get<robocert::devices::Reading>(*a).value, -1234.56 + 1.5, 1e-9);
}

TEST(RegisterMap, ErrorsAreLocated) {
  auto parsed = robocert::drivers::parseRegisterMap(
      "quantities:\n  - name: x\n    table: holding\n    address: 1\n    type: float64\n"
      "    unit: V\n",
      "bad.yaml");
  ASSERT_TRUE(std::holds_alternative<robocert::drivers::RegisterMapError>(parsed));
  const auto& e = std::get<robocert::drivers::RegisterMapError>(parsed);
  EXPECT_EQ(e.line, 5);
  EXPECT_EQ(e.column, 11);
  EXPECT_EQ(e.toString().rfind("bad.yaml:5:11: ", 0), 0U) << e.toString();
}

TEST(RegisterMap, ExampleBenchMapLoads) {
  auto parsed = robocert::drivers::loadRegisterMap(ROBOCERT_SOURCE_DIR
                                                   "/test-plans/benches/reducer-bench.yaml");
  ASSERT_TRUE(std::holds_alternative<robocert::drivers::RegisterMap>(parsed))
      << std::get<robocert::drivers::RegisterMapError>(parsed).toString();
  const auto& map = std::get<robocert::drivers::RegisterMap>(parsed);
  ASSERT_NE(map.find("torque"), nullptr);
  ASSERT_NE(map.find("angle"), nullptr);
  EXPECT_EQ(map.find("torque")->unit, "N·m");
  EXPECT_EQ(map.find("angle")->unit, "arcmin");
}

TEST(ModbusRtu, ReadsAndWritesOverAPseudoTerminal) {
  boost::asio::io_context io;
  Server server;
  const std::string path = server.startRtu();
  server.map->tab_registers[3] = 0xCAFE;
  ModbusClient client(io, url("modbus-rtu://" + path + "?baud=19200&parity=even"), options());
  client.start();
  auto r = await<std::vector<std::uint16_t>>(
      io, [&](auto done) { client.readHoldingRegisters(1, 3, 1, done); });
  ASSERT_TRUE(r);
  ASSERT_TRUE(std::holds_alternative<std::vector<std::uint16_t>>(*r))
      << std::get<DeviceError>(*r).message;
  EXPECT_EQ(std::get<std::vector<std::uint16_t>>(*r), (std::vector<std::uint16_t>{0xCAFE}));
  auto w = awaitDone(io, [&](auto done) { client.writeMultipleRegisters(1, 30, {9, 8}, done); });
  ASSERT_TRUE(w);
  EXPECT_FALSE(*w);
  EXPECT_EQ(server.map->tab_registers[30], 9);
  EXPECT_EQ(server.map->tab_registers[31], 8);
  auto bad = await<std::vector<std::uint16_t>>(
      io, [&](auto done) { client.readInputRegisters(1, Server::kSize, 1, done); });
  ASSERT_TRUE(bad);
  ASSERT_TRUE(std::holds_alternative<DeviceError>(*bad));
  EXPECT_EQ(std::get<DeviceError>(*bad).kind, DeviceError::Kind::Refused);
  client.stop();
  io.restart();
  io.poll();
}

}  // namespace

namespace {

TEST(ModbusRtu, TimesOutWhenTheServerDoesNotAnswer) {
  boost::asio::io_context io;
  Server server;
  const std::string path = server.startRtu();
  server.silent = true;
  ModbusClient client(io, url("modbus-rtu://" + path), options(300ms));
  client.start();
  auto r = await<std::vector<std::uint16_t>>(
      io, [&](auto done) { client.readHoldingRegisters(1, 0, 1, done); });
  ASSERT_TRUE(r);
  ASSERT_TRUE(std::holds_alternative<DeviceError>(*r));
  EXPECT_EQ(std::get<DeviceError>(*r).kind, DeviceError::Kind::Timeout);
  // The next request still works once the server answers again.
  server.silent = false;
  auto ok = await<std::vector<std::uint16_t>>(
      io, [&](auto done) { client.readHoldingRegisters(1, 0, 1, done); });
  ASSERT_TRUE(ok);
  EXPECT_TRUE(std::holds_alternative<std::vector<std::uint16_t>>(*ok));
  client.stop();
  io.restart();
  io.poll();
}

}  // namespace

TEST(RegisterMap, DevZeroAndFifosAreRefusedWithoutReadingThem) {
  // /dev/zero never ends: reading it whole hung the program (issue 11, item 21).
  const auto parsed = robocert::drivers::loadRegisterMap("/dev/zero");
  ASSERT_TRUE(std::holds_alternative<robocert::drivers::RegisterMapError>(parsed));
  const auto& e = std::get<robocert::drivers::RegisterMapError>(parsed);
  EXPECT_NE(e.message.find("not a regular file"), std::string::npos) << e.toString();
}

TEST(RegisterMap, AnAliasBombAndLatin1AreLocatedErrors) {
  std::string bomb = "quantities:\n  - l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int k = 1; k <= 9; ++k) {
    bomb += "  - l" + std::to_string(k) + ": &l" + std::to_string(k) + " [";
    for (int i = 0; i < 10; ++i) bomb += (i ? ", *l" : "*l") + std::to_string(k - 1);
    bomb += "]\n";
  }
  const auto big = robocert::drivers::parseRegisterMap(bomb, "bomb.yaml");
  ASSERT_TRUE(std::holds_alternative<robocert::drivers::RegisterMapError>(big));
  EXPECT_NE(std::get<robocert::drivers::RegisterMapError>(big).message.find("YAML nodes"),
            std::string::npos);

  // "unit: \xB0C" is a Latin-1 degree sign: line 6, column 11 ("    unit: " is 10 characters).
  const auto latin1 = robocert::drivers::parseRegisterMap(
      "quantities:\n  - name: t\n    table: holding\n    address: 1\n    type: int16\n"
      "    unit: \xB0"
      "C\n",
      "latin1.yaml");
  ASSERT_TRUE(std::holds_alternative<robocert::drivers::RegisterMapError>(latin1));
  const auto& e = std::get<robocert::drivers::RegisterMapError>(latin1);
  EXPECT_EQ(e.line, 6);
  EXPECT_EQ(e.column, 11);
}

TEST(RegisterMap, ManyQuantitiesLoadAndADuplicateIsFound) {
  // 40 000 quantities q0..q39999 at addresses 0..39999, then q123 again: the duplicate is named
  // at its own line (2 header lines, then 6 lines per quantity: quantity k starts on line
  // 3 + 6 k, so the 40 001st on line 240003; its value at column 11 of "  - name: q123").
  // (A linear search per quantity made 40 000 quantities take 17 s; this must be linear.)
  std::string yaml = "name: many\nquantities:\n";
  auto add = [&](int k) {
    yaml += "  - name: q" + std::to_string(k) +
            "\n    table: holding\n    address: " + std::to_string(k) +
            "\n    type: uint16\n    scale: 1\n    unit: V\n";
  };
  for (int k = 0; k < 40000; ++k) add(k);
  const auto parsed = robocert::drivers::parseRegisterMap(yaml, "many.yaml");
  ASSERT_TRUE(std::holds_alternative<robocert::drivers::RegisterMap>(parsed))
      << std::get<robocert::drivers::RegisterMapError>(parsed).toString();
  const auto& map = std::get<robocert::drivers::RegisterMap>(parsed);
  ASSERT_EQ(map.quantities.size(), 40000u);
  ASSERT_NE(map.find("q39999"), nullptr);
  EXPECT_EQ(map.find("q39999")->address, 39999);

  add(123);
  const auto twice = robocert::drivers::parseRegisterMap(yaml, "many.yaml");
  ASSERT_TRUE(std::holds_alternative<robocert::drivers::RegisterMapError>(twice));
  const auto& e = std::get<robocert::drivers::RegisterMapError>(twice);
  EXPECT_EQ(e.line, 240003);
  EXPECT_EQ(e.column, 11);
  EXPECT_NE(e.message.find("\"q123\" is defined twice"), std::string::npos);
}
