#pragma once

#include <CLI/CLI.hpp>

namespace robocert::cli {

// Registers `lab show|set`, `lab instrument add|list` and `lab calibration add`: the lab profile
// every report's letterhead shows, and the measuring instruments with their calibrations.
void addLabCommands(CLI::App& app, int& exitCode);

}  // namespace robocert::cli
