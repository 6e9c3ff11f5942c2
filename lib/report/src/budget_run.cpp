// The budgets of a run from what the lab database holds: the plan's steps say which series are
// pose series and which distance series, the registration step's measurements give the frame,
// and the pose sensor's calibration record gives its accuracy. Also: reading a certificate's
// accuracy statement, and copying budgets into result rows.
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>
#include <stdexcept>

#include "robocert/metrology/registration.hpp"
#include "robocert/plan/plan.hpp"
#include "robocert/plan/procedures.hpp"
#include "robocert/report/budget.hpp"

namespace robocert::report {

namespace m = robocert::metrology;

// ---- parseSensorCalibration ------------------------------------------------------------------

namespace {

bool startsWith(std::string_view s, std::size_t at, std::string_view prefix) {
  return s.substr(at, prefix.size()) == prefix;
}

std::size_t skipSpaces(std::string_view s, std::size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return i;
}

bool isLetter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

}  // namespace

std::optional<SensorCalibration> parseSensorCalibration(std::string_view statement) {
  std::string lower(statement);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const std::string_view s = lower;

  SensorCalibration out;
  if (s.find("mpe") != std::string_view::npos ||
      s.find("maximum permissible") != std::string_view::npos)
    out.kind = SensorCalibration::Kind::MaximumPermissibleError;
  out.spatial = s.find("xyz") != std::string_view::npos || s.find("3d") != std::string_view::npos ||
                s.find("3-d") != std::string_view::npos ||
                s.find("spatial") != std::string_view::npos;

  std::optional<double> constantUm, perMetreUm, k;
  for (std::size_t i = 0; i < s.size();) {
    // "k = 2": a lone k (not inside a word) followed by '='.
    if (s[i] == 'k' && (i == 0 || !isLetter(s[i - 1])) &&
        (i + 1 == s.size() || !isLetter(s[i + 1]))) {
      std::size_t j = skipSpaces(s, i + 1);
      if (j < s.size() && s[j] == '=') {
        j = skipSpaces(s, j + 1);
        double v = 0.0;
        const auto r = std::from_chars(s.data() + j, s.data() + s.size(), v);
        if (r.ec == std::errc() && !k) k = v;
        i = static_cast<std::size_t>(r.ptr - s.data()) + (r.ec == std::errc() ? 0 : 1);
        continue;
      }
    }
    const bool numberStart =
        std::isdigit(static_cast<unsigned char>(s[i])) ||
        (s[i] == '.' && i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 1])));
    if (!numberStart ||
        (i > 0 && (isLetter(s[i - 1]) || std::isdigit(static_cast<unsigned char>(s[i - 1]))))) {
      ++i;
      continue;
    }
    double v = 0.0;
    const auto r = std::from_chars(s.data() + i, s.data() + s.size(), v);
    if (r.ec != std::errc()) {
      ++i;
      continue;
    }
    std::size_t j = skipSpaces(s, static_cast<std::size_t>(r.ptr - s.data()));
    double toUm = 0.0;
    bool ppm = false;
    if (startsWith(s, j, "\xc2\xb5m") || startsWith(s, j, "\xce\xbcm")) {  // µm, μm
      toUm = 1.0;
      j += 3;
    } else if (startsWith(s, j, "um")) {
      toUm = 1.0;
      j += 2;
    } else if (startsWith(s, j, "mm")) {
      toUm = 1000.0;
      j += 2;
    } else if (startsWith(s, j, "ppm")) {
      ppm = true;
      j += 3;
    }
    if (toUm == 0.0 && !ppm) {
      i = j;
      continue;
    }
    const std::size_t afterUnit = skipSpaces(s, j);
    if (ppm) {
      if (!perMetreUm) perMetreUm = v;
    } else if (startsWith(s, afterUnit, "/m") &&
               (afterUnit + 2 == s.size() || !isLetter(s[afterUnit + 2]))) {
      if (!perMetreUm) perMetreUm = v * toUm;
      j = afterUnit + 2;
    } else if (!constantUm) {
      constantUm = v * toUm;
    }
    i = j;
  }
  if (!constantUm && !perMetreUm) return std::nullopt;
  out.constantUm = constantUm.value_or(0.0);
  out.perMetreUm = perMetreUm.value_or(0.0);
  if (out.kind == SensorCalibration::Kind::ExpandedUncertainty) {
    if (!k || !(*k > 0.0)) return std::nullopt;
    out.coverageK = *k;
  }
  return out;
}

// ---- budgets(store, run) ---------------------------------------------------------------------

