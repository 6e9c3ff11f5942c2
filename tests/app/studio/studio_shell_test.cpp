// The Studio's shell and lab-side pages, on the offscreen platform with real SQLite files:
// signing in, roles, the language switch, the parameter form, the plan editor's located
// problems, the lab page's calibration colours and the audit page's verification.

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTranslator>
#include <QTreeWidget>
#include <filesystem>
#include <functional>
#include <random>

#include "audit_page.hpp"
#include "damaged_file.hpp"
#include "lab_page.hpp"
#include "main_window.hpp"
#include "parameter_form.hpp"
#include "plans_page.hpp"
#include "robocert/station/simulated_station.hpp"
#include "robocert/store/store.hpp"
#include "shell_util.hpp"
#include "sign_in_dialog.hpp"
#include "station_page.hpp"
#include "studio_context.hpp"

namespace fs = std::filesystem;
namespace st = robocert::store;
using namespace robocert::studio;

namespace {

// A fresh database file per test, removed afterwards.
class TempDb {
 public:
  TempDb() {
    std::random_device rd;
    dir_ = fs::temp_directory_path() / ("studio_shell_" + std::to_string(rd()));
    fs::create_directories(dir_);
  }
  ~TempDb() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  fs::path path() const { return dir_ / "lab.db"; }

 private:
  fs::path dir_;
};

// Runs the event loop until pred holds (or 20 s pass, which fails the caller's check).
bool waitUntil(const std::function<bool()>& pred) {
  QDeadlineTimer deadline(20000);
  while (!pred() && !deadline.hasExpired()) {
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
  }
  return pred();
}

void addUsers(const fs::path& db) {
  auto store = st::Store::open(db);
  store.addUser("li.wei", "Li Wei", st::Role::Approver, "correct-horse");
  store.addUser("ops", "Zhang San", st::Role::Operator, "operator-pw1");
}

}  // namespace

TEST(SignIn, RightPasswordSignsInWrongOneDoesNot) {
  TempDb db;
  addUsers(db.path());
  StudioContext ctx(db.path());
  SignInDialog dialog(ctx);
  ASSERT_FALSE(dialog.isFirstStart());

  bool accepted = false;
  QObject::connect(&dialog, &QDialog::accepted, [&] { accepted = true; });
  int checks = 0;
  QObject::connect(&dialog, &SignInDialog::checked, [&] { ++checks; });

  dialog.signIn(QStringLiteral("li.wei"), QStringLiteral("Correct-horse"));  // case differs
  ASSERT_TRUE(waitUntil([&] { return checks == 1; }));
  EXPECT_FALSE(accepted);
  EXPECT_FALSE(ctx.user().has_value());
  EXPECT_TRUE(dialog.message().contains(QStringLiteral("Wrong login or password")))
      << dialog.message().toStdString();

  dialog.signIn(QStringLiteral("nobody"), QStringLiteral("correct-horse"));
  ASSERT_TRUE(waitUntil([&] { return checks == 2; }));
  EXPECT_FALSE(ctx.user().has_value());

  dialog.signIn(QStringLiteral("li.wei"), QStringLiteral("correct-horse"));
  ASSERT_TRUE(waitUntil([&] { return checks == 3; }));
  EXPECT_TRUE(accepted);
  ASSERT_TRUE(ctx.user().has_value());
  EXPECT_EQ(ctx.user()->login, "li.wei");
  EXPECT_EQ(ctx.user()->role, st::Role::Approver);

  // The next dialog offers the last login.
  SignInDialog again(ctx);
  EXPECT_EQ(again.findChild<QLineEdit*>(QStringLiteral("login"))->text(), QStringLiteral("li.wei"));
}

