// TrackerDriver against a scripted tracker on 127.0.0.1 (a real TCP socket, port chosen by the
// kernel), both on the test's io_context, which the test runs until what it waits for happened.
#include "robocert/drivers/tracker_driver.hpp"

#include <gtest/gtest.h>

#include <array>
#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "robocert/codec/line_framer.hpp"
#include "robocert/codec/pose_sample.hpp"
#include "robocert/devices/blocking.hpp"
#include "robocert/devices/lifecycle.hpp"

namespace asio = boost::asio;
using asio::ip::tcp;
using namespace std::chrono_literals;
using robocert::devices::DeviceError;
using robocert::devices::DeviceLifecycle;
using robocert::devices::DeviceState;
using robocert::devices::Identity;
using robocert::devices::Outcome;
using robocert::devices::PoseSample;
using robocert::drivers::TrackerDriver;
using robocert::drivers::TrackerOptions;
namespace codec = robocert::codec;
namespace transport = robocert::transport;

namespace {

template <typename Pred>
bool runUntil(asio::io_context& io, Pred pred, std::chrono::milliseconds timeout = 1500ms) {
  const auto end = std::chrono::steady_clock::now() + timeout;
  while (!pred() && std::chrono::steady_clock::now() < end) {
    io.restart();
    io.run_for(2ms);
  }
  return pred();
}

// What the scripted tracker measures: sample `seq` at 1 kHz on a slow linear path.
codec::PoseSample truth(std::uint64_t seq) {
  return {seq,
          static_cast<std::int64_t>(seq) * 1'000'000,
          {1000.0 + 0.001 * static_cast<double>(seq), -250.5, 900.25},
          {179.5, -0.25, 90.0}};
}

void expectTruth(const PoseSample& s, std::uint64_t seq) {
  const codec::PoseSample t = truth(seq);
  EXPECT_EQ(s.seq, seq);
  EXPECT_EQ(s.tNs, t.tNs);
  EXPECT_EQ(s.pose.positionMm.x(), t.positionMm[0]);
  EXPECT_EQ(s.pose.positionMm.y(), t.positionMm[1]);
  EXPECT_EQ(s.pose.positionMm.z(), t.positionMm[2]);
  EXPECT_EQ(s.pose.anglesDeg.x(), t.anglesDeg[0]);
  EXPECT_EQ(s.pose.anglesDeg.y(), t.anglesDeg[1]);
  EXPECT_EQ(s.pose.anglesDeg.z(), t.anglesDeg[2]);
}

// A tracker following docs/protocols/tracker.md, with knobs for the failure modes.
class FakeTracker {
 public:
  explicit FakeTracker(asio::io_context& io)
      : acceptor_(io, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0)) {
    accept();
  }
  std::uint16_t port() const { return acceptor_.local_endpoint().port(); }
  transport::Url url() const {
    return std::get<transport::Url>(
        transport::parseUrl("tcp://127.0.0.1:" + std::to_string(port())));
  }

  // ---- Script ----
  std::string identity = "Acme Metrology,LT-9,SN 1234,2.1.0";
  codec::SampleFormat format;            // the sample lines it writes
  std::size_t streamSamples = 0;         // written right after STREAM's OK
  std::set<std::uint64_t> skip;          // sequence numbers used up but not written (a gap)
  std::optional<std::size_t> dropAfter;  // close the connection after this many stream samples
  std::string streamEnd;                 // a line after the stream samples (e.g. "ERR 30 ...")
  std::map<std::string, std::string> replies;  // command -> reply line instead of the default
  bool silent = false;                         // read commands, never answer

  // ---- Observations ----
  int accepted = 0;
  std::vector<std::string> commands;
  std::uint64_t nextSeq = 0;

  void dropAll() {
    for (auto& weak : connections_) {
      if (auto c = weak.lock()) {
        boost::system::error_code ignored;
        c->socket.close(ignored);
      }
    }
  }

 private:
  struct Connection {
    explicit Connection(tcp::socket s) : socket(std::move(s)) {}
    tcp::socket socket;
    codec::LineFramer framer;
    std::array<char, 4096> buffer{};
    std::string pending;
    bool writing = false;
    bool closeWhenWritten = false;
  };
  using Ptr = std::shared_ptr<Connection>;

