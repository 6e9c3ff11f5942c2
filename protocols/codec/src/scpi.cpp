#include "robocert/codec/scpi.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <system_error>
#include <utility>

#include "robocert/textio/utf8.hpp"

namespace robocert::codec::scpi {

namespace {

bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool isMnemonicChar(char c) { return isLetter(c) || isDigit(c) || c == '_'; }

// Trimmed view and the index in `text` where it starts.
std::pair<std::string_view, std::size_t> trim(std::string_view text) {
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end && isBlank(text[begin])) ++begin;
  while (end > begin && isBlank(text[end - 1])) --end;
  return {text.substr(begin, end - begin), begin};
}

Error error(Error::Kind kind, std::size_t position) { return Error{kind, position}; }

// Errors from parsing a piece of a larger input report positions in the larger input.
Error shifted(Error e, std::size_t by) {
  e.position += by;
  return e;
}

std::size_t offsetIn(std::string_view outer, std::string_view inner) {
  return static_cast<std::size_t>(inner.data() - outer.data());
}

bool isMnemonic(std::string_view text) {
  if (text.empty() || !isLetter(text.front())) return false;
  return std::all_of(text.begin(), text.end(), isMnemonicChar);
}

// Index just past the closing quote of the string starting at text[open], or nullopt.
std::optional<std::size_t> skipQuoted(std::string_view text, std::size_t open) {
  const char quote = text[open];
  for (std::size_t i = open + 1; i < text.size(); ++i) {
    if (text[i] != quote) continue;
    if (i + 1 < text.size() && text[i + 1] == quote) {
      ++i;  // doubled quote: one literal quote character
      continue;
    }
    return i + 1;
  }
  return std::nullopt;
}

std::variant<std::string, Error> build(std::string_view header, std::span<const Param> params,
                                       std::string_view terminator, bool query) {
  if (!isValidHeader(header)) return error(Error::Kind::InvalidHeader, 0);
  const bool hasMark = header.back() == '?';
  if (!query && hasMark) return error(Error::Kind::QueryHeader, header.size() - 1);
  std::string out(header);
  if (query && !hasMark) out += '?';
  for (std::size_t i = 0; i < params.size(); ++i) {
    if (!params[i].valid()) return error(Error::Kind::InvalidParameter, i);
    out += i == 0 ? ' ' : ',';
    out += params[i].text();
  }
  out += terminator;
  return out;
}

}  // namespace

std::string_view describe(Error::Kind kind) {
  switch (kind) {
    case Error::Kind::InvalidHeader:
      return "invalid SCPI header";
    case Error::Kind::QueryHeader:
      return "query header given as a command";
    case Error::Kind::InvalidParameter:
      return "invalid parameter";
    case Error::Kind::EmptyField:
      return "empty field";
    case Error::Kind::NotANumber:
      return "not a number";
    case Error::Kind::OutOfRange:
      return "number out of range";
    case Error::Kind::NotAString:
      return "not a quoted string";
    case Error::Kind::UnterminatedString:
      return "unterminated string";
    case Error::Kind::TextAfterString:
      return "text after a quoted string";
    case Error::Kind::InvalidBlock:
      return "invalid block header";
    case Error::Kind::IncompleteBlock:
      return "incomplete block";
    case Error::Kind::FieldCount:
      return "wrong number of fields";
  }
  return "unknown SCPI error";
}

// ---- Building ----

Param Param::integer(std::int64_t value) {
  std::array<char, 24> buf{};
  const auto result = std::to_chars(buf.data(), buf.data() + buf.size(), value);
  return Param(std::string(buf.data(), result.ptr), true);
}

Param Param::number(double value) {
  if (!std::isfinite(value)) return Param("", false);
  std::array<char, 32> buf{};
  // Shortest round-trip form ("1.5", "1e-07"): both are valid NRf program data.
  const auto result = std::to_chars(buf.data(), buf.data() + buf.size(), value);
  return Param(std::string(buf.data(), result.ptr), result.ec == std::errc{});
}

Param Param::mnemonic(std::string_view text) { return Param(std::string(text), isMnemonic(text)); }

Param Param::string(std::string_view text) {
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  // A line terminator inside would end the message early on socket and serial instruments.
  const bool valid = text.find_first_of("\r\n") == std::string_view::npos;
  return Param(std::move(quoted), valid);
}

