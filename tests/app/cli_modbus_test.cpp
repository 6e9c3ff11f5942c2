// `robocert modbus read` and `robocert probe --driver modbus` as a user runs them, against
// libmodbus as an independent server on 127.0.0.1: register and coil values, an exception reply
// (illegal data address) as one clear message with exit 1, nothing listening as exit 1.
//
// cli_test links Qt and SQLite only, so this file loads libmodbus (Debian libmodbus5, which
// libmodbus-dev installs) at run time with dlopen and takes its declarations from modbus.h.
#include <arpa/inet.h>
#include <dlfcn.h>
#include <errno.h>
#include <gtest/gtest.h>
#include <modbus/modbus.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <atomic>
#include <cstring>
#include <thread>
#include <vector>

namespace {

// The libmodbus functions the server uses, resolved from the shared library.
struct LibModbus {
  LibModbus() : handle(dlopen("libmodbus.so.5", RTLD_NOW | RTLD_LOCAL)) {
    if (handle == nullptr) return;
    load(newTcp, "modbus_new_tcp");
    load(tcpListen, "modbus_tcp_listen");
    load(tcpAccept, "modbus_tcp_accept");
    load(setIndicationTimeout, "modbus_set_indication_timeout");
    load(receive, "modbus_receive");
    load(reply, "modbus_reply");
    load(mappingNew, "modbus_mapping_new");
    load(mappingFree, "modbus_mapping_free");
    load(close, "modbus_close");
    load(free, "modbus_free");
  }
  ~LibModbus() {
    if (handle != nullptr) dlclose(handle);
  }
  LibModbus(const LibModbus&) = delete;
  LibModbus& operator=(const LibModbus&) = delete;
  bool ok() const { return handle != nullptr && missing.empty(); }

  template <typename F>
  void load(F*& f, const char* name) {
    void* symbol = dlsym(handle, name);
    if (symbol == nullptr) missing += std::string(name) + " ";
    std::memcpy(&f, &symbol, sizeof f);  // object to function pointer, as POSIX allows
  }

  void* handle;
  std::string missing;
  decltype(&modbus_new_tcp) newTcp = nullptr;
  decltype(&modbus_tcp_listen) tcpListen = nullptr;
  decltype(&modbus_tcp_accept) tcpAccept = nullptr;
  decltype(&modbus_set_indication_timeout) setIndicationTimeout = nullptr;
  decltype(&modbus_receive) receive = nullptr;
  decltype(&modbus_reply) reply = nullptr;
  decltype(&modbus_mapping_new) mappingNew = nullptr;
  decltype(&modbus_mapping_free) mappingFree = nullptr;
  decltype(&modbus_close) close = nullptr;
  decltype(&modbus_free) free = nullptr;
};

// A libmodbus TCP server on 127.0.0.1 answering from a modbus_mapping_t (coils, registers and
// input registers 0..99; anything past 99 is answered with exception 2, illegal data address).
// It serves one client at a time, one after the other, until destroyed.
class Server {
 public:
  static constexpr int kSize = 100;

  explicit Server(LibModbus& lib) : lib_(lib) {
    map = lib_.mappingNew(kSize, 0, kSize, kSize);
    ctx_ = lib_.newTcp("127.0.0.1", 0);
    listen_ = lib_.tcpListen(ctx_, 4);
    sockaddr_in addr{};
    socklen_t len = sizeof addr;
    getsockname(listen_, reinterpret_cast<sockaddr*>(&addr), &len);
    port_ = ntohs(addr.sin_port);
  }
  ~Server() {
    stop_ = true;
    if (thread_.joinable()) thread_.join();
    ::close(listen_);
    lib_.free(ctx_);
    lib_.mappingFree(map);
  }
  // Serves what `map` holds now.
  void start() {
    thread_ = std::thread([this] { run(); });
  }
  QString url() const { return QStringLiteral("modbus-tcp://127.0.0.1:%1").arg(port_); }

  modbus_mapping_t* map = nullptr;

 private:
  bool readable(int fd) {
    while (!stop_) {
      pollfd p{fd, POLLIN, 0};
      if (poll(&p, 1, 20) > 0) return true;
    }
    return false;
  }
  void run() {
    lib_.setIndicationTimeout(ctx_, 0, 50000);  // wake up to see stop_
    std::vector<std::uint8_t> query(MODBUS_TCP_MAX_ADU_LENGTH);
    while (readable(listen_)) {
      int s = listen_;
      if (lib_.tcpAccept(ctx_, &s) < 0) continue;
      while (!stop_) {
        const int rc = lib_.receive(ctx_, query.data());
        if (rc > 0) {
          lib_.reply(ctx_, query.data(), rc, map);
        } else if (rc < 0 && errno != ETIMEDOUT) {
          break;  // the client went away
        }
      }
      lib_.close(ctx_);  // the client's socket; the listening one stays
    }
  }

