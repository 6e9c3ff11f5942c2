#include "robocert/codec/modbus.hpp"

#include <type_traits>

#include "byte_order.hpp"

namespace robocert::codec::modbus {

using detail::appendBe16;
using detail::readBe16;

namespace {

constexpr std::uint16_t kCoilOn = 0xFF00;
constexpr std::uint16_t kCoilOff = 0x0000;
constexpr std::uint8_t kExceptionBit = 0x80;
constexpr std::size_t kMaxCoilBytes = (kMaxReadCoils + 7) / 8;        // 250
constexpr std::size_t kMaxReadRegisterBytes = kMaxReadRegisters * 2;  // 250

template <class... Ts>
struct Overloaded : Ts... {
  using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;  // Clang 14 lacks CTAD for aggregates

PduError error(PduError::Kind kind, std::size_t offset) { return PduError{kind, offset}; }

// Quantity then address range: the order of the spec's state diagrams, so a request that breaks
// both gets exception 3 like from a conforming server.
std::optional<PduError> checkRange(std::uint16_t address, std::size_t quantity,
                                   std::size_t maxQuantity) {
  if (quantity < 1 || quantity > maxQuantity) return error(PduError::Kind::QuantityOutOfRange, 3);
  if (address + quantity > 0x10000) return error(PduError::Kind::AddressOverflow, 1);
  return std::nullopt;
}

std::size_t coilBytesFor(std::size_t quantity) { return (quantity + 7) / 8; }

}  // namespace

std::string_view describe(ExceptionCode code) {
  switch (code) {
    case ExceptionCode::IllegalFunction:
      return "illegal function";
    case ExceptionCode::IllegalDataAddress:
      return "illegal data address";
    case ExceptionCode::IllegalDataValue:
      return "illegal data value";
    case ExceptionCode::ServerDeviceFailure:
      return "server device failure";
    case ExceptionCode::Acknowledge:
      return "acknowledge";
    case ExceptionCode::ServerDeviceBusy:
      return "server device busy";
    case ExceptionCode::MemoryParityError:
      return "memory parity error";
    case ExceptionCode::GatewayPathUnavailable:
      return "gateway path unavailable";
    case ExceptionCode::GatewayTargetFailedToRespond:
      return "gateway target device failed to respond";
  }
  return "unknown exception";
}

std::string_view describe(PduError::Kind kind) {
  switch (kind) {
    case PduError::Kind::Empty:
      return "empty PDU";
    case PduError::Kind::UnsupportedFunction:
      return "unsupported function code";
    case PduError::Kind::Truncated:
      return "PDU shorter than its function code requires";
    case PduError::Kind::TrailingBytes:
      return "PDU longer than its function code requires";
    case PduError::Kind::QuantityOutOfRange:
      return "quantity outside the limits of the specification";
    case PduError::Kind::AddressOverflow:
      return "address + quantity beyond 0xFFFF";
    case PduError::Kind::ByteCountMismatch:
      return "byte count disagrees with the quantity";
    case PduError::Kind::InvalidCoilValue:
      return "coil value other than 0xFF00 or 0x0000";
    case PduError::Kind::InvalidFunction:
      return "exception response for an invalid function code";
    case PduError::Kind::FunctionMismatch:
      return "response to another function code";
    case PduError::Kind::QuantityMismatch:
      return "response quantity differs from the request";
    case PduError::Kind::EchoMismatch:
      return "response echo differs from the request";
  }
  return "unknown PDU error";
}

std::string_view describe(FrameError::Kind kind) {
  switch (kind) {
    case FrameError::Kind::BadCrc:
      return "CRC mismatch";
    case FrameError::Kind::UnsupportedFunction:
      return "unsupported function code (frame length unknown)";
    case FrameError::Kind::LengthOutOfRange:
      return "frame length outside the limits of the specification";
    case FrameError::Kind::BadProtocolId:
      return "MBAP protocol identifier is not 0";
    case FrameError::Kind::Truncated:
      return "partial frame (line silent or connection closed)";
  }
  return "unknown frame error";
}

ExceptionCode exceptionFor(const PduError& e) {
  switch (e.kind) {
    case PduError::Kind::Empty:
    case PduError::Kind::UnsupportedFunction:
      return ExceptionCode::IllegalFunction;
    case PduError::Kind::AddressOverflow:
      return ExceptionCode::IllegalDataAddress;
    default:
      return ExceptionCode::IllegalDataValue;
  }
}

FunctionCode functionCode(const Request& request) {
  return std::visit(
      Overloaded{
          [](const ReadCoilsRequest&) { return FunctionCode::ReadCoils; },
          [](const ReadHoldingRegistersRequest&) { return FunctionCode::ReadHoldingRegisters; },
          [](const ReadInputRegistersRequest&) { return FunctionCode::ReadInputRegisters; },
          [](const WriteSingleCoilRequest&) { return FunctionCode::WriteSingleCoil; },
          [](const WriteSingleRegisterRequest&) { return FunctionCode::WriteSingleRegister; },
          [](const WriteMultipleRegistersRequest&) { return FunctionCode::WriteMultipleRegisters; },
      },
      request);
}

std::uint8_t functionCode(const Response& response) {
  const auto fc = [](FunctionCode f) { return static_cast<std::uint8_t>(f); };
  return std::visit(
      Overloaded{
          [&](const ReadCoilsResponse&) { return fc(FunctionCode::ReadCoils); },
          [&](const ReadHoldingRegistersResponse&) {
            return fc(FunctionCode::ReadHoldingRegisters);
          },
          [&](const ReadInputRegistersResponse&) { return fc(FunctionCode::ReadInputRegisters); },
          [&](const WriteSingleCoilResponse&) { return fc(FunctionCode::WriteSingleCoil); },
          [&](const WriteSingleRegisterResponse&) { return fc(FunctionCode::WriteSingleRegister); },
          [&](const WriteMultipleRegistersResponse&) {
            return fc(FunctionCode::WriteMultipleRegisters);
          },
          [](const ExceptionResponse& r) { return r.function; },
      },
      response);
}

// ---- Validation ----

std::optional<PduError> validate(const Request& request) {
  return std::visit(Overloaded{
                        [](const ReadCoilsRequest& r) {
                          return checkRange(r.address, r.quantity, kMaxReadCoils);
                        },
                        [](const ReadHoldingRegistersRequest& r) {
                          return checkRange(r.address, r.quantity, kMaxReadRegisters);
                        },
                        [](const ReadInputRegistersRequest& r) {
                          return checkRange(r.address, r.quantity, kMaxReadRegisters);
                        },
                        [](const WriteSingleCoilRequest&) { return std::optional<PduError>{}; },
                        [](const WriteSingleRegisterRequest&) { return std::optional<PduError>{}; },
                        [](const WriteMultipleRegistersRequest& r) {
                          return checkRange(r.address, r.values.size(), kMaxWriteRegisters);
                        },
                    },
                    request);
}

std::optional<PduError> validate(const Response& response) {
  const auto registers = [](const std::vector<std::uint16_t>& values) -> std::optional<PduError> {
    if (values.empty() || values.size() > kMaxReadRegisters) {
      return error(PduError::Kind::QuantityOutOfRange, 1);
    }
    return std::nullopt;
  };
  return std::visit(
      Overloaded{
          [](const ReadCoilsResponse& r) -> std::optional<PduError> {
            if (r.coilBytes.empty() || r.coilBytes.size() > kMaxCoilBytes) {
              return error(PduError::Kind::QuantityOutOfRange, 1);
            }
            return std::nullopt;
          },
          [&](const ReadHoldingRegistersResponse& r) { return registers(r.values); },
          [&](const ReadInputRegistersResponse& r) { return registers(r.values); },
          [](const WriteSingleCoilResponse&) { return std::optional<PduError>{}; },
          [](const WriteSingleRegisterResponse&) { return std::optional<PduError>{}; },
          [](const WriteMultipleRegistersResponse& r) {
            return checkRange(r.address, r.quantity, kMaxWriteRegisters);
          },
          [](const ExceptionResponse& r) -> std::optional<PduError> {
            if (r.function == 0 || r.function >= kExceptionBit) {
              return error(PduError::Kind::InvalidFunction, 0);
            }
            return std::nullopt;
          },
      },
      response);
}

// ---- Encoding ----

std::optional<PduError> appendRequest(const Request& request, Bytes& out) {
  if (auto e = validate(request)) return e;
  out.push_back(static_cast<std::uint8_t>(functionCode(request)));
  std::visit(Overloaded{
                 [&](const WriteSingleCoilRequest& r) {
                   appendBe16(out, r.address);
                   appendBe16(out, r.on ? kCoilOn : kCoilOff);
                 },
                 [&](const WriteSingleRegisterRequest& r) {
                   appendBe16(out, r.address);
                   appendBe16(out, r.value);
                 },
                 [&](const WriteMultipleRegistersRequest& r) {
                   appendBe16(out, r.address);
                   appendBe16(out, static_cast<std::uint16_t>(r.values.size()));
                   out.push_back(static_cast<std::uint8_t>(r.values.size() * 2));
                   for (std::uint16_t v : r.values) appendBe16(out, v);
                 },
                 [&](const auto& r) {  // the three reads: address, quantity
                   appendBe16(out, r.address);
                   appendBe16(out, r.quantity);
                 },
             },
             request);
  return std::nullopt;
}

std::optional<PduError> appendResponse(const Response& response, Bytes& out) {
  if (auto e = validate(response)) return e;
  const auto appendRegisters = [&](const std::vector<std::uint16_t>& values) {
    out.push_back(static_cast<std::uint8_t>(values.size() * 2));
    for (std::uint16_t v : values) appendBe16(out, v);
  };
  const std::uint8_t fc = functionCode(response);
  std::visit(Overloaded{
                 [&](const ReadCoilsResponse& r) {
                   out.push_back(fc);
                   out.push_back(static_cast<std::uint8_t>(r.coilBytes.size()));
                   out.insert(out.end(), r.coilBytes.begin(), r.coilBytes.end());
                 },
                 [&](const ReadHoldingRegistersResponse& r) {
                   out.push_back(fc);
                   appendRegisters(r.values);
                 },
                 [&](const ReadInputRegistersResponse& r) {
                   out.push_back(fc);
                   appendRegisters(r.values);
                 },
                 [&](const WriteSingleCoilResponse& r) {
                   out.push_back(fc);
                   appendBe16(out, r.address);
                   appendBe16(out, r.on ? kCoilOn : kCoilOff);
                 },
                 [&](const WriteSingleRegisterResponse& r) {
                   out.push_back(fc);
                   appendBe16(out, r.address);
                   appendBe16(out, r.value);
                 },
                 [&](const WriteMultipleRegistersResponse& r) {
                   out.push_back(fc);
                   appendBe16(out, r.address);
                   appendBe16(out, r.quantity);
                 },
                 [&](const ExceptionResponse& r) {
                   out.push_back(static_cast<std::uint8_t>(r.function | kExceptionBit));
                   out.push_back(static_cast<std::uint8_t>(r.code));
                 },
             },
             response);
  return std::nullopt;
}

std::variant<Bytes, PduError> encodeRequest(const Request& request) {
  Bytes out;
  if (auto e = appendRequest(request, out)) return *e;
  return out;
}

std::variant<Bytes, PduError> encodeResponse(const Response& response) {
  Bytes out;
  if (auto e = appendResponse(response, out)) return *e;
  return out;
}

// ---- Decoding ----

namespace {

// Length check for PDUs whose size is fixed by the function code.
std::optional<PduError> expectSize(std::span<const std::uint8_t> pdu, std::size_t size) {
  if (pdu.size() < size) return error(PduError::Kind::Truncated, pdu.size());
  if (pdu.size() > size) return error(PduError::Kind::TrailingBytes, size);
  return std::nullopt;
}

// Reads the address/value pair of the 5-byte PDUs (FC 1, 3, 4, 5, 6 requests; 5, 6, 16
// responses).
struct Pair {
  std::uint16_t first;
  std::uint16_t second;
};
Pair readPair(std::span<const std::uint8_t> pdu) {
  return {readBe16(pdu.data() + 1), readBe16(pdu.data() + 3)};
}

std::variant<bool, PduError> coilValue(std::uint16_t wire) {
  if (wire == kCoilOn) return true;
  if (wire == kCoilOff) return false;
  return error(PduError::Kind::InvalidCoilValue, 3);
}

// Byte count (pdu[1]) followed by that many data bytes: FC 1/3/4 responses.
std::variant<std::span<const std::uint8_t>, PduError> countedData(std::span<const std::uint8_t> pdu,
                                                                  std::size_t maxBytes,
                                                                  bool evenOnly) {
  if (pdu.size() < 2) return error(PduError::Kind::Truncated, pdu.size());
  const std::size_t count = pdu[1];
  if (count == 0 || count > maxBytes) return error(PduError::Kind::QuantityOutOfRange, 1);
  if (evenOnly && count % 2 != 0) return error(PduError::Kind::ByteCountMismatch, 1);
  if (auto e = expectSize(pdu, 2 + count)) return *e;
  return pdu.subspan(2, count);
}

std::vector<std::uint16_t> readRegisters(std::span<const std::uint8_t> data) {
  std::vector<std::uint16_t> values(data.size() / 2);
  for (std::size_t i = 0; i < values.size(); ++i) values[i] = readBe16(data.data() + 2 * i);
  return values;
}

template <class ReadRequest>
std::variant<Request, PduError> decodeRead(std::span<const std::uint8_t> pdu,
                                           std::size_t maxQuantity) {
  if (auto e = expectSize(pdu, 5)) return *e;
  const auto [address, quantity] = readPair(pdu);
  if (auto e = checkRange(address, quantity, maxQuantity)) return *e;
  return ReadRequest{address, quantity};
}

}  // namespace

std::variant<Request, PduError> decodeRequest(std::span<const std::uint8_t> pdu) {
  if (pdu.empty()) return error(PduError::Kind::Empty, 0);
  switch (pdu[0]) {
    case static_cast<std::uint8_t>(FunctionCode::ReadCoils):
      return decodeRead<ReadCoilsRequest>(pdu, kMaxReadCoils);
    case static_cast<std::uint8_t>(FunctionCode::ReadHoldingRegisters):
      return decodeRead<ReadHoldingRegistersRequest>(pdu, kMaxReadRegisters);
    case static_cast<std::uint8_t>(FunctionCode::ReadInputRegisters):
      return decodeRead<ReadInputRegistersRequest>(pdu, kMaxReadRegisters);
    case static_cast<std::uint8_t>(FunctionCode::WriteSingleCoil): {
      if (auto e = expectSize(pdu, 5)) return *e;
      const auto [address, wire] = readPair(pdu);
      const auto on = coilValue(wire);
      if (const auto* e = std::get_if<PduError>(&on)) return *e;
      return WriteSingleCoilRequest{address, std::get<bool>(on)};
    }
    case static_cast<std::uint8_t>(FunctionCode::WriteSingleRegister): {
      if (auto e = expectSize(pdu, 5)) return *e;
      const auto [address, value] = readPair(pdu);
      return WriteSingleRegisterRequest{address, value};
    }
    case static_cast<std::uint8_t>(FunctionCode::WriteMultipleRegisters): {
      if (pdu.size() < 6) return error(PduError::Kind::Truncated, pdu.size());
      const auto [address, quantity] = readPair(pdu);
      if (auto e = checkRange(address, quantity, kMaxWriteRegisters)) return *e;
      const std::size_t count = pdu[5];
      if (count != quantity * 2u) return error(PduError::Kind::ByteCountMismatch, 5);
      if (auto e = expectSize(pdu, 6 + count)) return *e;
      return WriteMultipleRegistersRequest{address, readRegisters(pdu.subspan(6, count))};
    }
    default:
      return error(PduError::Kind::UnsupportedFunction, 0);
  }
}

std::variant<Response, PduError> decodeResponse(std::span<const std::uint8_t> pdu) {
  if (pdu.empty()) return error(PduError::Kind::Empty, 0);
  const std::uint8_t fc = pdu[0];
  if (fc & kExceptionBit) {
    if (fc == kExceptionBit) return error(PduError::Kind::InvalidFunction, 0);
    if (auto e = expectSize(pdu, 2)) return *e;
    return ExceptionResponse{static_cast<std::uint8_t>(fc & ~kExceptionBit),
                             static_cast<ExceptionCode>(pdu[1])};
  }
  switch (fc) {
    case static_cast<std::uint8_t>(FunctionCode::ReadCoils): {
      const auto data = countedData(pdu, kMaxCoilBytes, false);
      if (const auto* e = std::get_if<PduError>(&data)) return *e;
      const auto bytes = std::get<std::span<const std::uint8_t>>(data);
      return ReadCoilsResponse{{bytes.begin(), bytes.end()}};
    }
    case static_cast<std::uint8_t>(FunctionCode::ReadHoldingRegisters):
    case static_cast<std::uint8_t>(FunctionCode::ReadInputRegisters): {
      const auto data = countedData(pdu, kMaxReadRegisterBytes, true);
      if (const auto* e = std::get_if<PduError>(&data)) return *e;
      auto values = readRegisters(std::get<std::span<const std::uint8_t>>(data));
      if (fc == static_cast<std::uint8_t>(FunctionCode::ReadHoldingRegisters)) {
        return ReadHoldingRegistersResponse{std::move(values)};
      }
      return ReadInputRegistersResponse{std::move(values)};
    }
    case static_cast<std::uint8_t>(FunctionCode::WriteSingleCoil): {
      if (auto e = expectSize(pdu, 5)) return *e;
      const auto [address, wire] = readPair(pdu);
      const auto on = coilValue(wire);
      if (const auto* e = std::get_if<PduError>(&on)) return *e;
      return WriteSingleCoilResponse{address, std::get<bool>(on)};
    }
    case static_cast<std::uint8_t>(FunctionCode::WriteSingleRegister): {
      if (auto e = expectSize(pdu, 5)) return *e;
      const auto [address, value] = readPair(pdu);
      return WriteSingleRegisterResponse{address, value};
    }
    case static_cast<std::uint8_t>(FunctionCode::WriteMultipleRegisters): {
      if (auto e = expectSize(pdu, 5)) return *e;
      const auto [address, quantity] = readPair(pdu);
      if (auto e = checkRange(address, quantity, kMaxWriteRegisters)) return *e;
      return WriteMultipleRegistersResponse{address, quantity};
    }
    default:
      return error(PduError::Kind::UnsupportedFunction, 0);
  }
}

// ---- Matching ----

std::optional<PduError> checkResponse(const Request& request, const Response& response) {
  const auto requested = static_cast<std::uint8_t>(functionCode(request));
  if (functionCode(response) != requested) return error(PduError::Kind::FunctionMismatch, 0);
  if (std::holds_alternative<ExceptionResponse>(response)) return std::nullopt;

  const auto mismatch = [](bool bad, PduError::Kind kind) -> std::optional<PduError> {
    if (bad) return error(kind, 1);
    return std::nullopt;
  };
  return std::visit(
      Overloaded{
          [&](const ReadCoilsRequest& q) {
            const auto& r = std::get<ReadCoilsResponse>(response);
            return mismatch(r.coilBytes.size() != coilBytesFor(q.quantity),
                            PduError::Kind::QuantityMismatch);
          },
          [&](const ReadHoldingRegistersRequest& q) {
            const auto& r = std::get<ReadHoldingRegistersResponse>(response);
            return mismatch(r.values.size() != q.quantity, PduError::Kind::QuantityMismatch);
          },
          [&](const ReadInputRegistersRequest& q) {
            const auto& r = std::get<ReadInputRegistersResponse>(response);
            return mismatch(r.values.size() != q.quantity, PduError::Kind::QuantityMismatch);
          },
          [&](const WriteSingleCoilRequest& q) {
            const auto& r = std::get<WriteSingleCoilResponse>(response);
            return mismatch(r.address != q.address || r.on != q.on, PduError::Kind::EchoMismatch);
          },
          [&](const WriteSingleRegisterRequest& q) {
            const auto& r = std::get<WriteSingleRegisterResponse>(response);
            return mismatch(r.address != q.address || r.value != q.value,
                            PduError::Kind::EchoMismatch);
          },
          [&](const WriteMultipleRegistersRequest& q) {
            const auto& r = std::get<WriteMultipleRegistersResponse>(response);
            return mismatch(r.address != q.address || r.quantity != q.values.size(),
                            PduError::Kind::EchoMismatch);
          },
      },
      request);
}

std::optional<std::vector<bool>> unpackCoils(const ReadCoilsResponse& response,
                                             std::uint16_t quantity) {
  if (response.coilBytes.size() != coilBytesFor(quantity)) return std::nullopt;
  std::vector<bool> coils(quantity);
  for (std::size_t i = 0; i < quantity; ++i) {
    coils[i] = ((static_cast<unsigned>(response.coilBytes[i / 8]) >> (i % 8)) & 1u) != 0;
  }
  return coils;
}

std::vector<std::uint8_t> packCoils(const std::vector<bool>& coils) {
  std::vector<std::uint8_t> bytes(coilBytesFor(coils.size()), 0);
  for (std::size_t i = 0; i < coils.size(); ++i) {
    if (coils[i]) bytes[i / 8] = static_cast<std::uint8_t>(bytes[i / 8] | (1u << (i % 8)));
  }
  return bytes;
}

}  // namespace robocert::codec::modbus
