// Golden ADUs: the FC 3 example of simplymodbus.ca ("Modbus TCP" page): transaction 0001,
// protocol 0000, length 0006, unit 11, PDU 03 00 6B 00 03; its response has length 0009 and
// PDU 03 06 02 2B 00 00 00 64 (the register values of the Application Protocol spec 6.3
// example). MBAP layout: MODBUS Messaging on TCP/IP Implementation Guide V1.0b, 3.1.3.
#include "robocert/codec/modbus_tcp.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "codec_test_util.hpp"

namespace robocert::codec::modbus {
namespace {

using test::concat;
using test::hex;
using test::toHex;

std::string render(const TcpEvent& event) {
  if (const auto* f = std::get_if<TcpFrame>(&event)) {
    return "frame@" + std::to_string(f->offset) + " tid " + std::to_string(f->transactionId) +
           " unit " + std::to_string(f->unit) + ": " + toHex(f->pdu);
  }
  const auto& e = std::get<FrameError>(event);
  return "error@" + std::to_string(e.offset) + ": " + std::string(describe(e.kind));
}

std::vector<std::string> run(const Bytes& input, std::size_t chunk = 0, bool flush = false) {
  return test::runChunked(TcpFramer{}, std::span<const std::uint8_t>(input), chunk, render, flush);
}

const Bytes kRequest = hex("00 01 00 00 00 06 11 03 00 6B 00 03");
const Bytes kResponse = hex("00 01 00 00 00 09 11 03 06 02 2B 00 00 00 64");

TEST(ModbusTcp, PublishedExample) {
  EXPECT_EQ(std::get<Bytes>(encodeTcpRequest(1, 0x11, ReadHoldingRegistersRequest{0x6B, 3})),
            kRequest);
  EXPECT_EQ(
      std::get<Bytes>(encodeTcpResponse(1, 0x11, ReadHoldingRegistersResponse{{555, 0, 100}})),
      kResponse);
  EXPECT_EQ(run(kRequest), (std::vector<std::string>{"frame@0 tid 1 unit 17: 03 00 6B 00 03"}));
  EXPECT_EQ(run(kResponse),
            (std::vector<std::string>{"frame@0 tid 1 unit 17: 03 06 02 2B 00 00 00 64"}));
  EXPECT_TRUE(std::holds_alternative<PduError>(
      encodeTcpRequest(1, 1, ReadHoldingRegistersRequest{0, 126})));
}

TEST(ModbusTcp, SameFramesForEveryChunking) {
  const Bytes exception = std::get<Bytes>(
      encodeTcpResponse(0xBEEF, 1, ExceptionResponse{3, ExceptionCode::ServerDeviceFailure}));
  EXPECT_EQ(exception, hex("BE EF 00 00 00 03 01 83 04"));
  const Bytes input = concat({kRequest, kResponse, exception});
  const auto whole = run(input);
  ASSERT_EQ(whole, (std::vector<std::string>{"frame@0 tid 1 unit 17: 03 00 6B 00 03",
                                             "frame@12 tid 1 unit 17: 03 06 02 2B 00 00 00 64",
                                             "frame@27 tid 48879 unit 1: 83 04"}));
  for (std::size_t chunk = 1; chunk <= input.size(); ++chunk) {
    EXPECT_EQ(run(input, chunk), whole) << "chunk " << chunk;
  }
}

TEST(ModbusTcp, TruncatedFrameWaitsSilentlyUntilFlush) {
  TcpFramer framer;
  framer.feed(std::span(kResponse).first(10));
  EXPECT_FALSE(framer.next());
  framer.flush();  // connection closed
  const auto event = framer.next();
  ASSERT_TRUE(event);
  EXPECT_EQ(std::get<FrameError>(*event), (FrameError{FrameError::Kind::Truncated, 0}));
  EXPECT_FALSE(framer.next());
  EXPECT_EQ(framer.bufferedBytes(), 0u);
}

TEST(ModbusTcp, NonZeroProtocolIdIsRejected) {
  const Bytes foreign = hex("00 01 00 01 00 06 11 03 00 6B 00 03");
  EXPECT_EQ(run(concat({foreign, kRequest})),
            (std::vector<std::string>{"error@0: MBAP protocol identifier is not 0",
                                      "frame@12 tid 1 unit 17: 03 00 6B 00 03"}));
  // Reported as soon as the protocol id is there, without waiting for the length.
  TcpFramer framer;
  framer.feed(hex("00 01 12 34"));
  ASSERT_TRUE(framer.next());
}

TEST(ModbusTcp, LengthOutsideTheSpecIsRejectedWithoutWaiting) {
  TcpFramer framer;
  framer.feed(hex("00 01 00 00 FF FF"));  // would otherwise wait for 65 KiB
  const auto event = framer.next();
  ASSERT_TRUE(event);
  EXPECT_EQ(std::get<FrameError>(*event).kind, FrameError::Kind::LengthOutOfRange);
  EXPECT_EQ(run(hex("00 01 00 00 00 01 11")).at(0),
            "error@0: frame length outside the limits of the specification");
  EXPECT_EQ(run(hex("00 01 00 00 00 FF 11")).at(0),
            "error@0: frame length outside the limits of the specification");
  // 254 (unit + 253-byte PDU) is the largest valid length.
  Bytes largest = tcpAdu(9, 1, Bytes(253, 0x03));
  EXPECT_EQ(largest.size(), kMaxTcpAduBytes);
  const auto events = run(largest);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].rfind("frame@0 tid 9", 0), 0u);
}

TEST(ModbusTcp, GarbageKeepsMemoryBoundedAndNeverStalls) {
  std::mt19937 rng(11);
  TcpFramer framer;
  Bytes chunk(4096);
  for (int i = 0; i < 256; ++i) {
    for (auto& b : chunk) b = static_cast<std::uint8_t>(rng());
    framer.feed(chunk);
    while (framer.next()) {
    }
    EXPECT_LT(framer.bufferedBytes(), kMaxTcpAduBytes);
  }
  EXPECT_LE(framer.capacityBytes(), 4 * (kMaxTcpAduBytes + chunk.size()));
  framer.flush();
  while (framer.next()) {
  }
  EXPECT_EQ(framer.bufferedBytes(), 0u);
  framer.feed(kRequest);
  const auto event = framer.next();
  ASSERT_TRUE(event && std::holds_alternative<TcpFrame>(*event));
}

TEST(ModbusTcp, FramedPduDecodes) {
  TcpFramer framer;
  framer.feed(kResponse);
  const auto event = framer.next();
  ASSERT_TRUE(event);
  const auto& frame = std::get<TcpFrame>(*event);
  const auto decoded = decodeResponse(frame.pdu);
  ASSERT_TRUE(std::holds_alternative<Response>(decoded));
  EXPECT_EQ(checkResponse(ReadHoldingRegistersRequest{0x6B, 3}, std::get<Response>(decoded)),
            std::nullopt);
}

}  // namespace
}  // namespace robocert::codec::modbus
