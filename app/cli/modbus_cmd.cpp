#include "modbus_cmd.hpp"

namespace robocert::cli {

void addModbusCommands(CLI::App& /*app*/, int& /*exitCode*/) {}

}  // namespace robocert::cli
