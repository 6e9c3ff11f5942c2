#include "robocert/store/stream.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <optional>
#include <string>

#include "store_impl.hpp"

namespace robocert::store {

// The chunk blob is the in-memory layout of the encode buffer, so it is little-endian only here.
static_assert(std::endian::native == std::endian::little, "stream chunks are little-endian");

using detail::Statement;
using K = StoreError::Kind;
using Clock = std::chrono::steady_clock;

namespace {

constexpr std::size_t kWordBytes = 8;  // an int64 timestamp or a double

// The clock is read every `stride` appends. Reading it costs ~20 ns, which matters at millions
// of samples per second and not at all at 1 kHz, so stride adapts to keep readings about
// maxUncommitted / 16 apart, and never more than kMaxStride appends apart (a stream that slows
// down suddenly is noticed within kMaxStride samples; one that stops needs flushIfDue()).
constexpr std::uint32_t kMaxStride = 256;

struct StreamRow {
  std::int64_t runId = 0;
  std::size_t channels = 0;
};

StreamRow streamRow(const Store::Impl& impl, std::int64_t streamId) {
  Statement q = impl.conn.prepare("SELECT run_id, channels FROM streams WHERE id = ?");
  q.bind(1, streamId);
  if (!q.step()) {
    throw StoreError(K::NotFound, impl.path.string(), "no stream " + std::to_string(streamId));
  }
  return {q.columnInt(0), parseChannelSpec(q.columnText(1)).size()};
}

}  // namespace

struct StreamWriter::State {
  static Store::Impl& implOf(const Store& store) { return *store.impl_; }

