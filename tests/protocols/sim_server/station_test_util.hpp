#pragma once

// Shared by the station's tests: the station runs on its own io_context thread (as it would in
// its own process), the clients (RoboCert's drivers, or a raw line client) on the test's
// io_context, which the test runs until what it waits for has happened.

#include <gtest/gtest.h>

#include <array>
#include <chrono>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <variant>

#include "robocert/codec/line_framer.hpp"
#include "robocert/devices/device.hpp"
#include "robocert/protocols/asio.hpp"
#include "robocert/sim_server/station.hpp"
#include "robocert/transport/url.hpp"

namespace robocert::sim_server::testing {

namespace asio = boost::asio;
using namespace std::chrono_literals;

template <typename Pred>
bool runUntil(asio::io_context& io, Pred pred, std::chrono::milliseconds timeout = 5000ms) {
  const auto end = std::chrono::steady_clock::now() + timeout;
  while (!pred() && std::chrono::steady_clock::now() < end) {
    io.restart();
    io.run_for(2ms);
  }
  return pred();
}

// Runs `io` for about `duration` (letting clients and timers do their work).
inline void runFor(asio::io_context& io, std::chrono::milliseconds duration) {
  const auto end = std::chrono::steady_clock::now() + duration;
  while (std::chrono::steady_clock::now() < end) {
    io.restart();
    io.run_for(2ms);
  }
}

// Starts an asynchronous operation and runs `io` until it completes (or the timeout passes:
// nullopt). The completion may come late without harm.
template <typename T, typename Start>
std::optional<devices::Outcome<T>> await(asio::io_context& io, Start&& start,
                                         std::chrono::milliseconds timeout = 5000ms) {
  auto result = std::make_shared<std::optional<devices::Outcome<T>>>();
  start([result](devices::Outcome<T> r) { *result = std::move(r); });
  runUntil(
      io, [&] { return result->has_value(); }, timeout);
  return *result;
}

// The same for operations that complete with devices::Done. Outer nullopt: no completion.
template <typename Start>
std::optional<std::optional<devices::DeviceError>> awaitDone(
    asio::io_context& io, Start&& start, std::chrono::milliseconds timeout = 5000ms) {
  auto done = std::make_shared<bool>(false);
  auto error = std::make_shared<std::optional<devices::DeviceError>>();
  start([done, error](std::optional<devices::DeviceError> e) {
    *done = true;
    *error = std::move(e);
  });
  runUntil(
      io, [&] { return *done; }, timeout);
  if (!*done) return std::nullopt;
  return *error;
}

template <typename T>
const T& value(const std::optional<devices::Outcome<T>>& r) {
  static const T kEmpty{};
  if (!r) {
    ADD_FAILURE() << "no completion";
    return kEmpty;
  }
  if (const auto* e = std::get_if<devices::DeviceError>(&*r)) {
    ADD_FAILURE() << "error: " << e->message;
    return kEmpty;
  }
  return std::get<T>(*r);
}

template <typename T>
std::optional<devices::DeviceError> errorOf(const std::optional<devices::Outcome<T>>& r) {
  if (!r) return std::nullopt;
  if (const auto* e = std::get_if<devices::DeviceError>(&*r)) return *e;
  return std::nullopt;
}

inline transport::Url url(const std::string& text) {
  auto parsed = transport::parseUrl(text);
  EXPECT_TRUE(std::holds_alternative<transport::Url>(parsed)) << text;
  return std::holds_alternative<transport::Url>(parsed) ? std::get<transport::Url>(parsed)
                                                        : transport::Url{};
}

// A Station on its own io_context thread.
class StationRig {
 public:
  explicit StationRig(StationOptions options = {})
      : station_(std::make_unique<Station>(io_, std::move(options))),
        thread_([this] { io_.run(); }) {}
  ~StationRig() {
    station_->stop();
    guard_.reset();
    thread_.join();
    station_.reset();
  }
  StationRig(const StationRig&) = delete;
  StationRig& operator=(const StationRig&) = delete;

  Station& station() { return *station_; }
  StationUrls urls() const { return station_->urls(); }

 private:
  asio::io_context io_;
  std::unique_ptr<Station> station_;
  asio::executor_work_guard<asio::io_context::executor_type> guard_ = asio::make_work_guard(io_);
  std::thread thread_;
};

// A raw TCP line client on the test's io_context: send text, collect the lines that come back.
class LineClient {
 public:
  LineClient(asio::io_context& io, const std::string& tcpUrl)
      : state_(std::make_shared<State>(io)) {
    const transport::Url u = url(tcpUrl);
    state_->socket.connect({asio::ip::make_address(u.host), u.port});
    read(state_);
  }
  ~LineClient() { close(); }
  LineClient(const LineClient&) = delete;
  LineClient& operator=(const LineClient&) = delete;

  void send(const std::string& text) { send(std::make_shared<const std::string>(text)); }
  // The same bytes may go to several clients, or several times, without a copy.
  void send(std::shared_ptr<const std::string> data) {
    ++state_->writing;
    asio::async_write(
        state_->socket, asio::buffer(*data),
        [data, state = state_](boost::system::error_code, std::size_t) { --state->writing; });
  }
  // Everything sent has been handed to the kernel.
  bool sent() const { return state_->writing == 0; }
  void close() {
    boost::system::error_code ignored;
    state_->socket.close(ignored);
  }
  // The next line (without '\n'), waiting up to `timeout` for it.
  std::optional<std::string> line(asio::io_context& io,
                                  std::chrono::milliseconds timeout = 5000ms) {
    runUntil(
        io, [&] { return !state_->lines.empty(); }, timeout);
    if (state_->lines.empty()) return std::nullopt;
    std::string l = std::move(state_->lines.front());
    state_->lines.pop_front();
    return l;
  }
  std::size_t pending() const { return state_->lines.size(); }
  bool closedByPeer() const { return state_->eof; }

 private:
  struct State {
    explicit State(asio::io_context& io) : socket(io) {}
    asio::ip::tcp::socket socket;
    std::array<char, 4096> buffer{};
    codec::LineFramer framer{{.terminator = "\n", .maxLineBytes = 1 << 20}};
    std::deque<std::string> lines;
    bool eof = false;
    int writing = 0;
  };

  static void read(const std::shared_ptr<State>& state) {
    state->socket.async_read_some(asio::buffer(state->buffer),
                                  [state](boost::system::error_code ec, std::size_t n) {
                                    if (ec) {
                                      state->eof = true;
                                      return;
                                    }
                                    state->framer.feed(std::string_view(state->buffer.data(), n));
                                    while (auto e = state->framer.next()) {
                                      if (const auto* l = std::get_if<codec::Line>(&*e))
                                        state->lines.emplace_back(l->text);
                                    }
                                    read(state);
                                  });
  }

  std::shared_ptr<State> state_;
};

}  // namespace robocert::sim_server::testing
