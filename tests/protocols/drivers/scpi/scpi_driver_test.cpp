// ScpiInstrument against a scripted SCPI instrument: real TCP sockets on 127.0.0.1 and a real
// pseudo-terminal for serial. The instrument answers per SCPI-99 the way bench instruments do: a
// query it does not know gets no reply and puts -113 "Undefined header" in its error queue, which
// SYST:ERR? empties one entry at a time and then answers +0,"No error". The test can make it
// silent, hold a reply until the test releases it (a late reply), drop the connection, or send
// garbage. The driver runs on its own io_context thread and the test thread waits with
// devices::waitFor, as the run engine does.
#include "robocert/drivers/scpi_instrument.hpp"

#include <gtest/gtest.h>
#include <pty.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <chrono>
#include <deque>
#include <future>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "io_thread.hpp"
#include "robocert/codec/line_framer.hpp"
#include "robocert/devices/blocking.hpp"
#include "robocert/devices/lifecycle.hpp"

#ifdef ROBOCERT_HAVE_SIM_SERVER
#include "robocert/sim_server/station.hpp"
#endif

namespace robocert::drivers {
namespace {

namespace asio = boost::asio;
namespace scpi = codec::scpi;
using asio::ip::tcp;
using devices::DeviceError;
using devices::DeviceLifecycle;
using devices::DeviceState;
using devices::Outcome;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

using test_support::IoThread;

// Every wait of this file is for something that must happen; the default bound is generous.
template <typename Pred>
bool eventually(Pred pred, std::chrono::milliseconds timeout = 3s) {
  return test_support::eventually(pred, timeout);
}

// ---- The scripted instrument ----

struct Script {
  std::string identity = "RoboCert,ENV-1,SN-0042,1.2.0";
  bool answerIdn = true;  // false: *IDN? is an undefined header (-113), as in old instruments
  bool silent = false;    // reads everything, answers nothing
  std::map<std::string, std::string> replies = {
      {"MEAS:TEMP?", "+2.3450000E+01"},
      {"MEAS:HUM?", "+4.5000000E+01"},
      {"CONF?", "\"TEMP TC,K\""},
  };
  std::set<std::string> held;                                           // replied to on release()
  std::map<std::string, std::vector<std::string>> errorsFor;            // SYST:ERR? lines it queues
  std::set<std::string> commands = {"*RST", "*CLS", "CONF:TEMP TC,K"};  // accepted, no reply
  std::optional<std::string> dropOn;  // closes the connection on this line (once)
};

class ScpiServer {
 public:
  explicit ScpiServer(std::string terminator = "\n")
      : terminator_(std::move(terminator)),
        acceptor_(io_.io, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0)) {
    accept();
  }
  ~ScpiServer() {
    asio::post(io_.io, [this] {
      boost::system::error_code ignored;
      acceptor_.close(ignored);
      closeAll();
    });
    io_.stop();
  }

  std::string url() const {
    return "tcp://127.0.0.1:" + std::to_string(acceptor_.local_endpoint().port());
  }

  void set(Script script) {
    std::lock_guard lock(mutex_);
    script_ = std::move(script);
  }
  template <typename F>
  void edit(F change) {
    std::lock_guard lock(mutex_);
    change(script_);
  }
  std::vector<std::string> received() const {
    std::lock_guard lock(mutex_);
    return received_;
  }
  int connections() const { return connections_; }

  void serve(int fd) {  // one end of a pseudo-terminal (takes the descriptor)
    asio::post(io_.io, [this, fd] {
      start(std::make_shared<Session<asio::posix::stream_descriptor>>(
          *this, asio::posix::stream_descriptor(io_.io, fd)));
    });
  }
  // Sends the held replies now.
  void release() {
    asio::post(io_.io, [this] {
      for (auto& weak : sessions_) {
        if (auto s = weak.lock()) s->release();
      }
    });
  }
  // Writes raw bytes to every connection, unasked.
  void sendRaw(std::string bytes) {
    asio::post(io_.io, [this, bytes = std::move(bytes)] {
      for (auto& weak : sessions_) {
        if (auto s = weak.lock()) s->write(bytes);
      }
    });
  }

 private:
  struct SessionBase {
    virtual ~SessionBase() = default;
    virtual void close() = 0;
    virtual void release() = 0;
    virtual void write(std::string text) = 0;
  };

