#pragma once

// One connection of a line server (robot, tracker, environment): reads LF-terminated lines with
// a bounded LineFramer, hands each to the protocol (onLine), and writes replies, events and
// samples in order. The fault injection of faults.hpp lives here, so every line server fails
// the same way.
//
// Output is a queue of chunks, each with the earliest wall time it may go out: a reply is held
// back by the reply delay, anything sent after it waits behind it, so a delayed server still
// never reorders its output. Memory is bounded: a connection whose client does not read
// (more than maxQueuedBytes waiting) is closed; on a pseudo-terminal, which nobody may be
// reading, the waiting output is discarded instead.
//
// Everything runs on the I/O thread. Pending operations hold the session (shared_ptr), so it
// lives until it is closed and they have completed.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "fault_control.hpp"
#include "robocert/codec/line_framer.hpp"
#include "robocert/protocols/asio.hpp"

namespace robocert::sim_server {

// A TCP connection or the server's end of a pseudo-terminal.
using ByteStream =
    std::variant<boost::asio::ip::tcp::socket, boost::asio::posix::stream_descriptor>;

class Closable {
 public:
  virtual ~Closable() = default;
  virtual void close() = 0;
  virtual bool serial() const = 0;
};

// The open connections of one server, for dropConnections(), events to every connection and
// shutdown. I/O thread only.
template <typename Session>
class SessionSet {
 public:
  void add(const std::shared_ptr<Session>& session) {
    std::erase_if(sessions_, [](const std::weak_ptr<Session>& s) { return s.expired(); });
    sessions_.push_back(session);
  }
  // Calls f(Session&) for every session still open.
  template <typename F>
  void forEach(F&& f) {
    // f may close sessions, whose handlers may add new ones: work on a copy.
    const auto sessions = sessions_;
    for (const auto& weak : sessions) {
      if (auto s = weak.lock()) f(*s);
    }
    std::erase_if(sessions_, [](const std::weak_ptr<Session>& s) { return s.expired(); });
  }
  // Closes every session (those on a pseudo-terminal only when includeSerial).
  void closeAll(bool includeSerial) {
    forEach([includeSerial](Session& s) {
      if (includeSerial || !s.serial()) s.close();
    });
  }

 private:
  std::vector<std::weak_ptr<Session>> sessions_;
};

// "12 OK" -> "12 ##": the bytes after the first space (all if there is none, or if the space
// ends the line) become '#'; the trailing '\n' (and a '\r' before it) stays.
std::string garbled(std::string_view line);

class LineSession : public Closable, public std::enable_shared_from_this<LineSession> {
 public:
  using Clock = std::chrono::steady_clock;
  struct Config {
    std::size_t maxLineBytes = 1024;  // longer lines are dropped (onOversizedLine)
    std::shared_ptr<FaultControl> faults;
    bool serial = false;                           // a pseudo-terminal: no connection to drop
    std::size_t maxQueuedBytes = 8 * 1024 * 1024;  // output waiting for a slow client
  };

  LineSession(ByteStream stream, Config config);
  ~LineSession() override;
  LineSession(const LineSession&) = delete;
  LineSession& operator=(const LineSession&) = delete;

  // Starts reading. Call once, after the session is owned by a shared_ptr.
  void start();
  void close() override;
  bool serial() const override { return config_.serial; }
  bool isOpen() const { return !closed_; }

  // A reply to the command being handled: `line` without terminator. It counts for the corrupt
  // fault and is held back by the reply delay.
  void reply(std::string_view line);
  // Unsolicited output (events, stream samples): whole lines with their terminators. It goes
  // out after everything queued before it.
  void send(std::string bytes);

  boost::asio::any_io_executor executor();
  // Output waiting to be written (not counting the write in flight).
  std::size_t queuedBytes() const { return queuedBytes_; }

 protected:
  // A complete line, without its '\n'; a '\r' before it is left in.
  virtual void onLine(std::string_view line) = 0;
  // A line longer than maxLineBytes was dropped (it counts as a command).
  virtual void onOversizedLine() {}
  // The session closed (by the client, a fault, or the server).
  virtual void onClosed() {}

 private:
  void read();
  void command(const std::string_view* line);  // null: an oversized line
  void enqueue(std::string bytes, Clock::time_point notBefore);
  void pump();
  template <typename F>
  void withStream(F&& f);

  ByteStream stream_;
  Config config_;
  codec::LineFramer framer_;
  boost::asio::steady_timer timer_;
  struct Chunk {
    std::string bytes;
    Clock::time_point notBefore;
  };
  std::deque<Chunk> queue_;
  std::size_t queuedBytes_ = 0;
  std::string writing_;  // the bytes of the write in flight
  bool writeInFlight_ = false;
  bool timerArmed_ = false;
  Clock::time_point lastRelease_{};
  Faults faults_;
  std::uint64_t faultGeneration_ = 0;
  std::uint64_t commands_ = 0;
  std::uint64_t replies_ = 0;
  bool stalled_ = false;
  bool closed_ = false;
  bool started_ = false;
};

}  // namespace robocert::sim_server
