#pragma once

// RCP, the RoboCert robot command protocol v1 (docs/protocols/rcp.md): typed messages, parsing
// and formatting in both directions. Client requests (a server or the simulator parses them),
// replies and events (a client parses them). Lines are framed by LineFramer with terminator "\n"
// and maxLineBytes = kFramedLineBytes. The parsers here drop the one '\r' a line may end with.
//
// Rules enforced both ways, so whatever parses formats again and the other way round:
// - A line has at most kMaxLineBytes characters, without the '\r' and '\n'.
// - Fields are separated by exactly one space: a leading, trailing or doubled space is an
//   EmptyField. Control characters (below 0x20, and 0x7F) are never allowed. Bytes >= 0x80 are
//   allowed only in free text (error text, fault text, identity fields) and passed through as
//   they are.
// - Tags are whole numbers 1..2147483647 (digits only). Numbers are decimal with a point
//   ("-12.5", "1e-3", an optional leading sign). No "inf", "nan", hex or comma is accepted, and
//   a value beyond double's range is NumberOutOfRange. Formatting uses std::to_chars' shortest
//   text that reads back to the same double, so "1200.000" is formatted back as "1200".
// - A move's speed lies in (0, 1].
// Locale-free (std::from_chars / std::to_chars). Errors are values with the byte position in
// the line and the index of the field. Nothing here throws or does I/O.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace robocert::codec::rcp {

// ---- Limits of the spec ----

inline constexpr std::size_t kMaxLineBytes = 256;  // without the optional '\r' and the '\n'
// The longest line LineFramer must pass through (terminator "\n"): kMaxLineBytes plus the '\r'
// that may come before the '\n'.
inline constexpr std::size_t kFramedLineBytes = kMaxLineBytes + 1;

using Tag = std::uint32_t;
inline constexpr Tag kMinTag = 1;
inline constexpr Tag kMaxTag = 2147483647;

// x, y, z (mm) then a, b, c (degrees). The TCP is in the robot base frame, with
// R = Rz(c)·Ry(b)·Rx(a).
using Pose = std::array<double, 6>;

// The codes of `TAG ERR CODE text` that the spec defines. Servers may send others. Those are
// kept as they are.
namespace codes {
inline constexpr int kUnknownRequest = 10;
inline constexpr int kMalformedRequest = 11;  // wrong field count, not a number, bad tag
inline constexpr int kOutOfReach = 12;
inline constexpr int kSpeedOutOfRange = 13;
inline constexpr int kBusy = 20;     // a move is running
inline constexpr int kInFault = 30;  // clear the fault on the controller first
}  // namespace codes

// The spec's meaning of an error code ("target out of reach"), or "" for a code it does not
// define.
std::string_view meaning(int code);

// ---- Errors ----

struct Error {
  enum class Kind {
    LineTooLong,       // more than kMaxLineBytes characters
    ControlCharacter,  // a byte below 0x20 or 0x7F, including a '\r' that does not end the line
    NonAscii,          // a byte >= 0x80 outside free text
    EmptyField,        // nothing between separators: empty line, doubled/leading/trailing space
    MissingField,      // fewer fields than the message has
    ExtraField,        // more fields than the message has
    BadTag,            // not a whole number (digits only)
    TagOutOfRange,     // outside kMinTag..kMaxTag
    UnknownRequest,    // not IDN?, STATE?, POSE?, MOVEJ, MOVEL or STOP (a server answers ERR 10)
    UnknownReply,      // neither OK nor ERR after the tag
    UnknownEvent,      // not INPOS, STOPPED or FAULT after EVT
    UnknownState,      // STATE? reply not READY, MOVING, STOPPED or FAULT [text]
    NotANumber,        // a value is not a decimal number, or is not finite
    NumberOutOfRange,  // beyond double's range, or so small that it reads as zero
    SpeedOutOfRange,   // move speed not in (0, 1] (a server answers ERR 13)
    BadErrorCode,      // the CODE of ERR or FAULT is not a whole number 0..2147483647
    BadText,           // formatting only: free text starting with a space, or an identity
                       // field containing ';'
  };
  Kind kind = Kind::EmptyField;
  // Byte index where the problem starts: in the line being parsed, or in the line being
  // formatted. Value parsers (parseIdentity, ...) count from the start of their values text.
  std::size_t position = 0;
  // 0-based index of the field the problem is in: space-separated fields, or for
  // parseIdentity the ';'-separated ones.
  std::size_t field = 0;
  // The tag, when the error comes after a valid tag in a request, a reply, or an INPOS or
  // STOPPED event. A server addresses its `TAG ERR` with it. A client learns from it which
  // request a bad reply or event was for.
  std::optional<Tag> tag;
  bool operator==(const Error&) const = default;
};

std::string_view describe(Error::Kind kind);

