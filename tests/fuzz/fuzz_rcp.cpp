// Fuzz target for the RCP codec: a byte stream framed into lines as the driver and the simulator
// frame it, every line through the request and the server-message parsers and, for OK replies,
// through every value parser. Input: [chunk seed] payload.
// Invariants: error positions and field indexes lie inside the line; whatever parses formats
// again (within the line limit) and reads back equal; no line is both a request and a server
// message; the outcomes do not depend on the chunking; the framer's memory stays bounded.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_support.hpp"
#include "robocert/codec/line_framer.hpp"
#include "robocert/codec/rcp.hpp"

namespace rcp = robocert::codec::rcp;
using robocert::codec::Line;
using robocert::codec::LineFramer;
using robocert::fuzz::Chunker;
using robocert::fuzz::Input;

namespace {

std::string_view body(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

// Checks an error against the line it came from; returns a short rendering for comparison.
std::string checkError(const rcp::Error& e, std::string_view line) {
  const std::string_view b = body(line);
  FUZZ_CHECK(e.position <= b.size());
  FUZZ_CHECK(e.field <= static_cast<std::size_t>(std::count(b.begin(), b.end(), ' ')) + 1);
  FUZZ_CHECK(!rcp::describe(e.kind).empty());
  if (e.tag) FUZZ_CHECK(*e.tag >= rcp::kMinTag && *e.tag <= rcp::kMaxTag);
  const int code = rcp::replyCodeFor(e);
  FUZZ_CHECK(code == 10 || code == 11 || code == 13);
  return "E" + std::to_string(static_cast<int>(e.kind)) + "@" + std::to_string(e.position);
}

// The formatted text without its '\n'; checks the line rules on the way.
std::string formatted(const std::variant<std::string, rcp::Error>& result) {
  FUZZ_CHECK(std::holds_alternative<std::string>(result));
  const std::string& text = std::get<std::string>(result);
  FUZZ_CHECK(!text.empty() && text.back() == '\n');
  FUZZ_CHECK(text.size() <= rcp::kMaxLineBytes + 1);
  FUZZ_CHECK(text.find_first_of("\r\n") == text.size() - 1);
  return text.substr(0, text.size() - 1);
}

template <class T, class Format, class Parse>
void checkValues(std::string_view values, Parse parse, Format format) {
  const auto parsed = parse(values);
  if (const auto* e = std::get_if<rcp::Error>(&parsed)) {
    FUZZ_CHECK(e->position <= values.size());
    return;
  }
  const T& value = std::get<T>(parsed);
  const auto text = format(value);
  FUZZ_CHECK(std::holds_alternative<std::string>(text));
  const auto back = parse(std::get<std::string>(text));
  FUZZ_CHECK(std::holds_alternative<T>(back) && std::get<T>(back) == value);
}

std::string checkLine(std::string_view line) {
  std::string outcome;
  const auto request = rcp::parseRequest(line);
  const auto message = rcp::parseServerMessage(line);
  FUZZ_CHECK(std::holds_alternative<rcp::Error>(request) ||
             std::holds_alternative<rcp::Error>(message));

  if (const auto* e = std::get_if<rcp::Error>(&request)) {
    outcome += checkError(*e, line);
  } else {
    const auto& value = std::get<rcp::Request>(request);
    const std::string text = formatted(rcp::formatRequest(value));
    const auto back = rcp::parseRequest(text);
    FUZZ_CHECK(std::holds_alternative<rcp::Request>(back) && std::get<rcp::Request>(back) == value);
    outcome += text;
  }
  outcome += '|';

  if (const auto* e = std::get_if<rcp::Error>(&message)) {
    outcome += checkError(*e, line);
    return outcome;
  }
  const auto& value = std::get<rcp::ServerMessage>(message);
  const std::string text = formatted(rcp::formatServerMessage(value));
  const auto back = rcp::parseServerMessage(text);
  FUZZ_CHECK(std::holds_alternative<rcp::ServerMessage>(back) &&
             std::get<rcp::ServerMessage>(back) == value);
  outcome += text;
  if (const auto* reply = std::get_if<rcp::Reply>(&value)) {
    if (const auto* ok = std::get_if<rcp::Ok>(&reply->result)) {
      checkValues<rcp::Identity>(ok->values, rcp::parseIdentity, rcp::formatIdentity);
      checkValues<rcp::ControllerState>(ok->values, rcp::parseState, rcp::formatState);
      checkValues<rcp::Pose>(ok->values, rcp::parsePose, rcp::formatPose);
    }
  }
  return outcome;
}

void drain(LineFramer& framer, std::vector<std::string>& outcomes) {
  while (auto e = framer.next()) {
    if (const auto* line = std::get_if<Line>(&*e)) {
      FUZZ_CHECK(line->text.size() <= rcp::kFramedLineBytes);
      outcomes.push_back(checkLine(line->text));
    } else {
      outcomes.push_back("framing error");
    }
  }
  FUZZ_CHECK(framer.bufferedBytes() < rcp::kFramedLineBytes + 1);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Input in(data, size);
  Chunker chunker(in.byte() * 2654435761u + 11);
  const auto payload = in.rest();
  const robocert::codec::LineFramerOptions options{.terminator = "\n",
                                                   .maxLineBytes = rcp::kFramedLineBytes};

  LineFramer chunked(options);
  std::vector<std::string> outcomes;
  for (std::size_t at = 0; at < payload.size();) {
    const std::size_t n = chunker.next(payload.size() - at);
    chunked.feed(payload.subspan(at, n));
    at += n;
    drain(chunked, outcomes);
  }
  chunked.flush();
  drain(chunked, outcomes);

  LineFramer whole(options);
  std::vector<std::string> reference;
  whole.feed(payload);
  whole.flush();
  drain(whole, reference);
  FUZZ_CHECK(outcomes == reference);
  return 0;
}
