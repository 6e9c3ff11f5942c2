// RcpManipulator against a scripted RCP server: real TCP sockets on 127.0.0.1 and a real
// pseudo-terminal for serial. The server parses requests with the RCP codec and answers per
// docs/protocols/rcp.md, or fails in the ways a test asks for (no answer, ERR, dropping the
// connection or faulting in the middle of a move). The driver runs on its own io_context
// thread, and the test thread waits with devices::waitFor, as the run engine does.
#include "robocert/drivers/rcp_manipulator.hpp"

#include <gtest/gtest.h>
#include <pty.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <deque>
#include <future>
#include <limits>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "io_thread.hpp"
#include "robocert/codec/line_framer.hpp"
#include "robocert/codec/rcp.hpp"
#include "robocert/devices/blocking.hpp"
#include "robocert/devices/lifecycle.hpp"

namespace robocert::drivers {
namespace {

namespace asio = boost::asio;
namespace rcp = codec::rcp;
using asio::ip::tcp;
using devices::DeviceError;
using devices::DeviceLifecycle;
using devices::DeviceState;
using devices::Outcome;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

// An io_context running on its own thread until stop().
using test_support::IoThread;

// Every wait of this file is for something that must happen; the default bound is generous.
template <typename Pred>
bool eventually(Pred pred, std::chrono::milliseconds timeout = 2s) {
  return test_support::eventually(pred, timeout);
}

// ---- The scripted server ----

struct Script {
  enum class MoveEnd {
    InPos,  // EVT INPOS after moveTime
    Never,  // accepted, then nothing
    Drop,   // accepted, then the connection is closed after moveTime
    Fault,  // accepted, then EVT FAULT 7 emergency stop after moveTime
  };
  bool answer = true;              // false: read requests, answer none
  std::optional<int> refuseMoves;  // answer every move with this ERR code
  MoveEnd moveEnd = MoveEnd::InPos;
  std::chrono::milliseconds moveTime{20};
  std::optional<std::string> poseValues;    // answer POSE? with these values instead
  std::chrono::milliseconds replyDelay{0};  // answer this much later
  std::vector<std::string> noise;           // lines sent before every reply
};

const rcp::Identity kIdentity{"RoboCert", "ScriptBot-6", "SB-0001", "1.0"};

std::string sent(const std::variant<std::string, rcp::Error>& line) {
  return std::get<std::string>(line);  // the server only formats valid messages
}

class RcpServer {
 public:
  RcpServer() : acceptor_(io_.io, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0)) {
    accept();
  }
  ~RcpServer() {
    asio::post(io_.io, [this] {
      boost::system::error_code ignored;
      acceptor_.close(ignored);
      closeAll();
    });
    io_.stop();
  }

  std::uint16_t port() const { return acceptor_.local_endpoint().port(); }
  std::string url() const { return "tcp://127.0.0.1:" + std::to_string(port()); }

  void set(Script script) {
    std::lock_guard lock(mutex_);
    script_ = std::move(script);
  }
  Script script() const {
    std::lock_guard lock(mutex_);
    return script_;
  }
  std::vector<std::string> received() const {
    std::lock_guard lock(mutex_);
    return received_;
  }
  bool receivedKeyword(std::string_view keyword) const {
    for (const auto& line : received()) {
      if (line.find(keyword) != std::string::npos) return true;
    }
    return false;
  }
  int connections() const { return connections_; }

  // Serves one end of a pseudo-terminal (takes the descriptor).
  void serve(int fd) {
    asio::post(io_.io, [this, fd] {
      start(std::make_shared<Session<asio::posix::stream_descriptor>>(
          *this, asio::posix::stream_descriptor(io_.io, fd)));
    });
  }

  // Closes every connection now, as a controller that reboots would.
  void dropConnections() {
    asio::post(io_.io, [this] { closeAll(); });
  }

 private:
  struct SessionBase {
    virtual ~SessionBase() = default;
    virtual void close() = 0;
  };

