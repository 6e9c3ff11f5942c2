// A valid plan loads into the model the engine runs: typed arguments, roles from the procedure
// table, script locations, the source text and its SHA-256.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "plan_test_util.hpp"
#include "robocert/plan/procedures.hpp"

using namespace plan_test;

namespace {

p::Plan planOf(const std::string& yaml, const p::LoadOptions& options = {}) {
  auto r = p::parse(yaml, options);
  if (auto* problems = std::get_if<std::vector<p::Problem>>(&r)) {
    ADD_FAILURE() << describe(*problems);
    return {};
  }
  return std::get<p::Plan>(std::move(r));
}

}  // namespace

TEST(PlanLoad, ValidPlanHasEveryPart) {
  const p::Plan plan = planOf(kValidPlan);
  EXPECT_EQ(plan.id, "demo");
  EXPECT_EQ(plan.version, "1.0");
  EXPECT_EQ(plan.title.en, "Demo");
  EXPECT_EQ(plan.title.zh, "演示");
  EXPECT_EQ(plan.appliesTo, "industrial_robot");

  ASSERT_EQ(plan.equipment.size(), 2u);
  EXPECT_EQ(plan.equipment[1].role, "tracker");
  EXPECT_EQ(plan.equipment[1].capability, p::Capability::PoseSensor);
  EXPECT_EQ(plan.equipment[1].minimum.at("mpe_um"), 50.0);
  EXPECT_EQ(plan.equipment[1].at.line, 8);

  ASSERT_EQ(plan.parameters.size(), 4u);
  const p::Parameter* cycles = plan.parameter("cycles");
  ASSERT_NE(cycles, nullptr);
  EXPECT_EQ(cycles->type, p::ParamType::Integer);
  EXPECT_EQ(std::get<std::int64_t>(cycles->defaultValue), 30);
  EXPECT_EQ(cycles->min, 2.0);
  EXPECT_EQ(cycles->max, 1000.0);
  // A Number parameter written as 800 holds the double 800.
  EXPECT_EQ(std::get<double>(plan.parameter("side")->defaultValue), 800.0);
  EXPECT_EQ(plan.parameter("side")->unit, "mm");
  EXPECT_EQ(std::get<std::vector<double>>(plan.parameter("centre")->defaultValue),
            (std::vector<double>{1200, 0, 900}));
  EXPECT_EQ(plan.parameter("motion")->choices, (std::vector<std::string>{"linear", "joint"}));

  ASSERT_EQ(plan.criteria.size(), 1u);
  EXPECT_EQ(plan.criteria[0].characteristic, "RP_l");
  EXPECT_EQ(plan.criteria[0].limit, 0.05);
  EXPECT_EQ(plan.criteria[0].unit, "mm");
  EXPECT_EQ(plan.criteria[0].rule, p::DecisionRule::GuardBand);

  ASSERT_EQ(plan.steps.size(), 3u);
  const p::Step& cube = plan.steps[0];
  EXPECT_EQ(cube.procedure, "iso9283.test_cube");
  EXPECT_EQ(std::get<std::string>(cube.args.at("centre")), "$centre");
  EXPECT_TRUE(cube.roles.empty());
  EXPECT_EQ(cube.at.line, 17);
  EXPECT_EQ(cube.argAt.at("side_mm").line, 17);
  EXPECT_EQ(cube.argAt.at("side_mm").column, where(kValidPlan, "$side}").column);
  // Roles come from the procedure table.
  EXPECT_EQ(plan.steps[2].roles, (std::vector<std::string>{"robot", "tracker"}));
  EXPECT_EQ(plan.step("reg"), &plan.steps[1]);
  EXPECT_EQ(plan.step("nope"), nullptr);
  EXPECT_EQ(plan.sourceText, kValidPlan);
}

