#pragma once

#include <CLI/CLI.hpp>

namespace robocert::cli {

// robocert sim station: serves the simulated station (robot over RCP, tracker, reducer bench over
// Modbus TCP, environment sensor over SCPI) on 127.0.0.1 until SIGINT or SIGTERM. Prints one
// JSON line with the URLs (and with --truth a second one with the true error parameters), then
// serves. Exit 0 after a signal; 2 for unusable arguments (a bad --fault, --model file, port in
// use) with one message.
void addStationCommands(CLI::App& app, int& exitCode);

}  // namespace robocert::cli