  void accept() {
    acceptor_.async_accept([this](boost::system::error_code ec, tcp::socket s) {
      if (ec) return;
      ++accepted;
      auto c = std::make_shared<Connection>(std::move(s));
      connections_.push_back(c);
      read(c);
      accept();
    });
  }

  void read(const Ptr& c) {
    c->socket.async_read_some(asio::buffer(c->buffer),
                              [this, c](boost::system::error_code ec, std::size_t n) {
                                if (ec) return;
                                c->framer.feed(std::string_view(c->buffer.data(), n));
                                while (auto e = c->framer.next()) {
                                  if (const auto* l = std::get_if<codec::Line>(&*e)) {
                                    handle(c, std::string(l->text));
                                  }
                                }
                                read(c);
                              });
  }

  void handle(const Ptr& c, const std::string& command) {
    commands.push_back(command);
    if (silent) return;
    if (auto it = replies.find(command); it != replies.end()) {
      write(c, it->second + "\n");
      return;
    }
    if (command == "*IDN?") {
      write(c, identity + "\n");
    } else if (command == "MEAS?") {
      write(c, sampleLine(nextSeq++));
    } else if (command.rfind("STREAM ", 0) == 0) {
      std::string out = "OK\n";
      std::size_t written = 0;
      for (std::size_t i = 0; i < streamSamples; ++i) {
        const std::uint64_t seq = nextSeq++;
        if (skip.count(seq) != 0) continue;
        if (dropAfter && written == *dropAfter) break;
        out += sampleLine(seq);
        ++written;
      }
      if (dropAfter) {
        c->closeWhenWritten = true;
      } else if (!streamEnd.empty()) {
        out += streamEnd + "\n";
      }
      write(c, out);
    } else if (command == "STOP") {
      write(c, "OK\n");
    } else {
      write(c, "ERR 10 unknown command\n");
    }
  }

  std::string sampleLine(std::uint64_t seq) const {
    std::string line;
    codec::appendSample(line, truth(seq), format);
    return line + "\n";
  }

  void write(const Ptr& c, const std::string& bytes) {
    c->pending += bytes;
    if (!c->writing) flush(c);
  }

  void flush(const Ptr& c) {
    if (c->pending.empty()) {
      if (c->closeWhenWritten) {
        boost::system::error_code ignored;
        c->socket.shutdown(tcp::socket::shutdown_both, ignored);
        c->socket.close(ignored);
      }
      return;
    }
    c->writing = true;
    auto data = std::make_shared<std::string>(std::move(c->pending));
    c->pending.clear();
    asio::async_write(c->socket, asio::buffer(*data),
                      [this, c, data](boost::system::error_code ec, std::size_t) {
                        c->writing = false;
                        if (!ec) flush(c);
                      });
  }

  tcp::acceptor acceptor_;
  std::vector<std::weak_ptr<Connection>> connections_;
};

TrackerOptions fastOptions() {
  TrackerOptions o;
  o.replyTimeout = 300ms;
  o.measureTimeout = 300ms;
  o.link.connectTimeout = 500ms;
  o.link.backoffInitial = 10ms;
  o.link.backoffMax = 50ms;
  return o;
}

// Records the connection hooks.
struct Hooks {
  int up = 0;
  std::vector<std::string> down;
  std::vector<std::string> faults;
  void attach(TrackerDriver& d) {
    d.setConnectionHooks({[this] { ++up; }, [this](const std::string& r) { down.push_back(r); },
                          [this](const std::string& r) { faults.push_back(r); }});
  }
};

template <typename T>
struct Result {
  std::optional<Outcome<T>> outcome;
  robocert::devices::Completion<T> callback() {
    return [this](Outcome<T> r) { outcome = std::move(r); };
  }
  bool done() const { return outcome.has_value(); }
  const T* value() const { return outcome ? std::get_if<T>(&*outcome) : nullptr; }
  const DeviceError* error() const {
    return outcome ? std::get_if<DeviceError>(&*outcome) : nullptr;
  }
};

struct DoneResult {
  std::optional<std::optional<DeviceError>> outcome;
  robocert::devices::Done callback() {
    return [this](std::optional<DeviceError> e) { outcome = std::move(e); };
  }
  bool done() const { return outcome.has_value(); }
  bool ok() const { return outcome && !outcome->has_value(); }
  const DeviceError* error() const { return outcome && *outcome ? &**outcome : nullptr; }
};

