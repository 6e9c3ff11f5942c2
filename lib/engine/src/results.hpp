#pragma once

// The results of a run, computed from what the lab database holds for it (never from memory),
// so a resumed run and a recomputation give the same numbers.

#include <vector>

#include "robocert/plan/plan.hpp"
#include "robocert/store/store.hpp"

namespace robocert::engine::detail {

// Every characteristic the plan's steps produce, with units (no uncertainty, no verdict yet).
// Subjects: "P1 v100" (pose, speed), "P1 v100 dir 2" (multidirectional), "P2-P4 v100"
// (distance), the step id (registration, endurance, script records).
std::vector<store::Result> computeResults(const store::Store& store, std::int64_t runId,
                                          const plan::Plan& plan, const plan::Values& values);

// Sets the limit and the verdict of every result a plan criterion covers, by the criterion's
// decision rule (with the result's expanded uncertainty when it has one).
void decideVerdicts(std::vector<store::Result>& results, const plan::Plan& plan);

// The step's arguments: $param references resolved, defaults of the procedure filled in.
std::map<std::string, plan::Value> resolvedArguments(const plan::Step& step,
                                                     const plan::Values& values);

}  // namespace robocert::engine::detail
