#include "robocert/sim_server/faults.hpp"

#include <array>
#include <charconv>

namespace robocert::sim_server {

namespace {

struct KeyInfo {
  FaultKey key;
  std::string_view name;
  std::uint64_t min;
  std::uint64_t max;
};

constexpr std::uint64_t kMaxCount = 1'000'000'000;
constexpr std::array<KeyInfo, 4> kKeys{{
    {FaultKey::DropAfter, "drop-after", 0, kMaxCount},
    {FaultKey::DelayMs, "delay-ms", 0, 60'000},
    {FaultKey::Corrupt, "corrupt", 1, kMaxCount},
    {FaultKey::StallAfter, "stall-after", 0, kMaxCount},
}};

const KeyInfo* findKey(std::string_view name) {
  for (const auto& k : kKeys) {
    if (k.name == name) return &k;
  }
  return nullptr;
}

}  // namespace

std::string_view name(Server server) {
  switch (server) {
    case Server::Robot:
      return "robot";
    case Server::Tracker:
      return "tracker";
    case Server::Bench:
      return "bench";
    case Server::Environment:
      return "environment";
  }
  return "?";
}

std::string_view name(FaultKey key) {
  for (const auto& k : kKeys) {
    if (k.key == key) return k.name;
  }
  return "?";
}

std::string describe(const FaultSpecError& error) {
  using Kind = FaultSpecError::Kind;
  const std::string at = " at character " + std::to_string(error.position + 1);
  const std::string text = "\"" + error.text + "\"";
  switch (error.kind) {
    case Kind::MissingServer:
      return "no server before ':'" + at + " (write SERVER:KEY=VALUE, e.g. robot:drop-after=20)";
    case Kind::UnknownServer:
      return "unknown fault server " + text + at + " (use robot, tracker or environment)";
    case Kind::MissingSetting:
      return "missing KEY=VALUE" + at;
    case Kind::UnknownKey:
      return "unknown fault " + text + at + " (use drop-after, delay-ms, corrupt or stall-after)";
    case Kind::MissingValue:
      return "no value for " + text + at;
    case Kind::NotANumber:
      return text + at + " is not a whole number";
    case Kind::OutOfRange:
      return text + at +
             " is out of range (drop-after and stall-after 0..1000000000, corrupt "
             "1..1000000000, delay-ms 0..60000)";
  }
  return "bad fault spec";
}

std::variant<FaultSpec, FaultSpecError> parseFaultSpec(std::string_view spec) {
  using Kind = FaultSpecError::Kind;
  FaultSpec out;
  const std::size_t colon = spec.find(':');
  if (colon == std::string_view::npos || colon == 0) {
    return FaultSpecError{Kind::MissingServer, 0, std::string(spec)};
  }
  const std::string_view server = spec.substr(0, colon);
  if (server == "robot") {
    out.server = Server::Robot;
  } else if (server == "tracker") {
    out.server = Server::Tracker;
  } else if (server == "environment") {
    out.server = Server::Environment;
  } else {
    return FaultSpecError{Kind::UnknownServer, 0, std::string(server)};
  }
  std::size_t pos = colon + 1;
  while (true) {
    const std::size_t comma = spec.find(',', pos);
    const std::size_t end = comma == std::string_view::npos ? spec.size() : comma;
    const std::string_view item = spec.substr(pos, end - pos);
    if (item.empty()) return FaultSpecError{Kind::MissingSetting, pos, ""};
    const std::size_t eq = item.find('=');
    const std::string_view keyName = item.substr(0, eq);
    const KeyInfo* key = findKey(keyName);
    if (key == nullptr) return FaultSpecError{Kind::UnknownKey, pos, std::string(keyName)};
    if (eq == std::string_view::npos || eq + 1 == item.size()) {
      return FaultSpecError{Kind::MissingValue, pos, std::string(keyName)};
    }
    const std::string_view value = item.substr(eq + 1);
    const std::size_t valuePos = pos + eq + 1;
    std::uint64_t number = 0;
    const auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
    const bool digitsOnly = value.find_first_not_of("0123456789") == std::string_view::npos;
    if (!digitsOnly || (ec != std::errc() && ec != std::errc::result_out_of_range) ||
        ptr != value.data() + value.size()) {
      return FaultSpecError{Kind::NotANumber, valuePos, std::string(value)};
    }
    if (ec == std::errc::result_out_of_range || number < key->min || number > key->max) {
      return FaultSpecError{Kind::OutOfRange, valuePos, std::string(value)};
    }
    out.settings.emplace_back(key->key, number);
    if (comma == std::string_view::npos) break;
    pos = comma + 1;
  }
  return out;
}

void apply(const FaultSpec& spec, Faults& faults) {
  for (const auto& [key, value] : spec.settings) {
    switch (key) {
      case FaultKey::DropAfter:
        faults.dropAfterCommands = value;
        break;
      case FaultKey::DelayMs:
        faults.replyDelay = std::chrono::milliseconds(static_cast<std::int64_t>(value));
        break;
      case FaultKey::Corrupt:
        faults.corruptReply = value;
        break;
      case FaultKey::StallAfter:
        faults.stallAfterCommands = value;
        break;
    }
  }
}

}  // namespace robocert::sim_server