// The error a finished operation failed with; a test failure (and an empty error) if it did not.
template <typename R>
DeviceError errorOf(const R& r) {
  const DeviceError* e = r.error();
  if (e == nullptr) {
    ADD_FAILURE() << "the operation did not fail";
    return {};
  }
  return *e;
}

// Samples delivered by a stream, and how many batches they came in.
struct Collected {
  std::vector<PoseSample> samples;
  int batches = 0;
  TrackerDriver::SampleHandler handler() {
    return [this](std::span<const PoseSample> batch) {
      ++batches;
      samples.insert(samples.end(), batch.begin(), batch.end());
    };
  }
};

// A driver on `server`, connected.
struct Connected {
  Connected(asio::io_context& io, FakeTracker& server, TrackerOptions options = fastOptions())
      : driver(io, server.url(), std::move(options)) {
    hooks.attach(driver);
    driver.start();
    ok = runUntil(io, [&] { return hooks.up >= 1; });
  }
  TrackerDriver driver;
  Hooks hooks;
  bool ok = false;
};

}  // namespace

TEST(TrackerDriver, LifecycleIdentifiesTheTrackerOnConnect) {
  asio::io_context io;
  FakeTracker server(io);
  TrackerDriver driver(io, server.url(), fastOptions());
  DeviceLifecycle lifecycle(driver, "tracker");
  driver.attach(lifecycle);
  driver.start();
  ASSERT_TRUE(runUntil(io, [&] { return lifecycle.state() == DeviceState::Ready; }))
      << lifecycle.reason();
  const auto id = lifecycle.identity();
  ASSERT_TRUE(id.has_value());
  EXPECT_EQ(id->maker, "Acme Metrology");
  EXPECT_EQ(id->model, "LT-9");
  EXPECT_EQ(id->serial, "SN 1234");
  EXPECT_EQ(id->firmware, "2.1.0");
  EXPECT_EQ(server.commands, std::vector<std::string>{"*IDN?"});
}

TEST(TrackerDriver, MeasureReturnsOneSample) {
  asio::io_context io;
  FakeTracker server(io);
  server.nextSeq = 41;
  Connected c(io, server);
  ASSERT_TRUE(c.ok);
  Result<PoseSample> r;
  c.driver.measure(r.callback());
  ASSERT_TRUE(runUntil(io, [&] { return r.done(); }));
  ASSERT_NE(r.value(), nullptr) << errorOf(r).message;
  expectTruth(*r.value(), 41);
  EXPECT_EQ(server.commands, std::vector<std::string>{"MEAS?"});
}

TEST(TrackerDriver, StreamDeliversEverySampleInOrder) {
  asio::io_context io;
  FakeTracker server(io);
  server.streamSamples = 20000;  // about 1.2 MB: many chunks, lines split across them
  server.nextSeq = 7;
  Connected c(io, server);
  ASSERT_TRUE(c.ok);
  Collected got;
  DoneResult started;
  c.driver.startStream(1000.0, got.handler(), started.callback());
  ASSERT_TRUE(runUntil(io, [&] { return got.samples.size() >= 20000; }));
  EXPECT_TRUE(started.ok());
  DoneResult stopped;
  c.driver.stopStream(stopped.callback());
  ASSERT_TRUE(runUntil(io, [&] { return stopped.done(); }));
  EXPECT_TRUE(stopped.ok());
  ASSERT_EQ(got.samples.size(), 20000u);
  for (std::size_t i = 0; i < got.samples.size(); ++i) {
    ASSERT_EQ(got.samples[i].seq, 7 + i) << "sample " << i;
  }
  expectTruth(got.samples.front(), 7);
  expectTruth(got.samples.back(), 7 + 19999);
  EXPECT_GT(got.batches, 1);
  EXPECT_EQ(c.driver.lostSamples(), 0u);
  EXPECT_EQ(c.driver.receivedSamples(), 20000u);
  EXPECT_EQ(c.driver.malformedLines(), 0u);
  EXPECT_EQ(server.commands, (std::vector<std::string>{"STREAM 1000", "STOP"}));
}

