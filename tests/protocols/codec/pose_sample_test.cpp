#include "robocert/codec/pose_sample.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <numbers>
#include <random>
#include <string>
#include <vector>

#include "codec_test_util.hpp"
#include "robocert/codec/line_framer.hpp"

namespace robocert::codec {
namespace {

using Kind = SampleError::Kind;
using FormatKind = SampleFormatError::Kind;

PoseSample sample(std::uint64_t seq, std::int64_t tNs, double x, double y, double z, double a,
                  double b, double c) {
  return PoseSample{seq, tNs, {x, y, z}, {a, b, c}};
}

PoseSample parseOk(std::string_view line, const SampleFormat& format = {}) {
  auto r = parseSample(line, format);
  if (const auto* e = std::get_if<SampleError>(&r)) {
    ADD_FAILURE() << "'" << line << "': " << describe(e->kind) << " (field " << e->field
                  << ", byte " << e->position << ")";
    return {};
  }
  return std::get<PoseSample>(r);
}

SampleError parseError(std::string_view line, const SampleFormat& format = {}) {
  auto r = parseSample(line, format);
  if (!std::holds_alternative<SampleError>(r)) {
    ADD_FAILURE() << "'" << line << "' parsed";
    return {};
  }
  return std::get<SampleError>(r);
}

SampleFormat format(std::string_view list, char separator = ',', std::string_view prefix = {}) {
  auto r = makeSampleFormat(list, separator, prefix);
  if (const auto* e = std::get_if<SampleFormatError>(&r)) {
    ADD_FAILURE() << "'" << list << "': " << describe(e->kind) << " at " << e->position;
    return {};
  }
  return std::get<SampleFormat>(r);
}

TEST(PoseSample, DefaultFormatIsTheProtocolLine) {
  EXPECT_EQ(parseOk("S 42 1700000000123456789 1200.5 -3.25 900 179.999 0.001 -90"),
            sample(42, 1700000000123456789, 1200.5, -3.25, 900, 179.999, 0.001, -90));
  EXPECT_EQ(fieldList(SampleFormat{}), "seq,t_ns,x,y,z,a,b,c");
  EXPECT_FALSE(validate(SampleFormat{}).has_value());
}

TEST(PoseSample, NumberSyntax) {
  // Exponents, leading '+', leading/trailing point, negative time, CR of a CRLF line, runs of
  // blanks and tabs with a blank separator.
  EXPECT_EQ(parseOk("S 0 -5 1e3 +2.5 .5 5. -0 1E-3\r"),
            sample(0, -5, 1000, 2.5, 0.5, 5, -0.0, 0.001));
  EXPECT_EQ(parseOk("S   7\t 8  1 2 3 4 5 6   \t"), sample(7, 8, 1, 2, 3, 4, 5, 6));
  EXPECT_EQ(parseOk("S 18446744073709551615 9223372036854775807 0 0 0 0 0 0").seq,
            std::numeric_limits<std::uint64_t>::max());
}

TEST(PoseSample, ErrorsNameTheFieldAndPosition) {
  //                     0123456789012345678901234
  EXPECT_EQ(parseError("X 1 2 3 4 5 6 7 8"), (SampleError{Kind::MissingPrefix, 0, 0}));
  EXPECT_EQ(parseError("S1 2 3 4 5 6 7 8"), (SampleError{Kind::MissingPrefix, 0, 0}));
  EXPECT_EQ(parseError("S "), (SampleError{Kind::MissingField, 0, 2}));
  EXPECT_EQ(parseError("S 1 2 3 4 5 6 7"), (SampleError{Kind::MissingField, 7, 15}));
  EXPECT_EQ(parseError("S 1 2 3 4 5 6 7 "), (SampleError{Kind::MissingField, 7, 16}));
  EXPECT_EQ(parseError("S 1 2 3 4 5 6 7 8 9"), (SampleError{Kind::ExtraField, 8, 18}));
  EXPECT_EQ(parseError("S 1 2 3 abc 5 6 7 8"), (SampleError{Kind::NotANumber, 3, 8}));
  EXPECT_EQ(parseError("S 1 2 3 4.5x 5 6 7 8"), (SampleError{Kind::NotANumber, 3, 11}));
  EXPECT_EQ(parseError("S -1 2 3 4 5 6 7 8"), (SampleError{Kind::NotANumber, 0, 2}));
  EXPECT_EQ(parseError("S 1.5 2 3 4 5 6 7 8"), (SampleError{Kind::NotANumber, 0, 3}));
  EXPECT_EQ(parseError("S 1 2 3 4 5 6 7 +-8"), (SampleError{Kind::NotANumber, 7, 16}));
  EXPECT_EQ(parseError("S 1 2 inf 4 5 6 7 8"), (SampleError{Kind::NotANumber, 2, 6}));
  EXPECT_EQ(parseError("S 1 2 3 nan 5 6 7 8"), (SampleError{Kind::NotANumber, 3, 8}));
  EXPECT_EQ(parseError("S 1 2 3 4 5 6 7 1e999"), (SampleError{Kind::OutOfRange, 7, 16}));
  EXPECT_EQ(parseError("S 18446744073709551616 2 3 4 5 6 7 8"),
            (SampleError{Kind::OutOfRange, 0, 2}));
  EXPECT_EQ(parseError("S 1 9223372036854775808 3 4 5 6 7 8"),
            (SampleError{Kind::OutOfRange, 1, 4}));
  EXPECT_EQ(parseError(""), (SampleError{Kind::MissingPrefix, 0, 0}));
}

TEST(PoseSample, CsvFormatWithBlanksAroundFields) {
  const SampleFormat csv = format("seq,t_ns,x,y,z,a,b,c");
  EXPECT_EQ(csv.separator, ',');
  EXPECT_EQ(csv.prefix, "");
  EXPECT_EQ(parseOk("3,4000,1.5,2,3,0.1,0.2,0.3", csv), sample(3, 4000, 1.5, 2, 3, 0.1, 0.2, 0.3));
  EXPECT_EQ(parseOk(" 3 , 4000 ,1.5,\t2,3,0.1,0.2, 0.3 \r", csv),
            sample(3, 4000, 1.5, 2, 3, 0.1, 0.2, 0.3));
  //                 0123456789
  EXPECT_EQ(parseError("3,4000,,2,3,4,5,6", csv), (SampleError{Kind::EmptyField, 2, 7}));
  EXPECT_EQ(parseError("3,4000,1,2,3,4,5,", csv), (SampleError{Kind::EmptyField, 7, 17}));
  EXPECT_EQ(parseError("3,4000,1,2,3,4,5", csv), (SampleError{Kind::MissingField, 7, 16}));
  EXPECT_EQ(parseError("3,4000,1,2,3,4,5,6,7", csv), (SampleError{Kind::ExtraField, 8, 18}));
  EXPECT_EQ(parseError("3,4000,1 2,3,4,5,6,7", csv), (SampleError{Kind::NotANumber, 2, 9}));
  EXPECT_EQ(parseError("", csv), (SampleError{Kind::MissingField, 0, 0}));
  EXPECT_EQ(parseError("OK", csv), (SampleError{Kind::NotANumber, 0, 0}));
}

TEST(PoseSample, ExportWithSkippedColumnsUnitsAndPrefix) {
  // A tagged export in metres and radians with a point name first and extra columns at the end.
  SampleFormat f = format("_, seq, t_s, x, y, z, a, b, c, *", ';', "$TRK;");
  f.mmPerLengthUnit = 1000.0;
  f.degPerAngleUnit = 180.0 / std::numbers::pi;
  EXPECT_EQ(fieldList(f), "_,seq,t_s,x,y,z,a,b,c,*");
  const PoseSample s = parseOk(
      "$TRK;P-17 a;12;1700000000.0000000005;1.2;-0.5;0.25;3.14159265358979;0;0;RMS=0.01;x", f);
  EXPECT_EQ(s.seq, 12u);
  EXPECT_EQ(s.tNs, 1700000000000000001);  // 0.5 ns rounds away from zero, exactly
  EXPECT_DOUBLE_EQ(s.positionMm[0], 1200.0);
  EXPECT_DOUBLE_EQ(s.positionMm[1], -500.0);
  EXPECT_DOUBLE_EQ(s.positionMm[2], 250.0);
  EXPECT_NEAR(s.anglesDeg[0], 180.0, 1e-12);
  // Skipped fields may be empty; the extra columns may be absent.
  EXPECT_EQ(parseOk("$TRK;;1;2;3;4;5;6;7;8", f).seq, 1u);
  EXPECT_EQ(parseError("TRK;a;1;2;3;4;5;6;7;8", f).kind, Kind::MissingPrefix);
  EXPECT_EQ(parseError("$TRK;a;1;2;3;4;5;6;7;8x", f), (SampleError{Kind::NotANumber, 8, 22}));
}

TEST(PoseSample, FixedPointTimeFields) {
  const auto time = [](std::string_view list, std::string_view text) {
    const SampleFormat f = format(list, ' ');
    return parseOk("1 " + std::string(text) + " 0 0 0 0 0 0", f).tNs;
  };
  EXPECT_EQ(time("seq,t_s,x,y,z,a,b,c", "12"), 12'000'000'000);
  EXPECT_EQ(time("seq,t_s,x,y,z,a,b,c", "-0.000000001"), -1);
  EXPECT_EQ(time("seq,t_s,x,y,z,a,b,c", "0.0000000014999"), 1);
  EXPECT_EQ(time("seq,t_s,x,y,z,a,b,c", "-0.0000000015"), -2);
  EXPECT_EQ(time("seq,t_ms,x,y,z,a,b,c", "1.5"), 1'500'000);
  EXPECT_EQ(time("seq,t_us,x,y,z,a,b,c", "+.25"), 250);
  EXPECT_EQ(time("seq,t_s,x,y,z,a,b,c", "9223372036.854775807"), 9223372036854775807);
  const SampleFormat f = format("seq,t_s,x,y,z,a,b,c", ' ');
  EXPECT_EQ(parseError("1 9223372036.854775808 0 0 0 0 0 0", f),
            (SampleError{Kind::OutOfRange, 1, 2}));
  EXPECT_EQ(parseError("1 1e3 0 0 0 0 0 0", f), (SampleError{Kind::NotANumber, 1, 3}));
  EXPECT_EQ(parseError("1 . 0 0 0 0 0 0", f), (SampleError{Kind::NotANumber, 1, 2}));
  EXPECT_EQ(parseError("1 99999999999999999999 0 0 0 0 0 0", f),
            (SampleError{Kind::OutOfRange, 1, 2}));
}

TEST(PoseSample, FormatErrors) {
  const auto error = [](std::string_view list, char sep = ',', std::string_view prefix = {}) {
    auto r = makeSampleFormat(list, sep, prefix);
    return std::holds_alternative<SampleFormatError>(r) ? std::get<SampleFormatError>(r)
                                                        : SampleFormatError{};
  };
  EXPECT_EQ(error("seq,t_ns,x,y,z,a,b,q"), (SampleFormatError{FormatKind::UnknownField, 19}));
  EXPECT_EQ(error("seq,t_ns,x,y,x,a,b,c"), (SampleFormatError{FormatKind::DuplicateField, 13}));
  EXPECT_EQ(error("seq,t_ns,t_s,x,y,z,a,b,c"), (SampleFormatError{FormatKind::DuplicateField, 9}));
  EXPECT_EQ(error("seq,x,y,z,a,b,c"), (SampleFormatError{FormatKind::MissingField, 15}));
  EXPECT_EQ(error("seq,t_ns,x,y,z,a,b,c,*,_"), (SampleFormatError{FormatKind::UnknownField, 21}));
  EXPECT_EQ(error("*"), (SampleFormatError{FormatKind::UnknownField, 0}));
  EXPECT_EQ(error(""), (SampleFormatError{FormatKind::UnknownField, 0}));
  EXPECT_EQ(error("seq,t_ns,x,y,z,a,b,c", '.').kind, FormatKind::BadSeparator);
  EXPECT_EQ(error("seq,t_ns,x,y,z,a,b,c", '-').kind, FormatKind::BadSeparator);
  EXPECT_EQ(error("seq,t_ns,x,y,z,a,b,c", 'e').kind, FormatKind::BadSeparator);
  EXPECT_EQ(error("seq,t_ns,x,y,z,a,b,c", '\n').kind, FormatKind::BadSeparator);
  EXPECT_EQ(error("seq,t_ns,x,y,z,a,b,c", ',', "S\r").kind, FormatKind::BadPrefix);
  SampleFormat f;
  f.mmPerLengthUnit = 0.0;
  EXPECT_EQ(validate(f)->kind, FormatKind::BadScale);
  f.mmPerLengthUnit = std::numeric_limits<double>::infinity();
  EXPECT_EQ(validate(f)->kind, FormatKind::BadScale);
  for (auto k : {FormatKind::UnknownField, FormatKind::DuplicateField, FormatKind::MissingField,
                 FormatKind::BadSeparator, FormatKind::BadPrefix, FormatKind::BadScale}) {
    EXPECT_FALSE(describe(k).empty());
  }
  for (auto k : {Kind::MissingPrefix, Kind::MissingField, Kind::ExtraField, Kind::EmptyField,
                 Kind::NotANumber, Kind::OutOfRange}) {
    EXPECT_FALSE(describe(k).empty());
  }
}

TEST(PoseSample, AppendSampleRoundTripsExactly) {
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> mm(-5000, 5000);
  std::uniform_real_distribution<double> deg(-180, 180);
  const std::vector<SampleFormat> formats = {
      SampleFormat{}, format("seq,t_ns,x,y,z,a,b,c"), format("_,seq,t_s,x,y,z,a,b,c", ';', "P;"),
      format("x,y,z,a,b,c,t_ms,seq", '\t'), format("seq,t_us,c,b,a,z,y,x")};
  std::string line;
  for (const auto& f : formats) {
    for (int i = 0; i < 200; ++i) {
      const PoseSample s{rng(),
                         static_cast<std::int64_t>(rng()),
                         {mm(rng), mm(rng), mm(rng)},
                         {deg(rng), deg(rng), deg(rng)}};
      line.clear();
      appendSample(line, s, f);
      EXPECT_EQ(parseOk(line, f), s) << line;
    }
  }
  line.clear();
  appendSample(line, sample(1, -1500000, 1, 2, 3, 4, 5, 6), format("seq,t_ms,x,y,z,a,b,c"));
  EXPECT_EQ(line, "1,-1.5,1,2,3,4,5,6");
  line.clear();
  const PoseSample earliest = sample(1, std::numeric_limits<std::int64_t>::min(), 0, 0, 0, 0, 0, 0);
  appendSample(line, earliest, format("seq,t_s,x,y,z,a,b,c"));
  EXPECT_EQ(line, "1,-9223372036.854775808,0,0,0,0,0,0");
  EXPECT_EQ(parseOk(line, format("seq,t_s,x,y,z,a,b,c")), earliest);
}

TEST(PoseSample, ParsesAFramedStreamInEveryChunking) {
  std::string stream;
  for (std::uint64_t i = 0; i < 50; ++i) {
    appendSample(stream, sample(i, static_cast<std::int64_t>(i) * 1000000,
                                1000.0 + double(i) * 0.001, -2, 3, 0.5, 0, 180));
    stream += i % 3 == 0 ? "\r\n" : "\n";
  }
  for (std::size_t chunk : {1u, 7u, 80u, 4096u}) {
    LineFramer framer;
    PoseSample s;
    std::uint64_t next = 0;
    for (std::size_t at = 0; at < stream.size(); at += chunk) {
      framer.feed(std::string_view(stream).substr(at, chunk));
      while (auto event = framer.next()) {
        const auto& line = std::get<Line>(*event);
        ASSERT_FALSE(parseSample(line.text, SampleFormat{}, s).has_value()) << line.text;
        EXPECT_EQ(s.seq, next++);
      }
    }
    EXPECT_EQ(next, 50u) << "chunk " << chunk;
  }
}

}  // namespace
}  // namespace robocert::codec
