#include "plan_cmd.hpp"

namespace robocert::cli {

void addPlanCommands(CLI::App& /*app*/, int& /*exitCode*/) {}

}  // namespace robocert::cli
