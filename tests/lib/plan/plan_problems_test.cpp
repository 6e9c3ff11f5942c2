// Every kind of mistake in a plan file is reported where it is, with a message that says what
// is wrong. Each test breaks the valid plan of plan_test_util.hpp in one place; the expected
// location is found in the broken text itself.
#include <gtest/gtest.h>

#include "plan_test_util.hpp"

using namespace plan_test;

TEST(PlanProblems, TheValidPlanHasNone) {
  const auto problems = problemsOf(kValidPlan);
  EXPECT_TRUE(problems.empty()) << describe(problems);
}

TEST(PlanProblems, YamlSyntaxError) {
  const std::string yaml = replaced(kValidPlan, "  criteria:\n", "  criteria: ]\n");
  expectOne(yaml, where(yaml, "]\n"), "YAML syntax error");
}

TEST(PlanProblems, NotAPlan) {
  expectOne("station:\n  name: x\n", {1, 1}, "not a test plan");
  expectOne("", {1, 1}, "not a test plan");
}

TEST(PlanProblems, MissingKeyIsLocatedAtItsMapping) {
  const std::string yaml = replaced(kValidPlan, "  version: \"1.0\"\n", "");
  expectOne(yaml, where(yaml, "id: demo"), "missing key \"version\"");
}

TEST(PlanProblems, MissingKeyInAFlowMapping) {
  const std::string yaml =
      replaced(kValidPlan, "{characteristic: RP_l, limit: 0.05,", "{characteristic: RP_l,");
  expectOne(yaml, where(yaml, "{characteristic"), "missing key \"limit\"");
}

TEST(PlanProblems, UnknownKeySuggestsTheClosest) {
  const std::string yaml = replaced(kValidPlan, "  parameters:", "  paramters:");
  const auto problems = problemsOf(yaml);
  // The misspelt key, and then the steps that use the parameters it hides.
  ASSERT_FALSE(problems.empty());
  EXPECT_EQ(problems[0].at.line, where(yaml, "paramters").line);
  EXPECT_EQ(problems[0].at.column, where(yaml, "paramters").column);
  EXPECT_EQ(problems[0].message, "plan: unknown key \"paramters\"; did you mean \"parameters\"?");
}

TEST(PlanProblems, UnknownKeyFarFromAnyListsTheKnownOnes) {
  const std::string yaml =
      replaced(kValidPlan, "{name: side, type: number,", "{name: side, type: number, colour: red,");
  expectOne(
      yaml, where(yaml, "colour"),
      "parameter \"side\": unknown key \"colour\" (known: name, type, title, unit, default, min, "
      "max, choices, length)");
}

TEST(PlanProblems, RepeatedKey) {
  const std::string yaml = replaced(kValidPlan, "  applies-to: industrial_robot\n",
                                    "  applies-to: industrial_robot\n  id: again\n");
  expectOne(yaml, where(yaml, "id: again"), "key \"id\" appears more than once");
}

TEST(PlanProblems, WrongTypeOfValue) {
  const std::string yaml = replaced(kValidPlan, "default: 30,", "default: thirty,");
  expectOne(yaml, where(yaml, "thirty"),
            "parameter \"cycles\", default: expected a whole number from 2 to 1000, not "
            "\"thirty\"");
}

TEST(PlanProblems, QuotedNumberIsText) {
  const std::string yaml = replaced(kValidPlan, "default: 30,", "default: \"30\",");
  expectOne(yaml, where(yaml, "\"30\""), "expected a whole number from 2 to 1000, not \"30\"");
}

TEST(PlanProblems, WrongTypeOfSection) {
  const std::string yaml = replaced(
      kValidPlan,
      "  criteria:\n    - {characteristic: RP_l, limit: 0.05, unit: mm, rule: guard-band}\n",
      "  criteria: none\n");
  expectOne(yaml, where(yaml, "none"), "criteria: expected a list, not \"none\"");
}

TEST(PlanProblems, DefaultOutsideTheBounds) {
  const std::string yaml = replaced(kValidPlan, "default: 30,", "default: 5000,");
  expectOne(yaml, where(yaml, "5000"),
            "parameter \"cycles\", default: 5000 is more than the maximum 1000");
}

TEST(PlanProblems, MinAboveMax) {
  const std::string yaml = replaced(kValidPlan, "min: 2, max: 1000", "min: 20, max: 10");
  const auto problems = problemsOf(yaml);
  ASSERT_FALSE(problems.empty());
  EXPECT_EQ(problems[0].at.line, where(yaml, "max: 10}").line);
  EXPECT_EQ(problems[0].at.column, where(yaml, "10}").column);
  EXPECT_EQ(problems[0].message, "parameter \"cycles\": max 10 is less than min 20");
}

