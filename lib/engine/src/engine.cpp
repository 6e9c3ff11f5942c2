#include "robocert/engine/engine.hpp"

#include <QJsonDocument>
#include <QJsonObject>
#include <atomic>
#include <mutex>
#include <thread>

#include "robocert/devices/blocking.hpp"

#include "procedures.hpp"
#include "results.hpp"
#include "robocert/metrology/registration.hpp"
#include "robocert/report/budget.hpp"
#include "robocert/script/script_host.hpp"
#include "robocert/store/error.hpp"
#include "run_context.hpp"
#include "script_step.hpp"
#include "text.hpp"

namespace robocert::engine {

using namespace detail;

const char* toString(RunState s) {
  switch (s) {
    case RunState::Idle:
      return "idle";
    case RunState::Running:
      return "running";
    case RunState::Paused:
      return "paused";
    case RunState::Completed:
      return "completed";
    case RunState::Aborted:
      return "aborted";
    case RunState::Interrupted:
      return "interrupted";
  }
  return "idle";
}

namespace {

std::string problemsText(const std::vector<plan::Problem>& problems) {
  std::string s;
  for (const plan::Problem& p : problems) s += (s.empty() ? "" : "; ") + p.message;
  return s;
}

QString capabilityWord(plan::Capability c) {
  switch (c) {
    case plan::Capability::Manipulator:
      return EngineText::tr("manipulator");
    case plan::Capability::PoseSensor:
      return EngineText::tr("pose sensor");
    case plan::Capability::ScalarSensor:
      return EngineText::tr("scalar sensor");
    case plan::Capability::Actuator:
      return EngineText::tr("actuator");
  }
  return EngineText::tr("device");
}

// devices::toString gives the state as data (logs, JSON); this is the word for a person.
QString stateWord(devices::DeviceState s) {
  switch (s) {
    case devices::DeviceState::Disconnected:
      return EngineText::tr("disconnected");
    case devices::DeviceState::Connected:
      return EngineText::tr("connected");
    case devices::DeviceState::Ready:
      return EngineText::tr("ready");
    case devices::DeviceState::Fault:
      return EngineText::tr("fault");
  }
  return qs(devices::toString(s));
}

bool stationHas(const StationDevices& st, const plan::EquipmentRole& r) {
  switch (r.capability) {
    case plan::Capability::Manipulator:
      return st.manipulators.count(r.role) > 0;
    case plan::Capability::PoseSensor:
      return st.poseSensors.count(r.role) > 0;
    case plan::Capability::ScalarSensor:
      return st.scalarSensors.count(r.role) > 0;
    case plan::Capability::Actuator:
      return st.actuators.count(r.role) > 0;
  }
  return false;
}

std::string today() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

}  // namespace

struct Engine::Impl {
  Impl(StationDevices s, Observer& o) : station(std::move(s)), observer(o) {}

  StationDevices station;
  Observer& observer;
  Control control;
  script::Runner* activeRunner = nullptr;  // the run's script runner, for abort (guarded by m)
  std::mutex m;
  std::atomic<RunState> state{RunState::Idle};
  std::atomic<bool> interrupted{false};
  std::thread thread;
  RunOutcome outcome;

  void setState(RunState s, const std::string& reason) {
    state = s;
    observer.state(s, reason);
  }

  // After an abort or a pause request: the robot stops now, not when the engine thread next
  // looks (it may be waiting for a long move). STOP from the calling thread, to every
  // manipulator (async drivers, safe from any thread). No move starts after the request
  // (Control::startMove), so this STOP comes after the last one; a robot at rest ignores it.
  void stopRobots() {
    const RunState s = state;
    if (s != RunState::Running && s != RunState::Paused) return;
    for (const auto& [role, manipulator] : station.manipulators)
      manipulator->stop([](const std::optional<devices::DeviceError>&) {});
  }

