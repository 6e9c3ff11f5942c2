// A recorded session replays through the same parsers: the real drivers talk to scripted peers
// on 127.0.0.1 with a FileFrameLog; the log is read back with readFrameLog, and the received
// bytes, cut into chunks of arbitrary sizes, go through LineFramer and the codec parsers the
// drivers use (parseSample for the tracker, parseServerMessage and the value parsers for RCP).
// What comes out must equal what the drivers delivered live, bit for bit, whatever the chunking.
#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <chrono>
#include <deque>
#include <filesystem>
#include <functional>
#include <limits>
#include <map>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "io_thread.hpp"
#include "robocert/codec/line_framer.hpp"
#include "robocert/codec/pose_sample.hpp"
#include "robocert/codec/rcp.hpp"
#include "robocert/devices/blocking.hpp"
#include "robocert/drivers/rcp_manipulator.hpp"
#include "robocert/drivers/tracker_driver.hpp"
#include "robocert/transport/link.hpp"

namespace robocert {
namespace {

namespace asio = boost::asio;
namespace rcp = codec::rcp;
using asio::ip::tcp;
using devices::DeviceError;
using devices::Outcome;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

using test_support::IoThread;

// Every wait of this file is for something that must happen; the default bound is generous.
template <typename Pred>
bool eventually(Pred pred, std::chrono::milliseconds timeout = 5s) {
  return test_support::eventually(pred, timeout);
}

// A line server on 127.0.0.1: every received line goes to `answer`, whose result is written back.
class LineServer {
 public:
  using Answer = std::function<std::string(const std::string& line)>;
  explicit LineServer(Answer answer)
      : answer_(std::move(answer)),
        acceptor_(io_.io, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0)) {
    accept();
  }
  ~LineServer() {
    asio::post(io_.io, [this] {
      boost::system::error_code ignored;
      acceptor_.close(ignored);
      for (auto& weak : sessions_) {
        if (auto s = weak.lock()) s->socket.close(ignored);
      }
    });
    io_.stop();
  }
  transport::Url url() const {
    return std::get<transport::Url>(transport::parseUrl(
        "tcp://127.0.0.1:" + std::to_string(acceptor_.local_endpoint().port())));
  }

 private:
  struct Session {
    explicit Session(tcp::socket s) : socket(std::move(s)) {}
    tcp::socket socket;
    codec::LineFramer framer;
    std::array<char, 4096> buffer{};
    std::deque<std::string> out;
  };
  using Ptr = std::shared_ptr<Session>;

  void accept() {
    acceptor_.async_accept([this](boost::system::error_code ec, tcp::socket socket) {
      if (ec) return;
      auto s = std::make_shared<Session>(std::move(socket));
      sessions_.push_back(s);
      read(s);
      accept();
    });
  }
  void read(const Ptr& s) {
    s->socket.async_read_some(asio::buffer(s->buffer),
                              [this, s](boost::system::error_code ec, std::size_t n) {
                                if (ec) return;
                                s->framer.feed(std::string_view(s->buffer.data(), n));
                                while (auto e = s->framer.next()) {
                                  if (const auto* line = std::get_if<codec::Line>(&*e))
                                    write(s, answer_(std::string(line->text)));
                                }
                                read(s);
                              });
  }
  void write(const Ptr& s, std::string bytes) {
    if (bytes.empty()) return;
    s->out.push_back(std::move(bytes));
    if (s->out.size() == 1) writeNext(s);
  }
  void writeNext(const Ptr& s) {
    asio::async_write(s->socket, asio::buffer(s->out.front()),
                      [this, s](boost::system::error_code ec, std::size_t) {
                        if (ec) return;
                        s->out.pop_front();
                        if (!s->out.empty()) writeNext(s);
                      });
  }

