#include "robocert/codec/rcp.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <system_error>

#include "robocert/textio/utf8.hpp"

namespace robocert::codec::rcp {

namespace {

constexpr std::string_view kEvt = "EVT";

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isControl(char c) {
  const auto b = static_cast<unsigned char>(c);
  return b < 0x20 || b == 0x7F;
}
bool isNonAscii(char c) { return static_cast<unsigned char>(c) >= 0x80; }

std::size_t spacesBefore(std::string_view line, std::size_t position) {
  const std::size_t end = std::min(position, line.size());
  return static_cast<std::size_t>(std::count(line.begin(), line.begin() + end, ' '));
}

Error error(Error::Kind kind, std::size_t position, std::size_t field,
            std::optional<Tag> tag = std::nullopt) {
  return Error{kind, position, field, tag};
}

std::string_view withoutCr(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

std::optional<Error> controlIn(std::string_view text, std::size_t at, std::size_t field) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (isControl(text[i])) return error(Error::Kind::ControlCharacter, at + i, field);
  }
  return std::nullopt;
}

// Walks the space-separated fields of a line. Structural fields ("tokens") must be printable
// ASCII; free text (the rest of a line) only has to be free of control characters.
class Fields {
 public:
  struct Token {
    std::string_view text;
    std::size_t position = 0;
    std::size_t field = 0;
  };

  explicit Fields(std::string_view line) : line_(line) {}

  std::variant<Token, Error> next() {
    if (!more_) return error(Error::Kind::MissingField, line_.size(), index_);
    std::size_t end = line_.find(' ', pos_);
    if (end == std::string_view::npos) end = line_.size();
    const Token token{line_.substr(pos_, end - pos_), pos_, index_};
    if (token.text.empty()) return error(Error::Kind::EmptyField, pos_, index_);
    for (std::size_t i = 0; i < token.text.size(); ++i) {
      if (isControl(token.text[i])) {
        return error(Error::Kind::ControlCharacter, pos_ + i, index_);
      }
      if (isNonAscii(token.text[i])) return error(Error::Kind::NonAscii, pos_ + i, index_);
    }
    advance(end);
    return token;
  }

  // The rest of the line as one free-text field, or nullopt when no field is left. A field
  // that is there must not be empty or start with a space.
  std::variant<std::optional<Token>, Error> rest() {
    if (!more_) return std::optional<Token>{};
    const Token token{line_.substr(pos_), pos_, index_};
    if (token.text.empty() || token.text.front() == ' ') {
      return error(Error::Kind::EmptyField, pos_, index_);
    }
    if (auto e = controlIn(token.text, pos_, index_)) return *e;
    more_ = false;
    pos_ = line_.size();
    ++index_;
    return std::optional<Token>(token);
  }

  // Succeeds when every field has been taken.
  std::optional<Error> end() const {
    if (!more_) return std::nullopt;
    const bool empty = pos_ == line_.size() || line_[pos_] == ' ';
    return error(empty ? Error::Kind::EmptyField : Error::Kind::ExtraField, pos_, index_);
  }

 private:
  void advance(std::size_t end) {
    ++index_;
    if (end == line_.size()) {
      more_ = false;
      pos_ = end;
    } else {
      pos_ = end + 1;
    }
  }

