#pragma once

#include <CLI/CLI.hpp>

namespace robocert::cli {

// robocert probe
void addProbeCommands(CLI::App& app, int& exitCode);

}  // namespace robocert::cli
