#include "run_page.hpp"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>
#include <cmath>
#include <cstdlib>
#include <filesystem>

#include "parameter_form.hpp"
#include "robocert/script/script_host.hpp"
#include "robocert/sim_server/station.hpp"
#include "robocert/store/store.hpp"
#include "shell_util.hpp"

namespace robocert::studio {
namespace {

plan::LoadOptions loadOptions() {
  plan::LoadOptions o;
  o.checkScript = script::checkSyntax;
  return o;
}

QString duration(double seconds) {
  const auto total = static_cast<long long>(std::llround(seconds));
  if (total >= 3600)
    return RunPage::tr("%1 h %2 min").arg(total / 3600).arg((total % 3600) / 60, 2, 10, QChar('0'));
  if (total >= 60) return RunPage::tr("%1 min %2 s").arg(total / 60).arg(total % 60);
  return RunPage::tr("%1 s").arg(total);
}

}  // namespace

QString runStateText(engine::RunState state) {
  switch (state) {
    case engine::RunState::Idle:
      return RunPage::tr("Idle");
    case engine::RunState::Running:
      return RunPage::tr("Running");
    case engine::RunState::Paused:
      return RunPage::tr("Paused");
    case engine::RunState::Completed:
      return RunPage::tr("Completed");
    case engine::RunState::Aborted:
      return RunPage::tr("Aborted");
    case engine::RunState::Interrupted:
      return RunPage::tr("Interrupted");
  }
  return {};
}

RunPage::RunPage(StudioContext& context, QWidget* parent)
    : QWidget(parent), context_(context), ring_(std::make_shared<SampleRing>(20000)) {
  // ---- the set-up column ----
  testBox_ = new QGroupBox;
  planLabel_ = new QLabel;
  plan_ = new QComboBox;
  plan_->setObjectName(QStringLiteral("plan"));
  planNote_ = new QLabel;
  planNote_->setWordWrap(true);
  itemLabel_ = new QLabel;
  item_ = new QLineEdit;
  item_->setObjectName(QStringLiteral("item"));
  auto* testForm = new QFormLayout(testBox_);
  testForm->addRow(planLabel_, plan_);
  testForm->addRow(QString(), planNote_);
  testForm->addRow(itemLabel_, item_);
  overrideLabel_ = new QLabel;
  overrideReason_ = new QLineEdit;
  overrideReason_->setObjectName(QStringLiteral("overrideReason"));
  testForm->addRow(overrideLabel_, overrideReason_);

  stationBox_ = new QGroupBox;
  station_ = new QComboBox;
  station_->setObjectName(QStringLiteral("station"));
  station_->addItems({QString(), QString()});
  stationFile_ = new QLineEdit;
  browse_ = new QPushButton;
  timeScaleLabel_ = new QLabel;
  timeScale_ = new QDoubleSpinBox;
  timeScale_->setObjectName(QStringLiteral("timeScale"));
  timeScale_->setRange(0.1, sim_server::kMaxTimeScale);
  timeScale_->setDecimals(1);
  timeScale_->setValue(50.0);
  timeScale_->setSuffix(QStringLiteral(" ×"));
  auto* fileRow = new QHBoxLayout;
  fileRow->addWidget(stationFile_, 1);
  fileRow->addWidget(browse_);
  auto* stationForm = new QFormLayout(stationBox_);
  stationForm->addRow(station_);
  stationForm->addRow(fileRow);
  stationForm->addRow(timeScaleLabel_, timeScale_);

  paramsBox_ = new QGroupBox;
  params_ = new ParameterForm;
  (new QVBoxLayout(paramsBox_))->addWidget(params_);

  checksBox_ = new QGroupBox;
  checklist_ = new QListWidget;
  checklist_->setObjectName(QStringLiteral("checklist"));
  checklist_->setWordWrap(true);
  checklist_->setMinimumHeight(140);
  check_ = new QPushButton;
  (new QVBoxLayout(checksBox_))->addWidget(checklist_);
  checksBox_->layout()->addWidget(check_);

  auto* setup = new QWidget;
  auto* setupLayout = new QVBoxLayout(setup);
  setupLayout->addWidget(testBox_);
  setupLayout->addWidget(stationBox_);
  setupLayout->addWidget(paramsBox_);
  setupLayout->addWidget(checksBox_, 1);
  auto* scroll = new QScrollArea;
  scroll->setWidget(setup);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);