TEST(TrackerDriver, SequenceGapIsCounted) {
  asio::io_context io;
  FakeTracker server(io);
  server.streamSamples = 100;
  server.skip = {10, 11, 12, 50};
  Connected c(io, server);
  ASSERT_TRUE(c.ok);
  Collected got;
  DoneResult started;
  c.driver.startStream(500.0, got.handler(), started.callback());
  ASSERT_TRUE(runUntil(io, [&] { return got.samples.size() >= 96; }));
  ASSERT_TRUE(runUntil(io, [&] { return c.driver.receivedSamples() >= 96; }));
  EXPECT_EQ(got.samples.size(), 96u);
  EXPECT_EQ(c.driver.lostSamples(), 4u);
  EXPECT_EQ(got.samples[10].seq, 13u);
  EXPECT_EQ(server.commands.front(), "STREAM 500");
}

TEST(TrackerDriver, StrictSequenceEndsTheStreamAtAGap) {
  asio::io_context io;
  FakeTracker server(io);
  server.streamSamples = 100;
  server.skip = {10, 11, 12};
  TrackerOptions o = fastOptions();
  o.strictSequence = true;
  Connected c(io, server, o);
  ASSERT_TRUE(c.ok);
  std::optional<DeviceError> streamError;
  c.driver.onStreamError([&](const DeviceError& e) { streamError = e; });
  Collected got;
  DoneResult started;
  c.driver.startStream(1000.0, got.handler(), started.callback());
  ASSERT_TRUE(runUntil(io, [&] { return streamError.has_value(); }));
  EXPECT_EQ(streamError->kind, DeviceError::Kind::Protocol);
  EXPECT_NE(streamError->message.find("3 samples lost"), std::string::npos) << streamError->message;
  // Everything before the gap, nothing after it; the driver stopped the tracker itself.
  ASSERT_EQ(got.samples.size(), 10u);
  EXPECT_EQ(got.samples.back().seq, 9u);
  ASSERT_TRUE(runUntil(io, [&] { return server.commands.size() >= 2; }));
  EXPECT_EQ(server.commands[1], "STOP");
  // Once the tracker said OK the driver takes commands again.
  Result<PoseSample> m;
  c.driver.measure(m.callback());
  ASSERT_TRUE(runUntil(io, [&] { return m.done(); }));
  EXPECT_NE(m.value(), nullptr);
  EXPECT_EQ(got.samples.size(), 10u);
}

TEST(TrackerDriver, CustomCsvSampleFormat) {
  asio::io_context io;
  FakeTracker server(io);
  auto made = codec::makeSampleFormat("seq, _, t_s, x, y, z, a, b, c", ',', "");
  ASSERT_TRUE(std::holds_alternative<codec::SampleFormat>(made));
  server.format = std::get<codec::SampleFormat>(made);
  server.streamSamples = 300;
  TrackerOptions o = fastOptions();
  o.sampleFormat = server.format;
  Connected c(io, server, o);
  ASSERT_TRUE(c.ok);
  Result<PoseSample> m;
  c.driver.measure(m.callback());
  ASSERT_TRUE(runUntil(io, [&] { return m.done(); }));
  ASSERT_NE(m.value(), nullptr) << errorOf(m).message;
  expectTruth(*m.value(), 0);

  Collected got;
  DoneResult started;
  DoneResult stopped;
  c.driver.startStream(250.0, got.handler(), started.callback());
  ASSERT_TRUE(runUntil(io, [&] { return got.samples.size() >= 300; }));
  c.driver.stopStream(stopped.callback());
  ASSERT_TRUE(runUntil(io, [&] { return stopped.done(); }));
  ASSERT_EQ(got.samples.size(), 300u);
  for (std::size_t i = 0; i < 300; ++i) expectTruth(got.samples[i], 1 + i);
  EXPECT_EQ(c.driver.lostSamples(), 0u);
}

