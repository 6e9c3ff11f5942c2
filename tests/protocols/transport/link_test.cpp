// Link over real TCP sockets on 127.0.0.1 and a real pseudo-terminal for serial.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <pty.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "robocert/transport/link.hpp"

namespace asio = boost::asio;
using asio::ip::tcp;
using namespace robocert::transport;
using namespace std::chrono_literals;

namespace {

// Runs the io_context until pred() holds or the timeout passes; returns pred().
template <typename Pred>
bool runUntil(asio::io_context& io, Pred pred, std::chrono::milliseconds timeout = 5s) {
  const auto end = std::chrono::steady_clock::now() + timeout;
  while (!pred() && std::chrono::steady_clock::now() < end) {
    io.restart();
    io.run_for(5ms);
  }
  return pred();
}

Url tcpUrl(std::uint16_t port) {
  return std::get<Url>(parseUrl("tcp://127.0.0.1:" + std::to_string(port)));
}

std::vector<std::uint8_t> bytes(std::string_view s) { return {s.begin(), s.end()}; }

// A loopback server that accepts connections and echoes, or closes them at once.
class Server {
 public:
  Server(asio::io_context& io, bool echo)
      : acceptor_(io, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0)), echo_(echo) {
    accept();
  }
  std::uint16_t port() const { return acceptor_.local_endpoint().port(); }
  int accepted = 0;

 private:
  void accept() {
    acceptor_.async_accept([this](boost::system::error_code ec, tcp::socket s) {
      if (ec) return;
      ++accepted;
      if (echo_) {
        auto peer = std::make_shared<tcp::socket>(std::move(s));
        serve(peer);
      }  // else: s goes out of scope, the connection is closed at once
      accept();
    });
  }
  void serve(std::shared_ptr<tcp::socket> peer) {
    auto buf = std::make_shared<std::array<char, 4096>>();
    peer->async_read_some(
        asio::buffer(*buf), [this, peer, buf](boost::system::error_code ec, std::size_t n) {
          if (ec) return;
          asio::async_write(*peer, asio::buffer(buf->data(), n),
                            [this, peer](boost::system::error_code wec, std::size_t) {
                              if (!wec) serve(peer);
                            });
        });
  }
  tcp::acceptor acceptor_;
  bool echo_;
};

}  // namespace

TEST(Link, TcpRoundTripIsLoggedForReplay) {
  asio::io_context io;
  Server server(io, true);
  const auto logPath = std::filesystem::temp_directory_path() /
                       ("robocert-frames-" + std::to_string(getpid()) + ".log");
  std::filesystem::remove(logPath);
  std::string received;
  {
    FileFrameLog log(logPath.string());
    Link link(io, tcpUrl(server.port()), {}, &log);
    link.onData([&](std::span<const std::uint8_t> b) { received.append(b.begin(), b.end()); });
    link.start();
    ASSERT_TRUE(runUntil(io, [&] { return link.state() == Link::State::Connected; }));
    std::error_code sent = std::make_error_code(std::errc::io_error);
    link.send(bytes("POSE?\n"), [&](std::error_code ec) { sent = ec; });
    ASSERT_TRUE(runUntil(io, [&] { return received == "POSE?\n"; }));
    EXPECT_FALSE(sent);
    link.stop();
  }
  const auto chunks = readFrameLog(logPath.string());
  ASSERT_GE(chunks.size(), 2u);
  EXPECT_EQ(chunks.front().direction, FrameLog::Direction::Sent);
  EXPECT_EQ(chunks.front().bytes, bytes("POSE?\n"));
  std::string replayed;
  for (const auto& c : chunks) {
    if (c.direction == FrameLog::Direction::Received)
      replayed.append(c.bytes.begin(), c.bytes.end());
  }
  EXPECT_EQ(replayed, "POSE?\n");
  std::filesystem::remove(logPath);
}

TEST(Link, ReconnectsAfterThePeerDrops) {
  // The server closes every connection at once: the link reports the loss and connects again.
  asio::io_context io;
  Server server(io, false);
  Link::Options o;
  o.backoffInitial = 10ms;
  Link link(io, tcpUrl(server.port()), o);
  std::vector<Link::State> states;
  link.onState([&](Link::State s, std::error_code) { states.push_back(s); });
  link.start();
  ASSERT_TRUE(runUntil(io, [&] { return server.accepted >= 3; }));
  link.stop();
  const auto connected = std::count(states.begin(), states.end(), Link::State::Connected);
  const auto waiting = std::count(states.begin(), states.end(), Link::State::WaitingToReconnect);
  EXPECT_GE(connected, 2);
  EXPECT_GE(waiting, 2);
}

