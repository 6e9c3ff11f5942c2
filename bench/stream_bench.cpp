// Tracker sample stream throughput (the target: >= 10^6 samples/s, none lost).
//
//   BM_ParseInMemory/<chunk>: default sample lines from memory through LineFramer + parseSample
//     in chunks of <chunk> bytes (1460 = one TCP segment, 65536 = one read of the Link).
//   BM_TcpStreamToDriver/<N>: end to end. A sender thread plays the tracker on a loopback TCP
//     socket: on STREAM it writes OK and then N sequence-numbered sample lines as fast as the
//     socket takes them, on STOP it writes OK. A TrackerDriver (Link + LineFramer + parseSample,
//     batches of devices::PoseSample) receives them on the benchmark thread, which runs the
//     io_context; every batch is checked for sequence gaps, and the iteration fails unless all N
//     samples arrived in order.
//
// Run: build/release/bin/robocert_bench_stream  (release preset; figures in docs/performance.md)
#include <benchmark/benchmark.h>

#include <array>
#include <atomic>
#include <charconv>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "robocert/codec/line_framer.hpp"
#include "robocert/codec/pose_sample.hpp"
#include "robocert/drivers/tracker_driver.hpp"

namespace asio = boost::asio;
using asio::ip::tcp;
namespace codec = robocert::codec;

namespace {

constexpr std::int64_t kStartNs = 1'700'000'000'000'000'000;  // an epoch-based instrument clock
constexpr std::int64_t kPeriodNs = 1'000'000;                 // 1 kHz

// The part of a default sample line after "S <seq> <t_ns>": a pose as a tracker writes it, with
// 0.1 µm and 10 µdeg resolution, about 60 bytes. A table of them keeps the sender cheap.
std::vector<std::string> poseTails(std::size_t count) {
  std::mt19937_64 rng(42);
  std::uniform_real_distribution<double> mm(-3000.0, 3000.0);
  std::uniform_real_distribution<double> deg(-180.0, 180.0);
  std::vector<std::string> tails;
  for (std::size_t i = 0; i < count; ++i) {
    std::string t;
    char buf[64];
    for (int k = 0; k < 6; ++k) {
      const double v = k < 3 ? mm(rng) : deg(rng);
      const auto r =
          std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, k < 3 ? 4 : 5);
      t += ' ';
      t.append(buf, r.ptr);
    }
    t += '\n';
    tails.push_back(std::move(t));
  }
  return tails;
}

// Appends "S <seq> <t_ns><tail>".
void appendLine(std::string& out, std::uint64_t seq, const std::vector<std::string>& tails) {
  char buf[48];
  out += "S ";
  auto r = std::to_chars(buf, buf + sizeof buf, seq);
  out.append(buf, r.ptr);
  out += ' ';
  r = std::to_chars(buf, buf + sizeof buf, kStartNs + static_cast<std::int64_t>(seq) * kPeriodNs);
  out.append(buf, r.ptr);
  out += tails[seq % tails.size()];
}

void BM_ParseInMemory(benchmark::State& state) {
  const auto chunk = static_cast<std::size_t>(state.range(0));
  constexpr std::uint64_t kLines = 100'000;
  const auto tails = poseTails(4096);
  std::string stream;
  for (std::uint64_t i = 0; i < kLines; ++i) appendLine(stream, i, tails);
  const codec::SampleFormat format;
  std::uint64_t samples = 0;
  for (auto _ : state) {
    codec::LineFramer framer;
    codec::PoseSample s;
    std::uint64_t expected = 0;
    bool bad = false;
    double checksum = 0.0;
    for (std::size_t at = 0; at < stream.size() && !bad; at += chunk) {
      framer.feed(std::string_view(stream).substr(at, chunk));
      while (auto event = framer.next()) {
        const auto* line = std::get_if<codec::Line>(&*event);
        if (line == nullptr || parseSample(line->text, format, s) || s.seq != expected) {
          bad = true;
          break;
        }
        ++expected;
        checksum += s.positionMm[0];
      }
    }
    benchmark::DoNotOptimize(checksum);
    if (bad || expected != kLines) {
      state.SkipWithError("bad line, sequence gap or lines missing");
      break;
    }
    samples += expected;
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(stream.size()));
  state.counters["samples_per_s"] =
      benchmark::Counter(static_cast<double>(samples), benchmark::Counter::kIsRate);
  state.counters["line_bytes"] = static_cast<double>(stream.size()) / static_cast<double>(kLines);
}
BENCHMARK(BM_ParseInMemory)->Arg(1460)->Arg(65536)->Unit(benchmark::kMillisecond);

