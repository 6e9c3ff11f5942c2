#include "robocert/codec/modbus_rtu.hpp"

#include <array>

namespace robocert::codec::modbus {

namespace {

constexpr std::array<std::uint16_t, 256> makeCrcTable() {
  std::array<std::uint16_t, 256> table{};
  for (std::size_t i = 0; i < table.size(); ++i) {
    auto crc = static_cast<std::uint16_t>(i);
    for (int bit = 0; bit < 8; ++bit) {
      crc = (crc & 1u) ? static_cast<std::uint16_t>((crc >> 1) ^ 0xA001u)
                       : static_cast<std::uint16_t>(crc >> 1);
    }
    table[i] = crc;
  }
  return table;
}
constexpr auto kCrcTable = makeCrcTable();

constexpr std::uint8_t kExceptionBit = 0x80;

// The spec's largest byte counts: FC 1 response 2000 coils = 250 bytes, FC 3/4 response
// 125 registers = 250 bytes, FC 16 request 123 registers = 246 bytes.
constexpr std::size_t kMaxResponseByteCount = 250;
constexpr std::size_t kMaxWriteByteCount = 2 * kMaxWriteRegisters;

// How long the frame at the front is, as far as the bytes so far tell.
struct Length {
  enum class Status { Known, NeedMore, Error } status;
  std::size_t bytes = 0;  // Known: whole ADU; NeedMore: bytes needed to know more
  FrameError::Kind error = FrameError::Kind::UnsupportedFunction;
};

Length known(std::size_t bytes) { return {Length::Status::Known, bytes}; }
Length needMore(std::size_t bytes) { return {Length::Status::NeedMore, bytes}; }
Length fail(FrameError::Kind kind) { return {Length::Status::Error, 0, kind}; }

Length frameLength(Direction direction, const std::uint8_t* data, std::size_t size) {
  if (size < 2) return needMore(2);
  const std::uint8_t fc = data[1];
  if (direction == Direction::Requests) {
    switch (fc) {
      case 0x01:
      case 0x03:
      case 0x04:
      case 0x05:
      case 0x06:
        return known(8);  // unit fc addr(2) qty/value(2) crc(2)
      case 0x10: {
        if (size < 7) return needMore(7);
        const std::size_t count = data[6];  // unit fc addr(2) qty(2) count data crc(2)
        if (count < 2 || count > kMaxWriteByteCount)
          return fail(FrameError::Kind::LengthOutOfRange);
        return known(9 + count);
      }
      default:
        return fail(FrameError::Kind::UnsupportedFunction);
    }
  }
  if (fc & kExceptionBit) return known(5);  // unit fc code crc(2)
  switch (fc) {
    case 0x01:
    case 0x03:
    case 0x04: {
      if (size < 3) return needMore(3);
      const std::size_t count = data[2];  // unit fc count data crc(2)
      if (count < 1 || count > kMaxResponseByteCount) {
        return fail(FrameError::Kind::LengthOutOfRange);
      }
      return known(5 + count);
    }
    case 0x05:
    case 0x06:
    case 0x10:
      return known(8);
    default:
      return fail(FrameError::Kind::UnsupportedFunction);
  }
}

}  // namespace

std::uint16_t crc16(std::span<const std::uint8_t> bytes) {
  std::uint16_t crc = 0xFFFF;
  for (std::uint8_t b : bytes) {
    crc = static_cast<std::uint16_t>((crc >> 8) ^ kCrcTable[(crc ^ b) & 0xFFu]);
  }
  return crc;
}

Bytes rtuAdu(std::uint8_t unit, std::span<const std::uint8_t> pdu) {
  Bytes adu;
  adu.reserve(pdu.size() + 3);
  adu.push_back(unit);
  adu.insert(adu.end(), pdu.begin(), pdu.end());
  const std::uint16_t crc = crc16(adu);
  adu.push_back(static_cast<std::uint8_t>(crc & 0xFF));  // low byte first, unlike PDU fields
  adu.push_back(static_cast<std::uint8_t>(crc >> 8));
  return adu;
}

std::variant<Bytes, PduError> encodeRtuRequest(std::uint8_t unit, const Request& request) {
  auto pdu = encodeRequest(request);
  if (const auto* e = std::get_if<PduError>(&pdu)) return *e;
  return rtuAdu(unit, std::get<Bytes>(pdu));
}

std::variant<Bytes, PduError> encodeRtuResponse(std::uint8_t unit, const Response& response) {
  auto pdu = encodeResponse(response);
  if (const auto* e = std::get_if<PduError>(&pdu)) return *e;
  return rtuAdu(unit, std::get<Bytes>(pdu));
}

void RtuFramer::feed(std::span<const std::uint8_t> bytes) {
  flushing_ = false;
  buffer_.append(bytes);
}

void RtuFramer::feed(std::string_view bytes) {
  feed(std::span(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
}

std::optional<RtuEvent> RtuFramer::reject(FrameError::Kind kind) {
  const FrameError error{kind, buffer_.offset()};
  buffer_.consume(1);
  ++discarded_;
  if (!synced_) return std::nullopt;
  synced_ = false;
  return error;
}

std::optional<RtuEvent> RtuFramer::next() {
  while (!buffer_.empty()) {
    const std::uint8_t* data = buffer_.data();
    const std::size_t size = buffer_.size();
    const Length length = frameLength(direction_, data, size);
    if (length.status == Length::Status::Error) {
      if (auto e = reject(length.error)) return e;
      continue;
    }
    if (length.status == Length::Status::NeedMore || size < length.bytes) {
      if (!flushing_) return std::nullopt;
      if (auto e = reject(FrameError::Kind::Truncated)) return e;
      continue;
    }
    const std::size_t body = length.bytes - 2;
    const auto crc = static_cast<std::uint16_t>(data[body] | (data[body + 1] << 8));
    if (crc16({data, body}) != crc) {
      if (auto e = reject(FrameError::Kind::BadCrc)) return e;
      continue;
    }
    RtuFrame frame{data[0], {data + 1, body - 1}, buffer_.offset()};
    buffer_.consume(length.bytes);
    synced_ = true;
    return frame;
  }
  if (flushing_) synced_ = true;  // the burst is over: garbage in the next one is news again
  return std::nullopt;
}

void RtuFramer::reset() {
  buffer_.clear();
  synced_ = true;
  flushing_ = false;
  discarded_ = 0;
}

}  // namespace robocert::codec::modbus
