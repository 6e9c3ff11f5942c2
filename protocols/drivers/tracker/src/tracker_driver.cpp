#include "robocert/drivers/tracker_driver.hpp"

#include <charconv>
#include <cmath>
#include <stdexcept>
#include <utility>

#include "robocert/codec/scpi.hpp"
#include "robocert/devices/lifecycle.hpp"

namespace robocert::drivers {

namespace asio = boost::asio;
using devices::DeviceError;
using Kind = DeviceError::Kind;

struct TrackerDriver::Command {
  enum class Type { Identify, Measure, Stream, Stop, InternalStop };
  Type type = Type::Identify;
  std::string text;  // the command line without terminator
  devices::Completion<devices::Identity> identified;
  devices::Completion<devices::PoseSample> measured;
  devices::Done done;  // Stream: started; Stop: stopped
  SampleHandler onSamples;
};

namespace {

// The tracker's ERR code for a hardware fault (docs/protocols/tracker.md).
constexpr int kFaultCode = 50;

bool isOk(std::string_view line) { return line == "OK"; }
bool isErr(std::string_view line) {
  return line.substr(0, 3) == "ERR" && (line.size() == 3 || line[3] == ' ');
}

// A line quoted in a message: at most 80 bytes, so a garbage line cannot flood a log.
std::string quoted(std::string_view line) {
  std::string out = "'";
  out += line.substr(0, 80);
  if (line.size() > 80) out += "...";
  out += "'";
  return out;
}

void fill(devices::PoseSample& out, const codec::PoseSample& in) {
  out.seq = in.seq;
  out.tNs = in.tNs;
  out.pose.positionMm = Eigen::Vector3d(in.positionMm[0], in.positionMm[1], in.positionMm[2]);
  out.pose.anglesDeg = Eigen::Vector3d(in.anglesDeg[0], in.anglesDeg[1], in.anglesDeg[2]);
}

codec::LineFramerOptions framerOptions(std::size_t maxLineBytes) {
  codec::LineFramerOptions o;
  o.terminator = "\n";
  o.maxLineBytes = maxLineBytes;
  return o;
}

TrackerOptions checked(TrackerOptions options) {
  if (auto error = codec::validate(options.sampleFormat)) {
    throw std::invalid_argument("tracker sample format: " + std::string(describe(error->kind)));
  }
  return options;
}

}  // namespace

template <typename F>
void TrackerDriver::post(F&& work) {
  asio::post(io_, [alive = std::weak_ptr<int>(token_), work = std::forward<F>(work)]() mutable {
    if (!alive.expired()) work();
  });
}

void TrackerDriver::postCommand(Command command) {
  asio::post(io_, [this, alive = std::weak_ptr<int>(token_), c = std::move(command)]() mutable {
    if (alive.expired()) {
      // Destroyed before this ran: the operation still completes exactly once.
      finish(c, DeviceError{Kind::Disconnected, "tracker driver closed"});
      return;
    }
    submit(std::move(c));
  });
}

TrackerDriver::TrackerDriver(asio::io_context& io, transport::Url url, TrackerOptions options,
                             transport::FrameLog* log)
    : io_(io),
      url_(url),
      options_(checked(std::move(options))),
      framer_(framerOptions(options_.maxLineBytes)),
      timer_(io),
      link_(io, std::move(url), options_.link, log) {
  // The most samples one chunk of the link (64 KiB) can hold at ~35 bytes a line: the batch
  // never grows while streaming.
  batch_.reserve(2048);
  link_.onData([this](std::span<const std::uint8_t> bytes) { received(bytes); });
  link_.onState([this](transport::Link::State s, std::error_code ec) { linkState(s, ec); });
}

TrackerDriver::~TrackerDriver() {
  token_.reset();  // posted work and timers do nothing from now on
  ++timerGeneration_;
  const DeviceError gone{Kind::Disconnected, "tracker driver for " + toString(url_) + " closed"};
  std::unique_ptr<Command> current = std::move(current_);
  std::deque<Command> queued = std::move(queue_);
  if (current) finish(*current, gone);
  for (auto& c : queued) finish(c, gone);
}

void TrackerDriver::setConnectionHooks(ConnectionHooks hooks) {
  post([this, hooks = std::move(hooks)]() mutable { hooks_ = std::move(hooks); });
}

void TrackerDriver::attach(devices::DeviceLifecycle& lifecycle) {
  setConnectionHooks({[&lifecycle] { lifecycle.linkUp(); },
                      [&lifecycle](const std::string& reason) { lifecycle.linkDown(reason); },
                      [&lifecycle](const std::string& reason) { lifecycle.fault(reason); }});
}

void TrackerDriver::onStreamError(StreamErrorHandler handler) {
  post([this, handler = std::move(handler)]() mutable { onStreamError_ = std::move(handler); });
}

void TrackerDriver::start() {
  post([this] { link_.start(); });
}

void TrackerDriver::stop() {
  post([this] { link_.stop(); });
}

void TrackerDriver::identify(devices::Completion<devices::Identity> done) {
  Command c;
  c.type = Command::Type::Identify;
  c.text = "*IDN?";
  c.identified = std::move(done);
  postCommand(std::move(c));
}

void TrackerDriver::measure(devices::Completion<devices::PoseSample> done) {
  Command c;
  c.type = Command::Type::Measure;
  c.text = "MEAS?";
  c.measured = std::move(done);
  postCommand(std::move(c));
}

void TrackerDriver::startStream(double rateHz, SampleHandler onSamples, devices::Done started) {
  Command c;
  c.type = Command::Type::Stream;
  c.done = std::move(started);
  c.onSamples = std::move(onSamples);
  if (!std::isfinite(rateHz) || rateHz <= 0.0 || rateHz > 1e9) {
    asio::post(io_, [c = std::move(c)] {
      if (c.done) c.done(DeviceError{Kind::Refused, "stream rate must be > 0 and <= 1e9 Hz"});
    });
    return;
  }
  char rate[64];
  const auto r = std::to_chars(rate, rate + sizeof rate, rateHz, std::chars_format::fixed);
  c.text = "STREAM " + std::string(rate, r.ptr);
  postCommand(std::move(c));
}

void TrackerDriver::stopStream(devices::Done done) {
  Command c;
  c.type = Command::Type::Stop;
  c.text = "STOP";
  c.done = std::move(done);
  postCommand(std::move(c));
}

// ---- Commands -------------------------------------------------------------------------------

void TrackerDriver::finish(Command& c, const std::optional<DeviceError>& error) {
  switch (c.type) {
    case Command::Type::Identify:
      if (c.identified && error) c.identified(*error);
      break;
    case Command::Type::Measure:
      if (c.measured && error) c.measured(*error);
      break;
    case Command::Type::Stream:
    case Command::Type::Stop:
      if (c.done) c.done(error);
      break;
    case Command::Type::InternalStop:
      break;
  }
}

void TrackerDriver::submit(Command c) {
  if (!connected_) {
    // Nothing streams without a connection, so there is nothing to stop.
    finish(c, c.type == Command::Type::Stop
                  ? std::nullopt
                  : std::optional<DeviceError>(DeviceError{
                        Kind::Disconnected, "not connected to tracker " + toString(url_)}));
    return;
  }
  queue_.push_back(std::move(c));
  dispatch();
}

void TrackerDriver::dispatch() {
  while (connected_ && !current_ && !queue_.empty()) {
    Command c = std::move(queue_.front());
    queue_.pop_front();
    if (c.type == Command::Type::Stop || c.type == Command::Type::InternalStop) {
      if (stream_ != Stream::On) {
        finish(c, std::nullopt);
        continue;
      }
      stream_ = Stream::Stopping;
    } else if (stream_ != Stream::Off) {
      // The reply to MEAS? or *IDN? would be lost among the sample lines.
      finish(c, DeviceError{Kind::Refused,
                            "tracker " + toString(url_) + " is streaming: stop the stream first"});
      continue;
    } else if (c.type == Command::Type::Stream) {
      stream_ = Stream::Starting;
    }
    send(std::move(c));
  }
}

void TrackerDriver::send(Command c) {
  const auto timeout =
      c.type == Command::Type::Measure ? options_.measureTimeout : options_.replyTimeout;
  std::vector<std::uint8_t> bytes(c.text.begin(), c.text.end());
  bytes.push_back('\n');
  current_ = std::make_unique<Command>(std::move(c));
  // A failed write drops the link, and the loss fails this command: nothing to do here.
  link_.send(std::move(bytes), [](std::error_code) {});
  armTimer(timeout);
}

void TrackerDriver::armTimer(std::chrono::milliseconds timeout) {
  const std::uint64_t generation = ++timerGeneration_;
  timer_.expires_after(timeout);
  timer_.async_wait(
      [this, alive = std::weak_ptr<int>(token_), generation](boost::system::error_code ec) {
        if (ec || alive.expired() || generation != timerGeneration_) return;
        timedOut();
      });
}

void TrackerDriver::completeCurrent(const std::optional<DeviceError>& error) {
  ++timerGeneration_;
  timer_.cancel();
  const std::unique_ptr<Command> c = std::move(current_);
  if (c) finish(*c, error);
}

void TrackerDriver::timedOut() {
  if (!current_) return;
  const auto timeout =
      current_->type == Command::Type::Measure ? options_.measureTimeout : options_.replyTimeout;
  const std::string what = "no reply to " + current_->text + " from tracker " + toString(url_) +
                           " within " + std::to_string(timeout.count()) + " ms";
  flushBatch();
  // The user's stop fails; the stream ends with the connection, and nobody waits for it.
  stream_ = Stream::Off;
  onSamples_ = nullptr;
  completeCurrent(DeviceError{Kind::Timeout, what});
  resetConnection(what);
}

// ---- Connection -----------------------------------------------------------------------------

void TrackerDriver::linkState(transport::Link::State state, std::error_code ec) {
  using State = transport::Link::State;
  switch (state) {
    case State::Connecting:
      return;
    case State::Connected:
      connected_ = true;
      framer_.reset();
      stream_ = Stream::Off;
      nextSeq_.reset();
      if (hooks_.up) hooks_.up();
      dispatch();
      return;
    case State::Disconnected:
    case State::WaitingToReconnect:
    case State::Stopped: {
      std::string reason;
      if (!resetReason_.empty()) {
        reason = resetReason_ + "; reconnecting";
      } else if (state == State::Stopped) {
        reason = "connection to tracker " + toString(url_) + " closed";
      } else {
        reason = "tracker " + toString(url_) + ": " + (ec ? ec.message() : "connection lost") +
                 (state == State::WaitingToReconnect ? "; reconnecting" : "");
      }
      connectionLost(reason);
      return;
    }
  }
}

void TrackerDriver::connectionLost(const std::string& reason) {
  connected_ = false;
  ++connection_;
  ++timerGeneration_;
  timer_.cancel();
  flushBatch();
  const bool streaming = stream_ == Stream::On && onSamples_;
  stream_ = Stream::Off;
  onSamples_ = nullptr;
  std::unique_ptr<Command> current = std::move(current_);
  std::deque<Command> queued = std::move(queue_);
  queue_.clear();
  // The owner of the state first, so whoever sees a failed operation also sees the link down.
  if (hooks_.down) hooks_.down(reason);
  const DeviceError lost{Kind::Disconnected, reason};
  if (current) finish(*current, lost);
  for (auto& c : queued) finish(c, lost);
  if (streaming && onStreamError_) onStreamError_(lost);
}

void TrackerDriver::resetConnection(const std::string& reason) {
  resetReason_ = reason;
  link_.stop();  // reports Stopped: connectionLost() with the reason above
  resetReason_.clear();
  link_.start();
}

// ---- Received lines -------------------------------------------------------------------------

void TrackerDriver::received(std::span<const std::uint8_t> bytes) {
  const std::uint64_t connection = connection_;
  framer_.feed(bytes);
  while (auto event = framer_.next()) {
    if (const auto* l = std::get_if<codec::Line>(&*event)) {
      line(l->text);
    } else {
      ++malformed_;
      const std::string what =
          "line longer than " + std::to_string(options_.maxLineBytes) + " bytes";
      if (stream_ == Stream::On || stream_ == Stream::Stopping) {
        if (options_.strictSequence) endStream(DeviceError{Kind::Protocol, what}, false);
      } else if (current_) {
        completeCurrent(DeviceError{Kind::Protocol, "reply to " + current_->text + ": " + what});
        dispatch();
      }
    }
    if (connection != connection_) return;  // dropped while handling: the rest is stale
  }
  flushBatch();
}

void TrackerDriver::line(std::string_view text) {
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  if (stream_ == Stream::On || stream_ == Stream::Stopping) {
    streamLine(text);
  } else {
    reply(text);
  }
}

void TrackerDriver::streamLine(std::string_view text) {
  // Sample lines first: they are nearly all of the traffic.
  const auto error = codec::parseSample(text, options_.sampleFormat, parsed_);
  if (!error) {
    streamSample();
    return;
  }
  if (isOk(text)) {
    if (stream_ == Stream::Stopping) {
      flushBatch();
      stream_ = Stream::Off;
      onSamples_ = nullptr;
      completeCurrent(std::nullopt);
      dispatch();
    } else {
      ++malformed_;
    }
    return;
  }
  if (isErr(text)) {
    endStream(trackerError(text), true);
    return;
  }
  ++malformed_;
  if (options_.strictSequence) {
    endStream(DeviceError{Kind::Protocol, describeSampleError("sample line", text, *error)}, false);
  }
}

void TrackerDriver::streamSample() {
  const std::uint64_t seq = parsed_.seq;
  ++batchReceived_;
  if (nextSeq_ && seq != *nextSeq_) {
    const std::uint64_t expected = *nextSeq_;
    if (seq > expected) {
      lost_.fetch_add(seq - expected, std::memory_order_relaxed);
    } else {
      outOfOrder_.fetch_add(1, std::memory_order_relaxed);
    }
    if (options_.strictSequence) {
      nextSeq_ = seq + 1;
      endStream(
          DeviceError{
              Kind::Protocol,
              "tracker " + toString(url_) + " stream: sequence number " + std::to_string(seq) +
                  " where " + std::to_string(expected) + " was expected" +
                  (seq > expected ? " (" + std::to_string(seq - expected) + " samples lost)" : "")},
          false);
      return;
    }
  }
  nextSeq_ = seq + 1;
  if (!onSamples_) return;  // the stream failed and is being stopped: drop
  fill(batch_.emplace_back(), parsed_);
}

void TrackerDriver::endStream(const DeviceError& error, bool trackerStopped) {
  flushBatch();
  const bool report = static_cast<bool>(onSamples_);
  onSamples_ = nullptr;
  if (trackerStopped) {
    // ERR in a stream: the tracker no longer streams. A STOP in flight still gets its OK.
    if (stream_ == Stream::On) stream_ = Stream::Off;
  } else if (stream_ == Stream::On) {
    // The driver gives up on the stream: stop the tracker, drop what comes until its OK.
    Command c;
    c.type = Command::Type::InternalStop;
    c.text = "STOP";
    stream_ = Stream::Stopping;
    send(std::move(c));  // nothing is in flight while a stream is on
  }
  if (report && onStreamError_) onStreamError_(error);
  if (stream_ == Stream::Off) dispatch();
}

void TrackerDriver::flushBatch() {
  if (batchReceived_ != 0) {
    received_.fetch_add(batchReceived_, std::memory_order_relaxed);
    batchReceived_ = 0;
  }
  if (batch_.empty()) return;
  if (onSamples_) onSamples_(std::span<const devices::PoseSample>(batch_));
  batch_.clear();
}

void TrackerDriver::reply(std::string_view text) {
  if (!current_) {
    ++malformed_;  // nobody asked
    return;
  }
  const std::string& command = current_->text;
  switch (current_->type) {
    case Command::Type::Identify: {
      if (isErr(text)) {
        completeCurrent(trackerError(text));
        break;
      }
      auto r = codec::scpi::parseIdentity(text);
      if (auto* id = std::get_if<codec::scpi::Identity>(&r)) {
        ++timerGeneration_;
        timer_.cancel();
        const std::unique_ptr<Command> c = std::move(current_);
        if (c->identified) {
          c->identified(devices::Identity{std::move(id->manufacturer), std::move(id->model),
                                          std::move(id->serial), std::move(id->firmware)});
        }
      } else {
        completeCurrent(DeviceError{Kind::Protocol, "reply to *IDN? from tracker " +
                                                        toString(url_) +
                                                        " is not "
                                                        "maker,model,serial,firmware: " +
                                                        quoted(text)});
      }
      break;
    }
    case Command::Type::Measure: {
      const auto error = codec::parseSample(text, options_.sampleFormat, parsed_);
      if (!error) {
        ++timerGeneration_;
        timer_.cancel();
        const std::unique_ptr<Command> c = std::move(current_);
        devices::PoseSample sample;
        fill(sample, parsed_);
        if (c->measured) c->measured(sample);
      } else if (isErr(text)) {
        completeCurrent(trackerError(text));
      } else {
        completeCurrent(
            DeviceError{Kind::Protocol, describeSampleError("reply to MEAS?", text, *error)});
      }
      break;
    }
    case Command::Type::Stream:
      if (isOk(text)) {
        stream_ = Stream::On;
        nextSeq_.reset();
        onSamples_ = std::move(current_->onSamples);
        completeCurrent(std::nullopt);
      } else if (isErr(text)) {
        stream_ = Stream::Off;
        completeCurrent(trackerError(text));
      } else {
        // The tracker may be streaming without having said so: only a new connection is sure
        // to end that.
        const std::string what = "reply to " + command + " from tracker " + toString(url_) +
                                 " is not OK: " + quoted(text);
        stream_ = Stream::Off;
        completeCurrent(DeviceError{Kind::Protocol, what});
        resetConnection(what);
        return;
      }
      break;
    case Command::Type::Stop:
    case Command::Type::InternalStop:
      ++malformed_;  // unreachable: a STOP is only in flight while Stopping
      return;
  }
  dispatch();
}

DeviceError TrackerDriver::trackerError(std::string_view line) {
  // "ERR <code> <text>"
  std::string_view rest = line.substr(std::min<std::size_t>(line.size(), 4));
  int code = 0;
  const auto r = std::from_chars(rest.data(), rest.data() + rest.size(), code);
  std::string message = "tracker " + toString(url_) + " error";
  if (r.ec == std::errc{}) {
    rest = rest.substr(static_cast<std::size_t>(r.ptr - rest.data()));
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    message += " " + std::to_string(code);
  }
  if (!rest.empty()) message += ": " + std::string(rest.substr(0, 200));
  if (code != kFaultCode) return DeviceError{Kind::Refused, message};
  if (hooks_.fault) hooks_.fault(message);  // the state's owner hears of it before the operation
  return DeviceError{Kind::Fault, message};
}

std::string TrackerDriver::describeSampleError(std::string_view what, std::string_view text,
                                               const codec::SampleError& e) const {
  return std::string(what) + " from tracker " + toString(url_) + " " + quoted(text) + ": " +
         std::string(codec::describe(e.kind)) + " (field " + std::to_string(e.field + 1) +
         ", column " + std::to_string(e.position + 1) + "; sample format '" +
         codec::fieldList(options_.sampleFormat) + "')";
}

}  // namespace robocert::drivers
