#include "engine_bridge.hpp"

#include <QDateTime>
#include <QMetaObject>
#include <algorithm>
#include <future>

#include "robocert/sim_server/station.hpp"
#include "robocert/station/connected_station.hpp"
#include "robocert/station/simulated_station.hpp"
#include "robocert/store/error.hpp"
#include "robocert/store/store.hpp"

namespace robocert::studio {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

constexpr std::size_t kMaxLogLines = 2000;  // kept between two polls; older ones are counted

}  // namespace

bool PreflightReport::ok() const {
  return std::none_of(checks.begin(), checks.end(), [](const PreflightCheck& c) {
    return c.status == PreflightCheck::Status::Failed;
  });
}

// The simulator (when chosen) and the drivers; the drivers go first (members in reverse).
struct EngineBridge::Session {
  std::unique_ptr<station::SimulatedStation> sim;
  std::unique_ptr<station::ConnectedStation> connected;
  std::string poseSensorRole;
  double timeScale = 1.0;
};

// The engine's Observer: called on the engine thread, keeps everything for the next poll.
class EngineBridge::Relay final : public engine::Observer {
 public:
  Relay(EngineBridge& bridge, std::shared_ptr<MeasurementBuffer> buffer)
      : bridge_(bridge), buffer_(std::move(buffer)) {}

  void state(engine::RunState state, const std::string& reason) override {
    std::lock_guard lock(m_);
    states_.emplace_back(state, reason);
  }
  void progress(const engine::Progress& p) override {
    std::lock_guard lock(m_);
    progress_ = p;
  }
  void log(const std::string& line) override {
    std::lock_guard lock(m_);
    log_.push_back(line);
    if (log_.size() > kMaxLogLines) {
      log_.pop_front();
      ++droppedLines_;
    }
  }
  void measured(const store::PoseMeasurement& m) override { buffer_->push(m); }
  bool prompt(const std::string& text) override {
    std::future<bool> answer;
    {
      std::lock_guard lock(m_);
      if (cancelled_) return false;
      promise_ = std::promise<bool>();
      answer = promise_.get_future();
      promptPending_ = true;
    }
    EngineBridge* bridge = &bridge_;
    QMetaObject::invokeMethod(
        bridge, [bridge, t = q(text)] { emit bridge->promptRequested(t); }, Qt::QueuedConnection);
    return answer.get();
  }

  void answer(bool confirmed) {
    std::lock_guard lock(m_);
    if (!promptPending_) return;
    promptPending_ = false;
    promise_.set_value(confirmed);
  }
  // Declines the pending prompt and every later one (the run is being ended).
  void cancel() {
    std::lock_guard lock(m_);
    cancelled_ = true;
    if (promptPending_) {
      promptPending_ = false;
      promise_.set_value(false);
    }
  }

  struct Drained {
    std::vector<std::pair<engine::RunState, std::string>> states;
    std::optional<engine::Progress> progress;
    QStringList log;
  };
  Drained drain() {
    std::lock_guard lock(m_);
    Drained d;
    d.states.assign(states_.begin(), states_.end());
    states_.clear();
    d.progress = std::exchange(progress_, std::nullopt);
    if (droppedLines_ > 0)
      d.log << EngineBridge::tr("(%n earlier log line(s) not shown)", "", droppedLines_);
    droppedLines_ = 0;
    for (const std::string& l : log_) d.log << q(l);
    log_.clear();
    return d;
  }

 private:
  EngineBridge& bridge_;
  std::shared_ptr<MeasurementBuffer> buffer_;
  std::mutex m_;
  std::deque<std::pair<engine::RunState, std::string>> states_;
  std::optional<engine::Progress> progress_;
  std::deque<std::string> log_;
  int droppedLines_ = 0;
  std::promise<bool> promise_;
  bool promptPending_ = false;
  bool cancelled_ = false;
};

EngineBridge::EngineBridge(QObject* parent)
    : QObject(parent), measurements_(std::make_shared<MeasurementBuffer>()) {
  qRegisterMetaType<PreflightReport>();
  qRegisterMetaType<engine::RunState>();
  qRegisterMetaType<engine::Progress>();
  qRegisterMetaType<engine::RunOutcome>();
  poll_.setInterval(kBridgePollMs);
  connect(&poll_, &QTimer::timeout, this, &EngineBridge::poll);
}

EngineBridge::~EngineBridge() {
  if (relay_) relay_->cancel();
  if (engine_) engine_->abort();
  if (waiter_.joinable()) waiter_.join();
  engine_.reset();
  relay_.reset();
  if (checker_.joinable()) checker_.join();
  session_.reset();  // stops the stream with the drivers
}

bool EngineBridge::ready() const { return session_ && lastCheckOk_; }