TEST(PlanLoad, LiteralArgumentsTakeTheArgumentsType) {
  // side_mm is a Number argument: 800 is stored as the double 800.0; points an Integer.
  const std::string yaml = R"(plan:
  id: t
  version: "1"
  title: T
  applies-to: industrial_robot
  equipment: [{role: robot, capability: manipulator}, {role: tracker, capability: pose_sensor}]
  steps:
    - {id: cube, procedure: iso9283.test_cube, with: {centre: [1, 2, 3], side_mm: 800}}
    - {id: reg, procedure: frame.registration, with: {points: 12, speed: 1}}
)";
  const p::Plan plan = planOf(yaml);
  ASSERT_EQ(plan.steps.size(), 2u);
  EXPECT_EQ(std::get<double>(plan.steps[0].args.at("side_mm")), 800.0);
  EXPECT_EQ(std::get<std::vector<double>>(plan.steps[0].args.at("centre")),
            (std::vector<double>{1, 2, 3}));
  EXPECT_EQ(std::get<std::int64_t>(plan.steps[1].args.at("points")), 12);
  EXPECT_EQ(std::get<double>(plan.steps[1].args.at("speed")), 1.0);
}

TEST(PlanLoad, ScriptStepKeepsItsSourceAndWhereItStarts) {
  const std::string yaml = R"(plan:
  id: s
  version: "1"
  title: S
  applies-to: industrial_robot
  equipment: [{role: robot, capability: manipulator}]
  steps:
    - id: check
      roles: [robot]
      script: |
        log("hello");
        record("x", 1, "mm");
)";
  int calls = 0;
  p::LoadOptions options;
  options.checkScript = [&](const std::string& source) -> std::optional<p::Problem> {
    ++calls;
    EXPECT_EQ(source, "log(\"hello\");\nrecord(\"x\", 1, \"mm\");\n");
    return std::nullopt;
  };
  const p::Plan plan = planOf(yaml, options);
  EXPECT_EQ(calls, 1);
  ASSERT_EQ(plan.steps.size(), 1u);
  EXPECT_TRUE(plan.steps[0].procedure.empty());
  EXPECT_EQ(plan.steps[0].roles, (std::vector<std::string>{"robot"}));
  // The source's first line is line 11 of the file, indented by 8: column 9.
  EXPECT_EQ(plan.steps[0].scriptAt.line, where(yaml, "log(").line);
  EXPECT_EQ(plan.steps[0].scriptAt.column, where(yaml, "log(").column);
}

TEST(PlanLoad, Sha256OfTheTextAsRead) {
  // sha256 of exactly these bytes, computed with Python's hashlib.
  const std::string yaml =
      "plan:\n  id: tiny\n  version: \"1\"\n  title: Tiny\n  applies-to: industrial_robot\n"
      "  steps:\n    - {id: hello, procedure: operator.prompt, with: {en: Hello}}\n";
  const p::Plan plan = planOf(yaml);
  EXPECT_EQ(plan.sha256Hex, "99065fc09dd09dc2fe8d565b82352bb30a4cf12d99595a866b7d9b23304dd03d");
  EXPECT_EQ(plan.title.en, "Tiny");  // plain text is English
  EXPECT_EQ(plan.title.zh, "");
}

TEST(PlanLoad, LoadReadsTheFileAndSaysWhenItCannot) {
  const auto dir = std::filesystem::temp_directory_path() / "robocert_plan_load_test";
  std::filesystem::create_directories(dir);
  const auto file = dir / "demo.yaml";
  std::ofstream(file, std::ios::binary) << kValidPlan;
  const auto ok = p::load(file);
  ASSERT_TRUE(std::holds_alternative<p::Plan>(ok));
  EXPECT_EQ(std::get<p::Plan>(ok).sourceText, kValidPlan);

  const auto missing = p::load(dir / "missing.yaml");
  ASSERT_TRUE(std::holds_alternative<std::vector<p::Problem>>(missing));
  const auto& problems = std::get<std::vector<p::Problem>>(missing);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(p::format(dir / "missing.yaml", problems[0]),
            (dir / "missing.yaml").string() + ": no such file");
  std::filesystem::remove_all(dir);
}

TEST(PlanLoad, FormatNamesFileLineAndColumn) {
  EXPECT_EQ(p::format("a/b.yaml", {{3, 7}, "bad"}), "a/b.yaml:3:7: bad");
  EXPECT_EQ(p::format("b.yaml", {{3, 0}, "bad"}), "b.yaml:3: bad");
  EXPECT_EQ(p::format("b.yaml", {{}, "bad"}), "b.yaml: bad");
}