TEST(SignIn, FirstStartCreatesAnApprover) {
  TempDb db;
  StudioContext ctx(db.path());
  SignInDialog dialog(ctx);
  ASSERT_TRUE(dialog.isFirstStart());
  int checks = 0;
  QObject::connect(&dialog, &SignInDialog::checked, [&] { ++checks; });

  dialog.createFirstUser(QStringLiteral("chen"), QStringLiteral("Chen Jing"),
                         QStringLiteral("first-pass-1"), QStringLiteral("first-pass-2"));
  ASSERT_TRUE(waitUntil([&] { return checks == 1; }));
  EXPECT_TRUE(dialog.message().contains(QStringLiteral("differ")));
  EXPECT_TRUE(st::Store::open(db.path()).users().empty());

  dialog.createFirstUser(QStringLiteral("chen"), QStringLiteral("Chen Jing"),
                         QStringLiteral("first-pass-1"), QStringLiteral("first-pass-1"));
  ASSERT_TRUE(waitUntil([&] { return checks == 2; }));
  ASSERT_TRUE(ctx.user().has_value());
  EXPECT_EQ(ctx.user()->role, st::Role::Approver);
  const auto stored = st::Store::open(db.path()).authenticate("chen", "first-pass-1");
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(stored->name, "Chen Jing");
}

TEST(Roles, OperatorCannotReachApprovalOrLabRecordActions) {
  TempDb db;
  addUsers(db.path());
  StudioContext ctx(db.path());
  const auto store = st::Store::open(db.path());
  ctx.setUser(store.findUser("ops"));
  EXPECT_FALSE(mayApprove(ctx.user()));
  EXPECT_FALSE(mayEditLabRecords(ctx.user()));
  LabPage lab(ctx);
  EXPECT_FALSE(lab.addInstrumentButton()->isEnabled());
  EXPECT_TRUE(lab.addInstrumentButton()->toolTip().contains(QStringLiteral("operator")));

  ctx.setUser(store.findUser("li.wei"));
  EXPECT_TRUE(mayApprove(ctx.user()));
  EXPECT_TRUE(lab.addInstrumentButton()->isEnabled());
  ctx.setUser(std::nullopt);
  EXPECT_FALSE(mayApprove(ctx.user()));
}

// A translator for the test: gives every text of the main window and lab page a marked form,
// so the switch is seen whatever the state of the shipped translation files.
class MarkingTranslator : public QTranslator {
 public:
  QString translate(const char* context, const char* source, const char*, int) const override {
    const QByteArray c(context);
    if (c.endsWith("MainWindow") || c.endsWith("LabPage")) {
      return QStringLiteral("«") + QString::fromUtf8(source) + QStringLiteral("»");
    }
    return {};
  }
  bool isEmpty() const override { return false; }
};

TEST(Language, SwitchChangesVisibleTextsAtOnce) {
  TempDb db;
  StudioContext ctx(db.path());
  MainWindow window(ctx);
  window.show();
  auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigation"));
  ASSERT_NE(nav, nullptr);
  ASSERT_TRUE(window.setLanguage(QStringLiteral("en")));
  EXPECT_EQ(nav->item(MainWindow::Lab)->text(), QStringLiteral("Lab"));
  auto* labTabs = window.page(MainWindow::Lab)->findChild<QTabWidget*>();
  EXPECT_EQ(labTabs->tabText(0), QStringLiteral("Instruments"));

  // Retranslation on QEvent::LanguageChange: every page re-sets its texts.
  MarkingTranslator marks;
  QCoreApplication::installTranslator(&marks);
  QCoreApplication::processEvents();
  EXPECT_EQ(nav->item(MainWindow::Lab)->text(), QStringLiteral("«Lab»"));
  EXPECT_EQ(labTabs->tabText(0), QStringLiteral("«Instruments»"));
  QCoreApplication::removeTranslator(&marks);
  QCoreApplication::processEvents();
  EXPECT_EQ(nav->item(MainWindow::Lab)->text(), QStringLiteral("Lab"));

  // The real switch: the embedded Chinese translation loads, and texts in the data follow the
  // language at once (the bundled plans' titles are bilingual).
  auto* library = window.page(MainWindow::Plans)->findChild<QTreeWidget*>();
  ASSERT_NE(library, nullptr);
  ASSERT_GT(library->topLevelItemCount(), 0);
  QString englishTitles;
  for (int i = 0; i < library->topLevelItemCount(); ++i) {
    englishTitles += library->topLevelItem(i)->text(2);
  }
  ASSERT_TRUE(window.setLanguage(QStringLiteral("zh_CN")));
  QCoreApplication::processEvents();
  EXPECT_EQ(ctx.language(), QStringLiteral("zh_CN"));
  QString chineseTitles;
  for (int i = 0; i < library->topLevelItemCount(); ++i) {
    chineseTitles += library->topLevelItem(i)->text(2);
  }
  EXPECT_NE(chineseTitles, englishTitles);
  // 重复 (repeatability) is in the zh title of the bundled ISO 9283 pose plan.
  EXPECT_TRUE(chineseTitles.contains(QStringLiteral("重复"))) << chineseTitles.toStdString();
  ASSERT_TRUE(window.setLanguage(QStringLiteral("en")));
}

