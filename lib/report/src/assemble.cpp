#include "robocert/report/assemble.hpp"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <map>
#include <stdexcept>

#include "logo.hpp"
#include "robocert/plan/characteristics.hpp"
#include "robocert/plan/plan.hpp"
#include "robocert/report/approval.hpp"
#include "robocert/report/budget.hpp"
#include "robocert/report/json.hpp"
#include "robocert/store/import_record.hpp"

namespace robocert::report {

namespace {

std::string fmt(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

std::string ruleWords(plan::DecisionRule r) {
  switch (r) {
    case plan::DecisionRule::SimpleAcceptance:
      return "simple acceptance (ILAC-G8:09/2019 4.2.1, w = 0)";
    case plan::DecisionRule::GuardBand:
      return "binary with guard band w = U (ILAC-G8:09/2019 4.2.2)";
    case plan::DecisionRule::NonBinary:
      return "non-binary: pass, conditional pass, conditional fail, fail (ILAC-G8:09/2019 4.2.3)";
  }
  return {};
}

// A test condition entered by hand over the station's own sensor: the run's event holds both
// values (lib/engine, "environment-override").
std::string conditionOverride(const store::RunEvent& e) {
  const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(e.detail)).object();
  const QString quantity = o.value("quantity").toString();
  return QCoreApplication::translate("robocert::report",
                                     "%1 %2 %3 entered by hand instead of the station's sensor "
                                     "reading (%4 %3)")
      .arg(quantity == "humidity"
               ? QCoreApplication::translate("robocert::report", "relative humidity")
               : QCoreApplication::translate("robocert::report", "temperature"))
      .arg(o.value("entered").toDouble())
      .arg(o.value("unit").toString())
      .arg(o.value("sensor").toDouble())
      .toStdString();
}

// Deviations from the method: parameters not at the plan's defaults, overridden calibrations,
// test conditions entered over the station's sensor, pauses, interruptions and resumptions.
void deviations(Document& d, const store::Store& store, const store::Run& run,
                const plan::Plan& p) {
  const auto q = [](const std::string& t) { return QString::fromStdString(t); };
  // Parameters not at the plan's defaults.
  if (const auto values = plan::valuesFromJson(p, run.parametersJson)) {
    for (const plan::Parameter& param : p.parameters) {
      const plan::Value& v = values->at(param.name);
      if (v == param.defaultValue) continue;
      d.deviations.push_back(
          {QCoreApplication::translate("robocert::report",
                                       "parameter %1 set to %2 (plan default %3)")
               .arg(q(param.name), q(plan::toString(v)), q(plan::toString(param.defaultValue)))
               .toStdString(),
           run.startedAt});
    }
  }
  const std::vector<store::AuditRecord> trail = store.auditTrail(run.id);
  // Instruments used with a calibration that was not in force, and why.
  for (const store::RunInstrument& ri : store.runInstruments(run.id)) {
    if (ri.status != store::CalibrationStatus::Overridden) continue;
    std::string reason;
    for (const store::AuditRecord& a : trail)
      if (a.table == "run_instruments" && !a.detail.empty()) reason = a.detail;
    d.deviations.push_back(
        {QCoreApplication::translate("robocert::report",
                                     "instrument %1 (%2) used with an expired or missing "
                                     "calibration: %3")
             .arg(q(ri.instrument.serial), q(ri.role), q(reason))
             .toStdString(),
         {}});
  }
  // Pauses, cleared faults and resumptions within the run; interruptions and resumptions of it.
  for (const store::RunEvent& e : store.runEvents(run.id)) {
    if (e.kind == "script-stopped")  // the engine's kScriptStoppedEvent
      d.deviations.push_back({QCoreApplication::translate("robocert::report",
                                                          "%1; the step's results are not "
                                                          "reported")
                                  .arg(q(e.detail))
                                  .toStdString(),
                              e.at});
    if (e.kind == "pause" || e.kind == "resume" || e.kind == "fault-cleared")
      d.deviations.push_back({QCoreApplication::translate("robocert::report", "%1 in step %2: %3")
                                  .arg(q(e.kind), q(e.step), q(e.detail))
                                  .toStdString(),
                              e.at});
    if (e.kind == "environment-override") d.deviations.push_back({conditionOverride(e), e.at});
  }
  for (const store::AuditRecord& a : trail) {
    if (a.action == "status interrupted")
      d.deviations.push_back({QCoreApplication::translate("robocert::report", "run interrupted: %1")
                                  .arg(q(a.detail))
                                  .toStdString(),
                              a.at});
    if (a.action == "resume")
      d.deviations.push_back({QCoreApplication::translate("robocert::report", "run resumed: %1")
                                  .arg(q(a.detail))
                                  .toStdString(),
                              a.at});
  }
}

// A criterion that judges values computed by script steps says so: the plan chose explicitly
// to hold a script's number to the standard's limit.
std::string originWords(plan::ResultOrigin o) {
  switch (o) {
    case plan::ResultOrigin::Procedure:
      return {};
    case plan::ResultOrigin::Script:
      return "; applied, as the plan states explicitly, to values computed by script steps "
             "(not to the built-in procedures' results)";
    case plan::ResultOrigin::Any:
      return "; applied, as the plan states explicitly, to the built-in procedures' results and "
             "to values computed by script steps";
  }
  return {};
}

bool hasResult(const std::vector<store::Result>& results, const std::string& characteristic,
               const std::string& subject) {
  return std::any_of(results.begin(), results.end(), [&](const store::Result& r) {
    return r.characteristic == characteristic && r.subject == subject;
  });
}

// The plots' data: the attained points of every pose series (not the registration's, which
// are in the sensor's frame) and the distances of every distance series.
void plots(Document& d, const std::vector<store::PoseMeasurement>& ms,
           const std::vector<store::Result>& results) {
  std::map<std::string, std::vector<const store::PoseMeasurement*>> bySeries;
  for (const store::PoseMeasurement& m : ms)
    if (m.series.find("/v") != std::string::npos) bySeries[m.series].push_back(&m);
  for (const auto& [series, list] : bySeries) {
    const std::string speed = series.substr(series.rfind('/') + 1);
    std::map<std::string, std::map<int, const store::PoseMeasurement*>> byPose;
    for (const store::PoseMeasurement* m : list) byPose[m->pose][m->cycle] = m;
    if (byPose.size() == 2) {  // a distance series: two poses, paired by cycle
      const std::string from = byPose.begin()->first;
      const std::string to = std::next(byPose.begin())->first;
      DistanceSeries s;
      s.subject = from + "-" + to + " " + speed;
      if (!hasResult(results, "AD_P", s.subject)) s.subject = to + "-" + from + " " + speed;
      for (const auto& [cycle, a] : byPose[from]) {
        const auto it = byPose[to].find(cycle);
        if (it == byPose[to].end()) continue;
        s.commandedMm = (a->commanded.positionMm - it->second->commanded.positionMm).norm();
        s.measuredMm.push_back((a->attained.positionMm - it->second->attained.positionMm).norm());
      }
      d.distances.push_back(std::move(s));
      continue;
    }
    std::map<std::string, PoseCloud> clouds;
    for (const store::PoseMeasurement* m : list) {
      std::string subject = m->pose + " " + speed;
      const std::string withDir = subject + " dir " + std::to_string(m->direction);
      if (hasResult(results, "RP_l", withDir)) subject = withDir;
      PoseCloud& c = clouds[subject];
      c.subject = subject;
      c.commanded = m->commanded;
      c.attained.push_back(m->attained);
    }
    for (auto& [subject, c] : clouds) {
      for (const store::Result& r : results)
        if (r.characteristic == "RP_l" && r.subject == subject) c.rpLMm = r.value;
      d.poseClouds.push_back(std::move(c));
    }
  }
}

// The plan a run followed, as stored with it.
plan::Plan storedPlan(const store::Run& run) {
  auto parsed = plan::parse(run.planText);
  if (!std::holds_alternative<plan::Plan>(parsed))
    throw std::runtime_error("run " + std::to_string(run.id) +
                             ": the plan stored with it does not load");
  return std::get<plan::Plan>(std::move(parsed));
}

// An imported run (robocert import pose) follows no plan: its method is the analysis of the
// file, as a plan without steps, parameters or criteria, so the rest of the report needs no
// special case. Wording in both languages, as the certificate states it.
plan::Plan importMethod() {
  plan::Plan p;
  p.id = "import pose";
  p.title = {"Offline import of pose measurements", "位姿测量数据离线导入"};
  for (const char* standard : {"ISO 9283:1998", "GB/T 12642-2013"})
    p.standards.push_back({standard, {"7.2.1", "7.2.2", "7.2.3"}});
  return p;
}

const Bilingual kImportAnalysis = {
    "ISO 9283:1998 pose accuracy AP (7.2.1), pose repeatability RP (7.2.2) and multidirectional "
    "pose accuracy variation vAP (7.2.3), computed by RoboCert from the commanded and attained "
    "poses of the pose CSV file. The measurements were taken outside RoboCert: no instrument, "
    "calibration or measurement uncertainty is recorded with them.",
    "按 ISO 9283:1998 由 RoboCert 根据位姿 CSV 文件中的指令位姿和实到位姿计算位姿准确度 AP"
    "（7.2.1）、位姿重复性 RP（7.2.2）和多方向位姿准确度变动 vAP（7.2.3）。测量在 RoboCert "
    "之外进行，未记录测量设备、校准及测量不确定度。"};

}  // namespace

Document assemble(const store::Store& store, std::int64_t runId, const ReportIdentity& id) {
  const store::Run run = store.run(runId);
  if (run.status != store::RunStatus::Completed)
    throw std::runtime_error("run " + std::to_string(runId) + " is " + store::toString(run.status) +
                             ": only a completed run can be reported");
  const std::optional<store::PoseImportRecord> imported =
      store::parsePoseImportRecord(run.planText);
  const plan::Plan p = imported ? importMethod() : storedPlan(run);

  Document d;
  d.reportNumber = id.number;
  d.revision = id.revision;
  d.replaces = id.replaces;
  d.amendmentReason = id.amendmentReason;
  d.issuedOn = id.issuedOn;
  d.approval = id.approval;
  d.title = {"Test report: " + p.title.en,
             p.title.zh.empty() ? std::string{} : "检测报告：" + p.title.zh};

  d.planId = p.id;
  d.planVersion = p.version;
  d.planSha256 = run.planSha256;
  d.planTitle = {p.title.en, p.title.zh};
  if (imported) {
    d.dataFile = imported->fileName;
    d.dataSha256 = imported->sha256;
    d.analysis = kImportAnalysis;
  }
  for (const plan::StandardRef& s : p.standards) {
    std::string clauses;
    for (const std::string& c : s.clauses) clauses += (clauses.empty() ? " " : ", ") + c;
    d.standards.push_back(s.standard + clauses);
  }

  const store::Item item = store.item(run.itemId);
  d.itemKind = item.kind;
  d.itemManufacturer = item.manufacturer;
  d.itemModel = item.model;
  d.itemSerial = item.serial;
  d.itemDescription = item.description;
  d.receivedOn = item.createdAt.substr(0, 10);
  d.testedFrom = run.startedAt;
  d.testedTo = run.endedAt.value_or("");
  d.temperatureC = run.temperatureC;
  d.humidityPct = run.humidityPct;
  d.operatorName = run.operatorName;
  d.runId = run.id;
  const store::LabProfile lab = store.labProfile();
  d.lab = {lab.name, lab.address, lab.accreditation, lab.logoPath, {}};
  // The letterhead's logo itself, so that approval freezes it with the rest (a file that cannot
  // be read is left to the renderer, which says why).
  if (!lab.logoPath.empty())
    if (const auto bytes = detail::readLogoFile(lab.logoPath))
      d.lab.logo = bytes->toBase64().toStdString();
  d.performedAt = lab.location;
  for (const store::RunEvent& e : store.runEvents(runId))
    if (e.kind == "station") d.performedAt = e.detail;  // the station the run used
  if (item.customerId) {
    const store::Customer c = store.customer(*item.customerId);
    d.customer = {c.name, c.address, c.contact};
  }

  for (const store::RunInstrument& ri : store.runInstruments(runId)) {
    Instrument in;
    in.role = ri.role;
    in.kind = ri.instrument.kind;
    in.manufacturer = ri.instrument.manufacturer;
    in.model = ri.instrument.model;
    in.serial = ri.instrument.serial;
    if (ri.calibration) {
      in.certificateNo = ri.calibration->certificateNo;
      in.calibratedOn = ri.calibration->calibratedOn;
      in.dueOn = ri.calibration->dueOn;
      in.uncertainty = ri.calibration->uncertainty;
      in.laboratory = ri.calibration->laboratory;
    }
    in.status = store::toString(ri.status);
    d.instruments.push_back(std::move(in));
  }

  const std::vector<store::Result> results = store.results(runId);
  for (const store::Result& r : results) {
    ResultRow row;
    row.characteristic = r.characteristic;
    row.subject = r.subject;
    row.value = r.value;
    row.unit = r.unit;
    row.expandedUncertainty = r.expandedUncertainty;
    row.k = r.coverageK;
    row.limit = r.limit;
    row.verdict = r.verdict;
    row.origin = r.origin;
    if (const plan::Criterion* c =
            p.criterion(r.characteristic, r.subject, r.origin == store::kScriptOrigin)) {
      const plan::Characteristic* ch = plan::findCharacteristic(c->characteristic);
      row.limitSense =
          ch && ch->sense == plan::Characteristic::Sense::AtLeast ? "at least" : "at most";
      row.rule = std::string(plan::toString(c->rule));
    }
    d.results.push_back(std::move(row));
  }
  for (const plan::Criterion& c : p.criteria)
    d.decisionRules.push_back(c.characteristic + (c.subject.empty() ? "" : " " + c.subject) +
                              " <= " + fmt(c.limit) + " " + c.unit + ": " + ruleWords(c.rule) +
                              originWords(c.origin));

  // Endurance: per step, the test time, cycles, failures and MTBF with its bound.
  for (const plan::Step& step : p.steps) {
    if (step.procedure != "reliability.endurance") continue;
    EnduranceTimeline t;
    t.subject = step.id;
    for (const store::Result& r : results) {
      if (r.subject != step.id) continue;
      if (r.characteristic == "test_hours") t.testHours = r.value;
      if (r.characteristic == "cycles") t.cycles = static_cast<std::int64_t>(r.value);
      if (r.characteristic == "MTBF") t.mtbfHours = r.value;
      if (r.characteristic == "MTBF_lower") t.mtbfLowerHours = r.value;
      if (r.characteristic == "confidence") t.confidence = r.value;
    }
    for (const store::RunEvent& e : store.runEvents(runId))
      if (e.kind == "failure" && e.step == step.id)
        t.failures.emplace_back(e.testHours.value_or(0.0), e.detail);
    d.endurance.push_back(std::move(t));
  }

  // The budgets behind the stored uncertainties (recomputed: deterministic for the same data).
  try {
    d.budgets = budgets(store, runId);
  } catch (const std::runtime_error&) {
    // No budget could be made (see the run's log); the results then carry no uncertainty.
  }

  deviations(d, store, run, p);
  plots(d, store.poseMeasurements(runId), results);
  return d;
}

ReportIdentity identityOf(const store::Store& store, const store::ReportRecord& r) {
  ReportIdentity id;
  id.number = r.number;
  id.revision = r.revision;
  id.amendmentReason = r.amendmentReason;
  if (r.replacesId) {
    const store::ReportRecord old = store.report(*r.replacesId);
    id.replaces = old.number + " rev " + std::to_string(old.revision);
  }
  if (r.approvedAt) {
    id.issuedOn = r.approvedAt->substr(0, 10);
  } else {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    id.issuedOn = buf;
  }
  id.approval = approvalOf(store, r);
  return id;
}

Document documentOf(const store::Store& store, const store::ReportRecord& r) {
  if (r.status == store::ReportStatus::Approved) {
    auto parsed = fromJson(r.contentJson);
    if (auto* e = std::get_if<JsonError>(&parsed))
      throw std::runtime_error(
          QCoreApplication::translate("robocert::report",
                                      "the stored content of report %1 does not read back: %2")
              .arg(QString::fromStdString(r.number), QString::fromStdString(format(*e)))
              .toStdString());
    Document d = std::get<Document>(std::move(parsed));
    d.approval = approvalOf(store, r);
    return d;
  }
  return assemble(store, r.runId, identityOf(store, r));
}

namespace {

// What an approval freezes from the lab's records rather than from the run: the letterhead (lab
// profile), where the work was done, the customer, the item as described, the dates of receipt
// and issue. The lab may edit those records later; an issued report keeps them as they were.
void keepFrozenRecords(Document& now, const Document& frozen) {
  now.lab = frozen.lab;
  now.performedAt = frozen.performedAt;
  now.customer = frozen.customer;
  now.itemKind = frozen.itemKind;
  now.itemManufacturer = frozen.itemManufacturer;
  now.itemModel = frozen.itemModel;
  now.itemSerial = frozen.itemSerial;
  now.itemDescription = frozen.itemDescription;
  now.itemCondition = frozen.itemCondition;
  now.receivedOn = frozen.receivedOn;
  now.issuedOn = frozen.issuedOn;
}

}  // namespace

void checkContentAgainstRun(const store::Store& store, FileCheck& check) {
  if (!check.report || check.report->status != store::ReportStatus::Approved) return;
  try {
    // The run's data (plan, results, measurements, events, instruments) must still give what was
    // approved; the lab's records are compared as frozen (keepFrozenRecords).
    auto frozen = fromJson(check.report->contentJson);
    if (auto* e = std::get_if<JsonError>(&frozen)) throw std::runtime_error(format(*e));
    Document now = assemble(store, check.report->runId, identityOf(store, *check.report));
    keepFrozenRecords(now, std::get<Document>(frozen));
    if (toJson(now, false) != check.report->contentJson)
      check.findings.push_back(
          {Finding::Kind::ContentDiffers,
           QCoreApplication::translate("robocert::report",
                                       "the run's data in the database no longer gives the "
                                       "approved content: results, measurements or records "
                                       "were changed")
               .toStdString()});
  } catch (const std::exception& e) {
    check.findings.push_back(
        {Finding::Kind::ContentDiffers,
         QCoreApplication::translate("robocert::report",
                                     "the run's data can no longer be reported: %1")
             .arg(QString::fromUtf8(e.what()))
             .toStdString()});
  }
}

}  // namespace robocert::report
