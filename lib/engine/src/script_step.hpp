#pragma once

// Script steps: the plan's JavaScript run by robocert::script with the run as its host.

#include "procedures.hpp"
#include "robocert/script/script_host.hpp"

namespace robocert::engine::detail {

// Runs the step's script to its end. Device dropouts inside a call pause the run and repeat
// that call; a script error fails the step with the plan file's line.
void runScript(RunContext& ctx, const StepCall& call, script::Runner& runner);

}  // namespace robocert::engine::detail
