#include "robocert/transport/link.hpp"

#include <array>
#include <cinttypes>
#include <cstdio>
#include <sstream>
#include <stdexcept>

#include "robocert/textio/file.hpp"

namespace robocert::transport {

namespace asio = boost::asio;
using asio::ip::tcp;

// ---- Frame log ------------------------------------------------------------------------------

FileFrameLog::FileFrameLog(const std::string& path) : file_(std::fopen(path.c_str(), "a")) {
  if (file_ == nullptr) throw std::runtime_error("cannot open frame log " + path);
}

FileFrameLog::~FileFrameLog() { std::fclose(file_); }

void FileFrameLog::record(Direction d, std::chrono::system_clock::time_point at,
                          std::span<const std::uint8_t> bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string line = std::to_string(
      std::chrono::duration_cast<std::chrono::nanoseconds>(at.time_since_epoch()).count());
  line += d == Direction::Received ? " R " : " S ";
  for (std::uint8_t b : bytes) {
    line += kHex[b >> 4];
    line += kHex[b & 0xF];
  }
  line += '\n';
  std::fwrite(line.data(), 1, line.size(), file_);
  std::fflush(file_);  // a crash must not lose what the device said last
}

std::vector<LoggedChunk> readFrameLog(const std::string& path) {
  auto text = textio::readFile(path, textio::kDataFileLimitBytes);
  if (const auto* e = std::get_if<textio::ReadError>(&text)) {
    throw std::runtime_error("frame log " + path + " " + textio::describe(*e));
  }
  std::istringstream in(std::get<std::string>(std::move(text)));
  std::vector<LoggedChunk> out;
  std::string line;
  for (std::size_t n = 1; std::getline(in, line); ++n) {
    const auto bad = [&] {
      return std::runtime_error(path + ":" + std::to_string(n) + ": not a frame log line");
    };
    const std::size_t s1 = line.find(' ');
    if (s1 == std::string::npos || s1 + 3 > line.size() || line[s1 + 2] != ' ') throw bad();
    LoggedChunk c;
    c.atNs = std::stoll(line.substr(0, s1));
    const char dir = line[s1 + 1];
    if (dir != 'R' && dir != 'S') throw bad();
    c.direction = dir == 'R' ? FrameLog::Direction::Received : FrameLog::Direction::Sent;
    const std::string hex = line.substr(s1 + 3);
    if (hex.size() % 2 != 0) throw bad();
    for (std::size_t i = 0; i < hex.size(); i += 2) {
      unsigned v = 0;
      if (std::sscanf(hex.c_str() + i, "%2x", &v) != 1) throw bad();
      c.bytes.push_back(static_cast<std::uint8_t>(v));
    }
    out.push_back(std::move(c));
  }
  return out;
}

// ---- Link -----------------------------------------------------------------------------------

struct Link::Impl {
  explicit Impl(asio::io_context& io)
      : resolver(io), socket(io), serial(io), connectTimer(io), writeTimer(io), backoffTimer(io) {}
  tcp::resolver resolver;
  tcp::socket socket;
  asio::serial_port serial;
  asio::steady_timer connectTimer;
  asio::steady_timer writeTimer;
  asio::steady_timer backoffTimer;
  std::array<std::uint8_t, 65536> buffer{};
  std::shared_ptr<int> token = std::make_shared<int>(0);  // handlers hold a weak copy
};

Link::Link(asio::io_context& io, Url url, Options options, FrameLog* log)
    : io_(io),
      url_(std::move(url)),
      options_(options),
      log_(log),
      impl_(std::make_unique<Impl>(io)),
      backoff_(options.backoffInitial) {}

Link::~Link() {
  impl_->token.reset();  // queued handlers see the link is gone and do nothing
  closeStream();
}

void Link::onData(DataHandler h) { onData_ = std::move(h); }
void Link::onState(StateHandler h) { onState_ = std::move(h); }

void Link::setState(State s, std::error_code ec) {
  state_ = s;
  if (onState_) onState_(s, ec);
}

void Link::start() {
  if (state_ == State::Connecting || state_ == State::Connected) return;
  connect();
}

void Link::stop() {
  impl_->backoffTimer.cancel();
  closeStream();
  ++generation_;
  state_ = State::Stopped;  // before the completions run: a send() from one must fail
  failPending(std::make_error_code(std::errc::operation_canceled));
  setState(State::Stopped, {});
}

void Link::failPending(std::error_code ec) {
  std::vector<DoneHandler> handlers;
  if (inflight_) handlers.push_back(std::move(inflight_->done));
  inflight_.reset();
  for (auto& p : queue_) handlers.push_back(std::move(p.done));
  queue_.clear();
  for (auto& h : handlers) {
    if (h) h(ec);
  }
}

void Link::closeStream() {
  boost::system::error_code ignored;
  impl_->connectTimer.cancel();
  impl_->writeTimer.cancel();
  impl_->resolver.cancel();
  impl_->socket.close(ignored);
  impl_->serial.close(ignored);
}

void Link::connect() {
  ++attempts_;
  const std::uint64_t gen = ++generation_;
  std::weak_ptr<int> alive = impl_->token;
  setState(State::Connecting, {});
  auto guard = [this, alive, gen] { return !alive.expired() && gen == generation_; };

  if (url_.isSerial()) {
    boost::system::error_code ec;
    impl_->serial.open(url_.device, ec);
    const SerialSettings& s = url_.serial;
    using SP = asio::serial_port_base;
    if (!ec) impl_->serial.set_option(SP::baud_rate(s.baud), ec);
    if (!ec) {
      impl_->serial.set_option(SP::parity(s.parity == Parity::None   ? SP::parity::none
                                          : s.parity == Parity::Even ? SP::parity::even
                                                                     : SP::parity::odd),
                               ec);
    }
    if (!ec) impl_->serial.set_option(SP::character_size(s.dataBits), ec);
    if (!ec)
      impl_->serial.set_option(
          SP::stop_bits(s.stopBits == 2 ? SP::stop_bits::two : SP::stop_bits::one), ec);
    if (!ec) {
      impl_->serial.set_option(
          SP::flow_control(s.flow == FlowControl::None       ? SP::flow_control::none
                           : s.flow == FlowControl::Hardware ? SP::flow_control::hardware
                                                             : SP::flow_control::software),
          ec);
    }
    // Report asynchronously like TCP does, so callers see one behaviour.
    asio::post(io_, [this, guard, ec] {
      if (!guard()) return;
      if (ec)
        lost(ec);
      else
        connected();
    });
    return;
  }

  auto timedOut = std::make_shared<bool>(false);
  impl_->connectTimer.expires_after(options_.connectTimeout);
  impl_->connectTimer.async_wait([this, guard, timedOut](boost::system::error_code ec) {
    if (ec || !guard()) return;
    *timedOut = true;
    boost::system::error_code ignored;
    impl_->resolver.cancel();
    impl_->socket.close(ignored);
  });
  impl_->resolver.async_resolve(
      url_.host, std::to_string(url_.port),
      [this, guard, timedOut](boost::system::error_code ec, tcp::resolver::results_type results) {
        if (!guard()) return;
        if (ec) {
          lost(*timedOut ? std::make_error_code(std::errc::timed_out) : ec);
          return;
        }
        asio::async_connect(
            impl_->socket, results,
            [this, guard, timedOut](boost::system::error_code cec, const tcp::endpoint&) {
              if (!guard()) return;
              impl_->connectTimer.cancel();
              if (cec) {
                lost(*timedOut ? std::make_error_code(std::errc::timed_out) : cec);
              } else {
                boost::system::error_code ignored;
                impl_->socket.set_option(tcp::no_delay(true), ignored);
                connected();
              }
            });
      });
}

void Link::connected() {
  backoff_ = options_.backoffInitial;
  setState(State::Connected, {});
  readLoop();
  writeNext();
}

void Link::readLoop() {
  const std::uint64_t gen = generation_;
  std::weak_ptr<int> alive = impl_->token;
  auto handler = [this, alive, gen](boost::system::error_code ec, std::size_t n) {
    if (alive.expired() || gen != generation_) return;
    if (ec) {
      lost(ec);
      return;
    }
    const std::span<const std::uint8_t> bytes(impl_->buffer.data(), n);
    if (log_ != nullptr)
      log_->record(FrameLog::Direction::Received, std::chrono::system_clock::now(), bytes);
    if (onData_) onData_(bytes);
    if (gen == generation_ && state_ == State::Connected) readLoop();
  };
  if (url_.isSerial()) {
    impl_->serial.async_read_some(asio::buffer(impl_->buffer), handler);
  } else {
    impl_->socket.async_read_some(asio::buffer(impl_->buffer), handler);
  }
}

void Link::send(std::vector<std::uint8_t> bytes, DoneHandler done) {
  if (state_ != State::Connected) {
    asio::post(io_, [done = std::move(done)] {
      if (done) done(std::make_error_code(std::errc::not_connected));
    });
    return;
  }
  queue_.push_back({std::move(bytes), std::move(done)});
  writeNext();
}

void Link::writeNext() {
  if (inflight_ || queue_.empty() || state_ != State::Connected) return;
  // The bytes in flight belong to the handler, so they outlive the socket operation even when
  // the link is dropped in the middle of it.
  inflight_ = std::make_shared<Pending>(std::move(queue_.front()));
  queue_.pop_front();
  const std::uint64_t gen = generation_;
  std::weak_ptr<int> alive = impl_->token;
  impl_->writeTimer.expires_after(options_.writeTimeout);
  impl_->writeTimer.async_wait([this, alive, gen](boost::system::error_code ec) {
    if (ec || alive.expired() || gen != generation_) return;
    lost(std::make_error_code(std::errc::timed_out));
  });
  auto handler = [this, alive, gen, p = inflight_](boost::system::error_code ec, std::size_t) {
    if (alive.expired() || gen != generation_) return;
    impl_->writeTimer.cancel();
    if (ec) {
      lost(ec);
      return;
    }
    inflight_.reset();
    if (log_ != nullptr)
      log_->record(FrameLog::Direction::Sent, std::chrono::system_clock::now(), p->bytes);
    if (p->done) p->done({});
    writeNext();
  };
  const auto buf = asio::buffer(inflight_->bytes);
  if (url_.isSerial()) {
    asio::async_write(impl_->serial, buf, handler);
  } else {
    asio::async_write(impl_->socket, buf, handler);
  }
}

void Link::lost(std::error_code ec) {
  closeStream();
  ++generation_;
  const bool reconnect = options_.reconnect && state_ != State::Stopped;
  // The state changes before the pending completions run: one that sends again from its
  // completion must see the link down, not write to the socket just closed (and report the
  // loss twice). Observers hear of it after them, as before.
  state_ = reconnect ? State::WaitingToReconnect : State::Disconnected;
  failPending(ec);  // nothing is sent twice: the caller decides whether to retry
  if (state_ == State::Stopped) return;  // a completion stopped the link
  if (!reconnect) {
    setState(State::Disconnected, ec);
    return;
  }
  setState(State::WaitingToReconnect, ec);
  std::weak_ptr<int> alive = impl_->token;
  const std::uint64_t gen = generation_;
  impl_->backoffTimer.expires_after(backoff_);
  backoff_ = std::min(options_.backoffMax,
                      std::chrono::milliseconds(static_cast<std::int64_t>(
                          static_cast<double>(backoff_.count()) * options_.backoffFactor)));
  impl_->backoffTimer.async_wait([this, alive, gen](boost::system::error_code e) {
    if (e || alive.expired() || gen != generation_) return;
    connect();
  });
}

const char* toString(Link::State s) {
  switch (s) {
    case Link::State::Disconnected:
      return "disconnected";
    case Link::State::Connecting:
      return "connecting";
    case Link::State::Connected:
      return "connected";
    case Link::State::WaitingToReconnect:
      return "waiting to reconnect";
    case Link::State::Stopped:
      return "stopped";
  }
  return "?";
}

}  // namespace robocert::transport