  // ---- run control and status ----
  start_ = new QPushButton;
  start_->setObjectName(QStringLiteral("start"));
  pause_ = new QPushButton;
  abort_ = new QPushButton;
  resumeButton_ = new QPushButton;
  start_->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
  pause_->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
  abort_->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
  auto* controls = new QHBoxLayout;
  controls->addWidget(start_);
  controls->addWidget(pause_);
  controls->addWidget(abort_);
  controls->addStretch(1);
  controls->addWidget(resumeButton_);

  statusBox_ = new QGroupBox;
  state_ = new QLabel;
  state_->setObjectName(QStringLiteral("state"));
  QFont big = state_->font();
  big.setPointSizeF(big.pointSizeF() * 1.3);
  big.setBold(true);
  state_->setFont(big);
  step_ = new QLabel;
  step_->setWordWrap(true);
  detail_ = new QLabel;
  eta_ = new QLabel;
  progress_ = new QProgressBar;
  progress_->setRange(0, 1000);
  progress_->setValue(0);
  progress_->setTextVisible(true);
  showResults_ = new QPushButton;
  showResults_->setEnabled(false);
  auto* statusLayout = new QGridLayout(statusBox_);
  statusLayout->addWidget(state_, 0, 0);
  statusLayout->addWidget(eta_, 0, 1, Qt::AlignRight);
  statusLayout->addWidget(step_, 1, 0, 1, 2);
  statusLayout->addWidget(progress_, 2, 0, 1, 2);
  statusLayout->addWidget(detail_, 3, 0);
  statusLayout->addWidget(showResults_, 3, 1, Qt::AlignRight);

  cloudBox_ = new QGroupBox;
  subject_ = new QComboBox;
  cloud_ = new LivePoseCloud(bridge_.measurements());
  auto* cloudLayout = new QVBoxLayout(cloudBox_);
  cloudLayout->addWidget(subject_);
  cloudLayout->addWidget(cloud_, 1);

  streamBox_ = new QGroupBox;
  live_ = new QPushButton;
  live_->setCheckable(true);
  live_->setObjectName(QStringLiteral("liveStream"));
  chart_ = new StreamChart(ring_);
  auto* streamLayout = new QVBoxLayout(streamBox_);
  streamLayout->addWidget(live_, 0, Qt::AlignLeft);
  streamLayout->addWidget(chart_, 1);

  auto* plots = new QSplitter(Qt::Horizontal);
  plots->addWidget(cloudBox_);
  plots->addWidget(streamBox_);
  plots->setStretchFactor(0, 1);
  plots->setStretchFactor(1, 2);

  logBox_ = new QGroupBox;
  log_ = new QPlainTextEdit;
  log_->setReadOnly(true);
  log_->setMaximumBlockCount(5000);
  log_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  (new QVBoxLayout(logBox_))->addWidget(log_);

  rightSplit_ = new QSplitter(Qt::Vertical);
  rightSplit_->addWidget(plots);
  rightSplit_->addWidget(logBox_);
  rightSplit_->setStretchFactor(0, 3);
  rightSplit_->setStretchFactor(1, 1);
  auto* right = new QWidget;
  auto* rightLayout = new QVBoxLayout(right);
  rightLayout->setContentsMargins(0, 0, 0, 0);
  rightLayout->addLayout(controls);
  rightLayout->addWidget(statusBox_);
  rightLayout->addWidget(rightSplit_, 1);