namespace {

// A step argument that is text (a choice or a pose name): written, "$param" from the run's
// parameters (or the parameter's default), or the procedure's default.
std::string textArgument(const plan::Plan& p, const plan::Step& step, const std::string& name,
                         const QJsonObject& parameters) {
  if (const auto it = step.args.find(name); it != step.args.end()) {
    const auto* text = std::get_if<std::string>(&it->second);
    if (!text) return {};
    if (text->empty() || (*text)[0] != '$') return *text;
    const std::string param = text->substr(1);
    const QJsonValue v = parameters.value(QString::fromStdString(param));
    if (v.isString()) return v.toString().toStdString();
    if (const plan::Parameter* declared = p.parameter(param))
      if (const auto* d = std::get_if<std::string>(&declared->defaultValue)) return *d;
    return {};
  }
  if (const plan::ProcedureSpec* spec = plan::findProcedure(step.procedure))
    if (const plan::ArgumentSpec* a = spec->argument(name); a && a->defaultValue)
      if (const auto* d = std::get_if<std::string>(&*a->defaultValue)) return *d;
  return {};
}

std::string sensorFrameSeries(const std::string& stepId) { return stepId + "/sensor-frame"; }

// The run's series in the order of their first measurement.
using SeriesMap = std::map<std::string, std::vector<const store::PoseMeasurement*>>;

std::vector<std::string> seriesOfStep(const std::vector<std::string>& order,
                                      const std::string& stepId) {
  std::vector<std::string> out;
  const std::string prefix = stepId + "/";
  for (const std::string& s : order)
    if (s.rfind(prefix, 0) == 0 && s != sensorFrameSeries(stepId)) out.push_back(s);
  return out;
}

std::optional<FrameRegistrationInput> registrationOf(const SeriesMap& bySeries,
                                                     const std::string& stepId) {
  const auto it = bySeries.find(sensorFrameSeries(stepId));
  if (it == bySeries.end()) return std::nullopt;
  std::vector<Eigen::Vector3d> from, to;
  for (const store::PoseMeasurement* pm : it->second) {
    from.push_back(pm->attained.positionMm);
    to.push_back(pm->commanded.positionMm);
  }
  const auto fit = m::registerRigid(from, to);
  const auto* r = std::get_if<m::Registration>(&fit);
  if (!r) return std::nullopt;
  FrameRegistrationInput in;
  in.rmsMm = r->rmsMm;
  in.pointsMm = std::move(to);
  in.sensorOriginMm = r->transform.translation();
  return in;
}

// The attained poses of one pose (and direction) of a series, in cycle order.
m::PoseSeries poseSeries(const std::vector<const store::PoseMeasurement*>& records,
                         const std::string& pose, int direction) {
  std::vector<const store::PoseMeasurement*> mine;
  for (const store::PoseMeasurement* pm : records)
    if (pm->pose == pose && pm->direction == direction) mine.push_back(pm);
  std::sort(mine.begin(), mine.end(), [](auto* a, auto* b) { return a->cycle < b->cycle; });
  m::PoseSeries s;
  if (!mine.empty()) s.commanded = mine.front()->commanded;
  for (const store::PoseMeasurement* pm : mine) s.attained.push_back(pm->attained);
  return s;
}

SensorCalibration sensorOf(const store::Store& store, std::int64_t runId, const plan::Plan& p) {
  std::vector<std::string> roles;
  for (const plan::EquipmentRole& r : p.equipment)
    if (r.capability == plan::Capability::PoseSensor) roles.push_back(r.role);
  const std::string run = "run " + std::to_string(runId);
  for (const store::RunInstrument& ri : store.runInstruments(runId)) {
    if (std::find(roles.begin(), roles.end(), ri.role) == roles.end()) continue;
    if (!ri.calibration)
      throw std::runtime_error(run + ": the pose sensor " + ri.instrument.serial + " (" + ri.role +
                               ") has no calibration record, so its uncertainty is unknown; "
                               "add its calibration to the lab database");
    // The certificate's numbers when they were entered as such (U = a + b L at k, taken per
    // coordinate), else its statement as text.
    const store::Calibration& cal = *ri.calibration;
    if ((cal.uConstUm || cal.uPerMUm) && cal.uK && *cal.uK > 0.0) {
      SensorCalibration s;
      s.constantUm = cal.uConstUm.value_or(0.0);
      s.perMetreUm = cal.uPerMUm.value_or(0.0);
      s.coverageK = *cal.uK;
      return s;
    }
    if (auto s = parseSensorCalibration(cal.uncertainty)) return *s;
    throw std::runtime_error(
        run + ": the calibration " + cal.certificateNo + " of the pose sensor " +
        ri.instrument.serial + " states its accuracy as \"" + cal.uncertainty +
        "\", which is not understood; enter its expanded uncertainty as numbers (a µm + b µm/m "
        "at k) or the statement as \"U = 15 µm + 6 µm/m (k = 2)\" or \"MPE 15 µm + 6 µm/m\"");
  }
  throw std::runtime_error(run +
                           ": no pose sensor is recorded with the run, so the uncertainty of its "
                           "measurements is unknown");
}

// What budgets() computes, before the sensor is known (a run without pose or distance series
// needs none).
struct Job {
  enum class Kind { Pose, Distance } kind = Kind::Pose;
  std::string subject;
  m::PoseSeries a, b;
  std::optional<FrameRegistrationInput> registration;
};

}  // namespace

