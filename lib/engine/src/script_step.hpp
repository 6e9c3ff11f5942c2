#pragma once

// Script steps: the plan's JavaScript run by robocert::script with the run as its host.

#include "procedures.hpp"
#include "robocert/script/script_host.hpp"

namespace robocert::engine::detail {

// A script step the sandbox stopped (a limit exceeded, the script host crashed): the run ends
// interrupted, as when a device is gone, and a resumed run goes on past the step.
struct ScriptStopped : DeviceGone {
  using DeviceGone::DeviceGone;
};

// Before anything moves: a plan with script steps needs a usable script host (StepFailed).
void checkScriptHost(const plan::Plan& plan, const RunRequest& request);

// Runs the step's script to its end. Device dropouts inside a call pause the run and repeat
// that call; a script error fails the step with the plan file's line. A script the sandbox
// stopped is recorded (run event "script-stopped", the step marked done in the checkpoint with
// no results) and ends the run with ScriptStopped.
void runScript(RunContext& ctx, const StepCall& call, script::Runner& runner);

// The run event of a script step the sandbox stopped.
inline constexpr char kScriptStoppedEvent[] = "script-stopped";

}  // namespace robocert::engine::detail
