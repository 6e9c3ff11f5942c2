// Parameter values for a run: defaults, --set overrides parsed as the parameter's type and
// checked against its bounds, and the arguments they give each step.
#include <gtest/gtest.h>

#include "plan_test_util.hpp"

using namespace plan_test;

namespace {

p::Plan validPlan() { return std::get<p::Plan>(p::parse(kValidPlan)); }

p::Values resolved(const std::map<std::string, std::string>& overrides) {
  auto r = p::resolve(validPlan(), overrides);
  if (auto* problems = std::get_if<std::vector<p::Problem>>(&r)) {
    ADD_FAILURE() << describe(*problems);
    return {};
  }
  return std::get<p::Values>(r);
}

std::vector<p::Problem> refused(const std::map<std::string, std::string>& overrides) {
  auto r = p::resolve(validPlan(), overrides);
  EXPECT_TRUE(std::holds_alternative<std::vector<p::Problem>>(r));
  if (!std::holds_alternative<std::vector<p::Problem>>(r)) return {};
  return std::get<std::vector<p::Problem>>(r);
}

}  // namespace

TEST(Resolve, DefaultsWithoutOverrides) {
  const p::Values v = resolved({});
  ASSERT_EQ(v.size(), 4u);
  EXPECT_EQ(std::get<std::int64_t>(v.at("cycles")), 30);
  EXPECT_EQ(std::get<double>(v.at("side")), 800.0);
  EXPECT_EQ(std::get<std::vector<double>>(v.at("centre")), (std::vector<double>{1200, 0, 900}));
  EXPECT_EQ(std::get<std::string>(v.at("motion")), "joint");
}

TEST(Resolve, OverridesAreParsedAsTheParametersType) {
  const p::Values v = resolved(
      {{"cycles", "10"}, {"side", "500.5"}, {"centre", "900, -100,700"}, {"motion", "linear"}});
  EXPECT_EQ(std::get<std::int64_t>(v.at("cycles")), 10);
  EXPECT_EQ(std::get<double>(v.at("side")), 500.5);
  EXPECT_EQ(std::get<std::vector<double>>(v.at("centre")), (std::vector<double>{900, -100, 700}));
  EXPECT_EQ(std::get<std::string>(v.at("motion")), "linear");
  // A list may be written as toString() prints it.
  EXPECT_EQ(std::get<std::vector<double>>(resolved({{"centre", "[1, 2, 3]"}}).at("centre")),
            (std::vector<double>{1, 2, 3}));
  // Bounds are inclusive.
  EXPECT_EQ(std::get<std::int64_t>(resolved({{"cycles", "1000"}}).at("cycles")), 1000);
}

TEST(Resolve, BadOverridesAreLocatedAtTheParameter) {
  const auto problems = refused({{"cycles", "ten"},
                                 {"side", "0.5"},
                                 {"centre", "1,2"},
                                 {"motion", "circular"},
                                 {"colour", "red"}});
  ASSERT_EQ(problems.size(), 5u) << describe(problems);
  // Sorted by location: the unknown name has none, then the declarations in file order.
  EXPECT_EQ(problems[0].at.line, 0);
  EXPECT_EQ(problems[0].message,
            "--set colour=red: unknown parameter \"colour\" (known: cycles, side, centre, motion)");
  EXPECT_EQ(problems[1].at.line, where(kValidPlan, "{name: cycles").line);
  EXPECT_EQ(problems[1].at.column, where(kValidPlan, "{name: cycles").column);
  EXPECT_EQ(problems[1].message,
            "--set cycles=ten: parameter \"cycles\": expected a whole number from 2 to 1000, not "
            "\"ten\"");
  EXPECT_EQ(problems[2].message,
            "--set side=0.5: parameter \"side\": 0.5 is less than the minimum 1");
  EXPECT_EQ(problems[3].message,
            "--set centre=1,2: parameter \"centre\": expected a list of 3 numbers, not of 2");
  EXPECT_EQ(
      problems[4].message,
      "--set motion=circular: parameter \"motion\": \"circular\" is not one of: linear, joint");
}

TEST(Resolve, NumbersMustBeWholeAndFinite) {
  EXPECT_EQ(refused({{"cycles", "2.5"}}).size(), 1u);
  EXPECT_EQ(refused({{"side", "inf"}}).size(), 1u);
  EXPECT_EQ(refused({{"side", "nan"}}).size(), 1u);
  EXPECT_EQ(refused({{"side", ""}}).size(), 1u);
  EXPECT_EQ(refused({{"centre", "1,,3"}}).size(), 1u);
  EXPECT_EQ(refused({{"centre", "1,2,3,"}}).size(), 1u);
  EXPECT_EQ(std::get<double>(resolved({{"side", "+1e3"}}).at("side")), 1000.0);
}

TEST(StepArguments, ReferencesReplacedAndDefaultsFilledIn) {
  const p::Plan plan = validPlan();
  const p::Values values = resolved({{"cycles", "12"}, {"centre", "1,2,3"}});
  const auto cube = p::stepArguments(plan.steps[0], values);
  EXPECT_EQ(std::get<std::vector<double>>(cube.at("centre")), (std::vector<double>{1, 2, 3}));
  EXPECT_EQ(std::get<double>(cube.at("side_mm")), 800.0);
  EXPECT_EQ(std::get<std::string>(cube.at("plane")), "C1-C2-C7-C8");  // default
  EXPECT_EQ(std::get<double>(cube.at("offset_fraction")), 0.10);      // default
  EXPECT_EQ(cube.size(), 5u);

  const auto poses = p::stepArguments(plan.steps[2], values);
  EXPECT_EQ(std::get<std::int64_t>(poses.at("cycles")), 12);
  EXPECT_EQ(std::get<std::string>(poses.at("motion")), "joint");
  EXPECT_EQ(std::get<std::vector<double>>(poses.at("speeds")), (std::vector<double>{1, 0.5, 0.1}));
  EXPECT_EQ(std::get<std::string>(poses.at("directions")), "unidirectional");
}

TEST(StepArguments, IntegerParameterFeedingANumberArgumentBecomesADouble) {
  const std::string yaml =
      replaced(kValidPlan, "{name: side, type: number,", "{name: side, type: integer,");
  const p::Plan plan = std::get<p::Plan>(p::parse(yaml));
  const auto values = std::get<p::Values>(p::resolve(plan, {{"side", "600"}}));
  EXPECT_EQ(std::get<std::int64_t>(values.at("side")), 600);
  EXPECT_EQ(std::get<double>(p::stepArguments(plan.steps[0], values).at("side_mm")), 600.0);
}

TEST(StepArguments, ScriptStepsHaveNone) {
  p::Step script;
  script.script = "log(1)";
  EXPECT_TRUE(p::stepArguments(script, {}).empty());
}

TEST(StepArguments, MissingValueIsAnError) {
  const p::Plan plan = validPlan();
  EXPECT_THROW(p::stepArguments(plan.steps[0], {}), std::out_of_range);
}