  std::string_view line_;
  std::size_t pos_ = 0;
  std::size_t index_ = 0;
  bool more_ = true;  // even an empty line has one (empty) field
};

using Token = Fields::Token;

Error tagged(Error e, std::optional<Tag> tag) {
  e.tag = tag;
  return e;
}

std::variant<Tag, Error> parseTag(const Token& t) {
  if (!std::all_of(t.text.begin(), t.text.end(), isDigit)) {
    return error(Error::Kind::BadTag, t.position, t.field);
  }
  std::uint64_t value = 0;
  const auto r = std::from_chars(t.text.data(), t.text.data() + t.text.size(), value);
  if (r.ec != std::errc{} || value < kMinTag || value > kMaxTag) {
    return error(Error::Kind::TagOutOfRange, t.position, t.field);
  }
  return static_cast<Tag>(value);
}

std::variant<int, Error> parseCode(const Token& t) {
  std::uint64_t value = 0;
  const bool digits = std::all_of(t.text.begin(), t.text.end(), isDigit);
  const auto r = std::from_chars(t.text.data(), t.text.data() + t.text.size(), value);
  if (!digits || r.ec != std::errc{} || value > 2147483647u) {
    return error(Error::Kind::BadErrorCode, t.position, t.field);
  }
  return static_cast<int>(value);
}

// [+-] digits [. digits] [(e|E) [+-] digits], at least one mantissa digit. Checked before
// from_chars, which would also take "inf", "nan" and "0x1p3"-like text.
std::variant<double, Error> parseNumber(const Token& t) {
  const std::string_view s = t.text;
  const auto bad = [&](std::size_t i) {
    return error(Error::Kind::NotANumber, t.position + i, t.field);
  };
  std::size_t i = 0;
  if (s[i] == '+' || s[i] == '-') ++i;
  std::size_t digits = 0;
  while (i < s.size() && isDigit(s[i])) ++i, ++digits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && isDigit(s[i])) ++i, ++digits;
  }
  if (digits == 0) return bad(i);
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    const std::size_t exponent = i;
    while (i < s.size() && isDigit(s[i])) ++i;
    if (i == exponent) return bad(i);
  }
  if (i != s.size()) return bad(i);
  const std::size_t skip = s[0] == '+' ? 1 : 0;
  double value = 0;
  const auto r = std::from_chars(s.data() + skip, s.data() + s.size(), value);
  if (r.ec == std::errc::result_out_of_range || (r.ec == std::errc{} && !std::isfinite(value))) {
    return error(Error::Kind::NumberOutOfRange, t.position, t.field);
  }
  if (r.ec != std::errc{} || r.ptr != s.data() + s.size()) return bad(0);
  return value;
}

// Reads six numbers into `pose`.
std::optional<Error> parsePoseFields(Fields& f, Pose& pose) {
  for (double& v : pose) {
    auto t = f.next();
    if (auto* e = std::get_if<Error>(&t)) return *e;
    auto n = parseNumber(std::get<Token>(t));
    if (auto* e = std::get_if<Error>(&n)) return *e;
    v = std::get<double>(n);
  }
  return std::nullopt;
}

// The first field as a tag, if it is one: lets a too-long line still be answered.
std::optional<Tag> leadingTag(std::string_view line) {
  const Token t{line.substr(0, line.find(' ')), 0, 0};
  if (t.text.empty()) return std::nullopt;
  const auto tag = parseTag(t);
  if (const auto* value = std::get_if<Tag>(&tag)) return *value;
  return std::nullopt;
}

std::optional<Error> tooLong(std::string_view line) {
  if (line.size() <= kMaxLineBytes) return std::nullopt;
  return error(Error::Kind::LineTooLong, kMaxLineBytes, spacesBefore(line, kMaxLineBytes),
               leadingTag(line));
}

// ---- Formatting ----

class Builder {
 public:
  void tag(Tag t) {
    if (failed()) return;
    if (t < kMinTag || t > kMaxTag) {
      fail(Error::Kind::TagOutOfRange);
      return;
    }
    token(std::to_string(t));
  }
  void token(std::string_view text) {
    if (failed()) return;
    separate();
    out_ += text;
  }
  void number(double value) {
    if (failed()) return;
    const auto text = formatNumber(value);
    if (!text) {
      fail(Error::Kind::NotANumber);
      return;
    }
    token(*text);
  }
  void code(int value) {
    if (failed()) return;
    if (value < 0) {
      fail(Error::Kind::BadErrorCode);
      return;
    }
    token(std::to_string(value));
  }
  // Free text as the last field; nothing at all when empty.
  void text(std::string_view value) {
    if (failed() || value.empty()) return;
    const std::size_t at = out_.size() + (fields_ > 0 ? 1 : 0);
    if (value.front() == ' ') {
      error_ = error(Error::Kind::BadText, at, fields_);
      return;
    }
    if (auto e = controlIn(value, at, fields_)) {
      error_ = *e;
      return;
    }
    token(value);
  }
  void fail(Error::Kind kind) {
    if (!failed()) error_ = error(kind, out_.size() + (fields_ > 0 ? 1 : 0), fields_);
  }
  bool failed() const { return error_.has_value(); }

  std::variant<std::string, Error> line() {
    if (error_) return *error_;
    if (out_.size() > kMaxLineBytes) {
      return error(Error::Kind::LineTooLong, kMaxLineBytes, spacesBefore(out_, kMaxLineBytes));
    }
    out_ += '\n';
    return std::move(out_);
  }
  // The text without a terminator, for reply values.
  std::variant<std::string, Error> values() {
    if (error_) return *error_;
    return std::move(out_);
  }

 private:
  void separate() {
    if (fields_++ > 0) out_ += ' ';
  }
  std::string out_;
  std::size_t fields_ = 0;
  std::optional<Error> error_;
};

}  // namespace

