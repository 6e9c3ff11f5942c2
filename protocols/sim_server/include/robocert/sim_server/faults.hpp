#pragma once

// Fault injection for the station's line servers (robot, tracker, environment): what a flaky
// cable, a hung controller or a noisy line does to a client, on demand, so a test can show how
// RoboCert copes. Plus the small text syntax `robocert sim station --fault` reads.
//
// Counting rules (docs/simulator.md):
// - Every line a connection receives counts as a command (garbage included); every line sent in
//   answer to one counts as a reply. Events and stream samples are not replies.
// - Counts are per connection and start at 0 when it opens, so a fault recurs on every new
//   connection. Changing a server's faults at run time restarts the counts of its open
//   connections (the new setting applies "from now") and ends a stall.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace robocert::sim_server {

// The station's servers. Faults apply to the line servers only (not Bench).
enum class Server { Robot, Tracker, Bench, Environment };

// "robot", "tracker", "bench", "environment".
std::string_view name(Server server);

struct Faults {
  // Command dropAfterCommands + 1 closes the connection unanswered (0: the first command does).
  // On the robot's pseudo-terminal, which has no connection to close, that command is lost
  // instead and the counts restart, like a line that glitched.
  std::optional<std::uint64_t> dropAfterCommands;
  // Every reply is held back this long (events and samples keep their order behind it).
  std::chrono::milliseconds replyDelay{0};
  // Reply number corruptReply (1-based) is garbled: its bytes after the first space (all of
  // them if there is none) become '#', so it no longer parses. The line ending stays.
  std::optional<std::uint64_t> corruptReply;
  // From command stallAfterCommands + 1 on, the connection reads and discards everything and
  // sends nothing (events and samples included); it stays open.
  std::optional<std::uint64_t> stallAfterCommands;

  bool any() const {
    return dropAfterCommands || replyDelay.count() > 0 || corruptReply || stallAfterCommands;
  }
  bool operator==(const Faults&) const = default;
};

// ---- The --fault syntax -----------------------------------------------------------------------
//
//   SERVER:KEY=VALUE[,KEY=VALUE...]
//
// SERVER is robot, tracker or environment; KEY is drop-after, delay-ms, corrupt or stall-after;
// VALUE a whole decimal number: drop-after and stall-after 0..10^9, corrupt 1..10^9, delay-ms
// 0..60000. Examples: "robot:drop-after=20", "tracker:delay-ms=300", "robot:corrupt=5",
// "robot:stall-after=3", "tracker:delay-ms=50,corrupt=2".

enum class FaultKey { DropAfter, DelayMs, Corrupt, StallAfter };

struct FaultSpec {
  Server server = Server::Robot;
  std::vector<std::pair<FaultKey, std::uint64_t>> settings;  // in the order given
};

struct FaultSpecError {
  enum class Kind {
    MissingServer,   // no "SERVER:" in front
    UnknownServer,   // not robot, tracker or environment (bench has no line server)
    MissingSetting,  // nothing after "SERVER:", or an empty KEY=VALUE between commas
    UnknownKey,      // not drop-after, delay-ms, corrupt or stall-after
    MissingValue,    // KEY without "=VALUE", or "KEY="
    NotANumber,      // VALUE is not a whole decimal number
    OutOfRange,      // VALUE outside the key's range (above)
  };
  Kind kind = Kind::MissingServer;
  std::size_t position = 0;  // byte offset of the offending part in the spec
  std::string text;          // the offending part (server name, key or value)
  bool operator==(const FaultSpecError&) const = default;
};

// English, for logs: "unknown fault server \"bench\" at character 1 (use robot, tracker or
// environment)". The command line builds its own translated messages from the kind.
std::string describe(const FaultSpecError& error);

std::variant<FaultSpec, FaultSpecError> parseFaultSpec(std::string_view spec);

// Applies the spec's settings to `faults` in order (a later setting of a key wins).
void apply(const FaultSpec& spec, Faults& faults);

// The key's name in the syntax: "drop-after", ...
std::string_view name(FaultKey key);

}  // namespace robocert::sim_server
