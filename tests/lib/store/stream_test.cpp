// High-rate streams: samples round-trip exactly through columnar chunks, time-range reads return
// exactly the samples in the range, commits come within maxUncommitted, bad input loses nothing,
// the audit trail covers every chunk, and a concurrent reader is never locked out.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <limits>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "robocert/store/store.hpp"
#include "robocert/store/stream.hpp"

namespace fs = std::filesystem;
using namespace robocert::store;
using K = StoreError::Kind;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

namespace {

constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::size_t kChannels = 3;

// The test's own definition of sample i: 1 kHz from an arbitrary start, values that differ per
// channel and sample and are exactly representable.
std::int64_t timeOf(std::size_t i) {
  return 1'700'000'000'000'000'000 + static_cast<std::int64_t>(i) * 1'000'000;
}
double valueOf(std::size_t i, std::size_t k) {
  return static_cast<double>(i) * 0.25 - 1000.0 * static_cast<double>(k) + 0.5;
}
std::vector<double> valuesOf(std::size_t i) {
  std::vector<double> v(kChannels);
  for (std::size_t k = 0; k < kChannels; ++k) v[k] = valueOf(i, k);
  return v;
}

class StreamDir {
 public:
  StreamDir() {
    std::random_device rd;
    path_ = fs::temp_directory_path() /
            ("robocert-stream-" + std::to_string(getpid()) + "-" + std::to_string(rd()));
    fs::create_directories(path_);
  }
  ~StreamDir() { fs::remove_all(path_); }
  fs::path operator/(const std::string& name) const { return path_ / name; }

 private:
  fs::path path_;
};

// A raw SQLite connection to the file, as another program (or a tamperer) would have.
class RawDb {
 public:
  explicit RawDb(const fs::path& path) {
    EXPECT_EQ(sqlite3_open(path.c_str(), &db_), SQLITE_OK);
    sqlite3_busy_timeout(db_, 5000);
  }
  ~RawDb() { sqlite3_close(db_); }
  std::int64_t integer(const std::string& sql) {
    sqlite3_stmt* s = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db_, sql.c_str(), -1, &s, nullptr), SQLITE_OK) << sql;
    std::int64_t v = -1;
    if (sqlite3_step(s) == SQLITE_ROW) v = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return v;
  }
  sqlite3* handle() { return db_; }

 private:
  sqlite3* db_ = nullptr;
};

K kindOf(const std::function<void()>& f) {
  try {
    f();
  } catch (const StoreError& e) {
    return e.kind();
  }
  ADD_FAILURE() << "no StoreError";
  return K::Io;
}

// Expects data to hold exactly samples first..last-1 of the generator.
void expectSamples(const StreamData& data, std::size_t first, std::size_t last) {
  ASSERT_EQ(data.channels.size(), kChannels);
  ASSERT_EQ(data.tNs.size(), last - first);
  for (std::size_t k = 0; k < kChannels; ++k) ASSERT_EQ(data.channels[k].size(), last - first);
  for (std::size_t i = first; i < last; ++i) {
    ASSERT_EQ(data.tNs[i - first], timeOf(i)) << "sample " << i;
    for (std::size_t k = 0; k < kChannels; ++k) {
      ASSERT_EQ(data.channels[k][i - first], valueOf(i, k)) << "sample " << i << " channel " << k;
    }
  }
}

class StreamTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_.emplace(Store::open(path_));
    const Item item = store_->findOrCreateItem({.serial = "R-STREAM-1"});
    runId_ = store_->createRun({.itemId = item.id, .planText = "stream test"});
    streamId_ =
        store_->createStream(runId_, "tracker", {{"x", "mm"}, {"y", "mm"}, {"t", "N·m"}}, 1000.0);
  }

  // Writes samples [first, last) and closes the writer.
  void write(std::size_t first, std::size_t last, StreamWriter::Options o) {
    StreamWriter w(*store_, streamId_, o);
    for (std::size_t i = first; i < last; ++i) w.append(timeOf(i), valuesOf(i));
    w.close();
    EXPECT_EQ(w.samplesCommitted(), last - first);
  }

  StreamDir dir_;
  fs::path path_ = dir_ / "lab.db";
  std::optional<Store> store_;
  std::int64_t runId_ = 0;
  std::int64_t streamId_ = 0;
};

