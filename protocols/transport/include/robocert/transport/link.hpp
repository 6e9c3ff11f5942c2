#pragma once

// A Link is one device connection: it moves bytes and nothing else (parsers live in codec/).
// It connects with a timeout, reports every state change, reconnects with exponential backoff
// after a loss, bounds every write with a timeout, and can log every raw chunk in both
// directions with a timestamp so a session can be replayed through the same parsers.
// Everything runs on the io_context's thread, callbacks included; call the public functions
// from that thread (post to it otherwise).

#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <system_error>
#include <vector>

#include "robocert/protocols/asio.hpp"
#include "robocert/transport/url.hpp"

namespace robocert::transport {

// Raw traffic, for replay and diagnosis. Implementations must be cheap: they run on the I/O
// thread for every chunk.
class FrameLog {
 public:
  enum class Direction { Received, Sent };
  virtual ~FrameLog() = default;
  virtual void record(Direction d, std::chrono::system_clock::time_point at,
                      std::span<const std::uint8_t> bytes) = 0;
};

// One line per chunk: "<ns since epoch> <R|S> <hex bytes>", the format replayFile() reads.
class FileFrameLog : public FrameLog {
 public:
  explicit FileFrameLog(const std::string& path);  // appends; throws std::runtime_error
  ~FileFrameLog() override;
  void record(Direction d, std::chrono::system_clock::time_point at,
              std::span<const std::uint8_t> bytes) override;

 private:
  std::FILE* file_;
};

struct LoggedChunk {
  FrameLog::Direction direction;
  std::int64_t atNs;
  std::vector<std::uint8_t> bytes;
};
// Reads a FileFrameLog; malformed lines are reported with their line number (runtime_error).
std::vector<LoggedChunk> readFrameLog(const std::string& path);

class Link {
 public:
  enum class State { Disconnected, Connecting, Connected, WaitingToReconnect, Stopped };
  struct Options {
    std::chrono::milliseconds connectTimeout{2000};
    std::chrono::milliseconds writeTimeout{1000};
    std::chrono::milliseconds backoffInitial{100};
    std::chrono::milliseconds backoffMax{5000};
    double backoffFactor = 2.0;
    bool reconnect = true;
  };
  using DataHandler = std::function<void(std::span<const std::uint8_t>)>;
  using StateHandler = std::function<void(State, std::error_code)>;
  using DoneHandler = std::function<void(std::error_code)>;

 private:
  struct Pending {
    std::vector<std::uint8_t> bytes;
    DoneHandler done;
  };

 public:
  Link(boost::asio::io_context& io, Url url, Options options, FrameLog* log = nullptr);
  ~Link();
  Link(const Link&) = delete;
  Link& operator=(const Link&) = delete;

  void onData(DataHandler h);
  void onState(StateHandler h);
  void start();  // connects; on loss reconnects until stop()
  void stop();   // closes; pending sends complete with operation_canceled
  // Queues bytes; done gets success, timed_out (the link is then dropped and reconnects), or
  // not_connected when the link is down (nothing is queued while disconnected).
  void send(std::vector<std::uint8_t> bytes, DoneHandler done);

  State state() const { return state_; }
  const Url& url() const { return url_; }
  std::uint64_t connectAttempts() const { return attempts_; }

 private:
  struct Impl;
  void setState(State s, std::error_code ec);
  void connect();
  void connected();
  void readLoop();
  void writeNext();
  void lost(std::error_code ec);
  void closeStream();
  void failPending(std::error_code ec);

  boost::asio::io_context& io_;
  Url url_;
  Options options_;
  FrameLog* log_;
  std::unique_ptr<Impl> impl_;
  State state_ = State::Disconnected;
  DataHandler onData_;
  StateHandler onState_;
  std::chrono::milliseconds backoff_;
  std::uint64_t attempts_ = 0;
  std::uint64_t generation_ = 0;  // bumps on every (re)connection; stale callbacks are ignored
  std::deque<Pending> queue_;
  std::shared_ptr<Pending> inflight_;
};

const char* toString(Link::State s);

}  // namespace robocert::transport