TEST(TrackerDriver, ErrRepliesAreRefusedWithTheTrackersText) {
  asio::io_context io;
  FakeTracker server(io);
  server.replies["MEAS?"] = "ERR 30 no target";
  server.replies["STREAM 2000"] = "ERR 12 rate out of range";
  Connected c(io, server);
  ASSERT_TRUE(c.ok);
  Result<PoseSample> m;
  c.driver.measure(m.callback());
  DoneResult started;
  Collected got;
  c.driver.startStream(2000.0, got.handler(), started.callback());
  ASSERT_TRUE(runUntil(io, [&] { return m.done() && started.done(); }));
  ASSERT_NE(m.error(), nullptr);
  EXPECT_EQ(errorOf(m).kind, DeviceError::Kind::Refused);
  EXPECT_NE(errorOf(m).message.find("30: no target"), std::string::npos) << errorOf(m).message;
  ASSERT_NE(started.error(), nullptr);
  EXPECT_EQ(errorOf(started).kind, DeviceError::Kind::Refused);
  EXPECT_NE(errorOf(started).message.find("12: rate out of range"), std::string::npos);

  // ERR 50 is a fault: the operation says so and the state's owner hears of it.
  server.replies["MEAS?"] = "ERR 50 laser not ready";
  Result<PoseSample> f;
  c.driver.measure(f.callback());
  ASSERT_TRUE(runUntil(io, [&] { return f.done(); }));
  ASSERT_NE(f.error(), nullptr);
  EXPECT_EQ(errorOf(f).kind, DeviceError::Kind::Fault);
  ASSERT_EQ(c.hooks.faults.size(), 1u);
  EXPECT_NE(c.hooks.faults[0].find("laser not ready"), std::string::npos);
}

TEST(TrackerDriver, MalformedReplyIsAProtocolErrorNamingTheField) {
  asio::io_context io;
  FakeTracker server(io);
  server.replies["MEAS?"] = "S 1 2 3 4 five 6 7 8";
  server.replies["*IDN?"] = "LT-9 without commas";
  Connected c(io, server);
  ASSERT_TRUE(c.ok);
  Result<PoseSample> m;
  Result<Identity> id;
  c.driver.measure(m.callback());
  c.driver.identify(id.callback());
  ASSERT_TRUE(runUntil(io, [&] { return m.done() && id.done(); }));
  ASSERT_NE(m.error(), nullptr);
  EXPECT_EQ(errorOf(m).kind, DeviceError::Kind::Protocol);
  EXPECT_NE(errorOf(m).message.find("not a number (field 5, column 11"), std::string::npos)
      << errorOf(m).message;
  ASSERT_NE(id.error(), nullptr);
  EXPECT_EQ(errorOf(id).kind, DeviceError::Kind::Protocol);
}

TEST(TrackerDriver, NoReplyTimesOutAndReconnects) {
  asio::io_context io;
  FakeTracker server(io);
  server.silent = true;
  TrackerOptions o = fastOptions();
  o.measureTimeout = 150ms;
  Connected c(io, server, o);
  ASSERT_TRUE(c.ok);
  Result<PoseSample> m;
  const auto t0 = std::chrono::steady_clock::now();
  c.driver.measure(m.callback());
  ASSERT_TRUE(runUntil(io, [&] { return m.done(); }));
  const auto took = std::chrono::steady_clock::now() - t0;
  ASSERT_NE(m.error(), nullptr);
  EXPECT_EQ(errorOf(m).kind, DeviceError::Kind::Timeout);
  EXPECT_NE(errorOf(m).message.find("MEAS?"), std::string::npos);
  EXPECT_GE(took, 150ms);
  EXPECT_LT(took, 1000ms);
  // A fresh connection, so a late reply cannot answer the next command.
  ASSERT_TRUE(runUntil(io, [&] { return server.accepted == 2 && c.hooks.up == 2; }));
  ASSERT_FALSE(c.hooks.down.empty());
  EXPECT_NE(c.hooks.down[0].find("no reply to MEAS?"), std::string::npos) << c.hooks.down[0];
}