// The code a server answers a request that parseRequest() rejected with: 10 for
// UnknownRequest, 13 for SpeedOutOfRange, 11 for everything else. If error.tag is empty, the
// request has no usable tag and nothing can be addressed to it. The simulator drops such lines.
int replyCodeFor(const Error& error);

// ---- Requests (client -> server) ----

struct IdnQuery {
  bool operator==(const IdnQuery&) const = default;
};
struct StateQuery {
  bool operator==(const StateQuery&) const = default;
};
struct PoseQuery {
  bool operator==(const PoseQuery&) const = default;
};
struct Move {
  enum class Interpolation { Joint, Linear };  // MOVEJ, MOVEL
  Interpolation interpolation = Interpolation::Linear;
  Pose target{};
  double speed = 1.0;  // fraction of the rated speed, in (0, 1]
  bool operator==(const Move&) const = default;
};
struct Stop {
  bool operator==(const Stop&) const = default;
};
using Command = std::variant<IdnQuery, StateQuery, PoseQuery, Move, Stop>;

struct Request {
  Tag tag = kMinTag;
  Command command;
  bool operator==(const Request&) const = default;
};

// The request's keyword: "IDN?", "STATE?", "POSE?", "MOVEJ", "MOVEL", "STOP".
std::string_view keyword(const Command& command);

// ---- Replies (server -> client) ----

struct Ok {
  // Everything after "OK ", or "" for a bare "TAG OK". Read it with the value parser for the
  // request: parseIdentity, parseState, parsePose.
  std::string values;
  bool operator==(const Ok&) const = default;
};
struct Err {
  int code = 0;
  std::string text;  // free text after the code, may be empty
  bool operator==(const Err&) const = default;
};
struct Reply {
  Tag tag = kMinTag;
  std::variant<Ok, Err> result;
  bool ok() const { return std::holds_alternative<Ok>(result); }
  bool operator==(const Reply&) const = default;
};

// ---- Events (server -> client, unsolicited) ----

struct InPos {
  Tag tag = kMinTag;  // the move that reached its target
  Pose pose{};        // the controller's pose then
  bool operator==(const InPos&) const = default;
};
struct Stopped {
  Tag tag = kMinTag;  // the move that ended by STOP
  bool operator==(const Stopped&) const = default;
};
struct Fault {
  int code = 0;
  std::string text;
  bool operator==(const Fault&) const = default;
};
using Event = std::variant<InPos, Stopped, Fault>;

// What a client reads: a reply or an event.
using ServerMessage = std::variant<Reply, Event>;

// ---- Reply values ----

struct Identity {  // IDN?: maker;model;serial;firmware
  std::string maker;
  std::string model;
  std::string serial;
  std::string firmware;
  bool operator==(const Identity&) const = default;
};

struct ControllerState {  // STATE?
  enum class Kind { Ready, Moving, Stopped, Fault };
  Kind kind = Kind::Ready;
  std::string faultText;  // FAULT only (ignored for the other kinds), may be empty
  bool operator==(const ControllerState&) const = default;
};

// ---- Parsing: one line, without its '\n' (one trailing '\r' is ignored) ----

// Server side: a client's request.
std::variant<Request, Error> parseRequest(std::string_view line);
// Client side: a reply or an event.
std::variant<ServerMessage, Error> parseServerMessage(std::string_view line);

// Values of an Ok reply. Positions count from the start of `values`.
// Exactly four ';'-separated fields, which may contain spaces and be empty.
std::variant<Identity, Error> parseIdentity(std::string_view values);
// READY, MOVING, STOPPED, FAULT or "FAULT text".
std::variant<ControllerState, Error> parseState(std::string_view values);
// "x y z a b c".
std::variant<Pose, Error> parsePose(std::string_view values);

// ---- Formatting: one line with its '\n' ----
// The same rules as parsing, so the output always parses back to an equal value. Errors:
// TagOutOfRange, NotANumber (NaN, infinity), SpeedOutOfRange, BadErrorCode (negative),
// ControlCharacter, BadText and LineTooLong.

std::variant<std::string, Error> formatRequest(const Request& request);
std::variant<std::string, Error> formatReply(const Reply& reply);
std::variant<std::string, Error> formatEvent(const Event& event);
std::variant<std::string, Error> formatServerMessage(const ServerMessage& message);

// Values for Ok::values.
std::variant<std::string, Error> formatIdentity(const Identity& identity);
std::variant<std::string, Error> formatState(const ControllerState& state);
std::variant<std::string, Error> formatPose(const Pose& pose);

// Shortest decimal text that reads back as exactly `value` ("0.5", "1200", "1e-07"), or nullopt
// for NaN and infinity.
std::optional<std::string> formatNumber(double value);

}  // namespace robocert::codec::rcp