  template <typename Stream>
  class Session : public SessionBase, public std::enable_shared_from_this<Session<Stream>> {
   public:
    Session(ScpiServer& server, Stream stream)
        : server_(server),
          stream_(std::move(stream)),
          framer_({.terminator = server.terminator_, .maxLineBytes = 4096}) {}
    void read() {
      auto self = this->shared_from_this();
      stream_.async_read_some(asio::buffer(buffer_),
                              [self](boost::system::error_code ec, std::size_t n) {
                                if (ec) return;
                                self->framer_.feed(std::string_view(self->buffer_.data(), n));
                                while (auto e = self->framer_.next()) {
                                  if (const auto* line = std::get_if<codec::Line>(&*e)) {
                                    if (!self->handle(std::string(line->text))) return;
                                  }
                                }
                                self->read();
                              });
    }
    void close() override {
      boost::system::error_code ignored;
      stream_.close(ignored);
    }
    void release() override {
      for (auto& text : held_) write(std::move(text));
      held_.clear();
    }
    void write(std::string text) override {
      queue_.push_back(std::move(text));
      if (queue_.size() == 1) writeNext();
    }

   private:
    // False when the connection was closed.
    bool handle(const std::string& line) {
      Script script;
      {
        std::lock_guard lock(server_.mutex_);
        server_.received_.push_back(line);
        if (server_.script_.dropOn == line) {
          server_.script_.dropOn.reset();
          close();
          return false;
        }
        script = server_.script_;
      }
      if (script.silent) return true;
      if (auto it = script.errorsFor.find(line); it != script.errorsFor.end()) {
        errors_.insert(errors_.end(), it->second.begin(), it->second.end());
      }
      if (auto it = script.replies.find(line); it != script.replies.end()) {
        reply(script, line, it->second);
      } else if (line == "SYST:ERR?") {
        if (errors_.empty()) {
          reply(script, line, "+0,\"No error\"");
        } else {
          reply(script, line, errors_.front());
          errors_.pop_front();
        }
      } else if (line == "*IDN?" && script.answerIdn) {
        reply(script, line, script.identity);
      } else if (line.rfind("VOLT ", 0) == 0) {
        if (std::stod(line.substr(5)) > 20.0) {
          errors_.push_back("-222,\"Data out of range;" + line + " > 20 V\"");
        }
      } else if (script.commands.count(line) == 0 && script.errorsFor.count(line) == 0) {
        errors_.push_back("-113,\"Undefined header\"");  // and no reply, as SCPI-99 says
      }
      return true;
    }
    void reply(const Script& script, const std::string& query, const std::string& text) {
      std::string bytes = text + server_.terminator_;
      if (script.held.count(query) != 0) {
        held_.push_back(std::move(bytes));
      } else {
        write(std::move(bytes));
      }
    }
    void writeNext() {
      auto self = this->shared_from_this();
      asio::async_write(stream_, asio::buffer(queue_.front()),
                        [self](boost::system::error_code ec, std::size_t) {
                          if (ec) return;
                          self->queue_.pop_front();
                          if (!self->queue_.empty()) self->writeNext();
                        });
    }

    ScpiServer& server_;
    Stream stream_;
    codec::LineFramer framer_;
    std::array<char, 4096> buffer_{};
    std::deque<std::string> queue_;
    std::deque<std::string> errors_;  // the instrument's error queue
    std::vector<std::string> held_;
  };

  template <typename Stream>
  void start(std::shared_ptr<Session<Stream>> session) {
    ++connections_;
    sessions_.push_back(session);
    session->read();
  }

  void accept() {
    acceptor_.async_accept([this](boost::system::error_code ec, tcp::socket socket) {
      if (ec) return;
      start(std::make_shared<Session<tcp::socket>>(*this, std::move(socket)));
      accept();
    });
  }

  void closeAll() {
    for (auto& weak : sessions_) {
      if (auto s = weak.lock()) s->close();
    }
    sessions_.clear();
  }

  IoThread io_;  // first member: destroyed last, after everything its handlers refer to
  std::string terminator_;
  tcp::acceptor acceptor_;
  mutable std::mutex mutex_;
  Script script_;
  std::vector<std::string> received_;
  std::vector<std::weak_ptr<SessionBase>> sessions_;  // io thread only
  std::atomic<int> connections_{0};
};

// Records the raw traffic, as a FileFrameLog would, in memory.
class MemoryLog : public transport::FrameLog {
 public:
  void record(Direction d, std::chrono::system_clock::time_point,
              std::span<const std::uint8_t> bytes) override {
    std::lock_guard lock(mutex_);
    (d == Direction::Sent ? sent_ : received_).append(bytes.begin(), bytes.end());
  }
  std::string sent() const {
    std::lock_guard lock(mutex_);
    return sent_;
  }
  std::string received() const {
    std::lock_guard lock(mutex_);
    return received_;
  }