std::string_view meaning(int code) {
  switch (code) {
    case codes::kUnknownRequest:
      return "unknown request";
    case codes::kMalformedRequest:
      return "malformed request";
    case codes::kOutOfReach:
      return "target out of reach";
    case codes::kSpeedOutOfRange:
      return "speed out of range";
    case codes::kBusy:
      return "busy: a move is running";
    case codes::kInFault:
      return "in fault: clear the fault on the controller first";
    default:
      return "";
  }
}

std::string_view describe(Error::Kind kind) {
  switch (kind) {
    case Error::Kind::LineTooLong:
      return "line longer than 256 characters";
    case Error::Kind::ControlCharacter:
      return "control character";
    case Error::Kind::NonAscii:
      return "non-ASCII byte outside free text";
    case Error::Kind::EmptyField:
      return "empty field (fields are separated by single spaces)";
    case Error::Kind::MissingField:
      return "missing field";
    case Error::Kind::ExtraField:
      return "extra field";
    case Error::Kind::BadTag:
      return "tag is not a whole number";
    case Error::Kind::TagOutOfRange:
      return "tag outside 1..2147483647";
    case Error::Kind::UnknownRequest:
      return "unknown request";
    case Error::Kind::UnknownReply:
      return "neither OK nor ERR after the tag";
    case Error::Kind::UnknownEvent:
      return "unknown event";
    case Error::Kind::UnknownState:
      return "unknown controller state";
    case Error::Kind::NotANumber:
      return "not a number";
    case Error::Kind::NumberOutOfRange:
      return "number out of range";
    case Error::Kind::SpeedOutOfRange:
      return "speed outside (0, 1]";
    case Error::Kind::BadErrorCode:
      return "error code is not a whole number";
    case Error::Kind::BadText:
      return "text cannot be sent";
  }
  return "unknown RCP error";
}

int replyCodeFor(const Error& error) {
  switch (error.kind) {
    case Error::Kind::UnknownRequest:
      return codes::kUnknownRequest;
    case Error::Kind::SpeedOutOfRange:
      return codes::kSpeedOutOfRange;
    default:
      return codes::kMalformedRequest;
  }
}

std::string_view keyword(const Command& command) {
  struct Visitor {
    std::string_view operator()(const IdnQuery&) const { return "IDN?"; }
    std::string_view operator()(const StateQuery&) const { return "STATE?"; }
    std::string_view operator()(const PoseQuery&) const { return "POSE?"; }
    std::string_view operator()(const Move& m) const {
      return m.interpolation == Move::Interpolation::Joint ? "MOVEJ" : "MOVEL";
    }
    std::string_view operator()(const Stop&) const { return "STOP"; }
  };
  return std::visit(Visitor{}, command);
}

// ---- Parsing ----

std::variant<Request, Error> parseRequest(std::string_view line) {
  line = withoutCr(line);
  if (auto e = tooLong(line)) return *e;
  Fields f(line);
  auto first = f.next();
  if (auto* e = std::get_if<Error>(&first)) return *e;
  auto tagOr = parseTag(std::get<Token>(first));
  if (auto* e = std::get_if<Error>(&tagOr)) return *e;
  Request request;
  request.tag = std::get<Tag>(tagOr);

  auto verbOr = f.next();
  if (auto* e = std::get_if<Error>(&verbOr)) return tagged(*e, request.tag);
  const Token verb = std::get<Token>(verbOr);
  if (verb.text == "IDN?") {
    request.command = IdnQuery{};
  } else if (verb.text == "STATE?") {
    request.command = StateQuery{};
  } else if (verb.text == "POSE?") {
    request.command = PoseQuery{};
  } else if (verb.text == "STOP") {
    request.command = Stop{};
  } else if (verb.text == "MOVEJ" || verb.text == "MOVEL") {
    Move move;
    move.interpolation =
        verb.text == "MOVEJ" ? Move::Interpolation::Joint : Move::Interpolation::Linear;
    if (auto e = parsePoseFields(f, move.target)) return tagged(*e, request.tag);
    auto speedOr = f.next();
    if (auto* e = std::get_if<Error>(&speedOr)) return tagged(*e, request.tag);
    const Token speedField = std::get<Token>(speedOr);
    auto speed = parseNumber(speedField);
    if (auto* e = std::get_if<Error>(&speed)) return tagged(*e, request.tag);
    move.speed = std::get<double>(speed);
    if (!(move.speed > 0.0 && move.speed <= 1.0)) {
      return error(Error::Kind::SpeedOutOfRange, speedField.position, speedField.field,
                   request.tag);
    }
    request.command = move;
  } else {
    return error(Error::Kind::UnknownRequest, verb.position, verb.field, request.tag);
  }
  if (auto e = f.end()) return tagged(*e, request.tag);
  return request;
}

