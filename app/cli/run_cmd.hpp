#pragma once

#include <CLI/CLI.hpp>
#include <filesystem>
#include <string>

#include "robocert/engine/engine.hpp"
#include "robocert/plan/station.hpp"

namespace robocert::cli {

// robocert run (and robocert demo, which runs plans the same way)
void addRunCommands(CLI::App& app, int& exitCode);

struct RunRequestOptions {
  std::filesystem::path database;
  plan::Station station;
  std::filesystem::path stationDir;  // files the station file names are relative to
  engine::RunRequest request;
  bool yes = false;             // confirm operator prompts without asking
  std::string format = "text";  // text or json (json: no progress on stdout)
};

struct RunReport {
  engine::RunOutcome outcome;
};

// Connects the station, runs the request with progress on stderr, and fills report. Returns
// kExitOk when the run ended (in any state: see report.outcome), else the exit code after
// saying why it could not start.
int executeRun(const RunRequestOptions& options, RunReport& report);

}  // namespace robocert::cli
