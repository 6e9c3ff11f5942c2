// What a report says about a run is what the lab database holds: the deviations from the method
// (parameters off their defaults, an overridden calibration, pauses, interruptions).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "robocert/plan/plan.hpp"
#include "robocert/report/assemble.hpp"
#include "robocert/store/store.hpp"
#include "temp_dir.hpp"

using namespace robocert;

namespace {

bool contains(const std::vector<report::Deviation>& ds, const std::string& what) {
  for (const auto& d : ds)
    if (d.what == what) return true;
  return false;
}

}  // namespace

TEST(Assemble, DeviationsFromTheMethodComeFromTheRecord) {
  test_support::TempDir dir("robocert-assemble");
  const std::string file = plan::bundledLibraryDir() / "iso9283" / "iso9283-distance.yaml";
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  auto parsed = plan::parse(text.str());
  ASSERT_TRUE(std::holds_alternative<plan::Plan>(parsed));
  const plan::Plan p = std::get<plan::Plan>(parsed);
  auto values = plan::resolve(p, {{"cycles", "7"}});
  ASSERT_TRUE(std::holds_alternative<plan::Values>(values));

  store::Store s = store::Store::open(dir / "lab.db");
  const store::Item item = s.findOrCreateItem({.serial = "SN-7"});
  const auto run =
      s.createRun({.itemId = item.id,
                   .planName = "iso9283-distance 1.0",
                   .planText = text.str(),
                   .parametersJson = plan::valuesToJson(std::get<plan::Values>(values))});
  const auto tracker = s.addInstrument({.kind = "laser_tracker", .serial = "LT-9"});
  s.addCalibration(tracker,
                   {.certificateNo = "C-1", .calibratedOn = "2020-01-01", .dueOn = "2021-01-01"});
  s.attachInstrument(run, tracker, "tracker", true, "checked on a reference bar");
  s.addRunEvent(run, {.kind = "pause", .step = "distance", .detail = "tracker disconnected"});
  s.setRunStatus(run, store::RunStatus::Completed);

  const report::Document d = report::assemble(s, run, {.number = "RC-2026-000001"});
  EXPECT_TRUE(contains(d.deviations, "parameter cycles set to 7 (plan default 30)"));
  EXPECT_TRUE(contains(d.deviations,
                       "instrument LT-9 (tracker) used with an expired or missing calibration: "
                       "checked on a reference bar"));
  EXPECT_TRUE(contains(d.deviations, "pause in step distance: tracker disconnected"));
  // Parameters at their defaults are not deviations.
  for (const auto& dev : d.deviations) EXPECT_EQ(dev.what.find("speeds"), std::string::npos);
  EXPECT_EQ(d.deviations.size(), 3u);
}

// Issue 11, item 21: a test condition entered by hand where the station has its own sensor is
// a deviation that gives both values (the engine records the sensor's reading as a run event).
TEST(Assemble, AConditionEnteredOverTheStationsSensorIsADeviation) {
  test_support::TempDir dir("robocert-assemble");
  std::ifstream in(plan::bundledLibraryDir() / "iso9283" / "iso9283-distance.yaml");
  std::stringstream text;
  text << in.rdbuf();
  store::Store s = store::Store::open(dir / "lab.db");
  const store::Item item = s.findOrCreateItem({.serial = "SN-8"});
  const auto run = s.createRun({.itemId = item.id,
                                .planName = "iso9283-distance 1.0",
                                .planText = text.str(),
                                .temperatureC = 23.5});
  s.addRunEvent(run, {.kind = "environment-override",
                      .detail = R"({"quantity":"temperature","unit":"°C","entered":23.5,)"
                                R"("sensor":20.125})"});
  s.setRunStatus(run, store::RunStatus::Completed);
  const report::Document d = report::assemble(s, run, {.number = "RC-2026-000002"});
  EXPECT_TRUE(contains(d.deviations,
                       "temperature 23.5 °C entered by hand instead of the station's sensor "
                       "reading (20.125 °C)"))
      << (d.deviations.empty() ? "no deviation" : d.deviations.front().what);
}