  split_ = new QSplitter(Qt::Horizontal);
  split_->addWidget(scroll);
  split_->addWidget(right);
  split_->setStretchFactor(0, 0);
  split_->setStretchFactor(1, 1);
  split_->setSizes({420, 900});
  (new QVBoxLayout(this))->addWidget(split_);

  // ---- shortcuts (active while the page is shown) ----
  startAction_ = new QAction(this);
  startAction_->setShortcut(QKeySequence(Qt::Key_F5));
  pauseAction_ = new QAction(this);
  pauseAction_->setShortcut(QKeySequence(Qt::Key_F6));
  abortAction_ = new QAction(this);
  abortAction_->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
  liveAction_ = new QAction(this);
  liveAction_->setShortcut(QKeySequence(Qt::Key_F7));
  addActions({startAction_, pauseAction_, abortAction_, liveAction_});
  connect(startAction_, &QAction::triggered, this, &RunPage::startRun);
  connect(pauseAction_, &QAction::triggered, this, &RunPage::togglePause);
  connect(abortAction_, &QAction::triggered, this, &RunPage::abortRun);
  connect(liveAction_, &QAction::triggered, this, [this] { live_->click(); });

  connect(start_, &QPushButton::clicked, this, &RunPage::startRun);
  connect(pause_, &QPushButton::clicked, this, &RunPage::togglePause);
  connect(abort_, &QPushButton::clicked, this, &RunPage::abortRun);
  connect(check_, &QPushButton::clicked, this, &RunPage::runChecks);
  connect(resumeButton_, &QPushButton::clicked, this, &RunPage::chooseInterruptedRun);
  connect(live_, &QPushButton::toggled, this, &RunPage::setLiveStream);
  connect(showResults_, &QPushButton::clicked, this, [this] { emit context_.showRun(runId_); });
  connect(browse_, &QPushButton::clicked, this, [this] {
    const QString f = QFileDialog::getOpenFileName(this, tr("Station file"), stationFile_->text(),
                                                   tr("Station files (*.yaml *.yml)"));
    if (!f.isEmpty()) useStationFile(f);
  });
  connect(plan_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
    resumePlan_.reset();
    resumeRunId_.reset();
    params_->setPlan(currentPlan(), context_.language());
    choicesChanged();
  });
  connect(station_, qOverload<int>(&QComboBox::currentIndexChanged), this,
          &RunPage::choicesChanged);
  connect(stationFile_, &QLineEdit::textChanged, this, &RunPage::choicesChanged);
  connect(timeScale_, qOverload<double>(&QDoubleSpinBox::valueChanged), this,
          &RunPage::choicesChanged);
  connect(item_, &QLineEdit::textChanged, this, &RunPage::updateControls);
  connect(overrideReason_, &QLineEdit::textChanged, this, &RunPage::updateControls);
  connect(params_, &ParameterForm::changed, this, &RunPage::updateControls);
  connect(subject_, qOverload<int>(&QComboBox::currentIndexChanged), this,
          [this](int i) { cloud_->setSubject(i <= 0 ? std::string{} : s(subject_->itemText(i))); });
  connect(cloud_, &LivePoseCloud::subjectsChanged, this, [this] {
    const QString current = subject_->currentText();
    QSignalBlocker block(subject_);
    while (subject_->count() > 1) subject_->removeItem(1);
    for (const std::string& sub : cloud_->subjects()) subject_->addItem(q(sub));
    subject_->setCurrentIndex(std::max(0, subject_->findText(current)));
  });

  connect(&bridge_, &EngineBridge::preflightDone, this, &RunPage::onPreflight);
  connect(&bridge_, &EngineBridge::stateChanged, this, &RunPage::onState);
  connect(&bridge_, &EngineBridge::progressChanged, this, &RunPage::onProgress);
  connect(&bridge_, &EngineBridge::logLines, this, &RunPage::appendLog);
  connect(&bridge_, &EngineBridge::promptRequested, this, &RunPage::onPrompt);
  connect(&bridge_, &EngineBridge::finished, this, &RunPage::onFinished);
  connect(&bridge_, &EngineBridge::streamError, this, [this](const QString& m) {
    appendLog({m});
    QSignalBlocker block(live_);
    live_->setChecked(false);
    chart_->setRunning(false);
    updateControls();
  });

  loadLibrary();
  retranslate();
  restoreSettings();
  updateControls();
}

