// Fuzz target for the SCPI codec: instrument output framed into lines, every line through every
// parser, and the *IDN? probe stepped by the input. Input: [chunk seed] payload.
// Invariants: error positions lie inside the input; what parses round-trips through the
// builders (strings, numbers, integers, headers); fields are views into their line; the probe
// reaches Done within its attempts.
#include <cmath>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "robocert/codec/line_framer.hpp"
#include "robocert/codec/scpi.hpp"

using namespace robocert::codec::scpi;
using robocert::codec::Line;
using robocert::codec::LineFramer;
using robocert::fuzz::Chunker;
using robocert::fuzz::Input;

namespace {

// The value inside `result` (which must outlive the pointer), or nullptr after checking the
// error's position.
template <class T>
const T* okOrPositioned(const std::variant<T, Error>& result, std::string_view input) {
  if (const auto* e = std::get_if<Error>(&result)) {
    FUZZ_CHECK(e->position <= input.size());
    return nullptr;
  }
  return &std::get<T>(result);
}
template <class T>
const T* okOrPositioned(std::variant<T, Error>&& result, std::string_view input) = delete;

void checkField(std::string_view field) {
  const auto string = parseString(field);
  if (const auto* s = okOrPositioned(string, field)) {
    const Param p = Param::string(*s);
    if (p.valid()) {
      const auto back = parseString(p.text());
      FUZZ_CHECK(std::holds_alternative<std::string>(back) && std::get<std::string>(back) == *s);
    }
  }
  const auto number = parseNumber(field);
  if (const auto* v = okOrPositioned(number, field)) {
    FUZZ_CHECK(std::isfinite(*v));
    const Param p = Param::number(*v);
    FUZZ_CHECK(p.valid());
    const auto back = parseNumber(p.text());
    FUZZ_CHECK(std::holds_alternative<double>(back) && std::get<double>(back) == *v);
    (void)isScpiInfinity(*v);
    (void)isScpiNan(*v);
  }
  const auto integer = parseInteger(field);
  if (const auto* v = okOrPositioned(integer, field)) {
    const auto back = parseInteger(Param::integer(*v).text());
    FUZZ_CHECK(std::holds_alternative<std::int64_t>(back) && std::get<std::int64_t>(back) == *v);
  }
  const auto block = parseBlockHeader(field);
  if (const auto* h = okOrPositioned(block, field)) {
    FUZZ_CHECK(h->headerBytes >= 3 && h->headerBytes <= 11 && h->headerBytes <= field.size());
  }
}

void checkLine(std::string_view line) {
  for (char separator : {',', ';'}) {
    const auto split = splitFields(line, separator);
    if (const auto* fields = okOrPositioned(split, line)) {
      FUZZ_CHECK(!fields->empty() && fields->size() <= line.size() + 1);
      for (std::string_view f : *fields) {
        FUZZ_CHECK(f.data() >= line.data() && f.data() + f.size() <= line.data() + line.size());
        checkField(f);
      }
    }
  }
  checkField(line);
  const auto identity = parseIdentity(line);
  if (const auto* id = okOrPositioned(identity, line)) {
    FUZZ_CHECK(id->manufacturer.size() <= line.size());
  }
  const auto systemError = parseSystemError(line);
  if (const auto* e = okOrPositioned(systemError, line)) {
    (void)classify(e->code);
    FUZZ_CHECK(e->message.size() + e->detail.size() <= line.size());
  }
  // A line that is a valid header builds into a command or query that starts with it.
  if (isValidHeader(line)) {
    const auto query = buildQuery(line, {Param::integer(1)});
    FUZZ_CHECK(std::holds_alternative<std::string>(query) &&
               std::get<std::string>(query).starts_with(line));
    if (line.back() != '?') {
      const auto command = buildCommand(line);
      FUZZ_CHECK(std::holds_alternative<std::string>(command) &&
                 std::get<std::string>(command) == std::string(line) + "\n");
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Input in(data, size);
  Chunker chunker(in.byte() * 2654435761u + 5);
  const auto payload = in.rest();

  LineFramer framer({.terminator = "\n", .maxLineBytes = 256});
  IdnProbe probe({.attempts = 3, .fallback = Identity{"fallback", "", "", ""}});
  int steps = 0;
  for (std::size_t at = 0; at < payload.size();) {
    const std::size_t n = chunker.next(payload.size() - at);
    framer.feed(payload.subspan(at, n));
    at += n;
    while (auto e = framer.next()) {
      const auto* line = std::get_if<Line>(&*e);
      if (line == nullptr) {
        // An oversized line is a missed reply for the probe, as a timeout would be.
        probe.onTimeout();
        continue;
      }
      checkLine(line->text);
      // Lines starting with '!' stand for a timeout, the others are replies.
      if (!line->text.empty() && line->text.front() == '!') {
        probe.onTimeout();
      } else {
        probe.onReply(line->text);
      }
      ++steps;
    }
  }
  if (steps >= 3) FUZZ_CHECK(probe.step() == IdnProbe::Step::Done);
  if (probe.step() == IdnProbe::Step::Done) {
    const auto& r = probe.result();
    FUZZ_CHECK(r.unansweredQueries >= 0 && r.unansweredQueries <= 3);
    FUZZ_CHECK(r.source != IdnResult::Source::None);  // a fallback is configured
  }
  return 0;
}