 private:
  mutable std::mutex mutex_;
  std::string sent_;
  std::string received_;
};

// ---- Fixture: a driver on its own io thread ----

ScpiOptions fastOptions() {
  ScpiOptions o;
  o.timeout = 1s;
  o.idnTimeout = 1s;
  o.lateReplyWindow = 300ms;
  o.measureQuery = "MEAS:TEMP?";
  o.quantity = "temperature";
  o.unit = "°C";
  o.link.backoffInitial = 20ms;
  o.link.backoffMax = 100ms;
  return o;
}

// Blocking calls, as the run engine makes them.
Outcome<devices::Identity> identify(ScpiInstrument& i) {
  return devices::waitFor<devices::Identity>(
      [&](devices::Completion<devices::Identity> done) { i.identify(std::move(done)); }, 5s);
}
Outcome<devices::Reading> read(ScpiInstrument& i) {
  return devices::waitFor<devices::Reading>(
      [&](devices::Completion<devices::Reading> done) { i.read(std::move(done)); }, 5s);
}
Outcome<std::string> query(ScpiInstrument& i, const std::string& command) {
  return devices::waitFor<std::string>(
      [&](devices::Completion<std::string> done) { i.query(command, std::move(done)); }, 5s);
}
std::optional<DeviceError> write(ScpiInstrument& i, const std::string& command) {
  return devices::waitFor([&](devices::Done done) { i.write(command, std::move(done)); }, 5s);
}

class ScpiDriver : public ::testing::Test {
 protected:
  void TearDown() override {
    instrument_.reset();
    io_.stop();
    lifecycle_.reset();
  }

  ScpiInstrument& make(const std::string& url, ScpiOptions options = fastOptions(),
                       transport::FrameLog* log = nullptr) {
    instrument_ = std::make_unique<ScpiInstrument>(
        io_.io, std::get<transport::Url>(transport::parseUrl(url)), std::move(options), log);
    instrument_->setHooks({.linkUp = [this] { ++linkUps_; },
                           .linkDown = [this](const std::string&) { ++linkDowns_; },
                           .warning =
                               [this](const std::string& w) {
                                 std::lock_guard lock(mutex_);
                                 warnings_.push_back(w);
                               }});
    return *instrument_;
  }
  ScpiInstrument& connected(ScpiOptions options = fastOptions(),
                            transport::FrameLog* log = nullptr) {
    ScpiInstrument& i = make(server_.url(), std::move(options), log);
    i.start();
    EXPECT_TRUE(eventually([&] { return linkUps_ > 0; }));
    return i;
  }
  DeviceLifecycle& lifecycle() {
    lifecycle_ = std::make_unique<DeviceLifecycle>(*instrument_, "thermometer");
    lifecycle_->onChange([this](DeviceState s, const std::string&) {
      std::lock_guard lock(mutex_);
      states_.push_back(s);
    });
    instrument_->attach(*lifecycle_);
    return *lifecycle_;
  }
  std::vector<DeviceState> states() {
    std::lock_guard lock(mutex_);
    return states_;
  }
  std::vector<std::string> warnings() {
    std::lock_guard lock(mutex_);
    return warnings_;
  }

