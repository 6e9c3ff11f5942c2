#include "run_context.hpp"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
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

// A device operation of the run: started unless the run is aborted, then waited for up to
// `timeout`. An abort ends the wait at once (Aborted) while the device still works on it:
// Engine::abort stops the robot itself, from its own thread.
template <typename T, typename Start>
devices::Outcome<T> await(Control& control, Start&& start, milliseconds timeout) {
  auto r = devices::waitFor<T>(
      [&](devices::Completion<T> done) {
        control.startUnlessAborted([&] { start(std::move(done)); });
      },
      timeout, control.stopToken());
  if (control.abortRequested()) throw Aborted{};
  return r;
}

template <typename Start>
std::optional<DeviceError> awaitDone(Control& control, Start&& start, milliseconds timeout,
                                     bool isMove = false) {
  auto e = devices::waitFor(
      [&](devices::Done done) {
        const auto go = [&] { start(std::move(done)); };
        if (isMove) {
          control.startMove(go);
        } else {
          control.startUnlessAborted(go);
        }
      },
      timeout, control.stopToken());
  if (control.abortRequested()) throw Aborted{};
  return e;
}

}  // namespace

// ---- Control ----

void Control::requestPause() {
  std::lock_guard l(m_);
  pause_ = true;
  pauseSince_ = resumes_;
  ++pauses_;
  cv_.notify_all();
}

std::uint64_t Control::pauses() const {
  std::lock_guard l(m_);
  return pauses_;
}

void Control::requestResume() {
  std::lock_guard l(m_);
  pause_ = false;
  ++resumes_;
  cv_.notify_all();
}

void Control::requestAbort() {
  {
    std::lock_guard l(m_);
    abort_ = true;
    cv_.notify_all();
  }
  stop_.request_stop();
}

bool Control::abortRequested() const {
  std::lock_guard l(m_);
  return abort_;
}

std::uint64_t Control::resumes() const {
  std::lock_guard l(m_);
  return resumes_;
}

std::optional<std::uint64_t> Control::pauseRequest() const {
  std::lock_guard l(m_);
  if (!pause_) return std::nullopt;
  return pauseSince_;
}

void Control::sleepFor(std::chrono::duration<double> wall) {
  // Compared as doubles before any conversion: a huge or NaN duration converted to integer
  // nanoseconds would overflow (undefined behaviour; in practice a wait that ends at once).
  const double s = std::isfinite(wall.count()) ? std::max(wall.count(), 0.0) : 0.0;
  const auto wait =
      std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::duration<double>(
          std::min(s, std::chrono::duration<double>(kLongestWallWait).count())));
  std::unique_lock l(m_);
  cv_.wait_for(l, wait, [&] { return abort_; });
  if (abort_) throw Aborted{};
}

void Control::waitForResume(std::uint64_t since) {
  std::unique_lock l(m_);
  cv_.wait(l, [&] { return abort_ || resumes_ > since; });
  if (abort_) throw Aborted{};
}

void Control::startUnlessAborted(const std::function<void()>& start) {
  std::lock_guard l(m_);
  if (abort_) throw Aborted{};
  start();
}

void Control::startMove(const std::function<void()>& start) {
  std::lock_guard l(m_);
  if (abort_) throw Aborted{};
  if (pause_) throw Held{};
  start();
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
  const std::uint64_t pauses = control.pauses();
  const auto error = awaitDone(
      control, [&](devices::Done done) { m->move(req, std::move(done)); }, kMoveWait, true);
  // Engine::pause stopped it: the unit is done again after the resume.
  if (error && error->kind == DeviceError::Kind::Stopped && control.pauses() != pauses)
    throw Held{};
  okOrThrow(role, EngineText::tr("move"), error);
}

