#pragma once

#include <CLI/CLI.hpp>

namespace robocert::cli {

// Exit codes shared by every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;   // the command ran and found a failure
inline constexpr int kExitBadInput = 2;  // the input or the command line was unusable

// Registers `analyze pose|mtbf|zero-failure` on app. The chosen command's exit code is written
// to exitCode when it has run.
void addAnalyzeCommands(CLI::App& app, int& exitCode);

}  // namespace robocert::cli
