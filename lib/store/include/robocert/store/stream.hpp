#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "robocert/store/store.hpp"

namespace robocert::store {

// Writes one high-rate stream (timestamped samples of the stream's channels) into columnar
// chunks, the path every live stream and `robocert bench ingest` take. Durability: a transaction
// is committed as soon as the oldest uncommitted sample is older than maxUncommitted, so at most
// that much data is at risk when the process dies; call flushIfDue() from a timer when samples
// may pause. Each chunk is covered by the audit trail. Not thread-safe: one writer per Store.
class StreamWriter {
 public:
  struct Options {
    std::size_t chunkSamples = 8192;
    std::chrono::milliseconds maxUncommitted{100};
  };
  StreamWriter(Store& store, std::int64_t streamId);
  StreamWriter(Store& store, std::int64_t streamId, Options options);
  ~StreamWriter();  // commits what it holds; errors there are lost, so call close() first
  StreamWriter(const StreamWriter&) = delete;
  StreamWriter& operator=(const StreamWriter&) = delete;

  // values.size() must equal the stream's channel count (Invalid otherwise); tNs must not
  // decrease.
  void append(std::int64_t tNs, std::span<const double> values);
  void flushIfDue();
  void close();  // stores and commits everything appended

  std::uint64_t samplesAppended() const;
  std::uint64_t samplesCommitted() const;

 private:
  struct State;
  std::unique_ptr<State> s_;
};

// Samples of a stream with from <= t <= to (ns), in time order, column by column.
struct StreamData {
  std::vector<std::int64_t> tNs;
  std::vector<std::vector<double>> channels;  // channels[k][i] is channel k of sample i
};
StreamData readStream(const Store& store, std::int64_t streamId, std::int64_t fromNs,
                      std::int64_t toNs);

}  // namespace robocert::store