  IoThread io_;  // first member: destroyed last
  Answer answer_;
  tcp::acceptor acceptor_;
  std::vector<std::weak_ptr<Session>> sessions_;
};

// A frame log file in the temporary directory, removed at the end.
struct TempLog {
  TempLog()
      : path((std::filesystem::temp_directory_path() /
              ("robocert-replay-" + std::to_string(::getpid()) + "-" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".log"))
                 .string()) {
    std::filesystem::remove(path);
  }
  ~TempLog() { std::filesystem::remove(path); }
  std::string path;
};

// The bytes of one direction of a log, in order.
std::string bytesOf(const std::vector<transport::LoggedChunk>& log,
                    transport::FrameLog::Direction direction) {
  std::string out;
  for (const auto& c : log) {
    if (c.direction == direction) out.append(c.bytes.begin(), c.bytes.end());
  }
  return out;
}

// Feeds `bytes` to a framer in chunks of the sizes `next()` gives, and hands every line over.
// Lines are copied: a view would end at the next feed.
std::vector<std::string> frameLines(std::string_view bytes, codec::LineFramerOptions options,
                                    const std::function<std::size_t()>& next) {
  codec::LineFramer framer(options);
  std::vector<std::string> lines;
  std::size_t at = 0;
  while (at < bytes.size()) {
    const std::size_t n = std::min(next(), bytes.size() - at);
    framer.feed(bytes.substr(at, n));
    at += n;
    while (auto e = framer.next()) {
      const auto* line = std::get_if<codec::Line>(&*e);
      EXPECT_NE(line, nullptr) << "framing error at offset "
                               << std::get<codec::LineError>(*e).offset;
      if (line != nullptr) lines.emplace_back(line->text);
    }
  }
  EXPECT_EQ(framer.bufferedBytes(), 0u) << "bytes after the last line";
  return lines;
}

// The chunkings every replay is checked with: one byte at a time, the whole log at once, and
// random sizes from three seeds (1..7 bytes, 1..100 and 1..5000).
std::vector<std::pair<std::string, std::function<std::size_t()>>> chunkings() {
  std::vector<std::pair<std::string, std::function<std::size_t()>>> out;
  out.emplace_back("1 byte", [] { return std::size_t{1}; });
  out.emplace_back("all at once", [] { return std::numeric_limits<std::size_t>::max(); });
  const std::array<std::pair<unsigned, std::size_t>, 3> random{{{1, 7}, {2, 100}, {3, 5000}}};
  for (const auto& [seed, max] : random) {
    auto engine = std::make_shared<std::mt19937>(seed);
    out.emplace_back("random 1.." + std::to_string(max) + " seed " + std::to_string(seed),
                     [engine, max = max] {
                       return std::uniform_int_distribution<std::size_t>(1, max)(*engine);
                     });
  }
  return out;
}

// ---- Tracker ----

// The scripted tracker's measurement of sample `seq`: decimals that are not binary fractions,
// so the replay has to reproduce the parser's rounding, not just copy integers.
codec::PoseSample trackerTruth(std::uint64_t seq) {
  const double s = static_cast<double>(seq);
  return {seq,
          1'700'000'000'000'000'000 + static_cast<std::int64_t>(seq) * 1'000'000,
          {1200.0 + 0.0137 * s, -250.3 - 0.0021 * s, 900.01},
          {179.9, -0.123 + 1e-5 * s, 90.0 - 0.7}};
}

std::string sampleLine(std::uint64_t seq) {
  std::string line;
  codec::appendSample(line, trackerTruth(seq));
  return line + "\r\n";  // a CR before the LF, as some instruments send: the replay must cope
}

std::string answerAsTracker(const std::string& line, std::uint64_t& nextSeq) {
  if (line == "*IDN?") return "Acme Metrology,LT-9,SN 1234,2.1.0\n";
  if (line == "MEAS?") return sampleLine(nextSeq++);
  if (line.rfind("STREAM ", 0) == 0) {
    std::string out = "OK\n";
    for (int i = 0; i < 3000; ++i) out += sampleLine(nextSeq++);
    return out;
  }
  if (line == "STOP") return "OK\n";
  return "ERR 10 unknown command\n";
}

void expectSameSample(const devices::PoseSample& live, const codec::PoseSample& replayed) {
  EXPECT_EQ(live.seq, replayed.seq);
  EXPECT_EQ(live.tNs, replayed.tNs);
  for (int k = 0; k < 3; ++k) {
    EXPECT_EQ(live.pose.positionMm[k], replayed.positionMm[static_cast<std::size_t>(k)]);
    EXPECT_EQ(live.pose.anglesDeg[k], replayed.anglesDeg[static_cast<std::size_t>(k)]);
  }
}

TEST(Replay, TrackerSessionReplaysToTheSamplesDeliveredLive) {
  TempLog file;
  std::uint64_t nextSeq = 41;
  LineServer server([&nextSeq](const std::string& line) { return answerAsTracker(line, nextSeq); });

  std::vector<devices::PoseSample> live;
  {
    transport::FileFrameLog log(file.path);
    IoThread io;
    drivers::TrackerOptions o;
    o.link.reconnect = false;
    drivers::TrackerDriver tracker(io.io, server.url(), o, &log);
    std::atomic<bool> up{false};
    tracker.setConnectionHooks({[&up] { up = true; }, nullptr, nullptr});
    tracker.start();
    ASSERT_TRUE(eventually([&] { return up.load(); }));

    const auto id = devices::waitFor<devices::Identity>(
        [&](devices::Completion<devices::Identity> done) { tracker.identify(std::move(done)); },
        2s);
    ASSERT_TRUE(std::holds_alternative<devices::Identity>(id));
    const auto one = devices::waitFor<devices::PoseSample>(
        [&](devices::Completion<devices::PoseSample> done) { tracker.measure(std::move(done)); },
        2s);
    ASSERT_TRUE(std::holds_alternative<devices::PoseSample>(one));
    live.push_back(std::get<devices::PoseSample>(one));

    std::mutex m;
    std::vector<devices::PoseSample> streamed;
    const auto started = devices::waitFor(
        [&](devices::Done done) {
          tracker.startStream(
              1000.0,
              [&](std::span<const devices::PoseSample> batch) {
                std::lock_guard lock(m);
                streamed.insert(streamed.end(), batch.begin(), batch.end());
              },
              std::move(done));
        },
        2s);
    ASSERT_FALSE(started.has_value()) << started->message;
    ASSERT_TRUE(eventually([&] {
      std::lock_guard lock(m);
      return streamed.size() == 3000;
    }));
    const auto stopped =
        devices::waitFor([&](devices::Done done) { tracker.stopStream(std::move(done)); }, 2s);
    ASSERT_FALSE(stopped.has_value()) << stopped->message;
    live.insert(live.end(), streamed.begin(), streamed.end());
    tracker.stop();
    io.stop();  // the tracker goes after its io_context stopped, the log after both
  }
  ASSERT_EQ(live.size(), 3001u);
  EXPECT_EQ(live.front().seq, 41u);

  const auto log = transport::readFrameLog(file.path);
  EXPECT_EQ(bytesOf(log, transport::FrameLog::Direction::Sent),
            "*IDN?\nMEAS?\nSTREAM 1000\nSTOP\n");
  const std::string received = bytesOf(log, transport::FrameLog::Direction::Received);
  for (const auto& [name, next] : chunkings()) {
    SCOPED_TRACE(name);
    const auto lines = frameLines(received, {.terminator = "\n", .maxLineBytes = 1024}, next);
    std::vector<codec::PoseSample> replayed;
    std::vector<std::string> others;
    for (std::string_view line : lines) {
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);  // as the driver does
      codec::PoseSample s;
      if (!codec::parseSample(line, {}, s)) {
        replayed.push_back(s);
      } else {
        others.emplace_back(line);
      }
    }
    EXPECT_EQ(others, (std::vector<std::string>{"Acme Metrology,LT-9,SN 1234,2.1.0", "OK", "OK"}));
    ASSERT_EQ(replayed.size(), live.size());
    for (std::size_t i = 0; i < live.size(); ++i) {
      SCOPED_TRACE("sample " + std::to_string(i));
      expectSameSample(live[i], replayed[i]);
      if (HasFailure()) return;
    }
  }
}

