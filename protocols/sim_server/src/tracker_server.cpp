#include "tracker_server.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include "robocert/codec/pose_sample.hpp"

namespace robocert::sim_server {

namespace asio = boost::asio;

namespace {

constexpr std::size_t kMaxLineBytes = 1024;  // the protocol's limit
constexpr double kMaxSamplesPerTick = 1000.0;
constexpr std::size_t kBackpressureBytes = 1024 * 1024;

// Shortest text that reads back: "20", "0.5".
std::string decimalText(double v) {
  std::array<char, 32> buffer{};
  const auto [ptr, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), v);
  return ec == std::errc() ? std::string(buffer.data(), ptr) : "?";
}

void appendLine(std::string& out, const devices::PoseSample& s) {
  codec::PoseSample line;
  line.seq = s.seq;
  line.tNs = s.tNs + kTrackerEpochNs;
  line.positionMm = {s.pose.positionMm.x(), s.pose.positionMm.y(), s.pose.positionMm.z()};
  line.anglesDeg = {s.pose.anglesDeg.x(), s.pose.anglesDeg.y(), s.pose.anglesDeg.z()};
  codec::appendSample(out, line);
  out += '\n';
}

// Splits at runs of blanks.
std::vector<std::string_view> words(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    const std::size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (i > start) out.push_back(line.substr(start, i - start));
  }
  return out;
}

std::optional<double> decimal(std::string_view text) {
  double v = 0.0;
  const auto [ptr, ec] =
      std::from_chars(text.data(), text.data() + text.size(), v, std::chars_format::general);
  if (ec != std::errc() || ptr != text.data() + text.size() || !std::isfinite(v)) {
    return std::nullopt;
  }
  return v;
}

}  // namespace

class TrackerSession final : public LineSession {
 public:
  TrackerSession(ByteStream stream, Config config, std::shared_ptr<TrackerServer> server)
      : LineSession(std::move(stream), std::move(config)),
        server_(std::move(server)),
        timer_(executor()) {}

 private:
  void onLine(std::string_view line) override {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const auto w = words(line);
    if (w.empty()) {
      reply("ERR 10 unknown command: empty line");
      return;
    }
    const std::string_view keyword = w[0];
    if (stream_ != Stream::Off) {
      if (keyword == "STOP" && w.size() == 1) {
        requestStop();
      } else {
        reply("ERR 20 busy: a stream is running, only STOP is accepted");
      }
      return;
    }
    if (keyword == "*IDN?") {
      if (w.size() != 1) return reply("ERR 11 *IDN? takes no parameter");
      SimModel& m = server_->model();
      reply("RoboCert," + m.tracker.model().model + ",SIM-" + std::to_string(m.seed) + "," +
            m.version);
    } else if (keyword == "MEAS?") {
      if (w.size() != 1) return reply("ERR 11 MEAS? takes no parameter");
      if (server_->streamingElsewhere(this)) {
        return reply("ERR 20 busy: another client is streaming");
      }
      std::string out;
      {
        SimModel& m = server_->model();
        std::lock_guard lock(m.mutex);
        appendLine(out, m.tracker.measure(m.clock.nowS()));
      }
      out.pop_back();
      reply(out);
    } else if (keyword == "STREAM") {
      if (w.size() != 2) return reply("ERR 11 STREAM takes one parameter: the rate in Hz");
      const auto rate = decimal(w[1]);
      if (!rate) {
        return reply("ERR 11 STREAM rate \"" + std::string(w[1]) + "\" is not a decimal number");
      }
      if (!(*rate > 0.0 && *rate <= kMaxStreamRateHz)) {
        return reply("ERR 12 stream rate not supported: " + std::string(w[1]) +
                     " Hz (more than 0, up to 1000)");
      }
      const double scale = server_->model().clock.scale();
      if (*rate * scale > kMaxStreamSamplesPerWallS) {
        return reply("ERR 12 stream rate not supported: " + std::string(w[1]) +
                     " Hz at time scale " + decimalText(scale) + " (up to " +
                     decimalText(kMaxStreamSamplesPerWallS / scale) + " Hz)");
      }
      if (server_->streamingElsewhere(this)) {
        return reply("ERR 20 busy: another client is streaming");
      }
      startStream(*rate);
    } else if (keyword == "STOP") {
      if (w.size() != 1) return reply("ERR 11 STOP takes no parameter");
      reply("OK");
    } else {
      reply("ERR 10 unknown command: " + std::string(keyword.substr(0, 40)));
    }
  }

