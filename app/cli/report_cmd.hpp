#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace robocert::store {
class Store;
}

namespace robocert::cli {

// robocert report RUN | report approve | report export | report amend | report verify
void addReportCommands(CLI::App& app, int& exitCode);

// Writes the run's draft report (creating the draft record when needed) to `out` in `format`
// (pdf, html, json) and `language` (en, zh, both) and records the file. Returns the report
// number, or nullopt after saying why not.
std::optional<std::string> writeDraftReport(store::Store& store, std::int64_t runId,
                                            const std::string& format, const std::string& language,
                                            const std::filesystem::path& out);

}  // namespace robocert::cli
