#include "station.hpp"

namespace robocert::cli {

void addStationCommands(CLI::App& /*app*/, int& /*exitCode*/) {}

}  // namespace robocert::cli
