#include "script_step.hpp"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

#include "text.hpp"

namespace robocert::engine::detail {

namespace {

// Every host call runs as a unit of the run: a dropout pauses and repeats the call; a refusal
// becomes a JavaScript Error the script may catch; an abort ends the script (the runner is
// interrupted by Engine::abort as well).
class RunHost final : public script::Host {
 public:
  RunHost(RunContext& ctx, const plan::Step& step) : ctx_(ctx), step_(step) {}

  std::vector<Role> roles() const override {
    std::vector<Role> out;
    for (const auto& [name, d] : ctx_.station.manipulators)
      out.push_back({name, plan::Capability::Manipulator, {}});
    for (const auto& [name, d] : ctx_.station.poseSensors)
      out.push_back({name, plan::Capability::PoseSensor, {}});
    for (const auto& [name, d] : ctx_.station.scalarSensors)
      out.push_back({name, plan::Capability::ScalarSensor, d->quantity()});
    for (const auto& [name, d] : ctx_.station.actuators)
      out.push_back({name, plan::Capability::Actuator, {}});
    return out;
  }
  std::map<std::string, metrology::Pose6> poses() const override { return ctx_.poses; }

  void move(const std::string& role, const metrology::Pose6& target, bool linear,
            double speedFraction) override {
    call([&] {
      ctx_.move(role, target, linear ? devices::Motion::Linear : devices::Motion::Joint,
                speedFraction);
      ctx_.lastPose.clear();
    });
  }
  metrology::Pose6 commandedPose(const std::string& role) override {
    metrology::Pose6 p;
    call([&] { p = ctx_.controllerPose(role); });
    return p;
  }
  metrology::Pose6 measure(const std::string& role) override {
    metrology::Pose6 p;
    call([&] { p = ctx_.measureInBase(role); });
    return p;
  }
  Reading read(const std::string& role) override {
    Reading r;
    call([&] {
      const devices::Reading d = ctx_.read(role);
      r = {d.value, d.unit};
    });
    return r;
  }
  void apply(const std::string& role, double value, const std::string& unit) override {
    call([&] { ctx_.apply(role, value, unit); });
  }
  void record(const std::string& name, double value, const std::string& unit) override {
    if (!std::isfinite(value))
      throw script::HostError(str(EngineText::tr("record(%1): not a finite number").arg(qs(name))));
    const QJsonObject o{{"name", QString::fromStdString(name)},
                        {"value", value},
                        {"unit", QString::fromStdString(unit)}};
    ctx_.event("record", step_.id, QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString());
  }
  bool prompt(const std::string& text) override {
    const bool ok = ctx_.observer.prompt(text);
    ctx_.event(
        "prompt", step_.id,
        str((ok ? EngineText::tr("confirmed: %1") : EngineText::tr("declined: %1")).arg(qs(text))));
    return ok;
  }
  void sleepMs(double ms) override {
    call([&] { ctx_.settle(ms / 1000.0); });
  }
  void log(const std::string& text) override { ctx_.log(step_.id + ": " + text); }
  bool aborted() const override { return ctx_.control.abortRequested(); }

 private:
  template <typename F>
  void call(F&& work) {
    if (gone_) throw script::HostError(gone_->what());
    try {
      ctx_.unit(step_.id, work);
    } catch (const DeviceGone& e) {
      // The device stayed away (or kept failing): the run is interrupted, not the script's
      // fault. The script sees an error it cannot get past (every later call fails the same way)
      // and runScript ends the run as interrupted once the script has returned.
      gone_ = e;
      throw script::HostError(e.what());
    } catch (const StepFailed& e) {
      throw script::HostError(e.what());
    } catch (const Aborted&) {
      throw script::HostError(str(EngineText::tr("the run was aborted")));
    }
  }

  RunContext& ctx_;
  const plan::Step& step_;
  std::optional<DeviceGone> gone_;

 public:
  const std::optional<DeviceGone>& gone() const { return gone_; }
};

}  // namespace

void checkScriptHost(const plan::Plan& plan, const RunRequest& request) {
  const bool scripts = std::any_of(plan.steps.begin(), plan.steps.end(),
                                   [](const plan::Step& s) { return !s.script.empty(); });
  if (!scripts) return;
  if (const auto problem = script::scriptHostProblem(request.scriptHost))
    throw StepFailed(str(
        EngineText::tr("the plan has script steps, and they cannot run: %1").arg(qs(*problem))));
}

void runScript(RunContext& ctx, const StepCall& call, script::Runner& runner) {
  if (ctx.control.abortRequested()) throw Aborted{};
  RunHost host(ctx, call.step);
  const auto error = runner.run(call.step.script, host, ctx.values);
  if (ctx.control.abortRequested()) throw Aborted{};
  if (host.gone()) throw *host.gone();
  if (!error) return;
  if (error->kind == script::ScriptError::Kind::Stopped) {
    // Run again, it would be stopped again: recorded, marked done so that a resumed run goes
    // past it, and reported as a deviation; what it recorded before is not a result.
    const QString why =
        EngineText::tr("script step %1 was stopped: %2").arg(qs(call.step.id), qs(error->message));
    ctx.event(kScriptStoppedEvent, call.step.id, str(why));
    ctx.doneSteps.insert(call.step.id);
    ctx.saveCheckpoint();
    throw ScriptStopped(str(EngineText::tr("%1; resume the run to go on without this step's "
                                           "results")
                                .arg(why)));
  }
  const int line = error->line > 0 ? call.step.scriptAt.line + error->line - 1 : call.step.at.line;
  throw StepFailed(str(EngineText::tr("script step %1 failed at plan line %2: %3")
                           .arg(qs(call.step.id), QString::number(line), qs(error->message))));
}

}  // namespace robocert::engine::detail