namespace {

const char* kFormPlan = R"(plan:
  id: form-demo
  version: "1.0"
  title: {en: Form demo, zh: 表单演示}
  applies-to: industrial_robot
  equipment:
    - {role: robot, capability: manipulator}
    - {role: tracker, capability: pose_sensor}
  parameters:
    - {name: cycles, type: integer, default: 30, min: 2, max: 1000}
    - {name: side, type: number, unit: mm, default: 800, min: 1, max: 2000}
    - {name: speeds, type: number-list, default: [1, 0.5], min: 0.01, max: 1}
    - {name: motion, type: choice, choices: [linear, joint], default: joint}
    - {name: warmup, type: boolean, default: false}
  steps:
    - {id: cube, procedure: iso9283.test_cube, with: {centre: [1200, 0, 900], side_mm: $side}}
    - {id: reg, procedure: frame.registration}
    - {id: poses, procedure: iso9283.pose_cycles, with: {cycles: $cycles, motion: $motion}}
)";

robocert::plan::Plan formPlan() {
  auto r = robocert::plan::parse(kFormPlan);
  if (auto* p = std::get_if<robocert::plan::Plan>(&r)) return *p;
  ADD_FAILURE() << robocert::plan::format("form.yaml",
                                          std::get<std::vector<robocert::plan::Problem>>(r)[0]);
  return {};
}

}  // namespace

TEST(ParameterForm, ProducesTheOverridesOfChangedFieldsOnly) {
  ParameterForm form;
  form.setPlan(formPlan(), QStringLiteral("en"));
  ASSERT_NE(form.editor("cycles"), nullptr);
  EXPECT_TRUE(form.overrides().empty());  // all at their defaults
  EXPECT_TRUE(form.acceptable());

  EXPECT_TRUE(form.setText("cycles", QStringLiteral("10")));
  EXPECT_TRUE(form.setText("side", QStringLiteral("500.5")));
  EXPECT_TRUE(form.setText("speeds", QStringLiteral("1, 0.5, 0.1")));
  EXPECT_TRUE(form.setText("motion", QStringLiteral("linear")));
  EXPECT_TRUE(form.setText("warmup", QStringLiteral("true")));
  const std::map<std::string, std::string> expected = {{"cycles", "10"},
                                                       {"motion", "linear"},
                                                       {"side", "500.5"},
                                                       {"speeds", "1, 0.5, 0.1"},
                                                       {"warmup", "true"}};
  EXPECT_EQ(form.overrides(), expected);
  // The same list written differently is still the default.
  EXPECT_TRUE(form.setText("speeds", QStringLiteral("1,0.5")));
  EXPECT_EQ(form.overrides().count("speeds"), 0u);
  // What the form gives, the plan accepts: cycles 10, side 500.5 mm.
  const auto values = robocert::plan::resolve(formPlan(), form.overrides());
  ASSERT_TRUE(std::holds_alternative<robocert::plan::Values>(values));
  EXPECT_EQ(std::get<std::int64_t>(std::get<robocert::plan::Values>(values).at("cycles")), 10);
  EXPECT_DOUBLE_EQ(std::get<double>(std::get<robocert::plan::Values>(values).at("side")), 500.5);
}