std::variant<ServerMessage, Error> parseServerMessage(std::string_view line) {
  line = withoutCr(line);
  if (auto e = tooLong(line)) return *e;
  Fields f(line);
  auto firstOr = f.next();
  if (auto* e = std::get_if<Error>(&firstOr)) return *e;
  const Token first = std::get<Token>(firstOr);

  if (first.text == kEvt) {
    auto nameOr = f.next();
    if (auto* e = std::get_if<Error>(&nameOr)) return *e;
    const Token name = std::get<Token>(nameOr);
    if (name.text == "INPOS" || name.text == "STOPPED") {
      auto tagField = f.next();
      if (auto* e = std::get_if<Error>(&tagField)) return *e;
      auto tagOr = parseTag(std::get<Token>(tagField));
      if (auto* e = std::get_if<Error>(&tagOr)) return *e;
      const Tag tag = std::get<Tag>(tagOr);
      Event event;
      if (name.text == "INPOS") {
        InPos inPos{tag, {}};
        if (auto e = parsePoseFields(f, inPos.pose)) return tagged(*e, tag);
        event = inPos;
      } else {
        event = Stopped{tag};
      }
      if (auto e = f.end()) return tagged(*e, tag);
      return ServerMessage(std::move(event));
    }
    if (name.text == "FAULT") {
      auto codeField = f.next();
      if (auto* e = std::get_if<Error>(&codeField)) return *e;
      auto code = parseCode(std::get<Token>(codeField));
      if (auto* e = std::get_if<Error>(&code)) return *e;
      auto text = f.rest();
      if (auto* e = std::get_if<Error>(&text)) return *e;
      const auto& t = std::get<std::optional<Token>>(text);
      return ServerMessage(Event(Fault{std::get<int>(code), t ? std::string(t->text) : ""}));
    }
    return error(Error::Kind::UnknownEvent, name.position, name.field);
  }

  auto tagOr = parseTag(first);
  if (auto* e = std::get_if<Error>(&tagOr)) return *e;
  Reply reply;
  reply.tag = std::get<Tag>(tagOr);
  auto kwOr = f.next();
  if (auto* e = std::get_if<Error>(&kwOr)) return tagged(*e, reply.tag);
  const Token kw = std::get<Token>(kwOr);
  if (kw.text == "OK") {
    auto values = f.rest();
    if (auto* e = std::get_if<Error>(&values)) return tagged(*e, reply.tag);
    const auto& t = std::get<std::optional<Token>>(values);
    reply.result = Ok{t ? std::string(t->text) : ""};
    return ServerMessage(std::move(reply));
  }
  if (kw.text == "ERR") {
    auto codeField = f.next();
    if (auto* e = std::get_if<Error>(&codeField)) return tagged(*e, reply.tag);
    auto code = parseCode(std::get<Token>(codeField));
    if (auto* e = std::get_if<Error>(&code)) return tagged(*e, reply.tag);
    auto text = f.rest();
    if (auto* e = std::get_if<Error>(&text)) return tagged(*e, reply.tag);
    const auto& t = std::get<std::optional<Token>>(text);
    reply.result = Err{std::get<int>(code), t ? std::string(t->text) : ""};
    return ServerMessage(std::move(reply));
  }
  return error(Error::Kind::UnknownReply, kw.position, kw.field, reply.tag);
}

std::variant<Identity, Error> parseIdentity(std::string_view values) {
  if (auto e = controlIn(values, 0, 0)) return *e;
  std::array<std::string_view, 4> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const std::size_t semicolon = values.find(';', start);
    const bool last = i + 1 == parts.size();
    if (!last && semicolon == std::string_view::npos) {
      return error(Error::Kind::MissingField, values.size(), i + 1);
    }
    if (last && semicolon != std::string_view::npos) {
      return error(Error::Kind::ExtraField, semicolon + 1, i + 1);
    }
    const std::size_t end = last ? values.size() : semicolon;
    parts[i] = values.substr(start, end - start);
    start = end + 1;
  }
  // Device text reaches the lab database and certificates, which are UTF-8: bytes that are
  // not UTF-8 are kept visible as U+FFFD rather than refused (the robot still identified).
  return Identity{textio::toValidUtf8(parts[0]), textio::toValidUtf8(parts[1]),
                  textio::toValidUtf8(parts[2]), textio::toValidUtf8(parts[3])};
}

