// The screenshots of docs/studio.md (docs/images/studio-{run,results,reports}.png): a simulated
// run through the pages, each page grabbed. Only when ROBOCERT_STUDIO_SCREENSHOTS names the
// folder to write to (skipped otherwise), on the offscreen platform (QWidget::grab), e.g.
//   ROBOCERT_STUDIO_SCREENSHOTS=docs/images build/tests/studio_run_test
//   --gtest_filter=StudioScreenshots.*
#include <gtest/gtest.h>

#include <QPixmap>

#include "audit_page.hpp"
#include "lab_page.hpp"
#include "main_window.hpp"
#include "parameter_form.hpp"
#include "plans_page.hpp"
#include "reports_page.hpp"
#include "results_page.hpp"
#include "robocert/store/store.hpp"
#include "run_page.hpp"
#include "station_page.hpp"
#include "studio_context.hpp"
#include "studio_test_util.hpp"

namespace robocert::studio {
namespace {

using namespace std::chrono_literals;

TEST(StudioScreenshots, RunResultsAndReportsPages) {
  const QString out = qEnvironmentVariable("ROBOCERT_STUDIO_SCREENSHOTS");
  if (out.isEmpty()) GTEST_SKIP() << "set ROBOCERT_STUDIO_SCREENSHOTS to a folder";
  TempLab lab;
  {
    store::Store s = store::Store::open(lab.db);
    s.addUser("li.wei", "Li Wei", store::Role::Approver, "approver-pass-1");
    s.setLabProfile({.name = "RoboCert Metrology Centre (demonstration)",
                     .address = "simulated station, no real address",
                     .location = "station simulator on this computer"});
  }
  StudioContext context(lab.db);
  context.setUser(store::Store::open(lab.db).findUser("li.wei"));
  const QSize size(1440, 900);

  RunPage run(context);
  run.resize(size);
  run.show();
  ASSERT_TRUE(run.selectPlan("iso9283-distance"));
  run.setItemSerial(QStringLiteral("SB6-2026-0417"));
  run.useSimulator(100.0);
  ASSERT_TRUE(run.parameters().setText("cycles", QStringLiteral("10")));
  ASSERT_TRUE(run.parameters().setText("speeds", QStringLiteral("1, 0.5")));
  answerPromptsWith(run, true, nullptr);
  bool finished = false;
  QObject::connect(&run, &RunPage::runFinished, [&](qint64, engine::RunState) { finished = true; });
  run.startRun();
  ASSERT_TRUE(waitFor([&] { return finished; }, 300s));
  // The stream after the run, for a few seconds, so the strip chart has something to show.
  run.setLiveStream(true);
  waitFor([] { return false; }, 3s);
  run.grab().save(out + QStringLiteral("/studio-run.png"));
  run.setLiveStream(false);

  ResultsPage results(context);
  results.resize(size);
  results.show();
  results.selectRun(run.runId());
  ASSERT_TRUE(waitFor([&] { return !results.plotsPending(); }, 60s));
  waitFor([] { return false; }, 300ms);
  results.grab().save(out + QStringLiteral("/studio-results.png"));

  ReportsPage reports(context);
  reports.resize(size);
  reports.show();
  ASSERT_TRUE(reports.selectRun(run.runId()));
  ASSERT_TRUE(reports.generateDraft());
  waitFor([] { return false; }, 300ms);
  reports.grab().save(out + QStringLiteral("/studio-reports.png"));
}

// The shell and the lab-side pages (docs/images/studio-{lab,station,plans,audit}.png), in the
// main window, after a completed run, with one instrument due soon and one expired.
TEST(StudioScreenshots, LabStationPlansAndAuditPages) {
  const QString out = qEnvironmentVariable("ROBOCERT_STUDIO_SCREENSHOTS");
  if (out.isEmpty()) GTEST_SKIP() << "set ROBOCERT_STUDIO_SCREENSHOTS to a folder";
  TempLab lab;
  {
    store::Store s = store::Store::open(lab.db);
    s.addUser("li.wei", "Li Wei", store::Role::Approver, "approver-pass-1");
    s.setLabProfile({.name = "RoboCert Metrology Centre (demonstration)",
                     .address = "simulated station, no real address",
                     .location = "station simulator on this computer"});
    s.addCustomer({.name = "Acme Robotics Co., Ltd.", .address = "88 Industrial Rd, Suzhou"});
    const auto torque = s.addInstrument(
        {.kind = "torque_sensor", .manufacturer = "HBM", .model = "T40B", .serial = "TQ-2231"});
    s.addCalibration(torque, {.certificateNo = "CAL-2025-0412",
                              .calibratedOn = "2025-01-10",
                              .dueOn = "2026-01-10",
                              .uncertainty = "0.05 % of reading (k = 2)",
                              .laboratory = "NIM"});
  }
  StudioContext context(lab.db);
  context.setUser(store::Store::open(lab.db).findUser("li.wei"));
  MainWindow window(context);
  window.resize(1440, 900);
  window.show();
  auto* station = qobject_cast<StationPage*>(window.page(MainWindow::Station));
  ASSERT_NE(station, nullptr);
  window.showPage(MainWindow::Station);
  ASSERT_TRUE(station->startSimulator());
  station->testConnection(1);
  waitFor([] { return false; }, 1500ms);
  window.grab().save(out + QStringLiteral("/studio-station.png"));

  window.showPage(MainWindow::Lab);
  if (auto* labPage = qobject_cast<LabPage*>(window.page(MainWindow::Lab))) labPage->refresh();
  waitFor([] { return false; }, 300ms);
  window.grab().save(out + QStringLiteral("/studio-lab.png"));

  window.showPage(MainWindow::Plans);
  if (auto* plans = qobject_cast<PlansPage*>(window.page(MainWindow::Plans)))
    plans->openFile(std::filesystem::path(ROBOCERT_SOURCE_DIR) /
                    "test-plans/iso9283/iso9283-pose-repeatability.yaml");
  waitFor([] { return false; }, 800ms);
  window.grab().save(out + QStringLiteral("/studio-plans.png"));

  window.showPage(MainWindow::Audit);
  if (auto* audit = qobject_cast<AuditPage*>(window.page(MainWindow::Audit))) {
    audit->showTrail();
    audit->verifyDatabase();
  }
  waitFor([] { return false; }, 1500ms);
  window.grab().save(out + QStringLiteral("/studio-audit.png"));

  // The same window in Chinese (Language → 中文 switches at once).
  ASSERT_TRUE(window.setLanguage(QStringLiteral("zh_CN")));
  window.showPage(MainWindow::Plans);
  waitFor([] { return false; }, 800ms);
  window.grab().save(out + QStringLiteral("/studio-plans-zh.png"));
  window.setLanguage(QStringLiteral("en"));
}

}  // namespace
}  // namespace robocert::studio
