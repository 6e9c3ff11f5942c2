#pragma once

// The channel between Runner(isolation) and the script host: frames of a 4-byte big-endian
// length and that many bytes of one compact JSON object, over a stream socket. Neither side
// trusts the other: a frame longer than the reader's bound, a frame that is not one JSON object,
// or a channel that ends mid-frame is a WireError, never a crash or an unbounded allocation.

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <cstddef>
#include <string>
#include <variant>

namespace robocert::script::wire {

// A script, its parameters and poses: the plan file bounds them; this bounds what a reader
// allocates for one frame.
inline constexpr std::size_t kMaxStartBytes = std::size_t{64} << 20;
// A host call or a reply: texts are at most 4 KiB (text_limits.hpp), the rest small.
inline constexpr std::size_t kMaxMessageBytes = std::size_t{64} << 10;

struct WireError {
  enum class Kind { Closed, TooLarge, NotJson, Io };
  Kind kind = Kind::Io;
  std::string detail;  // for the log: what was wrong (English, not shown alone to a person)
};

// Writes one frame; false when the peer is gone (no SIGPIPE).
bool send(int fd, const QJsonObject& message);
// Reads one frame of at most maxBytes; blocks until it is complete or the channel ends.
std::variant<QJsonObject, WireError> receive(int fd, std::size_t maxBytes);

}  // namespace robocert::script::wire

#include <optional>

#include "robocert/metrology/pose.hpp"

namespace robocert::script::wire {

// A pose as [x, y, z, a, b, c] (mm, degrees) and back; nullopt unless exactly 6 finite numbers.
QJsonArray toJson(const metrology::Pose6& p);
std::optional<metrology::Pose6> poseFromJson(const QJsonValue& v);
// A finite JSON number.
std::optional<double> finite(const QJsonValue& v);

}  // namespace robocert::script::wire