TEST_F(StreamTest, SamplesRoundTripAcrossChunksWithAPartialLastOne) {
  write(0, 1050, {.chunkSamples = 100});
  expectSamples(readStream(*store_, streamId_, kMin, kMax), 0, 1050);

  RawDb raw(path_);
  EXPECT_EQ(raw.integer("SELECT count(*) FROM stream_chunks"), 11);
  EXPECT_EQ(raw.integer("SELECT sum(count) FROM stream_chunks"), 1050);
  EXPECT_EQ(raw.integer("SELECT count FROM stream_chunks ORDER BY seq DESC LIMIT 1"), 50);
  // The layout the schema promises: count timestamps, then count doubles per channel.
  EXPECT_EQ(raw.integer("SELECT length(data) FROM stream_chunks WHERE seq = 10"),
            50 * 8 * (1 + static_cast<std::int64_t>(kChannels)));
  EXPECT_EQ(raw.integer("SELECT min(t_first_ns) FROM stream_chunks"), timeOf(0));
  EXPECT_EQ(raw.integer("SELECT max(t_last_ns) FROM stream_chunks"), timeOf(1049));
}

TEST_F(StreamTest, AWriterContinuesAStreamAfterWhatItHolds) {
  write(0, 250, {.chunkSamples = 100});
  write(250, 420, {.chunkSamples = 64});
  expectSamples(readStream(*store_, streamId_, kMin, kMax), 0, 420);
  StreamWriter again(*store_, streamId_);
  EXPECT_EQ(kindOf([&] { again.append(timeOf(418), valuesOf(418)); }), K::Invalid);
}

TEST_F(StreamTest, TimeRangesReturnExactlyTheSamplesInside) {
  constexpr std::size_t n = 1050;
  write(0, n, {.chunkSamples = 100});
  // Expected counts from the generator alone, whatever the chunking.
  auto check = [&](std::int64_t from, std::int64_t to) {
    std::size_t first = n, last = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (timeOf(i) >= from && timeOf(i) <= to) {
        first = std::min(first, i);
        last = i + 1;
      }
    }
    if (first == n) first = last = 0;
    SCOPED_TRACE("from " + std::to_string(from) + " to " + std::to_string(to));
    expectSamples(readStream(*store_, streamId_, from, to), first, last);
  };
  check(timeOf(10), timeOf(20));          // inside one chunk, bounds on samples
  check(timeOf(10) + 1, timeOf(20) - 1);  // inside one chunk, bounds between samples
  check(timeOf(99), timeOf(100));         // the two samples either side of a chunk border
  check(timeOf(95), timeOf(305));         // across several borders
  check(timeOf(1000), timeOf(1049));      // the partial last chunk
  check(timeOf(5) + 1, timeOf(6) - 1);    // between two samples: empty
  check(kMin, timeOf(0) - 1);             // before the stream: empty
  check(timeOf(n - 1) + 1, kMax);         // after it: empty
  check(timeOf(30), timeOf(20));          // from after to: empty
  check(kMin, kMax);                      // everything
  check(timeOf(0), timeOf(n - 1));        // everything, exact bounds
  check(timeOf(300), timeOf(300));        // one sample on a chunk's first
  std::mt19937_64 rng(7);
  std::uniform_int_distribution<std::int64_t> t(timeOf(0) - 5'000'000, timeOf(n) + 5'000'000);
  for (int r = 0; r < 50; ++r) {
    const std::int64_t a = t(rng), b = t(rng);
    check(std::min(a, b), std::max(a, b));
  }
}

TEST_F(StreamTest, EqualTimestampsAcrossAChunkBorderAreAllRead) {
  StreamWriter w(*store_, streamId_, {.chunkSamples = 4});
  for (int i = 0; i < 10; ++i) w.append(i < 3 ? 100 : 200, std::vector<double>(kChannels, i));
  w.close();
  const StreamData d = readStream(*store_, streamId_, 200, 200);
  ASSERT_EQ(d.tNs.size(), 7U);
  EXPECT_EQ(d.channels[0].front(), 3.0);
  EXPECT_EQ(d.channels[2].back(), 9.0);
}

TEST_F(StreamTest, CommitsComeWithinMaxUncommittedWithoutClose) {
  constexpr auto maxUncommitted = 20ms;
  StreamWriter w(*store_, streamId_, {.chunkSamples = 8192, .maxUncommitted = maxUncommitted});
  const Store reader = Store::open(path_, Store::Mode::ReadOnly);
  auto seen = [&] { return readStream(reader, streamId_, kMin, kMax).tNs.size(); };

  // A stream that pauses: flushIfDue() from a timer commits what waits.
  w.append(timeOf(0), valuesOf(0));
  std::this_thread::sleep_for(maxUncommitted + 5ms);
  w.flushIfDue();
  EXPECT_EQ(w.samplesCommitted(), 1U);
  EXPECT_EQ(seen(), 1U);

  // A 1 kHz stream: after every append, each sample appended more than maxUncommitted (plus
  // slack for the scheduler) ago is committed and visible to the reader.
  std::vector<Clock::time_point> appendedAt{Clock::now()};
  for (std::size_t i = 1; i < 300; ++i) {
    std::this_thread::sleep_for(1ms);
    w.append(timeOf(i), valuesOf(i));
    appendedAt.push_back(Clock::now());
    const std::size_t committed = w.samplesCommitted();
    ASSERT_LE(committed, i + 1);
    if (committed <= i) {
      ASSERT_LT(appendedAt.back() - appendedAt[committed], maxUncommitted + 25ms)
          << "sample " << committed << " still uncommitted";
    }
    if (i % 50 == 0) {
      ASSERT_EQ(seen(), committed);
    }
  }
  EXPECT_GT(w.samplesCommitted(), 250U);
  w.close();
  expectSamples(readStream(reader, streamId_, kMin, kMax), 0, 300);
  // Commits of a slow stream store what they hold, so there are many small chunks.
  EXPECT_GT(RawDb(path_).integer("SELECT count(*) FROM stream_chunks"), 5);
}