TEST(PlanProblems, ListDefaultOfTheWrongLength) {
  const std::string yaml = replaced(kValidPlan, "default: [1200, 0, 900]", "default: [1200, 0]");
  expectOne(yaml, where(yaml, "[1200, 0]"),
            "parameter \"centre\", default: expected a list of 3 numbers, not of 2");
}

TEST(PlanProblems, ChoiceDefaultNotAChoice) {
  const std::string yaml = replaced(kValidPlan, "default: joint}", "default: circular}");
  expectOne(yaml, where(yaml, "circular"),
            "parameter \"motion\", default: \"circular\" is not one of: linear, joint");
}

TEST(PlanProblems, UnknownParameterType) {
  const std::string yaml = replaced(kValidPlan, "type: integer", "type: int");
  const auto problems = problemsOf(yaml);
  ASSERT_FALSE(problems.empty());
  EXPECT_EQ(problems[0].at.column, where(yaml, "int,").column);
  EXPECT_EQ(problems[0].message,
            "parameter \"cycles\": unknown type \"int\"; did you mean \"integer\"?");
}

TEST(PlanProblems, UnknownProcedure) {
  const std::string yaml =
      replaced(kValidPlan, "procedure: iso9283.pose_cycles", "procedure: iso9283.pose_cycle");
  expectOne(yaml, where(yaml, "iso9283.pose_cycle,"),
            "step \"poses\": unknown procedure \"iso9283.pose_cycle\"; did you mean "
            "\"iso9283.pose_cycles\"?");
}

TEST(PlanProblems, UnknownArgument) {
  const std::string yaml = replaced(kValidPlan, "{cycles: $cycles, motion: $motion}",
                                    "{cycle: $cycles, motion: $motion}");
  expectOne(yaml, where(yaml, "cycle:"),
            "step \"poses\": iso9283.pose_cycles has no argument \"cycle\"; did you mean "
            "\"cycles\"?");
}

TEST(PlanProblems, MissingArgument) {
  const std::string yaml =
      replaced(kValidPlan, "{centre: $centre, side_mm: $side}", "{centre: $centre}");
  expectOne(yaml, where(yaml, "{centre: $centre}"),
            "step \"cube\": procedure iso9283.test_cube needs the argument \"side_mm\"");
}

TEST(PlanProblems, LiteralArgumentOutOfItsBounds) {
  const std::string yaml = replaced(kValidPlan, "procedure: frame.registration}",
                                    "procedure: frame.registration, with: {points: 3}}");
  expectOne(yaml, where(yaml, "3}}"),
            "step \"reg\", argument \"points\": 3 is less than the minimum 4");
}

TEST(PlanProblems, ReferenceToAnUnknownParameter) {
  const std::string yaml = replaced(kValidPlan, "{cycles: $cycles,", "{cycles: $cycle,");
  expectOne(yaml, where(yaml, "$cycle,"),
            "step \"poses\", argument \"cycles\": unknown parameter \"cycle\"; did you mean "
            "\"cycles\"?");
}

TEST(PlanProblems, ReferenceOfTheWrongType) {
  const std::string yaml = replaced(kValidPlan, "{cycles: $cycles,", "{cycles: $side,");
  expectOne(yaml, where(yaml, "$side,"),
            "step \"poses\", argument \"cycles\": \"$side\" is of type number, but the "
            "argument is of type integer");
}

TEST(PlanProblems, ReferenceThatMayLeaveTheArgumentsBounds) {
  // cycles allows up to 5000, pose_cycles takes at most 1000: --set cycles=2000 would pass the
  // parameter's check and then fail the step, so the plan itself is refused.
  const std::string yaml = replaced(kValidPlan, "min: 2, max: 1000", "min: 2, max: 5000");
  expectOne(yaml, where(yaml, "$cycles,"),
            "step \"poses\", argument \"cycles\": the argument must be at most 1000, but "
            "\"$cycles\" allows more; declare it with \"max: 1000\" or less");
}

TEST(PlanProblems, ReferenceWithoutTheLowerBoundTheArgumentNeeds) {
  const std::string yaml = replaced(kValidPlan, "default: 800, min: 1}", "default: 800}");
  expectOne(yaml, where(yaml, "$side}"),
            "step \"cube\", argument \"side_mm\": the argument must be at least 1, but \"$side\" "
            "allows less; declare it with \"min: 1\" or more");
}

TEST(PlanProblems, ReferenceToAChoiceWithForeignChoices) {
  const std::string yaml =
      replaced(kValidPlan, "choices: [linear, joint]", "choices: [linear, joint, circular]");
  expectOne(yaml, where(yaml, "$motion}"),
            "step \"poses\", argument \"motion\": \"$motion\" allows \"circular\", which is not "
            "one of: linear, joint");
}

