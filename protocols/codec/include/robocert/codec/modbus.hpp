#pragma once

// Modbus application layer (MODBUS Application Protocol Specification V1.1b3): the PDU
// (function code + data) of requests and responses for function codes 1, 3, 4, 5, 6 and 16,
// and exception responses. Framing on a wire is in modbus_rtu.hpp and modbus_tcp.hpp.
//
// All 16-bit fields are big-endian on the wire. Addresses are the 0-based PDU addresses
// (register "40001" is address 0). Decoders never throw on content and never read outside
// their input; malformed input yields a PduError naming the byte where the problem is.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <variant>
#include <vector>

namespace robocert::codec::modbus {

using Bytes = std::vector<std::uint8_t>;

enum class FunctionCode : std::uint8_t {
  ReadCoils = 0x01,
  ReadHoldingRegisters = 0x03,
  ReadInputRegisters = 0x04,
  WriteSingleCoil = 0x05,
  WriteSingleRegister = 0x06,
  WriteMultipleRegisters = 0x10,
};

// Spec section 7. Values outside the named ones can arrive and are kept as they are.
enum class ExceptionCode : std::uint8_t {
  IllegalFunction = 0x01,
  IllegalDataAddress = 0x02,
  IllegalDataValue = 0x03,
  ServerDeviceFailure = 0x04,
  Acknowledge = 0x05,
  ServerDeviceBusy = 0x06,
  MemoryParityError = 0x08,
  GatewayPathUnavailable = 0x0A,
  GatewayTargetFailedToRespond = 0x0B,
};

// "illegal data address", ...; "unknown exception" for unnamed codes.
std::string_view describe(ExceptionCode code);

// Quantity limits of the spec (a server answers exception 3 outside them).
inline constexpr std::uint16_t kMaxReadCoils = 2000;      // 0x07D0, FC 1
inline constexpr std::uint16_t kMaxReadRegisters = 125;   // 0x007D, FC 3 and 4
inline constexpr std::uint16_t kMaxWriteRegisters = 123;  // 0x007B, FC 16
inline constexpr std::size_t kMaxPduBytes = 253;          // 256-byte RTU ADU - unit - CRC

// ---- Requests ----
struct ReadCoilsRequest {
  std::uint16_t address = 0;
  std::uint16_t quantity = 0;  // 1..2000
  bool operator==(const ReadCoilsRequest&) const = default;
};
struct ReadHoldingRegistersRequest {
  std::uint16_t address = 0;
  std::uint16_t quantity = 0;  // 1..125
  bool operator==(const ReadHoldingRegistersRequest&) const = default;
};
struct ReadInputRegistersRequest {
  std::uint16_t address = 0;
  std::uint16_t quantity = 0;  // 1..125
  bool operator==(const ReadInputRegistersRequest&) const = default;
};
struct WriteSingleCoilRequest {
  std::uint16_t address = 0;
  bool on = false;  // wire value 0xFF00 / 0x0000
  bool operator==(const WriteSingleCoilRequest&) const = default;
};
struct WriteSingleRegisterRequest {
  std::uint16_t address = 0;
  std::uint16_t value = 0;
  bool operator==(const WriteSingleRegisterRequest&) const = default;
};
struct WriteMultipleRegistersRequest {
  std::uint16_t address = 0;
  std::vector<std::uint16_t> values;  // 1..123 registers
  bool operator==(const WriteMultipleRegistersRequest&) const = default;
};
using Request =
    std::variant<ReadCoilsRequest, ReadHoldingRegistersRequest, ReadInputRegistersRequest,
                 WriteSingleCoilRequest, WriteSingleRegisterRequest, WriteMultipleRegistersRequest>;

// ---- Responses ----
struct ReadCoilsResponse {
  // Coil states packed LSB first (the first requested coil is bit 0 of byte 0), the last byte
  // padded with zeros. The wire does not carry the quantity: unpackCoils() needs the request's.
  std::vector<std::uint8_t> coilBytes;  // 1..250 bytes
  bool operator==(const ReadCoilsResponse&) const = default;
};
struct ReadHoldingRegistersResponse {
  std::vector<std::uint16_t> values;  // 1..125
  bool operator==(const ReadHoldingRegistersResponse&) const = default;
};
struct ReadInputRegistersResponse {
  std::vector<std::uint16_t> values;  // 1..125
  bool operator==(const ReadInputRegistersResponse&) const = default;
};
struct WriteSingleCoilResponse {  // echo of the request
  std::uint16_t address = 0;
  bool on = false;
  bool operator==(const WriteSingleCoilResponse&) const = default;
};
struct WriteSingleRegisterResponse {  // echo of the request
  std::uint16_t address = 0;
  std::uint16_t value = 0;
  bool operator==(const WriteSingleRegisterResponse&) const = default;
};
struct WriteMultipleRegistersResponse {
  std::uint16_t address = 0;
  std::uint16_t quantity = 0;  // 1..123
  bool operator==(const WriteMultipleRegistersResponse&) const = default;
};
// Wire: (function | 0x80), exception code.
struct ExceptionResponse {
  std::uint8_t function = 0;  // the request's function code, 1..127, without the 0x80 bit
  ExceptionCode code = ExceptionCode::IllegalFunction;
  bool operator==(const ExceptionResponse&) const = default;
};
using Response =
    std::variant<ReadCoilsResponse, ReadHoldingRegistersResponse, ReadInputRegistersResponse,
                 WriteSingleCoilResponse, WriteSingleRegisterResponse,
                 WriteMultipleRegistersResponse, ExceptionResponse>;

// Why a PDU cannot be decoded or encoded, or why a response does not answer its request.
struct PduError {
  enum class Kind {
    Empty,                // no function code
    UnsupportedFunction,  // function code not in {1, 3, 4, 5, 6, 16} (or 0x80 bit in a request)
    Truncated,            // fewer bytes than the function code requires
    TrailingBytes,        // more bytes than the function code requires
    QuantityOutOfRange,   // quantity / register count / byte count outside the spec limits
    AddressOverflow,      // address + quantity beyond 0xFFFF
    ByteCountMismatch,    // byte count field disagrees with the quantity or the data
    InvalidCoilValue,     // FC 5 value other than 0xFF00 / 0x0000
    InvalidFunction,      // exception response for function code 0 or >= 0x80
    FunctionMismatch,     // response to another function code than the request's
    QuantityMismatch,     // response carries another amount of data than requested
    EchoMismatch,         // FC 5/6/16 echo differs from the request
  };
  Kind kind = Kind::Empty;
  std::size_t offset = 0;  // byte of the PDU (0 = function code) where the problem is
  bool operator==(const PduError&) const = default;
};

std::string_view describe(PduError::Kind kind);

// The exception a server answers for a request that failed decodeRequest() (the spec's
// per-function state diagrams): unsupported function -> 1, address overflow -> 2, else 3.
ExceptionCode exceptionFor(const PduError& error);

FunctionCode functionCode(const Request& request);
// The function code a response answers (for an exception, its `function`).
std::uint8_t functionCode(const Response& response);

// Checks the spec limits (quantities, address range, data sizes) without encoding.
std::optional<PduError> validate(const Request& request);
std::optional<PduError> validate(const Response& response);

// Encoders: the PDU bytes, or the validation error (nothing is encoded for an invalid
// message). The append forms add to `out`, for building an ADU around the PDU, and leave it
// unchanged on error.
std::variant<Bytes, PduError> encodeRequest(const Request& request);
std::variant<Bytes, PduError> encodeResponse(const Response& response);
std::optional<PduError> appendRequest(const Request& request, Bytes& out);
std::optional<PduError> appendResponse(const Response& response, Bytes& out);

// Decoders of one complete PDU (delimited by a framer). What decodes re-encodes to exactly the
// same bytes.
std::variant<Request, PduError> decodeRequest(std::span<const std::uint8_t> pdu);
std::variant<Response, PduError> decodeResponse(std::span<const std::uint8_t> pdu);

// Checks that `response` answers `request`: same function code (an ExceptionResponse for that
// function is a valid answer), as much data as requested, equal echoes. nullopt when it does.
// The error's offset is 0 for the function code, 1 for the data.
std::optional<PduError> checkResponse(const Request& request, const Response& response);

// The first `quantity` coil states of a ReadCoilsResponse; nullopt unless coilBytes has exactly
// ceil(quantity / 8) bytes.
std::optional<std::vector<bool>> unpackCoils(const ReadCoilsResponse& response,
                                             std::uint16_t quantity);
// Coil states in the wire layout of ReadCoilsResponse::coilBytes.
std::vector<std::uint8_t> packCoils(const std::vector<bool>& coils);

// ---- Framing (modbus_rtu.hpp, modbus_tcp.hpp) ----

// Why a framer dropped bytes. After an error a framer resynchronises by dropping one byte and
// trying again; further failures while it has not found a valid frame since are not reported
// again (one error per garbage run), only counted in discardedBytes().
struct FrameError {
  enum class Kind {
    BadCrc,               // RTU: CRC-16 over the candidate frame does not match
    UnsupportedFunction,  // RTU: function code whose frame length is unknown
    LengthOutOfRange,     // RTU byte count or MBAP length beyond the spec limits
    BadProtocolId,        // TCP: MBAP protocol identifier other than 0
    Truncated,            // flush() found a partial frame
  };
  Kind kind = Kind::BadCrc;
  std::uint64_t offset = 0;  // stream offset of the first byte of the rejected candidate
  bool operator==(const FrameError&) const = default;
};

std::string_view describe(FrameError::Kind kind);

}  // namespace robocert::codec::modbus
