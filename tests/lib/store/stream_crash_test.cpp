// A process killed with SIGKILL in the middle of stream ingest: the database passes SQLite's
// integrity check, every sample the writer reported committed is there and exact, the run is
// marked interrupted at the next open, and the audit chain is intact.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdint>
#include <filesystem>
#include <limits>
#include <random>
#include <string>

#include "robocert/store/store.hpp"
#include "robocert/store/stream.hpp"

namespace fs = std::filesystem;
using namespace robocert::store;

namespace {

constexpr std::size_t kCrashChannels = 6;

// What the child writes as sample i, so the parent can check every stored sample.
std::int64_t crashTime(std::uint64_t i) { return static_cast<std::int64_t>(i) * 100'000; }
double crashValue(std::uint64_t i, std::size_t k) {
  return static_cast<double>(i % 1'000'003) * 0.125 + static_cast<double>(k) * 10'000.0;
}

// The child: streams forever and reports each commit's sample count on `out`. It never returns;
// it ends by being killed (or, should the parent be gone, by SIGPIPE or the safety limit).
[[noreturn]] void ingestForever(const fs::path& db, int out) {
  try {
    Store store = Store::open(db);
    const Item item = store.findOrCreateItem({.serial = "R-CRASH"});
    const std::int64_t run = store.createRun({.itemId = item.id, .planText = "crash test"});
    const std::int64_t stream = store.createStream(
        run, "tracker",
        {{"x", "mm"}, {"y", "mm"}, {"z", "mm"}, {"a", "deg"}, {"b", "deg"}, {"c", "deg"}});
    StreamWriter w(store, stream,
                   {.chunkSamples = 4096, .maxUncommitted = std::chrono::milliseconds(20)});
    std::array<double, kCrashChannels> v{};
    std::uint64_t reported = 0;
    for (std::uint64_t i = 0; i < 2'000'000'000; ++i) {
      for (std::size_t k = 0; k < kCrashChannels; ++k) v[k] = crashValue(i, k);
      w.append(crashTime(i), v);
      if (w.samplesCommitted() != reported) {
        reported = w.samplesCommitted();
        if (write(out, &reported, sizeof reported) != static_cast<ssize_t>(sizeof reported))
          _exit(3);
      }
    }
  } catch (...) {
    _exit(2);
  }
  _exit(4);
}

std::string integrityCheck(const fs::path& db) {
  sqlite3* h = nullptr;
  std::string result = "cannot open";
  if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
    sqlite3_stmt* s = nullptr;
    sqlite3_prepare_v2(h, "PRAGMA integrity_check", -1, &s, nullptr);
    result.clear();
    while (sqlite3_step(s) == SQLITE_ROW) {
      result += reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
    }
    sqlite3_finalize(s);
  }
  sqlite3_close(h);
  return result;
}

class StreamCrash : public ::testing::Test {
 protected:
  void SetUp() override {
    std::random_device rd;
    dir_ = fs::temp_directory_path() /
           ("robocert-crash-" + std::to_string(getpid()) + "-" + std::to_string(rd()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(StreamCrash, SigkillDuringIngestKeepsEveryCommittedSample) {
  const fs::path db = dir_ / "lab.db";
  // Three kills into the same file, each a little later after the last report, so that they
  // land in different phases (appending, inserting a chunk, committing, checkpointing).
  for (int round = 0; round < 3; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    std::array<int, 2> fds{};
    ASSERT_EQ(pipe(fds.data()), 0);
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      close(fds[0]);
      ingestForever(db, fds[1]);
    }
    close(fds[1]);
    std::uint64_t lastReported = 0;
    int commits = 0;
    while (commits < 3 || lastReported < 200'000) {
      std::uint64_t n = 0;
      const ssize_t got = read(fds[0], &n, sizeof n);
      if (got == -1 && errno == EINTR) continue;
      if (got != static_cast<ssize_t>(sizeof n))
        break;  // the child ended on its own: reported below
      lastReported = n;
      ++commits;
    }
    usleep(static_cast<useconds_t>(round * 7000));
    ASSERT_EQ(kill(child, SIGKILL), 0);
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);  // reaped, so its pid is gone for good
    close(fds[0]);
    ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
        << "the child ended by itself, status " << status;
    ASSERT_GE(lastReported, 200'000U);

    EXPECT_EQ(integrityCheck(db), "ok");
    Store store = Store::open(db);  // marks the dead child's run interrupted
    const robocert::store::Run run = store.runs().back();
    EXPECT_EQ(run.status, RunStatus::Interrupted);
    const std::int64_t streamId = static_cast<std::int64_t>(round) + 1;
    const StreamData d = readStream(store, streamId, std::numeric_limits<std::int64_t>::min(),
                                    std::numeric_limits<std::int64_t>::max());
    ASSERT_GE(d.tNs.size(), lastReported);
    ASSERT_EQ(d.channels.size(), kCrashChannels);
    for (std::size_t i = 0; i < d.tNs.size(); ++i) {
      ASSERT_EQ(d.tNs[i], crashTime(i)) << "sample " << i;
      for (std::size_t k = 0; k < kCrashChannels; ++k) {
        ASSERT_EQ(d.channels[k][i], crashValue(i, k)) << "sample " << i << " channel " << k;
      }
    }
    const VerifyReport report = store.verify();
    EXPECT_TRUE(report.intact) << report.table << " row " << report.rowId;
  }
}

}  // namespace