Param Param::block(std::span<const std::uint8_t> data) {
  const std::string length = std::to_string(data.size());
  std::string text(1, '#');
  text += static_cast<char>('0' + length.size() % 10);  // a size_t has at most 20 digits
  text += length;
  text.append(reinterpret_cast<const char*>(data.data()), data.size());
  return Param(std::move(text), length.size() <= 9);
}

bool isValidHeader(std::string_view header) {
  if (header.empty()) return false;
  if (header.back() == '?') header.remove_suffix(1);
  if (header.empty()) return false;
  if (header.front() == '*') {  // IEEE 488.2 common command: *IDN, *RST, *OPC, ...
    header.remove_prefix(1);
    return !header.empty() && std::all_of(header.begin(), header.end(), isLetter);
  }
  if (header.front() == ':') header.remove_prefix(1);
  for (;;) {
    const std::size_t colon = header.find(':');
    if (!isMnemonic(header.substr(0, colon))) return false;
    if (colon == std::string_view::npos) return true;
    header.remove_prefix(colon + 1);
  }
}

std::variant<std::string, Error> buildCommand(std::string_view header,
                                              std::span<const Param> params,
                                              std::string_view terminator) {
  return build(header, params, terminator, false);
}

std::variant<std::string, Error> buildCommand(std::string_view header,
                                              std::initializer_list<Param> params,
                                              std::string_view terminator) {
  return build(header, std::span(params.begin(), params.size()), terminator, false);
}

std::variant<std::string, Error> buildQuery(std::string_view header, std::span<const Param> params,
                                            std::string_view terminator) {
  return build(header, params, terminator, true);
}

std::variant<std::string, Error> buildQuery(std::string_view header,
                                            std::initializer_list<Param> params,
                                            std::string_view terminator) {
  return build(header, std::span(params.begin(), params.size()), terminator, true);
}

// ---- Parsing ----

std::variant<BlockHeader, Error> parseBlockHeader(std::string_view bytes) {
  if (bytes.empty() || bytes[0] != '#') return error(Error::Kind::InvalidBlock, 0);
  if (bytes.size() < 2) return error(Error::Kind::IncompleteBlock, bytes.size());
  if (bytes[1] < '1' || bytes[1] > '9') return error(Error::Kind::InvalidBlock, 1);
  const auto digits = static_cast<std::size_t>(bytes[1] - '0');
  if (bytes.size() < 2 + digits) return error(Error::Kind::IncompleteBlock, bytes.size());
  std::size_t length = 0;  // at most 9 digits: fits
  for (std::size_t i = 2; i < 2 + digits; ++i) {
    if (!isDigit(bytes[i])) return error(Error::Kind::InvalidBlock, i);
    length = length * 10 + static_cast<std::size_t>(bytes[i] - '0');
  }
  return BlockHeader{2 + digits, length};
}

std::variant<std::vector<std::string_view>, Error> splitFields(std::string_view line,
                                                               char separator) {
  std::vector<std::string_view> fields;
  const auto push = [&](std::size_t begin, std::size_t end) {
    fields.push_back(trim(line.substr(begin, end - begin)).first);
  };
  std::size_t start = 0;
  bool atFieldStart = true;  // only blanks since the field began
  std::size_t i = 0;
  while (i < line.size()) {
    const char c = line[i];
    if (c == '"' || c == '\'') {
      const auto end = skipQuoted(line, i);
      if (!end) return error(Error::Kind::UnterminatedString, i);
      i = *end;
      atFieldStart = false;
      continue;
    }
    if (c == '#' && atFieldStart && i + 1 < line.size() && isDigit(line[i + 1])) {
      if (line[i + 1] == '0') break;  // indefinite block: the rest of the line is data
      const auto header = parseBlockHeader(line.substr(i));
      if (const auto* e = std::get_if<Error>(&header)) return shifted(*e, i);
      const auto& h = std::get<BlockHeader>(header);
      if (line.size() - i - h.headerBytes < h.dataBytes) {
        return error(Error::Kind::IncompleteBlock, line.size());
      }
      i += h.headerBytes + h.dataBytes;  // data may contain separators and quotes
      atFieldStart = false;
      continue;
    }
    if (c == separator) {
      push(start, i);
      start = i + 1;
      atFieldStart = true;
    } else if (!isBlank(c)) {
      atFieldStart = false;
    }
    ++i;
  }
  push(start, line.size());
  return fields;
}