TEST_F(StreamTest, BadInputIsRefusedAndLosesNothing) {
  StreamWriter w(*store_, streamId_, {.chunkSamples = 100});
  for (std::size_t i = 0; i < 250; ++i) w.append(timeOf(i), valuesOf(i));
  w.flushIfDue();  // not due yet: 250 samples held, two chunks in the open transaction

  EXPECT_EQ(kindOf([&] { w.append(timeOf(250), std::vector<double>(kChannels + 1)); }), K::Invalid);
  EXPECT_EQ(kindOf([&] { w.append(timeOf(250), std::vector<double>(kChannels - 1)); }), K::Invalid);
  EXPECT_EQ(kindOf([&] { w.append(timeOf(248), valuesOf(248)); }), K::Invalid);
  EXPECT_EQ(w.samplesAppended(), 250U);
  for (std::size_t i = 250; i < 300; ++i) w.append(timeOf(i), valuesOf(i));
  w.close();
  expectSamples(readStream(*store_, streamId_, kMin, kMax), 0, 300);

  EXPECT_EQ(kindOf([&] { StreamWriter unknown(*store_, streamId_ + 99); }), K::NotFound);
  EXPECT_EQ(kindOf([&] { readStream(*store_, streamId_ + 99, kMin, kMax); }), K::NotFound);
  EXPECT_EQ(kindOf([&] { StreamWriter empty(*store_, streamId_, {.chunkSamples = 0}); }),
            K::Invalid);
  Store readOnly = Store::open(path_, Store::Mode::ReadOnly);
  EXPECT_EQ(kindOf([&] { StreamWriter unwritable(readOnly, streamId_); }), K::ReadOnly);

  // A run that has ended still takes samples (e.g. the tail of a buffer after stop).
  store_->setRunStatus(runId_, RunStatus::Completed);
  write(300, 310, {});
  expectSamples(readStream(*store_, streamId_, kMin, kMax), 0, 310);
  EXPECT_TRUE(store_->verify().intact);
}

