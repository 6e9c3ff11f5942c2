#pragma once

// The parent's side of an isolated script run (Runner(isolation)): starts the script host,
// serves its host calls with the real Host, and turns its end into a ScriptError.

#include <sys/types.h>

#include <atomic>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "robocert/script/script_host.hpp"

namespace robocert::script {

// The running child, for Runner::interrupt() on another thread: pid is set while the child may
// be killed (0 otherwise), under mutex; interrupted is the Runner's flag.
struct ChildSlot {
  std::mutex& mutex;
  pid_t& pid;
  const std::atomic<bool>& interrupted;
};

// Runs `source` in a new script host process; see Runner. host.aborted() has been asked.
// What a script sees of the station, read once from the host when it starts (both runners):
// a host that fails to tell ends the run with Kind::Exception.
struct StationView {
  std::vector<Host::Role> roles;
  std::map<std::string, metrology::Pose6> poses;
};
std::variant<StationView, ScriptError> readStation(Host& host);

std::optional<ScriptError> runIsolated(const Isolation& isolation, const std::string& source,
                                       Host& host, const plan::Values& params, ChildSlot slot);

// Shared with the in-process runner (runner.cpp), so both say the same.
ScriptError interruptedError();
ScriptError stationFailedError(const std::string& what);

}  // namespace robocert::script
