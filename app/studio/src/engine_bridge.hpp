#pragma once

// Between the run engine and the GUI thread. The engine calls its Observer on the engine thread;
// the bridge keeps what arrives in bounded, locked buffers and hands it to the GUI thread every
// kBridgePollMs as signals (never once per sample). An operator prompt, which blocks the engine
// thread until answered, is posted to the GUI thread (promptRequested) and answered with
// answerPrompt(); aborting or destroying the bridge answers a pending prompt "declined".
//
// The bridge also owns the station session a run uses: the built-in simulator (when chosen) and
// the ConnectedStation with its drivers. The session is set up on a worker thread by
// preflight() (connecting and identifying can take seconds), which also runs the pre-flight
// checks; start() then runs on that session. Between runs the tracker of the session can
// stream to a SampleRing (startLiveStream); a run stops the stream first, since the engine
// needs the tracker for itself.

#include <QObject>
#include <QString>
#include <QTimer>
#include <deque>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "plot_widgets.hpp"
#include "robocert/engine/engine.hpp"
#include "robocert/plan/plan.hpp"
#include "robocert/plan/station.hpp"

namespace robocert::station {
class ConnectedStation;
class SimulatedStation;
}  // namespace robocert::station

namespace robocert::studio {

inline constexpr int kBridgePollMs = 40;

// Which station a run uses.
struct StationChoice {
  bool simulator = true;
  double timeScale = 50.0;            // the built-in simulator's (simulated s per s)
  std::filesystem::path stationFile;  // otherwise: a station file (YAML)
  // Non-empty: an expired or missing calibration is overridden for this reason (a warning in
  // the checks; the run audits it and the report lists it as a deviation).
  std::string calibrationOverrideReason;
  std::chrono::milliseconds readyTimeout{15000};
};

// One line of the pre-flight checklist.
struct PreflightCheck {
  enum class Status { Ok, Warning, Failed };
  Status status = Status::Ok;
  QString title;   // "Station fits the plan"
  QString detail;  // what was found, and for a failure what to do
};

struct PreflightReport {
  std::vector<PreflightCheck> checks;
  bool ok() const;  // no check failed
};

class EngineBridge : public QObject {
  Q_OBJECT
 public:
  explicit EngineBridge(QObject* parent = nullptr);
  ~EngineBridge() override;  // aborts a run (answering its prompt), stops the stream, joins

  // Sets up the station session for `plan` (replacing the previous one, unless a run is going)
  // and checks it on a worker thread: the station fits the plan, every device connects and
  // identifies itself, every instrument's calibration is in force today (database). Emits
  // preflightDone; returns false (and does nothing) while a run or another check is going.
  bool preflight(const plan::Plan& plan, const StationChoice& station,
                 const std::filesystem::path& database);
  bool checking() const { return checking_; }
  // True when a session is set up and its last pre-flight had no failure.
  bool ready() const;

  // Starts the run on the session (stopping the live stream first). request.database and the
  // plan are the caller's. False when not ready or a run is going.
  bool start(engine::RunRequest request);
  void pause();
  void resume();
  void abort();
  // The operator's answer to the pending prompt (true: confirmed).
  void answerPrompt(bool confirmed);
  bool running() const { return engine_ != nullptr; }
  engine::RunState state() const { return state_; }

  // Streams the session's pose sensor into `ring` at rateHz (station time; lowered so the
  // simulator stays within its wall-clock rate). False without a session or during a run.
  bool startLiveStream(std::shared_ptr<SampleRing> ring, double rateHz = 1000.0);
  void stopLiveStream();
  bool streaming() const { return streaming_; }

  // The session's measurements as the run takes them (bounded).
  std::shared_ptr<MeasurementBuffer> measurements() const { return measurements_; }

 signals:
  void preflightDone(const robocert::studio::PreflightReport& report);
  void stateChanged(robocert::engine::RunState state, const QString& reason);
  void progressChanged(const robocert::engine::Progress& progress);
  void logLines(const QStringList& lines);
  void promptRequested(const QString& text);
  void finished(const robocert::engine::RunOutcome& outcome);
  void streamError(const QString& message);

 private:
  struct Session;
  class Relay;
  void poll();
  void onOutcome(const engine::RunOutcome& outcome);
  void startEngine(engine::RunRequest request);

  std::shared_ptr<Session> session_;
  std::unique_ptr<Relay> relay_;
  std::unique_ptr<engine::Engine> engine_;
  std::thread waiter_;
  std::thread checker_;
  bool checking_ = false;
  bool lastCheckOk_ = false;
  bool streaming_ = false;
  engine::RunState state_ = engine::RunState::Idle;
  std::shared_ptr<MeasurementBuffer> measurements_;
  QTimer poll_;
};

}  // namespace robocert::studio

Q_DECLARE_METATYPE(robocert::studio::PreflightReport)
Q_DECLARE_METATYPE(robocert::engine::RunState)
Q_DECLARE_METATYPE(robocert::engine::Progress)
Q_DECLARE_METATYPE(robocert::engine::RunOutcome)
