#pragma once

// Timestamped 6-DoF sample lines of a laser tracker (docs/protocols/tracker.md): a configurable
// line format (literal prefix, separator, field order, units) and a parser that reads one line
// in place with std::from_chars: no allocation, no locale, errors are values with the field
// index and byte position. Frame the byte stream with LineFramer; this header sees lines only.
//
// The default format is the tracker protocol's own sample line:
//   S <seq> <t_ns> <x> <y> <z> <a> <b> <c>
// (mm and degrees in the tracker frame; a, b, c fixed X-Y-Z angles, R = Rz(c)·Ry(b)·Rx(a)).

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace robocert::codec {

// One column of a sample line. Names in a field list (makeSampleFormat) in brackets.
enum class SampleField : std::uint8_t {
  Seq,     // [seq]  sequence number: unsigned decimal integer (no sign), < 2^64
  TimeNs,  // [t_ns] instrument time in ns: decimal integer, optional sign, fits int64
  TimeUs,  // [t_us] instrument time in µs, decimal fixed point ("12.345", no exponent)
  TimeMs,  // [t_ms] ... in ms
  TimeS,   // [t_s]  ... in s; all converted to ns, rounded half away from zero
  X,       // [x] position, decimal number (from_chars general: "1.5", "-2e3", ".5", "+1")
  Y,       // [y]
  Z,       // [z]
  A,       // [a] rotation about the fixed X axis
  B,       // [b] ... Y axis
  C,       // [c] ... Z axis
  Skip,    // [_] any text up to the next separator, ignored (point names, quality flags, ...)
};

// What a sample line says, converted to the protocol's units.
struct PoseSample {
  std::uint64_t seq = 0;
  std::int64_t tNs = 0;                // instrument time, ns
  std::array<double, 3> positionMm{};  // x, y, z in mm
  std::array<double, 3> anglesDeg{};   // a, b, c in degrees
  bool operator==(const PoseSample&) const = default;
};

// The layout of a sample line. The member defaults are the protocol's default format.
struct SampleFormat {
  // Literal text every sample line starts with, matched byte for byte, including any separator
  // after it ("S " by default, "" for plain CSV, "$TRK," for a tagged CSV line).
  std::string prefix = "S ";
  // Between fields. ' ' or '\t': any run of blanks separates, blanks at both ends are ignored.
  // Any other character (',', ';', '|'): exactly one between fields, and blanks (space, tab)
  // around each field are ignored. Never a character that can be part of a number.
  char separator = ' ';
  // In line order; must contain seq, exactly one time field, x, y, z, a, b, c, each once.
  std::vector<SampleField> fields = {SampleField::Seq, SampleField::TimeNs, SampleField::X,
                                     SampleField::Y,   SampleField::Z,      SampleField::A,
                                     SampleField::B,   SampleField::C};
  bool ignoreExtraFields = false;  // true: fields after the listed ones are ignored ("*")
  double mmPerLengthUnit = 1.0;    // x, y, z are multiplied by this: 1000 for m, 25.4 for inch
  double degPerAngleUnit = 1.0;    // a, b, c are multiplied by this: 180/pi for radians
  bool operator==(const SampleFormat&) const = default;
};

struct SampleFormatError {
  enum class Kind {
    UnknownField,    // a name not in the list above
    DuplicateField,  // a field named twice (or two time fields)
    MissingField,    // seq, a time field, or one of x, y, z, a, b, c is not listed
    BadSeparator,    // '\r', '\n', '\0', a digit, '+', '-', '.', 'e' or 'E' (parts of numbers)
    BadPrefix,       // contains '\r' or '\n'
    BadScale,        // a unit factor that is not finite and > 0
  };
  Kind kind = Kind::UnknownField;
  std::size_t position = 0;  // byte index in the field list (0 for separator/prefix/scale)
  bool operator==(const SampleFormatError&) const = default;
};

std::string_view describe(SampleFormatError::Kind kind);

// A format from a field list such as "seq,t_ns,x,y,z,a,b,c" or "_, seq, t_s, x, y, z, a, b, c, *"
// (names separated by ',', blanks ignored; a trailing "*" ignores any further fields).
std::variant<SampleFormat, SampleFormatError> makeSampleFormat(std::string_view fieldList,
                                                               char separator = ',',
                                                               std::string_view prefix = {});
// Checks a format built by hand; parseSample assumes a valid format.
std::optional<SampleFormatError> validate(const SampleFormat& format);
// The field list of a format, in the syntax makeSampleFormat reads.
std::string fieldList(const SampleFormat& format);

struct SampleError {
  enum class Kind {
    MissingPrefix,  // the line does not start with the format's prefix
    MissingField,   // the line ends before this field
    ExtraField,     // text after the last field (and the format does not ignore extra fields)
    EmptyField,     // nothing between two separators
    NotANumber,     // not a number of the field's kind (position: the first unreadable byte)
    OutOfRange,     // does not fit (seq >= 2^64, time beyond int64 ns, |value| > DBL_MAX or
                    // so small it rounds to zero)
  };
  Kind kind = Kind::MissingPrefix;
  std::size_t field = 0;     // index into SampleFormat::fields (fields.size() for ExtraField)
  std::size_t position = 0;  // byte index in the line where the problem starts
  bool operator==(const SampleError&) const = default;
};

std::string_view describe(SampleError::Kind kind);

// Parses one line (without its terminator; a trailing '\r' is ignored) into `out`. Returns
// nullopt on success. On error `out` holds whatever was read before it. Does not allocate.
std::optional<SampleError> parseSample(std::string_view line, const SampleFormat& format,
                                       PoseSample& out);
std::variant<PoseSample, SampleError> parseSample(std::string_view line,
                                                  const SampleFormat& format = {});

// Appends `sample` as one line in `format`, without terminator: the prefix, then the fields
// joined by the separator, numbers in the shortest text that reads back exactly (positions and
// angles divided by the unit factors first), time fields exact, skipped fields as "0". Values
// must be finite. With unit factors of 1, parseSample gives back exactly `sample`.
void appendSample(std::string& out, const PoseSample& sample, const SampleFormat& format = {});

}  // namespace robocert::codec
