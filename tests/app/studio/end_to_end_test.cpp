// End to end through the Studio's pages: a simulated ISO 9283 distance run on the Run page, its
// results on the Results page, and its report drafted, refused to an operator and to a wrong
// password, approved by an approver, exported and verified on the Reports page; then the lab
// database is checked.
#include <gtest/gtest.h>

#include <QTableWidget>
#include <fstream>

#include "parameter_form.hpp"
#include "reports_page.hpp"
#include "results_page.hpp"
#include "robocert/store/store.hpp"
#include "run_page.hpp"
#include "studio_context.hpp"
#include "studio_test_util.hpp"

namespace robocert::studio {
namespace {

using namespace std::chrono_literals;

TEST(StudioEndToEnd, SimulatedDistanceRunToAnApprovedVerifiedReport) {
  TempLab lab;
  {
    store::Store s = store::Store::open(lab.db);
    s.addUser("otto", "Otto Operator", store::Role::Operator, "operator-pass-1");
    s.addUser("ada", "Ada Approver", store::Role::Approver, "approver-pass-1");
  }
  StudioContext context(lab.db);
  context.setUser(store::Store::open(lab.db).findUser("otto"));
  RunPage run(context);
  ResultsPage results(context);
  ReportsPage reports(context);

  // ---- Run: 2 cycles at 100 % on the simulator at 200x, the load prompt confirmed ----
  ASSERT_TRUE(run.selectPlan("iso9283-distance"));
  run.setItemSerial(QStringLiteral("SIMBOT-E2E"));
  run.useSimulator(200.0);
  ASSERT_TRUE(run.parameters().setText("cycles", QStringLiteral("2")));
  ASSERT_TRUE(run.parameters().setText("speeds", QStringLiteral("1")));
  ASSERT_TRUE(run.parameters().setText("settle_s", QStringLiteral("0.2")));
  answerPromptsWith(run, true, nullptr);
  bool finished = false;
  QObject::connect(&run, &RunPage::runFinished, [&](qint64, engine::RunState) { finished = true; });
  run.startRun();
  ASSERT_TRUE(waitFor([&] { return finished; }, 180s));
  const qint64 runId = run.runId();
  ASSERT_GT(runId, 0);

  // ---- Results: the run is listed (runEnded refreshed the page) with its results and plots ----
  const auto listed = results.listedRuns();
  ASSERT_NE(std::find(listed.begin(), listed.end(), runId), listed.end());
  EXPECT_EQ(results.selectedRun(), runId);
  QStringList characteristics;
  for (int row = 0; row < results.resultsTable().rowCount(); ++row)
    characteristics << results.resultsTable().item(row, 0)->text();
  EXPECT_TRUE(characteristics.contains(QStringLiteral("AD_P")));
  EXPECT_TRUE(characteristics.contains(QStringLiteral("RD_P")));
  // The item filter hides the run for another serial and shows it for its own.
  results.setItemFilter(QStringLiteral("NO-SUCH-ITEM"));
  EXPECT_TRUE(results.listedRuns().empty());
  results.setItemFilter(QStringLiteral("E2E"));
  EXPECT_EQ(results.listedRuns().size(), 1u);
  results.selectRun(runId);
  ASSERT_TRUE(waitFor([&] { return !results.plotsPending(); }, 60s));
  // The report's figures of a distance run: no pose clouds and no AP_P / RP_l bars, one
  // histogram per distance series; one speed, so one series: 1 plot.
  EXPECT_EQ(results.plotCount(), 1);

  // ---- Reports: draft, refused approvals, approval, export, verification ----
  ASSERT_TRUE(reports.selectRun(runId));
  const auto number = reports.generateDraft();
  ASSERT_TRUE(number.has_value()) << reports.message().toStdString();
  EXPECT_TRUE(reports.previewHtml().contains(QString::fromStdString(*number)));
  EXPECT_FALSE(reports.approve(QStringLiteral("operator-pass-1")));  // an operator may not
  context.setUser(store::Store::open(lab.db).findUser("ada"));
  EXPECT_FALSE(reports.approve(QStringLiteral("wrong-password")));
  ASSERT_TRUE(reports.approve(QStringLiteral("approver-pass-1")))
      << reports.message().toStdString();
  const auto pdf = lab.dir / "report.pdf";
  ASSERT_TRUE(reports.exportTo(pdf, QStringLiteral("pdf"), QStringLiteral("both")))
      << reports.message().toStdString();
  const ReportsPage::Verification genuine = reports.verify(pdf);
  EXPECT_TRUE(genuine.issued);
  EXPECT_TRUE(genuine.ok) << genuine.text.toStdString();
  // One byte appended: not a file this lab issued.
  const auto changed = lab.dir / "changed.pdf";
  std::filesystem::copy_file(pdf, changed);
  std::ofstream(changed, std::ios::app) << ' ';
  const ReportsPage::Verification forged = reports.verify(changed);
  EXPECT_FALSE(forged.issued);
  EXPECT_FALSE(forged.ok);

  // ---- The lab database at the end ----
  const store::Store s = store::Store::open(lab.db, store::Store::Mode::ReadOnly);
  const store::Run stored = s.run(runId);
  EXPECT_EQ(stored.status, store::RunStatus::Completed);
  EXPECT_EQ(stored.operatorName, "Otto Operator");
  EXPECT_EQ(s.item(stored.itemId).serial, "SIMBOT-E2E");
  EXPECT_EQ(s.poseMeasurements(runId).size(), 14u);  // 10 registration + 2 cycles x P2, P4
  const auto revisions = s.reports(runId);
  ASSERT_EQ(revisions.size(), 1u);
  EXPECT_EQ(revisions[0].number, *number);
  EXPECT_EQ(revisions[0].status, store::ReportStatus::Approved);
  EXPECT_EQ(revisions[0].approvedBy.value_or(""), "ada");
  const auto issued = s.issuedFiles(revisions[0].id);
  ASSERT_EQ(issued.size(), 1u);
  EXPECT_EQ(issued[0].format, "pdf");
  EXPECT_EQ(issued[0].language, "both");
  EXPECT_EQ(issued[0].fileName, "report.pdf");
  EXPECT_TRUE(s.verify().intact);
}

}  // namespace
}  // namespace robocert::studio
