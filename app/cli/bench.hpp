#pragma once

#include <CLI/CLI.hpp>

namespace robocert::cli {

// Registers `bench ingest` (stream ingest throughput through the live code path).
void addBenchCommands(CLI::App& app, int& exitCode);

}  // namespace robocert::cli
