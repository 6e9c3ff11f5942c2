#pragma once

// The Run page: choose a plan, the item under test and the station (a station file, or the
// built-in simulator with its time scale), set the plan's parameters, run the pre-flight checks
// (plan valid, station fits the plan, every device connected and identified, every instrument's
// calibration in force), then start, pause, resume or abort the run (F5, F6, Shift+F5) with
// live progress, operator prompts as dialogs, the log, the live pose cloud and the tracker's
// stream (F7 toggles it while no run is going). "Resume interrupted run…" continues a run left
// interrupted, with the plan text and values it was started with.
//
// The engine runs on its own thread behind an EngineBridge; this page only reacts to the
// bridge's signals (queued to the GUI thread, at most every 40 ms) and never blocks.

#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

#include "engine_bridge.hpp"
#include "robocert/plan/plan.hpp"
#include "studio_context.hpp"

class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSplitter;

namespace robocert::studio {

class ParameterForm;

class RunPage : public QWidget {
  Q_OBJECT
 public:
  explicit RunPage(StudioContext& context, QWidget* parent = nullptr);
  ~RunPage() override;

  // Choosing without the mouse (tests, remembered choices). False when there is no such plan.
  bool selectPlan(const std::string& planId);
  void setItemSerial(const QString& serial);
  void useSimulator(double timeScale);
  void useStationFile(const QString& path);
  ParameterForm& parameters() { return *params_; }
  EngineBridge& bridge() { return bridge_; }
  // The run shown (the last started), 0 before the first.
  qint64 runId() const { return runId_; }
  // Samples the live stream delivered since it was last switched on.
  std::uint64_t streamSamples() const { return ring_->received(); }

 public slots:
  void runChecks();             // the pre-flight checks (on a worker thread)
  void startRun();              // F5: checks first when they have not passed for these choices
  void togglePause();           // F6
  void abortRun();              // Shift+F5, after asking
  void setLiveStream(bool on);  // F7
  void chooseInterruptedRun();  // "Resume interrupted run…"
  // Continue interrupted run `runId` (its own plan text and values).
  bool resumeInterrupted(qint64 runId);

 signals:
  // For tests and the main window: a run ended (also StudioContext::runEnded).
  void runFinished(qint64 runId, robocert::engine::RunState state);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  void loadLibrary();
  void updateControls();
  void choicesChanged();
  std::optional<plan::Plan> currentPlan() const;
  StationChoice stationChoice() const;
  QString choiceKey() const;
  void onPreflight(const PreflightReport& report);
  void onState(engine::RunState state, const QString& reason);
  void onProgress(const engine::Progress& p);
  void onPrompt(const QString& text);
  void onFinished(const engine::RunOutcome& outcome);
  void appendLog(const QStringList& lines);
  void saveSettings() const;
  void restoreSettings();

  StudioContext& context_;
  EngineBridge bridge_;
  std::vector<plan::LibraryEntry> library_;
  std::optional<plan::Plan> resumePlan_;
  std::optional<qint64> resumeRunId_;
  QString checkedKey_;  // the choices the last passed checks were for
  bool startAfterCheck_ = false;
  bool pauseRequested_ = false;
  qint64 runId_ = 0;
  std::shared_ptr<SampleRing> ring_;

  QGroupBox* testBox_;
  QLabel* planLabel_;
  QComboBox* plan_;
  QLabel* planNote_;
  QLabel* itemLabel_;
  QLineEdit* item_;
  QLabel* overrideLabel_;
  QLineEdit* overrideReason_;  // non-empty: run with an expired calibration, for this reason
  QGroupBox* stationBox_;
  QComboBox* station_;
  QLineEdit* stationFile_;
  QPushButton* browse_;
  QLabel* timeScaleLabel_;
  QDoubleSpinBox* timeScale_;
  QGroupBox* paramsBox_;
  ParameterForm* params_;
  QGroupBox* checksBox_;
  QListWidget* checklist_;
  QPushButton* check_;
  QPushButton* start_;
  QPushButton* pause_;
  QPushButton* abort_;
  QPushButton* resumeButton_;
  QGroupBox* statusBox_;
  QLabel* state_;
  QLabel* step_;
  QLabel* detail_;
  QLabel* eta_;
  QProgressBar* progress_;
  QPushButton* showResults_;
  QGroupBox* cloudBox_;
  QComboBox* subject_;
  LivePoseCloud* cloud_;
  QGroupBox* streamBox_;
  QPushButton* live_;
  StreamChart* chart_;
  QGroupBox* logBox_;
  QPlainTextEdit* log_;
  QSplitter* split_;
  QSplitter* rightSplit_;
  QAction* startAction_;
  QAction* pauseAction_;
  QAction* abortAction_;
  QAction* liveAction_;
};

// A run state in words, in the UI language.
QString runStateText(engine::RunState state);

}  // namespace robocert::studio