  template <typename Stream>
  class Session : public SessionBase, public std::enable_shared_from_this<Session<Stream>> {
   public:
    Session(RcpServer& server, Stream stream)
        : server_(server), stream_(std::move(stream)), moveTimer_(server.io_.io) {}
    void read() {
      auto self = this->shared_from_this();
      stream_.async_read_some(asio::buffer(buffer_),
                              [self](boost::system::error_code ec, std::size_t n) {
                                if (ec) return;
                                self->framer_.feed(std::string_view(self->buffer_.data(), n));
                                while (auto e = self->framer_.next()) {
                                  if (const auto* line = std::get_if<codec::Line>(&*e)) {
                                    self->handle(std::string(line->text));
                                  }
                                }
                                self->read();
                              });
    }
    void close() override {
      boost::system::error_code ignored;
      moveTimer_.cancel();
      stream_.close(ignored);
    }

   private:
    void handle(const std::string& line) {
      {
        std::lock_guard lock(server_.mutex_);
        server_.received_.push_back(line);
      }
      const Script script = server_.script();
      if (!script.answer) return;
      replyDelay_ = script.replyDelay;
      for (const auto& extra : script.noise) write(extra + "\n");
      const auto parsed = rcp::parseRequest(line);
      if (const auto* e = std::get_if<rcp::Error>(&parsed)) {
        if (e->tag) {
          reply(*e->tag, rcp::Err{rcp::replyCodeFor(*e), std::string(rcp::describe(e->kind))});
        }
        return;
      }
      const auto& request = std::get<rcp::Request>(parsed);
      const rcp::Tag tag = request.tag;
      if (std::holds_alternative<rcp::IdnQuery>(request.command)) {
        reply(tag, rcp::Ok{sent(rcp::formatIdentity(kIdentity))});
      } else if (std::holds_alternative<rcp::StateQuery>(request.command)) {
        reply(tag, rcp::Ok{moving_ ? "MOVING" : "READY"});
      } else if (std::holds_alternative<rcp::PoseQuery>(request.command)) {
        reply(tag, rcp::Ok{script.poseValues ? *script.poseValues : sent(rcp::formatPose(pose_))});
      } else if (std::holds_alternative<rcp::Stop>(request.command)) {
        reply(tag, rcp::Ok{});
        if (moving_) {
          moveTimer_.cancel();
          write(sent(rcp::formatEvent(rcp::Stopped{*moving_})));
          moving_.reset();
        }
      } else {
        move(tag, std::get<rcp::Move>(request.command), script);
      }
    }

    void move(rcp::Tag tag, const rcp::Move& move, const Script& script) {
      if (moving_) {
        reply(tag, rcp::Err{rcp::codes::kBusy, "busy"});
        return;
      }
      if (script.refuseMoves) {
        reply(tag, rcp::Err{*script.refuseMoves, std::string(rcp::meaning(*script.refuseMoves))});
        return;
      }
      reply(tag, rcp::Ok{});
      moving_ = tag;
      if (script.moveEnd == Script::MoveEnd::Never) return;
      auto self = this->shared_from_this();
      moveTimer_.expires_after(script.moveTime);
      moveTimer_.async_wait(
          [self, tag, target = move.target, end = script.moveEnd](boost::system::error_code ec) {
            if (ec) return;
            self->moving_.reset();
            switch (end) {
              case Script::MoveEnd::InPos:
                self->pose_ = target;
                self->write(sent(rcp::formatEvent(rcp::InPos{tag, target})));
                break;
              case Script::MoveEnd::Drop:
                self->close();
                break;
              case Script::MoveEnd::Fault:
                self->write(sent(rcp::formatEvent(rcp::Fault{7, "emergency stop"})));
                break;
              case Script::MoveEnd::Never:
                break;
            }
          });
    }