TEST(ParameterForm, RefusesValuesOutsideTheBounds) {
  ParameterForm form;
  form.setPlan(formPlan(), QStringLiteral("en"));
  auto* cycles = qobject_cast<QSpinBox*>(form.editor("cycles"));
  ASSERT_NE(cycles, nullptr);
  EXPECT_EQ(cycles->minimum(), 2);
  EXPECT_EQ(cycles->maximum(), 1000);
  EXPECT_FALSE(form.setText("cycles", QStringLiteral("1")));     // below min 2
  EXPECT_FALSE(form.setText("cycles", QStringLiteral("1001")));  // above max 1000
  EXPECT_FALSE(form.setText("side", QStringLiteral("2000.1")));
  EXPECT_FALSE(form.setText("motion", QStringLiteral("circular")));
  EXPECT_EQ(cycles->value(), 30);

  // A list element above max 1: shown as a problem, and no override is produced for it.
  EXPECT_TRUE(form.setText("speeds", QStringLiteral("1.5, 0.5")));
  EXPECT_FALSE(form.acceptable());
  ASSERT_EQ(form.problems().size(), 1);
  EXPECT_TRUE(form.problems().front().contains(QStringLiteral("speeds")))
      << form.problems().front().toStdString();
  EXPECT_EQ(form.overrides().count("speeds"), 0u);
  EXPECT_TRUE(form.setText("speeds", QStringLiteral("0.5, x")));
  EXPECT_FALSE(form.acceptable());
}

TEST(PlansPage, BrokenPlanShowsTheProblemAtItsLine) {
  TempDb db;
  StudioContext ctx(db.path());
  PlansPage page(ctx);
  std::string text = kFormPlan;
  // Line 10 (1-based) of the plan holds the cycles parameter; give it a default above its max.
  const std::string from = "default: 30, min: 2, max: 1000";
  text.replace(text.find(from), from.size(), "default: 5000, min: 2, max: 1000");
  page.openText(QString::fromStdString(text), "broken.yaml");
  EXPECT_FALSE(page.currentPlan().has_value());
  ASSERT_GE(page.problemList()->count(), 1);
  const auto* first = page.problemList()->item(0);
  EXPECT_EQ(first->data(Qt::UserRole).toInt(), 10) << first->text().toStdString();
  EXPECT_TRUE(first->text().startsWith(QStringLiteral("broken.yaml:10:")))
      << first->text().toStdString();
  // The line is underlined in the editor.
  const auto marks = page.editor()->extraSelections();
  ASSERT_EQ(marks.size(), page.problemList()->count());
  EXPECT_EQ(marks.front().cursor.blockNumber(), 9);  // 0-based block of line 10
  // Clicking the problem puts the cursor on that line.
  emit page.problemList()->itemClicked(page.problemList()->item(0));
  EXPECT_EQ(page.editor()->textCursor().blockNumber(), 9);

  // Fixing it in the editor validates after the typing pause; the form appears.
  page.editor()->setPlainText(QString::fromUtf8(kFormPlan));
  ASSERT_TRUE(waitUntil([&] { return page.currentPlan().has_value(); }));
  EXPECT_EQ(page.problemList()->count(), 0);
  EXPECT_NE(page.parameterForm()->editor("cycles"), nullptr);
}

