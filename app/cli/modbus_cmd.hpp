#pragma once

#include <CLI/CLI.hpp>

namespace robocert::cli {

void addModbusCommands(CLI::App& app, int& exitCode);

}  // namespace robocert::cli
