#include "robocert/codec/line_framer.hpp"

#include <algorithm>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <utility>

namespace robocert::codec {

namespace {
constexpr std::size_t npos = std::numeric_limits<std::size_t>::max();
}

std::string_view describe(LineError::Kind kind) {
  switch (kind) {
    case LineError::Kind::Oversized:
      return "line longer than the maximum length";
    case LineError::Kind::Unterminated:
      return "stream ended inside a line (no terminator)";
  }
  return "unknown line error";
}

LineFramer::LineFramer(LineFramerOptions options) : options_(std::move(options)) {
  if (options_.terminator.empty()) throw std::invalid_argument("line terminator must not be empty");
  if (options_.maxLineBytes == 0) throw std::invalid_argument("maxLineBytes must be positive");
  // Keeps maxLineBytes + terminator size from overflowing below.
  options_.maxLineBytes =
      std::min(options_.maxLineBytes, std::numeric_limits<std::size_t>::max() / 2);
}

void LineFramer::feed(std::span<const std::uint8_t> bytes) {
  flushing_ = false;
  buffer_.append(bytes);
}

void LineFramer::feed(std::string_view bytes) {
  feed(std::span(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
}

std::size_t LineFramer::findTerminator(const char* data, std::size_t from,
                                       std::size_t limit) const {
  const std::string_view term = options_.terminator;
  if (limit < term.size()) return npos;
  const std::size_t lastStart = limit - term.size();
  while (from <= lastStart) {
    // memchr for the first terminator byte is the fast path (vectorised by the C library).
    const void* hit = std::memchr(data + from, term.front(), lastStart - from + 1);
    if (hit == nullptr) return npos;
    const auto pos = static_cast<std::size_t>(static_cast<const char*>(hit) - data);
    if (std::memcmp(data + pos + 1, term.data() + 1, term.size() - 1) == 0) return pos;
    from = pos + 1;
  }
  return npos;
}

std::optional<LineEvent> LineFramer::next() {
  const std::size_t termSize = options_.terminator.size();
  for (;;) {
    const auto* data = reinterpret_cast<const char*>(buffer_.data());
    const std::size_t size = buffer_.size();

    if (discarding_) {
      const std::size_t pos = findTerminator(data, scanFrom_, size);
      if (pos != npos) {
        buffer_.consume(pos + termSize);
        discarding_ = false;
        scanFrom_ = 0;
        continue;
      }
      scanFrom_ = 0;
      if (flushing_) {  // the stream ended inside the oversized line, already reported
        buffer_.consume(size);
        discarding_ = false;
        return std::nullopt;
      }
      // Keep only a possible terminator prefix, so memory stays bounded while dropping.
      buffer_.consume(size - std::min(size, termSize - 1));
      return std::nullopt;
    }

    // A line of at most maxLineBytes has its terminator inside this window.
    const std::size_t window = options_.maxLineBytes + termSize;
    const std::size_t limit = std::min(size, window);
    const std::size_t pos = findTerminator(data, scanFrom_, limit);
    if (pos != npos) {
      Line line{std::string_view(data, pos), buffer_.offset()};
      buffer_.consume(pos + termSize);  // the bytes stay in place: the view remains valid
      scanFrom_ = 0;
      return line;
    }
    if (size >= window) {
      const LineError error{LineError::Kind::Oversized, buffer_.offset()};
      // Nothing in the window can start the terminator except its last termSize - 1 bytes.
      buffer_.consume(window - (termSize - 1));
      discarding_ = true;
      scanFrom_ = 0;
      return error;
    }
    if (flushing_ && size > 0) {
      const LineError error{LineError::Kind::Unterminated, buffer_.offset()};
      buffer_.consume(size);
      scanFrom_ = 0;
      return error;
    }
    // Resume where a terminator could still start once more bytes arrive.
    scanFrom_ = size >= termSize ? size - termSize + 1 : 0;
    return std::nullopt;
  }
}

void LineFramer::flush() { flushing_ = true; }

std::string_view LineFramer::peek() const {
  return {reinterpret_cast<const char*>(buffer_.data()), buffer_.size()};
}

void LineFramer::consume(std::size_t count) {
  buffer_.consume(std::min(count, buffer_.size()));
  scanFrom_ = 0;
}

void LineFramer::reset() {
  buffer_.clear();
  scanFrom_ = 0;
  discarding_ = false;
  flushing_ = false;
}

}  // namespace robocert::codec
