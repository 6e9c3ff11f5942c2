#pragma once

// test-plans/benches/reducer-bench.yaml as it was when the station was built (embedded by CMake,
// so the register map has one source: that file).

#include <string_view>

namespace robocert::sim_server {

std::string_view benchMapYaml();

}  // namespace robocert::sim_server
