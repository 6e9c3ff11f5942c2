#pragma once

// The results of a run, computed from what the lab database holds for it (never from memory),
// so a resumed run and a recomputation give the same numbers.

#include <vector>

#include "robocert/plan/plan.hpp"
#include "robocert/store/store.hpp"

namespace robocert::engine::detail {

// Every characteristic the plan's steps produce, with units, compared against the plan's
// criteria (verdict and limit set on the results a criterion covers).
// Subjects: "P1 v100" (pose, speed), "P1 v100 dir 2" (multidirectional), "P2-P4 v100"
// (distance), the step id (registration, endurance, script records).
std::vector<store::Result> computeResults(const store::Store& store, std::int64_t runId,
                                          const plan::Plan& plan, const plan::Values& values);

// The step's arguments: $param references resolved, defaults of the procedure filled in.
std::map<std::string, plan::Value> resolvedArguments(const plan::Step& step,
                                                     const plan::Values& values);

}  // namespace robocert::engine::detail
