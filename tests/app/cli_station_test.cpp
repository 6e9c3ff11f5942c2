// `robocert sim station` as a user runs it: one JSON line with the URLs, servers that answer on
// them (talked to here with plain POSIX sockets), SIGINT ends it with exit 0; unusable
// arguments are exit 2 with one line on stderr.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QUrl>
#include <csignal>
#include <string>

namespace {

QProcessEnvironment englishEnvironment() {
  QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
  e.insert("LANG", "C.UTF-8");
  e.remove("LC_ALL");
  e.remove("LANGUAGE");
  e.remove("ROBOCERT_LANG");
  return e;
}

struct Result {
  int exitCode = -1;
  QString out;
  QString err;
};

// Runs robocert to its end (for arguments that must be refused at once).
Result run(const QStringList& args) {
  QProcess p;
  p.setProcessEnvironment(englishEnvironment());
  p.start(ROBOCERT_BIN, args);
  if (!p.waitForFinished(30000)) {
    p.kill();
    p.waitForFinished();
    ADD_FAILURE() << "still running: " << args.join(' ').toStdString();
    return {};
  }
  EXPECT_EQ(p.exitStatus(), QProcess::NormalExit);
  return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
          QString::fromUtf8(p.readAllStandardError())};
}

void expectBadInput(const QStringList& args, const QString& message) {
  const Result r = run(args);
  EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
  EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
  EXPECT_TRUE(r.err.contains(message))
      << "stderr: " << r.err.toStdString() << "\nexpected: " << message.toStdString();
  EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
}