TEST(PlanProblems, ReferenceToAListOfAnotherLength) {
  const std::string yaml = replaced(kValidPlan, "length: 3, unit: mm, default: [1200, 0, 900]",
                                    "default: [1200, 0, 900]");
  expectOne(yaml, where(yaml, "$centre,"),
            "step \"cube\", argument \"centre\": the argument takes exactly 3 numbers; declare "
            "\"$centre\" with \"length: 3\"");
}

TEST(PlanProblems, UndeclaredRole) {
  const std::string yaml = replaced(
      kValidPlan, "    - {role: tracker, capability: pose_sensor, minimum: {mpe_um: 50}}\n", "");
  const auto problems = problemsOf(yaml);
  ASSERT_EQ(problems.size(), 2u) << describe(problems);
  EXPECT_EQ(problems[0].at.line, where(yaml, "{id: reg").line);
  EXPECT_EQ(problems[0].at.column, where(yaml, "{id: reg").column);
  EXPECT_EQ(problems[0].message,
            "step \"reg\": procedure frame.registration needs the role \"tracker\" "
            "(pose_sensor), which the plan's equipment does not declare");
  EXPECT_EQ(problems[1].at.line, where(yaml, "{id: poses").line);
}

TEST(PlanProblems, CapabilityMismatch) {
  const std::string yaml = replaced(kValidPlan, "{role: tracker, capability: pose_sensor",
                                    "{role: tracker, capability: scalar_sensor");
  const auto problems = problemsOf(yaml);
  ASSERT_EQ(problems.size(), 2u) << describe(problems);
  EXPECT_EQ(problems[0].at.line, where(yaml, "{id: reg").line);
  EXPECT_EQ(problems[0].message,
            "step \"reg\": procedure frame.registration needs \"tracker\" to be a pose_sensor, "
            "but the equipment declares it a scalar_sensor (line 8)");
}

TEST(PlanProblems, UnknownCapability) {
  const std::string yaml =
      replaced(kValidPlan, "capability: pose_sensor", "capability: pose-sensor");
  expectOne(yaml, where(yaml, "pose-sensor"),
            "role \"tracker\": unknown capability \"pose-sensor\"; did you mean \"pose_sensor\"?");
}

TEST(PlanProblems, DuplicateRole) {
  const std::string yaml = replaced(kValidPlan, "{role: tracker, capability: pose_sensor",
                                    "{role: robot, capability: pose_sensor");
  const auto problems = problemsOf(yaml);
  ASSERT_FALSE(problems.empty());
  EXPECT_EQ(problems[0].at.line, 8);
  EXPECT_EQ(problems[0].at.column, where(yaml, "robot, capability: pose").column);
  EXPECT_EQ(problems[0].message, "role \"robot\" is declared more than once");
}

TEST(PlanProblems, DuplicateStepId) {
  const std::string yaml = replaced(kValidPlan, "{id: poses,", "{id: reg,");
  expectOne(yaml, where(yaml, "reg,", 19), "step id \"reg\" is used twice (first at line 18)");
}

TEST(PlanProblems, StepNeedsAnEarlierStep) {
  const std::string yaml =
      replaced(kValidPlan, "    - {id: reg, procedure: frame.registration}\n", "");
  expectOne(
      yaml, where(yaml, "iso9283.pose_cycles"),
      "step \"poses\": procedure iso9283.pose_cycles needs an earlier frame.registration step");
}

TEST(PlanProblems, StepWithBothProcedureAndScript) {
  const std::string yaml = replaced(kValidPlan, "{id: reg, procedure: frame.registration}",
                                    "{id: reg, procedure: frame.registration, script: \"log(1)\"}");
  expectOne(yaml, where(yaml, "{id: reg"), "a step has either \"procedure:\"");
}

TEST(PlanProblems, UnknownCharacteristic) {
  const std::string yaml = replaced(kValidPlan, "characteristic: RP_l", "characteristic: RP_L");
  expectOne(yaml, where(yaml, "RP_L"),
            "criterion: unknown characteristic \"RP_L\"; did you mean \"RP_l\"?");
}

TEST(PlanProblems, UnitThatDoesNotFitTheCharacteristic) {
  const std::string yaml = replaced(kValidPlan, "limit: 0.05, unit: mm", "limit: 50, unit: um");
  expectOne(yaml, where(yaml, "um,"),
            "criterion \"RP_l\", unit: unit \"um\" does not fit RP_l, which is in mm");
}

TEST(PlanProblems, CriterionWithoutUnit) {
  const std::string yaml = replaced(kValidPlan, "limit: 0.05, unit: mm,", "limit: 0.05,");
  expectOne(yaml, where(yaml, "{characteristic"),
            "criterion \"RP_l\": missing key \"unit\" (RP_l is in mm)");
}

