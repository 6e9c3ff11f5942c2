#include "bench.hpp"

namespace robocert::cli {

void addBenchCommands(CLI::App& /*app*/, int& /*exitCode*/) {}

}  // namespace robocert::cli
