#include "robocert/codec/stream_buffer.hpp"

#include <algorithm>
#include <cassert>
#include <cstring>

namespace robocert::codec {

void StreamBuffer::reserveTail(std::size_t extra) {
  if (capacity_ - end_ >= extra) return;
  const std::size_t live = size();
  // Compacting costs `live` byte moves; doing it only when at least as many bytes have been
  // consumed since the last compaction charges every move to a consumed byte (amortised O(1)).
  if (begin_ >= live && capacity_ - live >= extra) {
    if (live > 0) std::memmove(storage_.get(), storage_.get() + begin_, live);
    begin_ = 0;
    end_ = live;
    return;
  }
  const std::size_t wanted = std::max({capacity_ * 2, live + extra, std::size_t{256}});
  auto grown = std::make_unique_for_overwrite<std::uint8_t[]>(wanted);
  if (live > 0) std::memcpy(grown.get(), storage_.get() + begin_, live);
  storage_ = std::move(grown);
  capacity_ = wanted;
  begin_ = 0;
  end_ = live;
}

void StreamBuffer::append(std::span<const std::uint8_t> bytes) {
  prepared_ = 0;
  if (bytes.empty()) return;
  reserveTail(bytes.size());
  std::memcpy(storage_.get() + end_, bytes.data(), bytes.size());
  end_ += bytes.size();
}

std::span<std::uint8_t> StreamBuffer::prepare(std::size_t size) {
  reserveTail(size);
  prepared_ = size;
  return {storage_.get() + end_, size};
}

void StreamBuffer::commit(std::size_t count) {
  assert(count <= prepared_);
  count = std::min(count, prepared_);
  end_ += count;
  prepared_ = 0;
}

void StreamBuffer::consume(std::size_t count) {
  assert(count <= size());
  count = std::min(count, size());
  begin_ += count;
  consumedTotal_ += count;
  if (begin_ == end_ && prepared_ == 0) {
    // Nothing live: restart at the front for free, which keeps steady streams from ever moving.
    // Views handed out stay valid because the bytes themselves are untouched. Not while a
    // prepared area awaits its commit: the reader is writing right after end_.
    begin_ = 0;
    end_ = 0;
  }
}

void StreamBuffer::clear() {
  consumedTotal_ = 0;
  begin_ = 0;
  end_ = 0;
  prepared_ = 0;
}

}  // namespace robocert::codec
