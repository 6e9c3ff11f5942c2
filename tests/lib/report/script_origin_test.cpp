// Issue 11 item 6: a value a script step computed is labelled as such on the certificate and in
// its content, and where the plan explicitly applies a criterion to such values, the report says
// so; a script step the sandbox stopped is a deviation.
#include <gtest/gtest.h>

#include "robocert/plan/plan.hpp"
#include "robocert/report/assemble.hpp"
#include "robocert/report/json.hpp"
#include "robocert/report/render.hpp"
#include "robocert/store/store.hpp"
#include "temp_dir.hpp"

using namespace robocert;

namespace {

constexpr char kPlan[] = R"(plan:
  id: scripted
  version: "1.0"
  title: {en: "Scripted"}
  applies-to: industrial_robot
  criteria:
    - {characteristic: RP_l, limit: 0.05, unit: mm, rule: simple, origin: script}
  steps:
    - id: spread
      script: |
        record('RP_l', 0.012, 'mm');
)";

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST(ReportScriptOrigin, ScriptValuesAreLabelledAndAnExplicitCriterionIsStated) {
  test_support::TempDir dir("robocert-script-origin");
  store::Store s = store::Store::open(dir / "lab.db");
  const store::Item item = s.findOrCreateItem({.serial = "SN-6"});
  const auto run = s.createRun(
      {.itemId = item.id, .planName = "scripted 1.0", .planText = kPlan, .parametersJson = "{}"});
  store::Result r{.characteristic = "RP_l", .subject = "spread", .value = 0.012, .unit = "mm"};
  r.limit = 0.05;
  r.verdict = "pass";
  r.origin = store::kScriptOrigin;
  s.addResults(run, std::vector<store::Result>{r});
  s.addRunEvent(run, {.kind = "script-stopped",
                      .step = "other",
                      .detail = "script step other was stopped: it used more than 1 GiB of "
                                "memory, the limit of a script step"});
  s.setRunStatus(run, store::RunStatus::Completed);
  ASSERT_EQ(s.results(run).at(0).origin, "script");

  const report::Document d = report::assemble(s, run, {.number = "RC-2026-000006"});
  ASSERT_EQ(d.results.size(), 1u);
  EXPECT_EQ(d.results[0].origin, "script");
  EXPECT_EQ(d.results[0].limitSense, "at most");  // the criterion applies: the plan says so
  ASSERT_EQ(d.decisionRules.size(), 1u);
  EXPECT_TRUE(has(d.decisionRules[0],
                  "as the plan states explicitly, to values computed by "
                  "script steps"))
      << d.decisionRules[0];
  ASSERT_EQ(d.deviations.size(), 1u);
  EXPECT_EQ(d.deviations[0].what,
            "script step other was stopped: it used more than 1 GiB of memory, the limit of a "
            "script step; the step's results are not reported");

  // The content carries the origin, and reads back.
  const std::string json = report::toJson(d);
  EXPECT_TRUE(has(json, "\"origin\":\"script\"")) << json.substr(0, 200);
  const auto back = report::fromJson(json);
  ASSERT_TRUE(std::holds_alternative<report::Document>(back));
  EXPECT_EQ(std::get<report::Document>(back).results.at(0).origin, "script");

  const std::string html = report::renderHtml(d, {report::Language::En, {}});
  EXPECT_TRUE(has(html, "script step spread *"));
  EXPECT_TRUE(has(html, "not by a built-in ISO 9283 procedure"));
  EXPECT_TRUE(has(html,
                  "The test plan explicitly applies its limits to some values computed by "
                  "script steps"));
}

TEST(ReportScriptOrigin, BuiltInResultsCarryNoOriginInTheContent) {
  // Reports approved before results had an origin must keep their content byte for byte.
  report::Document d;
  d.results.push_back(
      {.characteristic = "RP_l", .subject = "P1 v100", .value = 0.01, .unit = "mm"});
  EXPECT_FALSE(has(report::toJson(d), "origin"));
}
