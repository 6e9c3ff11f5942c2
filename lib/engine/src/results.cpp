#include "results.hpp"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "procedures.hpp"
#include "robocert/metrology/decision.hpp"
#include "robocert/metrology/iso9283.hpp"
#include "robocert/metrology/registration.hpp"
#include "robocert/metrology/reliability.hpp"
#include "robocert/plan/characteristics.hpp"
#include "robocert/plan/procedures.hpp"
#include "script_step.hpp"

namespace robocert::engine::detail {

namespace {

using store::Result;

const char* const kAxes[3] = {"x", "y", "z"};
const char* const kAngles[3] = {"a", "b", "c"};

void add(std::vector<Result>& out, std::string characteristic, std::string subject, double value,
         std::string unit) {
  Result r;
  r.characteristic = std::move(characteristic);
  r.subject = std::move(subject);
  r.value = value;
  r.unit = std::move(unit);
  out.push_back(std::move(r));
}

// "pose_cycles/v100" -> "v100"
std::string speedOf(const std::string& series) { return series.substr(series.rfind('/') + 1); }

// The step's series in the order of its speeds (as the plan lists them: 100 %, 50 %, 10 %),
// each with its records.
std::vector<std::pair<std::string, std::vector<metrology::PoseRecord>>> seriesOf(
    const std::vector<store::PoseMeasurement>& ms, const plan::Step& step,
    const std::map<std::string, plan::Value>& args) {
  std::vector<std::pair<std::string, std::vector<metrology::PoseRecord>>> out;
  for (double speed : numbers(args, "speeds")) {
    const std::string series = step.id + "/" + speedTag(speed);
    std::vector<metrology::PoseRecord> records;
    for (const store::PoseMeasurement& m : ms)
      if (m.series == series)
        records.push_back({m.pose, m.cycle, m.direction, m.commanded, m.attained, 0});
    if (!records.empty()) out.emplace_back(series, std::move(records));
  }
  return out;
}

void poseResults(std::vector<Result>& out, const std::vector<store::PoseMeasurement>& ms,
                 const plan::Step& step, const std::map<std::string, plan::Value>& args) {
  const bool multi = text(args, "directions") == "multidirectional";
  for (const auto& [series, records] : seriesOf(ms, step, args)) {
    const auto analysis = metrology::analyzePoses(records, std::nullopt);
    if (std::holds_alternative<metrology::PoseAnalysisError>(analysis)) continue;  // too few
    auto a = std::get<metrology::PoseAnalysis>(analysis);
    // Reported P1..P5 (measured in the cycle's order P1, P5, P4, P3, P2).
    std::sort(a.poses.begin(), a.poses.end(), [](const auto& x, const auto& y) {
      return std::tie(x.pose, x.direction) < std::tie(y.pose, y.direction);
    });
    std::sort(a.variations.begin(), a.variations.end(),
              [](const auto& x, const auto& y) { return x.pose < y.pose; });
    const std::string speed = speedOf(series);
    for (const metrology::PoseResult& p : a.poses) {
      const std::string subject =
          p.pose + " " + speed + (multi ? " dir " + std::to_string(p.direction) : std::string{});
      add(out, "AP_P", subject, p.accuracy.apPMm, "mm");
      for (int k = 0; k < 3; ++k)
        add(out, std::string("AP_") + kAxes[k], subject, p.accuracy.apMm[k], "mm");
      for (int k = 0; k < 3; ++k)
        add(out, std::string("AP_") + kAngles[k], subject, p.accuracy.apDeg[k], "deg");
      add(out, "RP_l", subject, p.repeatability.rpLMm, "mm");
      for (int k = 0; k < 3; ++k)
        add(out, std::string("RP_") + kAngles[k], subject, p.repeatability.rpDeg[k], "deg");
    }
    for (const metrology::VariationResult& v : a.variations) {
      const std::string subject = v.pose + " " + speed;
      add(out, "vAP_P", subject, v.variation.vapPMm, "mm");
      for (int k = 0; k < 3; ++k)
        add(out, std::string("vAP_") + kAngles[k], subject, v.variation.vapDeg[k], "deg");
    }
  }
}

void distanceResults(std::vector<Result>& out, const std::vector<store::PoseMeasurement>& ms,
                     const plan::Step& step, const std::map<std::string, plan::Value>& args) {
  const std::string from = text(args, "from");
  const std::string to = text(args, "to");
  for (const auto& [series, records] : seriesOf(ms, step, args)) {
    const auto analysis = metrology::analyzePoses(records, metrology::DistanceRequest{from, to});
    if (std::holds_alternative<metrology::PoseAnalysisError>(analysis)) continue;
    const auto& a = std::get<metrology::PoseAnalysis>(analysis);
    if (!a.distance) continue;
    const auto& d = a.distance->characteristics;
    const std::string subject = from + "-" + to + " " + speedOf(series);
    add(out, "AD_P", subject, d.adPMm, "mm");
    for (int k = 0; k < 3; ++k) add(out, std::string("AD_") + kAxes[k], subject, d.adMm[k], "mm");
    for (int k = 0; k < 3; ++k)
      add(out, std::string("AD_") + kAngles[k], subject, d.adDeg[k], "deg");
    add(out, "RD_P", subject, d.rdPMm, "mm");
    for (int k = 0; k < 3; ++k) add(out, std::string("RD_") + kAxes[k], subject, d.rdMm[k], "mm");
    for (int k = 0; k < 3; ++k)
      add(out, std::string("RD_") + kAngles[k], subject, d.rdDeg[k], "deg");
  }
}

void registrationResult(std::vector<Result>& out, const store::Store& store, std::int64_t runId,
                        const plan::Step& step) {
  const auto fit = fitRegistration(store, runId, step.id);
  if (const auto* r = std::get_if<metrology::Registration>(&fit))
    add(out, "registration_rms", step.id, r->rmsMm, "mm");
}

void enduranceResults(std::vector<Result>& out, const store::Store& store, std::int64_t runId,
                      const plan::Step& step, const std::map<std::string, plan::Value>& args) {
  const store::Run run = store.run(runId);
  const QJsonObject cp = QJsonDocument::fromJson(QByteArray::fromStdString(run.checkpoint))
                             .object()
                             .value("endurance")
                             .toObject()
                             .value(QString::fromStdString(step.id))
                             .toObject();
  const double hours = cp.value("test_hours").toDouble();
  unsigned failures = 0;
  for (const store::RunEvent& e : store.runEvents(runId))
    if (e.kind == "failure" && e.step == step.id) ++failures;
  add(out, "failures", step.id, failures, "");
  add(out, "test_hours", step.id, hours, "h");
  add(out, "cycles", step.id, cp.value("cycle").toDouble(), "");
  if (hours <= 0.0) return;
  // Time-terminated test (the plan ends at a set number of cycles or hours), GB/T 5080.7 /
  // IEC 61124: one-sided lower bound 2T / chi2_C(2r + 2).
  const auto est = metrology::estimateMtbf(hours, failures, number(args, "confidence"),
                                           metrology::TestTermination::Time);
  if (est.pointHours) add(out, "MTBF", step.id, *est.pointHours, "h");
  add(out, "MTBF_lower", step.id, est.lowerOneSidedHours, "h");
  add(out, "confidence", step.id, number(args, "confidence"), "");  // of MTBF_lower
}

void scriptRecords(std::vector<Result>& out, const store::Store& store, std::int64_t runId) {
  const std::vector<store::RunEvent> events = store.runEvents(runId);
  // A step the sandbox stopped gives no results: it did not finish what it computes.
  std::set<std::string> stopped;
  for (const store::RunEvent& e : events)
    if (e.kind == kScriptStoppedEvent) stopped.insert(e.step);
  std::map<std::pair<std::string, std::string>, Result> latest;  // the last record of a name wins
  for (const store::RunEvent& e : events) {
    if (e.kind != "record" || stopped.count(e.step)) continue;
    const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(e.detail)).object();
    Result r;
    r.characteristic = o.value("name").toString().toStdString();
    r.subject = e.step;
    r.value = o.value("value").toDouble();
    r.unit = o.value("unit").toString().toStdString();
    r.origin = store::kScriptOrigin;
    latest[{r.subject, r.characteristic}] = r;
  }
  for (auto& [key, r] : latest) out.push_back(std::move(r));
}

metrology::DecisionRule ruleOf(plan::DecisionRule r) {
  switch (r) {
    case plan::DecisionRule::GuardBand:
      return metrology::DecisionRule::GuardBand;
    case plan::DecisionRule::NonBinary:
      return metrology::DecisionRule::NonBinary;
    case plan::DecisionRule::SimpleAcceptance:
      break;
  }
  return metrology::DecisionRule::SimpleAcceptance;
}

}  // namespace

