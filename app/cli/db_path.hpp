#pragma once

#include <filesystem>
#include <string>

#include <CLI/CLI.hpp>

namespace robocert::cli {

// The lab database a command works on: --db if given, else $ROBOCERT_DB, else robocert.db in
// the platform's application-data folder (created when missing), e.g.
// ~/.local/share/RoboCert/robocert/robocert.db on Linux.
std::filesystem::path databasePath(const std::string& option);

// Adds the --db option, documented the same way on every command.
void addDbOption(CLI::App& cmd, std::string& db);

}  // namespace robocert::cli
