// Document <-> canonical JSON (json.hpp). Both directions are written side by side, member by
// member, so a field added to the Document is added to both or the round-trip test fails.

#include <QCoreApplication>
#include <charconv>
#include <initializer_list>
#include <stdexcept>
#include <string_view>

#include "json_value.hpp"
#include "robocert/report/json.hpp"
#include "robocert/textio/utf8.hpp"

namespace robocert::report {

namespace {

using detail::JsonValue;
using Kind = JsonValue::Kind;

// ---- Writing ----

JsonValue str(const std::string& path, const std::string& s) {
  if (!textio::isValidUtf8(s)) throw std::invalid_argument(path + ": text is not valid UTF-8");
  return JsonValue::string(s);
}
JsonValue num(const std::string& path, double x) {
  try {
    return JsonValue::number(x);
  } catch (const std::domain_error&) {
    throw std::invalid_argument(path + ": number is not finite");
  }
}
JsonValue optNum(const std::string& path, const std::optional<double>& x) {
  return x ? num(path, *x) : JsonValue::null();
}
JsonValue strings(const std::string& path, const std::vector<std::string>& list) {
  std::vector<JsonValue> items;
  for (std::size_t i = 0; i < list.size(); ++i)
    items.push_back(str(path + "[" + std::to_string(i) + "]", list[i]));
  return JsonValue::array(std::move(items));
}
JsonValue numbers(const std::string& path, const std::vector<double>& list) {
  std::vector<JsonValue> items;
  for (std::size_t i = 0; i < list.size(); ++i)
    items.push_back(num(path + "[" + std::to_string(i) + "]", list[i]));
  return JsonValue::array(std::move(items));
}
template <class T, class F>
JsonValue list(const std::string& path, const std::vector<T>& xs, F one) {
  std::vector<JsonValue> items;
  for (std::size_t i = 0; i < xs.size(); ++i)
    items.push_back(one(path + "[" + std::to_string(i) + "]", xs[i]));
  return JsonValue::array(std::move(items));
}
JsonValue vec3(const std::string& path, const Eigen::Vector3d& v) {
  return numbers(path, {v.x(), v.y(), v.z()});
}

JsonValue bilingualOut(const std::string& p, const Bilingual& b) {
  auto o = JsonValue::object();
  o.set("en", str(p + ".en", b.en));
  o.set("zh", str(p + ".zh", b.zh));
  return o;
}

JsonValue poseOut(const std::string& p, const metrology::Pose6& pose) {
  auto o = JsonValue::object();
  o.set("angles_deg", vec3(p + ".angles_deg", pose.anglesDeg));
  o.set("position_mm", vec3(p + ".position_mm", pose.positionMm));
  return o;
}

JsonValue instrumentOut(const std::string& p, const Instrument& in) {
  auto o = JsonValue::object();
  o.set("calibrated_on", str(p + ".calibrated_on", in.calibratedOn));
  o.set("certificate_no", str(p + ".certificate_no", in.certificateNo));
  o.set("due_on", str(p + ".due_on", in.dueOn));
  o.set("kind", str(p + ".kind", in.kind));
  o.set("laboratory", str(p + ".laboratory", in.laboratory));
  o.set("manufacturer", str(p + ".manufacturer", in.manufacturer));
  o.set("model", str(p + ".model", in.model));
  o.set("role", str(p + ".role", in.role));
  o.set("serial", str(p + ".serial", in.serial));
  o.set("status", str(p + ".status", in.status));
  o.set("uncertainty", str(p + ".uncertainty", in.uncertainty));
  return o;
}

JsonValue resultOut(const std::string& p, const ResultRow& r) {
  auto o = JsonValue::object();
  o.set("characteristic", str(p + ".characteristic", r.characteristic));
  o.set("expanded_uncertainty", optNum(p + ".expanded_uncertainty", r.expandedUncertainty));
  o.set("k", optNum(p + ".k", r.k));
  o.set("limit", optNum(p + ".limit", r.limit));
  o.set("limit_sense", str(p + ".limit_sense", r.limitSense));
  // Only when set, so the content of reports approved before results had an origin is unchanged.
  if (!r.origin.empty()) o.set("origin", str(p + ".origin", r.origin));
  o.set("rule", str(p + ".rule", r.rule));
  o.set("subject", str(p + ".subject", r.subject));
  o.set("unit", str(p + ".unit", r.unit));
  o.set("value", num(p + ".value", r.value));
  o.set("verdict", str(p + ".verdict", r.verdict));
  return o;
}

JsonValue componentOut(const std::string& p, const BudgetComponent& c) {
  auto o = JsonValue::object();
  o.set("contribution", num(p + ".contribution", c.contribution));
  o.set("distribution", str(p + ".distribution", c.distribution));
  o.set("dof", optNum(p + ".dof", c.dof));
  o.set("quantity", str(p + ".quantity", c.quantity));
  o.set("sensitivity", num(p + ".sensitivity", c.sensitivity));
  o.set("standard_uncertainty", num(p + ".standard_uncertainty", c.standardUncertainty));
  o.set("type", str(p + ".type", c.type));
  o.set("unit", str(p + ".unit", c.unit));
  return o;
}

JsonValue budgetOut(const std::string& p, const Budget& b) {
  auto o = JsonValue::object();
  o.set("characteristic", str(p + ".characteristic", b.characteristic));
  o.set("combined", num(p + ".combined", b.combined));
  o.set("components", list(p + ".components", b.components, componentOut));
  o.set("effective_dof", optNum(p + ".effective_dof", b.effectiveDof));
  o.set("expanded", num(p + ".expanded", b.expanded));
  o.set("k", num(p + ".k", b.k));
  o.set("mc_high", optNum(p + ".mc_high", b.mcHigh));
  o.set("mc_low", optNum(p + ".mc_low", b.mcLow));
  o.set("method", str(p + ".method", b.method));
  o.set("subject", str(p + ".subject", b.subject));
  o.set("unit", str(p + ".unit", b.unit));
  return o;
}

JsonValue deviationOut(const std::string& p, const Deviation& d) {
  auto o = JsonValue::object();
  o.set("what", str(p + ".what", d.what));
  o.set("when", str(p + ".when", d.when));
  return o;
}

JsonValue cloudOut(const std::string& p, const PoseCloud& c) {
  auto o = JsonValue::object();
  o.set("attained", list(p + ".attained", c.attained, poseOut));
  o.set("commanded", poseOut(p + ".commanded", c.commanded));
  o.set("rp_l_mm", num(p + ".rp_l_mm", c.rpLMm));
  o.set("subject", str(p + ".subject", c.subject));
  return o;
}

JsonValue distanceOut(const std::string& p, const DistanceSeries& d) {
  auto o = JsonValue::object();
  o.set("commanded_mm", num(p + ".commanded_mm", d.commandedMm));
  o.set("measured_mm", numbers(p + ".measured_mm", d.measuredMm));
  o.set("subject", str(p + ".subject", d.subject));
  return o;
}

JsonValue failureOut(const std::string& p, const std::pair<double, std::string>& f) {
  auto o = JsonValue::object();
  o.set("test_hours", num(p + ".test_hours", f.first));
  o.set("what", str(p + ".what", f.second));
  return o;
}

JsonValue enduranceOut(const std::string& p, const EnduranceTimeline& e) {
  auto o = JsonValue::object();
  o.set("confidence", num(p + ".confidence", e.confidence));
  o.set("cycles", JsonValue::integer(e.cycles));
  o.set("failures", list(p + ".failures", e.failures, failureOut));
  o.set("mtbf_hours", optNum(p + ".mtbf_hours", e.mtbfHours));
  o.set("mtbf_lower_hours", optNum(p + ".mtbf_lower_hours", e.mtbfLowerHours));
  o.set("subject", str(p + ".subject", e.subject));
  o.set("test_hours", num(p + ".test_hours", e.testHours));
  return o;
}

JsonValue approvalOut(const Approval& a) {
  auto o = JsonValue::object();
  o.set("approved_at", str("approval.approved_at", a.approvedAt));
  o.set("approved_by", str("approval.approved_by", a.approvedBy));
  o.set("audit_head_hash", str("approval.audit_head_hash", a.auditHeadHash));
  o.set("audit_head_id", str("approval.audit_head_id", a.auditHeadId));
  o.set("content_sha256", str("approval.content_sha256", a.contentSha256));
  o.set("signature", str("approval.signature", a.signature));
  o.set("signer", str("approval.signer", a.signer));
  o.set("signer_fingerprint", str("approval.signer_fingerprint", a.signerFingerprint));
  return o;
}

// ---- Reading ----

struct ReadError {
  std::size_t offset;
  QString message;
};

// What a JSON value is, for messages.
const char* kindName(Kind k) {
  switch (k) {
    case Kind::Null:
      return QT_TRANSLATE_NOOP("robocert::report", "null");
    case Kind::Bool:
      return QT_TRANSLATE_NOOP("robocert::report", "true/false");
    case Kind::Number:
      return QT_TRANSLATE_NOOP("robocert::report",
                               QT_TRANSLATE_NOOP("robocert::report", "a number"));
    case Kind::String:
      return QT_TRANSLATE_NOOP("robocert::report",
                               QT_TRANSLATE_NOOP("robocert::report", "a string"));
    case Kind::Array:
      return QT_TRANSLATE_NOOP("robocert::report",
                               QT_TRANSLATE_NOOP("robocert::report", "an array"));
    case Kind::Object:
      return QT_TRANSLATE_NOOP("robocert::report",
                               QT_TRANSLATE_NOOP("robocert::report", "an object"));
  }
  return "?";
}

// expected: a QT_TRANSLATE_NOOP text.
[[noreturn]] void wrongType(const JsonValue& v, const std::string& path, const char* expected) {
  throw ReadError{v.offset,
                  QCoreApplication::translate("robocert::report", "%1: expected %2, found %3")
                      .arg(QString::fromStdString(path),
                           QCoreApplication::translate("robocert::report", expected),
                           QCoreApplication::translate("robocert::report", kindName(v.kind)))};
}

std::string strIn(const JsonValue& v, const std::string& path) {
  if (v.kind != Kind::String) wrongType(v, path, QT_TRANSLATE_NOOP("robocert::report", "a string"));
  return v.text;
}

double numIn(const JsonValue& v, const std::string& path) {
  if (v.kind != Kind::Number) wrongType(v, path, QT_TRANSLATE_NOOP("robocert::report", "a number"));
  double x = 0.0;
  const auto r = std::from_chars(v.text.data(), v.text.data() + v.text.size(), x);
  if (r.ec != std::errc{} || r.ptr != v.text.data() + v.text.size())
    throw ReadError{v.offset, QCoreApplication::translate(
                                  "robocert::report", "%1: the number is out of range (a double)")
                                  .arg(QString::fromStdString(path))};
  return x;
}

std::optional<double> optNumIn(const JsonValue& v, const std::string& path) {
  if (v.kind == Kind::Null) return std::nullopt;
  if (v.kind != Kind::Number)
    wrongType(v, path, QT_TRANSLATE_NOOP("robocert::report", "a number or null"));
  return numIn(v, path);
}

template <class Int>
Int intIn(const JsonValue& v, const std::string& path) {
  if (v.kind != Kind::Number)
    wrongType(v, path, QT_TRANSLATE_NOOP("robocert::report", "a whole number"));
  Int x = 0;
  const auto r = std::from_chars(v.text.data(), v.text.data() + v.text.size(), x);
  if (r.ec == std::errc::result_out_of_range)
    throw ReadError{v.offset, QCoreApplication::translate("robocert::report",
                                                          "%1: the whole number is out of range")
                                  .arg(QString::fromStdString(path))};
  if (r.ec != std::errc{} || r.ptr != v.text.data() + v.text.size())
    throw ReadError{v.offset,
                    QCoreApplication::translate(
                        "robocert::report", "%1: expected a whole number (no fraction or exponent)")
                        .arg(QString::fromStdString(path))};
  return x;
}

const std::vector<JsonValue>& arrayIn(const JsonValue& v, const std::string& path) {
  if (v.kind != Kind::Array) wrongType(v, path, QT_TRANSLATE_NOOP("robocert::report", "an array"));
  return v.items;
}

// An object whose members are exactly `keys`.
class Obj {
 public:
  Obj(const JsonValue& v, std::string at, std::initializer_list<std::string_view> keys,
      std::initializer_list<std::string_view> optionalKeys = {})
      : v_(v), path_(std::move(at)) {
    if (v.kind != Kind::Object)
      wrongType(v, path_.empty() ? "report" : path_,
                QT_TRANSLATE_NOOP("robocert::report", "an object"));
    for (std::size_t i = 0; i < v.members.size(); ++i) {
      const auto& [key, value] = v.members[i];
      bool known = false;
      for (auto k : keys) known = known || k == key;
      for (auto k : optionalKeys) known = known || k == key;
      if (!known)
        throw ReadError{value.offset,
                        QCoreApplication::translate("robocert::report", "%1: unknown member \"%2\"")
                            .arg(QString::fromStdString(where()), QString::fromStdString(key))};
      for (std::size_t j = 0; j < i; ++j)
        if (v.members[j].first == key)
          throw ReadError{
              value.offset,
              QCoreApplication::translate("robocert::report", "%1: member \"%2\" appears twice")
                  .arg(QString::fromStdString(where()), QString::fromStdString(key))};
    }
    for (auto k : keys)
      if (!find(k))
        throw ReadError{
            v.offset,
            QCoreApplication::translate("robocert::report", "%1: member \"%2\" is missing")
                .arg(QString::fromStdString(where()), QString::fromStdString(std::string(k)))};
  }

