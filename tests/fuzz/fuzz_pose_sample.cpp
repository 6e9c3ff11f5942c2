// Fuzz target for the tracker sample-line parser (codec/pose_sample.hpp).
// Input: [format selector] ([separator] [field list] '\n' for a custom format) payload lines.
// Invariants: the parser never reads outside the line (each line is parsed from its own
// exactly-sized heap copy, so ASan sees an over-read), errors name a field and a position inside
// the line, a parsed line starts with the prefix, and whatever parses re-formats with
// appendSample into a line that parses to the same sample (exactly with unit factors of 1). A
// custom field list that makeSampleFormat accepts survives fieldList() unchanged. Samples built
// from raw payload bits (any finite double, any integer) round-trip through appendSample too.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>
#include <numbers>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_support.hpp"
#include "robocert/codec/pose_sample.hpp"

using robocert::codec::appendSample;
using robocert::codec::describe;
using robocert::codec::fieldList;
using robocert::codec::makeSampleFormat;
using robocert::codec::parseSample;
using robocert::codec::PoseSample;
using robocert::codec::SampleError;
using robocert::codec::SampleFormat;
using robocert::codec::SampleFormatError;
using robocert::fuzz::Input;

namespace {

SampleFormat builtIn(std::uint8_t selector) {
  const auto make = [](std::string_view list, char sep, std::string_view prefix) {
    auto r = makeSampleFormat(list, sep, prefix);
    FUZZ_CHECK(std::holds_alternative<SampleFormat>(r));
    return std::get<SampleFormat>(r);
  };
  switch (selector % 5) {
    case 0:
      return SampleFormat{};
    case 1:
      return make("seq,t_ns,x,y,z,a,b,c", ',', "");
    case 2: {
      SampleFormat f = make("_,seq,t_s,x,y,z,a,b,c,*", ';', "$TRK;");
      f.mmPerLengthUnit = 1000.0;
      f.degPerAngleUnit = 180.0 / std::numbers::pi;
      return f;
    }
    case 3:
      return make("x,y,z,a,b,c,t_ms,seq", '\t', "");
    default:
      return make("seq,_,t_us,c,b,a,z,y,x", '|', "P");
  }
}

bool unitScale(const SampleFormat& f) {
  return f.mmPerLengthUnit == 1.0 && f.degPerAngleUnit == 1.0;
}

// With unit factors the value is scaled twice (rounding each time); subnormals have few digits.
bool close(double a, double b) {
  const double diff = std::fabs(a - b);
  return diff <= 1e-12 * std::max(std::fabs(a), std::fabs(b)) || diff < 1e-300;
}

void checkSame(const PoseSample& a, const PoseSample& b, bool exact) {
  FUZZ_CHECK(a.seq == b.seq);
  FUZZ_CHECK(a.tNs == b.tNs);
  for (std::size_t i = 0; i < 3; ++i) {
    FUZZ_CHECK(exact ? a.positionMm[i] == b.positionMm[i]
                     : close(a.positionMm[i], b.positionMm[i]));
    FUZZ_CHECK(exact ? a.anglesDeg[i] == b.anglesDeg[i] : close(a.anglesDeg[i], b.anglesDeg[i]));
  }
}

void roundTrip(const PoseSample& sample, const SampleFormat& format) {
  std::string line;
  appendSample(line, sample, format);
  PoseSample back;
  const auto error = parseSample(line, format, back);
  FUZZ_CHECK(!error.has_value());
  checkSame(sample, back, unitScale(format));
}

void checkLine(std::string_view text, const SampleFormat& format) {
  // An exactly-sized heap copy: reading one byte past the line is an ASan report.
  const std::unique_ptr<char[]> copy(new char[text.size()]);
  if (!text.empty()) std::memcpy(copy.get(), text.data(), text.size());
  const std::string_view line(copy.get(), text.size());
  PoseSample sample;
  const auto error = parseSample(line, format, sample);
  if (error) {
    FUZZ_CHECK(error->position <= line.size());
    FUZZ_CHECK(error->field <= format.fields.size());
    FUZZ_CHECK((error->kind == SampleError::Kind::ExtraField) ==
               (error->field == format.fields.size()));
    FUZZ_CHECK(!describe(error->kind).empty());
    return;
  }
  FUZZ_CHECK(line.substr(0, format.prefix.size()) == format.prefix);
  roundTrip(sample, format);
}

std::uint64_t word(std::span<const std::uint8_t> bytes, std::size_t& at) {
  std::uint64_t w = 0;
  for (int i = 0; i < 8 && at < bytes.size(); ++i) w = w << 8 | bytes[at++];
  return w;
}

double finiteFrom(std::uint64_t bits) {
  double d = 0.0;
  std::memcpy(&d, &bits, sizeof d);
  return std::isfinite(d) ? d : 0.0;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Input in(data, size);
  const std::uint8_t selector = in.byte();
  SampleFormat format;
  std::span<const std::uint8_t> payload;
  if (selector >= 0xF0) {
    // Custom format: separator byte, then the field list up to the first '\n'.
    const char separator = static_cast<char>(in.byte());
    const auto rest = in.rest();
    std::size_t end = 0;
    while (end < rest.size() && rest[end] != '\n') ++end;
    const std::string_view list(reinterpret_cast<const char*>(rest.data()), end);
    payload = rest.subspan(end < rest.size() ? end + 1 : end);
    auto made = makeSampleFormat(list, separator, "");
    if (const auto* e = std::get_if<SampleFormatError>(&made)) {
      FUZZ_CHECK(!describe(e->kind).empty());
      FUZZ_CHECK(e->position <= list.size());
      return 0;
    }
    format = std::get<SampleFormat>(std::move(made));
    FUZZ_CHECK(!robocert::codec::validate(format).has_value());
    auto again = makeSampleFormat(fieldList(format), separator, "");
    FUZZ_CHECK(std::holds_alternative<SampleFormat>(again));
    FUZZ_CHECK(std::get<SampleFormat>(again) == format);
  } else {
    format = builtIn(selector);
    payload = in.rest();
  }

  const std::string_view text(reinterpret_cast<const char*>(payload.data()), payload.size());
  for (std::size_t at = 0; at <= text.size();) {
    const std::size_t end = std::min(text.find('\n', at), text.size());
    checkLine(text.substr(at, end - at), format);
    at = end + 1;
  }

  // The payload's bits as samples: every finite double and every integer must round-trip.
  for (std::size_t at = 0; at < payload.size();) {
    PoseSample s;
    s.seq = word(payload, at);
    s.tNs = static_cast<std::int64_t>(word(payload, at));
    for (auto& v : s.positionMm) v = finiteFrom(word(payload, at));
    for (auto& v : s.anglesDeg) v = finiteFrom(word(payload, at));
    if (unitScale(format)) roundTrip(s, format);
  }
  return 0;
}
