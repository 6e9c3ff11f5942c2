#pragma once

#include <CLI/CLI.hpp>
#include <QString>
#include <optional>
#include <string>

namespace robocert::cli {

// Registers `user add|passwd|list`: the lab's users, their roles and passwords.
void addUserCommands(CLI::App& app, int& exitCode);

// A password for `login`: with fromStdin the first line of standard input (for scripts; the line
// end is not part of it); otherwise typed on the terminal without echo, twice when confirm. At
// least store::Store::kMinPasswordChars characters when confirm (a new password). nullopt after
// one message on stderr: no terminal, end of input, the two entries differ, too short.
// Never prints or logs the password.
std::optional<std::string> readPassword(const QString& login, bool fromStdin, bool confirm);

}  // namespace robocert::cli
