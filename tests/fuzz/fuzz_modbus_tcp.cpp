// Fuzz target for the Modbus TCP framer and the PDU codec. Input: [chunk seed] payload.
// Invariants: chunking does not change the events; every frame is exactly the bytes of the
// stream at its offset and rebuilds with tcpAdu(); a PDU that decodes (as request or response)
// re-encodes to the same bytes; every payload byte ends up in a frame or counted as discarded;
// the buffer stays under one ADU after every drain.
#include <algorithm>
#include <cstring>
#include <vector>

#include "fuzz_support.hpp"
#include "robocert/codec/modbus_tcp.hpp"

using namespace robocert::codec::modbus;
using robocert::fuzz::Chunker;
using robocert::fuzz::Input;

namespace {

struct Event {
  bool frame = false;
  std::uint64_t offset = 0;
  FrameError::Kind kind = FrameError::Kind::BadCrc;
  Bytes adu;
  bool operator==(const Event&) const = default;
};

void check(const TcpFrame& frame, std::span<const std::uint8_t> stream) {
  const Bytes adu = tcpAdu(frame.transactionId, frame.unit, frame.pdu);
  FUZZ_CHECK(adu.size() <= kMaxTcpAduBytes);
  FUZZ_CHECK(!frame.pdu.empty());
  FUZZ_CHECK(frame.offset + adu.size() <= stream.size());
  FUZZ_CHECK(std::equal(adu.begin(), adu.end(), stream.begin() + static_cast<long>(frame.offset)));
  const Bytes pdu(frame.pdu.begin(), frame.pdu.end());
  // TCP frames both directions alike: try the PDU as both.
  const auto request = decodeRequest(frame.pdu);
  if (const auto* r = std::get_if<Request>(&request)) {
    const auto encoded = encodeRequest(*r);
    FUZZ_CHECK(std::holds_alternative<Bytes>(encoded) && std::get<Bytes>(encoded) == pdu);
  }
  const auto response = decodeResponse(frame.pdu);
  if (const auto* r = std::get_if<Response>(&response)) {
    const auto encoded = encodeTcpResponse(frame.transactionId, frame.unit, *r);
    FUZZ_CHECK(std::holds_alternative<Bytes>(encoded) && std::get<Bytes>(encoded) == adu);
    // A response always answers some request shape without crashing the matcher.
    (void)checkResponse(ReadHoldingRegistersRequest{0, 1}, *r);
    if (const auto* coils = std::get_if<ReadCoilsResponse>(r)) {
      const auto unpacked =
          unpackCoils(*coils, static_cast<std::uint16_t>(coils->coilBytes.size() * 8));
      FUZZ_CHECK(unpacked && packCoils(*unpacked) == coils->coilBytes);
    }
  }
}

std::uint64_t drain(TcpFramer& framer, std::vector<Event>& events,
                    std::span<const std::uint8_t> stream) {
  std::uint64_t framed = 0;
  while (auto e = framer.next()) {
    if (const auto* frame = std::get_if<TcpFrame>(&*e)) {
      check(*frame, stream);
      events.push_back(
          {true, frame->offset, {}, tcpAdu(frame->transactionId, frame->unit, frame->pdu)});
      framed += frame->pdu.size() + kMbapHeaderBytes;
    } else {
      const auto& error = std::get<FrameError>(*e);
      events.push_back({false, error.offset, error.kind, {}});
    }
  }
  FUZZ_CHECK(framer.bufferedBytes() < kMaxTcpAduBytes);
  return framed;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Input in(data, size);
  Chunker chunker(in.byte() * 2654435761u + 3);
  const auto payload = in.rest();

  std::vector<Event> whole;
  {
    TcpFramer framer;
    framer.feed(payload);
    std::uint64_t framed = drain(framer, whole, payload);
    framer.flush();
    framed += drain(framer, whole, payload);
    FUZZ_CHECK(framer.bufferedBytes() == 0);
    FUZZ_CHECK(framed + framer.discardedBytes() == payload.size());
  }

  std::vector<Event> chunked;
  {
    TcpFramer framer;
    // Draining only now and then lets frames pile up and be pulled while a read is pending;
    // memory must stay within a few times one frame plus what was fed since the last drain.
    std::size_t undrained = 0;
    std::size_t mostUndrained = 0;
    for (std::size_t at = 0; at < payload.size();) {
      const std::size_t n = chunker.next(payload.size() - at);
      undrained += n;
      mostUndrained = std::max(mostUndrained, undrained);
      if (chunker.coin()) {
        framer.feed(payload.subspan(at, n));
      } else {
        auto area = framer.prepare(n);
        if (chunker.coin()) {
          drain(framer, chunked, payload);
          undrained = n;
        }
        std::memcpy(area.data(), payload.data() + at, n);
        framer.commit(n);
      }
      at += n;
      if (chunker.coin()) {
        drain(framer, chunked, payload);
        undrained = 0;
        FUZZ_CHECK(framer.capacityBytes() <=
                   std::max<std::size_t>(256, 4 * (kMaxTcpAduBytes + mostUndrained)));
      }
    }
    framer.flush();
    drain(framer, chunked, payload);
  }
  FUZZ_CHECK(whole == chunked);
  return 0;
}
