// Golden PDUs are the examples of the MODBUS Application Protocol Specification V1.1b3
// (modbus.org, 2012), section 6 (one per function code) and section 7 (exception responses).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "codec_test_util.hpp"
#include "robocert/codec/modbus.hpp"

namespace robocert::codec::modbus {
namespace {

using test::hex;

Bytes encoded(const Request& r) {
  auto out = encodeRequest(r);
  EXPECT_TRUE(std::holds_alternative<Bytes>(out)) << describe(std::get<PduError>(out).kind);
  return std::holds_alternative<Bytes>(out) ? std::get<Bytes>(out) : Bytes{};
}

Bytes encoded(const Response& r) {
  auto out = encodeResponse(r);
  EXPECT_TRUE(std::holds_alternative<Bytes>(out)) << describe(std::get<PduError>(out).kind);
  return std::holds_alternative<Bytes>(out) ? std::get<Bytes>(out) : Bytes{};
}

Request request(const Bytes& pdu) {
  auto out = decodeRequest(pdu);
  EXPECT_TRUE(std::holds_alternative<Request>(out)) << describe(std::get<PduError>(out).kind);
  return std::holds_alternative<Request>(out) ? std::get<Request>(out) : Request{};
}

Response response(const Bytes& pdu) {
  auto out = decodeResponse(pdu);
  EXPECT_TRUE(std::holds_alternative<Response>(out)) << describe(std::get<PduError>(out).kind);
  return std::holds_alternative<Response>(out) ? std::get<Response>(out) : Response{};
}

PduError requestError(const Bytes& pdu) {
  auto out = decodeRequest(pdu);
  EXPECT_TRUE(std::holds_alternative<PduError>(out));
  return std::holds_alternative<PduError>(out) ? std::get<PduError>(out) : PduError{};
}

PduError responseError(const Bytes& pdu) {
  auto out = decodeResponse(pdu);
  EXPECT_TRUE(std::holds_alternative<PduError>(out));
  return std::holds_alternative<PduError>(out) ? std::get<PduError>(out) : PduError{};
}

// Spec 6.1: read coils 20-38 (address 19 = 0x13, quantity 19); response 03 CD 6B 05.
TEST(ModbusPdu, ReadCoilsSpecExample) {
  const Request req = ReadCoilsRequest{0x13, 0x13};
  EXPECT_EQ(encoded(req), hex("01 00 13 00 13"));
  EXPECT_EQ(request(hex("01 00 13 00 13")), req);

  const Response resp = ReadCoilsResponse{{0xCD, 0x6B, 0x05}};
  EXPECT_EQ(encoded(resp), hex("01 03 CD 6B 05"));
  EXPECT_EQ(response(hex("01 03 CD 6B 05")), resp);
  EXPECT_EQ(checkResponse(req, resp), std::nullopt);

  // "The status of outputs 27-20 is shown as the byte value CD hex, or binary 1100 1101.
  // Output 27 is the MSB of this byte, and output 20 is the LSB."
  const auto coils = unpackCoils(std::get<ReadCoilsResponse>(resp), 19);
  ASSERT_TRUE(coils);
  const std::vector<bool> expected = {1, 0, 1, 1, 0, 0, 1, 1,  // CD: coils 20..27
                                      1, 1, 0, 1, 0, 1, 1, 0,  // 6B: coils 28..35
                                      1, 0, 1};                // 05: coils 36..38
  EXPECT_EQ(*coils, expected);
  EXPECT_EQ(packCoils(expected), std::get<ReadCoilsResponse>(resp).coilBytes);
  EXPECT_FALSE(unpackCoils(std::get<ReadCoilsResponse>(resp), 25));  // needs 4 bytes
}

// Spec 6.3: read holding registers 108-110; values 555, 0, 100.
TEST(ModbusPdu, ReadHoldingRegistersSpecExample) {
  const Request req = ReadHoldingRegistersRequest{0x6B, 3};
  EXPECT_EQ(encoded(req), hex("03 00 6B 00 03"));
  EXPECT_EQ(request(hex("03 00 6B 00 03")), req);
  const Response resp = ReadHoldingRegistersResponse{{555, 0, 100}};
  EXPECT_EQ(encoded(resp), hex("03 06 02 2B 00 00 00 64"));
  EXPECT_EQ(response(hex("03 06 02 2B 00 00 00 64")), resp);
  EXPECT_EQ(checkResponse(req, resp), std::nullopt);
}

// Spec 6.4: read input register 9; value 10.
TEST(ModbusPdu, ReadInputRegistersSpecExample) {
  const Request req = ReadInputRegistersRequest{0x08, 1};
  EXPECT_EQ(encoded(req), hex("04 00 08 00 01"));
  EXPECT_EQ(request(hex("04 00 08 00 01")), req);
  const Response resp = ReadInputRegistersResponse{{10}};
  EXPECT_EQ(encoded(resp), hex("04 02 00 0A"));
  EXPECT_EQ(response(hex("04 02 00 0A")), resp);
  EXPECT_EQ(checkResponse(req, resp), std::nullopt);
}

// Spec 6.5: write coil 173 ON; the response echoes the request.
TEST(ModbusPdu, WriteSingleCoilSpecExample) {
  const Request req = WriteSingleCoilRequest{0xAC, true};
  EXPECT_EQ(encoded(req), hex("05 00 AC FF 00"));
  EXPECT_EQ(request(hex("05 00 AC FF 00")), req);
  EXPECT_EQ(request(hex("05 00 AC 00 00")), Request(WriteSingleCoilRequest{0xAC, false}));
  const Response resp = WriteSingleCoilResponse{0xAC, true};
  EXPECT_EQ(encoded(resp), hex("05 00 AC FF 00"));
  EXPECT_EQ(checkResponse(req, resp), std::nullopt);
  // Only FF 00 and 00 00 are valid coil values (exception 3 otherwise).
  const PduError bad = requestError(hex("05 00 AC 12 34"));
  EXPECT_EQ(bad, (PduError{PduError::Kind::InvalidCoilValue, 3}));
  EXPECT_EQ(exceptionFor(bad), ExceptionCode::IllegalDataValue);
  EXPECT_EQ(responseError(hex("05 00 AC 00 FF")).kind, PduError::Kind::InvalidCoilValue);
}

// Spec 6.6: write register 2 = 3.
TEST(ModbusPdu, WriteSingleRegisterSpecExample) {
  const Request req = WriteSingleRegisterRequest{0x01, 0x03};
  EXPECT_EQ(encoded(req), hex("06 00 01 00 03"));
  EXPECT_EQ(request(hex("06 00 01 00 03")), req);
  const Response resp = WriteSingleRegisterResponse{0x01, 0x03};
  EXPECT_EQ(encoded(resp), hex("06 00 01 00 03"));
  EXPECT_EQ(response(hex("06 00 01 00 03")), resp);
  EXPECT_EQ(checkResponse(req, resp), std::nullopt);
}

// Spec 6.12: write registers 2-3 = 00 0A, 01 02.
TEST(ModbusPdu, WriteMultipleRegistersSpecExample) {
  const Request req = WriteMultipleRegistersRequest{0x01, {0x000A, 0x0102}};
  EXPECT_EQ(encoded(req), hex("10 00 01 00 02 04 00 0A 01 02"));
  EXPECT_EQ(request(hex("10 00 01 00 02 04 00 0A 01 02")), req);
  const Response resp = WriteMultipleRegistersResponse{0x01, 2};
  EXPECT_EQ(encoded(resp), hex("10 00 01 00 02"));
  EXPECT_EQ(response(hex("10 00 01 00 02")), resp);
  EXPECT_EQ(checkResponse(req, resp), std::nullopt);
  // Byte count must be 2 x quantity.
  EXPECT_EQ(requestError(hex("10 00 01 00 02 03 00 0A 01")),
            (PduError{PduError::Kind::ByteCountMismatch, 5}));
}

// Spec 7: read coil 1186 (04 A1) from a server without it -> 81 02 (illegal data address).
TEST(ModbusPdu, ExceptionResponseSpecExample) {
  const Request req = request(hex("01 04 A1 00 01"));
  EXPECT_EQ(req, Request(ReadCoilsRequest{0x04A1, 1}));
  const Response resp = response(hex("81 02"));
  ASSERT_TRUE(std::holds_alternative<ExceptionResponse>(resp));
  const auto& ex = std::get<ExceptionResponse>(resp);
  EXPECT_EQ(ex.function, 0x01);
  EXPECT_EQ(ex.code, ExceptionCode::IllegalDataAddress);
  EXPECT_EQ(describe(ex.code), "illegal data address");
  EXPECT_EQ(functionCode(resp), 0x01);
  EXPECT_EQ(checkResponse(req, resp), std::nullopt);  // a valid answer, just a negative one
  EXPECT_EQ(encoded(resp), hex("81 02"));
}

TEST(ModbusPdu, NamesEveryExceptionCode) {
  EXPECT_EQ(describe(ExceptionCode::IllegalFunction), "illegal function");
  EXPECT_EQ(describe(ExceptionCode::IllegalDataValue), "illegal data value");
  EXPECT_EQ(describe(ExceptionCode::ServerDeviceFailure), "server device failure");
  EXPECT_EQ(describe(ExceptionCode::Acknowledge), "acknowledge");
  EXPECT_EQ(describe(ExceptionCode::ServerDeviceBusy), "server device busy");
  EXPECT_EQ(describe(ExceptionCode::MemoryParityError), "memory parity error");
  EXPECT_EQ(describe(ExceptionCode::GatewayPathUnavailable), "gateway path unavailable");
  EXPECT_EQ(describe(ExceptionCode::GatewayTargetFailedToRespond),
            "gateway target device failed to respond");
  // Unnamed codes survive decoding and re-encoding.
  const Response odd = response(hex("83 42"));
  EXPECT_EQ(describe(std::get<ExceptionResponse>(odd).code), "unknown exception");
  EXPECT_EQ(encoded(odd), hex("83 42"));
  // Exceptions for function codes this codec does not implement decode too.
  EXPECT_EQ(std::get<ExceptionResponse>(response(hex("AB 01"))).function, 0x2B);
}

TEST(ModbusPdu, RequestQuantityLimits) {
  using K = PduError::Kind;
  const auto kind = [](const Request& r) { return validate(r).value_or(PduError{}).kind; };
  EXPECT_EQ(validate(ReadHoldingRegistersRequest{0, 125}), std::nullopt);
  EXPECT_EQ(kind(ReadHoldingRegistersRequest{0, 126}), K::QuantityOutOfRange);
  EXPECT_EQ(kind(ReadHoldingRegistersRequest{0, 0}), K::QuantityOutOfRange);
  EXPECT_EQ(validate(ReadInputRegistersRequest{0, 125}), std::nullopt);
  EXPECT_EQ(kind(ReadInputRegistersRequest{0, 126}), K::QuantityOutOfRange);
  EXPECT_EQ(validate(ReadCoilsRequest{0, 2000}), std::nullopt);
  EXPECT_EQ(kind(ReadCoilsRequest{0, 2001}), K::QuantityOutOfRange);
  EXPECT_EQ(kind(ReadCoilsRequest{0, 0}), K::QuantityOutOfRange);
  EXPECT_EQ(validate(WriteMultipleRegistersRequest{0, std::vector<std::uint16_t>(123)}),
            std::nullopt);
  EXPECT_EQ(kind(WriteMultipleRegistersRequest{0, std::vector<std::uint16_t>(124)}),
            K::QuantityOutOfRange);
  EXPECT_EQ(kind(WriteMultipleRegistersRequest{0, {}}), K::QuantityOutOfRange);
  // The last register can be read, one past it cannot.
  EXPECT_EQ(validate(ReadHoldingRegistersRequest{0xFFFF, 1}), std::nullopt);
  EXPECT_EQ(kind(ReadHoldingRegistersRequest{0xFFFF, 2}), K::AddressOverflow);
  EXPECT_EQ(kind(ReadCoilsRequest{0xFF00, 0x101}), K::AddressOverflow);

  // Nothing is encoded for an invalid request.
  const auto out = encodeRequest(ReadHoldingRegistersRequest{0, 126});
  ASSERT_TRUE(std::holds_alternative<PduError>(out));
  Bytes buffer = {0xAA};
  EXPECT_TRUE(appendRequest(ReadHoldingRegistersRequest{0, 126}, buffer));
  EXPECT_EQ(buffer, Bytes{0xAA});

  // Servers: decoded limit violations map to the exception codes of the spec's diagrams.
  EXPECT_EQ(exceptionFor(requestError(hex("03 00 00 00 7E"))), ExceptionCode::IllegalDataValue);
  EXPECT_EQ(exceptionFor(requestError(hex("01 00 00 07 D1"))), ExceptionCode::IllegalDataValue);
  EXPECT_EQ(exceptionFor(requestError(hex("03 FF FF 00 02"))), ExceptionCode::IllegalDataAddress);
  EXPECT_EQ(exceptionFor(requestError(hex("2B 0E 01 00"))), ExceptionCode::IllegalFunction);
  EXPECT_EQ(request(hex("01 00 00 07 D0")), Request(ReadCoilsRequest{0, 2000}));
}

TEST(ModbusPdu, MalformedRequestsAreErrorsWithPositions) {
  using K = PduError::Kind;
  EXPECT_EQ(requestError({}), (PduError{K::Empty, 0}));
  EXPECT_EQ(requestError(hex("07")), (PduError{K::UnsupportedFunction, 0}));
  EXPECT_EQ(requestError(hex("83 00 00 00 01")), (PduError{K::UnsupportedFunction, 0}));
  EXPECT_EQ(requestError(hex("03 00 6B 00")), (PduError{K::Truncated, 4}));
  EXPECT_EQ(requestError(hex("03 00 6B 00 03 00")), (PduError{K::TrailingBytes, 5}));
  EXPECT_EQ(requestError(hex("10 00 01 00")), (PduError{K::Truncated, 4}));
  EXPECT_EQ(requestError(hex("10 00 01 00 02 04 00 0A 01")), (PduError{K::Truncated, 9}));
  EXPECT_EQ(requestError(hex("10 00 01 00 00 00")), (PduError{K::QuantityOutOfRange, 3}));
}

TEST(ModbusPdu, MalformedResponsesAreErrors) {
  using K = PduError::Kind;
  EXPECT_EQ(responseError(hex("03 05 00 01 00 02 00")).kind, K::ByteCountMismatch);  // odd
  EXPECT_EQ(responseError(hex("03 00")).kind, K::QuantityOutOfRange);
  EXPECT_EQ(responseError(hex("03 FC")).kind, K::QuantityOutOfRange);  // 252 > 250
  EXPECT_EQ(responseError(hex("03 06 02 2B 00 00")), (PduError{K::Truncated, 6}));
  EXPECT_EQ(responseError(hex("01")), (PduError{K::Truncated, 1}));
  EXPECT_EQ(responseError(hex("81 02 00")), (PduError{K::TrailingBytes, 2}));
  EXPECT_EQ(responseError(hex("81")), (PduError{K::Truncated, 1}));
  EXPECT_EQ(responseError(hex("80 01")), (PduError{K::InvalidFunction, 0}));
  EXPECT_EQ(responseError(hex("10 00 01 00 00")).kind, K::QuantityOutOfRange);
  EXPECT_EQ(responseError(hex("2B 0E")).kind, K::UnsupportedFunction);
}

TEST(ModbusPdu, ResponsesThatDoNotAnswerTheRequest) {
  using K = PduError::Kind;
  const auto kind = [](const Request& q, const Response& r) {
    return checkResponse(q, r).value_or(PduError{}).kind;
  };
  EXPECT_EQ(kind(ReadHoldingRegistersRequest{0, 3}, ReadInputRegistersResponse{{1, 2, 3}}),
            K::FunctionMismatch);
  EXPECT_EQ(kind(ReadHoldingRegistersRequest{0, 3}, ReadHoldingRegistersResponse{{1, 2}}),
            K::QuantityMismatch);
  EXPECT_EQ(kind(ReadCoilsRequest{0, 9}, ReadCoilsResponse{{0xFF}}), K::QuantityMismatch);
  EXPECT_EQ(kind(WriteSingleRegisterRequest{1, 3}, WriteSingleRegisterResponse{1, 4}),
            K::EchoMismatch);
  EXPECT_EQ(kind(WriteSingleCoilRequest{1, true}, WriteSingleCoilResponse{1, false}),
            K::EchoMismatch);
  EXPECT_EQ(kind(WriteMultipleRegistersRequest{1, {1, 2}}, WriteMultipleRegistersResponse{1, 3}),
            K::EchoMismatch);
  EXPECT_EQ(kind(ReadCoilsRequest{0, 1}, ExceptionResponse{0x03, ExceptionCode::IllegalFunction}),
            K::FunctionMismatch);
}

TEST(ModbusPdu, InvalidResponsesAreNotEncoded) {
  EXPECT_TRUE(std::holds_alternative<PduError>(encodeResponse(ReadHoldingRegistersResponse{})));
  EXPECT_TRUE(std::holds_alternative<PduError>(
      encodeResponse(ReadHoldingRegistersResponse{std::vector<std::uint16_t>(126)})));
  EXPECT_TRUE(std::holds_alternative<PduError>(
      encodeResponse(ReadCoilsResponse{std::vector<std::uint8_t>(251)})));
  EXPECT_TRUE(std::holds_alternative<PduError>(
      encodeResponse(ExceptionResponse{0x80, ExceptionCode::IllegalFunction})));
  EXPECT_TRUE(std::holds_alternative<PduError>(
      encodeResponse(ExceptionResponse{0, ExceptionCode::IllegalFunction})));
}

TEST(ModbusPdu, LargestMessagesRoundTrip) {
  std::vector<std::uint16_t> values(123);
  for (std::size_t i = 0; i < values.size(); ++i) values[i] = static_cast<std::uint16_t>(i * 517);
  const Request write = WriteMultipleRegistersRequest{0xFF85, values};  // ends at 0xFFFF
  const Bytes pdu = encoded(write);
  EXPECT_EQ(pdu.size(), 6u + 246u);
  EXPECT_LE(pdu.size(), kMaxPduBytes);
  EXPECT_EQ(request(pdu), write);

  const Response coils = ReadCoilsResponse{std::vector<std::uint8_t>(250, 0x5A)};
  EXPECT_EQ(response(encoded(coils)), coils);
  const Response regs = ReadInputRegistersResponse{std::vector<std::uint16_t>(125, 0xBEEF)};
  EXPECT_EQ(response(encoded(regs)), regs);
}

TEST(ModbusPdu, FunctionCodesOfMessages) {
  EXPECT_EQ(functionCode(Request{ReadInputRegistersRequest{}}), FunctionCode::ReadInputRegisters);
  EXPECT_EQ(functionCode(Request{WriteMultipleRegistersRequest{}}),
            FunctionCode::WriteMultipleRegisters);
  EXPECT_EQ(functionCode(Response{WriteSingleCoilResponse{}}), 0x05);
}

}  // namespace
}  // namespace robocert::codec::modbus
