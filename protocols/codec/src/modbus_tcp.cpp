#include "robocert/codec/modbus_tcp.hpp"

#include "byte_order.hpp"

namespace robocert::codec::modbus {

using detail::appendBe16;
using detail::readBe16;

Bytes tcpAdu(std::uint16_t transactionId, std::uint8_t unit, std::span<const std::uint8_t> pdu) {
  Bytes adu;
  adu.reserve(kMbapHeaderBytes + pdu.size());
  appendBe16(adu, transactionId);
  appendBe16(adu, 0);  // protocol id: Modbus
  appendBe16(adu, static_cast<std::uint16_t>(pdu.size() + 1));
  adu.push_back(unit);
  adu.insert(adu.end(), pdu.begin(), pdu.end());
  return adu;
}

std::variant<Bytes, PduError> encodeTcpRequest(std::uint16_t transactionId, std::uint8_t unit,
                                               const Request& request) {
  auto pdu = encodeRequest(request);
  if (const auto* e = std::get_if<PduError>(&pdu)) return *e;
  return tcpAdu(transactionId, unit, std::get<Bytes>(pdu));
}

std::variant<Bytes, PduError> encodeTcpResponse(std::uint16_t transactionId, std::uint8_t unit,
                                                const Response& response) {
  auto pdu = encodeResponse(response);
  if (const auto* e = std::get_if<PduError>(&pdu)) return *e;
  return tcpAdu(transactionId, unit, std::get<Bytes>(pdu));
}

void TcpFramer::feed(std::span<const std::uint8_t> bytes) {
  flushing_ = false;
  buffer_.append(bytes);
}

void TcpFramer::feed(std::string_view bytes) {
  feed(std::span(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
}

std::optional<TcpEvent> TcpFramer::reject(FrameError::Kind kind) {
  const FrameError error{kind, buffer_.offset()};
  buffer_.consume(1);
  ++discarded_;
  if (!synced_) return std::nullopt;
  synced_ = false;
  return error;
}

std::optional<TcpEvent> TcpFramer::next() {
  while (!buffer_.empty()) {
    const std::uint8_t* data = buffer_.data();
    const std::size_t size = buffer_.size();
    // The header is checked as soon as its fields are there, so garbage is reported before a
    // bogus length could make the framer wait for bytes that never come.
    if (size >= 4 && readBe16(data + 2) != 0) {
      if (auto e = reject(FrameError::Kind::BadProtocolId)) return e;
      continue;
    }
    if (size >= 6) {
      const std::uint16_t length = readBe16(data + 4);
      if (length < kMinMbapLength || length > kMaxMbapLength) {
        if (auto e = reject(FrameError::Kind::LengthOutOfRange)) return e;
        continue;
      }
      const std::size_t total = 6 + std::size_t{length};
      if (size >= total) {
        TcpFrame frame{readBe16(data),
                       data[6],
                       {data + kMbapHeaderBytes, total - kMbapHeaderBytes},
                       buffer_.offset()};
        buffer_.consume(total);
        synced_ = true;
        return frame;
      }
    }
    if (!flushing_) return std::nullopt;
    if (auto e = reject(FrameError::Kind::Truncated)) return e;
  }
  if (flushing_) synced_ = true;
  return std::nullopt;
}

void TcpFramer::reset() {
  buffer_.clear();
  synced_ = true;
  flushing_ = false;
  discarded_ = 0;
}

}  // namespace robocert::codec::modbus
