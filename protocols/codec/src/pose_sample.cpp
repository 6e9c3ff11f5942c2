#include "robocert/codec/pose_sample.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <system_error>

namespace robocert::codec {

namespace {

bool isBlank(char c) { return c == ' ' || c == '\t'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

constexpr std::uint64_t kPow10[] = {1,      10,      100,      1000,      10000,
                                    100000, 1000000, 10000000, 100000000, 1000000000};

struct FieldName {
  std::string_view name;
  SampleField field;
};
constexpr FieldName kNames[] = {
    {"seq", SampleField::Seq},     {"t_ns", SampleField::TimeNs}, {"t_us", SampleField::TimeUs},
    {"t_ms", SampleField::TimeMs}, {"t_s", SampleField::TimeS},   {"x", SampleField::X},
    {"y", SampleField::Y},         {"z", SampleField::Z},         {"a", SampleField::A},
    {"b", SampleField::B},         {"c", SampleField::C},         {"_", SampleField::Skip},
};

std::string_view nameOf(SampleField field) {
  for (const auto& n : kNames) {
    if (n.field == field) return n.name;
  }
  return "?";
}

bool isTime(SampleField f) {
  return f == SampleField::TimeNs || f == SampleField::TimeUs || f == SampleField::TimeMs ||
         f == SampleField::TimeS;
}

// Decimal digits after the point that make up one unit of the field, relative to ns.
int fractionDigits(SampleField f) {
  switch (f) {
    case SampleField::TimeUs:
      return 3;
    case SampleField::TimeMs:
      return 6;
    default:
      return 9;  // TimeS
  }
}

// Reads [+-]digits[.digits] (at least one digit) as a count of 10^-digits units, converted to an
// int64 number of units (ns), rounding half away from zero beyond that resolution. Exact, unlike
// going through double: t_s with an epoch-based time needs all 19 digits.
std::from_chars_result parseFixed(const char* p, const char* end, int digits, std::int64_t& out) {
  const char* const start = p;
  bool negative = false;
  if (p != end && (*p == '+' || *p == '-')) {
    negative = *p == '-';
    ++p;
  }
  std::uint64_t whole = 0;
  bool any = false;
  bool overflow = false;
  for (; p != end && isDigit(*p); ++p) {
    any = true;
    const auto digit = static_cast<std::uint64_t>(*p - '0');
    overflow = overflow || __builtin_mul_overflow(whole, 10u, &whole) ||
               __builtin_add_overflow(whole, digit, &whole);
  }
  std::uint64_t fraction = 0;
  int fractionCount = 0;
  bool roundUp = false;
  if (p != end && *p == '.') {
    ++p;
    for (; p != end && isDigit(*p); ++p) {
      any = true;
      if (fractionCount < digits) {
        fraction = fraction * 10 + static_cast<std::uint64_t>(*p - '0');
        ++fractionCount;
      } else if (fractionCount == digits) {
        roundUp = *p >= '5';
        ++fractionCount;  // later digits cannot change a half-away-from-zero rounding decision
      }
    }
  }
  if (!any) return {start, std::errc::invalid_argument};
  const int scaled = fractionCount < digits ? fractionCount : digits;
  fraction *= kPow10[digits - scaled];
  std::uint64_t units = 0;
  overflow = overflow || __builtin_mul_overflow(whole, kPow10[digits], &units) ||
             __builtin_add_overflow(units, fraction + (roundUp ? 1u : 0u), &units) ||
             units > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) +
                         (negative ? 1u : 0u);
  if (overflow) return {p, std::errc::result_out_of_range};
  // Two's complement conversion (defined in C++20), so -2^63 works too.
  out = static_cast<std::int64_t>(negative ? std::uint64_t{0} - units : units);
  return {p, std::errc{}};
}

// from_chars takes no '+'; a tracker's export may write one. "+-1" stays invalid.
const char* skipPlus(const char* p, const char* end) {
  if (p != end && *p == '+' && p + 1 != end && *(p + 1) != '-' && *(p + 1) != '+') return p + 1;
  return p;
}

template <typename T>
void appendNumber(std::string& out, T value) {
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, value);
  out.append(buf, r.ptr);
}

void appendFixed(std::string& out, std::int64_t units, int digits) {
  const bool negative = units < 0;
  // Magnitude in unsigned arithmetic: -INT64_MIN does not fit an int64.
  const std::uint64_t mag = negative ? std::uint64_t{0} - static_cast<std::uint64_t>(units)
                                     : static_cast<std::uint64_t>(units);
  if (negative) out += '-';
  appendNumber(out, mag / kPow10[digits]);
  std::uint64_t fraction = mag % kPow10[digits];
  if (fraction == 0) return;
  int width = digits;
  while (fraction % 10 == 0) {
    fraction /= 10;
    --width;
  }
  out += '.';
  char buf[16];
  for (int i = width - 1; i >= 0; --i) {
    buf[i] = static_cast<char>('0' + fraction % 10);
    fraction /= 10;
  }
  out.append(buf, static_cast<std::size_t>(width));
}

}  // namespace