// A TCP connection to 127.0.0.1:port with line-at-a-time exchange and timeouts.
class Socket {
 public:
  explicit Socket(int port) : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(static_cast<std::uint16_t>(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    connected_ = ::connect(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
  }
  ~Socket() { ::close(fd_); }
  bool connected() const { return connected_; }

  // Sends `request` and returns the first line of the answer (without '\n'), "" on timeout.
  std::string ask(const std::string& request) {
    if (::send(fd_, request.data(), request.size(), MSG_NOSIGNAL) !=
        static_cast<ssize_t>(request.size())) {
      return "";
    }
    std::string line;
    char c = 0;
    pollfd p{fd_, POLLIN, 0};
    while (::poll(&p, 1, 5000) == 1 && ::recv(fd_, &c, 1, 0) == 1) {
      if (c == '\n') return line;
      line += c;
    }
    return "";
  }

 private:
  int fd_;
  bool connected_ = false;
};

int portOf(const QJsonObject& urls, const char* key) { return QUrl(urls[key].toString()).port(); }

class CliStation : public ::testing::Test {
 protected:
  ~CliStation() override {
    if (p_.state() != QProcess::NotRunning) {
      p_.kill();
      p_.waitForFinished();
    }
  }
  // Starts the station and returns its first stdout line.
  QByteArray start(const QStringList& extra = {}) {
    p_.setProcessEnvironment(englishEnvironment());
    p_.start(ROBOCERT_BIN, QStringList{"sim", "station"} + extra);
    EXPECT_TRUE(p_.waitForStarted());
    return readLine();
  }
  QByteArray readLine() {
    while (!p_.canReadLine() && p_.waitForReadyRead(10000)) {
    }
    return p_.readLine();
  }
  // SIGINT, as Ctrl+C does; returns the exit code.
  int interrupt() {
    ::kill(static_cast<pid_t>(p_.processId()), SIGINT);
    EXPECT_TRUE(p_.waitForFinished(10000));
    EXPECT_EQ(p_.exitStatus(), QProcess::NormalExit);
    return p_.exitCode();
  }
  QProcess p_;
};

TEST_F(CliStation, PrintsItsUrlsServesThemAndStopsOnSigint) {
  const QByteArray line = start({"--time-scale", "20"});
  ASSERT_TRUE(line.endsWith('\n')) << line.toStdString();
  QJsonParseError error;
  const QJsonObject urls = QJsonDocument::fromJson(line, &error).object();
  ASSERT_EQ(error.error, QJsonParseError::NoError) << line.toStdString();
  for (const char* key : {"robot", "tracker", "environment"}) {
    EXPECT_TRUE(urls[key].toString().startsWith("tcp://127.0.0.1:")) << key;
  }
  EXPECT_TRUE(urls["bench"].toString().startsWith("modbus-tcp://127.0.0.1:"));
  EXPECT_FALSE(urls.contains("robot_serial"));

  Socket robot(portOf(urls, "robot"));
  ASSERT_TRUE(robot.connected());
  EXPECT_EQ(robot.ask("1 IDN?\n").rfind("1 OK RoboCert;SimBot-6;SIM-9283;", 0), 0U);
  Socket tracker(portOf(urls, "tracker"));
  ASSERT_TRUE(tracker.connected());
  EXPECT_EQ(tracker.ask("*IDN?\n").rfind("RoboCert,SimTracker-6D,SIM-9283,", 0), 0U);
  EXPECT_EQ(tracker.ask("MEAS?\n").rfind("S ", 0), 0U);

  EXPECT_EQ(interrupt(), 0);
  EXPECT_TRUE(p_.readAllStandardOutput().isEmpty());  // the one line only
  EXPECT_TRUE(p_.readAllStandardError().isEmpty());
}

TEST_F(CliStation, TruthIsASecondJsonLineAndTheSeedNamesTheRobot) {
  const QJsonObject urls =
      QJsonDocument::fromJson(start({"--truth", "--seed", "5", "--serial"})).object();
  EXPECT_TRUE(urls["robot_serial"].toString().startsWith("serial:///dev/pts/"));
  const QByteArray truthLine = readLine();
  QJsonParseError error;
  const QJsonObject truth = QJsonDocument::fromJson(truthLine, &error).object();
  ASSERT_EQ(error.error, QJsonParseError::NoError) << truthLine.toStdString();
  EXPECT_EQ(truth["robot"].toObject()["seed"].toInteger(), 5);
  EXPECT_EQ(truth["robot"].toObject()["backlash_deg"].toArray().size(), 6);
  EXPECT_TRUE(truth["bench"].toObject().contains("backlash_arcmin"));
  Socket robot(portOf(urls, "robot"));
  EXPECT_EQ(robot.ask("1 IDN?\n").rfind("1 OK RoboCert;SimBot-6;SIM-5;", 0), 0U);
  EXPECT_EQ(interrupt(), 0);
}

TEST_F(CliStation, FaultsFromTheCommandLineReachTheServer) {
  const QJsonObject urls = QJsonDocument::fromJson(start({"--fault", "robot:corrupt=1"})).object();
  Socket robot(portOf(urls, "robot"));
  // The first reply garbled after its tag, the second intact.
  const std::string first = robot.ask("1 IDN?\n");
  EXPECT_TRUE(QRegularExpression("^1 #{20,}$").match(QString::fromStdString(first)).hasMatch())
      << first;
  EXPECT_EQ(robot.ask("2 IDN?\n").rfind("2 OK RoboCert;SimBot-6;", 0), 0U);
  EXPECT_EQ(interrupt(), 0);
}

TEST(CliStationArguments, AreRefusedWithOneLine) {
  expectBadInput({"sim", "station", "--fault", "bench:delay-ms=5"},
                 "--fault \"bench:delay-ms=5\": unknown server \"bench\"");
  expectBadInput({"sim", "station", "--fault", "robot:explode=1"}, "unknown fault \"explode\"");
  expectBadInput({"sim", "station", "--fault", "robot:delay-ms=x"}, "\"x\" is not a whole number");
  expectBadInput({"sim", "station", "--fault", "robot"}, "write SERVER:KEY=VALUE");
  expectBadInput({"sim", "station", "--time-scale", "0"}, "--time-scale must be more than 0");
  expectBadInput({"sim", "station", "--robot-port", "70000"}, "--robot-port must be a TCP port");
  expectBadInput({"sim", "station", "--model", "/nonexistent/robot.yaml"},
                 "/nonexistent/robot.yaml");

  // A port somebody else is listening on.
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a), 0);
  ASSERT_EQ(::listen(fd, 1), 0);
  socklen_t size = sizeof a;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &size);
  const QString port = QString::number(ntohs(a.sin_port));
  expectBadInput({"sim", "station", "--tracker-port", port}, "127.0.0.1:" + port);
  ::close(fd);
}

}  // namespace