TEST(LabPage, ExpiredInstrumentIsRedAndSaysSo) {
  TempDb db;
  addUsers(db.path());
  StudioContext ctx(db.path());
  ctx.setUser(st::Store::open(db.path()).findUser("li.wei"));
  LabPage page(ctx);
  page.setToday(QDate(2025, 6, 1));
  ASSERT_TRUE(page.addInstrument({"laser_tracker", "Leica", "AT960", "LT-OLD"}).isEmpty());
  ASSERT_TRUE(page.addInstrument({"laser_tracker", "Leica", "AT960", "LT-SOON"}).isEmpty());
  ASSERT_TRUE(page.addInstrument({"torque_sensor", "HBM", "T40B", "TQ-OK"}).isEmpty());
  st::Calibration old;
  old.certificateNo = "C-1";
  old.calibratedOn = "2024-05-01";
  old.dueOn = "2025-05-01";  // a month before "today"
  ASSERT_TRUE(page.addCalibration(QStringLiteral("LT-OLD"), old).isEmpty());
  st::Calibration soon = old;
  soon.certificateNo = "C-2";
  soon.dueOn = "2025-06-15";  // 14 days after 2025-06-01
  ASSERT_TRUE(page.addCalibration(QStringLiteral("LT-SOON"), soon).isEmpty());
  st::Calibration ok = old;
  ok.certificateNo = "C-3";
  ok.dueOn = "2026-05-01";
  ok.uConstUm = 15.0;
  ok.uPerMUm = 6.0;
  ok.uK = 2.0;
  ASSERT_TRUE(page.addCalibration(QStringLiteral("TQ-OK"), ok).isEmpty());

  auto* t = page.instrumentTable();
  ASSERT_EQ(t->rowCount(), 3);  // by serial: LT-OLD, LT-SOON, TQ-OK
  const int status = t->columnCount() - 1;
  EXPECT_EQ(t->item(0, 0)->text(), QStringLiteral("LT-OLD"));
  EXPECT_TRUE(t->item(0, status)->text().contains(QStringLiteral("Expired on 2025-05-01")));
  EXPECT_EQ(t->item(0, 0)->background().color(), QColor(0xfd, 0xe2, 0xe1));  // red
  EXPECT_TRUE(t->item(1, status)->text().contains(QStringLiteral("Due in 14 day")))
      << t->item(1, status)->text().toStdString();
  EXPECT_EQ(t->item(1, 0)->background().color(), QColor(0xff, 0xf0, 0xc2));  // amber
  EXPECT_TRUE(t->item(2, status)->text().contains(QStringLiteral("Valid until 2026-05-01")));
  EXPECT_EQ(t->item(2, 0)->background().color(), QColor(0xe3, 0xf4, 0xe4));  // green
  EXPECT_TRUE(t->item(2, 7)->text().contains(QStringLiteral("15")));

  // A calibration for an instrument that is not there: said in words.
  EXPECT_TRUE(page.addCalibration(QStringLiteral("NOPE"), ok).contains(QStringLiteral("NOPE")));
  // Customers are listed as added.
  ASSERT_TRUE(page.addCustomer({0, "Acme Robotics", "Shanghai", "Ms Wang"}).isEmpty());
  ASSERT_TRUE(page.addCustomer({0, "Beta Automation", "Suzhou", ""}).isEmpty());
  ASSERT_EQ(page.customerTable()->rowCount(), 2);
  EXPECT_EQ(page.customerTable()->item(1, 1)->text(), QStringLiteral("Beta Automation"));
}

TEST(AuditPage, VerifyFindsATamperedRow) {
  TempDb db;
  std::int64_t customerId = 0;
  {
    auto store = st::Store::open(db.path(), st::Store::Mode::ReadWrite, "li.wei");
    store.addCustomer({0, "Acme Robotics", "Shanghai", ""});
    customerId = store.addCustomer({0, "Beta Automation", "Suzhou", ""});
  }
  StudioContext ctx(db.path());
  AuditPage page(ctx);
  EXPECT_GE(page.table()->rowCount(), 2);

  bool done = false, intact = false;
  QObject::connect(&page, &AuditPage::verified, [&](bool i) {
    done = true;
    intact = i;
  });
  page.verifyDatabase();
  ASSERT_TRUE(waitUntil([&] { return done; }));
  EXPECT_TRUE(intact) << page.verdict().toStdString();
  EXPECT_TRUE(page.verdict().contains(QStringLiteral("intact")));

  // Someone edits the second customer's name with another program.
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(db.path().c_str(), &raw), SQLITE_OK);
  const std::string sql =
      "UPDATE customers SET name = 'Gamma' WHERE id = " + std::to_string(customerId);
  ASSERT_EQ(sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(raw);

  done = false;
  page.verifyDatabase();
  ASSERT_TRUE(waitUntil([&] { return done; }));
  EXPECT_FALSE(intact);
  const QString v = page.verdict();
  EXPECT_TRUE(v.contains(QStringLiteral("NOT INTACT"))) << v.toStdString();
  EXPECT_TRUE(v.contains(QStringLiteral("row %1 of table customers").arg(customerId)))
      << v.toStdString();
}