std::string_view describe(SampleFormatError::Kind kind) {
  switch (kind) {
    case SampleFormatError::Kind::UnknownField:
      return "unknown field name (expected seq, t_ns, t_us, t_ms, t_s, x, y, z, a, b, c, _ or a "
             "final *)";
    case SampleFormatError::Kind::DuplicateField:
      return "field listed twice (or more than one time field)";
    case SampleFormatError::Kind::MissingField:
      return "the format needs seq, one time field, x, y, z, a, b and c";
    case SampleFormatError::Kind::BadSeparator:
      return "separator can be part of a number or a line end";
    case SampleFormatError::Kind::BadPrefix:
      return "prefix contains a line end";
    case SampleFormatError::Kind::BadScale:
      return "unit factor is not a finite number > 0";
  }
  return "unknown sample format error";
}

std::string_view describe(SampleError::Kind kind) {
  switch (kind) {
    case SampleError::Kind::MissingPrefix:
      return "line does not start with the sample prefix";
    case SampleError::Kind::MissingField:
      return "line ends before this field";
    case SampleError::Kind::ExtraField:
      return "more fields than the sample format lists";
    case SampleError::Kind::EmptyField:
      return "empty field";
    case SampleError::Kind::NotANumber:
      return "not a number";
    case SampleError::Kind::OutOfRange:
      return "number out of range";
  }
  return "unknown sample error";
}

std::optional<SampleFormatError> validate(const SampleFormat& format) {
  using Kind = SampleFormatError::Kind;
  const char s = format.separator;
  if (s == '\r' || s == '\n' || s == '\0' || isDigit(s) || s == '+' || s == '-' || s == '.' ||
      s == 'e' || s == 'E') {
    return SampleFormatError{Kind::BadSeparator, 0};
  }
  if (format.prefix.find_first_of("\r\n") != std::string::npos) {
    return SampleFormatError{Kind::BadPrefix, 0};
  }
  const auto goodScale = [](double f) { return std::isfinite(f) && f > 0.0; };
  if (!goodScale(format.mmPerLengthUnit) || !goodScale(format.degPerAngleUnit)) {
    return SampleFormatError{Kind::BadScale, 0};
  }
  bool seen[static_cast<int>(SampleField::Skip) + 1] = {};
  bool timeSeen = false;
  for (std::size_t i = 0; i < format.fields.size(); ++i) {
    const SampleField f = format.fields[i];
    if (f > SampleField::Skip) return SampleFormatError{Kind::UnknownField, i};
    if (f == SampleField::Skip) continue;
    if (seen[static_cast<int>(f)] || (isTime(f) && timeSeen)) {
      return SampleFormatError{Kind::DuplicateField, i};
    }
    seen[static_cast<int>(f)] = true;
    timeSeen = timeSeen || isTime(f);
  }
  for (SampleField f : {SampleField::Seq, SampleField::X, SampleField::Y, SampleField::Z,
                        SampleField::A, SampleField::B, SampleField::C}) {
    if (!seen[static_cast<int>(f)]) return SampleFormatError{Kind::MissingField, 0};
  }
  if (!timeSeen) return SampleFormatError{Kind::MissingField, 0};
  return std::nullopt;
}

std::variant<SampleFormat, SampleFormatError> makeSampleFormat(std::string_view list,
                                                               char separator,
                                                               std::string_view prefix) {
  using Kind = SampleFormatError::Kind;
  SampleFormat format;
  format.prefix = std::string(prefix);
  format.separator = separator;
  format.fields.clear();
  std::size_t at = 0;
  for (;;) {
    const std::size_t comma = std::min(list.find(',', at), list.size());
    std::size_t b = at;
    std::size_t e = comma;
    while (b < e && isBlank(list[b])) ++b;
    while (e > b && isBlank(list[e - 1])) --e;
    const std::string_view name = list.substr(b, e - b);
    const bool last = comma == list.size();
    if (name == "*" && last && !format.fields.empty()) {
      format.ignoreExtraFields = true;
    } else {
      bool known = false;
      for (const auto& n : kNames) {
        if (n.name != name) continue;
        known = true;
        format.fields.push_back(n.field);
        break;
      }
      if (!known) return SampleFormatError{Kind::UnknownField, b};
      if (auto error = validate(format); error && error->kind == Kind::DuplicateField) {
        return SampleFormatError{Kind::DuplicateField, b};
      }
    }
    if (last) break;
    at = comma + 1;
  }
  if (auto error = validate(format)) {
    if (error->kind == Kind::MissingField) error->position = list.size();
    return *error;
  }
  return format;
}

std::string fieldList(const SampleFormat& format) {
  std::string out;
  for (SampleField f : format.fields) {
    if (!out.empty()) out += ',';
    out += nameOf(f);
  }
  if (format.ignoreExtraFields) out += ",*";
  return out;
}