RunPage::~RunPage() { saveSettings(); }

void RunPage::loadLibrary() {
  library_ = plan::library(plan::defaultLibraryDir(), loadOptions());
  QSignalBlocker block(plan_);
  plan_->clear();
  for (const plan::LibraryEntry& e : library_) {
    if (e.plan)
      plan_->addItem(q(plan::localized(e.plan->title, s(context_.language()))), q(e.plan->id));
    else
      plan_->addItem(tr("%1 (does not load)").arg(q(e.file.filename().string())), QString());
  }
  params_->setPlan(currentPlan(), context_.language());
}

std::optional<plan::Plan> RunPage::currentPlan() const {
  if (resumePlan_) return resumePlan_;
  const int i = plan_->currentIndex();
  if (i < 0 || i >= static_cast<int>(library_.size())) return std::nullopt;
  return library_[static_cast<std::size_t>(i)].plan;
}

bool RunPage::selectPlan(const std::string& planId) {
  const int i = plan_->findData(q(planId));
  if (i < 0) return false;
  plan_->setCurrentIndex(i);
  return true;
}

void RunPage::setItemSerial(const QString& serial) { item_->setText(serial); }

void RunPage::useSimulator(double timeScale) {
  station_->setCurrentIndex(0);
  timeScale_->setValue(timeScale);
}

void RunPage::useStationFile(const QString& path) {
  station_->setCurrentIndex(1);
  stationFile_->setText(path);
}

StationChoice RunPage::stationChoice() const {
  StationChoice c;
  c.simulator = station_->currentIndex() == 0;
  c.timeScale = timeScale_->value();
  c.stationFile = s(stationFile_->text());
  c.calibrationOverrideReason = s(overrideReason_->text().trimmed());
  return c;
}

QString RunPage::choiceKey() const {
  const auto p = currentPlan();
  return (p ? q(p->id + "@" + p->sha256Hex) : QString()) + QLatin1Char('|') +
         QString::number(station_->currentIndex()) + QLatin1Char('|') +
         QString::number(timeScale_->value()) + QLatin1Char('|') + stationFile_->text() +
         QLatin1Char('|') + overrideReason_->text().trimmed();
}

void RunPage::choicesChanged() {
  if (bridge_.streaming()) live_->setChecked(false);
  const int i = plan_->currentIndex();
  if (resumePlan_)
    planNote_->setText(
        tr("Resuming run %1 with the plan and values it was started with.").arg(*resumeRunId_));
  else if (i >= 0 && i < static_cast<int>(library_.size()) &&
           !library_[static_cast<std::size_t>(i)].plan) {
    const auto& e = library_[static_cast<std::size_t>(i)];
    planNote_->setText(
        tr("This plan does not load: %1")
            .arg(q(e.problems.empty() ? std::string() : plan::format(e.file, e.problems.front()))));
  } else {
    planNote_->clear();
  }
  updateControls();
}