// A page of the file overwritten (a bad sector, a stray write): "Verify database" must not say
// intact, must name what is damaged and what to do, and never show a bare "std::exception".
TEST(AuditPage, VerifyNamesADamagedTableOrIndex) {
  for (const std::string object : {"results_by_run", "results"}) {
    TempDb db;
    {
      auto store = st::Store::open(db.path(), st::Store::Mode::ReadWrite, "li.wei");
      const auto item = store.findOrCreateItem({.kind = "industrial_robot", .serial = "SN-1"});
      st::RunInfo info;
      info.itemId = item.id;
      info.source = "test";
      info.planName = info.planText = "p";
      const auto run = store.createRun(info);
      std::vector<st::Result> results;
      for (int i = 0; i < 600; ++i)
        results.push_back({"AP_P", "P" + std::to_string(i), 0.001 * i, "mm", {}, {}, {}, ""});
      store.addResults(run, results);
    }
    ASSERT_EQ(robocert::test_support::damageRootPage(db.path(), object), "");

    StudioContext ctx(db.path());
    AuditPage page(ctx);
    bool done = false, intact = true;
    QObject::connect(&page, &AuditPage::verified, [&](bool i) {
      done = true;
      intact = i;
    });
    page.verifyDatabase();
    ASSERT_TRUE(waitUntil([&] { return done; }));
    const QString v = page.verdict();
    EXPECT_FALSE(intact) << v.toStdString();
    EXPECT_TRUE(v.contains(QStringLiteral("NOT INTACT"))) << v.toStdString();
    EXPECT_TRUE(v.contains(QString::fromStdString(object))) << v.toStdString();
    EXPECT_TRUE(v.contains(QStringLiteral("restore the last backup"))) << v.toStdString();
    EXPECT_FALSE(v.contains(QStringLiteral("std::exception"))) << v.toStdString();
  }
}

TEST(StationPage, SimulatorFillsTheStationAndTheTrackerAnswers) {
  TempDb db;
  StudioContext ctx(db.path());
  StationPage page(ctx);
  ASSERT_TRUE(page.startSimulator()) << page.message().toStdString();
  // The simulated tracker is registered in the lab database as an instrument.
  EXPECT_TRUE(st::Store::open(db.path()).findInstrument(robocert::station::kSimTrackerSerial));
  int tracker = -1;
  for (int r = 0; r < page.table()->rowCount(); ++r) {
    if (page.table()->item(r, 0)->text() == QStringLiteral("tracker")) tracker = r;
  }
  ASSERT_GE(tracker, 0);
  EXPECT_TRUE(
      page.table()->item(tracker, 2)->text().startsWith(QStringLiteral("tcp://127.0.0.1:")));
  const auto station = page.station();
  ASSERT_TRUE(station.has_value()) << page.message().toStdString();

  bool done = false, ok = false;
  QObject::connect(&page, &StationPage::tested, [&](int, bool o) {
    done = true;
    ok = o;
  });
  page.testConnection(tracker);
  ASSERT_TRUE(waitUntil([&] { return done; }));
  const QString shown = page.table()->item(tracker, 4)->text();
  EXPECT_TRUE(ok) << shown.toStdString();
  EXPECT_TRUE(shown.contains(QStringLiteral("SIM-LT-0001")) || shown.contains(QStringLiteral("mm")))
      << shown.toStdString();

  // Saved and loaded back, the station is the same file.
  const fs::path file = db.path().parent_path() / "station.yaml";
  ASSERT_TRUE(page.save(file)) << page.message().toStdString();
  page.stopSimulator();
  StationPage other(ctx);
  ASSERT_TRUE(other.load(file)) << other.message().toStdString();
  EXPECT_EQ(other.yaml(), page.yaml());
}
