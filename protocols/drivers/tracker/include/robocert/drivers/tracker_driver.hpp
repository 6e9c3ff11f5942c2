#pragma once

// TrackerDriver: a laser tracker speaking the ASCII tracker protocol (docs/protocols/tracker.md)
// over a transport::Link it owns. It implements devices::PoseSensor: *IDN? identifies, MEAS?
// measures one sample, STREAM/STOP stream timestamped 6-DoF samples (up to 1 kHz from a real
// tracker; the parser sustains well over 10^6 samples/s) in the configurable sample format.
//
// Threads: every public function may be called from any thread; it posts its work to the
// io_context, and every callback (completions, samples, hooks) runs on the io_context's thread.
// Run that io_context on one thread (the station's I/O thread). Destroy the driver on that
// thread or after the io_context has stopped running; operations still pending then complete
// with DeviceError::Disconnected, from the destructor, or when the io_context runs the work an
// operation posted before the destruction.
//
// Commands go one at a time, each with a timeout (the protocol has no tags to pair replies with
// commands). When a reply does not come in time the operation completes with Timeout and the
// driver drops and re-opens the connection: a late reply could otherwise be taken for the reply
// to the next command, and a tracker ends any stream when its client disconnects.

#include <atomic>
#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "robocert/codec/line_framer.hpp"
#include "robocert/codec/pose_sample.hpp"
#include "robocert/devices/device.hpp"
#include "robocert/protocols/asio.hpp"
#include "robocert/transport/link.hpp"

namespace robocert::devices {
class DeviceLifecycle;
}

namespace robocert::drivers {

struct TrackerOptions {
  std::chrono::milliseconds replyTimeout{1000};    // *IDN?, STREAM, STOP until their reply
  std::chrono::milliseconds measureTimeout{2000};  // MEAS? until its sample line
  // The sample line format the tracker is configured for (default "S <seq> <t_ns> <x> ... <c>").
  // Must be valid (codec::validate); the constructor throws std::invalid_argument otherwise.
  codec::SampleFormat sampleFormat;
  // false: a sequence gap in a stream is counted (lostSamples()) and the stream goes on.
  // true: a gap, a sample line that does not parse or an oversized line ends the stream: the
  // driver sends STOP, delivers nothing more, and reports a DeviceError (Protocol) through the
  // stream error handler.
  bool strictSequence = false;
  std::size_t maxLineBytes = 1024;  // longer lines are dropped (and counted as malformed)
  transport::Link::Options link;    // connect/write timeouts and reconnect backoff
};

class TrackerDriver final : public devices::PoseSensor {
 public:
  using SampleHandler = std::function<void(std::span<const devices::PoseSample>)>;
  using StreamErrorHandler = std::function<void(const devices::DeviceError&)>;
  // What happens to the connection, for whoever owns the device's state (DeviceLifecycle):
  // `up` once connected (identify then), `down` whenever the connection is lost or a connection
  // attempt fails (with a reason for a person), `fault` when the tracker reports a hardware
  // fault (ERR 50).
  struct ConnectionHooks {
    std::function<void()> up;
    std::function<void(const std::string& reason)> down;
    std::function<void(const std::string& reason)> fault;
  };

  // Throws std::invalid_argument for an invalid sample format or maxLineBytes == 0.
  TrackerDriver(boost::asio::io_context& io, transport::Url url, TrackerOptions options = {},
                transport::FrameLog* log = nullptr);
  ~TrackerDriver() override;
  TrackerDriver(const TrackerDriver&) = delete;
  TrackerDriver& operator=(const TrackerDriver&) = delete;

  // Set these before start(); they replace earlier ones.
  void setConnectionHooks(ConnectionHooks hooks);
  // Hooks that report to `lifecycle` (linkUp, linkDown, fault); it must outlive the driver. The
  // lifecycle then identifies the tracker on every connection and owns its state.
  void attach(devices::DeviceLifecycle& lifecycle);
  // Called when a running stream ends without stopStream(): Disconnected (link lost), Refused
  // (the tracker sent ERR, e.g. 30 no target), Fault (ERR 50), Protocol (strictSequence).
  void onStreamError(StreamErrorHandler handler);

  // Connects, and reconnects after every loss until stop().
  void start();
  // Closes the connection; pending operations complete with Disconnected.
  void stop();

