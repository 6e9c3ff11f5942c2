#pragma once

// Modbus TCP (MODBUS Messaging on TCP/IP Implementation Guide V1.0b): ADU = MBAP header
// (transaction id, protocol id = 0, length = bytes that follow, unit id) + PDU; at most 260
// bytes. All header fields big-endian.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <variant>

#include "robocert/codec/modbus.hpp"
#include "robocert/codec/stream_buffer.hpp"

namespace robocert::codec::modbus {

inline constexpr std::size_t kMbapHeaderBytes = 7;
inline constexpr std::size_t kMaxTcpAduBytes = 260;
// MBAP length counts the unit id and the PDU: 1 + (1..253).
inline constexpr std::uint16_t kMinMbapLength = 2;
inline constexpr std::uint16_t kMaxMbapLength = 254;

// MBAP header + pdu. Builds whatever PDU it is given (up to 65534 bytes), so tests and the
// simulator can also produce malformed frames.
Bytes tcpAdu(std::uint16_t transactionId, std::uint8_t unit, std::span<const std::uint8_t> pdu);

// Validated request / response in a TCP ADU. A server answers with the request's transaction
// id and unit id.
std::variant<Bytes, PduError> encodeTcpRequest(std::uint16_t transactionId, std::uint8_t unit,
                                               const Request& request);
std::variant<Bytes, PduError> encodeTcpResponse(std::uint16_t transactionId, std::uint8_t unit,
                                                const Response& response);

// One frame whose header passed the checks. `pdu` points into the framer's buffer: valid across
// further next() calls until the next feed(), prepare() or reset().
struct TcpFrame {
  std::uint16_t transactionId = 0;
  std::uint8_t unit = 0;
  std::span<const std::uint8_t> pdu;  // 1..253 bytes
  std::uint64_t offset = 0;           // stream offset of the first MBAP byte
};

using TcpEvent = std::variant<TcpFrame, FrameError>;

// Reads both directions (the MBAP length delimits frames whatever the function code).
class TcpFramer {
 public:
  void feed(std::span<const std::uint8_t> bytes);
  void feed(std::string_view bytes);
  // Zero-copy feed: read into prepare(size), then commit(bytes read).
  std::span<std::uint8_t> prepare(std::size_t size) { return buffer_.prepare(size); }
  void commit(std::size_t count) {
    flushing_ = false;
    buffer_.commit(count);
  }

  // The next frame or error, or nullopt when more bytes are needed. A header with protocol id
  // != 0 or length outside 2..254 gives FrameError. A TCP stream has no resynchronisation
  // marker, so after an error the driver should close the connection (Implementation Guide
  // 4.3.1); the framer itself drops one byte at a time until a plausible header lines up (one
  // error per run), so it never stalls or grows.
  std::optional<TcpEvent> next();

  // The connection closed: next() reports a partial frame as Truncated. The next feed() ends
  // this state.
  void flush() { flushing_ = true; }

  void reset();

  std::size_t bufferedBytes() const { return buffer_.size(); }  // < 260 after a drain
  std::size_t capacityBytes() const { return buffer_.capacity(); }
  std::uint64_t discardedBytes() const { return discarded_; }

 private:
  std::optional<TcpEvent> reject(FrameError::Kind kind);

  StreamBuffer buffer_;
  bool synced_ = true;
  bool flushing_ = false;
  std::uint64_t discarded_ = 0;
};

}  // namespace robocert::codec::modbus