TEST(PlanLoad, NamesAndValuesPrintAsThePlanFileWritesThem) {
  EXPECT_EQ(p::toString(p::ParamType::NumberList), "number-list");
  EXPECT_EQ(p::parseParamType("choice"), p::ParamType::Choice);
  EXPECT_EQ(p::toString(p::Capability::PoseSensor), "pose_sensor");
  EXPECT_EQ(p::parseCapability("actuator"), p::Capability::Actuator);
  EXPECT_EQ(p::toString(p::DecisionRule::NonBinary), "non-binary");
  EXPECT_EQ(p::parseDecisionRule("guard-band"), p::DecisionRule::GuardBand);
  EXPECT_FALSE(p::parseDecisionRule("guardband"));
  EXPECT_EQ(p::toString(p::Value{0.1}), "0.1");
  EXPECT_EQ(p::toString(p::Value{std::int64_t{30}}), "30");
  EXPECT_EQ(p::toString(p::Value{true}), "true");
  EXPECT_EQ(p::toString(p::Value{std::vector<double>{1, 0.5, 0.1}}), "[1, 0.5, 0.1]");
  const p::Text t{"Pose", "位姿"};
  EXPECT_EQ(p::localized(t, "zh-CN"), "位姿");
  EXPECT_EQ(p::localized(t, "en"), "Pose");
  EXPECT_EQ(p::localized({"Only English", ""}, "zh"), "Only English");
  EXPECT_EQ(p::localized({"", "只有中文"}, "en"), "只有中文");
}

TEST(Procedures, TableMatchesTheContract) {
  const p::ProcedureSpec* cube = p::findProcedure("iso9283.test_cube");
  ASSERT_NE(cube, nullptr);
  EXPECT_TRUE(cube->argument("centre")->required);
  EXPECT_EQ(cube->argument("centre")->length, 3u);
  EXPECT_EQ(cube->argument("side_mm")->min, 1.0);
  EXPECT_EQ(cube->argument("offset_fraction")->min, 0.08);
  EXPECT_EQ(cube->argument("offset_fraction")->max, 0.12);
  EXPECT_EQ(std::get<std::string>(*cube->argument("plane")->defaultValue), "C1-C2-C7-C8");
  const p::ProcedureSpec* poses = p::findProcedure("iso9283.pose_cycles");
  ASSERT_NE(poses, nullptr);
  EXPECT_EQ(std::get<std::int64_t>(*poses->argument("cycles")->defaultValue), 30);
  EXPECT_EQ(std::get<std::vector<double>>(*poses->argument("speeds")->defaultValue),
            (std::vector<double>{1.0, 0.5, 0.1}));
  ASSERT_EQ(poses->roles.size(), 2u);
  EXPECT_EQ(poses->roles[1].capability, p::Capability::PoseSensor);
  const p::ProcedureSpec* endurance = p::findProcedure("reliability.endurance");
  ASSERT_NE(endurance, nullptr);
  EXPECT_EQ(endurance->argument("cycles")->max, 10000000.0);
  EXPECT_EQ(std::get<double>(*endurance->argument("confidence")->defaultValue), 0.9);
  EXPECT_EQ(p::findProcedure("iso9283.nothing"), nullptr);
}

TEST(Procedures, EveryDefaultPassesValidationWhenWrittenOut) {
  // One step per procedure with every optional argument written as its default: the plan
  // loads, so no default breaks its own argument's type, bounds, choices or length.
  std::string steps;
  for (const auto& proc : p::procedures()) {
    std::string with;
    for (const auto& a : proc.arguments) {
      EXPECT_NE(a.required, a.defaultValue.has_value()) << proc.name << " " << a.name;
      std::string value;
      if (a.defaultValue) {
        value = p::toString(*a.defaultValue);
        if (value.empty()) value = "\"\"";
      } else if (a.name == "centre") {
        value = "[1200, 0, 900]";
      } else if (a.name == "side_mm") {
        value = "800";
      } else {
        value = "text";
      }
      with += (with.empty() ? "" : ", ") + a.name + ": " + value;
    }
    std::string id = proc.name;
    std::replace(id.begin(), id.end(), '.', '_');
    steps += "    - {id: " + id + ", procedure: " + proc.name + ", with: {" + with + "}}\n";
  }
  const std::string yaml =
      "plan:\n  id: all\n  version: \"1\"\n  title: All\n  applies-to: industrial_robot\n"
      "  equipment: [{role: robot, capability: manipulator}, "
      "{role: tracker, capability: pose_sensor}]\n  steps:\n" +
      steps;
  const auto problems = problemsOf(yaml);
  EXPECT_TRUE(problems.empty()) << describe(problems) << yaml;
}
