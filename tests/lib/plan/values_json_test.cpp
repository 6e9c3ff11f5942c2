// Parameter values stored with a run and read back, and which criterion covers a result.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>

#include "robocert/plan/plan.hpp"

namespace p = robocert::plan;

namespace {

p::Plan shippedPose() {
  auto r = p::load(std::string(ROBOCERT_SOURCE_DIR) +
                   "/test-plans/iso9283/iso9283-pose-repeatability.yaml");
  EXPECT_TRUE(std::holds_alternative<p::Plan>(r));
  return std::get<p::Plan>(r);
}

}  // namespace

TEST(ValuesJson, EveryTypeReadsBackBitForBit) {
  const p::Plan plan = shippedPose();
  // 0.1 + 0.2 is not 0.3: the stored text must carry every bit of the double.
  auto resolved = p::resolve(plan, {{"cycles", "7"},
                                    {"speeds", "1,0.5,0.1"},
                                    {"settle_s", "0.30000000000000004"},
                                    {"cube_plane", "C3-C4-C5-C6"}});
  ASSERT_TRUE(std::holds_alternative<p::Values>(resolved));
  const p::Values values = std::get<p::Values>(resolved);
  const std::string json = p::valuesToJson(values);
  const auto back = p::valuesFromJson(plan, json);
  ASSERT_TRUE(back.has_value()) << json;
  EXPECT_EQ(*back, values);
  EXPECT_EQ(std::get<double>(back->at("settle_s")), 0.1 + 0.2);
  EXPECT_EQ(std::get<std::int64_t>(back->at("cycles")), 7);
  EXPECT_EQ(std::get<std::string>(back->at("cube_plane")), "C3-C4-C5-C6");
}

TEST(ValuesJson, AnotherPlansValuesAreRefused) {
  const p::Plan plan = shippedPose();
  EXPECT_FALSE(p::valuesFromJson(plan, R"({"cycles":30})").has_value());
  EXPECT_FALSE(p::valuesFromJson(plan, "not json").has_value());
}

TEST(PlanCriterion, TheFirstCoveringCriterionInPlanOrder) {
  p::Plan plan;
  plan.criteria.push_back({.characteristic = "RP_l", .subject = "P1", .limit = 0.02});
  plan.criteria.push_back({.characteristic = "RP_l", .subject = "", .limit = 0.05});
  plan.criteria.push_back({.characteristic = "AP_P", .subject = "v100", .limit = 1.0});
  // "P1" is a leading word of "P1 v100 dir 2": the specific limit, listed first, applies.
  ASSERT_NE(plan.criterion("RP_l", "P1 v100 dir 2"), nullptr);
  EXPECT_EQ(plan.criterion("RP_l", "P1 v100 dir 2")->limit, 0.02);
  // "P1" is not a leading word of "P10 v100"; the general one applies.
  EXPECT_EQ(plan.criterion("RP_l", "P10 v100")->limit, 0.05);
  // "v100" is not a leading word of "P1 v100": nothing covers AP_P.
  EXPECT_EQ(plan.criterion("AP_P", "P1 v100"), nullptr);
  EXPECT_EQ(plan.criterion("AD_P", "P2-P4 v100"), nullptr);
}