    void reply(rcp::Tag tag, std::variant<rcp::Ok, rcp::Err> result) {
      std::string text = sent(rcp::formatReply({tag, std::move(result)}));
      if (replyDelay_ == std::chrono::milliseconds::zero()) {
        write(std::move(text));
        return;
      }
      auto timer = std::make_shared<asio::steady_timer>(server_.io_.io, replyDelay_);
      timer->async_wait([self = this->shared_from_this(), timer,
                         text = std::move(text)](boost::system::error_code ec) mutable {
        if (!ec) self->write(std::move(text));
      });
    }

    void write(std::string text) {
      queue_.push_back(std::move(text));
      if (queue_.size() == 1) writeNext();
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

    RcpServer& server_;
    Stream stream_;
    asio::steady_timer moveTimer_;
    std::array<char, 1024> buffer_{};
    codec::LineFramer framer_{{.terminator = "\n", .maxLineBytes = rcp::kFramedLineBytes}};
    std::deque<std::string> queue_;
    std::optional<rcp::Tag> moving_;
    std::chrono::milliseconds replyDelay_{0};
    rcp::Pose pose_{0, 0, 1000, 180, 0, 180};
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
  tcp::acceptor acceptor_;
  mutable std::mutex mutex_;
  Script script_;
  std::vector<std::string> received_;
  std::vector<std::weak_ptr<SessionBase>> sessions_;  // io thread only
  std::atomic<int> connections_{0};
};

// ---- Fixture: a driver on its own io thread ----

devices::MoveRequest moveRequest(double x, double y, double z, devices::Motion motion,
                                 double speed = 0.5) {
  devices::MoveRequest r;
  r.target.positionMm = Eigen::Vector3d(x, y, z);
  r.target.anglesDeg = Eigen::Vector3d(180, 0, 180);
  r.motion = motion;
  r.speedFraction = speed;
  return r;
}

class RcpDriver : public ::testing::Test {
 protected:
  void TearDown() override {
    // The order the header asks for: the driver first, then let its shutdown run (pending
    // completions, lifecycle callbacks included), then the lifecycle.
    robot_.reset();
    io_.stop();
    lifecycle_.reset();
  }

  RcpManipulator& make(const std::string& url, RcpOptions options = {}) {
    options.link.backoffInitial = 20ms;
    options.link.backoffMax = 100ms;
    if (options.requestTimeout == RcpOptions{}.requestTimeout) options.requestTimeout = 1s;
    robot_ = std::make_unique<RcpManipulator>(
        io_.io, std::get<transport::Url>(transport::parseUrl(url)), options);
    robot_->setHooks({.linkUp = [this] { ++linkUps_; },
                      .linkDown = [this](const std::string&) { ++linkDowns_; },
                      .warning =
                          [this](const std::string& w) {
                            std::lock_guard lock(statesMutex_);
                            warnings_.push_back(w);
                          }});
    return *robot_;
  }

  // make() + start() and wait for the connection.
  RcpManipulator& connected(RcpOptions options = {}) {
    RcpManipulator& robot = make(server_.url(), options);
    robot.start();
    EXPECT_TRUE(eventually([&] { return linkUps_ > 0; }));
    return robot;
  }

  DeviceLifecycle& lifecycle() {
    lifecycle_ = std::make_unique<DeviceLifecycle>(*robot_, "robot");
    lifecycle_->onChange([this](DeviceState s, const std::string& reason) {
      std::lock_guard lock(statesMutex_);
      states_.push_back(s);
      reasons_.push_back(reason);
    });
    robot_->attach(*lifecycle_);
    return *lifecycle_;
  }
  std::vector<DeviceState> states() {
    std::lock_guard lock(statesMutex_);
    return states_;
  }

