#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "robocert/store/store.hpp"

namespace robocert::store {

struct StreamData;

// Writes one high-rate stream (timestamped samples of the stream's channels) into columnar
// chunks, the path every live stream and `robocert bench ingest` take. Durability: the writer
// starts each commit early enough, allowing for how long its recent commits took, that a sample
// is committed within maxUncommitted of its append (unless a commit is much slower than the
// recent ones), so about that much data is at risk when the process dies; this needs appends to
// keep coming, so call flushIfDue() from a timer when samples may pause. A commit stores the
// samples gathered so far as a chunk even when it is not full, so a slow stream gets chunks of
// about rate × maxUncommitted samples. Each chunk is covered by the audit trail. Not thread-safe:
// one writer per Store, which must outlive it; while the writer holds uncommitted chunks (at most
// maxUncommitted) other writes through the same Store fail, so make them through a second Store.
// Errors: StoreError. Bad arguments (Invalid) change nothing; a database failure rolls back and
// drops every uncommitted sample (samplesAppended() falls back to samplesCommitted()), and the
// writer may go on from the last committed sample.
class StreamWriter {
 public:
  struct Options {
    std::size_t chunkSamples = 8192;
    std::chrono::milliseconds maxUncommitted{100};
  };
  // NotFound for an unknown stream, ReadOnly for a read-only Store, Invalid for chunkSamples 0 or
  // chunks larger than SQLite's blob limit. Appends continue after what the stream already holds.
  StreamWriter(Store& store, std::int64_t streamId);
  StreamWriter(Store& store, std::int64_t streamId, Options options);
  ~StreamWriter();  // commits what it holds; errors there are lost, so call close() first
  StreamWriter(const StreamWriter&) = delete;
  StreamWriter& operator=(const StreamWriter&) = delete;

  // values.size() must equal the stream's channel count and tNs must not be before the stream's
  // last sample (Invalid otherwise, and nothing changes).
  void append(std::int64_t tNs, std::span<const double> values);
  void flushIfDue();  // commits when the oldest uncommitted sample is due (see above)
  void close();       // stores and commits everything appended

  std::uint64_t samplesAppended() const;
  std::uint64_t samplesCommitted() const;

 private:
  struct State;
  std::unique_ptr<State> s_;
  // Reads through the Store's own connection, which only StreamWriter (a friend of Store) reaches.
  friend StreamData readStream(const Store& store, std::int64_t streamId, std::int64_t fromNs,
                               std::int64_t toNs);
};

// Samples of a stream with from <= t <= to (ns), in time order, column by column; committed
// samples only (and the calling Store's own uncommitted chunks). Reads only the chunks that
// overlap the range. NotFound for an unknown stream; Io for a damaged chunk.
struct StreamData {
  std::vector<std::int64_t> tNs;
  std::vector<std::vector<double>> channels;  // channels[k][i] is channel k of sample i
};
StreamData readStream(const Store& store, std::int64_t streamId, std::int64_t fromNs,
                      std::int64_t toNs);

}  // namespace robocert::store
