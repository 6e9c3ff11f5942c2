#pragma once

// Modbus RTU (MODBUS over Serial Line V1.02): ADU = unit address, PDU, CRC-16/MODBUS sent low
// byte first; at most 256 bytes. RTU has no length field and the codec has no clock, so the
// framer derives each frame's length from its function code (and byte count) and checks the
// CRC; the driver calls flush() when the line has been silent for t3.5 or a reply timed out.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <variant>

#include "robocert/codec/modbus.hpp"
#include "robocert/codec/stream_buffer.hpp"

namespace robocert::codec::modbus {

inline constexpr std::size_t kMaxRtuAduBytes = 256;

// CRC-16/MODBUS: reflected polynomial 0xA001, initial value 0xFFFF, no final XOR.
std::uint16_t crc16(std::span<const std::uint8_t> bytes);

// unit + pdu + CRC (low byte first). Builds whatever PDU it is given, so tests and the
// simulator can also produce malformed frames.
Bytes rtuAdu(std::uint8_t unit, std::span<const std::uint8_t> pdu);

// Validated request / response in an RTU ADU; unit 0 is broadcast (requests only, per spec).
std::variant<Bytes, PduError> encodeRtuRequest(std::uint8_t unit, const Request& request);
std::variant<Bytes, PduError> encodeRtuResponse(std::uint8_t unit, const Response& response);

// Which side's frames the framer reads: the length of a frame depends on it (an FC 16 request
// carries data, its response does not).
enum class Direction {
  Requests,   // a server (the simulator) reads requests
  Responses,  // a client (the driver) reads responses
};

// One frame that passed its CRC. `pdu` points into the framer's buffer: valid across further
// next() calls until the next feed(), prepare() or reset().
struct RtuFrame {
  std::uint8_t unit = 0;
  std::span<const std::uint8_t> pdu;
  std::uint64_t offset = 0;  // stream offset of the unit address byte
};

using RtuEvent = std::variant<RtuFrame, FrameError>;

class RtuFramer {
 public:
  explicit RtuFramer(Direction direction) : direction_(direction) {}

  void feed(std::span<const std::uint8_t> bytes);
  void feed(std::string_view bytes);
  // Zero-copy feed: read into prepare(size), then commit(bytes read).
  std::span<std::uint8_t> prepare(std::size_t size) { return buffer_.prepare(size); }
  void commit(std::size_t count) {
    flushing_ = false;
    buffer_.commit(count);
  }

  // The next frame or error, or nullopt when more bytes are needed. A partial frame produces
  // neither until more bytes arrive or flush() is called. Bytes that cannot start a valid
  // frame (garbage, bad CRC, unknown function code, byte count beyond the spec) give one
  // FrameError per run and are dropped one at a time until a valid frame lines up.
  std::optional<RtuEvent> next();

  // The line went silent (t3.5) or the reply timed out: what is buffered will not be completed,
  // so next() reports a partial frame as FrameError::Kind::Truncated instead of waiting. The
  // next feed() ends this state.
  void flush() { flushing_ = true; }

  void reset();

  Direction direction() const { return direction_; }
  std::size_t bufferedBytes() const { return buffer_.size(); }  // < 256 after a drain
  std::size_t capacityBytes() const { return buffer_.capacity(); }
  std::uint64_t discardedBytes() const { return discarded_; }

 private:
  // Drops the first byte; returns the error to report, if this starts a garbage run.
  std::optional<RtuEvent> reject(FrameError::Kind kind);

  Direction direction_;
  StreamBuffer buffer_;
  bool synced_ = true;  // no error reported since the last valid frame
  bool flushing_ = false;
  std::uint64_t discarded_ = 0;
};

}  // namespace robocert::codec::modbus
