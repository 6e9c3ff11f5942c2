#pragma once

#include <CLI/CLI.hpp>

namespace robocert::cli {

// robocert run and robocert demo
void addRunCommands(CLI::App& app, int& exitCode);

}  // namespace robocert::cli