  // *IDN? -> maker,model,serial,firmware (codec::scpi::parseIdentity). Refused while streaming.
  void identify(devices::Completion<devices::Identity> done) override;
  // MEAS? -> one sample (tracker frame, mm and degrees). Refused while streaming; Refused with
  // the tracker's text on ERR (e.g. "30 no target"); Protocol when the line does not parse.
  void measure(devices::Completion<devices::PoseSample> done) override;
  // STREAM <rateHz>: `started` completes on the tracker's OK (or with its ERR as Refused); then
  // every received chunk's samples arrive as one batch (in order, on the I/O thread; the span is
  // valid during the call only) until stopStream() completes or the stream fails (see
  // onStreamError). rateHz must be finite and > 0. Refused while a stream runs.
  void startStream(double rateHz, SampleHandler onSamples, devices::Done started) override;
  // STOP: completes on the tracker's OK; samples sent before that OK are still delivered.
  // Completes at once when no stream runs.
  void stopStream(devices::Done done) override;

  // Counters since construction, readable from any thread.
  // Stream samples received (whether or not they were delivered).
  std::uint64_t receivedSamples() const { return received_.load(std::memory_order_relaxed); }
  // Samples missing from streams: the sum of forward sequence gaps. A line that did not parse
  // shows up here too (as the gap it leaves).
  std::uint64_t lostSamples() const { return lost_.load(std::memory_order_relaxed); }
  // Stream samples whose sequence number went backwards (tracker restarted its numbering).
  std::uint64_t outOfOrderSamples() const { return outOfOrder_.load(std::memory_order_relaxed); }
  // Lines in a stream that did not parse, oversized lines, lines nobody asked for.
  std::uint64_t malformedLines() const { return malformed_.load(std::memory_order_relaxed); }

  const transport::Url& url() const { return url_; }

 private:
  struct Command;
  enum class Stream { Off, Starting, On, Stopping };

  template <typename F>
  void post(F&& work);
  void postCommand(Command command);
  void submit(Command command);
  void dispatch();
  void send(Command command);
  void armTimer(std::chrono::milliseconds timeout);
  void timedOut();
  void linkState(transport::Link::State state, std::error_code ec);
  void connectionLost(const std::string& reason);
  void resetConnection(const std::string& reason);
  void received(std::span<const std::uint8_t> bytes);
  void line(std::string_view text);
  void streamLine(std::string_view text);
  void reply(std::string_view text);
  void streamSample();
  // The running stream failed: trackerStopped says whether the tracker itself ended it (ERR).
  void endStream(const devices::DeviceError& error, bool trackerStopped);
  void flushBatch();
  // Calls the command's completion (error required for identify and measure).
  static void finish(Command& command, const std::optional<devices::DeviceError>& error);
  void completeCurrent(const std::optional<devices::DeviceError>& error);
  devices::DeviceError trackerError(std::string_view line);
  std::string describeSampleError(std::string_view what, std::string_view text,
                                  const codec::SampleError& e) const;

  boost::asio::io_context& io_;
  transport::Url url_;
  TrackerOptions options_;
  std::shared_ptr<int> token_ = std::make_shared<int>(0);  // posted work holds a weak copy
  codec::LineFramer framer_;
  boost::asio::steady_timer timer_;
  std::uint64_t timerGeneration_ = 0;
  std::deque<Command> queue_;
  std::unique_ptr<Command> current_;  // sent, awaiting its reply
  bool connected_ = false;
  std::uint64_t connection_ = 0;  // bumps on every loss: a chunk being processed stops there
  std::string resetReason_;       // why the driver itself dropped the connection
  Stream stream_ = Stream::Off;
  SampleHandler onSamples_;  // the running stream's handler (null once it failed)
  std::optional<std::uint64_t> nextSeq_;
  codec::PoseSample parsed_;
  std::vector<devices::PoseSample> batch_;  // reused: no allocation per sample once grown
  std::uint64_t batchReceived_ = 0;
  ConnectionHooks hooks_;
  StreamErrorHandler onStreamError_;
  std::atomic<std::uint64_t> received_{0};
  std::atomic<std::uint64_t> lost_{0};
  std::atomic<std::uint64_t> outOfOrder_{0};
  std::atomic<std::uint64_t> malformed_{0};
  transport::Link link_;  // last: destroyed first, so no callback reaches a destroyed member
};

}  // namespace robocert::drivers