  LibModbus& lib_;
  modbus_t* ctx_ = nullptr;
  int listen_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

struct CliRun {
  int exitCode = -1;
  QString out;
  QString err;
};

CliRun robocert(const QStringList& args) {
  QProcess p;
  QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
  e.insert("LANG", "C.UTF-8");  // English messages
  e.remove("LC_ALL");
  e.remove("LANGUAGE");
  e.remove("ROBOCERT_LANG");
  p.setProcessEnvironment(e);
  p.start(ROBOCERT_BIN, args);
  if (!p.waitForFinished(60000)) return {};
  EXPECT_EQ(p.exitStatus(), QProcess::NormalExit) << "crashed: " << args.join(' ').toStdString();
  return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
          QString::fromUtf8(p.readAllStandardError())};
}

QJsonObject parseOneObject(const QString& out) {
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &error);
  EXPECT_EQ(error.error, QJsonParseError::NoError) << out.toStdString();
  return doc.object();
}

// A port where nothing listens: bound but not listening, so connecting is refused, and held
// until destroyed so that no other test (ctest runs them in parallel) can take it meanwhile.
class DeadPort {
 public:
  DeadPort() : fd_(socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    EXPECT_EQ(bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
    socklen_t len = sizeof addr;
    getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len);
    port_ = ntohs(addr.sin_port);
  }
  ~DeadPort() { close(fd_); }
  DeadPort(const DeadPort&) = delete;
  DeadPort& operator=(const DeadPort&) = delete;
  QString url() const { return QStringLiteral("%1://127.0.0.1:%2").arg("modbus-tcp").arg(port_); }

 private:
  int fd_;
  int port_ = 0;
};

void expectOneFailureLine(const CliRun& r, const QStringList& parts) {
  EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
  EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
  EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
  for (const QString& part : parts) {
    EXPECT_TRUE(r.err.contains(part))
        << "stderr: " << r.err.toStdString() << "\nexpected: " << part.toStdString();
  }
}

class CliModbus : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(lib_.ok()) << "libmodbus.so.5: " << lib_.missing; }
  LibModbus lib_;
};

TEST_F(CliModbus, ReadHoldingRegisters) {
  Server server(lib_);
  server.map->tab_registers[10] = 1234;
  server.map->tab_registers[11] = 0;
  server.map->tab_registers[12] = 65535;
  server.start();
  const CliRun text = robocert({"modbus", "read", server.url(), "10", "--holding", "--count", "3"});
  ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
  EXPECT_EQ(text.out, "address\tvalue\n10\t1234\n11\t0\n12\t65535\n");

  const CliRun json = robocert(
      {"modbus", "read", server.url(), "10", "--holding", "--count", "3", "--format", "json"});
  ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
  const QJsonObject o = parseOneObject(json.out);
  EXPECT_EQ(o["url"].toString(), server.url());
  EXPECT_EQ(o["unit"].toInt(), 1);
  EXPECT_EQ(o["table"].toString(), "holding");
  const QJsonArray values = o["values"].toArray();
  ASSERT_EQ(values.size(), 3);
  EXPECT_EQ(values[0]["address"].toInt(), 10);
  EXPECT_EQ(values[0]["value"].toInt(), 1234);
  EXPECT_EQ(values[2]["value"].toInt(), 65535);  // raw unsigned 16-bit
}

TEST_F(CliModbus, ReadInputRegistersAndCoils) {
  Server server(lib_);
  server.map->tab_input_registers[5] = 0x4148;  // raw words, printed as they are
  server.map->tab_input_registers[6] = 7;
  for (int i : {3, 5, 6}) server.map->tab_bits[i] = 1;
  server.start();
  const CliRun input =
      robocert({"modbus", "read", server.url(), "5", "--input", "--count", "2", "--unit", "7"});
  ASSERT_EQ(input.exitCode, 0) << input.err.toStdString();
  EXPECT_EQ(input.out, "address\tvalue\n5\t16712\n6\t7\n");
  const CliRun coils = robocert({"modbus", "read", server.url(), "3", "--coils", "--count", "4"});
  ASSERT_EQ(coils.exitCode, 0) << coils.err.toStdString();
  EXPECT_EQ(coils.out, "address\tvalue\n3\t1\n4\t0\n5\t1\n6\t1\n");
}

TEST_F(CliModbus, IllegalAddressIsOneClearMessage) {
  Server server(lib_);
  server.start();
  // 98..102: past the server's 100 registers, so libmodbus answers exception 2.
  const CliRun r = robocert({"modbus", "read", server.url(), "98", "--holding", "--count", "5"});
  expectOneFailureLine(
      r, {server.url(), "unit 1", "refused the read", "illegal data address (exception 2)"});
}

TEST_F(CliModbus, NothingListeningIsExit1) {
  const DeadPort dead;
  const QString url = dead.url();
  const CliRun r = robocert({"modbus", "read", url, "0", "--holding", "--timeout-ms", "2000"});
  expectOneFailureLine(r, {url, "refused"});
}