  void onOversizedLine() override { reply("ERR 11 line longer than 1024 bytes"); }

  void onClosed() override { endStream(); }

  void startStream(double rateHz) {
    reply("OK");
    stream_ = Stream::On;
    rateHz_ = rateHz;
    lastS_ = server_->model().clock.nowS();
    server_->setStreamer(std::static_pointer_cast<TrackerSession>(shared_from_this()));
    nextTick_ = std::chrono::steady_clock::now();
    tick();
  }

  // STOP: the samples up to now go out first (maybe over several ticks, as the client reads
  // them), then OK, one for every STOP received meanwhile.
  void requestStop() {
    if (stream_ == Stream::On) {
      stream_ = Stream::Stopping;
      stopAtS_ = server_->model().clock.nowS();
    }
    ++pendingStops_;
    produce();
  }

  void endStream() {
    stream_ = Stream::Off;
    timer_.cancel();
    server_->clearStreamer(this);
  }

  void tick() {
    nextTick_ += std::chrono::milliseconds(kStreamTickMs);
    const auto now = std::chrono::steady_clock::now();
    if (nextTick_ < now) nextTick_ = now;  // fell behind: do not try to catch up in a burst
    timer_.expires_at(nextTick_);
    timer_.async_wait([self = std::static_pointer_cast<TrackerSession>(shared_from_this())](
                          boost::system::error_code ec) {
      if (ec || self->stream_ == Stream::Off || !self->isOpen()) return;
      self->produce();
      if (self->stream_ != Stream::Off) self->tick();
    });
  }

  // Sends the samples from lastS_ on (up to now, or up to the STOP) as one chunk of lines: at
  // most kMaxSamplesPerTick of them, and none while the client has not read what was sent. So
  // a slow client or a busy thread delays samples, never drops them, and memory stays bounded.
  void produce() {
    if (stream_ == Stream::Off || queuedBytes() > kBackpressureBytes) return;
    std::string out;
    SimModel& m = server_->model();
    try {
      std::lock_guard lock(m.mutex);
      const double target = stream_ == Stream::Stopping ? stopAtS_ : m.clock.nowS();
      const double upTo = std::min(target, lastS_ + kMaxSamplesPerTick / rateHz_);
      const auto samples = m.tracker.samplesBetween(lastS_, upTo, rateHz_);
      lastS_ = upTo;
      out.reserve(samples.size() * 96);
      for (const auto& s : samples) appendLine(out, s);
    } catch (const std::invalid_argument& e) {
      // An absurd interval (a clock gone wrong): end the stream, as a tracker that lost its
      // target does, and still answer the STOPs.
      send("ERR 50 fault: stream interrupted (" + std::string(e.what()) + ")\n");
      endStream();
      for (; pendingStops_ > 0; --pendingStops_) reply("OK");
      return;
    }
    send(std::move(out));
    if (stream_ == Stream::Stopping && lastS_ >= stopAtS_) {
      endStream();
      for (; pendingStops_ > 0; --pendingStops_) reply("OK");
    }
  }

  enum class Stream { Off, On, Stopping };

  std::shared_ptr<TrackerServer> server_;
  asio::steady_timer timer_;
  Stream stream_ = Stream::Off;
  double rateHz_ = 0.0;
  double lastS_ = 0.0;    // samples before this simulated time have been sent
  double stopAtS_ = 0.0;  // Stopping: when STOP arrived
  int pendingStops_ = 0;
  std::chrono::steady_clock::time_point nextTick_;
};

TrackerServer::TrackerServer(std::shared_ptr<SimModel> model, std::shared_ptr<FaultControl> faults)
    : model_(std::move(model)), faults_(std::move(faults)) {}

void TrackerServer::serve(ByteStream stream) {
  auto session = std::make_shared<TrackerSession>(
      std::move(stream), LineSession::Config{.maxLineBytes = kMaxLineBytes, .faults = faults_},
      shared_from_this());
  sessions_.add(session);
  session->start();
}

void TrackerServer::dropConnections() { sessions_.closeAll(false); }
void TrackerServer::close() { sessions_.closeAll(true); }

bool TrackerServer::streamingElsewhere(const TrackerSession* session) const {
  const auto s = streamer_.lock();
  return s && s.get() != session;
}

void TrackerServer::setStreamer(const std::shared_ptr<TrackerSession>& session) {
  streamer_ = session;
}

void TrackerServer::clearStreamer(const TrackerSession* session) {
  if (streamer_.lock().get() == session) streamer_.reset();
}

}  // namespace robocert::sim_server