TEST_F(StreamTest, ADatabaseFailureUndoesTheUncommittedAndTheWriterGoesOn) {
  StreamWriter w(*store_, streamId_, {.chunkSamples = 100, .maxUncommitted = 1h});
  for (std::size_t i = 0; i < 300; ++i) w.append(timeOf(i), valuesOf(i));
  w.close();  // 300 committed
  // A trigger (set by another connection) makes SQLite refuse the chunk with seq 7, after
  // chunks 3..6 and their audit entries went into the open transaction.
  RawDb raw(path_);
  ASSERT_EQ(sqlite3_exec(raw.handle(),
                         "CREATE TRIGGER fail_chunk BEFORE INSERT ON stream_chunks "
                         "WHEN NEW.seq = 7 BEGIN SELECT RAISE(ABORT, 'injected'); END",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  std::size_t failedAt = 0;
  try {
    for (std::size_t i = 300; i < 1000; ++i, failedAt = i) w.append(timeOf(i), valuesOf(i));
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("injected"), std::string::npos) << e.what();
  }
  EXPECT_EQ(failedAt, 799U);  // the append that filled chunk 7
  EXPECT_EQ(w.samplesCommitted(), 300U);
  EXPECT_EQ(w.samplesAppended(), 300U);
  expectSamples(readStream(*store_, streamId_, kMin, kMax), 0, 300);

  ASSERT_EQ(sqlite3_exec(raw.handle(), "DROP TRIGGER fail_chunk", nullptr, nullptr, nullptr),
            SQLITE_OK);
  for (std::size_t i = 300; i < 1000; ++i) w.append(timeOf(i), valuesOf(i));
  w.close();
  expectSamples(readStream(*store_, streamId_, kMin, kMax), 0, 1000);
  EXPECT_EQ(raw.integer("SELECT max(seq) FROM stream_chunks"), 9);
  // The audit chain continues from what is stored, not from the rolled-back entries.
  EXPECT_TRUE(store_->verify().intact);
}

TEST_F(StreamTest, WritesOfAnotherConnectionBetweenCommitsKeepTheChainWhole) {
  StreamWriter w(*store_, streamId_, {.chunkSamples = 100});
  Store other = Store::open(path_);  // another program or thread writing to the same file
  for (std::size_t i = 0; i < 1000; ++i) {
    w.append(timeOf(i), valuesOf(i));
    if (i % 250 == 0) {
      w.close();  // commit, so that the other connection can write
      other.addStation("station " + std::to_string(i));
    }
  }
  w.close();
  expectSamples(readStream(*store_, streamId_, kMin, kMax), 0, 1000);
  const VerifyReport report = store_->verify();
  EXPECT_TRUE(report.intact) << report.table << " row " << report.rowId;
}

TEST_F(StreamTest, VerifyCoversEveryChunkAndNamesAChangedOne) {
  write(0, 1050, {.chunkSamples = 100});
  const VerifyReport ok = store_->verify();
  EXPECT_TRUE(ok.intact);
  std::size_t chunkEntries = 0;
  for (const AuditRecord& a : store_->auditTrail(runId_)) {
    if (a.table == "stream_chunks" && a.action == "insert") ++chunkEntries;
  }
  EXPECT_EQ(chunkEntries, 11U);

  // One byte of one value in the middle chunk, changed behind the program's back.
  RawDb raw(path_);
  const std::int64_t id = raw.integer("SELECT id FROM stream_chunks WHERE seq = 5");
  sqlite3_stmt* s = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(raw.handle(), "SELECT data FROM stream_chunks WHERE id = ?", -1, &s,
                               nullptr),
            SQLITE_OK);
  sqlite3_bind_int64(s, 1, id);
  ASSERT_EQ(sqlite3_step(s), SQLITE_ROW);
  const auto* bytes = static_cast<const unsigned char*>(sqlite3_column_blob(s, 0));
  std::vector<unsigned char> blob(bytes, bytes + sqlite3_column_bytes(s, 0));
  sqlite3_finalize(s);
  ASSERT_EQ(blob.size(), 100U * 8U * (1U + kChannels));
  blob[1000] ^= 0x01;
  ASSERT_EQ(sqlite3_prepare_v2(raw.handle(), "UPDATE stream_chunks SET data = ? WHERE id = ?", -1,
                               &s, nullptr),
            SQLITE_OK);
  sqlite3_bind_blob(s, 1, blob.data(), static_cast<int>(blob.size()), SQLITE_STATIC);
  sqlite3_bind_int64(s, 2, id);
  ASSERT_EQ(sqlite3_step(s), SQLITE_DONE);
  sqlite3_finalize(s);

  const VerifyReport bad = store_->verify();
  EXPECT_FALSE(bad.intact);
  EXPECT_EQ(bad.problem, VerifyReport::Problem::RowChanged);
  EXPECT_EQ(bad.table, "stream_chunks");
  EXPECT_EQ(bad.rowId, id);
}

TEST_F(StreamTest, AReaderThreadIsNeverLockedOutWhileTheWriterStreams) {
  std::atomic<bool> done = false;
  std::atomic<std::size_t> reads = 0;
  std::string readerError;
  std::thread reader([&] {
    try {
      const Store r = Store::open(path_, Store::Mode::ReadOnly);  // one Store per thread
      std::size_t last = 0;
      for (bool stop = false; !stop;) {
        stop = done.load();  // one more read after the writer closed
        const StreamData d = readStream(r, streamId_, kMin, kMax);
        const std::size_t n = d.tNs.size();
        if (n < last) readerError = "sample count went down";
        // Whatever it sees is a whole, correct prefix of the stream.
        if (n > 0 && (d.tNs[n - 1] != timeOf(n - 1) || d.channels[2][n - 1] != valueOf(n - 1, 2))) {
          readerError = "wrong last sample at " + std::to_string(n);
        }
        if (!readerError.empty()) return;
        last = n;
        ++reads;
      }
      if (last != 400'000) readerError = "final read saw " + std::to_string(last);
    } catch (const StoreError& e) {
      readerError = std::string(e.kind() == K::Locked ? "locked: " : "failed: ") + e.what();
    }
  });
  {
    StreamWriter w(*store_, streamId_, {.chunkSamples = 1000, .maxUncommitted = 10ms});
    for (std::size_t i = 0; i < 400'000; ++i) {
      w.append(timeOf(i), valuesOf(i));
      if (i % 10'000 == 0) std::this_thread::sleep_for(2ms);  // let the reader in often
    }
    w.close();
  }
  done = true;
  reader.join();
  EXPECT_EQ(readerError, "");
  EXPECT_GT(reads.load(), 2U);
  EXPECT_TRUE(store_->verify().intact);
}

}  // namespace
