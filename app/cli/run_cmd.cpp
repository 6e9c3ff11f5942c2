#include "run_cmd.hpp"

namespace robocert::cli {

void addRunCommands(CLI::App& /*app*/, int& /*exitCode*/) {}

}  // namespace robocert::cli