TEST(TrackerDriver, ServerDropMidStreamFailsAtOnceAndReconnects) {
  asio::io_context io;
  FakeTracker server(io);
  server.streamSamples = 1000;
  server.dropAfter = 400;
  TrackerDriver driver(io, server.url(), fastOptions());
  DeviceLifecycle lifecycle(driver, "tracker");
  std::vector<DeviceState> states;
  lifecycle.onChange([&](DeviceState s, const std::string&) { states.push_back(s); });
  driver.attach(lifecycle);
  std::optional<DeviceError> streamError;
  driver.onStreamError([&](const DeviceError& e) { streamError = e; });
  driver.start();
  ASSERT_TRUE(runUntil(io, [&] { return lifecycle.state() == DeviceState::Ready; }));

  Collected got;
  DoneResult started;
  driver.startStream(1000.0, got.handler(), started.callback());
  ASSERT_TRUE(runUntil(io, [&] { return streamError.has_value(); }));
  EXPECT_EQ(streamError->kind, DeviceError::Kind::Disconnected);
  EXPECT_TRUE(started.ok());
  EXPECT_EQ(got.samples.size(), 400u);
  // A stop after the loss has nothing to stop.
  DoneResult stopped;
  driver.stopStream(stopped.callback());
  ASSERT_TRUE(runUntil(io, [&] { return stopped.done(); }));
  EXPECT_TRUE(stopped.ok());

  // Back: reconnected, identified again, and measuring.
  server.dropAfter.reset();
  ASSERT_TRUE(runUntil(io, [&] { return lifecycle.state() == DeviceState::Ready; }));
  EXPECT_EQ(server.accepted, 2);
  EXPECT_NE(std::find(states.begin(), states.end(), DeviceState::Disconnected), states.end());
  Result<PoseSample> m;
  driver.measure(m.callback());
  ASSERT_TRUE(runUntil(io, [&] { return m.done(); }));
  EXPECT_NE(m.value(), nullptr);
}

TEST(TrackerDriver, PendingOperationsFailAtOnceWhenTheLinkDrops) {
  asio::io_context io;
  FakeTracker server(io);
  server.silent = true;
  TrackerOptions o = fastOptions();
  o.measureTimeout = 10s;  // far beyond the test: only the loss can end these
  o.replyTimeout = 10s;
  Connected c(io, server, o);
  ASSERT_TRUE(c.ok);
  Result<PoseSample> first;
  Result<Identity> queued;
  c.driver.measure(first.callback());
  c.driver.identify(queued.callback());
  ASSERT_TRUE(runUntil(io, [&] { return !server.commands.empty(); }));
  const auto t0 = std::chrono::steady_clock::now();
  server.dropAll();
  ASSERT_TRUE(runUntil(io, [&] { return first.done() && queued.done(); }));
  EXPECT_LT(std::chrono::steady_clock::now() - t0, 500ms);
  ASSERT_NE(first.error(), nullptr);
  EXPECT_EQ(errorOf(first).kind, DeviceError::Kind::Disconnected);
  ASSERT_NE(queued.error(), nullptr);
  EXPECT_EQ(errorOf(queued).kind, DeviceError::Kind::Disconnected);
}