std::vector<Budget> budgets(const store::Store& store, std::int64_t runId,
                            const RunBudgetOptions& options) {
  const store::Run run = store.run(runId);
  auto parsed = plan::parse(run.planText);
  if (!std::holds_alternative<plan::Plan>(parsed))
    throw std::runtime_error("run " + std::to_string(runId) +
                             ": the plan stored with it does not load, so its measurement series "
                             "cannot be identified for the uncertainty budgets");
  const plan::Plan p = std::get<plan::Plan>(std::move(parsed));
  const QJsonObject parameters =
      QJsonDocument::fromJson(QByteArray::fromStdString(run.parametersJson)).object();

  const std::vector<store::PoseMeasurement> ms = store.poseMeasurements(runId);
  SeriesMap bySeries;
  std::vector<std::string> order;
  for (const store::PoseMeasurement& pm : ms) {
    auto& list = bySeries[pm.series];
    if (list.empty()) order.push_back(pm.series);
    list.push_back(&pm);
  }

  std::vector<Job> jobs;
  std::optional<FrameRegistrationInput> registration;
  for (const plan::Step& step : p.steps) {
    if (step.procedure == "frame.registration") {
      registration = registrationOf(bySeries, step.id);
    } else if (step.procedure == "iso9283.pose_cycles") {
      const bool multi = textArgument(p, step, "directions", parameters) == "multidirectional";
      for (const std::string& series : seriesOfStep(order, step.id)) {
        const std::string speed = series.substr(step.id.size() + 1);
        std::map<std::pair<std::string, int>, bool> groups;
        for (const store::PoseMeasurement* pm : bySeries[series])
          groups[{pm->pose, pm->direction}] = true;
        for (const auto& [key, unused] : groups) {
          Job j;
          j.subject = key.first + " " + speed + (multi ? " dir " + std::to_string(key.second) : "");
          j.a = poseSeries(bySeries[series], key.first, key.second);
          j.registration = registration;
          if (j.a.attained.size() >= 2) jobs.push_back(std::move(j));
        }
      }
    } else if (step.procedure == "iso9283.distance_cycles") {
      const std::string from = textArgument(p, step, "from", parameters);
      const std::string to = textArgument(p, step, "to", parameters);
      for (const std::string& series : seriesOfStep(order, step.id)) {
        Job j;
        j.kind = Job::Kind::Distance;
        j.subject = from + "-" + to + " " + series.substr(step.id.size() + 1);
        j.registration = registration;
        // Paired by cycle: only cycles measured at both ends.
        std::map<int, const store::PoseMeasurement*> atA, atB;
        for (const store::PoseMeasurement* pm : bySeries[series]) {
          if (pm->direction != 1) continue;
          if (pm->pose == from) atA[pm->cycle] = pm;
          if (pm->pose == to) atB[pm->cycle] = pm;
        }
        for (const auto& [cycle, pa] : atA) {
          const auto it = atB.find(cycle);
          if (it == atB.end()) continue;
          j.a.commanded = pa->commanded;
          j.b.commanded = it->second->commanded;
          j.a.attained.push_back(pa->attained);
          j.b.attained.push_back(it->second->attained);
        }
        if (j.a.attained.size() >= 2) jobs.push_back(std::move(j));
      }
    }
  }
  if (jobs.empty()) return {};

  BudgetInputs in;
  in.sensor = options.sensor ? *options.sensor : sensorOf(store, runId, p);
  in.measuringDistanceM = options.measuringDistanceM;
  in.temperature = options.temperature;
  in.coverage = options.coverage;
  in.monteCarloTrials = options.monteCarloTrials;
  in.validationDigits = options.validationDigits;

  std::vector<Budget> out;
  for (const Job& j : jobs) {
    in.registration = j.registration;
    if (!in.measuringDistanceM && !(in.registration && in.registration->sensorOriginMm))
      throw std::runtime_error("run " + std::to_string(runId) + ", " + j.subject +
                               ": the pose sensor's distance to the poses is not known (the run "
                               "has no frame registration before this step); give it to the "
                               "budget (measuring distance in m)");
    if (j.kind == Job::Kind::Pose) {
      out.push_back(apBudget(j.a, j.subject, in));
      out.push_back(rpBudget(j.a, j.subject, in));
    } else {
      out.push_back(adBudget(j.a, j.b, j.subject, in));
      out.push_back(rdBudget(j.a, j.b, j.subject, in));
    }
  }
  return out;
}

// ---- applyBudgets ----------------------------------------------------------------------------

namespace {

const Budget* findBudget(std::span<const Budget> budgets, const std::string& characteristic,
                         const std::string& subject) {
  for (const Budget& b : budgets)
    if (b.characteristic == characteristic && b.subject == subject) return &b;
  return nullptr;
}

}  // namespace

void applyBudgets(std::span<const Budget> budgets, std::vector<ResultRow>& rows) {
  for (ResultRow& r : rows) {
    if (const Budget* b = findBudget(budgets, r.characteristic, r.subject)) {
      r.expandedUncertainty = b->expanded;
      r.k = b->k;
    }
  }
}

void applyBudgets(std::span<const Budget> budgets, std::vector<store::Result>& results) {
  for (store::Result& r : results) {
    if (const Budget* b = findBudget(budgets, r.characteristic, r.subject)) {
      r.expandedUncertainty = b->expanded;
      r.coverageK = b->k;
    }
  }
}

}  // namespace robocert::report
