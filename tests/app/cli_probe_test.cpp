// `robocert probe URL --driver rcp|tracker|scpi` as a user runs it, against scripted peers served
// with POSIX sockets on 127.0.0.1 from a thread of the test: what it prints (text and one JSON
// object), exit 1 with one message naming the URL when nothing listens or nothing answers within
// --timeout-ms, exit 2 for unusable arguments. (The Modbus part is in cli_modbus_test.cpp, next
// to its libmodbus server.)
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <atomic>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace {

struct ProbeRun {
  int exitCode = -1;
  QString out;
  QString err;
  qint64 elapsedMs = 0;
};

ProbeRun probe(const QStringList& args) {
  QProcess p;
  QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
  e.insert("LANG", "C.UTF-8");  // English messages
  e.remove("LC_ALL");
  e.remove("LANGUAGE");
  e.remove("ROBOCERT_LANG");
  p.setProcessEnvironment(e);
  QElapsedTimer timer;
  timer.start();
  p.start(ROBOCERT_BIN, QStringList{"probe"} + args);
  if (!p.waitForFinished(60000)) return {};
  EXPECT_EQ(p.exitStatus(), QProcess::NormalExit) << "crashed: " << args.join(' ').toStdString();
  return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
          QString::fromUtf8(p.readAllStandardError()), timer.elapsed()};
}

QJsonObject parseOneObject(const QString& out) {
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &error);
  EXPECT_EQ(error.error, QJsonParseError::NoError) << out.toStdString();
  EXPECT_TRUE(doc.isObject());
  return doc.object();
}

