// Fuzz target for the Modbus RTU framer and the PDU codec. Input: [direction][chunk seed]
// payload. Invariants: chunking does not change the events; every frame is exactly the bytes
// of the stream at its offset and rebuilds with rtuAdu(); a frame that decodes re-encodes to
// the same bytes; every payload byte ends up in a frame or counted as discarded; the buffer
// stays under one ADU after every drain.
#include <algorithm>
#include <cstring>
#include <vector>

#include "fuzz_support.hpp"
#include "robocert/codec/modbus_rtu.hpp"

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

void check(const RtuFrame& frame, Direction direction, std::span<const std::uint8_t> stream) {
  const Bytes adu = rtuAdu(frame.unit, frame.pdu);
  FUZZ_CHECK(adu.size() <= kMaxRtuAduBytes);
  FUZZ_CHECK(frame.offset + adu.size() <= stream.size());
  FUZZ_CHECK(std::equal(adu.begin(), adu.end(), stream.begin() + static_cast<long>(frame.offset)));
  if (direction == Direction::Requests) {
    const auto decoded = decodeRequest(frame.pdu);
    if (const auto* request = std::get_if<Request>(&decoded)) {
      FUZZ_CHECK(!validate(*request));
      const auto encoded = encodeRtuRequest(frame.unit, *request);
      FUZZ_CHECK(std::holds_alternative<Bytes>(encoded) && std::get<Bytes>(encoded) == adu);
    } else {
      FUZZ_CHECK(std::get<PduError>(decoded).offset <= frame.pdu.size());
    }
  } else {
    const auto decoded = decodeResponse(frame.pdu);
    if (const auto* response = std::get_if<Response>(&decoded)) {
      FUZZ_CHECK(!validate(*response));
      const auto encoded = encodeRtuResponse(frame.unit, *response);
      FUZZ_CHECK(std::holds_alternative<Bytes>(encoded) && std::get<Bytes>(encoded) == adu);
    } else {
      FUZZ_CHECK(std::get<PduError>(decoded).offset <= frame.pdu.size());
    }
  }
}

std::uint64_t drain(RtuFramer& framer, std::vector<Event>& events,
                    std::span<const std::uint8_t> stream) {
  std::uint64_t framed = 0;
  while (auto e = framer.next()) {
    if (const auto* frame = std::get_if<RtuFrame>(&*e)) {
      check(*frame, framer.direction(), stream);
      events.push_back({true, frame->offset, {}, rtuAdu(frame->unit, frame->pdu)});
      framed += frame->pdu.size() + 3;
    } else {
      const auto& error = std::get<FrameError>(*e);
      events.push_back({false, error.offset, error.kind, {}});
    }
  }
  FUZZ_CHECK(framer.bufferedBytes() < kMaxRtuAduBytes);
  return framed;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Input in(data, size);
  const Direction direction = (in.byte() & 1) != 0 ? Direction::Responses : Direction::Requests;
  Chunker chunker(in.byte() * 2654435761u + 1);
  const auto payload = in.rest();

  std::vector<Event> whole;
  {
    RtuFramer framer(direction);
    framer.feed(payload);
    std::uint64_t framed = drain(framer, whole, payload);
    framer.flush();
    framed += drain(framer, whole, payload);
    FUZZ_CHECK(framer.bufferedBytes() == 0);
    FUZZ_CHECK(framed + framer.discardedBytes() == payload.size());
  }

  std::vector<Event> chunked;
  {
    RtuFramer framer(direction);
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
                   std::max<std::size_t>(256, 4 * (kMaxRtuAduBytes + mostUndrained)));
      }
    }
    framer.flush();
    drain(framer, chunked, payload);
  }
  FUZZ_CHECK(whole == chunked);
  return 0;
}
