// Golden values from independent sources:
// - CRC-16/MODBUS check value 0x4B37 for ASCII "123456789": Greg Cook's "Catalogue of
//   parametrised CRC algorithms"
//   (reveng.sourceforge.io/crc-catalogue/16.htm#crc.cat.crc-16-modbus).
// - 01 03 00 00 00 0A C5 CD: read 10 holding registers from unit 1, the frame quoted by
//   countless device manuals and Modbus tools.
// - 01 03 00 00 00 01 84 0A: read one holding register from unit 1 (same provenance).
// - 02 07 41 12: Modicon Modbus Protocol Reference Guide PI-MBUS-300 rev. J, CRC example.
// - 11 03 00 6B 00 03 76 87 and 11 03 06 AE 41 56 52 43 40 49 AD: simplymodbus.ca FC03 page.
// - 01 83 02 C0 F1: exception 2 to FC 3 from unit 1, as shown in device manuals.
#include "robocert/codec/modbus_rtu.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "codec_test_util.hpp"

namespace robocert::codec::modbus {
namespace {

using test::asBytes;
using test::concat;
using test::hex;
using test::toHex;

std::string render(const RtuEvent& event) {
  if (const auto* f = std::get_if<RtuFrame>(&event)) {
    return "frame@" + std::to_string(f->offset) + " unit " + std::to_string(f->unit) + ": " +
           toHex(f->pdu);
  }
  const auto& e = std::get<FrameError>(event);
  return "error@" + std::to_string(e.offset) + ": " + std::string(describe(e.kind));
}

std::vector<std::string> run(Direction direction, const Bytes& input, std::size_t chunk = 0,
                             bool flush = false) {
  return test::runChunked(RtuFramer(direction), std::span<const std::uint8_t>(input), chunk, render,
                          flush);
}

Bytes adu(std::uint8_t unit, const Request& r) {
  return std::get<Bytes>(encodeRtuRequest(unit, r));
}
Bytes adu(std::uint8_t unit, const Response& r) {
  return std::get<Bytes>(encodeRtuResponse(unit, r));
}

TEST(ModbusRtu, Crc16CheckValue) {
  EXPECT_EQ(crc16(asBytes("123456789")), 0x4B37);
  EXPECT_EQ(crc16({}), 0xFFFF);
}

TEST(ModbusRtu, PublishedFrames) {
  EXPECT_EQ(adu(1, ReadHoldingRegistersRequest{0, 10}), hex("01 03 00 00 00 0A C5 CD"));
  EXPECT_EQ(adu(1, ReadHoldingRegistersRequest{0, 1}), hex("01 03 00 00 00 01 84 0A"));
  EXPECT_EQ(rtuAdu(2, hex("07")), hex("02 07 41 12"));
  EXPECT_EQ(adu(0x11, ReadHoldingRegistersRequest{0x6B, 3}), hex("11 03 00 6B 00 03 76 87"));
  EXPECT_EQ(adu(0x11, ReadHoldingRegistersResponse{{0xAE41, 0x5652, 0x4340}}),
            hex("11 03 06 AE 41 56 52 43 40 49 AD"));
  EXPECT_EQ(adu(1, ExceptionResponse{3, ExceptionCode::IllegalDataAddress}), hex("01 83 02 C0 F1"));
  EXPECT_TRUE(std::holds_alternative<PduError>(encodeRtuRequest(1, ReadCoilsRequest{0, 2001})));
}

TEST(ModbusRtu, FramesRequestsAndResponses) {
  EXPECT_EQ(run(Direction::Requests, hex("11 03 00 6B 00 03 76 87")),
            (std::vector<std::string>{"frame@0 unit 17: 03 00 6B 00 03"}));
  EXPECT_EQ(run(Direction::Responses, hex("11 03 06 AE 41 56 52 43 40 49 AD")),
            (std::vector<std::string>{"frame@0 unit 17: 03 06 AE 41 56 52 43 40"}));
  EXPECT_EQ(run(Direction::Responses, hex("01 83 02 C0 F1")),
            (std::vector<std::string>{"frame@0 unit 1: 83 02"}));
}

TEST(ModbusRtu, EveryFunctionCodeFramesInBothDirections) {
  const std::vector<Request> requests = {
      ReadCoilsRequest{0x13, 0x13},     ReadHoldingRegistersRequest{0x6B, 3},
      ReadInputRegistersRequest{8, 1},  WriteSingleCoilRequest{0xAC, true},
      WriteSingleRegisterRequest{1, 3}, WriteMultipleRegistersRequest{1, {0x000A, 0x0102}},
  };
  const std::vector<Response> responses = {
      ReadCoilsResponse{{0xCD, 0x6B, 0x05}},
      ReadHoldingRegistersResponse{{555, 0, 100}},
      ReadInputRegistersResponse{{10}},
      WriteSingleCoilResponse{0xAC, true},
      WriteSingleRegisterResponse{1, 3},
      WriteMultipleRegistersResponse{1, 2},
      ExceptionResponse{0x10, ExceptionCode::ServerDeviceBusy},
  };
  Bytes requestStream;
  for (const auto& r : requests) requestStream = concat({requestStream, adu(7, r)});
  Bytes responseStream;
  for (const auto& r : responses) responseStream = concat({responseStream, adu(7, r)});

  RtuFramer server(Direction::Requests);
  server.feed(requestStream);
  for (const auto& expected : requests) {
    const auto event = server.next();
    ASSERT_TRUE(event && std::holds_alternative<RtuFrame>(*event));
    const auto decoded = decodeRequest(std::get<RtuFrame>(*event).pdu);
    ASSERT_TRUE(std::holds_alternative<Request>(decoded));
    EXPECT_EQ(std::get<Request>(decoded), expected);
  }
  EXPECT_FALSE(server.next());

  RtuFramer client(Direction::Responses);
  client.feed(responseStream);
  for (const auto& expected : responses) {
    const auto event = client.next();
    ASSERT_TRUE(event && std::holds_alternative<RtuFrame>(*event));
    const auto decoded = decodeResponse(std::get<RtuFrame>(*event).pdu);
    ASSERT_TRUE(std::holds_alternative<Response>(decoded));
    EXPECT_EQ(std::get<Response>(decoded), expected);
  }
  EXPECT_FALSE(client.next());
}

TEST(ModbusRtu, SameFramesForEveryChunking) {
  const Bytes input = concat({hex("00 FF"),  // garbage before
                              adu(1, WriteMultipleRegistersRequest{1, {1, 2, 3}}),
                              hex("01 03 00 00 00 0A C5 CD"),  // merged with the previous
                              hex("55"),                       // garbage between
                              hex("11 03 00 6B 00 03 76 87")});
  const auto whole = run(Direction::Requests, input);
  ASSERT_EQ(whole.size(), 5u);
  EXPECT_EQ(whole[0].rfind("error@0", 0), 0u);
  EXPECT_EQ(whole[1], "frame@2 unit 1: 10 00 01 00 03 06 00 01 00 02 00 03");
  EXPECT_EQ(whole[2], "frame@17 unit 1: 03 00 00 00 0A");
  EXPECT_EQ(whole[3].rfind("error@25", 0), 0u);
  EXPECT_EQ(whole[4], "frame@26 unit 17: 03 00 6B 00 03");
  for (std::size_t chunk = 1; chunk <= input.size(); ++chunk) {
    EXPECT_EQ(run(Direction::Requests, input, chunk), whole) << "chunk " << chunk;
  }
}

TEST(ModbusRtu, TruncatedFrameWaitsSilentlyUntilFlush) {
  RtuFramer framer(Direction::Responses);
  framer.feed(hex("11 03 06 AE 41 56"));
  EXPECT_FALSE(framer.next());
  framer.feed(hex("52 43"));
  EXPECT_FALSE(framer.next());
  framer.flush();  // t3.5 of silence: the rest will not come
  const auto event = framer.next();
  ASSERT_TRUE(event);
  EXPECT_EQ(std::get<FrameError>(*event), (FrameError{FrameError::Kind::Truncated, 0}));
  EXPECT_FALSE(framer.next());
  EXPECT_EQ(framer.bufferedBytes(), 0u);
  EXPECT_EQ(framer.discardedBytes(), 8u);
  // The next burst is framed normally.
  framer.feed(hex("01 83 02 C0 F1"));
  EXPECT_EQ(render(*framer.next()), "frame@8 unit 1: 83 02");
}

TEST(ModbusRtu, FlushFindsACompleteFrameBehindABogusLength) {
  // A stray "01 03 FA" claims a 250-byte response; the real reply that follows is only found
  // once the driver declares the burst over.
  const Bytes input = concat({hex("01 03 FA"), hex("01 83 02 C0 F1")});
  EXPECT_TRUE(run(Direction::Responses, input).empty());
  EXPECT_EQ(run(Direction::Responses, input, 0, true),
            (std::vector<std::string>{"error@0: partial frame (line silent or connection closed)",
                                      "frame@3 unit 1: 83 02"}));
}

TEST(ModbusRtu, BadCrcIsOneErrorThenResync) {
  Bytes corrupted = hex("01 03 00 00 00 0A C5 CD");
  corrupted[4] ^= 0x01;  // one bit flipped in transit
  const auto events = run(Direction::Requests, concat({corrupted, hex("01 03 00 00 00 01 84 0A")}));
  EXPECT_EQ(events,
            (std::vector<std::string>{"error@0: CRC mismatch", "frame@8 unit 1: 03 00 00 00 01"}));
}

TEST(ModbusRtu, ErrorsAfterAValidFrameAreReportedAgain) {
  Bytes bad = hex("01 03 00 00 00 0A C5 CE");
  const auto events =
      run(Direction::Requests,
          concat({bad, hex("01 03 00 00 00 01 84 0A"), bad, hex("01 03 00 00 00 01 84 0A")}));
  EXPECT_EQ(events, (std::vector<std::string>{
                        "error@0: CRC mismatch", "frame@8 unit 1: 03 00 00 00 01",
                        "error@16: CRC mismatch", "frame@24 unit 1: 03 00 00 00 01"}));
}

TEST(ModbusRtu, UnknownFunctionAndOversizedByteCountAreErrorsNotWaits) {
  // FC 0x2B (encapsulated interface) has no length rule here: dropped at once.
  EXPECT_EQ(
      run(Direction::Requests, hex("01 2B 0E 01 00")),
      (std::vector<std::string>{"error@0: unsupported function code (frame length unknown)"}));
  // A byte count of 251 cannot be a valid FC 3 response: no waiting for 256 bytes.
  RtuFramer framer(Direction::Responses);
  framer.feed(hex("01 03 FB"));
  const auto event = framer.next();
  ASSERT_TRUE(event);
  EXPECT_EQ(std::get<FrameError>(*event).kind, FrameError::Kind::LengthOutOfRange);
  // Requests: FC 16 byte count beyond 246.
  EXPECT_EQ(run(Direction::Requests, hex("01 10 00 00 00 7C F8")).at(0).rfind("error@0", 0), 0u);
}

TEST(ModbusRtu, ExceptionReplyInResponseStream) {
  RtuFramer framer(Direction::Responses);
  framer.feed(concat({hex("01 83 02 C0 F1"), adu(1, ReadHoldingRegistersResponse{{555, 0, 100}})}));
  const auto first = framer.next();
  ASSERT_TRUE(first && std::holds_alternative<RtuFrame>(*first));
  const auto decoded = decodeResponse(std::get<RtuFrame>(*first).pdu);
  ASSERT_TRUE(std::holds_alternative<Response>(decoded));
  const auto& ex = std::get<ExceptionResponse>(std::get<Response>(decoded));
  EXPECT_EQ(ex.function, 3);
  EXPECT_EQ(ex.code, ExceptionCode::IllegalDataAddress);
  const auto second = framer.next();
  ASSERT_TRUE(second && std::holds_alternative<RtuFrame>(*second));
  EXPECT_FALSE(framer.next());
}

TEST(ModbusRtu, GarbageKeepsMemoryBoundedAndNeverStalls) {
  std::mt19937 rng(7);
  RtuFramer framer(Direction::Responses);
  Bytes chunk(4096);
  std::uint64_t fed = 0;
  for (int i = 0; i < 256; ++i) {  // 1 MiB of noise
    for (auto& b : chunk) b = static_cast<std::uint8_t>(rng());
    framer.feed(chunk);
    fed += chunk.size();
    while (framer.next()) {
    }
    EXPECT_LT(framer.bufferedBytes(), kMaxRtuAduBytes);
  }
  EXPECT_LE(framer.capacityBytes(), 4 * (kMaxRtuAduBytes + chunk.size()));
  framer.flush();
  while (framer.next()) {
  }
  EXPECT_EQ(framer.bufferedBytes(), 0u);
  EXPECT_GT(framer.discardedBytes(), fed / 2);
  // Still in sync for real traffic afterwards.
  framer.feed(hex("11 03 06 AE 41 56 52 43 40 49 AD"));
  const auto event = framer.next();
  ASSERT_TRUE(event && std::holds_alternative<RtuFrame>(*event));
}

TEST(ModbusRtu, BroadcastAndPrepareCommit) {
  RtuFramer framer(Direction::Requests);
  const Bytes frame = adu(0, WriteSingleRegisterRequest{1, 3});  // unit 0: broadcast
  auto area = framer.prepare(64);
  std::copy(frame.begin(), frame.end(), area.begin());
  framer.commit(frame.size());
  const auto event = framer.next();
  ASSERT_TRUE(event);
  EXPECT_EQ(std::get<RtuFrame>(*event).unit, 0);
}

}  // namespace
}  // namespace robocert::codec::modbus