std::map<std::string, plan::Value> resolvedArguments(const plan::Step& step,
                                                     const plan::Values& values) {
  std::map<std::string, plan::Value> args = plan::stepArguments(step, values);
  if (const plan::ProcedureSpec* spec = plan::findProcedure(step.procedure)) {
    for (const plan::ArgumentSpec& a : spec->arguments)
      if (!args.count(a.name) && a.defaultValue) args[a.name] = *a.defaultValue;
  }
  return args;
}

std::vector<Result> computeResults(const store::Store& store, std::int64_t runId,
                                   const plan::Plan& plan, const plan::Values& values) {
  const std::vector<store::PoseMeasurement> ms = store.poseMeasurements(runId);
  std::vector<Result> out;
  for (const plan::Step& step : plan.steps) {
    if (step.procedure.empty()) continue;
    const auto args = resolvedArguments(step, values);
    if (step.procedure == "iso9283.pose_cycles") {
      poseResults(out, ms, step, args);
    } else if (step.procedure == "iso9283.distance_cycles") {
      distanceResults(out, ms, step, args);
    } else if (step.procedure == "frame.registration") {
      registrationResult(out, store, runId, step);
    } else if (step.procedure == "reliability.endurance") {
      enduranceResults(out, store, runId, step, args);
    }
  }
  scriptRecords(out, store, runId);

  return out;
}

void decideVerdicts(std::vector<Result>& out, const plan::Plan& plan) {
  // Most limits bound the size of a characteristic, so signed ones (AP_x, AD_P, ...) are
  // compared by their magnitude; MTBF limits are lower limits, decided as upper limits of the
  // negated value. A result without an expanded uncertainty (no budget for that
  // characteristic) cannot be judged by the guard-band or non-binary rule: its verdict is
  // undecided rather than a guess.
  for (Result& r : out) {
    // A value a script recorded is judged only by a criterion that says it applies to scripts.
    if (const plan::Criterion* criterion =
            plan.criterion(r.characteristic, r.subject, r.origin == store::kScriptOrigin)) {
      const plan::Criterion& c = *criterion;
      const plan::Characteristic* ch = plan::findCharacteristic(c.characteristic);
      const bool atLeast = ch && ch->sense == plan::Characteristic::Sense::AtLeast;
      r.limit = c.limit;
      r.verdict = metrology::toString(
          atLeast ? metrology::decide(ruleOf(c.rule), -r.value, -c.limit, r.expandedUncertainty)
                  : metrology::decide(ruleOf(c.rule), std::abs(r.value), c.limit,
                                      r.expandedUncertainty));
    }
  }
}

}  // namespace robocert::engine::detail