std::variant<double, Error> parseNumber(std::string_view field) {
  const auto [text, at] = trim(field);
  if (text.empty()) return error(Error::Kind::EmptyField, at);
  // Check the IEEE 488.2 decimal grammar first: from_chars alone would accept "inf", "nan" and
  // hex-float-like forms, and not a leading '+'.
  std::size_t i = 0;
  if (text[i] == '+' || text[i] == '-') ++i;
  const std::size_t mantissa = i;
  std::size_t digits = 0;
  while (i < text.size() && isDigit(text[i])) ++i, ++digits;
  if (i < text.size() && text[i] == '.') {
    ++i;
    while (i < text.size() && isDigit(text[i])) ++i, ++digits;
  }
  if (digits == 0) return error(Error::Kind::NotANumber, at + mantissa);
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
    const std::size_t exponent = i;
    while (i < text.size() && isDigit(text[i])) ++i;
    if (i == exponent) return error(Error::Kind::NotANumber, at + exponent);
  }
  if (i != text.size()) return error(Error::Kind::NotANumber, at + i);

  const std::size_t skip = text[0] == '+' ? 1 : 0;
  double value = 0;
  const auto result = std::from_chars(text.data() + skip, text.data() + text.size(), value);
  if (result.ec == std::errc::result_out_of_range) return error(Error::Kind::OutOfRange, at);
  if (result.ec != std::errc{} || result.ptr != text.data() + text.size()) {
    return error(Error::Kind::NotANumber, at);
  }
  return value;
}

std::variant<std::int64_t, Error> parseInteger(std::string_view field) {
  const auto [text, at] = trim(field);
  if (text.empty()) return error(Error::Kind::EmptyField, at);
  int base = 10;
  std::size_t begin = 0;
  if (text.size() >= 2 && text[0] == '#') {
    switch (text[1]) {
      case 'H':
      case 'h':
        base = 16;
        break;
      case 'Q':
      case 'q':
        base = 8;
        break;
      case 'B':
      case 'b':
        base = 2;
        break;
      default:
        return error(Error::Kind::NotANumber, at + 1);
    }
    begin = 2;
    // from_chars would take a sign here; non-decimal numerics have none.
    if (begin < text.size() && (text[begin] == '-' || text[begin] == '+')) {
      return error(Error::Kind::NotANumber, at + begin);
    }
  } else if (text[0] == '+') {
    begin = 1;
    if (begin < text.size() && text[begin] == '-') return error(Error::Kind::NotANumber, at + 1);
  }
  if (begin == text.size()) return error(Error::Kind::NotANumber, at + begin);
  std::int64_t value = 0;
  const auto result = std::from_chars(text.data() + begin, text.data() + text.size(), value, base);
  if (result.ec == std::errc::result_out_of_range) return error(Error::Kind::OutOfRange, at);
  if (result.ec != std::errc{}) return error(Error::Kind::NotANumber, at + begin);
  if (result.ptr != text.data() + text.size()) {
    return error(Error::Kind::NotANumber, at + static_cast<std::size_t>(result.ptr - text.data()));
  }
  return value;
}

std::variant<std::string, Error> parseString(std::string_view field) {
  const auto [text, at] = trim(field);
  if (text.empty()) return error(Error::Kind::EmptyField, at);
  const char quote = text[0];
  if (quote != '"' && quote != '\'') return error(Error::Kind::NotAString, at);
  const auto end = skipQuoted(text, 0);
  if (!end) return error(Error::Kind::UnterminatedString, at);
  if (*end != text.size()) return error(Error::Kind::TextAfterString, at + *end);
  std::string out;
  out.reserve(*end - 2);
  for (std::size_t i = 1; i + 1 < *end; ++i) {
    out += text[i];
    if (text[i] == quote) ++i;  // skip the second of a doubled quote
  }
  return out;
}

bool isScpiInfinity(double value) { return std::fabs(value) == kScpiInfinity; }
bool isScpiNan(double value) { return value == kScpiNan; }