  State(Store::Impl& i, std::int64_t id, Options o) : impl(i), streamId(id), options(o) {
    impl.requireWritable();
    const StreamRow row = streamRow(impl, streamId);
    runId = row.runId;
    channels = row.channels;
    const auto limit =
        static_cast<std::size_t>(sqlite3_limit(impl.conn.handle(), SQLITE_LIMIT_LENGTH, -1));
    if (options.chunkSamples == 0 || options.chunkSamples > limit / kWordBytes / (1 + channels)) {
      throw StoreError(K::Invalid, impl.path.string(),
                       "chunkSamples " + std::to_string(options.chunkSamples) +
                           " must be at least 1 and keep a chunk within SQLite's blob limit");
    }
    // Continue after what the stream holds: next seq, and no time before its last sample.
    Statement q = impl.conn.prepare(
        "SELECT coalesce(max(seq) + 1, 0), max(t_last_ns) FROM stream_chunks WHERE stream_id = ?");
    q.bind(1, streamId);
    q.step();
    seq = committedSeq = q.columnInt(0);
    lastNs = committedLastNs = q.columnOptInt(1).value_or(INT64_MIN);
    words.resize(options.chunkSamples * (1 + channels));
    insert.emplace(impl.conn.prepare(
        "INSERT INTO stream_chunks(stream_id, seq, t_first_ns, t_last_ns, count, data) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    lastCheck = Clock::now();
    commitCost = options.maxUncommitted / 2;  // cautious until commits have been seen
  }

  bool holdsUncommitted() const { return appended != committed; }
  // A sample is safe only when its commit has ended, and at high rates a commit takes tens of
  // milliseconds (SQLite's automatic checkpoint, with its fsyncs, runs inside it). So the commit
  // starts early enough to end within maxUncommitted: it reserves twice the recent commit time
  // plus a tenth for the scheduler, but waits at least a quarter of maxUncommitted so that fast
  // streams still write big chunks.
  bool due(Clock::time_point now) const {
    const Clock::duration reserve = std::min<Clock::duration>(
        2 * commitCost + options.maxUncommitted / 10, options.maxUncommitted * 3 / 4);
    return holdsUncommitted() && now - oldest + reserve >= options.maxUncommitted;
  }

  // Reads the clock, adapts the stride (see kMaxStride) and commits when due.
  void tick() {
    const auto now = Clock::now();
    const auto target =
        std::chrono::duration_cast<std::chrono::microseconds>(options.maxUncommitted) / 16;
    if (now - lastCheck < target / 2) {
      stride = std::min(stride * 2, kMaxStride);
    } else if (now - lastCheck > target) {
      stride = std::max(stride / 2, 1U);
    }
    lastCheck = now;
    countdown = stride;
    if (due(now)) commit();
  }

  // Inserts the buffered samples as one chunk, inside the writer's transaction (begun here when
  // none is open, so short commits of slow streams hold the write lock only briefly).
  void storeChunk() {
    if (!tx) {
      tx.emplace(impl.conn);
      // Another connection may have appended to the audit trail since our last commit; inside
      // the write lock the stored head is the one to chain to (as Store::Impl::write does).
      impl.audit.reload();
    }
    const std::size_t n = buffered;
    const std::size_t cap = options.chunkSamples;
    if (n < cap) {
      // A partial chunk: close the gaps between the columns so the blob is count-sized.
      for (std::size_t k = 1; k <= channels; ++k) {
        std::copy_n(words.begin() + static_cast<std::ptrdiff_t>(k * cap), n,
                    words.begin() + static_cast<std::ptrdiff_t>(k * n));
      }
    }
    const auto blob = std::as_bytes(std::span(words.data(), n * (1 + channels)));
    insert->bind(1, streamId).bind(2, seq);
    insert->bind(3, static_cast<std::int64_t>(words[0]))
        .bind(4, static_cast<std::int64_t>(words[n - 1]));
    insert->bind(5, static_cast<std::int64_t>(n)).bind(6, blob);  // bound SQLITE_STATIC: no copy
    insert->step();
    insert->reset();
    insert->bindNull(6);  // the buffer is about to be reused
    impl.audit.recordRow(impl.actor, "insert", "stream_chunks", impl.conn.lastInsertRowid(), runId);
    ++seq;
    buffered = 0;
  }

  void commit() {
    if (buffered > 0) storeChunk();
    if (tx) {
      const auto start = Clock::now();
      tx->commit();
      tx.reset();
      // The largest recent commit time, forgotten slowly: checkpoints make every few commits slow.
      commitCost = std::max<Clock::duration>(Clock::now() - start, commitCost * 7 / 8);
    }
    committed = appended;
    committedSeq = seq;
    committedLastNs = lastNs;
  }

  // After a database failure: undo the transaction, forget what it held, and re-read the audit
  // head so the next entry chains to what is really stored.
  void abandon() noexcept {
    tx.reset();  // rolls back
    buffered = 0;
    appended = committed;
    seq = committedSeq;
    lastNs = committedLastNs;
    try {
      impl.audit.reload();
    } catch (...) {  // the original error is the one worth reporting
    }
  }

  template <typename Fn>
  void guarded(Fn&& fn) {
    try {
      fn();
    } catch (...) {
      abandon();
      throw;
    }
  }

  Store::Impl& impl;
  std::int64_t streamId;
  Options options;
  std::int64_t runId = 0;
  std::size_t channels = 0;

  // Encode buffer: chunkSamples timestamps, then chunkSamples values of each channel, as 64-bit
  // words, so a full chunk is the blob as it is.
  std::vector<std::uint64_t> words;
  std::size_t buffered = 0;
  std::optional<Statement> insert;
  std::optional<detail::Transaction> tx;

  std::uint64_t appended = 0, committed = 0;
  std::int64_t seq = 0, committedSeq = 0;
  std::int64_t lastNs = INT64_MIN, committedLastNs = INT64_MIN;
  Clock::time_point oldest;  // when the oldest uncommitted sample was appended
  Clock::time_point lastCheck;
  Clock::duration commitCost{};
  std::uint32_t stride = 1, countdown = 1;
};

StreamWriter::StreamWriter(Store& store, std::int64_t streamId)
    : StreamWriter(store, streamId, Options{}) {}

StreamWriter::StreamWriter(Store& store, std::int64_t streamId, Options options)
    : s_(std::make_unique<State>(State::implOf(store), streamId, options)) {}

StreamWriter::~StreamWriter() {
  try {
    close();
  } catch (...) {  // documented: call close() to see errors
  }
}

void StreamWriter::append(std::int64_t tNs, std::span<const double> values) {
  State& s = *s_;
  if (values.size() != s.channels) [[unlikely]] {
    throw StoreError(K::Invalid, s.impl.path.string(),
                     "stream " + std::to_string(s.streamId) + " has " + std::to_string(s.channels) +
                         " channels, a sample came with " + std::to_string(values.size()));
  }
  if (tNs < s.lastNs) [[unlikely]] {
    throw StoreError(K::Invalid, s.impl.path.string(),
                     "stream " + std::to_string(s.streamId) + ": time went back from " +
                         std::to_string(s.lastNs) + " ns to " + std::to_string(tNs) + " ns");
  }
  if (!s.holdsUncommitted()) s.oldest = Clock::now();
  const std::size_t cap = s.options.chunkSamples;
  std::uint64_t* at = s.words.data() + s.buffered;
  at[0] = static_cast<std::uint64_t>(tNs);
  for (std::size_t k = 0; k < s.channels; ++k) {
    at[(k + 1) * cap] = std::bit_cast<std::uint64_t>(values[k]);
  }
  ++s.buffered;
  ++s.appended;
  s.lastNs = tNs;
  if (s.buffered == cap) {
    s.guarded([&] {
      s.storeChunk();
      s.tick();
    });
  } else if (--s.countdown == 0) {
    s.guarded([&] { s.tick(); });
  }
}

void StreamWriter::flushIfDue() {
  State& s = *s_;
  s.guarded([&] {
    if (s.due(Clock::now())) s.commit();
  });
}

void StreamWriter::close() {
  State& s = *s_;
  s.guarded([&] {
    if (s.holdsUncommitted()) s.commit();
  });
}

std::uint64_t StreamWriter::samplesAppended() const { return s_->appended; }
std::uint64_t StreamWriter::samplesCommitted() const { return s_->committed; }

StreamData readStream(const Store& store, std::int64_t streamId, std::int64_t fromNs,
                      std::int64_t toNs) {
  const Store::Impl& impl = StreamWriter::State::implOf(store);
  const std::size_t channels = streamRow(impl, streamId).channels;
  StreamData out;
  out.channels.resize(channels);
  if (fromNs > toNs) return out;
  // The (stream_id, t_last_ns) index finds the first chunk ending at or after fromNs; chunks are
  // in time order, so the scan stops at the first one starting after toNs.
  Statement q = impl.conn.prepare(
      "SELECT t_first_ns, count, data, seq FROM stream_chunks "
      "WHERE stream_id = ? AND t_last_ns >= ? ORDER BY t_last_ns, id");
  q.bind(1, streamId).bind(2, fromNs);
  while (q.step()) {
    if (q.columnInt(0) > toNs) break;
    const std::int64_t count = q.columnInt(1);
    const auto blob = q.columnBlob(2);
    const auto n = static_cast<std::size_t>(count);
    if (count <= 0 || blob.size() / kWordBytes / (1 + channels) != n ||
        blob.size() != n * kWordBytes * (1 + channels)) {
      throw StoreError(K::Io, impl.path.string(),
                       "stream " + std::to_string(streamId) + " chunk " +
                           std::to_string(q.columnInt(3)) +
                           " is damaged (size does not match count)");
    }
    // Timestamps first (the blob need not be aligned, hence memcpy), then keep [lo, hi).
    const std::size_t base = out.tNs.size();
    out.tNs.resize(base + n);
    std::memcpy(out.tNs.data() + base, blob.data(), n * kWordBytes);
    const auto begin = out.tNs.begin() + static_cast<std::ptrdiff_t>(base);
    const auto first = std::lower_bound(begin, out.tNs.end(), fromNs);
    const auto last = std::upper_bound(first, out.tNs.end(), toNs);
    const auto lo = static_cast<std::size_t>(first - begin);
    const auto hi = static_cast<std::size_t>(last - begin);
    out.tNs.erase(last, out.tNs.end());
    out.tNs.erase(begin, begin + static_cast<std::ptrdiff_t>(lo));
    if (hi == lo) continue;  // (and memcpy must not see the null data() of an empty vector)
    for (std::size_t k = 0; k < channels; ++k) {
      auto& column = out.channels[k];
      const std::size_t at = column.size();
      column.resize(at + hi - lo);
      std::memcpy(column.data() + at, blob.data() + ((k + 1) * n + lo) * kWordBytes,
                  (hi - lo) * kWordBytes);
    }
  }
  return out;
}

}  // namespace robocert::store
