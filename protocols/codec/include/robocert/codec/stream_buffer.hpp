#pragma once

// The byte store behind every framer: bytes are appended at the back and consumed from the front.
// Consumed space is reclaimed lazily so that each byte is copied O(1) times on average, however
// the stream is chunked, and frames can be handed out as views into contiguous memory.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>

namespace robocert::codec {

class StreamBuffer {
 public:
  StreamBuffer() = default;

  // Appends a copy of `bytes`. Invalidates pointers into the buffer (views handed out earlier).
  void append(std::span<const std::uint8_t> bytes);

  // Returns a writable area of exactly `size` bytes after the buffered data, for a reader that
  // fills it directly (socket read); commit() then makes the first `count` of them part of the
  // data. Invalidates pointers into the buffer. commit(count) requires count <= the last size.
  // consume() may run between the two (frames pulled while a read is pending); append() and
  // another prepare() abandon the prepared area.
  std::span<std::uint8_t> prepare(std::size_t size);
  void commit(std::size_t count);

  // The unconsumed bytes, contiguous.
  const std::uint8_t* data() const { return storage_.get() + begin_; }
  std::size_t size() const { return end_ - begin_; }
  bool empty() const { return begin_ == end_; }

  // Drops the first `count` unconsumed bytes (count <= size()). Does not move memory, so views
  // into the buffer stay valid until the next append(), prepare() or clear().
  void consume(std::size_t count);

  // Stream offset (bytes since construction or clear()) of data()[0].
  std::uint64_t offset() const { return consumedTotal_; }

  // Allocated bytes, for tests and fuzz targets asserting that memory stays bounded.
  std::size_t capacity() const { return capacity_; }

  void clear();

 private:
  // Makes room for `extra` bytes after end_, compacting or growing.
  void reserveTail(std::size_t extra);

  std::unique_ptr<std::uint8_t[]> storage_;  // not a vector: growing must not zero-fill
  std::size_t capacity_ = 0;
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  std::size_t prepared_ = 0;
  std::uint64_t consumedTotal_ = 0;
};

}  // namespace robocert::codec
