// Input costs that were quadratic (issue 11, item 20): both must grow linearly (n log n).
//
//   BM_AnalyzePoses/<names>: analyzePoses on <names> pose names of 2 cycles each, all first
//     cycles before all second cycles (as an export sorted by cycle writes them).
//   BM_ParseRegisterMap/<quantities>: parseRegisterMap on a YAML register map of <quantities>
//     uint16 quantities with distinct names.
//
// Run: build/release/bin/robocert_bench_inputs  (release preset; figures in docs/performance.md)
#include <benchmark/benchmark.h>

#include <string>
#include <variant>
#include <vector>

#include "robocert/drivers/register_map.hpp"
#include "robocert/metrology/iso9283.hpp"

namespace {

namespace m = robocert::metrology;

std::vector<m::PoseRecord> poseTable(int names) {
  std::vector<m::PoseRecord> records;
  records.reserve(2 * static_cast<std::size_t>(names));
  for (int cycle = 1; cycle <= 2; ++cycle) {
    for (int k = 0; k < names; ++k) {
      m::PoseRecord r;
      r.pose = "P" + std::to_string(k);
      r.cycle = cycle;
      r.commanded.positionMm = {1000.0 + k, 0, 900};
      r.attained.positionMm = r.commanded.positionMm + Eigen::Vector3d(0.001 * cycle, 0, 0);
      records.push_back(std::move(r));
    }
  }
  return records;
}

void BM_AnalyzePoses(benchmark::State& state) {
  const auto records = poseTable(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    auto analysis = m::analyzePoses(records, std::nullopt);
    if (!std::holds_alternative<m::PoseAnalysis>(analysis)) state.SkipWithError("analysis failed");
    benchmark::DoNotOptimize(analysis);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_AnalyzePoses)->Arg(2000)->Arg(20000)->Arg(200000)->Unit(benchmark::kMillisecond);

std::string registerMap(int quantities) {
  std::string yaml = "name: bench\nquantities:\n";
  for (int k = 0; k < quantities; ++k) {
    yaml += "  - {name: q" + std::to_string(k) +
            ", table: holding, address: " + std::to_string(k % 65535) +
            ", type: uint16, unit: V}\n";
  }
  return yaml;
}

void BM_ParseRegisterMap(benchmark::State& state) {
  const std::string yaml = registerMap(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    auto map = robocert::drivers::parseRegisterMap(yaml, "bench.yaml");
    if (!std::holds_alternative<robocert::drivers::RegisterMap>(map)) {
      state.SkipWithError("register map refused");
    }
    benchmark::DoNotOptimize(map);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ParseRegisterMap)->Arg(4000)->Arg(40000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