TEST_F(CliModbus, UnusableArgumentsAreExit2) {
  const DeadPort dead;
  const CliRun two = robocert({"modbus", "read", dead.url(), "0", "--holding", "--input"});
  EXPECT_EQ(two.exitCode, 2);
  EXPECT_TRUE(two.err.contains("exactly one of --holding, --input or --coils"))
      << two.err.toStdString();
  const CliRun scheme = robocert({"modbus", "read", "tcp://127.0.0.1:502", "0", "--holding"});
  EXPECT_EQ(scheme.exitCode, 2);
  EXPECT_TRUE(scheme.err.contains("is not a Modbus URL")) << scheme.err.toStdString();
}

// ---- robocert probe --driver modbus ----

TEST_F(CliModbus, ProbeReadsRegisters) {
  Server server(lib_);
  server.map->tab_registers[40] = 321;
  server.map->tab_registers[41] = 4;
  server.start();
  const CliRun r = robocert({"probe", server.url(), "--driver", "modbus", "--holding", "40",
                             "--count", "2", "--format", "json"});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  const QJsonObject o = parseOneObject(r.out);
  EXPECT_EQ(o["driver"].toString(), "modbus");
  EXPECT_TRUE(o["identity"].isNull());  // plain Modbus has no identification
  EXPECT_EQ(o["table"].toString(), "holding");
  const QJsonArray values = o["values"].toArray();
  ASSERT_EQ(values.size(), 2);
  EXPECT_EQ(values[0]["address"].toInt(), 40);
  EXPECT_EQ(values[0]["value"].toInt(), 321);
  EXPECT_EQ(values[1]["value"].toInt(), 4);
}

TEST_F(CliModbus, ProbeReadsEveryQuantityOfARegisterMap) {
  QTemporaryDir dir;
  const QString mapFile = dir.filePath("bench.yaml");
  QFile f(mapFile);
  ASSERT_TRUE(f.open(QIODevice::WriteOnly));
  f.write(
      "name: test-bench\n"
      "unit-id: 1\n"
      "quantities:\n"
      "  - name: torque\n"
      "    table: input\n"
      "    address: 0\n"
      "    type: float32\n"
      "    unit: \"N·m\"\n"
      "  - name: angle\n"
      "    table: holding\n"
      "    address: 2\n"
      "    type: int32\n"
      "    scale: 0.001\n"
      "    unit: deg\n");
  f.close();
  Server server(lib_);
  // torque: 12.5 as IEEE 754 single is 0x41480000, high word first.
  server.map->tab_input_registers[0] = 0x4148;
  server.map->tab_input_registers[1] = 0x0000;
  // angle: raw -1500 as int32 is 0xFFFFFA24; times 0.001 gives -1.5 deg.
  server.map->tab_registers[2] = 0xFFFF;
  server.map->tab_registers[3] = 0xFA24;
  server.start();
  const CliRun r =
      robocert({"probe", server.url(), "--driver", "modbus", "--map", mapFile, "--format", "json"});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  const QJsonObject o = parseOneObject(r.out);
  EXPECT_EQ(o["map"].toString(), "test-bench");
  const QJsonArray q = o["quantities"].toArray();
  ASSERT_EQ(q.size(), 2);
  EXPECT_EQ(q[0]["name"].toString(), "torque");
  EXPECT_EQ(q[0]["value"].toDouble(), 12.5);
  EXPECT_EQ(q[0]["unit"].toString(), "N·m");
  EXPECT_EQ(q[1]["name"].toString(), "angle");
  EXPECT_EQ(q[1]["value"].toDouble(), -1500 * 0.001);
  EXPECT_EQ(q[1]["unit"].toString(), "deg");

  const CliRun text = robocert({"probe", server.url(), "--driver", "modbus", "--map", mapFile});
  ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
  EXPECT_TRUE(text.out.contains("12.5 N·m")) << text.out.toStdString();
  EXPECT_TRUE(text.out.contains("-1.5 deg")) << text.out.toStdString();
}

TEST_F(CliModbus, ProbeFailuresAreExit1OrExit2) {
  Server server(lib_);
  server.start();
  expectOneFailureLine(
      robocert({"probe", server.url(), "--driver", "modbus", "--holding", "99", "--count", "3"}),
      {server.url(), "illegal data address (exception 2)"});
  const DeadPort deadPort;
  const QString dead = deadPort.url();
  expectOneFailureLine(robocert({"probe", dead, "--driver", "modbus", "--input", "0"}),
                       {dead, "refused", "Check"});
  const CliRun both =
      robocert({"probe", dead, "--driver", "modbus", "--holding", "0", "--input", "0"});
  EXPECT_EQ(both.exitCode, 2);
  EXPECT_TRUE(both.err.contains("exactly one of --map FILE, --holding ADDR or --input ADDR"))
      << both.err.toStdString();
  const CliRun map =
      robocert({"probe", dead, "--driver", "modbus", "--map", "/nonexistent/map.yaml"});
  EXPECT_EQ(map.exitCode, 2);
  EXPECT_TRUE(map.err.contains("/nonexistent/map.yaml")) << map.err.toStdString();
}

}  // namespace
