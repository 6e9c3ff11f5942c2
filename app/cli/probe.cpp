#include "probe.hpp"

namespace robocert::cli {

void addProbeCommands(CLI::App& /*app*/, int& /*exitCode*/) {}

}  // namespace robocert::cli