  Outcome<devices::Identity> identify(RcpManipulator& robot) {
    return devices::waitFor<devices::Identity>(
        [&](devices::Completion<devices::Identity> done) { robot.identify(std::move(done)); }, 2s);
  }
  Outcome<metrology::Pose6> moveAndReport(RcpManipulator& robot, const devices::MoveRequest& r) {
    return devices::waitFor<metrology::Pose6>(
        [&](devices::Completion<metrology::Pose6> done) { robot.moveTo(r, std::move(done)); }, 2s);
  }
  Outcome<metrology::Pose6> readPose(RcpManipulator& robot) {
    return devices::waitFor<metrology::Pose6>(
        [&](devices::Completion<metrology::Pose6> done) { robot.readPose(std::move(done)); }, 2s);
  }

  RcpServer server_;
  IoThread io_;
  std::unique_ptr<RcpManipulator> robot_;
  std::unique_ptr<DeviceLifecycle> lifecycle_;
  std::atomic<int> linkUps_{0};
  std::atomic<int> linkDowns_{0};
  std::mutex statesMutex_;
  std::vector<DeviceState> states_;
  std::vector<std::string> reasons_;
  std::vector<std::string> warnings_;
};

std::string describeOutcome(const DeviceError& e) {
  return "DeviceError kind " + std::to_string(static_cast<int>(e.kind)) + ": " + e.message;
}

template <typename T>
const T& valueOf(const Outcome<T>& r) {
  if (const auto* e = std::get_if<DeviceError>(&r)) {
    ADD_FAILURE() << describeOutcome(*e);
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

void expectPose(const metrology::Pose6& pose, double x, double y, double z) {
  EXPECT_EQ(pose.positionMm, Eigen::Vector3d(x, y, z));
  EXPECT_EQ(pose.anglesDeg, Eigen::Vector3d(180, 0, 180));
}

// ---- Tests ----

TEST_F(RcpDriver, IdentifyReturnsTheIdentity) {
  RcpManipulator& robot = connected();
  const auto id = valueOf(identify(robot));
  EXPECT_EQ(id.maker, "RoboCert");
  EXPECT_EQ(id.model, "ScriptBot-6");
  EXPECT_EQ(id.serial, "SB-0001");
  EXPECT_EQ(id.firmware, "1.0");
  EXPECT_EQ(server_.received(), std::vector<std::string>{"1 IDN?"});
}

TEST_F(RcpDriver, MoveCompletesAtInPositionWithThePose) {
  RcpManipulator& robot = connected();
  const auto pose =
      valueOf(moveAndReport(robot, moveRequest(1200, 0, 900, devices::Motion::Linear)));
  expectPose(pose, 1200, 0, 900);
  const auto done = devices::waitFor(
      [&](devices::Done d) {
        robot.move(moveRequest(-300.25, 12.5, 450, devices::Motion::Joint, 1), std::move(d));
      },
      2s);
  EXPECT_FALSE(done.has_value()) << done->message;
  EXPECT_EQ(server_.received(), (std::vector<std::string>{"1 MOVEL 1200 0 900 180 0 180 0.5",
                                                          "2 MOVEJ -300.25 12.5 450 180 0 180 1"}));
}

TEST_F(RcpDriver, ReadPoseReturnsTheControllersPose) {
  RcpManipulator& robot = connected();
  expectPose(valueOf(readPose(robot)), 0, 0, 1000);
  (void)valueOf(moveAndReport(robot, moveRequest(1200, 0, 900, devices::Motion::Linear)));
  expectPose(valueOf(readPose(robot)), 1200, 0, 900);
  EXPECT_EQ(server_.received().back(), "3 POSE?");
}

TEST_F(RcpDriver, ReadStateAndStop) {
  RcpManipulator& robot = connected();
  const auto state = devices::waitFor<RcpControllerState>(
      [&](devices::Completion<RcpControllerState> done) { robot.readState(std::move(done)); }, 2s);
  EXPECT_EQ(valueOf(state).kind, RcpControllerState::Kind::Ready);
  const auto stopped = devices::waitFor([&](devices::Done d) { robot.stop(std::move(d)); }, 2s);
  EXPECT_FALSE(stopped.has_value());
}

TEST_F(RcpDriver, ErrReplyIsRefusedWithTheCode) {
  server_.set({.refuseMoves = rcp::codes::kOutOfReach});
  RcpManipulator& robot = connected();
  const auto e = errorOf(moveAndReport(robot, moveRequest(9000, 0, 0, devices::Motion::Linear)));
  EXPECT_EQ(e.kind, DeviceError::Kind::Refused);
  EXPECT_EQ(e.message, "E12 target out of reach");
}

TEST_F(RcpDriver, ErrInFaultIsAFault) {
  server_.set({.refuseMoves = rcp::codes::kInFault});
  RcpManipulator& robot = connected();
  const auto e = errorOf(moveAndReport(robot, moveRequest(0, 0, 900, devices::Motion::Linear)));
  EXPECT_EQ(e.kind, DeviceError::Kind::Fault);
  EXPECT_EQ(e.message.rfind("E30 ", 0), 0u) << e.message;
}

TEST_F(RcpDriver, ASecondMoveWhileOneRunsIsRefusedBusy) {
  server_.set({.moveEnd = Script::MoveEnd::Never});
  RcpManipulator& robot = connected();
  robot.move(moveRequest(0, 0, 900, devices::Motion::Linear), [](std::optional<DeviceError>) {});
  const auto e = errorOf(moveAndReport(robot, moveRequest(0, 0, 800, devices::Motion::Linear)));
  EXPECT_EQ(e.kind, DeviceError::Kind::Refused);
  EXPECT_EQ(e.message, "E20 busy");
}

TEST_F(RcpDriver, AnInvalidMoveIsRefusedWithoutBeingSent) {
  RcpManipulator& robot = connected();
  const auto e =
      errorOf(moveAndReport(robot, moveRequest(0, 0, 900, devices::Motion::Linear, 1.5)));
  EXPECT_EQ(e.kind, DeviceError::Kind::Refused);
  EXPECT_EQ(e.message.rfind("E13 speed out of range", 0), 0u) << e.message;
  auto nan = moveRequest(0, 0, 900, devices::Motion::Linear);
  nan.target.positionMm.y() = std::numeric_limits<double>::quiet_NaN();
  EXPECT_EQ(errorOf(moveAndReport(robot, nan)).message.rfind("E11 ", 0), 0u);
  (void)valueOf(identify(robot));
  EXPECT_EQ(server_.received().size(), 1u);  // only the IDN?
}

TEST_F(RcpDriver, NoAnswerTimesOutWithinTheRequestTimeout) {
  server_.set({.answer = false});
  RcpManipulator& robot = connected({.requestTimeout = 300ms});
  const auto start = Clock::now();
  const auto e = errorOf(readPose(robot));
  const auto elapsed = Clock::now() - start;
  EXPECT_EQ(e.kind, DeviceError::Kind::Timeout);
  EXPECT_EQ(e.message, "no reply to POSE? (tag 1) within 300 ms");
  EXPECT_GE(elapsed, 300ms);
  EXPECT_LT(elapsed, 800ms);
  // A controller that stopped answering on a link that is still up (a stall): the driver drops
  // the connection and connects again, which a stalled controller's link needs to recover.
  server_.set({});
  ASSERT_TRUE(eventually([&] { return linkUps_ >= 2; }));
  EXPECT_EQ(linkDowns_, 1);
  EXPECT_EQ(server_.connections(), 2);
  expectPose(valueOf(readPose(robot)), 0, 0, 1000);
}

// The lifecycle hears of the loss before the operation's Timeout completes, so a waiter that
// looks at the device state on a timeout never reads "ready" from the stalled connection.
TEST_F(RcpDriver, AStallReportsTheLinkDownBeforeTheTimeout) {
  server_.set({});
  RcpManipulator& robot = make(server_.url(), {.requestTimeout = 300ms});
  DeviceLifecycle& lc = lifecycle();
  robot.start();
  ASSERT_TRUE(eventually([&] { return lc.state() == DeviceState::Ready; }));
  server_.set({.answer = false});
  std::promise<DeviceState> stateAtTimeout;
  robot.readPose([&](Outcome<metrology::Pose6>) { stateAtTimeout.set_value(lc.state()); });
  auto future = stateAtTimeout.get_future();
  ASSERT_EQ(future.wait_for(2s), std::future_status::ready);
  EXPECT_EQ(future.get(), DeviceState::Disconnected);
  std::lock_guard lock(statesMutex_);
  ASSERT_FALSE(reasons_.empty());
  EXPECT_NE(std::find_if(reasons_.begin(), reasons_.end(),
                         [](const std::string& r) {
                           return r.find("no reply to POSE? (tag 2) within 300 ms; reconnecting") !=
                                  std::string::npos;
                         }),
            reasons_.end());
}

// A move whose request was not answered may have been accepted: the robot may be moving
// towards a target nobody waits for. The first thing on the new connection is a STOP.
TEST_F(RcpDriver, AnUnansweredMoveIsStoppedOnTheNewConnection) {
  server_.set({.answer = false});
  RcpManipulator& robot = connected({.requestTimeout = 300ms});
  std::promise<std::optional<DeviceError>> moved;
  robot.move(moveRequest(0, 0, 900, devices::Motion::Linear),
             [&](std::optional<DeviceError> e) { moved.set_value(e); });
  ASSERT_TRUE(eventually([&] { return server_.receivedKeyword("MOVEL"); }));
  server_.set({});  // the MOVEL went unanswered; what follows is answered
  auto future = moved.get_future();
  ASSERT_EQ(future.wait_for(2s), std::future_status::ready);
  const auto e = future.get();
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->kind, DeviceError::Kind::Timeout);
  ASSERT_TRUE(eventually([&] { return linkUps_ >= 2; }));
  ASSERT_TRUE(eventually([&] { return server_.receivedKeyword("STOP"); }));
  const auto lines = server_.received();
  ASSERT_GE(lines.size(), 2u);
  EXPECT_NE(lines[0].find("MOVEL"), std::string::npos) << lines[0];
  EXPECT_NE(lines[1].find("STOP"), std::string::npos) << lines[1];
  expectPose(valueOf(readPose(robot)), 0, 0, 1000);
}

TEST_F(RcpDriver, AMoveWithoutInPositionTimesOutAndIsStopped) {
  server_.set({.moveEnd = Script::MoveEnd::Never});
  RcpManipulator& robot = connected({.moveTimeout = 300ms});
  const auto start = Clock::now();
  const auto e = errorOf(moveAndReport(robot, moveRequest(0, 0, 900, devices::Motion::Linear)));
  EXPECT_EQ(e.kind, DeviceError::Kind::Timeout);
  EXPECT_EQ(e.message, "MOVEL (tag 1) did not report in position within 300 ms");
  EXPECT_GE(Clock::now() - start, 300ms);
  EXPECT_TRUE(eventually([&] { return server_.receivedKeyword("2 STOP"); }));
}

TEST_F(RcpDriver, StopEndsAPendingMove) {
  server_.set({.moveEnd = Script::MoveEnd::Never});
  RcpManipulator& robot = connected();
  std::promise<std::optional<DeviceError>> moved;
  robot.move(moveRequest(0, 0, 900, devices::Motion::Joint),
             [&](std::optional<DeviceError> e) { moved.set_value(e); });
  ASSERT_TRUE(eventually([&] { return server_.receivedKeyword("MOVEJ"); }));
  const auto stopped = devices::waitFor([&](devices::Done d) { robot.stop(std::move(d)); }, 2s);
  EXPECT_FALSE(stopped.has_value());
  auto future = moved.get_future();
  ASSERT_EQ(future.wait_for(2s), std::future_status::ready);
  const auto e = future.get();
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->kind, DeviceError::Kind::Stopped);
  EXPECT_EQ(e->message, "MOVEJ (tag 1) stopped before reaching its target");
}

TEST_F(RcpDriver, ServerDropsMidMoveThenTheLinkReconnects) {
  server_.set({.moveEnd = Script::MoveEnd::Drop, .moveTime = 50ms});
  RcpManipulator& robot = connected();  // moveTimeout stays 120 s: the loss must not wait for it
  const auto start = Clock::now();
  const auto e = errorOf(moveAndReport(robot, moveRequest(0, 0, 900, devices::Motion::Linear)));
  EXPECT_EQ(e.kind, DeviceError::Kind::Disconnected);
  EXPECT_LT(Clock::now() - start, 500ms);
  EXPECT_NE(e.message.find("connection to tcp://127.0.0.1:"), std::string::npos) << e.message;

  server_.set({});
  ASSERT_TRUE(eventually([&] { return linkUps_ >= 2; }));
  EXPECT_TRUE(eventually([&] { return server_.connections() == 2; }));
  EXPECT_EQ(linkDowns_, 1);
  expectPose(valueOf(moveAndReport(robot, moveRequest(10, 20, 30, devices::Motion::Linear))), 10,
             20, 30);
}

TEST_F(RcpDriver, EventsAndGarbageBetweenRequestAndReplyDoNoHarm) {
  server_.set({.noise = {"EVT STOPPED 99", "EVT INPOS 98 1 2 3 4 5 6", "hello robot"}});
  RcpManipulator& robot = connected();
  EXPECT_EQ(valueOf(identify(robot)).model, "ScriptBot-6");
  expectPose(valueOf(readPose(robot)), 0, 0, 1000);
  std::lock_guard lock(statesMutex_);
  ASSERT_EQ(warnings_.size(), 6u);
  EXPECT_NE(warnings_[0].find("\"EVT STOPPED 99\" for no pending move"), std::string::npos);
  EXPECT_NE(
      warnings_[2].find("unreadable line \"hello robot\": tag is not a whole number at byte 0"),
      std::string::npos)
      << warnings_[2];
}

TEST_F(RcpDriver, ALateReplyIsNotTakenForTheNextRequests) {
  server_.set({.replyDelay = 400ms});
  RcpManipulator& robot = connected({.requestTimeout = 300ms});
  EXPECT_EQ(errorOf(identify(robot)).kind, DeviceError::Kind::Timeout);
  // The timeout dropped the connection the late IDN? reply (due at 400 ms) would come on, so it
  // can never be taken for the POSE? sent on the new one.
  server_.set({.replyDelay = 150ms});
  ASSERT_TRUE(eventually([&] { return linkUps_ >= 2; }));
  expectPose(valueOf(readPose(robot)), 0, 0, 1000);
  std::lock_guard lock(statesMutex_);
  EXPECT_TRUE(warnings_.empty()) << warnings_.front();
}

TEST_F(RcpDriver, RequestsWhileDisconnectedFailAtOnce) {
  std::uint16_t port = 0;
  {
    tcp::acceptor probe(io_.io, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
    port = probe.local_endpoint().port();
  }  // closed: nothing listens there
  RcpManipulator& robot = make("tcp://127.0.0.1:" + std::to_string(port));
  robot.start();
  const auto start = Clock::now();
  const auto e = errorOf(identify(robot));
  EXPECT_EQ(e.kind, DeviceError::Kind::Disconnected);
  EXPECT_LT(Clock::now() - start, 200ms);
  EXPECT_TRUE(eventually([&] { return linkDowns_ >= 2; }));  // it keeps trying
}

TEST_F(RcpDriver, AnUnreadableReplyIsAProtocolError) {
  server_.set({.poseValues = "1 2 3"});
  RcpManipulator& robot = connected();
  const auto e = errorOf(readPose(robot));
  EXPECT_EQ(e.kind, DeviceError::Kind::Protocol);
  EXPECT_EQ(e.message, "unreadable POSE? reply \"1 2 3\": missing field at byte 5");
}

TEST_F(RcpDriver, EvtFaultFailsTheMoveAndFaultsTheLifecycle) {
  server_.set({.moveEnd = Script::MoveEnd::Fault});
  RcpManipulator& robot = make(server_.url());
  DeviceLifecycle& life = lifecycle();
  robot.start();
  ASSERT_TRUE(eventually([&] { return life.state() == DeviceState::Ready; }));
  const auto e = errorOf(moveAndReport(robot, moveRequest(0, 0, 900, devices::Motion::Linear)));
  EXPECT_EQ(e.kind, DeviceError::Kind::Fault);
  EXPECT_EQ(e.message, "E7 emergency stop");
  EXPECT_TRUE(eventually([&] { return life.state() == DeviceState::Fault; }));
  EXPECT_EQ(life.reason(), "E7 emergency stop");
}

TEST_F(RcpDriver, LifecycleGoesDisconnectedConnectedReadyOnEveryConnection) {
  RcpManipulator& robot = make(server_.url());
  DeviceLifecycle& life = lifecycle();
  EXPECT_EQ(life.state(), DeviceState::Disconnected);
  robot.start();
  ASSERT_TRUE(eventually([&] { return life.state() == DeviceState::Ready; }));
  EXPECT_EQ(states(), (std::vector<DeviceState>{DeviceState::Connected, DeviceState::Ready}));
  ASSERT_TRUE(life.identity().has_value());
  EXPECT_EQ(life.identity()->model, "ScriptBot-6");

  server_.dropConnections();
  ASSERT_TRUE(eventually([&] { return states().size() >= 5; }));
  EXPECT_EQ(states(), (std::vector<DeviceState>{DeviceState::Connected, DeviceState::Ready,
                                                DeviceState::Disconnected, DeviceState::Connected,
                                                DeviceState::Ready}));
  std::lock_guard lock(statesMutex_);
  EXPECT_NE(reasons_[2].find("lost"), std::string::npos) << reasons_[2];
}

TEST_F(RcpDriver, PublicFunctionsMayBeCalledFromAnyThread) {
  RcpManipulator& robot = connected();
  std::atomic<int> ok{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 20; ++i) {
        if (std::holds_alternative<metrology::Pose6>(readPose(robot))) ++ok;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(ok, 80);
  EXPECT_EQ(server_.received().size(), 80u);
}

TEST_F(RcpDriver, DestroyingTheDriverCompletesPendingOperations) {
  server_.set({.moveEnd = Script::MoveEnd::Never});
  RcpManipulator& robot = connected();
  std::promise<std::optional<DeviceError>> moved;
  robot.move(moveRequest(0, 0, 900, devices::Motion::Linear),
             [&](std::optional<DeviceError> e) { moved.set_value(e); });
  ASSERT_TRUE(eventually([&] { return server_.receivedKeyword("MOVEL"); }));
  robot_.reset();
  auto future = moved.get_future();
  ASSERT_EQ(future.wait_for(1s), std::future_status::ready);
  const auto e = future.get();
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->kind, DeviceError::Kind::Disconnected);
}

TEST_F(RcpDriver, SerialOverAPseudoTerminal) {
  int master = -1;
  int slave = -1;
  ASSERT_EQ(openpty(&master, &slave, nullptr, nullptr, nullptr), 0);
  const std::string device = ttyname(slave);
  server_.serve(master);
  RcpManipulator& robot = make("serial://" + device + "?baud=115200");
  DeviceLifecycle& life = lifecycle();
  robot.start();
  ASSERT_TRUE(eventually([&] { return life.state() == DeviceState::Ready; }));
  EXPECT_EQ(life.identity()->serial, "SB-0001");
  EXPECT_EQ(valueOf(identify(robot)).maker, "RoboCert");
  expectPose(valueOf(moveAndReport(robot, moveRequest(1200, 0, 900, devices::Motion::Linear))),
             1200, 0, 900);
  TearDown();  // the driver closes its end before the pseudo-terminal goes away
  close(slave);
}

}  // namespace
}  // namespace robocert::drivers
