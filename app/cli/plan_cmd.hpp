#pragma once

#include <CLI/CLI.hpp>

namespace robocert::cli {

// robocert plan validate|list
void addPlanCommands(CLI::App& app, int& exitCode);

}  // namespace robocert::cli
