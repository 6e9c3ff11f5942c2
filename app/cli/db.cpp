#include "db.hpp"

namespace robocert::cli {

void addDbCommands(CLI::App& /*app*/, int& /*exitCode*/) {}

}  // namespace robocert::cli
