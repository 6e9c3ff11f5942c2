#pragma once

#include <CLI/CLI.hpp>

namespace robocert::cli {

// Registers `db init|verify|backup|info|export` and `import pose` (the lab database).
void addDbCommands(CLI::App& app, int& exitCode);

}  // namespace robocert::cli