  const JsonValue* find(std::string_view key) const {
    for (const auto& [k, value] : v_.members)
      if (k == key) return &value;
    return nullptr;
  }
  const JsonValue& operator[](std::string_view key) const { return *find(key); }
  std::string path(std::string_view key) const {
    return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
  }

  std::string str(std::string_view key) const { return strIn((*this)[key], path(key)); }
  double num(std::string_view key) const { return numIn((*this)[key], path(key)); }
  std::optional<double> optNum(std::string_view key) const {
    return optNumIn((*this)[key], path(key));
  }
  template <class T, class F>
  std::vector<T> list(std::string_view key, F one) const {
    std::vector<T> out;
    const auto& items = arrayIn((*this)[key], path(key));
    for (std::size_t i = 0; i < items.size(); ++i)
      out.push_back(one(items[i], path(key) + "[" + std::to_string(i) + "]"));
    return out;
  }
  std::vector<std::string> strings(std::string_view key) const {
    return list<std::string>(key, strIn);
  }

 private:
  std::string where() const { return path_.empty() ? std::string("report") : path_; }
  const JsonValue& v_;
  std::string path_;
};

Bilingual bilingualIn(const JsonValue& v, const std::string& p) {
  const Obj o(v, p, {"en", "zh"});
  return {o.str("en"), o.str("zh")};
}

Eigen::Vector3d vec3In(const JsonValue& v, const std::string& p) {
  const auto& items = arrayIn(v, p);
  if (items.size() != 3)
    throw ReadError{v.offset, QCoreApplication::translate("robocert::report",
                                                          "%1: expected 3 numbers, found %2")
                                  .arg(QString::fromStdString(p))
                                  .arg(items.size())};
  return {numIn(items[0], p + "[0]"), numIn(items[1], p + "[1]"), numIn(items[2], p + "[2]")};
}

metrology::Pose6 poseIn(const JsonValue& v, const std::string& p) {
  const Obj o(v, p, {"angles_deg", "position_mm"});
  metrology::Pose6 pose;
  pose.anglesDeg = vec3In(o["angles_deg"], o.path("angles_deg"));
  pose.positionMm = vec3In(o["position_mm"], o.path("position_mm"));
  return pose;
}

Instrument instrumentIn(const JsonValue& v, const std::string& p) {
  const Obj o(v, p,
              {"calibrated_on", "certificate_no", "due_on", "kind", "laboratory", "manufacturer",
               "model", "role", "serial", "status", "uncertainty"});
  Instrument in;
  in.calibratedOn = o.str("calibrated_on");
  in.certificateNo = o.str("certificate_no");
  in.dueOn = o.str("due_on");
  in.kind = o.str("kind");
  in.laboratory = o.str("laboratory");
  in.manufacturer = o.str("manufacturer");
  in.model = o.str("model");
  in.role = o.str("role");
  in.serial = o.str("serial");
  in.status = o.str("status");
  in.uncertainty = o.str("uncertainty");
  return in;
}

ResultRow resultIn(const JsonValue& v, const std::string& p) {
  const Obj o(v, p,
              {"characteristic", "expanded_uncertainty", "k", "limit", "limit_sense", "rule",
               "subject", "unit", "value", "verdict"},
              {"origin"});
  ResultRow r;
  r.characteristic = o.str("characteristic");
  r.expandedUncertainty = o.optNum("expanded_uncertainty");
  r.k = o.optNum("k");
  r.limit = o.optNum("limit");
  r.limitSense = o.str("limit_sense");
  r.rule = o.str("rule");
  r.subject = o.str("subject");
  r.unit = o.str("unit");
  r.value = o.num("value");
  r.verdict = o.str("verdict");
  if (o.find("origin")) r.origin = o.str("origin");
  return r;
}

BudgetComponent componentIn(const JsonValue& v, const std::string& p) {
  const Obj o(v, p,
              {"contribution", "distribution", "dof", "quantity", "sensitivity",
               "standard_uncertainty", "type", "unit"});
  BudgetComponent c;
  c.contribution = o.num("contribution");
  c.distribution = o.str("distribution");
  c.dof = o.optNum("dof");
  c.quantity = o.str("quantity");
  c.sensitivity = o.num("sensitivity");
  c.standardUncertainty = o.num("standard_uncertainty");
  c.type = o.str("type");
  c.unit = o.str("unit");
  return c;
}

Budget budgetIn(const JsonValue& v, const std::string& p) {
  const Obj o(v, p,
              {"characteristic", "combined", "components", "effective_dof", "expanded", "k",
               "mc_high", "mc_low", "method", "subject", "unit"});
  Budget b;
  b.characteristic = o.str("characteristic");
  b.combined = o.num("combined");
  b.components = o.list<BudgetComponent>("components", componentIn);
  b.effectiveDof = o.optNum("effective_dof");
  b.expanded = o.num("expanded");
  b.k = o.num("k");
  b.mcHigh = o.optNum("mc_high");
  b.mcLow = o.optNum("mc_low");
  b.method = o.str("method");
  b.subject = o.str("subject");
  b.unit = o.str("unit");
  return b;
}

Deviation deviationIn(const JsonValue& v, const std::string& p) {
  const Obj o(v, p, {"what", "when"});
  return {o.str("what"), o.str("when")};
}

PoseCloud cloudIn(const JsonValue& v, const std::string& p) {
  const Obj o(v, p, {"attained", "commanded", "rp_l_mm", "subject"});
  PoseCloud c;
  c.attained = o.list<metrology::Pose6>("attained", poseIn);
  c.commanded = poseIn(o["commanded"], o.path("commanded"));
  c.rpLMm = o.num("rp_l_mm");
  c.subject = o.str("subject");
  return c;
}

DistanceSeries distanceIn(const JsonValue& v, const std::string& p) {
  const Obj o(v, p, {"commanded_mm", "measured_mm", "subject"});
  DistanceSeries d;
  d.commandedMm = o.num("commanded_mm");
  d.measuredMm = o.list<double>("measured_mm", numIn);
  d.subject = o.str("subject");
  return d;
}

std::pair<double, std::string> failureIn(const JsonValue& v, const std::string& p) {
  const Obj o(v, p, {"test_hours", "what"});
  return {o.num("test_hours"), o.str("what")};
}

EnduranceTimeline enduranceIn(const JsonValue& v, const std::string& p) {
  const Obj o(v, p,
              {"confidence", "cycles", "failures", "mtbf_hours", "mtbf_lower_hours", "subject",
               "test_hours"});
  EnduranceTimeline e;
  e.confidence = o.num("confidence");
  e.cycles = intIn<std::int64_t>(o["cycles"], o.path("cycles"));
  e.failures = o.list<std::pair<double, std::string>>("failures", failureIn);
  e.mtbfHours = o.optNum("mtbf_hours");
  e.mtbfLowerHours = o.optNum("mtbf_lower_hours");
  e.subject = o.str("subject");
  e.testHours = o.num("test_hours");
  return e;
}

std::optional<Approval> approvalIn(const JsonValue* v) {
  if (!v || v->kind == Kind::Null) return std::nullopt;
  // The signature's members are optional: a file issued before approvals were signed has none.
  const Obj o(*v, "approval",
              {"approved_at", "approved_by", "audit_head_hash", "audit_head_id", "content_sha256"},
              {"signature", "signer", "signer_fingerprint"});
  Approval a;
  a.approvedAt = o.str("approved_at");
  a.approvedBy = o.str("approved_by");
  a.auditHeadHash = o.str("audit_head_hash");
  a.auditHeadId = o.str("audit_head_id");
  a.contentSha256 = o.str("content_sha256");
  if (o.find("signature")) a.signature = o.str("signature");
  if (o.find("signer")) a.signer = o.str("signer");
  if (o.find("signer_fingerprint")) a.signerFingerprint = o.str("signer_fingerprint");
  return a;
}

Document documentIn(const JsonValue& root) {
  const Obj o(root, "",
              {"amendment_reason",
               "budgets",
               "conditions",
               "customer",
               "dates",
               "decision_rules",
               "deviations",
               "distances",
               "endurance",
               "format",
               "instruments",
               "item",
               "lab",
               "method",
               "performed_at",
               "pose_clouds",
               "replaces",
               "report_number",
               "results",
               "revision",
               "title"},
              {"approval"});
  if (o.str("format") != kReportJsonFormat)
    throw ReadError{o["format"].offset,
                    QCoreApplication::translate(
                        "robocert::report",
                        "format: \"%1\" is not a RoboCert report of this version (expected \"%2\")")
                        .arg(QString::fromStdString(o.str("format")),
                             QString::fromUtf8(kReportJsonFormat.data(),
                                               static_cast<qsizetype>(kReportJsonFormat.size())))};
  Document d;
  d.amendmentReason = o.str("amendment_reason");
  d.approval = approvalIn(o.find("approval"));
  d.budgets = o.list<Budget>("budgets", budgetIn);
  {
    const Obj c(o["conditions"], "conditions",
                {"humidity_pct", "operator", "run_id", "temperature_c"});
    d.humidityPct = c.optNum("humidity_pct");
    d.operatorName = c.str("operator");
    d.runId = intIn<std::int64_t>(c["run_id"], c.path("run_id"));
    d.temperatureC = c.optNum("temperature_c");
  }
  {
    const Obj c(o["customer"], "customer", {"address", "contact", "name"});
    d.customer = {c.str("name"), c.str("address"), c.str("contact")};
  }
  {
    const Obj c(o["dates"], "dates", {"issued_on", "received_on", "tested_from", "tested_to"});
    d.issuedOn = c.str("issued_on");
    d.receivedOn = c.str("received_on");
    d.testedFrom = c.str("tested_from");
    d.testedTo = c.str("tested_to");
  }
  d.decisionRules = o.strings("decision_rules");
  d.deviations = o.list<Deviation>("deviations", deviationIn);
  d.distances = o.list<DistanceSeries>("distances", distanceIn);
  d.endurance = o.list<EnduranceTimeline>("endurance", enduranceIn);
  d.instruments = o.list<Instrument>("instruments", instrumentIn);
  {
    const Obj c(o["item"], "item",
                {"condition", "description", "kind", "manufacturer", "model", "serial"});
    d.itemCondition = c.str("condition");
    d.itemDescription = c.str("description");
    d.itemKind = c.str("kind");
    d.itemManufacturer = c.str("manufacturer");
    d.itemModel = c.str("model");
    d.itemSerial = c.str("serial");
  }
  {
    // "logo" is optional: content frozen before the logo was kept has none.
    const Obj c(o["lab"], "lab", {"accreditation", "address", "logo_path", "name"}, {"logo"});
    d.lab.accreditation = c.str("accreditation");
    d.lab.address = c.str("address");
    d.lab.logoPath = c.str("logo_path");
    if (c.find("logo")) d.lab.logo = c.str("logo");
    d.lab.name = c.str("name");
  }
  {
    const Obj c(o["method"], "method",
                {"plan_id", "plan_sha256", "plan_title", "plan_version", "standards"},
                {"analysis", "data_file", "data_sha256"});
    if (c.find("analysis") || c.find("data_file") || c.find("data_sha256")) {
      // An imported run: then all three (Obj says which one is missing).
      const Obj i(o["method"], "method",
                  {"analysis", "data_file", "data_sha256", "plan_id", "plan_sha256", "plan_title",
                   "plan_version", "standards"});
      d.analysis = bilingualIn(i["analysis"], i.path("analysis"));
      d.dataFile = i.str("data_file");
      d.dataSha256 = i.str("data_sha256");
    }
    d.planId = c.str("plan_id");
    d.planSha256 = c.str("plan_sha256");
    d.planTitle = bilingualIn(c["plan_title"], c.path("plan_title"));
    d.planVersion = c.str("plan_version");
    d.standards = c.strings("standards");
  }
  d.performedAt = o.str("performed_at");
  d.poseClouds = o.list<PoseCloud>("pose_clouds", cloudIn);
  d.replaces = o.str("replaces");
  d.reportNumber = o.str("report_number");
  d.results = o.list<ResultRow>("results", resultIn);
  d.revision = intIn<int>(o["revision"], "revision");
  d.title = bilingualIn(o["title"], "title");
  return d;
}

}  // namespace

std::string toJson(const Document& d, bool includeApproval) {
  auto o = JsonValue::object();
  o.set("amendment_reason", str("amendment_reason", d.amendmentReason));
  if (includeApproval) o.set("approval", d.approval ? approvalOut(*d.approval) : JsonValue::null());
  o.set("budgets", list("budgets", d.budgets, budgetOut));
  {
    auto c = JsonValue::object();
    c.set("humidity_pct", optNum("conditions.humidity_pct", d.humidityPct));
    c.set("operator", str("conditions.operator", d.operatorName));
    c.set("run_id", JsonValue::integer(d.runId));
    c.set("temperature_c", optNum("conditions.temperature_c", d.temperatureC));
    o.set("conditions", std::move(c));
  }
  {
    auto c = JsonValue::object();
    c.set("address", str("customer.address", d.customer.address));
    c.set("contact", str("customer.contact", d.customer.contact));
    c.set("name", str("customer.name", d.customer.name));
    o.set("customer", std::move(c));
  }
  {
    auto c = JsonValue::object();
    c.set("issued_on", str("dates.issued_on", d.issuedOn));
    c.set("received_on", str("dates.received_on", d.receivedOn));
    c.set("tested_from", str("dates.tested_from", d.testedFrom));
    c.set("tested_to", str("dates.tested_to", d.testedTo));
    o.set("dates", std::move(c));
  }
  o.set("decision_rules", strings("decision_rules", d.decisionRules));
  o.set("deviations", list("deviations", d.deviations, deviationOut));
  o.set("distances", list("distances", d.distances, distanceOut));
  o.set("endurance", list("endurance", d.endurance, enduranceOut));
  o.set("format", JsonValue::string(std::string(kReportJsonFormat)));
  o.set("instruments", list("instruments", d.instruments, instrumentOut));
  {
    auto c = JsonValue::object();
    c.set("condition", str("item.condition", d.itemCondition));
    c.set("description", str("item.description", d.itemDescription));
    c.set("kind", str("item.kind", d.itemKind));
    c.set("manufacturer", str("item.manufacturer", d.itemManufacturer));
    c.set("model", str("item.model", d.itemModel));
    c.set("serial", str("item.serial", d.itemSerial));
    o.set("item", std::move(c));
  }
  {
    auto c = JsonValue::object();
    c.set("accreditation", str("lab.accreditation", d.lab.accreditation));
    c.set("address", str("lab.address", d.lab.address));
    c.set("logo", str("lab.logo", d.lab.logo));
    c.set("logo_path", str("lab.logo_path", d.lab.logoPath));
    c.set("name", str("lab.name", d.lab.name));
    o.set("lab", std::move(c));
  }
  {
    auto c = JsonValue::object();
    // Only for an imported run, so the content of a plan's run is what it always was (approved
    // reports compare it byte for byte).
    if (!d.dataFile.empty()) {
      c.set("analysis", bilingualOut("method.analysis", d.analysis));
      c.set("data_file", str("method.data_file", d.dataFile));
      c.set("data_sha256", str("method.data_sha256", d.dataSha256));
    }
    c.set("plan_id", str("method.plan_id", d.planId));
    c.set("plan_sha256", str("method.plan_sha256", d.planSha256));
    c.set("plan_title", bilingualOut("method.plan_title", d.planTitle));
    c.set("plan_version", str("method.plan_version", d.planVersion));
    c.set("standards", strings("method.standards", d.standards));
    o.set("method", std::move(c));
  }
  o.set("performed_at", str("performed_at", d.performedAt));
  o.set("pose_clouds", list("pose_clouds", d.poseClouds, cloudOut));
  o.set("replaces", str("replaces", d.replaces));
  o.set("report_number", str("report_number", d.reportNumber));
  o.set("results", list("results", d.results, resultOut));
  o.set("revision", JsonValue::integer(d.revision));
  o.set("title", bilingualOut("title", d.title));
  return detail::write(o);
}

std::string format(const JsonError& e) {
  return std::to_string(e.line) + ":" + std::to_string(e.column) + ": " + e.message;
}

std::variant<Document, JsonError> fromJson(std::string_view text) {
  std::size_t offset = 0;
  std::string message;
  try {
    return documentIn(detail::parse(text));
  } catch (const detail::JsonSyntaxError& e) {
    offset = e.offset;
    message = e.what();
  } catch (const ReadError& e) {
    offset = e.offset;
    message = e.message.toStdString();
  }
  const auto [line, column] = detail::lineColumn(text, offset);
  return JsonError{offset, line, column, message};
}

}  // namespace robocert::report