TEST(TrackerDriver, OperationsWithoutAConnectionFailAtOnce) {
  asio::io_context io;
  std::uint16_t port = 0;
  {
    tcp::acceptor probe(io, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
    port = probe.local_endpoint().port();
  }  // nothing listens there now
  TrackerOptions o = fastOptions();
  o.link.reconnect = false;
  TrackerDriver driver(
      io, std::get<transport::Url>(transport::parseUrl("tcp://127.0.0.1:" + std::to_string(port))),
      o);
  DeviceLifecycle lifecycle(driver, "tracker");
  driver.attach(lifecycle);
  driver.start();
  ASSERT_TRUE(runUntil(io, [&] { return !lifecycle.reason().empty(); }));
  EXPECT_EQ(lifecycle.state(), DeviceState::Disconnected);
  EXPECT_NE(lifecycle.reason().find("refused"), std::string::npos) << lifecycle.reason();
  Result<PoseSample> m;
  driver.measure(m.callback());
  ASSERT_TRUE(runUntil(io, [&] { return m.done(); }));
  ASSERT_NE(m.error(), nullptr);
  EXPECT_EQ(errorOf(m).kind, DeviceError::Kind::Disconnected);
}

TEST(TrackerDriver, StreamErrFromTheTrackerEndsTheStream) {
  asio::io_context io;
  FakeTracker server(io);
  server.streamSamples = 50;
  server.streamEnd = "ERR 30 no target";
  Connected c(io, server);
  ASSERT_TRUE(c.ok);
  std::optional<DeviceError> streamError;
  c.driver.onStreamError([&](const DeviceError& e) { streamError = e; });
  Collected got;
  DoneResult started;
  c.driver.startStream(1000.0, got.handler(), started.callback());
  ASSERT_TRUE(runUntil(io, [&] { return streamError.has_value(); }));
  EXPECT_EQ(streamError->kind, DeviceError::Kind::Refused);
  EXPECT_NE(streamError->message.find("no target"), std::string::npos);
  EXPECT_EQ(got.samples.size(), 50u);
  // The tracker no longer streams: a measurement goes through at once.
  Result<PoseSample> m;
  c.driver.measure(m.callback());
  ASSERT_TRUE(runUntil(io, [&] { return m.done(); }));
  EXPECT_NE(m.value(), nullptr);
}

TEST(TrackerDriver, MeasureWhileStreamingIsRefused) {
  asio::io_context io;
  FakeTracker server(io);
  server.streamSamples = 10;
  Connected c(io, server);
  ASSERT_TRUE(c.ok);
  Collected got;
  DoneResult started;
  Result<PoseSample> m;
  DoneResult again;
  c.driver.startStream(1000.0, got.handler(), started.callback());
  c.driver.measure(m.callback());
  c.driver.startStream(1000.0, got.handler(), again.callback());
  ASSERT_TRUE(runUntil(io, [&] { return m.done() && again.done(); }));
  ASSERT_NE(m.error(), nullptr);
  EXPECT_EQ(errorOf(m).kind, DeviceError::Kind::Refused);
  ASSERT_NE(again.error(), nullptr);
  EXPECT_EQ(errorOf(again).kind, DeviceError::Kind::Refused);
  EXPECT_EQ(server.commands, std::vector<std::string>{"STREAM 1000"});
}

TEST(TrackerDriver, InvalidRateIsRefusedWithoutSending) {
  asio::io_context io;
  FakeTracker server(io);
  Connected c(io, server);
  ASSERT_TRUE(c.ok);
  Collected got;
  DoneResult started;
  c.driver.startStream(0.0, got.handler(), started.callback());
  ASSERT_TRUE(runUntil(io, [&] { return started.done(); }));
  ASSERT_NE(started.error(), nullptr);
  EXPECT_EQ(errorOf(started).kind, DeviceError::Kind::Refused);
  EXPECT_TRUE(server.commands.empty());
}

TEST(TrackerDriver, DestroyingTheDriverCompletesEveryOperation) {
  asio::io_context io;
  FakeTracker server(io);
  server.silent = true;
  Result<PoseSample> sent;
  Result<Identity> queued;
  Result<PoseSample> notYetRun;
  {
    Connected c(io, server);
    ASSERT_TRUE(c.ok);
    c.driver.measure(sent.callback());
    c.driver.identify(queued.callback());
    ASSERT_TRUE(runUntil(io, [&] { return !server.commands.empty(); }));
    c.driver.measure(notYetRun.callback());  // posted, still in the io_context's queue
  }
  for (const DeviceError* e : {sent.error(), queued.error()}) {
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->kind, DeviceError::Kind::Disconnected);
  }
  EXPECT_FALSE(notYetRun.done());
  io.restart();
  io.poll();
  ASSERT_NE(notYetRun.error(), nullptr);
  EXPECT_EQ(errorOf(notYetRun).kind, DeviceError::Kind::Disconnected);
}

TEST(TrackerDriver, InvalidSampleFormatThrows) {
  asio::io_context io;
  TrackerOptions o;
  o.sampleFormat.fields.pop_back();  // no c
  EXPECT_THROW(TrackerDriver(io, transport::Url{}, o), std::invalid_argument);
}

TEST(TrackerDriver, BlockingUseFromAnotherThread) {
  // The engine's way: the I/O thread runs the io_context, the engine thread waits.
  asio::io_context io;
  FakeTracker server(io);
  server.nextSeq = 5;
  TrackerDriver driver(io, server.url(), fastOptions());
  DeviceLifecycle lifecycle(driver, "tracker");
  driver.attach(lifecycle);
  driver.start();
  auto work = asio::make_work_guard(io);
  std::thread ioThread([&] { io.run(); });
  const auto deadline = std::chrono::steady_clock::now() + 1500ms;
  while (lifecycle.state() != DeviceState::Ready && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(2ms);
  }
  EXPECT_EQ(lifecycle.state(), DeviceState::Ready);
  const auto r = robocert::devices::waitFor<PoseSample>(
      [&](robocert::devices::Completion<PoseSample> done) { driver.measure(std::move(done)); },
      1000ms);
  ASSERT_TRUE(std::holds_alternative<PoseSample>(r));
  expectTruth(std::get<PoseSample>(r), 5);
  driver.stop();
  work.reset();
  io.stop();
  ioThread.join();
}