std::variant<ControllerState, Error> parseState(std::string_view values) {
  Fields f(values);
  auto wordOr = f.next();
  if (auto* e = std::get_if<Error>(&wordOr)) return *e;
  const Token word = std::get<Token>(wordOr);
  ControllerState state;
  if (word.text == "READY") {
    state.kind = ControllerState::Kind::Ready;
  } else if (word.text == "MOVING") {
    state.kind = ControllerState::Kind::Moving;
  } else if (word.text == "STOPPED") {
    state.kind = ControllerState::Kind::Stopped;
  } else if (word.text == "FAULT") {
    state.kind = ControllerState::Kind::Fault;
    auto text = f.rest();
    if (auto* e = std::get_if<Error>(&text)) return *e;
    if (const auto& t = std::get<std::optional<Token>>(text)) state.faultText = t->text;
    return state;
  } else {
    return error(Error::Kind::UnknownState, word.position, word.field);
  }
  if (auto e = f.end()) return *e;
  return state;
}

std::variant<Pose, Error> parsePose(std::string_view values) {
  Fields f(values);
  Pose pose{};
  if (auto e = parsePoseFields(f, pose)) return *e;
  if (auto e = f.end()) return *e;
  return pose;
}

// ---- Formatting ----

std::optional<std::string> formatNumber(double value) {
  if (!std::isfinite(value)) return std::nullopt;
  std::array<char, 32> buf{};
  const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), value);
  if (r.ec != std::errc{}) return std::nullopt;
  return std::string(buf.data(), r.ptr);
}

std::variant<std::string, Error> formatRequest(const Request& request) {
  Builder b;
  b.tag(request.tag);
  b.token(keyword(request.command));
  if (const auto* move = std::get_if<Move>(&request.command)) {
    for (double v : move->target) b.number(v);
    if (!(move->speed > 0.0 && move->speed <= 1.0)) {
      b.fail(Error::Kind::SpeedOutOfRange);
    } else {
      b.number(move->speed);
    }
  }
  return b.line();
}

std::variant<std::string, Error> formatReply(const Reply& reply) {
  Builder b;
  b.tag(reply.tag);
  if (const auto* ok = std::get_if<Ok>(&reply.result)) {
    b.token("OK");
    b.text(ok->values);
  } else {
    const auto& err = std::get<Err>(reply.result);
    b.token("ERR");
    b.code(err.code);
    b.text(err.text);
  }
  return b.line();
}

std::variant<std::string, Error> formatEvent(const Event& event) {
  Builder b;
  b.token(kEvt);
  if (const auto* inPos = std::get_if<InPos>(&event)) {
    b.token("INPOS");
    b.tag(inPos->tag);
    for (double v : inPos->pose) b.number(v);
  } else if (const auto* stopped = std::get_if<Stopped>(&event)) {
    b.token("STOPPED");
    b.tag(stopped->tag);
  } else {
    const auto& fault = std::get<Fault>(event);
    b.token("FAULT");
    b.code(fault.code);
    b.text(fault.text);
  }
  return b.line();
}

std::variant<std::string, Error> formatServerMessage(const ServerMessage& message) {
  if (const auto* reply = std::get_if<Reply>(&message)) return formatReply(*reply);
  return formatEvent(std::get<Event>(message));
}

std::variant<std::string, Error> formatIdentity(const Identity& identity) {
  std::string out;
  const std::string_view parts[] = {identity.maker, identity.model, identity.serial,
                                    identity.firmware};
  for (std::size_t i = 0; i < 4; ++i) {
    if (i > 0) out += ';';
    const std::size_t semicolon = parts[i].find(';');
    if (semicolon != std::string_view::npos) {
      return error(Error::Kind::BadText, out.size() + semicolon, i);
    }
    if (auto e = controlIn(parts[i], out.size(), i)) return *e;
    out += parts[i];
  }
  return out;
}

std::variant<std::string, Error> formatState(const ControllerState& state) {
  Builder b;
  switch (state.kind) {
    case ControllerState::Kind::Ready:
      b.token("READY");
      break;
    case ControllerState::Kind::Moving:
      b.token("MOVING");
      break;
    case ControllerState::Kind::Stopped:
      b.token("STOPPED");
      break;
    case ControllerState::Kind::Fault:
      b.token("FAULT");
      b.text(state.faultText);
      break;
  }
  return b.values();
}

std::variant<std::string, Error> formatPose(const Pose& pose) {
  Builder b;
  for (double v : pose) b.number(v);
  return b.values();
}

}  // namespace robocert::codec::rcp
