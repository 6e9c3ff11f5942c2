#pragma once

#include <CLI/CLI.hpp>

namespace robocert::cli {

// robocert demo: the station simulator in-process, the ISO 9283 pose and distance plans run on
// it, the results printed beside the simulator's true values.
void addDemoCommand(CLI::App& app, int& exitCode);

}  // namespace robocert::cli