devices::PoseSample RunContext::measureRaw(const std::string& sensorRole) {
  if (control.abortRequested()) throw Aborted{};
  const auto it = station.poseSensors.find(sensorRole);
  if (it == station.poseSensors.end())
    throw StepFailed(str(EngineText::tr("no pose sensor for role %1").arg(qs(sensorRole))));
  devices::PoseSensor* s = it->second;
  return valueOrThrow<devices::PoseSample>(
      sensorRole, EngineText::tr("measurement"),
      await<devices::PoseSample>(
          control,
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
      await<devices::Reading>(
          control, [&](devices::Completion<devices::Reading> done) { s->read(std::move(done)); },
          kRequestWait));
}

void RunContext::apply(const std::string& role, double value, const std::string& unit) {
  if (control.abortRequested()) throw Aborted{};
  const auto it = station.actuators.find(role);
  if (it == station.actuators.end())
    throw StepFailed(str(EngineText::tr("no actuator for role %1").arg(qs(role))));
  devices::Actuator* a = it->second;
  okOrThrow(role, EngineText::tr("set point"),
            awaitDone(
                control, [&](devices::Done done) { a->apply("", value, unit, std::move(done)); },
                kRequestWait));
}

metrology::Pose6 RunContext::controllerPose(const std::string& role) {
  const auto it = station.manipulators.find(role);
  if (it == station.manipulators.end())
    throw StepFailed(str(EngineText::tr("no manipulator for role %1").arg(qs(role))));
  devices::Manipulator* m = it->second;
  return valueOrThrow<metrology::Pose6>(
      role, EngineText::tr("pose query"),
      await<metrology::Pose6>(
          control,
          [&](devices::Completion<metrology::Pose6> done) { m->readPose(std::move(done)); },
          kRequestWait));
}

void RunContext::settle(double stationS) {
  const double longestS = std::chrono::duration<double>(kLongestWait).count();
  if (!std::isfinite(stationS) || stationS < 0.0 || stationS > longestS)
    //: %1 the wait asked for in seconds (may be huge), %2 the longest (86400)
    throw StepFailed(str(EngineText::tr("a wait of %1 s is not possible: a single wait lasts 0 "
                                        "to %2 s (24 h) of station time; wait in a loop for "
                                        "longer")
                             .arg(QString::number(stationS, 'g', 12))
                             .arg(QString::number(longestS, 'f', 0))));
  if (stationS == 0.0) return;
  control.sleepFor(std::chrono::duration<double>(stationS / station.timeScale));
}

void RunContext::unit(const std::string& stepId, const std::function<void()>& work) {
  for (;;) {
    checkpoint(stepId);
    unitStart_ = std::chrono::steady_clock::now();
    try {
      work();
      dropoutsInARow_ = 0;
      return;
    } catch (const DeviceLost& lost) {
      pauseForDevice(stepId, lost);
    } catch (const Held&) {
      lastPose.clear();  // stopped on its way: re-approach from the sequence
    }
  }
}

void RunContext::checkpoint(const std::string& stepId) {
  if (control.abortRequested()) throw Aborted{};
  const std::optional<std::uint64_t> since = control.pauseRequest();
  if (!since) return;
  const std::string reason = str(EngineText::tr("paused by the operator"));
  event("pause", stepId, reason);
  store.setRunStatus(runId, store::RunStatus::Paused, reason);
  setState(RunState::Paused, reason);
  control.waitForResume(*since);
  const std::string resumed = str(EngineText::tr("resumed by the operator"));
  store.setRunStatus(runId, store::RunStatus::Running, resumed);
  event("resume", stepId, resumed);
  setState(RunState::Running, {});
}

void RunContext::pauseForDevice(const std::string& stepId, const DeviceLost& lost) {
  // Any resume from now on answers this pause, also one that comes before the waits below.
  const std::uint64_t since = control.resumes();
  lastPose.clear();  // the robot may be anywhere now: re-approach from the sequence
  //: %1 role, %2 what happened (timed out, disconnected, fault), %3 the device's own message
  const std::string reason =
      str(EngineText::tr("%1 %2: %3")
              .arg(qs(lost.role), kindWord(lost.error.kind), qs(lost.error.message)));
  event("pause", stepId, reason);
  store.setRunStatus(runId, store::RunStatus::Paused, reason);
  if (++dropoutsInARow_ > kRetriesInARow)
    //: %1 role, %2 what happened (timed out, ...), %3 how many times, %4 the device's message
    throw DeviceGone(str(EngineText::tr("%1 %2 %3 times in a row on the same unit of work (last: "
                                        "%4); the run is interrupted: check the device '%1' "
                                        "and its connection, then resume the run")
                             .arg(qs(lost.role), kindWord(lost.error.kind))
                             .arg(dropoutsInARow_)
                             .arg(qs(lost.error.message))));
  setState(RunState::Paused, reason);
  log(str(EngineText::tr("paused: %1").arg(qs(reason))));

  const auto lc = station.lifecycles.find(lost.role);
  if (lost.error.kind == devices::DeviceError::Kind::Fault) {
    // A fault (emergency stop, alarm) needs a person on site, whatever autoResume says: the
    // operator clears it on the device and then resumes the run.
    log(str(EngineText::tr("%1 is in fault: clear it on the device, then resume the run")
                .arg(qs(lost.role))));
    control.waitForResume(since);
    if (lc != station.lifecycles.end()) lc->second->faultCleared();
    event("fault-cleared", stepId,
          str(EngineText::tr("%1: the operator cleared the fault").arg(qs(lost.role))));
  } else {
    waitUntilReady(lost.role, reason);
    event("reconnect", stepId, str(EngineText::tr("%1 is ready again").arg(qs(lost.role))));
    if (!request.autoResume) {
      log(str(EngineText::tr("%1 is ready again; waiting for the operator to resume")
                  .arg(qs(lost.role))));
      control.waitForResume(since);
    }
  }
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
  // Bounded like every wait, so the deadline cannot overflow the clock.
  const auto deadline =
      std::chrono::steady_clock::now() +
      std::min<std::chrono::seconds>(request.deviceWait, Control::kLongestWallWait);
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
  dropoutsInARow_ = 0;
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
