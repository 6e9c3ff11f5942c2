#pragma once

#include <CLI/CLI.hpp>

namespace robocert::cli {

// robocert probe URL --driver rcp|tracker|scpi|modbus: connect, identify, take one reading,
// print it (text or one JSON object). Exit 0 when the device answered; 1 when it could not be
// reached or did not answer within --timeout-ms (one message naming the URL and what to check);
// 2 for unusable arguments.
void addProbeCommands(CLI::App& app, int& exitCode);

}  // namespace robocert::cli