void RunPage::updateControls() {
  const bool running = bridge_.running();
  const bool checking = bridge_.checking();
  const bool sim = station_->currentIndex() == 0;
  stationFile_->setVisible(!sim);
  browse_->setVisible(!sim);
  timeScale_->setVisible(sim);
  timeScaleLabel_->setVisible(sim);
  const bool idle = !running && !checking;
  for (QWidget* w : std::initializer_list<QWidget*>{plan_, station_, stationFile_, browse_,
                                                    timeScale_, resumeButton_})
    w->setEnabled(idle);
  item_->setEnabled(idle && !resumePlan_);
  params_->setEnabled(idle && !resumePlan_);
  const bool canStart =
      idle && currentPlan().has_value() &&
      (resumePlan_ || (!item_->text().trimmed().isEmpty() && params_->acceptable())) &&
      (sim || !stationFile_->text().isEmpty());
  check_->setEnabled(idle && currentPlan().has_value() && (sim || !stationFile_->text().isEmpty()));
  start_->setEnabled(canStart);
  startAction_->setEnabled(canStart);
  pause_->setEnabled(running);
  pauseAction_->setEnabled(running);
  pause_->setText(bridge_.state() == engine::RunState::Paused ? tr("Resume (F6)")
                                                              : tr("Pause (F6)"));
  pause_->setIcon(style()->standardIcon(
      bridge_.state() == engine::RunState::Paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
  abort_->setEnabled(running);
  abortAction_->setEnabled(running);
  live_->setEnabled(!running && !checking && bridge_.ready());
  liveAction_->setEnabled(live_->isEnabled());
}

void RunPage::runChecks() {
  const auto p = currentPlan();
  if (!p || bridge_.running() || bridge_.checking()) return;
  if (live_->isChecked()) live_->setChecked(false);
  checklist_->clear();
  auto* waiting = new QListWidgetItem(style()->standardIcon(QStyle::SP_BrowserReload),
                                      tr("Connecting to the station and checking…"));
  checklist_->addItem(waiting);
  if (!bridge_.preflight(*p, stationChoice(), context_.database())) return;
  checkedKey_ = choiceKey();
  updateControls();
}

void RunPage::onPreflight(const PreflightReport& report) {
  checklist_->clear();
  for (const PreflightCheck& c : report.checks) {
    QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
    if (c.status == PreflightCheck::Status::Warning) icon = QStyle::SP_MessageBoxWarning;
    if (c.status == PreflightCheck::Status::Failed) icon = QStyle::SP_MessageBoxCritical;
    auto* item =
        new QListWidgetItem(style()->standardIcon(icon), c.title + QStringLiteral("\n") + c.detail);
    item->setData(Qt::UserRole, static_cast<int>(c.status));
    checklist_->addItem(item);
  }
  appendLog({report.ok() ? tr("Pre-flight checks passed.")
                         : tr("Pre-flight checks failed: see the checklist.")});
  const bool go = startAfterCheck_ && report.ok();
  startAfterCheck_ = false;
  updateControls();
  if (go) startRun();
}

void RunPage::startRun() {
  const auto p = currentPlan();
  if (!p || bridge_.running() || bridge_.checking() || !start_->isEnabled()) return;
  if (!bridge_.ready() || checkedKey_ != choiceKey()) {
    startAfterCheck_ = true;
    runChecks();
    return;
  }
  engine::RunRequest r;
  r.plan = *p;
  r.database = context_.database();
  if (!resumePlan_) {
    r.overrides = params_->overrides();
    r.itemSerial = s(item_->text().trimmed());
    r.itemInfo.serial = r.itemSerial;
    r.itemInfo.kind = p->appliesTo;
  }
  r.resumeRunId = resumeRunId_;
  // Script steps run in the script host installed beside this program.
  r.scriptHost = std::filesystem::path(QCoreApplication::applicationDirPath().toStdString()) /
                 "robocert-script-host";
  // An expired calibration overridden with a reason: audited, and a deviation in the report.
  r.overrideReason = s(overrideReason_->text().trimmed());
  r.overrideCalibration = !r.overrideReason.empty();
  if (context_.user())
    r.operatorName = context_.user()->name.empty() ? context_.user()->login : context_.user()->name;
  log_->clear();
  progress_->setValue(0);
  step_->clear();
  detail_->clear();
  eta_->clear();
  showResults_->setEnabled(false);
  pauseRequested_ = false;
  // The bridge stops a live stream itself and starts the engine once it has stopped.
  if (!bridge_.start(std::move(r))) {
    appendLog({tr("The run could not start: run the pre-flight checks again.")});
    return;
  }
  {
    const QSignalBlocker block(live_);
    live_->setChecked(false);
  }
  chart_->setRunning(false);
  state_->setText(runStateText(engine::RunState::Running));
  state_->setStyleSheet(QString());
  chart_->setIdleText(
      tr("The tracker measures for the run: its stream is off until the run "
         "ends. The measurements appear in the pose cloud."));
  saveSettings();
  updateControls();
}

void RunPage::togglePause() {
  if (!bridge_.running()) return;
  if (bridge_.state() == engine::RunState::Paused)
    bridge_.resume();
  else
    bridge_.pause();
}

void RunPage::abortRun() {
  if (!bridge_.running()) return;
  // The robot stops at once (a pause stops it), not after the question is answered.
  const bool wasPaused = bridge_.state() == engine::RunState::Paused;
  if (!wasPaused) bridge_.pause();
  const auto answer = QMessageBox::question(
      this, tr("Abort the run"),
      tr("Abort this run for good? What was measured stays stored, but an aborted run cannot be "
         "resumed or reported."),
      QMessageBox::Abort | QMessageBox::Cancel, QMessageBox::Cancel);
  if (answer == QMessageBox::Abort) {
    bridge_.abort();
  } else if (!wasPaused) {
    bridge_.resume();
  }
}

void RunPage::setLiveStream(bool on) {
  if (on) {
    if (!bridge_.startLiveStream(ring_)) {
      QSignalBlocker block(live_);
      live_->setChecked(false);
      appendLog(
          {tr("The stream cannot start: run the pre-flight checks first, and wait for the "
              "run to end.")});
      return;
    }
    chart_->setIdleText(tr("waiting for samples"));
    chart_->setRunning(true);
  } else {
    bridge_.stopLiveStream();
    chart_->setRunning(false);
  }
}

void RunPage::chooseInterruptedRun() {
  std::vector<store::Run> runs;
  try {
    const store::Store lab = store::Store::open(context_.database(), store::Store::Mode::ReadOnly);
    for (const store::Run& r : lab.runs())
      if (r.status == store::RunStatus::Interrupted) runs.push_back(r);
  } catch (const store::StoreError& e) {
    QMessageBox::warning(this, tr("Resume interrupted run"), describeStoreError(e));
    return;
  }
  if (runs.empty()) {
    QMessageBox::information(this, tr("Resume interrupted run"),
                             tr("No run is interrupted in this lab database."));
    return;
  }
  QStringList names;
  for (const store::Run& r : runs)
    names << tr("Run %1 · %2 · started %3").arg(r.id).arg(q(r.planName), q(r.startedAt));
  bool ok = false;
  const QString chosen = QInputDialog::getItem(this, tr("Resume interrupted run"),
                                               tr("Continue this run:"), names, 0, false, &ok);
  if (ok) resumeInterrupted(runs[static_cast<std::size_t>(names.indexOf(chosen))].id);
}

bool RunPage::resumeInterrupted(qint64 runId) {
  try {
    const store::Store lab = store::Store::open(context_.database(), store::Store::Mode::ReadOnly);
    const store::Run run = lab.run(runId);
    auto parsed = plan::parse(run.planText, loadOptions());
    if (auto* problems = std::get_if<std::vector<plan::Problem>>(&parsed)) {
      appendLog({tr("The plan of run %1 no longer loads: %2")
                     .arg(runId)
                     .arg(q(problems->empty() ? std::string() : problems->front().message))});
      return false;
    }
    resumePlan_ = std::get<plan::Plan>(std::move(parsed));
    resumeRunId_ = runId;
    item_->setText(q(lab.item(run.itemId).serial));
  } catch (const store::StoreError& e) {
    appendLog({describeStoreError(e)});
    return false;
  }
  choicesChanged();
  return true;
}

void RunPage::onState(engine::RunState state, const QString& reason) {
  state_->setText(reason.isEmpty() ? runStateText(state)
                                   : tr("%1: %2").arg(runStateText(state), reason));
  state_->setStyleSheet(state == engine::RunState::Paused ? QStringLiteral("color:#b26a00")
                                                          : QString());
  updateControls();
}

void RunPage::onProgress(const engine::Progress& p) {
  const auto planNow = currentPlan();
  QString title = q(p.stepTitle);
  if (planNow)
    if (const plan::Step* st = planNow->step(p.stepId))
      title = q(plan::localized(st->title, s(context_.language())));
  step_->setText(tr("Step %1 of %2: %3").arg(p.stepIndex + 1).arg(p.stepCount).arg(title));
  detail_->setText(p.total > 0 ? tr("%1 — %2 of %3").arg(q(p.detail)).arg(p.done).arg(p.total)
                               : q(p.detail));
  eta_->setText(p.etaS ? tr("about %1 left").arg(duration(*p.etaS)) : QString());
  // The bar covers the whole run: finished steps plus this step's share.
  const double within =
      p.total > 0 ? static_cast<double>(p.done) / static_cast<double>(p.total) : 0.0;
  const double whole = p.stepCount > 0 ? (static_cast<double>(p.stepIndex) + within) /
                                             static_cast<double>(p.stepCount)
                                       : 0.0;
  progress_->setValue(static_cast<int>(std::lround(whole * 1000.0)));
  progress_->setFormat(QStringLiteral("%1 %").arg(whole * 100.0, 0, 'f', 0));
}

void RunPage::onPrompt(const QString& text) {
  QMessageBox box(QMessageBox::Question, tr("Operator action needed"), text, QMessageBox::NoButton,
                  this);
  QPushButton* done = box.addButton(tr("Done, continue"), QMessageBox::AcceptRole);
  box.addButton(tr("Cannot do it: abort the run"), QMessageBox::RejectRole);
  box.setDefaultButton(done);
  box.exec();
  bridge_.answerPrompt(box.clickedButton() == done);
}

void RunPage::onFinished(const engine::RunOutcome& outcome) {
  runId_ = outcome.runId;
  resumePlan_.reset();
  resumeRunId_.reset();
  state_->setText(outcome.error.empty()
                      ? runStateText(outcome.state)
                      : tr("%1: %2").arg(runStateText(outcome.state), q(outcome.error)));
  state_->setStyleSheet(outcome.state == engine::RunState::Completed
                            ? QStringLiteral("color:#1e7b34")
                            : QStringLiteral("color:#b3261e"));
  if (outcome.state == engine::RunState::Completed) {
    progress_->setValue(1000);
    progress_->setFormat(QStringLiteral("100 %"));
  }
  if (outcome.runId > 0)
    appendLog({tr("Run %1 ended: %2; %n result(s).", "", static_cast<int>(outcome.results.size()))
                   .arg(outcome.runId)
                   .arg(runStateText(outcome.state))});
  if (!outcome.error.empty()) appendLog({q(outcome.error)});
  chart_->setIdleText(QString());
  showResults_->setEnabled(outcome.runId > 0);
  choicesChanged();
  if (outcome.runId > 0) emit context_.runEnded(outcome.runId);
  emit runFinished(outcome.runId, outcome.state);
}

void RunPage::appendLog(const QStringList& lines) {
  for (const QString& l : lines) log_->appendPlainText(l);
}

void RunPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

void RunPage::retranslate() {
  testBox_->setTitle(tr("Test"));
  planLabel_->setText(tr("&Plan:"));
  planLabel_->setBuddy(plan_);
  itemLabel_->setText(tr("&Item serial:"));
  overrideLabel_->setText(tr("Calibration override:"));
  overrideReason_->setPlaceholderText(
      tr("only to run with an expired calibration: the reason (audited, in the report)"));
  itemLabel_->setBuddy(item_);
  item_->setPlaceholderText(tr("serial number; a new one is added to the lab database"));
  stationBox_->setTitle(tr("Station"));
  station_->setItemText(0, tr("Built-in simulator"));
  station_->setItemText(1, tr("Station file"));
  stationFile_->setPlaceholderText(tr("station file (YAML)"));
  browse_->setText(tr("Browse…"));
  timeScaleLabel_->setText(tr("Time scale:"));
  timeScale_->setToolTip(
      tr("simulated seconds per second: a run at 50 × takes a fiftieth of the "
         "time; use 1 × for a real-time stream"));
  paramsBox_->setTitle(tr("Parameters"));
  checksBox_->setTitle(tr("Pre-flight checks"));
  check_->setText(tr("Check station"));
  start_->setText(tr("Start (F5)"));
  abort_->setText(tr("Abort (Shift+F5)"));
  resumeButton_->setText(tr("Resume interrupted run…"));
  statusBox_->setTitle(tr("Run"));
  if (!bridge_.running() && state_->text().isEmpty())
    state_->setText(runStateText(engine::RunState::Idle));
  showResults_->setText(tr("Show results"));
  cloudBox_->setTitle(tr("Pose cloud (live)"));
  if (subject_->count() == 0) subject_->addItem(QString());
  subject_->setItemText(0, tr("the pose measured last"));
  streamBox_->setTitle(tr("Tracker stream"));
  live_->setText(tr("Live stream (F7)"));
  live_->setToolTip(
      tr("Streams the tracker at 1 kHz while no run is going (after the pre-flight "
         "checks)"));
  chart_->setIdleText(tr("Live stream off: run the pre-flight checks, then press F7"));
  logBox_->setTitle(tr("Log"));
  startAction_->setText(tr("Start run"));
  pauseAction_->setText(tr("Pause or resume run"));
  abortAction_->setText(tr("Abort run"));
  liveAction_->setText(tr("Live stream"));
  for (int i = 0; i < plan_->count() && i < static_cast<int>(library_.size()); ++i)
    if (library_[static_cast<std::size_t>(i)].plan)
      plan_->setItemText(i, q(plan::localized(library_[static_cast<std::size_t>(i)].plan->title,
                                              s(context_.language()))));
  params_->setLanguage(context_.language());
  updateControls();
}

void RunPage::saveSettings() const {
  QSettings settings;
  settings.beginGroup(QStringLiteral("run"));
  settings.setValue(QStringLiteral("plan"), plan_->currentData());
  settings.setValue(QStringLiteral("item"), item_->text());
  settings.setValue(QStringLiteral("station"), station_->currentIndex());
  settings.setValue(QStringLiteral("stationFile"), stationFile_->text());
  settings.setValue(QStringLiteral("timeScale"), timeScale_->value());
  settings.setValue(QStringLiteral("split"), split_->saveState());
  settings.setValue(QStringLiteral("rightSplit"), rightSplit_->saveState());
}

void RunPage::restoreSettings() {
  QSettings settings;
  settings.beginGroup(QStringLiteral("run"));
  if (const QString id = settings.value(QStringLiteral("plan")).toString(); !id.isEmpty())
    selectPlan(s(id));
  item_->setText(settings.value(QStringLiteral("item")).toString());
  station_->setCurrentIndex(settings.value(QStringLiteral("station"), 0).toInt() == 1 ? 1 : 0);
  stationFile_->setText(settings.value(QStringLiteral("stationFile")).toString());
  timeScale_->setValue(settings.value(QStringLiteral("timeScale"), 50.0).toDouble());
  split_->restoreState(settings.value(QStringLiteral("split")).toByteArray());
  rightSplit_->restoreState(settings.value(QStringLiteral("rightSplit")).toByteArray());
}

}  // namespace robocert::studio
