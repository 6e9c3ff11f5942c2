#pragma once

#include <CLI/CLI.hpp>

#include "common.hpp"

namespace robocert::cli {

// Registers `analyze pose|mtbf|zero-failure` on app. The chosen command's exit code is written
// to exitCode when it has run.
void addAnalyzeCommands(CLI::App& app, int& exitCode);

}  // namespace robocert::cli
