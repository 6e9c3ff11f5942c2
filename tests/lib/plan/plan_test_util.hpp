#pragma once

// Helpers of the plan tests: loading plan text and finding where a piece of it is, so expected
// locations are worked out from the text itself, not from the parser.

#include <gtest/gtest.h>

#include <string>
#include <variant>
#include <vector>

#include "robocert/plan/plan.hpp"

namespace plan_test {

namespace p = robocert::plan;

// 1-based line and column of the first occurrence of `needle` in `text` (after `from` lines).
inline p::Location where(const std::string& text, const std::string& needle, int fromLine = 1) {
  int line = 1;
  std::size_t start = 0;
  while (line < fromLine) {
    start = text.find('\n', start) + 1;
    ++line;
  }
  const std::size_t at = text.find(needle, start);
  EXPECT_NE(at, std::string::npos) << "not in the plan text: " << needle;
  if (at == std::string::npos) return {};
  for (std::size_t i = start; i < at; ++i) {
    if (text[i] == '\n') {
      ++line;
      start = i + 1;
    }
  }
  return {line, static_cast<int>(at - start) + 1};
}

// `text` with the first occurrence of `from` replaced by `to` (which must be there).
inline std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << "not in the plan text: " << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

inline std::vector<p::Problem> problemsOf(const std::string& yaml,
                                          const p::LoadOptions& options = {}) {
  auto r = p::parse(yaml, options);
  if (std::holds_alternative<p::Plan>(r)) return {};
  return std::get<std::vector<p::Problem>>(r);
}

inline std::string describe(const std::vector<p::Problem>& problems) {
  std::string out;
  for (const auto& pr : problems) out += p::format("plan.yaml", pr) + "\n";
  return out;
}

// Exactly one problem, at `at`, whose message contains `text`.
inline void expectOne(const std::string& yaml, p::Location at, const std::string& text,
                      const p::LoadOptions& options = {}) {
  const auto problems = problemsOf(yaml, options);
  ASSERT_EQ(problems.size(), 1u) << describe(problems);
  EXPECT_EQ(problems[0].at.line, at.line) << describe(problems);
  EXPECT_EQ(problems[0].at.column, at.column) << describe(problems);
  EXPECT_NE(problems[0].message.find(text), std::string::npos)
      << "message: " << problems[0].message << "\nexpected to contain: " << text;
}

// A small valid plan the tests break in one place at a time.
inline const std::string kValidPlan = R"(plan:
  id: demo
  version: "1.0"
  title: {en: Demo, zh: 演示}
  applies-to: industrial_robot
  equipment:
    - {role: robot, capability: manipulator}
    - {role: tracker, capability: pose_sensor, minimum: {mpe_um: 50}}
  parameters:
    - {name: cycles, type: integer, default: 30, min: 2, max: 1000}
    - {name: side, type: number, unit: mm, default: 800, min: 1}
    - {name: centre, type: number-list, length: 3, unit: mm, default: [1200, 0, 900]}
    - {name: motion, type: choice, choices: [linear, joint], default: joint}
  criteria:
    - {characteristic: RP_l, limit: 0.05, unit: mm, rule: guard-band}
  steps:
    - {id: cube, procedure: iso9283.test_cube, with: {centre: $centre, side_mm: $side}}
    - {id: reg, procedure: frame.registration}
    - {id: poses, procedure: iso9283.pose_cycles, with: {cycles: $cycles, motion: $motion}}
)";

}  // namespace plan_test
