// Issue 11 item 6: a criterion judges the results of the built-in procedures unless the plan
// says explicitly (origin: script or any) that it applies to values script steps record.
#include <gtest/gtest.h>

#include "plan_test_util.hpp"

using namespace plan_test;

TEST(PlanCriterionOrigin, ByDefaultACriterionJudgesOnlyTheProceduresResults) {
  p::Plan plan;
  plan.criteria.push_back({.characteristic = "RP_l", .limit = 0.05});
  ASSERT_NE(plan.criterion("RP_l", "P1 v100"), nullptr);
  EXPECT_EQ(plan.criterion("RP_l", "spread", true), nullptr);  // recorded by script step spread
}

TEST(PlanCriterionOrigin, ScriptOrAnyJudgesScriptValues) {
  p::Plan plan;
  plan.criteria.push_back(
      {.characteristic = "RP_l", .limit = 0.02, .origin = p::ResultOrigin::Script});
  plan.criteria.push_back({.characteristic = "AP_P", .limit = 1.0, .origin = p::ResultOrigin::Any});
  EXPECT_EQ(plan.criterion("RP_l", "spread", true)->limit, 0.02);
  EXPECT_EQ(plan.criterion("RP_l", "P1 v100"), nullptr);  // script only
  EXPECT_NE(plan.criterion("AP_P", "spread", true), nullptr);
  EXPECT_NE(plan.criterion("AP_P", "P1 v100"), nullptr);
}

TEST(PlanCriterionOrigin, TheOriginIsRead) {
  const std::string yaml =
      replaced(kValidPlan, "rule: guard-band}", "rule: guard-band, origin: script}");
  const auto loaded = p::parse(yaml);
  ASSERT_TRUE(std::holds_alternative<p::Plan>(loaded)) << describe(problemsOf(yaml));
  EXPECT_EQ(std::get<p::Plan>(loaded).criteria.at(0).origin, p::ResultOrigin::Script);
  EXPECT_EQ(std::get<p::Plan>(p::parse(kValidPlan)).criteria.at(0).origin,
            p::ResultOrigin::Procedure);
}

TEST(PlanCriterionOrigin, AnUnknownOriginIsLocated) {
  const std::string yaml =
      replaced(kValidPlan, "rule: guard-band}", "rule: guard-band, origin: scripts}");
  expectOne(yaml, where(yaml, "scripts}"),
            "criterion \"RP_l\": unknown origin of the results judged \"scripts\"; did you mean "
            "\"script\"?");
}

TEST(PlanCriterionOrigin, OneCriterionPerCharacteristicSubjectAndOrigin) {
  // The same characteristic and subject for the procedures and for scripts: two criteria, fine;
  // a second one that also covers the procedures' results (any) is a duplicate.
  const std::string criterion = "    - {characteristic: RP_l, limit: 0.05, unit: mm, rule: simple";
  const std::string two =
      replaced(kValidPlan, "  criteria:\n", "  criteria:\n" + criterion + ", origin: script}\n");
  EXPECT_TRUE(std::holds_alternative<p::Plan>(p::parse(two))) << describe(problemsOf(two));
  const std::string duplicate =
      replaced(kValidPlan, "  criteria:\n", "  criteria:\n" + criterion + ", origin: any}\n");
  const auto problems = problemsOf(duplicate);
  ASSERT_EQ(problems.size(), 1u) << describe(problems);
  EXPECT_NE(problems[0].message.find("already has a criterion for RP_l"), std::string::npos);
}