// The tracker end of the socket, on its own thread with blocking I/O.
class Sender {
 public:
  explicit Sender(std::uint64_t samplesPerStream)
      : acceptor_(io_, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0)),
        samples_(samplesPerStream),
        port_(acceptor_.local_endpoint().port()),
        tails_(poseTails(4096)),
        thread_([this] { run(); }) {}
  ~Sender() { thread_.join(); }  // ends when the driver closes the connection
  std::uint16_t port() const { return port_; }

 private:
  void run() {
    tcp::socket socket(io_);
    boost::system::error_code ec;
    acceptor_.accept(socket, ec);
    if (ec) return;
    codec::LineFramer commands;
    std::array<char, 256> in{};
    std::string out;
    out.reserve(1 << 20);
    for (;;) {
      const std::size_t n = socket.read_some(asio::buffer(in), ec);
      if (ec) return;
      commands.feed(std::string_view(in.data(), n));
      while (auto event = commands.next()) {
        const auto* line = std::get_if<codec::Line>(&*event);
        if (line == nullptr) continue;
        if (line->text.starts_with("STREAM ")) {
          out = "OK\n";
          for (std::uint64_t i = 0; i < samples_; ++i) {
            appendLine(out, seq_++, tails_);
            if (out.size() >= (1u << 20) - 256) {
              asio::write(socket, asio::buffer(out), ec);
              if (ec) return;
              out.clear();
            }
          }
          asio::write(socket, asio::buffer(out), ec);
        } else if (line->text == "STOP") {
          asio::write(socket, asio::buffer(std::string_view("OK\n")), ec);
        } else if (line->text == "*IDN?") {
          asio::write(socket, asio::buffer(std::string_view("RoboCert,BenchTracker,0,1\n")), ec);
        } else {
          asio::write(socket, asio::buffer(std::string_view("ERR 10 unknown command\n")), ec);
        }
        if (ec) return;
      }
    }
  }

  asio::io_context io_;
  tcp::acceptor acceptor_;
  std::uint64_t samples_;
  std::uint64_t seq_ = 0;
  std::uint16_t port_;
  std::vector<std::string> tails_;
  std::thread thread_;  // last: starts once everything it uses exists
};

void BM_TcpStreamToDriver(benchmark::State& state) {
  const auto n = static_cast<std::uint64_t>(state.range(0));
  Sender sender(n);
  asio::io_context io;
  auto work = asio::make_work_guard(io);
  auto url = robocert::transport::parseUrl("tcp://127.0.0.1:" + std::to_string(sender.port()));
  robocert::drivers::TrackerDriver driver(io, std::get<robocert::transport::Url>(url));
  bool up = false;
  driver.setConnectionHooks({[&] { up = true; }, {}, {}});
  driver.start();
  while (!up) io.run_one();

  std::uint64_t total = 0;
  std::uint64_t batches = 0;
  for (auto _ : state) {
    std::uint64_t received = 0;
    std::optional<std::uint64_t> expected;
    bool gap = false;
    bool started = false;
    bool stopped = false;
    bool failed = false;
    driver.startStream(
        1e6,
        [&](std::span<const robocert::devices::PoseSample> batch) {
          for (const auto& s : batch) {
            if (expected && s.seq != *expected) gap = true;
            expected = s.seq + 1;
          }
          received += batch.size();
          ++batches;
        },
        [&](std::optional<robocert::devices::DeviceError> e) {
          started = true;
          failed = failed || e.has_value();
        });
    while (!failed && received < n && !gap) io.run_one();
    driver.stopStream([&](std::optional<robocert::devices::DeviceError> e) {
      stopped = true;
      failed = failed || e.has_value();
    });
    while (!stopped) io.run_one();
    if (!started || failed || gap || received != n) {
      state.SkipWithError("stream failed, or samples lost or out of order");
      break;
    }
    total += received;
  }
  const std::uint64_t lost = driver.lostSamples();
  if (lost != 0) state.SkipWithError("the driver counted lost samples");
  driver.stop();
  while (io.poll_one() != 0) {
  }
  state.counters["samples_per_s"] =
      benchmark::Counter(static_cast<double>(total), benchmark::Counter::kIsRate);
  state.counters["lost"] = static_cast<double>(lost);
  state.counters["samples_per_batch"] =
      batches == 0 ? 0.0 : static_cast<double>(total) / static_cast<double>(batches);
}
BENCHMARK(BM_TcpStreamToDriver)
    ->Arg(2'000'000)
    ->Iterations(5)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
