#pragma once

// The built-in procedures (lib/plan/procedures.hpp names them and their arguments), run by the
// engine. Each one is restartable: run again on a resumed run, it skips what the store holds.

#include <map>
#include <string>

#include "robocert/metrology/registration.hpp"
#include "robocert/plan/plan.hpp"
#include "run_context.hpp"

namespace robocert::engine::detail {

struct StepCall {
  const plan::Step& step;
  std::map<std::string, plan::Value> args;  // resolved ($param replaced), defaults filled in
  std::size_t index = 0;                    // of the step in the plan
  std::size_t count = 0;                    // steps in the plan
};

// Units of work (measurements, endurance cycles) the step will do, for progress and ETA; 0
// when the step does none.
std::int64_t plannedUnits(const StepCall& call);

void runProcedure(RunContext& ctx, const StepCall& call);

// Argument access: the plan's validation guarantees presence and type.
double number(const std::map<std::string, plan::Value>& args, const std::string& name);
std::int64_t integer(const std::map<std::string, plan::Value>& args, const std::string& name);
std::string text(const std::map<std::string, plan::Value>& args, const std::string& name);
std::vector<double> numbers(const std::map<std::string, plan::Value>& args,
                            const std::string& name);

// "v100" for 1.0, "v50" for 0.5, "v12.5" for 0.125: the series of a speed.
std::string speedTag(double speedFraction);

// The sequence of ISO 9283 7.2 pose cycles: P1 -> P5 -> P4 -> P3 -> P2.
inline const std::array<const char*, 5> kPoseCycleOrder{"P1", "P5", "P4", "P3", "P2"};

// Registration measurements are stored in the pose sensor's own frame under this series.
std::string registrationSeries(const std::string& stepId);
// The registration of step `stepId` fitted from its stored measurements (sensor positions onto
// the commanded positions), the same whether or not the run was resumed.
std::variant<metrology::Registration, metrology::RegistrationError> fitRegistration(
    const store::Store& store, std::int64_t runId, const std::string& stepId);

// The points a frame registration visits: spread through the test cube (corners pulled in to
// 80 % of the half side, the centre, face centres, then a Halton sequence), with the cube's
// orientation. Deterministic, so a resumed run visits the same points.
std::vector<metrology::Pose6> registrationPoints(const Eigen::Vector3d& centreMm, double sideMm,
                                                 const Eigen::Vector3d& orientationDeg,
                                                 std::size_t count);

}  // namespace robocert::engine::detail
