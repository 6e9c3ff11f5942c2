#pragma once

// Incremental framer for line protocols (SCPI, ASCII sample streams such as
// `seq,t_ns,x,y,z,a,b,c\n`): feed bytes in chunks of any size, pull lines and errors.
//
// Rules (docs/protocols/codecs.md):
// - A line is the bytes before the next occurrence of the terminator; the terminator is removed.
// - A line longer than maxLineBytes yields exactly one LineError::Kind::Oversized as soon as that
//   is certain (without waiting for its end); its bytes are dropped and framing resumes after
//   the next terminator. Memory therefore stays bounded by maxLineBytes + terminator size plus
//   whatever the caller feeds between two drains.
// - Bytes without a terminator wait for more data; flush() (end of stream) reports them as
//   LineError::Kind::Unterminated.
// Cost: amortised O(1) per byte (memchr over each byte once), no allocation per line.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>

#include "robocert/codec/stream_buffer.hpp"

namespace robocert::codec {

struct LineFramerOptions {
  std::string terminator = "\n";    // non-empty: "\n", "\r\n", "\r", ...
  std::size_t maxLineBytes = 4096;  // longest accepted line, terminator excluded
};

// One line without its terminator. `text` points into the framer's buffer: it stays valid
// across further next() calls, until the next feed(), prepare() or reset().
struct Line {
  std::string_view text;
  std::uint64_t offset = 0;  // stream offset of the line's first byte
};

struct LineError {
  enum class Kind {
    Oversized,     // more than maxLineBytes before a terminator; dropped up to the next one
    Unterminated,  // flush() found bytes with no terminator after them; dropped
  };
  Kind kind = Kind::Oversized;
  std::uint64_t offset = 0;  // stream offset of the offending line's first byte
};

std::string_view describe(LineError::Kind kind);

using LineEvent = std::variant<Line, LineError>;

class LineFramer {
 public:
  // Throws std::invalid_argument for an empty terminator or maxLineBytes == 0 (configuration
  // mistakes, not stream content).
  explicit LineFramer(LineFramerOptions options = {});

  // Copies the bytes in. Invalidates views from earlier lines.
  void feed(std::span<const std::uint8_t> bytes);
  void feed(std::string_view bytes);

  // Zero-copy alternative to feed(): read up to `size` bytes into prepare(size), then commit the
  // number actually read. Invalidates views from earlier lines.
  std::span<std::uint8_t> prepare(std::size_t size) { return buffer_.prepare(size); }
  void commit(std::size_t count) {
    flushing_ = false;
    buffer_.commit(count);
  }

  // The next line or error, or nullopt when more bytes are needed.
  std::optional<LineEvent> next();

  // End of stream (connection closed): next() reports buffered bytes without a terminator as
  // Unterminated instead of waiting. The next feed() ends this state.
  void flush();

  // Raw access between lines, for binary sections of a line protocol whose bytes may contain
  // the terminator (SCPI definite-length blocks "#<n><len><data>", see scpi::parseBlockHeader):
  // the bytes not yet framed (a view valid like a Line's), and dropping `count` of them
  // (count <= peek().size()). Not meaningful while an oversized line is being dropped.
  std::string_view peek() const;
  void consume(std::size_t count);

  // Forgets all state; offsets restart at 0.
  void reset();

  const LineFramerOptions& options() const { return options_; }
  // Bytes held for an incomplete line; < maxLineBytes + terminator size after next() returned
  // nullopt.
  std::size_t bufferedBytes() const { return buffer_.size(); }
  std::size_t capacityBytes() const { return buffer_.capacity(); }

 private:
  // Position of the first terminator starting in [from, limit - terminator size], or npos.
  std::size_t findTerminator(const char* data, std::size_t from, std::size_t limit) const;

  LineFramerOptions options_;
  StreamBuffer buffer_;
  std::size_t scanFrom_ = 0;  // positions before this hold no terminator start (resume point)
  bool discarding_ = false;   // inside an oversized line, dropping until the next terminator
  bool flushing_ = false;
};

}  // namespace robocert::codec