  ScpiServer server_;
  IoThread io_;
  std::unique_ptr<ScpiInstrument> instrument_;
  std::unique_ptr<DeviceLifecycle> lifecycle_;
  std::atomic<int> linkUps_{0};
  std::atomic<int> linkDowns_{0};
  std::mutex mutex_;
  std::vector<std::string> warnings_;
  std::vector<DeviceState> states_;
};

template <typename T>
const T& valueOf(const Outcome<T>& r) {
  if (const auto* e = std::get_if<DeviceError>(&r)) {
    ADD_FAILURE() << "DeviceError kind " << static_cast<int>(e->kind) << ": " << e->message;
    static const T empty{};
    return empty;
  }
  return std::get<T>(r);
}

template <typename T>
DeviceError errorOf(const Outcome<T>& r) {
  EXPECT_TRUE(std::holds_alternative<DeviceError>(r));
  return std::holds_alternative<DeviceError>(r) ? std::get<DeviceError>(r) : DeviceError{};
}

DeviceError errorOf(const std::optional<DeviceError>& e) {
  EXPECT_TRUE(e.has_value());
  return e.value_or(DeviceError{});
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

using Lines = std::vector<std::string>;

// ---- Identity and readings ----

TEST_F(ScpiDriver, LifecycleIdentifiesTheInstrument) {
  make(server_.url());
  DeviceLifecycle& life = lifecycle();
  instrument_->start();
  ASSERT_TRUE(eventually([&] { return life.state() == DeviceState::Ready; })) << life.reason();
  const auto id = life.identity();
  ASSERT_TRUE(id.has_value());
  EXPECT_EQ(id->maker, "RoboCert");
  EXPECT_EQ(id->model, "ENV-1");
  EXPECT_EQ(id->serial, "SN-0042");
  EXPECT_EQ(id->firmware, "1.2.0");
  const auto last = instrument_->lastIdentification();
  ASSERT_TRUE(last.has_value());
  EXPECT_EQ(last->source, scpi::IdnResult::Source::Reply);
  EXPECT_EQ(last->unansweredQueries, 0);
  EXPECT_EQ(server_.received(), Lines{"*IDN?"});
}

TEST_F(ScpiDriver, ReadGivesTheMeasurementInTheConfiguredUnit) {
  ScpiInstrument& i = connected();
  EXPECT_EQ(i.quantity(), "temperature");
  const auto before = std::chrono::system_clock::now();
  const auto r = read(i);
  const devices::Reading& reading = valueOf(r);
  // "+2.3450000E+01" is NR3 for 23.45: the same double as the literal.
  EXPECT_EQ(reading.value, 23.45);
  EXPECT_EQ(reading.unit, "°C");
  EXPECT_GE(
      reading.tNs,
      std::chrono::duration_cast<std::chrono::nanoseconds>(before.time_since_epoch()).count());
  // A query alone: no error-queue check unless asked for.
  EXPECT_EQ(server_.received(), Lines{"MEAS:TEMP?"});
}

TEST_F(ScpiDriver, QueryGivesANonNumericReplyAsItIs) {
  ScpiInstrument& i = connected();
  EXPECT_EQ(valueOf(query(i, "CONF?")), "\"TEMP TC,K\"");
  // read() needs a number: the same kind of reply is a Protocol error that quotes it.
  server_.edit([](Script& s) { s.replies["MEAS:TEMP?"] = "OVLD"; });
  const DeviceError e = errorOf(read(i));
  EXPECT_EQ(e.kind, DeviceError::Kind::Protocol);
  EXPECT_TRUE(contains(e.message, "'OVLD'")) << e.message;
  EXPECT_TRUE(contains(e.message, "not a number")) << e.message;
}

TEST_F(ScpiDriver, ScpiOverloadAndNotANumberAreNoMeasurement) {
  ScpiInstrument& i = connected();
  server_.edit([](Script& s) { s.replies["MEAS:TEMP?"] = "+9.9E37"; });
  DeviceError e = errorOf(read(i));
  EXPECT_EQ(e.kind, DeviceError::Kind::Refused);
  EXPECT_TRUE(contains(e.message, "overload")) << e.message;
  server_.edit([](Script& s) { s.replies["MEAS:TEMP?"] = "9.91E37"; });
  e = errorOf(read(i));
  EXPECT_EQ(e.kind, DeviceError::Kind::Refused);
  EXPECT_TRUE(contains(e.message, "not-a-number")) << e.message;
}

// ---- The error queue ----

TEST_F(ScpiDriver, WriteChecksTheErrorQueue) {
  ScpiInstrument& i = connected();
  EXPECT_FALSE(write(i, "VOLT 5").has_value());
  const DeviceError range = errorOf(write(i, "VOLT 99"));
  EXPECT_EQ(range.kind, DeviceError::Kind::Refused);
  EXPECT_TRUE(contains(range.message, "refused 'VOLT 99': -222 Data out of range (VOLT 99 > 20 V)"))
      << range.message;
  const DeviceError unknown = errorOf(write(i, "SOUR:FOO 1"));
  EXPECT_EQ(unknown.kind, DeviceError::Kind::Refused);
  EXPECT_TRUE(contains(unknown.message, "-113 Undefined header")) << unknown.message;
  // Each check read the queue until "No error": nothing is left to blame on the next write.
  EXPECT_FALSE(write(i, "CONF:TEMP TC,K").has_value());
  EXPECT_EQ(server_.received(),
            (Lines{"VOLT 5", "SYST:ERR?", "VOLT 99", "SYST:ERR?", "SYST:ERR?", "SOUR:FOO 1",
                   "SYST:ERR?", "SYST:ERR?", "CONF:TEMP TC,K", "SYST:ERR?"}));
}

TEST_F(ScpiDriver, EveryQueuedErrorIsReported) {
  ScpiInstrument& i = connected();
  server_.edit([](Script& s) {
    s.errorsFor["*RST"] = {"-221,\"Settings conflict\"", "+301,\"Probe open\""};
  });
  const DeviceError e = errorOf(write(i, "*RST"));
  EXPECT_EQ(e.kind, DeviceError::Kind::Refused);
  EXPECT_TRUE(contains(e.message, "-221 Settings conflict; 301 Probe open")) << e.message;
}

TEST_F(ScpiDriver, QueryWithErrorCheckReportsTheReplyAndTheError) {
  ScpiOptions o = fastOptions();
  o.checkErrorsAfterQuery = true;
  ScpiInstrument& i = connected(o);
  server_.edit([](Script& s) { s.errorsFor["MEAS:HUM?"] = {"-230,\"Data corrupt or stale\""}; });
  const DeviceError e = errorOf(query(i, "MEAS:HUM?"));
  EXPECT_EQ(e.kind, DeviceError::Kind::Refused);
  EXPECT_TRUE(contains(e.message, "(reply '+4.5000000E+01'): -230 Data corrupt or stale"))
      << e.message;
  EXPECT_EQ(valueOf(read(i)).value, 23.45);
  EXPECT_EQ(server_.received(),
            (Lines{"MEAS:HUM?", "SYST:ERR?", "SYST:ERR?", "MEAS:TEMP?", "SYST:ERR?"}));
}

TEST_F(ScpiDriver, CommandsThatWouldBreakReplyPairingAreNotSent) {
  ScpiInstrument& i = connected();
  EXPECT_EQ(errorOf(write(i, "MEAS:TEMP?")).kind, DeviceError::Kind::Refused);
  EXPECT_EQ(errorOf(write(i, "*RST;*IDN?")).kind, DeviceError::Kind::Refused);
  EXPECT_EQ(errorOf(query(i, "CONF:TEMP TC,K")).kind, DeviceError::Kind::Refused);
  EXPECT_EQ(errorOf(query(i, "MEAS:TEMP?\nMEAS:HUM?")).kind, DeviceError::Kind::Refused);
  EXPECT_EQ(errorOf(query(i, "  ")).kind, DeviceError::Kind::Refused);
  // A '?' inside a quoted string is data, not a query.
  server_.edit([](Script& s) { s.commands.insert("DISP:TEXT \"Ready?\""); });
  EXPECT_FALSE(write(i, "DISP:TEXT \"Ready?\"").has_value());
  EXPECT_EQ(server_.received(), (Lines{"DISP:TEXT \"Ready?\"", "SYST:ERR?"}));
}

// ---- Instruments that do not answer *IDN?, late replies, timeouts ----

TEST_F(ScpiDriver, InstrumentThatNeverAnswersIdnIsUnknownAndPairingHolds) {
  server_.edit([](Script& s) { s.answerIdn = false; });
  ScpiOptions o = fastOptions();
  o.idnTimeout = 100ms;  // x 2 attempts
  ScpiInstrument& i = connected(o);
  const devices::Identity id = valueOf(identify(i));
  EXPECT_EQ(id.maker, "unknown");
  EXPECT_EQ(id.model, "unknown");
  const auto last = i.lastIdentification();
  ASSERT_TRUE(last.has_value());
  EXPECT_EQ(last->source, scpi::IdnResult::Source::None);
  EXPECT_EQ(last->unansweredQueries, 2);
  // The two -113 the instrument queued for *IDN? are removed (and logged), not blamed on the
  // next write.
  EXPECT_FALSE(write(i, "VOLT 5").has_value());
  EXPECT_EQ(valueOf(read(i)).value, 23.45);
  EXPECT_EQ(server_.received(), (Lines{"*IDN?", "*IDN?", "SYST:ERR?", "SYST:ERR?", "SYST:ERR?",
                                       "VOLT 5", "SYST:ERR?", "MEAS:TEMP?"}));
  const auto w = warnings();
  ASSERT_EQ(w.size(), 2u);
  EXPECT_TRUE(contains(w[0], "-113 Undefined header")) << w[0];
}

TEST_F(ScpiDriver, FallbackIdentityWhenIdnGoesUnanswered) {
  server_.edit([](Script& s) { s.answerIdn = false; });
  ScpiOptions o = fastOptions();
  o.idnTimeout = 100ms;
  o.idnAttempts = 1;
  o.fallbackIdentity = devices::Identity{"Fluke", "1524", "B12345", ""};
  ScpiInstrument& i = connected(o);
  EXPECT_EQ(valueOf(identify(i)).model, "1524");
  EXPECT_EQ(i.lastIdentification()->source, scpi::IdnResult::Source::Fallback);
}

TEST_F(ScpiDriver, LateIdnReplyIsDiscardedNotTakenForTheNextReply) {
  server_.edit([](Script& s) { s.held = {"*IDN?"}; });
  ScpiOptions o = fastOptions();
  o.idnTimeout = 100ms;
  o.idnAttempts = 1;
  o.lateReplyWindow = 1s;  // the test releases the reply well inside it
  ScpiInstrument& i = connected(o);
  EXPECT_EQ(valueOf(identify(i)).maker, "unknown");
  // The read is made now and waits for the window to end; the late *IDN? reply comes meanwhile.
  auto reading = std::async(std::launch::async, [&] { return read(i); });
  server_.release();
  ASSERT_TRUE(eventually([&] { return i.discardedLines() == 1; }));
  EXPECT_EQ(valueOf(reading.get()).value, 23.45);
  // No reply within the attempt: the driver also emptied the (here empty) error queue.
  EXPECT_EQ(server_.received(), (Lines{"*IDN?", "SYST:ERR?", "MEAS:TEMP?"}));
  const auto w = warnings();
  ASSERT_EQ(w.size(), 1u);
  EXPECT_TRUE(contains(w[0], "late reply 'RoboCert,ENV-1,SN-0042,1.2.0'")) << w[0];
}

TEST_F(ScpiDriver, TimeoutThenTheLateReplyIsDiscarded) {
  server_.edit([](Script& s) { s.held = {"MEAS:HUM?"}; });
  ScpiOptions o = fastOptions();
  o.timeout = 150ms;
  o.lateReplyWindow = 1s;
  ScpiInstrument& i = connected(o);
  const auto t0 = Clock::now();
  const DeviceError e = errorOf(query(i, "MEAS:HUM?"));
  EXPECT_GE(Clock::now() - t0, 150ms);
  EXPECT_EQ(e.kind, DeviceError::Kind::Timeout);
  EXPECT_TRUE(contains(e.message, "no reply to 'MEAS:HUM?'")) << e.message;
  EXPECT_TRUE(contains(e.message, "within 150 ms")) << e.message;
  auto reading = std::async(std::launch::async, [&] { return read(i); });
  server_.release();
  ASSERT_TRUE(eventually([&] { return i.discardedLines() == 1; }));
  EXPECT_EQ(valueOf(reading.get()).value, 23.45);
  // The instrument knew MEAS:HUM?, so its error queue was empty.
  EXPECT_EQ(server_.received(), (Lines{"MEAS:HUM?", "SYST:ERR?", "MEAS:TEMP?"}));
}

TEST_F(ScpiDriver, SilentInstrumentTimesOutEveryOperation) {
  server_.edit([](Script& s) { s.silent = true; });
  ScpiOptions o = fastOptions();
  o.timeout = 100ms;
  o.lateReplyWindow = 50ms;
  ScpiInstrument& i = connected(o);
  EXPECT_EQ(errorOf(read(i)).kind, DeviceError::Kind::Timeout);
  const DeviceError w = errorOf(write(i, "VOLT 1"));
  EXPECT_EQ(w.kind, DeviceError::Kind::Timeout);
  EXPECT_TRUE(contains(w.message, "no reply to SYST:ERR?")) << w.message;
}

// ---- Connection ----

TEST_F(ScpiDriver, DisconnectMidQueryFailsAtOnceThenReconnects) {
  server_.edit([](Script& s) { s.dropOn = "MEAS:TEMP?"; });
  ScpiOptions o = fastOptions();
  o.timeout = 10s;  // far beyond the test: only the loss can end the query
  make(server_.url(), o);
  DeviceLifecycle& life = lifecycle();
  instrument_->start();
  ASSERT_TRUE(eventually([&] { return life.state() == DeviceState::Ready; }));
  const DeviceError e = errorOf(read(*instrument_));
  EXPECT_EQ(e.kind, DeviceError::Kind::Disconnected);
  EXPECT_TRUE(contains(e.message, server_.url())) << e.message;
  // Reconnected and identified again by the lifecycle, then measuring.
  ASSERT_TRUE(eventually([&] { return server_.connections() == 2; }));
  ASSERT_TRUE(eventually([&] { return life.state() == DeviceState::Ready; })) << life.reason();
  EXPECT_EQ(valueOf(read(*instrument_)).value, 23.45);
  EXPECT_EQ(states(), (std::vector<DeviceState>{DeviceState::Connected, DeviceState::Ready,
                                                DeviceState::Disconnected, DeviceState::Connected,
                                                DeviceState::Ready}));
  EXPECT_EQ(server_.received(), (Lines{"*IDN?", "MEAS:TEMP?", "*IDN?", "MEAS:TEMP?"}));
}

TEST_F(ScpiDriver, OperationsWithoutAConnectionFailAtOnce) {
  // Bound but not listening: connecting is refused, and no other test can take the port.
  asio::io_context holderIo;
  tcp::socket holder(holderIo);
  holder.open(tcp::v4());
  holder.bind(tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
  const std::uint16_t port = holder.local_endpoint().port();
  ScpiOptions o = fastOptions();
  o.link.reconnect = false;
  ScpiInstrument& i = make("tcp://127.0.0.1:" + std::to_string(port), o);
  i.start();
  ASSERT_TRUE(eventually([&] { return linkDowns_ > 0; }));
  const DeviceError e = errorOf(read(i));
  EXPECT_EQ(e.kind, DeviceError::Kind::Disconnected);
}

TEST_F(ScpiDriver, DestroyingTheDriverCompletesPendingOperations) {
  server_.edit([](Script& s) { s.silent = true; });
  ScpiOptions o = fastOptions();
  o.timeout = 10s;
  ScpiInstrument& i = connected(o);
  std::promise<Outcome<std::string>> answered;
  i.query("MEAS:TEMP?", [&](Outcome<std::string> r) { answered.set_value(std::move(r)); });
  ASSERT_TRUE(eventually([&] { return !server_.received().empty(); }));
  instrument_.reset();
  auto future = answered.get_future();
  ASSERT_EQ(future.wait_for(2s), std::future_status::ready);
  EXPECT_EQ(errorOf(future.get()).kind, DeviceError::Kind::Disconnected);
}

// ---- Garbage ----

TEST_F(ScpiDriver, OversizedReplyIsAProtocolErrorAndPairingHolds) {
  ScpiInstrument& i = connected();
  server_.edit([](Script& s) { s.replies["DUMP?"] = std::string(10000, '7'); });
  const DeviceError e = errorOf(query(i, "DUMP?"));
  EXPECT_EQ(e.kind, DeviceError::Kind::Protocol);
  EXPECT_TRUE(contains(e.message, "longer than 4096 bytes")) << e.message;
  EXPECT_EQ(valueOf(read(i)).value, 23.45);
}

TEST_F(ScpiDriver, GarbageIsDiscardedOrAProtocolError) {
  ScpiInstrument& i = connected();
  // The client's link is up before the server has accepted: wait for the session, or the lines
  // below go to nobody.
  ASSERT_TRUE(eventually([&] { return server_.connections() > 0; }));
  // Lines nobody asked for, one of them binary and one oversized: dropped and counted.
  server_.sendRaw(std::string("\x01\xff\xfe noise\n", 10) + std::string(5000, 'x') + "\nhello\n");
  ASSERT_TRUE(eventually([&] { return i.discardedLines() == 3; }));
  EXPECT_EQ(valueOf(read(i)).value, 23.45);
  // A garbled identity (a wrong baud rate looks like this) is not taken for a model name.
  server_.edit([](Script& s) { s.identity = std::string("\x13\x7f\xe0", 3); });
  const DeviceError id = errorOf(identify(i));
  EXPECT_EQ(id.kind, DeviceError::Kind::Protocol);
  EXPECT_TRUE(contains(id.message, "'\\x13\\x7F")) << id.message;
  // A SYST:ERR? reply that is not <code>,"<text>".
  server_.edit([](Script& s) { s.replies["SYST:ERR?"] = "What?"; });
  const DeviceError err = errorOf(write(i, "CONF:TEMP TC,K"));
  EXPECT_EQ(err.kind, DeviceError::Kind::Protocol);
  EXPECT_TRUE(contains(err.message, "'What?'")) << err.message;
}

TEST_F(ScpiDriver, ConstructorRefusesWhatCannotWork) {
  const auto url = [](const char* text) {
    return std::get<transport::Url>(transport::parseUrl(text));
  };
  EXPECT_THROW(ScpiInstrument(io_.io, url("modbus-tcp://127.0.0.1:502")), std::invalid_argument);
  ScpiOptions o;
  o.terminator = "";
  EXPECT_THROW(ScpiInstrument(io_.io, url("tcp://127.0.0.1:5025"), o), std::invalid_argument);
  o = ScpiOptions{};
  o.measureQuery = "MEAS:TEMP";
  EXPECT_THROW(ScpiInstrument(io_.io, url("tcp://127.0.0.1:5025"), o), std::invalid_argument);
}

// ---- Serial, terminator, frame log ----

TEST_F(ScpiDriver, SerialOverAPseudoTerminalWithCrLf) {
  ScpiServer serial("\r\n");
  int master = -1;
  int slave = -1;
  ASSERT_EQ(openpty(&master, &slave, nullptr, nullptr, nullptr), 0);
  const std::string device = ttyname(slave);
  serial.serve(master);
  ScpiOptions o = fastOptions();
  o.terminator = "\r\n";
  MemoryLog log;
  ScpiInstrument& i = make("serial://" + device + "?baud=9600", o, &log);
  DeviceLifecycle& life = lifecycle();
  i.start();
  ASSERT_TRUE(eventually([&] { return life.state() == DeviceState::Ready; })) << life.reason();
  EXPECT_EQ(life.identity()->serial, "SN-0042");
  EXPECT_EQ(valueOf(read(i)).value, 23.45);
  EXPECT_EQ(errorOf(write(i, "VOLT 30")).kind, DeviceError::Kind::Refused);
  EXPECT_EQ(serial.received(), (Lines{"*IDN?", "MEAS:TEMP?", "VOLT 30", "SYST:ERR?", "SYST:ERR?"}));
  // The frame log holds the session byte for byte, terminators included.
  EXPECT_EQ(log.sent(), "*IDN?\r\nMEAS:TEMP?\r\nVOLT 30\r\nSYST:ERR?\r\nSYST:ERR?\r\n");
  EXPECT_EQ(log.received(),
            "RoboCert,ENV-1,SN-0042,1.2.0\r\n+2.3450000E+01\r\n"
            "-222,\"Data out of range;VOLT 30 > 20 V\"\r\n+0,\"No error\"\r\n");
  TearDown();  // the driver closes its end before the pseudo-terminal goes away
  close(slave);
}

#ifdef ROBOCERT_HAVE_SIM_SERVER
// The station simulator's environment sensor: another SCPI implementation than the scripted one
// above (long and short forms, compound messages, its own error queue).
class SimEnvironment : public ::testing::Test {
 protected:
  SimEnvironment() {
    sim_server::StationOptions o;
    // Flat and noise-free, so the readings are known: 21.5 °C, 40 %, 1000 hPa.
    o.environment.temperatureC = {21.5, 0.0, 3600.0, 0.0, 0.001};
    o.environment.humidityPct = {40.0, 0.0, 3600.0, 0.0, 0.01};
    o.environment.pressureHpa = {1000.0, 0.0, 3600.0, 0.0, 0.01};
    station_.emplace(stationIo_, o);
    stationThread_ = std::thread([this] { stationIo_.run(); });
  }
  ~SimEnvironment() override {
    instrument_.reset();
    io_.stop();
    station_->stop();
    stationGuard_.reset();
    stationThread_.join();  // the Station goes while its io_context is not running
  }
  ScpiInstrument& connect(ScpiOptions o = fastOptions()) {
    instrument_ = std::make_unique<ScpiInstrument>(
        io_.io, std::get<transport::Url>(transport::parseUrl(station_->urls().environment)), o);
    instrument_->setHooks({.linkUp = [this] { ++linkUps_; }});
    instrument_->start();
    EXPECT_TRUE(eventually([&] { return linkUps_ > 0; }));
    return *instrument_;
  }

  asio::io_context stationIo_;
  asio::executor_work_guard<asio::io_context::executor_type> stationGuard_ =
      asio::make_work_guard(stationIo_);
  std::optional<sim_server::Station> station_;
  std::thread stationThread_;
  IoThread io_;
  std::unique_ptr<ScpiInstrument> instrument_;
  std::atomic<int> linkUps_{0};
};

TEST_F(SimEnvironment, IdentifiesReadsAndReportsErrors) {
  ScpiInstrument& i = connect();
  const devices::Identity id = valueOf(identify(i));
  EXPECT_EQ(id.maker, "RoboCert");
  EXPECT_EQ(id.model, "SimEnv-1");
  const devices::Reading t = valueOf(read(i));
  EXPECT_EQ(t.value, 21.5);  // "21.500"
  EXPECT_EQ(valueOf(query(i, "MEAS:HUM?")), "40.00");
  EXPECT_EQ(valueOf(query(i, "measure:pressure?")), "1000.00");
  EXPECT_FALSE(write(i, "*CLS").has_value());
  const DeviceError e = errorOf(write(i, "SENS:FOO 1"));
  EXPECT_EQ(e.kind, DeviceError::Kind::Refused);
  EXPECT_TRUE(contains(e.message, "-113 Undefined header")) << e.message;
}
#endif

}  // namespace
}  // namespace robocert::drivers