bool EngineBridge::preflight(const plan::Plan& plan, const StationChoice& choice,
                             const std::filesystem::path& database) {
  if (checking_ || engine_) return false;
  stopLiveStream();
  session_.reset();  // the old drivers (and simulator) go before new ones bind
  lastCheckOk_ = false;
  checking_ = true;
  if (checker_.joinable()) checker_.join();
  checker_ = std::thread([this, plan, choice, database] {
    auto session = std::make_shared<Session>();
    PreflightReport report;
    auto add = [&](PreflightCheck::Status s, QString title, QString detail) {
      report.checks.push_back({s, std::move(title), std::move(detail)});
    };
    using S = PreflightCheck::Status;
    add(S::Ok, tr("Plan is valid"), tr("%1 version %2").arg(q(plan.id), q(plan.version)));
    auto finish = [&] {
      QMetaObject::invokeMethod(
          this,
          [this, session, report] {
            if (checker_.joinable()) checker_.join();
            checking_ = false;
            lastCheckOk_ = report.ok();
            if (session->connected) session_ = session;
            emit preflightDone(report);
          },
          Qt::QueuedConnection);
    };
    plan::Station stationFile;
    std::filesystem::path baseDir;
    try {
      if (choice.simulator) {
        session->sim = std::make_unique<station::SimulatedStation>(
            station::SimulatedStation::Options{.timeScale = choice.timeScale});
        session->sim->registerInstruments(database);
        stationFile = session->sim->stationFile();
      } else {
        auto loaded = plan::loadStation(choice.stationFile);
        if (auto* problems = std::get_if<std::vector<plan::Problem>>(&loaded)) {
          QStringList lines;
          for (const plan::Problem& p : *problems) lines << q(plan::format(choice.stationFile, p));
          add(S::Failed, tr("Station file loads"),
              lines.join(QLatin1Char('\n')) + QLatin1Char('\n') +
                  tr("Correct the station file and check again."));
          finish();
          return;
        }
        stationFile = std::get<plan::Station>(std::move(loaded));
        baseDir = choice.stationFile.parent_path();
      }
    } catch (const store::StoreError& e) {
      add(S::Failed, tr("Lab database"),
          tr("The lab database %1 cannot be used: %2").arg(q(e.path()), q(e.detail())));
      finish();
      return;
    } catch (const std::exception& e) {
      add(S::Failed, tr("Built-in simulator"),
          tr("The simulator did not start: %1").arg(QString::fromUtf8(e.what())));
      finish();
      return;
    }
    if (const auto problems = plan::checkStation(plan, stationFile); !problems.empty()) {
      QStringList lines;
      for (const plan::Problem& p : problems) lines << q(p.message);
      add(S::Failed, tr("Station fits the plan"),
          lines.join(QLatin1Char('\n')) + QLatin1Char('\n') +
              tr("Choose a station with these roles, or add them to the station file."));
      finish();
      return;
    }
    add(S::Ok, tr("Station fits the plan"),
        tr("Every role the plan needs is in station %1.").arg(q(stationFile.name)));

    std::vector<std::string> roles;
    for (const plan::EquipmentRole& r : plan.equipment) {
      roles.push_back(r.role);
      if (r.capability == plan::Capability::PoseSensor && session->poseSensorRole.empty())
        session->poseSensorRole = r.role;
    }
    roles.insert(roles.end(), {"temperature", "humidity"});
    try {
      store::Store lab = store::Store::open(database);
      session->connected =
          std::make_unique<station::ConnectedStation>(stationFile, &lab, roles, baseDir);
    } catch (const store::StoreError& e) {
      add(S::Failed, tr("Lab database"),
          tr("The lab database %1 cannot be used: %2").arg(q(e.path()), q(e.detail())));
      finish();
      return;
    } catch (const std::exception& e) {
      add(S::Failed, tr("Station set-up"),
          QString::fromUtf8(e.what()) + QLatin1Char('\n') +
              tr("Correct the station file and check again."));
      finish();
      return;
    }
    session->timeScale = session->connected->devices().timeScale;
    session->connected->waitReady(choice.readyTimeout);
    for (const station::DeviceStatus& d : session->connected->status()) {
      const QString title = tr("%1 connected and identified").arg(q(d.role));
      if (d.state == devices::DeviceState::Ready && d.identity) {
        add(S::Ok, title,
            tr("%1 %2, serial %3 at %4")
                .arg(q(d.identity->maker), q(d.identity->model), q(d.identity->serial), q(d.url)));
      } else {
        const bool optional = d.role == "temperature" || d.role == "humidity";
        add(optional ? S::Warning : S::Failed, title,
            tr("%1 at %2 is not ready: %3. Check that it is switched on and connected, and that "
               "the address in the station file is right; then check again.")
                .arg(q(d.driver), q(d.url),
                     q(d.reason.empty() ? std::string("no answer") : d.reason)));
      }
    }
    try {
      const store::Store lab = store::Store::open(database, store::Store::Mode::ReadOnly);
      const std::string today =
          QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate).toStdString();
      for (const auto& [role, instrumentId] : session->connected->devices().instruments) {
        const auto [status, cal] = lab.calibrationOn(instrumentId, today);
        const QString title = tr("Calibration of %1 in force").arg(q(role));
        if (status == store::CalibrationStatus::Valid && cal)
          add(S::Ok, title, tr("certificate %1, due %2").arg(q(cal->certificateNo), q(cal->dueOn)));
        else if (!choice.calibrationOverrideReason.empty())
          add(S::Warning, title,
              tr("not in force, overridden: %1").arg(q(choice.calibrationOverrideReason)));
        else if (status == store::CalibrationStatus::Expired && cal)
          add(S::Failed, title,
              tr("certificate %1 expired on %2: have the instrument calibrated and enter the new "
                 "calibration on the Lab page.")
                  .arg(q(cal->certificateNo), q(cal->dueOn)));
        else
          add(S::Failed, title,
              tr("no calibration is recorded for this instrument: enter it on the Lab page."));
      }
    } catch (const store::StoreError& e) {
      add(S::Failed, tr("Lab database"),
          tr("The lab database %1 cannot be used: %2").arg(q(e.path()), q(e.detail())));
    }
    finish();
  });
  return true;
}