TEST(Link, RefusedConnectionBacksOffExponentially) {
  asio::io_context io;
  std::uint16_t port = 0;
  {
    tcp::acceptor probe(io, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
    port = probe.local_endpoint().port();
  }  // closed again: nothing listens there now
  Link::Options o;
  o.backoffInitial = 20ms;
  o.backoffFactor = 2.0;
  o.backoffMax = 80ms;
  Link link(io, tcpUrl(port), o);
  std::vector<std::chrono::steady_clock::time_point> attempts;
  std::error_code lastError;
  link.onState([&](Link::State s, std::error_code ec) {
    if (s == Link::State::Connecting) attempts.push_back(std::chrono::steady_clock::now());
    if (s == Link::State::WaitingToReconnect) lastError = ec;
  });
  link.start();
  ASSERT_TRUE(runUntil(io, [&] { return attempts.size() >= 5; }));
  link.stop();
  EXPECT_EQ(lastError, std::errc::connection_refused);
  // Waits of at least 20, 40, 80, 80 ms (capped): lower bounds only, a slow machine is fine.
  const std::chrono::milliseconds expected[] = {20ms, 40ms, 80ms, 80ms};
  for (std::size_t i = 0; i < 4; ++i) {
    EXPECT_GE(attempts[i + 1] - attempts[i], expected[i]) << "wait " << i;
  }
}

TEST(Link, SendWhileDisconnectedFailsAtOnce) {
  asio::io_context io;
  Link link(io, tcpUrl(9), {});
  std::optional<std::error_code> result;
  link.send(bytes("x"), [&](std::error_code ec) { result = ec; });
  ASSERT_TRUE(runUntil(io, [&] { return result.has_value(); }));
  EXPECT_EQ(*result, std::errc::not_connected);
}

TEST(Link, WriteToAPeerThatNeverReadsTimesOut) {
  // The peer accepts but never reads: once the kernel buffers are full the write stalls, and the
  // link gives up after writeTimeout, reports timed_out and drops the connection.
  asio::io_context io;
  tcp::acceptor acceptor(io, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
  tcp::socket peer(io);
  acceptor.async_accept(peer, [](boost::system::error_code) {});
  Link::Options o;
  o.writeTimeout = 200ms;
  o.reconnect = false;
  Link link(io, tcpUrl(acceptor.local_endpoint().port()), o);
  link.start();
  ASSERT_TRUE(runUntil(io, [&] { return link.state() == Link::State::Connected; }));
  std::optional<std::error_code> result;
  link.send(std::vector<std::uint8_t>(64u << 20, 0x55), [&](std::error_code ec) { result = ec; });
  ASSERT_TRUE(runUntil(
      io, [&] { return result.has_value(); }, 10s));
  EXPECT_EQ(*result, std::errc::timed_out);
  EXPECT_EQ(link.state(), Link::State::Disconnected);
}

TEST(Link, SerialOverAPseudoTerminal) {
  int master = -1;
  int slave = -1;
  ASSERT_EQ(openpty(&master, &slave, nullptr, nullptr, nullptr), 0);
  const std::string device = ttyname(slave);
  asio::io_context io;
  Link link(io, std::get<Url>(parseUrl("serial://" + device + "?baud=115200&parity=none")), {});
  std::string received;
  link.onData([&](std::span<const std::uint8_t> b) { received.append(b.begin(), b.end()); });
  link.start();
  ASSERT_TRUE(runUntil(io, [&] { return link.state() == Link::State::Connected; }));
  ASSERT_EQ(write(master, "RCP 1 READY\n", 12), 12);
  ASSERT_TRUE(runUntil(io, [&] { return received == "RCP 1 READY\n"; }));
  bool sent = false;
  link.send(bytes("MOVEL 1 2 3\n"), [&](std::error_code ec) { sent = !ec; });
  ASSERT_TRUE(runUntil(io, [&] { return sent; }));
  std::string out;
  pollfd p{master, POLLIN, 0};
  while (out.size() < 12 && poll(&p, 1, 2000) > 0) {
    char buf[64];
    const ssize_t n = read(master, buf, sizeof buf);
    if (n <= 0) break;
    out.append(buf, static_cast<std::size_t>(n));
  }
  EXPECT_EQ(out, "MOVEL 1 2 3\n");
  link.stop();
  close(slave);
  close(master);
}

TEST(Link, MissingSerialDeviceIsReported) {
  asio::io_context io;
  Link::Options o;
  o.reconnect = false;
  Link link(io, std::get<Url>(parseUrl("serial:///dev/robocert-no-such-tty")), o);
  std::error_code last;
  link.onState([&](Link::State, std::error_code ec) {
    if (ec) last = ec;
  });
  link.start();
  ASSERT_TRUE(runUntil(io, [&] { return link.state() == Link::State::Disconnected; }));
  EXPECT_EQ(last, std::errc::no_such_file_or_directory);
}