// A line-protocol peer on 127.0.0.1: every line it receives goes to `answer`, whose result (with
// its terminators) is written back; an empty result writes nothing. It serves one connection at
// a time until destroyed.
class Peer {
 public:
  using Answer = std::function<std::string(const std::string& line)>;
  explicit Peer(Answer answer, std::string terminator = "\n")
      : answer_(std::move(answer)), terminator_(std::move(terminator)) {
    listen_ = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    EXPECT_EQ(bind(listen_, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
    EXPECT_EQ(listen(listen_, 4), 0);
    socklen_t len = sizeof addr;
    EXPECT_EQ(getsockname(listen_, reinterpret_cast<sockaddr*>(&addr), &len), 0);
    port_ = ntohs(addr.sin_port);
    thread_ = std::thread([this] { run(); });
  }
  ~Peer() {
    stop_ = true;
    thread_.join();
    close(listen_);
  }
  QString url() const { return QStringLiteral("tcp://127.0.0.1:%1").arg(port_); }
  std::vector<std::string> received() const {
    std::lock_guard lock(mutex_);
    return received_;
  }

 private:
  // Waits until fd is readable or the peer is stopping (checked every 20 ms).
  bool readable(int fd) {
    while (!stop_) {
      pollfd p{fd, POLLIN, 0};
      if (poll(&p, 1, 20) > 0) return true;
    }
    return false;
  }
  void run() {
    while (readable(listen_)) {
      const int c = accept(listen_, nullptr, nullptr);
      if (c < 0) continue;
      serve(c);
      close(c);
    }
  }
  void serve(int c) {
    std::string buffer;
    char chunk[4096];
    while (readable(c)) {
      const ssize_t n = read(c, chunk, sizeof chunk);
      if (n <= 0) return;
      buffer.append(chunk, static_cast<std::size_t>(n));
      for (std::size_t end; (end = buffer.find(terminator_)) != std::string::npos;) {
        const std::string line = buffer.substr(0, end);
        buffer.erase(0, end + terminator_.size());
        {
          std::lock_guard lock(mutex_);
          received_.push_back(line);
        }
        const std::string reply = answer_(line);
        if (!reply.empty() && write(c, reply.data(), reply.size()) < 0) return;
      }
    }
  }

  Answer answer_;
  std::string terminator_;
  int listen_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  mutable std::mutex mutex_;
  std::vector<std::string> received_;
  std::thread thread_;
};

// A port where nothing listens: bound once, then closed.
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
  QString url() const { return QStringLiteral("%1://127.0.0.1:%2").arg("tcp").arg(port_); }

 private:
  int fd_;
  int port_ = 0;
};

// An RCP v1 controller (docs/protocols/rcp.md): "TAG IDN?" -> "TAG OK maker;model;serial;fw".
std::string rcpController(const std::string& line) {
  const std::size_t space = line.find(' ');
  const std::string tag = line.substr(0, space);
  const std::string request = line.substr(space + 1);
  if (request == "IDN?") return tag + " OK RoboCert;ScriptBot-6;SB-0001;1.0\n";
  if (request == "POSE?") return tag + " OK 1200.5 -3.25 900 180 0 -179.5\n";
  if (request == "STATE?") return tag + " OK READY\n";
  return tag + " ERR 10 unknown request\n";
}

// A laser tracker (docs/protocols/tracker.md).
std::string tracker(const std::string& line) {
  if (line == "*IDN?") return "Acme Metrology,LT-9,SN 1234,2.1.0\n";
  if (line == "MEAS?") {
    return "S 41 1700000000041000000 1200.0412 -250.5003 900.2498 179.50002 -0.24999 90.00001\n";
  }
  return "ERR 10 unknown command\n";
}

// An SCPI thermometer answering with CR LF.
std::string thermometer(const std::string& line) {
  if (line == "*IDN?") return "RoboCert,ENV-1,SN-0042,1.2.0\r\n";
  if (line == "MEAS:TEMP?") return "+2.3450000E+01\r\n";
  if (line == "MEAS:HUM?") return "+4.5000000E+01\r\n";
  if (line == "SYST:ERR?") return "+0,\"No error\"\r\n";
  return "";  // an undefined header: no reply
}

std::string silent(const std::string&) { return ""; }

// Exit 1, nothing on stdout, exactly one line on stderr containing every part.
void expectOneFailureLine(const ProbeRun& r, const QStringList& parts) {
  EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
  EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
  EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
  for (const QString& part : parts) {
    EXPECT_TRUE(r.err.contains(part))
        << "stderr: " << r.err.toStdString() << "\nexpected: " << part.toStdString();
  }
}

TEST(CliProbe, RcpIdentityPoseAndState) {
  Peer peer(rcpController);
  const ProbeRun text = probe({peer.url(), "--driver", "rcp"});
  ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
  EXPECT_TRUE(text.err.isEmpty()) << text.err.toStdString();
  EXPECT_TRUE(text.out.contains("ScriptBot-6")) << text.out.toStdString();
  EXPECT_TRUE(text.out.contains("1200.5 -3.25 900")) << text.out.toStdString();
  EXPECT_TRUE(text.out.contains("180 0 -179.5")) << text.out.toStdString();
  EXPECT_TRUE(text.out.contains("READY")) << text.out.toStdString();

  const ProbeRun json = probe({peer.url(), "--driver", "rcp", "--format", "json"});
  ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
  const QJsonObject o = parseOneObject(json.out);
  EXPECT_EQ(o["url"].toString(), peer.url());
  EXPECT_EQ(o["driver"].toString(), "rcp");
  EXPECT_EQ(o["identity"]["maker"].toString(), "RoboCert");
  EXPECT_EQ(o["identity"]["serial"].toString(), "SB-0001");
  EXPECT_EQ(o["pose"]["x"].toDouble(), 1200.5);
  EXPECT_EQ(o["pose"]["y"].toDouble(), -3.25);
  EXPECT_EQ(o["pose"]["c"].toDouble(), -179.5);
  EXPECT_EQ(o["state"].toString(), "READY");
  // Two probes, each IDN?, POSE?, STATE? with tags from 1.
  EXPECT_EQ(peer.received(), (std::vector<std::string>{"1 IDN?", "2 POSE?", "3 STATE?", "1 IDN?",
                                                       "2 POSE?", "3 STATE?"}));
}

TEST(CliProbe, TrackerIdentityAndOneSample) {
  Peer peer(tracker);
  const ProbeRun r = probe({peer.url(), "--driver", "tracker", "--format", "json"});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  const QJsonObject o = parseOneObject(r.out);
  EXPECT_EQ(o["identity"]["model"].toString(), "LT-9");
  EXPECT_EQ(o["identity"]["serial"].toString(), "SN 1234");
  const QJsonObject s = o["sample"].toObject();
  EXPECT_EQ(s["seq"].toString(), "41");
  EXPECT_EQ(s["t_ns"].toString(), "1700000000041000000");  // beyond a double's 53 bits
  EXPECT_EQ(s["x"].toDouble(), 1200.0412);
  EXPECT_EQ(s["b"].toDouble(), -0.24999);
  EXPECT_EQ(peer.received(), (std::vector<std::string>{"*IDN?", "MEAS?"}));

  const ProbeRun text = probe({peer.url(), "--driver", "tracker"});
  ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
  EXPECT_TRUE(text.out.contains("1200.0412 -250.5003 900.2498")) << text.out.toStdString();
}

TEST(CliProbe, ScpiIdentityAndQueries) {
  Peer peer(thermometer, "\r\n");
  const ProbeRun r = probe({peer.url(), "--driver", "scpi", "--terminator", "crlf", "--query",
                            "MEAS:TEMP?", "--query", "MEAS:HUM?", "--format", "json"});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  const QJsonObject o = parseOneObject(r.out);
  EXPECT_EQ(o["identity"]["model"].toString(), "ENV-1");
  const QJsonArray replies = o["replies"].toArray();
  ASSERT_EQ(replies.size(), 2);
  EXPECT_EQ(replies[0]["query"].toString(), "MEAS:TEMP?");
  EXPECT_EQ(replies[0]["reply"].toString(), "+2.3450000E+01");
  EXPECT_EQ(replies[0]["value"].toDouble(), 23.45);
  EXPECT_EQ(replies[1]["value"].toDouble(), 45.0);
  EXPECT_EQ(peer.received(), (std::vector<std::string>{"*IDN?", "MEAS:TEMP?", "MEAS:HUM?"}));
}

TEST(CliProbe, ScpiDefaultQueryIsTheErrorQueue) {
  Peer peer(thermometer, "\r\n");
  const ProbeRun r = probe({peer.url(), "--driver", "scpi", "--terminator", "crlf"});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  EXPECT_TRUE(r.out.contains("SYST:ERR?")) << r.out.toStdString();
  EXPECT_TRUE(r.out.contains("+0,\"No error\"")) << r.out.toStdString();
  EXPECT_TRUE(r.out.contains("RoboCert")) << r.out.toStdString();
}

TEST(CliProbe, ScpiInstrumentWithoutIdnStillGivesItsReading) {
  Peer peer([](const std::string& line) {
    return line == "MEAS:TEMP?" ? std::string("21.5\n") : std::string();
  });
  const ProbeRun r = probe({peer.url(), "--driver", "scpi", "--query", "MEAS:TEMP?", "--format",
                            "json", "--timeout-ms", "1000"});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  const QJsonObject o = parseOneObject(r.out);
  EXPECT_TRUE(o["identity"].isNull());
  EXPECT_EQ(o["replies"][0]["value"].toDouble(), 21.5);
}

TEST(CliProbe, NothingListeningIsExit1NamingTheUrl) {
  const DeadPort dead;
  const QString url = dead.url();
  for (const char* driver : {"rcp", "tracker", "scpi"}) {
    SCOPED_TRACE(driver);
    const ProbeRun r = probe({url, "--driver", driver});
    expectOneFailureLine(r, {url, "refused", "Check"});
  }
}

TEST(CliProbe, SilentPeerIsExit1WithinTheTimeout) {
  Peer peer(silent);
  for (const char* driver : {"rcp", "tracker", "scpi"}) {
    SCOPED_TRACE(driver);
    const ProbeRun r = probe({peer.url(), "--driver", driver, "--timeout-ms", "600"});
    expectOneFailureLine(r, {peer.url(), "no answer", "600 ms"});
    EXPECT_GE(r.elapsedMs, 600);
    EXPECT_LT(r.elapsedMs, 600 + 5000);  // the whole probe gives up at --timeout-ms
  }
}

TEST(CliProbe, UnusableArgumentsAreExit2) {
  const DeadPort dead;  // never contacted: the arguments are checked first
  const QString url = dead.url();
  const auto expectBad = [](const QStringList& args, const QString& message) {
    const ProbeRun r = probe(args);
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(r.err.contains(message))
        << "stderr: " << r.err.toStdString() << "\nexpected: " << message.toStdString();
  };
  expectBad({url, "--driver", "ftp"}, "--driver must be rcp, tracker, scpi or modbus");
  expectBad({url, "--driver", "rcp", "--format", "xml"}, "--format must be one of");
  expectBad({"tcp://127.0.0.1", "--driver", "rcp"}, "bad device URL");
  expectBad({"modbus-tcp://127.0.0.1", "--driver", "scpi"}, "--driver scpi needs a tcp://");
  expectBad({url, "--driver", "tracker", "--query", "MEAS?"}, "--query is for --driver scpi");
  expectBad({url, "--driver", "scpi", "--query", "MEAS:TEMP"}, "is not an SCPI query");
  expectBad({url, "--driver", "scpi", "--terminator", "nl"}, "--terminator must be");
  expectBad({url, "--driver", "rcp", "--timeout-ms", "0"}, "--timeout-ms must be greater than 0");
  expectBad({url}, "--driver is required");
}

}  // namespace