std::variant<Identity, Error> parseIdentity(std::string_view line) {
  auto split = splitFields(line);
  if (const auto* e = std::get_if<Error>(&split)) return *e;
  const auto& fields = std::get<std::vector<std::string_view>>(split);
  if (fields.size() != 4) {
    return error(Error::Kind::FieldCount,
                 fields.size() > 4 ? offsetIn(line, fields[4]) : line.size());
  }
  std::array<std::string, 4> values;
  for (std::size_t i = 0; i < 4; ++i) {
    const std::string_view f = fields[i];
    if (!f.empty() && (f.front() == '"' || f.front() == '\'')) {
      auto s = parseString(f);
      if (const auto* e = std::get_if<Error>(&s)) return shifted(*e, offsetIn(line, f));
      values[i] = std::move(std::get<std::string>(s));
    } else {
      values[i] = std::string(f);
    }
  }
  // Device text reaches the lab database and certificates, which are UTF-8: bytes that are
  // not UTF-8 are kept visible as U+FFFD rather than refused (the device still identified).
  for (auto& v : values) v = textio::toValidUtf8(v);
  return Identity{std::move(values[0]), std::move(values[1]), std::move(values[2]),
                  std::move(values[3])};
}

std::variant<SystemError, Error> parseSystemError(std::string_view line) {
  auto split = splitFields(line);
  if (const auto* e = std::get_if<Error>(&split)) return *e;
  const auto& fields = std::get<std::vector<std::string_view>>(split);
  if (fields.size() != 2) {
    return error(Error::Kind::FieldCount,
                 fields.size() > 2 ? offsetIn(line, fields[2]) : line.size());
  }
  const auto code = parseInteger(fields[0]);
  if (const auto* e = std::get_if<Error>(&code)) return shifted(*e, offsetIn(line, fields[0]));
  const std::int64_t value = std::get<std::int64_t>(code);
  if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) {
    return error(Error::Kind::OutOfRange, offsetIn(line, fields[0]));
  }
  auto text = parseString(fields[1]);
  if (const auto* e = std::get_if<Error>(&text)) return shifted(*e, offsetIn(line, fields[1]));
  const std::string message = textio::toValidUtf8(std::get<std::string>(text));  // as identity
  SystemError result{static_cast<int>(value), message, ""};
  if (const std::size_t semicolon = message.find(';'); semicolon != std::string::npos) {
    result.message = message.substr(0, semicolon);
    result.detail = message.substr(semicolon + 1);
  }
  return result;
}

ErrorClass classify(int code) {
  if (code == 0) return ErrorClass::NoError;
  if (code > 0) return ErrorClass::DeviceDefined;
  if (code < -899) return ErrorClass::Unknown;
  switch (-code / 100) {
    case 1:
      return ErrorClass::Command;
    case 2:
      return ErrorClass::Execution;
    case 3:
      return ErrorClass::DeviceSpecific;
    case 4:
      return ErrorClass::Query;
    case 5:
      return ErrorClass::PowerOn;
    case 6:
      return ErrorClass::UserRequest;
    case 7:
      return ErrorClass::RequestControl;
    case 8:
      return ErrorClass::OperationComplete;
    default:
      return ErrorClass::Unknown;  // -1..-99
  }
}

// ---- IdnProbe ----

IdnProbe::IdnProbe(IdnProbeOptions options) : options_(std::move(options)) {
  options_.attempts = std::max(options_.attempts, 1);
}

IdnProbe::Step IdnProbe::onReply(std::string_view line) {
  if (step_ == Step::Done) return step_;
  step_ = Step::Done;
  // One reply answers one of the sends; which one does not matter, they are all the same query.
  result_.unansweredQueries = sent_ - 1;
  result_.reply = std::string(trim(line).first);
  auto identity = parseIdentity(line);
  if (auto* id = std::get_if<Identity>(&identity)) {
    result_.source = IdnResult::Source::Reply;
    result_.identity = std::move(*id);
  } else {
    result_.source = IdnResult::Source::UnparsedReply;
  }
  return step_;
}

IdnProbe::Step IdnProbe::onTimeout() {
  if (step_ == Step::Done) return step_;
  if (sent_ < options_.attempts) {
    ++sent_;
    return Step::Send;
  }
  step_ = Step::Done;
  result_.unansweredQueries = sent_;
  if (options_.fallback) {
    result_.source = IdnResult::Source::Fallback;
    result_.identity = *options_.fallback;
  } else {
    result_.source = IdnResult::Source::None;
  }
  return step_;
}

}  // namespace robocert::codec::scpi