bool EngineBridge::start(engine::RunRequest request) {
  if (!ready() || engine_) return false;
  if (streaming_) {
    auto* sensor = session_->connected->devices().poseSensors.at(session_->poseSensorRole);
    streaming_ = false;
    // The engine needs the tracker: start once the stream has stopped (on the I/O thread).
    sensor->stopStream([this, request](std::optional<devices::DeviceError>) {
      QMetaObject::invokeMethod(
          this, [this, request] { startEngine(request); }, Qt::QueuedConnection);
    });
    return true;
  }
  startEngine(std::move(request));
  return true;
}

void EngineBridge::startEngine(engine::RunRequest request) {
  if (!session_ || engine_) return;
  measurements_->clear();
  relay_ = std::make_unique<Relay>(*this, measurements_);
  engine_ = std::make_unique<engine::Engine>(session_->connected->devices(), *relay_);
  state_ = engine::RunState::Running;
  engine_->start(std::move(request));
  poll_.start();
  waiter_ = std::thread([this, e = engine_.get()] {
    engine::RunOutcome outcome = e->wait();
    QMetaObject::invokeMethod(
        this, [this, outcome] { onOutcome(outcome); }, Qt::QueuedConnection);
  });
}

void EngineBridge::onOutcome(const engine::RunOutcome& outcome) {
  if (waiter_.joinable()) waiter_.join();
  poll();  // what arrived since the last poll
  poll_.stop();
  engine_.reset();
  relay_.reset();
  state_ = outcome.state;
  emit finished(outcome);
}

void EngineBridge::poll() {
  if (!relay_) return;
  Relay::Drained d = relay_->drain();
  if (!d.log.isEmpty()) emit logLines(d.log);
  for (const auto& [s, reason] : d.states) {
    state_ = s;
    emit stateChanged(s, q(reason));
  }
  if (d.progress) emit progressChanged(*d.progress);
}

void EngineBridge::pause() {
  if (engine_) engine_->pause();
}
void EngineBridge::resume() {
  if (engine_) engine_->resume();
}
void EngineBridge::abort() {
  if (!engine_) return;
  relay_->cancel();
  engine_->abort();
}
void EngineBridge::answerPrompt(bool confirmed) {
  if (relay_) relay_->answer(confirmed);
}

bool EngineBridge::startLiveStream(std::shared_ptr<SampleRing> ring, double rateHz) {
  if (!session_ || engine_ || streaming_ || session_->poseSensorRole.empty()) return false;
  const auto sensors = session_->connected->devices().poseSensors;
  const auto it = sensors.find(session_->poseSensorRole);
  if (it == sensors.end()) return false;
  rateHz = std::min(rateHz, sim_server::kMaxStreamSamplesPerWallS / session_->timeScale);
  ring->clear();
  streaming_ = true;
  it->second->startStream(
      rateHz, [ring](std::span<const devices::PoseSample> s) { ring->push(s); },
      [this](std::optional<devices::DeviceError> e) {
        if (!e) return;
        QMetaObject::invokeMethod(
            this,
            [this, m = q(e->message)] {
              streaming_ = false;
              emit streamError(tr("The tracker did not start streaming: %1. Check that it is "
                                  "connected (pre-flight check) and try again.")
                                   .arg(m));
            },
            Qt::QueuedConnection);
      });
  return true;
}

void EngineBridge::stopLiveStream() {
  if (!streaming_ || !session_) return;
  streaming_ = false;
  const auto sensors = session_->connected->devices().poseSensors;
  if (const auto it = sensors.find(session_->poseSensorRole); it != sensors.end())
    it->second->stopStream([](std::optional<devices::DeviceError>) {});
}

}  // namespace robocert::studio