// ---- RCP ----

std::string sent(const std::variant<std::string, rcp::Error>& text) {
  return std::get<std::string>(text);
}

// A controller: IDN?, POSE?, STATE?, and moves that are in position at once.
std::string answerAsController(const std::string& line, rcp::Pose& pose) {
  const auto parsed = rcp::parseRequest(line);
  if (!std::holds_alternative<rcp::Request>(parsed)) return "";
  const auto& r = std::get<rcp::Request>(parsed);
  if (std::holds_alternative<rcp::IdnQuery>(r.command)) {
    return sent(rcp::formatReply({r.tag, rcp::Ok{sent(rcp::formatIdentity(
                                             {"RoboCert", "ScriptBot-6", "SB-0001", "1.0"}))}}));
  }
  if (std::holds_alternative<rcp::PoseQuery>(r.command)) {
    return sent(rcp::formatReply({r.tag, rcp::Ok{sent(rcp::formatPose(pose))}}));
  }
  if (std::holds_alternative<rcp::StateQuery>(r.command)) {
    return sent(rcp::formatReply({r.tag, rcp::Ok{"READY"}}));
  }
  if (const auto* move = std::get_if<rcp::Move>(&r.command)) {
    // Attained a little off the target, as a real robot is.
    pose = move->target;
    pose[0] += 0.0123;
    pose[5] -= 0.004;
    return sent(rcp::formatReply({r.tag, rcp::Ok{}})) +
           sent(rcp::formatEvent(rcp::InPos{r.tag, pose}));
  }
  return sent(rcp::formatReply({r.tag, rcp::Ok{}}));
}

