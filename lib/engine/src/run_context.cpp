#include "run_context.hpp"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <thread>

#include "robocert/devices/blocking.hpp"
#include "robocert/metrology/pose_transform.hpp"
#include "text.hpp"

namespace robocert::engine::detail {

namespace {

using devices::DeviceError;
using std::chrono::milliseconds;

// The engine's own bound on a device operation, beyond the driver's timeout (which reports
// first): a driver that never completes must not hang the run.
constexpr milliseconds kMoveWait{180000};
constexpr milliseconds kRequestWait{15000};

bool isDropout(const DeviceError& e) {
  return e.kind == DeviceError::Kind::Disconnected || e.kind == DeviceError::Kind::Timeout ||
         e.kind == DeviceError::Kind::Fault;
}

QString kindWord(DeviceError::Kind k) {
  switch (k) {
    case DeviceError::Kind::Timeout:
      return EngineText::tr("timed out");
    case DeviceError::Kind::Disconnected:
      return EngineText::tr("disconnected");
    case DeviceError::Kind::Protocol:
      return EngineText::tr("protocol error");
    case DeviceError::Kind::Refused:
      return EngineText::tr("refused");
    case DeviceError::Kind::Fault:
      return EngineText::tr("fault");
    case DeviceError::Kind::Stopped:
      return EngineText::tr("stopped");
  }
  return EngineText::tr("error");
}

// "robot: move refused: <the device's message>"; `what` is the operation, already translated.
StepFailed refusal(const std::string& role, const QString& what, const DeviceError& e) {
  //: %1 role, %2 operation (move, measurement, ...), %3 what went wrong (refused, protocol
  //: error, ...), %4 the device's own message
  return StepFailed(
      str(EngineText::tr("%1: %2 %3: %4").arg(qs(role), what, kindWord(e.kind), qs(e.message))));
}

template <typename T>
T valueOrThrow(const std::string& role, const QString& what, devices::Outcome<T> r) {
  if (auto* e = std::get_if<DeviceError>(&r)) {
    if (isDropout(*e)) throw DeviceLost{role, *e};
    throw refusal(role, what, *e);
  }
  return std::get<T>(std::move(r));
}

void okOrThrow(const std::string& role, const QString& what, const std::optional<DeviceError>& e) {
  if (!e) return;
  if (isDropout(*e)) throw DeviceLost{role, *e};
  throw refusal(role, what, *e);
}

}  // namespace

// ---- Control ----

void Control::requestPause() {
  std::lock_guard l(m_);
  pause_ = true;
  resume_ = false;
  cv_.notify_all();
}

void Control::requestResume() {
  std::lock_guard l(m_);
  pause_ = false;
  resume_ = true;
  cv_.notify_all();
}

void Control::requestAbort() {
  std::lock_guard l(m_);
  abort_ = true;
  cv_.notify_all();
}

bool Control::abortRequested() const {
  std::lock_guard l(m_);
  return abort_;
}

bool Control::pauseRequested() const {
  std::lock_guard l(m_);
  return pause_;
}

void Control::clearPause() {
  std::lock_guard l(m_);
  pause_ = false;
  resume_ = false;
}

void Control::sleepFor(std::chrono::duration<double> wall) {
  std::unique_lock l(m_);
  const auto until =
      std::chrono::steady_clock::now() + std::chrono::duration_cast<std::chrono::nanoseconds>(wall);
  cv_.wait_until(l, until, [&] { return abort_; });
  if (abort_) throw Aborted{};
}

bool Control::waitForResume(const std::function<bool()>& until) {
  std::unique_lock l(m_);
  resume_ = false;
  for (;;) {
    if (abort_) throw Aborted{};
    if (resume_) {
      resume_ = false;
      pause_ = false;
      return true;
    }
    if (until) {
      l.unlock();
      const bool done = until();
      l.lock();
      if (done) return false;
    }
    cv_.wait_for(l, milliseconds(50));
  }
}

// ---- RunContext ----

RunContext::RunContext(store::Store& s, std::int64_t id, const StationDevices& st, Observer& o,
                       Control& c, const RunRequest& r)
    : store(s), runId(id), station(st), observer(o), control(c), request(r) {
  for (const store::PoseMeasurement& m : store.poseMeasurements(runId))
    stored_.insert({m.series, m.pose, m.direction, m.cycle});
}

void RunContext::move(const std::string& role, const metrology::Pose6& target,
                      devices::Motion motion, double speedFraction) {
  if (control.abortRequested()) throw Aborted{};
  const auto it = station.manipulators.find(role);
  if (it == station.manipulators.end())
    throw StepFailed(str(EngineText::tr("no manipulator for role %1").arg(qs(role))));
  devices::Manipulator* m = it->second;
  const devices::MoveRequest req{target, motion, speedFraction};
  okOrThrow(
      role, EngineText::tr("move"),
      devices::waitFor([&](devices::Done done) { m->move(req, std::move(done)); }, kMoveWait));
}

devices::PoseSample RunContext::measureRaw(const std::string& sensorRole) {
  if (control.abortRequested()) throw Aborted{};
  const auto it = station.poseSensors.find(sensorRole);
  if (it == station.poseSensors.end())
    throw StepFailed(str(EngineText::tr("no pose sensor for role %1").arg(qs(sensorRole))));
  devices::PoseSensor* s = it->second;
  return valueOrThrow<devices::PoseSample>(
      sensorRole, EngineText::tr("measurement"),
      devices::waitFor<devices::PoseSample>(
          [&](devices::Completion<devices::PoseSample> done) { s->measure(std::move(done)); },
          kRequestWait));
}

metrology::Pose6 RunContext::measureInBase(const std::string& sensorRole) {
  const auto reg = registrations.find(sensorRole);
  if (reg == registrations.end())
    throw StepFailed(str(EngineText::tr("pose sensor %1 is not registered to the robot base "
                                        "frame: add a frame.registration step before measuring")
                             .arg(qs(sensorRole))));
  const devices::PoseSample sample = measureRaw(sensorRole);
  return metrology::toPose6(reg->second * metrology::toIsometry(sample.pose));
}

devices::Reading RunContext::read(const std::string& role) {
  if (control.abortRequested()) throw Aborted{};
  const auto it = station.scalarSensors.find(role);
  if (it == station.scalarSensors.end())
    throw StepFailed(str(EngineText::tr("no scalar sensor for role %1").arg(qs(role))));
  devices::ScalarSensor* s = it->second;
  return valueOrThrow<devices::Reading>(
      role, EngineText::tr("reading"),
      devices::waitFor<devices::Reading>(
          [&](devices::Completion<devices::Reading> done) { s->read(std::move(done)); },
          kRequestWait));
}

void RunContext::apply(const std::string& role, double value, const std::string& unit) {
  if (control.abortRequested()) throw Aborted{};
  const auto it = station.actuators.find(role);
  if (it == station.actuators.end())
    throw StepFailed(str(EngineText::tr("no actuator for role %1").arg(qs(role))));
  devices::Actuator* a = it->second;
  okOrThrow(
      role, EngineText::tr("set point"),
      devices::waitFor([&](devices::Done done) { a->apply("", value, unit, std::move(done)); },
                       kRequestWait));
}

metrology::Pose6 RunContext::controllerPose(const std::string& role) {
  const auto it = station.manipulators.find(role);
  if (it == station.manipulators.end())
    throw StepFailed(str(EngineText::tr("no manipulator for role %1").arg(qs(role))));
  devices::Manipulator* m = it->second;
  return valueOrThrow<metrology::Pose6>(
      role, EngineText::tr("pose query"),
      devices::waitFor<metrology::Pose6>(
          [&](devices::Completion<metrology::Pose6> done) { m->readPose(std::move(done)); },
          kRequestWait));
}

void RunContext::settle(double stationS) {
  if (stationS <= 0.0) return;
  control.sleepFor(std::chrono::duration<double>(stationS / station.timeScale));
}

void RunContext::unit(const std::string& stepId, const std::function<void()>& work) {
  for (;;) {
    checkpoint(stepId);
    unitStart_ = std::chrono::steady_clock::now();
    try {
      work();
      return;
    } catch (const DeviceLost& lost) {
      pauseForDevice(stepId, lost);
    }
  }
}

void RunContext::checkpoint(const std::string& stepId) {
  if (control.abortRequested()) throw Aborted{};
  if (!control.pauseRequested()) return;
  const std::string reason = str(EngineText::tr("paused by the operator"));
  event("pause", stepId, reason);
  store.setRunStatus(runId, store::RunStatus::Paused, reason);
  setState(RunState::Paused, reason);
  control.waitForResume();
  const std::string resumed = str(EngineText::tr("resumed by the operator"));
  store.setRunStatus(runId, store::RunStatus::Running, resumed);
  event("resume", stepId, resumed);
  setState(RunState::Running, {});
}

void RunContext::pauseForDevice(const std::string& stepId, const DeviceLost& lost) {
  lastPose.clear();  // the robot may be anywhere now: re-approach from the sequence
  //: %1 role, %2 what happened (timed out, disconnected, fault), %3 the device's own message
  const std::string reason =
      str(EngineText::tr("%1 %2: %3")
              .arg(qs(lost.role), kindWord(lost.error.kind), qs(lost.error.message)));
  event("pause", stepId, reason);
  store.setRunStatus(runId, store::RunStatus::Paused, reason);
  setState(RunState::Paused, reason);
  log(str(EngineText::tr("paused: %1").arg(qs(reason))));

  const auto lc = station.lifecycles.find(lost.role);
  if (lost.error.kind == devices::DeviceError::Kind::Fault) {
    // A fault (emergency stop, alarm) needs a person on site, whatever autoResume says: the
    // operator clears it on the device and then resumes the run.
    log(str(EngineText::tr("%1 is in fault: clear it on the device, then resume the run")
                .arg(qs(lost.role))));
    control.waitForResume();
    if (lc != station.lifecycles.end()) lc->second->faultCleared();
    event("fault-cleared", stepId,
          str(EngineText::tr("%1: the operator cleared the fault").arg(qs(lost.role))));
  } else {
    waitUntilReady(lost.role, reason);
    event("reconnect", stepId, str(EngineText::tr("%1 is ready again").arg(qs(lost.role))));
    if (!request.autoResume) {
      log(str(EngineText::tr("%1 is ready again; waiting for the operator to resume")
                  .arg(qs(lost.role))));
      control.waitForResume();
    }
  }
  control.clearPause();
  store.setRunStatus(runId, store::RunStatus::Running,
                     str(EngineText::tr("resumed after %1 came back").arg(qs(lost.role))));
  event("resume", stepId,
        str(request.autoResume ? EngineText::tr("resumed automatically")
                               : EngineText::tr("resumed by the operator")));
  setState(RunState::Running, {});
}

void RunContext::waitUntilReady(const std::string& role, const std::string& reason) {
  // Wait for the device to be ready again (its driver reconnects by itself).
  const auto lc = station.lifecycles.find(role);
  const auto ready = [&] {
    return lc == station.lifecycles.end() || lc->second->state() == devices::DeviceState::Ready;
  };
  const auto deadline = std::chrono::steady_clock::now() + request.deviceWait;
  // A dropout can be reported before the lifecycle has seen the link go down: give it a moment
  // so "ready" is not read from before the loss.
  control.sleepFor(std::chrono::milliseconds(200));
  while (!ready()) {
    if (std::chrono::steady_clock::now() > deadline)
      throw DeviceGone(
          str(EngineText::tr("%1 did not come back within %2 s: %3")
                  .arg(qs(role), QString::number(request.deviceWait.count()), qs(reason))));
    control.sleepFor(std::chrono::milliseconds(50));
  }
}

void RunContext::storeMeasurement(const store::PoseMeasurement& m) {
  store.addPoseMeasurements(runId, std::span(&m, 1));
  stored_.insert({m.series, m.pose, m.direction, m.cycle});
  observer.measured(m);
  unitDone();
}

void RunContext::loadCheckpoint(const std::string& json) {
  if (json.empty()) return;
  const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
  for (const QJsonValue& v : o.value("done").toArray())
    doneSteps.insert(v.toString().toStdString());
  const QJsonObject e = o.value("endurance").toObject();
  for (auto it = e.begin(); it != e.end(); ++it) {
    const QJsonObject st = it.value().toObject();
    endurance[it.key().toStdString()] = {st.value("cycle").toInteger(),
                                         st.value("test_hours").toDouble()};
  }
}

void RunContext::saveCheckpoint() {
  QJsonArray done;
  for (const std::string& id : doneSteps) done.append(QString::fromStdString(id));
  QJsonObject e;
  for (const auto& [id, st] : endurance) {
    e.insert(QString::fromStdString(id),
             QJsonObject{{"cycle", static_cast<qint64>(st.cycle)}, {"test_hours", st.testHours}});
  }
  const QJsonObject o{{"done", done}, {"endurance", e}};
  store.setCheckpoint(runId, QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString());
}

std::optional<std::int64_t> RunContext::instrumentFor(const std::string& role) const {
  const auto it = station.instruments.find(role);
  if (it == station.instruments.end()) return std::nullopt;
  return it->second;
}

void RunContext::event(const std::string& kind, const std::string& step, const std::string& detail,
                       std::optional<std::int64_t> cycle, std::optional<double> testHours) {
  store::RunEvent e;
  e.kind = kind;
  e.step = step;
  e.detail = detail;
  e.cycle = cycle;
  e.testHours = testHours;
  store.addRunEvent(runId, e);
}

void RunContext::log(const std::string& line) { observer.log(line); }

void RunContext::setState(RunState s, const std::string& reason) { observer.state(s, reason); }

void RunContext::progress(Progress p) { observer.progress(p); }

void RunContext::unitDone() {
  const auto now = std::chrono::steady_clock::now();
  if (unitsDone_ == 0) firstUnit_ = unitStart_;
  ++unitsDone_;
  unitWallS_ = std::chrono::duration<double>(now - firstUnit_).count();
}

std::optional<double> RunContext::secondsPerUnit() const {
  if (unitsDone_ < 2) return std::nullopt;
  return unitWallS_ / static_cast<double>(unitsDone_);
}

std::string RunContext::manipulatorRole() const {
  if (station.manipulators.size() == 1) return station.manipulators.begin()->first;
  return station.manipulators.count("robot") ? "robot" : std::string{};
}

std::string RunContext::poseSensorRole() const {
  if (station.poseSensors.size() == 1) return station.poseSensors.begin()->first;
  return station.poseSensors.count("tracker") ? "tracker" : std::string{};
}

}  // namespace robocert::engine::detail
