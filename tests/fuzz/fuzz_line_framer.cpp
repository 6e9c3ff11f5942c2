// Fuzz target for LineFramer. Input: [terminator selector][max length][chunk seed] payload.
// Invariants: the events do not depend on how the payload is chunked (feed or prepare/commit),
// they equal a naive whole-buffer reference split, lines are at most maxLineBytes and contain
// no terminator, and the buffer stays bounded after every drain.
#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_support.hpp"
#include "robocert/codec/line_framer.hpp"

using robocert::codec::Line;
using robocert::codec::LineError;
using robocert::codec::LineEvent;
using robocert::codec::LineFramer;
using robocert::codec::LineFramerOptions;
using robocert::fuzz::Chunker;
using robocert::fuzz::Input;

namespace {

struct Event {
  bool line = false;
  LineError::Kind kind = LineError::Kind::Oversized;
  std::uint64_t offset = 0;
  std::string text;
  bool operator==(const Event&) const = default;
};

Event toEvent(const LineEvent& e) {
  if (const auto* line = std::get_if<Line>(&e)) {
    return {true, LineError::Kind::Oversized, line->offset, std::string(line->text)};
  }
  const auto& error = std::get<LineError>(e);
  return {false, error.kind, error.offset, {}};
}

// The framing rules applied to the whole stream at once, written independently of the framer.
std::vector<Event> reference(std::string_view data, const LineFramerOptions& options) {
  const std::string_view term = options.terminator;
  std::vector<Event> events;
  std::size_t at = 0;
  for (;;) {
    const std::size_t end = data.find(term, at);
    if (end == std::string_view::npos) {
      const std::size_t rest = data.size() - at;
      if (rest >= options.maxLineBytes + term.size()) {
        events.push_back({false, LineError::Kind::Oversized, at, {}});
      } else if (rest > 0) {
        events.push_back({false, LineError::Kind::Unterminated, at, {}});
      }
      return events;
    }
    if (end - at > options.maxLineBytes) {
      events.push_back({false, LineError::Kind::Oversized, at, {}});
    } else {
      events.push_back(
          {true, LineError::Kind::Oversized, at, std::string(data.substr(at, end - at))});
    }
    at = end + term.size();
  }
}

void drain(LineFramer& framer, std::vector<Event>& events) {
  const auto& options = framer.options();
  while (auto e = framer.next()) {
    events.push_back(toEvent(*e));
    if (const auto* line = std::get_if<Line>(&*e)) {
      FUZZ_CHECK(line->text.size() <= options.maxLineBytes);
      FUZZ_CHECK(line->text.find(options.terminator) == std::string_view::npos);
    }
  }
  FUZZ_CHECK(framer.bufferedBytes() < options.maxLineBytes + options.terminator.size());
}

// "\n", "\r\n", "\r", or 1..3 arbitrary bytes (self-overlapping ones included: "aa", "aba").
std::string terminatorFrom(Input& in) {
  const std::uint8_t selector = in.byte();
  switch (selector % 5) {
    case 0:
      return std::string(1, '\n');
    case 1:
      return std::string(1, '\r') + '\n';
    case 2:
      return std::string(1, '\r');
    default: {
      std::string bytes;
      for (int i = 0; i <= selector / 5 % 3; ++i) bytes += static_cast<char>(in.byte());
      return bytes;
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Input in(data, size);
  LineFramerOptions options;
  options.terminator = terminatorFrom(in);
  options.maxLineBytes = 1 + in.byte() % 40;
  Chunker chunker(in.byte() * 2654435761u);
  const auto payload = in.rest();
  const std::string_view text(reinterpret_cast<const char*>(payload.data()), payload.size());

  // Whole buffer at once.
  std::vector<Event> whole;
  {
    LineFramer framer(options);
    framer.feed(payload);
    drain(framer, whole);
    framer.flush();
    drain(framer, whole);
    FUZZ_CHECK(framer.bufferedBytes() == 0);
  }

  // Pseudo-random chunks, alternating feed() and prepare()/commit() with short reads.
  std::vector<Event> chunked;
  {
    LineFramer framer(options);
    // Draining only now and then lets frames pile up and be pulled while a read is pending;
    // memory must stay within a few times one frame plus what was fed since the last drain.
    std::size_t undrained = 0;
    std::size_t mostUndrained = 0;
    for (std::size_t at = 0; at < payload.size();) {
      const std::size_t n = chunker.next(payload.size() - at);
      undrained += n + 7;
      mostUndrained = std::max(mostUndrained, undrained);
      if (chunker.coin()) {
        framer.feed(payload.subspan(at, n));
      } else {
        auto area = framer.prepare(n + 7);
        FUZZ_CHECK(area.size() == n + 7);
        if (chunker.coin()) {
          drain(framer, chunked);
          undrained = n + 7;
        }
        std::memcpy(area.data(), payload.data() + at, n);
        framer.commit(n);
      }
      at += n;
      if (chunker.coin()) {
        drain(framer, chunked);
        undrained = 0;
        FUZZ_CHECK(framer.capacityBytes() <=
                   std::max<std::size_t>(256, 4 * (options.maxLineBytes +
                                                   options.terminator.size() + mostUndrained)));
      }
    }
    framer.flush();
    drain(framer, chunked);
    FUZZ_CHECK(framer.bufferedBytes() == 0);
  }

  FUZZ_CHECK(whole == chunked);
  FUZZ_CHECK(whole == reference(text, options));
  return 0;
}