rcp::Pose toRcp(const metrology::Pose6& p) {
  return {p.positionMm.x(), p.positionMm.y(), p.positionMm.z(),
          p.anglesDeg.x(),  p.anglesDeg.y(),  p.anglesDeg.z()};
}

TEST(Replay, RcpSessionReplaysToTheRepliesDeliveredLive) {
  TempLog file;
  rcp::Pose pose{1000.5, -20.25, 950.125, 179.99, 0.01, -179.5};
  LineServer server([&pose](const std::string& line) { return answerAsController(line, pose); });

  devices::Identity liveId;
  metrology::Pose6 livePose;
  metrology::Pose6 liveAttained;
  drivers::RcpControllerState liveState;
  {
    transport::FileFrameLog log(file.path);
    IoThread io;
    drivers::RcpOptions o;
    o.link.reconnect = false;
    auto robot = std::make_unique<drivers::RcpManipulator>(io.io, server.url(), o, &log);
    std::atomic<bool> up{false};
    robot->setHooks({.linkUp = [&up] { up = true; }});
    robot->start();
    ASSERT_TRUE(eventually([&] { return up.load(); }));
    const auto id = devices::waitFor<devices::Identity>(
        [&](devices::Completion<devices::Identity> done) { robot->identify(std::move(done)); }, 2s);
    ASSERT_TRUE(std::holds_alternative<devices::Identity>(id));
    liveId = std::get<devices::Identity>(id);
    const auto p = devices::waitFor<metrology::Pose6>(
        [&](devices::Completion<metrology::Pose6> done) { robot->readPose(std::move(done)); }, 2s);
    ASSERT_TRUE(std::holds_alternative<metrology::Pose6>(p));
    livePose = std::get<metrology::Pose6>(p);
    devices::MoveRequest request;
    request.target.positionMm = Eigen::Vector3d(1200.0, 0.1, 900.0);
    request.target.anglesDeg = Eigen::Vector3d(180.0, 0.0, 180.0);
    request.speedFraction = 0.25;
    const auto attained = devices::waitFor<metrology::Pose6>(
        [&](devices::Completion<metrology::Pose6> done) {
          robot->moveTo(request, std::move(done));
        },
        2s);
    ASSERT_TRUE(std::holds_alternative<metrology::Pose6>(attained));
    liveAttained = std::get<metrology::Pose6>(attained);
    const auto state = devices::waitFor<drivers::RcpControllerState>(
        [&](devices::Completion<drivers::RcpControllerState> done) {
          robot->readState(std::move(done));
        },
        2s);
    ASSERT_TRUE(std::holds_alternative<drivers::RcpControllerState>(state));
    liveState = std::get<drivers::RcpControllerState>(state);
    robot.reset();
    io.stop();  // runs the driver's shutdown; the log goes after
  }

  const auto log = transport::readFrameLog(file.path);
  // The requests, as sent: the tags the replies must carry.
  const auto requestLines = frameLines(bytesOf(log, transport::FrameLog::Direction::Sent),
                                       {.terminator = "\n", .maxLineBytes = rcp::kFramedLineBytes},
                                       [] { return std::size_t{64}; });
  std::map<rcp::Tag, rcp::Command> requests;
  for (const auto& line : requestLines) {
    const auto r = rcp::parseRequest(line);
    ASSERT_TRUE(std::holds_alternative<rcp::Request>(r)) << line;
    requests.emplace(std::get<rcp::Request>(r).tag, std::get<rcp::Request>(r).command);
  }
  ASSERT_EQ(requests.size(), 4u);

  const std::string received = bytesOf(log, transport::FrameLog::Direction::Received);
  for (const auto& [name, next] : chunkings()) {
    SCOPED_TRACE(name);
    const auto lines =
        frameLines(received, {.terminator = "\n", .maxLineBytes = rcp::kFramedLineBytes}, next);
    ASSERT_EQ(lines.size(), 5u);  // four replies and one EVT INPOS
    int checked = 0;
    for (const auto& line : lines) {
      const auto parsed = rcp::parseServerMessage(line);
      ASSERT_TRUE(std::holds_alternative<rcp::ServerMessage>(parsed)) << line;
      const auto& message = std::get<rcp::ServerMessage>(parsed);
      if (const auto* event = std::get_if<rcp::Event>(&message)) {
        const auto& inPos = std::get<rcp::InPos>(*event);
        ASSERT_TRUE(std::holds_alternative<rcp::Move>(requests.at(inPos.tag)));
        EXPECT_EQ(inPos.pose, toRcp(liveAttained));
        ++checked;
        continue;
      }
      const auto& reply = std::get<rcp::Reply>(message);
      ASSERT_TRUE(reply.ok()) << line;
      const std::string& values = std::get<rcp::Ok>(reply.result).values;
      const rcp::Command& command = requests.at(reply.tag);
      if (std::holds_alternative<rcp::IdnQuery>(command)) {
        const auto id = std::get<rcp::Identity>(rcp::parseIdentity(values));
        EXPECT_EQ(id.maker, liveId.maker);
        EXPECT_EQ(id.model, liveId.model);
        EXPECT_EQ(id.serial, liveId.serial);
        EXPECT_EQ(id.firmware, liveId.firmware);
      } else if (std::holds_alternative<rcp::PoseQuery>(command)) {
        EXPECT_EQ(std::get<rcp::Pose>(rcp::parsePose(values)), toRcp(livePose));
      } else if (std::holds_alternative<rcp::StateQuery>(command)) {
        EXPECT_EQ(std::get<rcp::ControllerState>(rcp::parseState(values)).kind,
                  rcp::ControllerState::Kind::Ready);
        EXPECT_EQ(liveState.kind, drivers::RcpControllerState::Kind::Ready);
      } else {
        EXPECT_TRUE(values.empty());  // a move's OK: accepted
      }
      ++checked;
    }
    EXPECT_EQ(checked, 5);
  }
  // The live values are the scripted ones: the replay compared against real data.
  EXPECT_EQ(liveId.model, "ScriptBot-6");
  EXPECT_EQ(livePose.positionMm.z(), 950.125);
  EXPECT_EQ(liveAttained.positionMm.x(), 1200.0 + 0.0123);
}

}  // namespace
}  // namespace robocert