  void run(const RunRequest& request);
  // A plausible reading of the station's environment sensor for `role` in `unit`, or nullopt
  // when the station has none, it does not answer or it reads nonsense (logged: the report
  // then says "not recorded").
  std::optional<double> environment(const std::string& role, const std::string& unit,
                                    const store::Range& plausible);
  // The test condition `role` for the run's record: the value entered by hand if there is one,
  // else the sensor's. When both exist the sensor's reading goes into `overrides` as an event
  // (the report lists it as a deviation): a hand-entered value never hides the sensor silently.
  std::optional<double> condition(const std::string& role, const std::string& unit,
                                  const store::Range& plausible, std::optional<double> entered,
                                  std::vector<store::RunEvent>& overrides);
  void execute(store::Store& store, const RunRequest& request, std::int64_t runId,
               const plan::Values& values);
};

std::optional<double> Engine::Impl::environment(const std::string& role, const std::string& unit,
                                                const store::Range& plausible) {
  const auto it = station.scalarSensors.find(role);
  if (it == station.scalarSensors.end()) return std::nullopt;
  devices::ScalarSensor* sensor = it->second;
  const auto r = devices::waitFor<devices::Reading>(
      [&](devices::Completion<devices::Reading> done) { sensor->read(std::move(done)); },
      std::chrono::seconds(5));
  if (const auto* e = std::get_if<devices::DeviceError>(&r)) {
    observer.log(str(EngineText::tr("%1 sensor: %2").arg(qs(role), qs(e->message))));
    return std::nullopt;
  }
  const devices::Reading& reading = std::get<devices::Reading>(r);
  if (reading.unit != unit) {
    observer.log(str(EngineText::tr("%1 sensor reads in %2, not %3: not recorded")
                         .arg(qs(role), qs(reading.unit), qs(unit))));
    return std::nullopt;
  }
  if (!plausible.contains(reading.value)) {
    observer.log(str(EngineText::tr("%1 sensor reads %2 %3, which no test hall has: not recorded")
                         .arg(qs(role))
                         .arg(reading.value)
                         .arg(qs(unit))));
    return std::nullopt;
  }
  return reading.value;
}

std::optional<double> Engine::Impl::condition(const std::string& role, const std::string& unit,
                                              const store::Range& plausible,
                                              std::optional<double> entered,
                                              std::vector<store::RunEvent>& overrides) {
  const std::optional<double> sensor = environment(role, unit, plausible);
  if (!entered) return sensor;
  if (sensor) {
    store::RunEvent e;
    e.kind = "environment-override";
    e.detail = QJsonDocument(QJsonObject{{"quantity", qs(role)},
                                         {"unit", qs(unit)},
                                         {"entered", *entered},
                                         {"sensor", *sensor}})
                   .toJson(QJsonDocument::Compact)
                   .toStdString();
    overrides.push_back(std::move(e));
  }
  return entered;
}

namespace {

// A test condition given with the request must be one a test hall can have; nothing is written
// otherwise.
void checkCondition(const QString& what, std::optional<double> v, const store::Range& plausible,
                    const char* unit) {
  if (!v || plausible.contains(*v)) return;
  throw StepFailed(str(EngineText::tr("the %1 %2 %3 is not plausible: give a value from %4 to "
                                      "%5 %3")
                           .arg(what)
                           .arg(*v)
                           .arg(QString::fromUtf8(unit))
                           .arg(plausible.min)
                           .arg(plausible.max)));
}

}  // namespace

void Engine::Impl::run(const RunRequest& request) {
  std::optional<store::Store> store;
  std::int64_t runId = 0;
  try {
    store =
        store::Store::open(request.database, store::Store::Mode::ReadWrite, request.operatorName);
    const plan::Plan& plan = request.plan;

    // ---- Before anything moves ----
    checkScriptHost(plan, request);
    checkCondition(EngineText::tr("temperature"), request.temperatureC,
                   store::kPlausibleTemperatureC, "°C");
    checkCondition(EngineText::tr("relative humidity"), request.humidityPct,
                   store::kPlausibleHumidityPct, "%");
    if (request.resumeRunId) {
      // Refused at once, before waiting for any device; the take-over below checks again, in
      // the same transaction as it takes the run.
      if (const auto refusal = store->resumeRefusal(*request.resumeRunId))
        throw StepFailed(str(EngineText::tr("run %1 cannot be resumed: %2")
                                 .arg(*request.resumeRunId)
                                 .arg(qs(*refusal))));
    }
    for (const plan::EquipmentRole& r : plan.equipment) {
      if (!r.optional && !stationHas(station, r))
        throw StepFailed(str(EngineText::tr("the station has no %1 for the plan's role '%2'")
                                 .arg(capabilityWord(r.capability), qs(r.role))));
    }
    plan::Values values;
    if (request.resumeRunId) {
      const store::Run old = store->run(*request.resumeRunId);
      if (old.planSha256 != plan.sha256Hex)
        throw StepFailed(str(EngineText::tr("run %1 was made with another plan (%2, SHA-256 "
                                            "%3...): resume it with the plan it started with")
                                 .arg(old.id)
                                 .arg(qs(old.planName), qs(old.planSha256.substr(0, 12)))));
      auto stored = plan::valuesFromJson(plan, old.parametersJson);
      if (!stored)
        throw StepFailed(str(EngineText::tr("the stored run has no value for a parameter of "
                                            "plan %1")
                                 .arg(qs(plan.id))));
      values = std::move(*stored);
    } else {
      auto resolved = plan::resolve(plan, request.overrides);
      if (auto* problems = std::get_if<std::vector<plan::Problem>>(&resolved))
        throw StepFailed(str(EngineText::tr("parameters: %1").arg(qs(problemsText(*problems)))));
      values = std::get<plan::Values>(std::move(resolved));
    }
    for (const auto& [role, instrumentId] : station.instruments) {
      const auto [status, cal] = store->calibrationOn(instrumentId, today());
      // The plan's minimum capability of a pose sensor: its calibrated expanded uncertainty at
      // 1 m (U = a + b L) must not exceed mpe_um. Without numbers on the calibration record it
      // cannot be checked, and the log says so.
      const plan::EquipmentRole* need = plan.role(role);
      if (need && need->minimum.count("mpe_um") && cal) {
        const double limitUm = need->minimum.at("mpe_um");
        if (cal->uConstUm && cal->uPerMUm) {
          const double atOneMetreUm = *cal->uConstUm + *cal->uPerMUm;
          if (atOneMetreUm > limitUm)
            throw StepFailed(str(EngineText::tr("the instrument for '%1' is not good enough for "
                                                "this plan: its calibrated uncertainty at 1 m is "
                                                "%2 µm, the plan asks for at most %3 µm")
                                     .arg(qs(role))
                                     .arg(atOneMetreUm)
                                     .arg(limitUm)));
        } else {
          observer.log(str(EngineText::tr("the capability of the instrument for '%1' cannot be "
                                          "checked: its calibration record has no numeric "
                                          "uncertainty")
                               .arg(qs(role))));
        }
      }
      if (status == store::CalibrationStatus::Valid || request.overrideCalibration) continue;
      throw StepFailed(
          str(status == store::CalibrationStatus::Expired
                  ? EngineText::tr("the instrument for '%1' has an expired calibration (due %2): "
                                   "recalibrate it, or override with a stated reason")
                        .arg(qs(role), qs(cal ? cal->dueOn : std::string{}))
                  : EngineText::tr("the instrument for '%1' has no calibration on record: "
                                   "recalibrate it, or override with a stated reason")
                        .arg(qs(role))));
    }
    for (const auto& [role, lc] : station.lifecycles) {
      const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
      while (lc->state() != devices::DeviceState::Ready) {
        if (std::chrono::steady_clock::now() > deadline)
          throw StepFailed(
              str(lc->reason().empty()
                      ? EngineText::tr("device '%1' is not ready (%2): check that it is on and "
                                       "reachable")
                            .arg(qs(role), stateWord(lc->state()))
                      : EngineText::tr("device '%1' is not ready (%2: %3): check that it is on and "
                                       "reachable")
                            .arg(qs(role), stateWord(lc->state()), qs(lc->reason()))));
        control.sleepFor(std::chrono::milliseconds(50));
      }
    }

    // ---- The run ----
    if (request.resumeRunId) {
      // The run is this engine's only once taken over: a refusal must leave it as it is, so the
      // error path below must not see its id before.
      store->resumeRun(*request.resumeRunId,
                       str(EngineText::tr("resumed by %1").arg(qs(request.operatorName))));
      runId = *request.resumeRunId;
    } else {
      store::ItemInfo info = request.itemInfo;
      info.serial = request.itemSerial;
      if (info.kind.empty()) info.kind = plan.appliesTo;
      const store::Item item = store->findOrCreateItem(info);
      if (!plan.appliesTo.empty() && item.kind != plan.appliesTo)
        throw StepFailed(str(EngineText::tr("item %1 is a %2; the plan applies to %3")
                                 .arg(qs(item.serial), qs(item.kind), qs(plan.appliesTo))));
      store::RunInfo ri;
      ri.itemId = item.id;
      std::vector<store::RunEvent> overrides;
      ri.temperatureC = condition("temperature", "°C", store::kPlausibleTemperatureC,
                                  request.temperatureC, overrides);
      ri.humidityPct =
          condition("humidity", "%", store::kPlausibleHumidityPct, request.humidityPct, overrides);
      ri.stationId = station.stationId;
      ri.operatorName = request.operatorName;
      ri.planName = plan.id + " " + plan.version;
      ri.planText = plan.sourceText;
      ri.parametersJson = plan::valuesToJson(values);
      runId = store->createRun(ri);
      for (const auto& [role, instrumentId] : station.instruments)
        store->attachInstrument(runId, instrumentId, role, request.overrideCalibration,
                                request.overrideReason);
      // Where the work is done (the report says so): the station as its file describes it.
      store::RunEvent where;
      where.kind = "station";
      where.detail =
          station.location.empty() ? station.name : station.name + ", " + station.location;
      store->addRunEvent(runId, where);
      for (const store::RunEvent& e : overrides) store->addRunEvent(runId, e);
    }
    {
      std::lock_guard l(m);
      outcome.runId = runId;
    }
    setState(RunState::Running, {});
    execute(*store, request, runId, values);

    outcome.results = computeResults(*store, runId, plan, values);
    // The expanded uncertainties (GUM, validated by Monte Carlo, lib/report/budget.hpp), then the
    // verdicts with them. Without a budget (no numeric calibration of the pose sensor, say) the
    // results are stored without U, and the rules that need U leave the verdict undecided.
    try {
      report::applyBudgets(report::budgets(*store, runId), outcome.results);
    } catch (const std::runtime_error& e) {
      observer.log(str(EngineText::tr("no uncertainty budgets: %1").arg(qs(e.what()))));
    }
    decideVerdicts(outcome.results, plan);
    // One transaction: a program killed here leaves the run without results, and its
    // resumption computes them once.
    outcome.results = store->completeRun(runId, outcome.results);
    outcome.state = RunState::Completed;
    setState(RunState::Completed, {});
  } catch (const Aborted&) {
    if (interrupted) {
      outcome.error = str(EngineText::tr("interrupted by the operator; resume with the run id"));
      outcome.state = RunState::Interrupted;
    } else {
      outcome.error = str(EngineText::tr("aborted by the operator"));
      outcome.state = RunState::Aborted;
    }
  } catch (const DeviceGone& e) {
    outcome.error = e.what();
    outcome.state = RunState::Interrupted;
  } catch (const StepFailed& e) {
    outcome.error = e.what();
    outcome.state = RunState::Aborted;
  } catch (const store::StoreError& e) {
    // what() names the file and SQLite's words, and for a damaged file what to do.
    outcome.error = str(EngineText::tr("lab database %1").arg(QString::fromUtf8(e.what())));
    outcome.state = runId ? RunState::Interrupted : RunState::Aborted;
  } catch (const std::exception& e) {
    outcome.error = str(EngineText::tr("internal error: %1").arg(QString::fromUtf8(e.what())));
    outcome.state = RunState::Aborted;
  }
  if (outcome.state != RunState::Completed) {
    if (store && runId) {
      try {
        store->setRunStatus(runId,
                            outcome.state == RunState::Interrupted ? store::RunStatus::Interrupted
                                                                   : store::RunStatus::Aborted,
                            outcome.error);
      } catch (const store::StoreError&) {
        // The database itself failed: the next open marks the run interrupted.
      }
    }
    setState(outcome.state, outcome.error);
  }
  outcome.runId = runId;
}

void Engine::Impl::execute(store::Store& store, const RunRequest& request, std::int64_t runId,
                           const plan::Values& values) {
  RunContext ctx(store, runId, station, observer, control, request);
  ctx.values = values;
  ctx.loadCheckpoint(store.run(runId).checkpoint);
  const plan::Plan& plan = request.plan;
  script::Runner runner(script::Isolation{request.scriptHost, request.scriptLimits});
  {
    std::lock_guard l(m);
    activeRunner = &runner;
  }
  struct Detach {
    Impl* self;
    ~Detach() {
      std::lock_guard l(self->m);
      self->activeRunner = nullptr;
    }
  } detach{this};

  for (std::size_t i = 0; i < plan.steps.size(); ++i) {
    const plan::Step& step = plan.steps[i];
    ctx.checkpoint(step.id);
    // Scripts are not resumable inside: a finished one is not run again, nor one the sandbox
    // stopped (it would only be stopped again; see runScript). Prompts are asked again on a
    // resumed run (the operator confirms the set-up still holds). Procedures skip what is
    // stored by themselves.
    if (ctx.doneSteps.count(step.id) && !step.script.empty()) continue;
    const StepCall call{step,
                        step.procedure.empty() ? plan::stepArguments(step, values)
                                               : resolvedArguments(step, values),
                        i, plan.steps.size()};
    Progress p;
    p.stepIndex = i;
    p.stepCount = plan.steps.size();
    p.stepId = step.id;
    p.stepTitle = step.title.en.empty() ? step.id : step.title.en;
    p.total = plannedUnits(call);
    ctx.progress(p);
    if (step.script.empty()) {
      runProcedure(ctx, call);
    } else {
      runScript(ctx, call, runner);
    }
    ctx.doneSteps.insert(step.id);
    ctx.saveCheckpoint();
  }
}

Engine::Engine(StationDevices station, Observer& observer)
    : impl_(std::make_unique<Impl>(std::move(station), observer)) {}

Engine::~Engine() {
  if (impl_->thread.joinable()) {
    abort();
    impl_->thread.join();
  }
}

void Engine::start(RunRequest request) {
  if (impl_->thread.joinable()) throw std::logic_error("Engine::start: a run was started already");
  impl_->thread = std::thread([impl = impl_.get(), r = std::move(request)] { impl->run(r); });
}

void Engine::pause() {
  impl_->control.requestPause();
  impl_->stopRobots();
}

void Engine::resume() { impl_->control.requestResume(); }

void Engine::abort() {
  impl_->control.requestAbort();
  impl_->stopRobots();
  std::lock_guard l(impl_->m);
  if (impl_->activeRunner) impl_->activeRunner->interrupt();
}

void Engine::interrupt() {
  impl_->interrupted = true;
  abort();
}

RunState Engine::state() const { return impl_->state; }

RunOutcome Engine::wait() {
  if (impl_->thread.joinable()) impl_->thread.join();
  return impl_->outcome;
}

std::optional<Eigen::Isometry3d> registeredFrame(const store::Store& store, std::int64_t runId,
                                                 const std::string& stepId) {
  const auto fit = fitRegistration(store, runId, stepId);
  if (const auto* r = std::get_if<metrology::Registration>(&fit)) return r->transform;
  return std::nullopt;
}

}  // namespace robocert::engine