std::optional<SampleError> parseSample(std::string_view line, const SampleFormat& format,
                                       PoseSample& out) {
  using Kind = SampleError::Kind;
  const char* const begin = line.data();
  const char* end = begin + line.size();
  if (end != begin && *(end - 1) == '\r') --end;
  const auto at = [begin](const char* p) { return static_cast<std::size_t>(p - begin); };
  const auto fail = [](Kind kind, std::size_t field, std::size_t position) {
    return std::optional<SampleError>(SampleError{kind, field, position});
  };

  const std::string& prefix = format.prefix;
  if (static_cast<std::size_t>(end - begin) < prefix.size() ||
      (!prefix.empty() && std::memcmp(begin, prefix.data(), prefix.size()) != 0)) {
    return fail(Kind::MissingPrefix, 0, 0);
  }
  const char* p = begin + prefix.size();
  const char sep = format.separator;
  const bool blankSeparated = isBlank(sep);
  const std::size_t count = format.fields.size();

  for (std::size_t i = 0; i < count; ++i) {
    // p is where field i's text may start (blanks before it not yet skipped).
    while (p != end && isBlank(*p)) ++p;
    const SampleField field = format.fields[i];
    if (field == SampleField::Skip) {
      if (blankSeparated) {
        while (p != end && !isBlank(*p)) ++p;
      } else {
        while (p != end && *p != sep) ++p;
      }
    } else {
      if (p == end)
        return fail(blankSeparated || i == 0 ? Kind::MissingField : Kind::EmptyField, i, at(p));
      if (*p == sep) return fail(Kind::EmptyField, i, at(p));
      std::from_chars_result r{p, std::errc{}};
      switch (field) {
        case SampleField::Seq:
          r = std::from_chars(p, end, out.seq);
          break;
        case SampleField::TimeNs:
          r = std::from_chars(skipPlus(p, end), end, out.tNs);
          break;
        case SampleField::TimeUs:
        case SampleField::TimeMs:
        case SampleField::TimeS:
          r = parseFixed(p, end, fractionDigits(field), out.tNs);
          break;
        default: {  // X..C
          const auto index =
              static_cast<std::size_t>(field) - static_cast<std::size_t>(SampleField::X);
          double value = 0.0;
          r = std::from_chars(skipPlus(p, end), end, value);
          if (r.ec == std::errc{}) {
            if (!std::isfinite(value)) return fail(Kind::NotANumber, i, at(p));  // "inf", "nan"
            if (index < 3) {
              value *= format.mmPerLengthUnit;
              out.positionMm[index] = value;
            } else {
              value *= format.degPerAngleUnit;
              out.anglesDeg[index - 3] = value;
            }
            if (!std::isfinite(value)) return fail(Kind::OutOfRange, i, at(p));
          }
          break;
        }
      }
      if (r.ec == std::errc::invalid_argument) return fail(Kind::NotANumber, i, at(p));
      if (r.ec == std::errc::result_out_of_range) return fail(Kind::OutOfRange, i, at(p));
      p = r.ptr;
      if (!blankSeparated) {
        while (p != end && isBlank(*p)) ++p;
      }
    }
    // p is just after field i's text (and, with a non-blank separator, its trailing blanks).
    if (p == end) {
      if (i + 1 < count) return fail(Kind::MissingField, i + 1, at(p));
      return std::nullopt;
    }
    if (blankSeparated ? !isBlank(*p) : *p != sep) return fail(Kind::NotANumber, i, at(p));
    if (i + 1 == count) break;
    ++p;
  }
  // Something follows the last field: a separator (blanks with a blank separator) at p.
  if (format.ignoreExtraFields) return std::nullopt;
  if (blankSeparated) {
    while (p != end && isBlank(*p)) ++p;
    if (p == end) return std::nullopt;
  }
  return fail(Kind::ExtraField, count, at(p));
}

std::variant<PoseSample, SampleError> parseSample(std::string_view line,
                                                  const SampleFormat& format) {
  PoseSample sample;
  if (auto error = parseSample(line, format, sample)) return *error;
  return sample;
}

void appendSample(std::string& out, const PoseSample& sample, const SampleFormat& format) {
  out += format.prefix;
  bool first = true;
  for (SampleField field : format.fields) {
    if (!first) out += format.separator;
    first = false;
    switch (field) {
      case SampleField::Seq:
        appendNumber(out, sample.seq);
        break;
      case SampleField::TimeNs:
        appendNumber(out, sample.tNs);
        break;
      case SampleField::TimeUs:
      case SampleField::TimeMs:
      case SampleField::TimeS:
        appendFixed(out, sample.tNs, fractionDigits(field));
        break;
      case SampleField::X:
      case SampleField::Y:
      case SampleField::Z:
        appendNumber(out, sample.positionMm[static_cast<std::size_t>(field) -
                                            static_cast<std::size_t>(SampleField::X)] /
                              format.mmPerLengthUnit);
        break;
      case SampleField::A:
      case SampleField::B:
      case SampleField::C:
        appendNumber(out, sample.anglesDeg[static_cast<std::size_t>(field) -
                                           static_cast<std::size_t>(SampleField::A)] /
                              format.degPerAngleUnit);
        break;
      case SampleField::Skip:
        out += '0';
        break;
    }
  }
}

}  // namespace robocert::codec