TEST(PlanProblems, UnknownDecisionRule) {
  const std::string yaml = replaced(kValidPlan, "rule: guard-band", "rule: guardband");
  expectOne(
      yaml, where(yaml, "guardband"),
      "criterion \"RP_l\": unknown decision rule \"guardband\"; did you mean \"guard-band\"?");
}

TEST(PlanProblems, NegativeLimit) {
  const std::string yaml = replaced(kValidPlan, "limit: 0.05", "limit: -0.05");
  expectOne(yaml, where(yaml, "-0.05"), "a limit cannot be negative");
}

namespace {

// A stand-in for the script host's syntax check: a script containing "@@" has a syntax error
// there, reported relative to the script's first line like robocert::script::checkSyntax.
std::optional<p::Problem> fakeCheck(const std::string& source) {
  const auto at = source.find("@@");
  if (at == std::string::npos) return std::nullopt;
  const p::Location l = where(source, "@@");
  return p::Problem{l, "SyntaxError: Unexpected token `@'"};
}

const std::string kScriptPlan = R"(plan:
  id: s
  version: "1"
  title: S
  applies-to: industrial_robot
  equipment: [{role: robot, capability: manipulator}]
  steps:
    - id: first
      roles: [robot]
      script: |
        log("fine");
    - id: check
      roles: [robot]
      script: |
        const p = station.robot.pose();

        log(p.x @@ 1);
)";

}  // namespace

TEST(PlanProblems, ScriptSyntaxErrorAtItsPlanLine) {
  p::LoadOptions options;
  options.checkScript = fakeCheck;
  // "@@" is on the script's line 3, column 9; the script starts at line 15, column 9 of the
  // plan, so the error is at plan line 15 + 3 - 1 = 17, column 9 + 9 - 1 = 17: exactly where
  // "@@" is in the file.
  const p::Location at = where(kScriptPlan, "@@");
  EXPECT_EQ(at.line, 17);
  EXPECT_EQ(at.column, 17);
  expectOne(kScriptPlan, at, "step \"check\", script: SyntaxError: Unexpected token `@'", options);
  // Without a checker the syntax is not looked at.
  EXPECT_TRUE(problemsOf(kScriptPlan).empty());
}

TEST(PlanProblems, ScriptSyntaxErrorInAQuotedScript) {
  p::LoadOptions options;
  options.checkScript = fakeCheck;
  const std::string yaml =
      replaced(kScriptPlan, "script: |\n        log(\"fine\");", "script: \"log(1 @@ 2)\"");
  const p::Location at = where(yaml, "@@");
  const auto problems = problemsOf(yaml, options);
  ASSERT_EQ(problems.size(), 2u) << describe(problems);
  EXPECT_EQ(problems[0].at.line, at.line);
  EXPECT_EQ(problems[0].at.column, at.column);
}

TEST(PlanProblems, ScriptRolesMustBeDeclared) {
  const std::string yaml = replaced(kScriptPlan, "roles: [robot]\n      script: |\n        const",
                                    "roles: [robt]\n      script: |\n        const");
  expectOne(yaml, where(yaml, "id: check"),
            "step \"check\": unknown role \"robt\"; did you mean \"robot\"?");
}

TEST(PlanProblems, SeveralProblemsAllReportedInFileOrder) {
  std::string yaml = replaced(kValidPlan, "  version: \"1.0\"\n", "");
  yaml = replaced(yaml, "default: 30,", "default: 0,");
  yaml = replaced(yaml, "rule: guard-band", "rule: strict");
  yaml = replaced(yaml, "{cycles: $cycles,", "{cycles: $nope,");
  yaml = replaced(yaml, "{id: reg,", "{id: cube,");
  const auto problems = problemsOf(yaml);
  ASSERT_EQ(problems.size(), 5u) << describe(problems);
  EXPECT_EQ(problems[0].at.line, 2);  // the plan mapping: missing version
  EXPECT_NE(problems[0].message.find("missing key \"version\""), std::string::npos);
  EXPECT_EQ(problems[1].at.line, where(yaml, "default: 0,").line);
  EXPECT_NE(problems[1].message.find("0 is less than the minimum 2"), std::string::npos);
  EXPECT_EQ(problems[2].at.line, where(yaml, "strict").line);
  EXPECT_EQ(problems[3].at.line, where(yaml, "{id: cube, procedure: frame").line);
  EXPECT_NE(problems[3].message.find("used twice"), std::string::npos);
  EXPECT_EQ(problems[4].at.line, where(yaml, "$nope").line);
  for (std::size_t i = 1; i < problems.size(); ++i) {
    EXPECT_LE(problems[i - 1].at.line, problems[i].at.line);
  }
}
