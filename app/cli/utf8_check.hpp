#pragma once

// Command lines and environment variables must be UTF-8: every string RoboCert takes may reach
// the lab database and a certificate, which are UTF-8 (docs/cli.md). One check for all of them,
// run after parsing and before any command, so no command can forget it.

#include <CLI/CLI.hpp>

#include <QString>
#include <optional>

namespace robocert::cli {

// The first option value, positional argument or ROBOCERT_* environment variable (in that
// order) that is not valid UTF-8, as a message for a person naming it; nullopt when all are.
std::optional<QString> findInvalidUtf8(const CLI::App& app);

}  // namespace robocert::cli
