#include "content.hpp"

#include <QCoreApplication>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <stdexcept>

#include "robocert/report/plots.hpp"
#include "robocert/report/render.hpp"

namespace robocert::report::detail {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

// The unit as printed: degrees as the degree sign.
QString unitText(const std::string& unit) {
  if (unit == "deg") return QStringLiteral("°");
  return qs(unit);
}

QString fixed(double v, int decimals) {
  QString s = QString::number(v, 'f', std::clamp(decimals, 0, 12));
  if (s.startsWith(u'-') && s.mid(1).count(u'0') + s.mid(1).count(u'.') == s.size() - 1)
    s = s.mid(1);  // no "-0.000"
  return s;
}

// A limit as written in the plan: the shortest form (1, 0.05).
QString limitText(double v) { return QString::number(v, 'g', 12); }

// 1, 0.5, 2.25: a number with its trailing zeros dropped (sensitivities, degrees of freedom).
QString compact(double v, int significant) {
  QString s = formatNumber(v, significant);
  if (s.contains(u'.')) {
    while (s.endsWith(u'0')) s.chop(1);
    if (s.endsWith(u'.')) s.chop(1);
  }
  return s;
}

Tone verdictTone(const std::string& verdict) {
  if (verdict == "pass") return Tone::Pass;
  if (verdict == "fail") return Tone::Fail;
  if (verdict == "conditional pass" || verdict == "conditional fail") return Tone::Conditional;
  if (verdict == "undecided") return Tone::Muted;
  return Tone::Normal;
}

std::string verdictKey(const std::string& verdict) {
  if (verdict == "pass") return "verdict.pass";
  if (verdict == "conditional pass") return "verdict.conditional_pass";
  if (verdict == "conditional fail") return "verdict.conditional_fail";
  if (verdict == "fail") return "verdict.fail";
  if (verdict == "undecided") return "verdict.undecided";
  return {};
}

std::string ruleKey(const std::string& rule) {
  if (rule == "simple") return "rule.simple";
  if (rule == "guard-band") return "rule.guard-band";
  if (rule == "non-binary") return "rule.non-binary";
  return {};
}

class Builder {
 public:
  Builder(const Document& doc, const ReportTemplate& t, Language language)
      : d_(doc), t_(t), w_(t, language) {}

  Content build() {
    page();
    int number = 0;
    for (const std::string& section : t_.sections) {
      if (section != "budgets") ++number;
      const QString n = QString::number(number) + QStringLiteral("  ");
      if (section == "identification") identification(n);
      if (section == "parties") parties(n);
      if (section == "item") item(n);
      if (section == "method") method(n);
      if (section == "conditions") conditions(n);
      if (section == "instruments") instruments(n);
      if (section == "results") results(n);
      if (section == "conformity") conformity(n);
      if (section == "deviations") deviations(n);
      if (section == "figures") figures(n);
      if (section == "authorisation") authorisation(n);
      if (section == "budgets") budgets();
    }
    c_.blocks.push_back(EndMark{QStringLiteral("— %1 —").arg(w_.label("end_of_report"))});
    return std::move(c_);
  }

 private:
  QString none() const { return w_.label("value.none"); }
  QString orNone(const std::string& s) const { return s.empty() ? none() : qs(s); }
  Cell cell(const std::string& s) const { return {orNone(s)}; }

  void heading(const QString& n, std::string_view key, bool annex = false) {
    c_.blocks.push_back(Heading{1, n + w_.label(key), annex});
  }
  void sub(const QString& text) { c_.blocks.push_back(Heading{2, text}); }
  void paragraphs(std::string_view key, Paragraph::Style style, const Args& args = {}) {
    for (const QString& p : w_.paragraphs(key, args)) c_.blocks.push_back(Paragraph{p, style});
  }
  void field(Fields& f, std::string_view key, Cell value) {
    f.rows.emplace_back(w_.stacked(key), std::move(value));
  }
  Column column(std::string_view key, Align align, double weight, const Args& args = {}) const {
    return {w_.stacked(key, args), align, weight};
  }
  // "Value (mm)": a header with the unit, each language its own way.
  Column unitColumn(std::string_view key, const QString& unit, Align align, double weight,
                    const Args& args = {}) const {
    if (unit.isEmpty()) return column(key, align, weight, args);
    const auto with = [&](bool zh) {
      const QString label = zh ? w_.zh(key, args) : w_.en(key, args);
      return zh ? w_.zh("column.with_unit", {{"label", label}, {"unit", unit}})
                : w_.en("column.with_unit", {{"label", label}, {"unit", unit}});
    };
    switch (w_.language()) {
      case Language::En:
        return {with(false), align, weight};
      case Language::Zh:
        return {with(true), align, weight};
      case Language::Both:
        break;
    }
    return {with(false) + u'\n' + with(true), align, weight};
  }

  void page() {
    c_.labName = qs(d_.lab.name);
    c_.labAddress = qs(d_.lab.address);
    c_.accreditation = qs(d_.lab.accreditation);
    c_.letterheadLines = t_.letterheadLines;
    c_.logo = d_.lab.logoPath.empty() ? t_.logo : std::filesystem::path(d_.lab.logoPath);
    if (!d_.lab.logo.empty())
      c_.logoBytes = QByteArray::fromBase64(QByteArray::fromStdString(d_.lab.logo));
    c_.reportNumberLabel = w_.label("header.report_number");
    c_.reportNumber = qs(d_.reportNumber);
    c_.revisionLabel = w_.label("header.revision");
    c_.revision = QString::number(d_.revision);
    const bool hasTitle = !d_.title.en.empty() || !d_.title.zh.empty();
    if (w_.language() == Language::Both) {
      c_.titleMain =
          hasTitle ? qs(d_.title.en.empty() ? d_.title.zh : d_.title.en) : w_.en("title.fallback");
      c_.titleSecond = hasTitle ? qs(d_.title.zh) : w_.zh("title.fallback");
      if (c_.titleSecond == c_.titleMain) c_.titleSecond.clear();
    } else {
      c_.titleMain = hasTitle ? w_.pick(d_.title.en, d_.title.zh) : w_.label("title.fallback");
    }
    c_.pageFormat = w_.label("header.page");
    c_.footer = w_.stacked("footer.reproduction");
    c_.draft = !d_.approval.has_value();
    c_.status = c_.draft ? w_.stacked("footer.draft")
                         : w_.stacked("footer.approved", {{"date", qs(d_.approval->approvedAt)}});
    c_.watermark = c_.draft ? w_.label("watermark.draft") : QString();
    c_.lang = w_.language() == Language::En ? QStringLiteral("en") : QStringLiteral("zh-CN");
  }

  void identification(const QString& n) {
    heading(n, "section.identification");
    Fields f;
    field(f, "field.report_number", {orNone(d_.reportNumber), Tone::Normal, false});
    field(f, "field.revision",
          {d_.revision == 0 ? w_.stacked("field.first_issue", {{"revision", QStringLiteral("0")}})
                            : QString::number(d_.revision)});
    if (!d_.replaces.empty()) field(f, "field.replaces", cell(d_.replaces));
    if (!d_.amendmentReason.empty()) field(f, "field.amendment_reason", cell(d_.amendmentReason));
    field(f, "field.received_on", cell(d_.receivedOn));
    QString tested = orNone(d_.testedFrom);
    if (!d_.testedTo.empty() && d_.testedTo != d_.testedFrom)
      tested += QStringLiteral(" – ") + qs(d_.testedTo);
    field(f, "field.tested", {tested});
    field(f, "field.issued_on",
          {d_.issuedOn.empty() ? w_.label("field.not_issued") : qs(d_.issuedOn),
           d_.issuedOn.empty() ? Tone::Muted : Tone::Normal});
    c_.blocks.push_back(std::move(f));
  }

  void parties(const QString& n) {
    heading(n, "section.parties");
    Fields f;
    field(f, "field.laboratory", cell(d_.lab.name));
    field(f, "field.lab_address", cell(d_.lab.address));
    if (!d_.lab.accreditation.empty()) field(f, "field.accreditation", cell(d_.lab.accreditation));
    field(f, "field.performed_at", cell(d_.performedAt));
    field(f, "field.customer", cell(d_.customer.name));
    field(f, "field.customer_address", cell(d_.customer.address));
    field(f, "field.customer_contact", cell(d_.customer.contact));
    c_.blocks.push_back(std::move(f));
  }

  void item(const QString& n) {
    heading(n, "section.item");
    Fields f;
    field(f, "field.item", cell(d_.itemKind));
    field(f, "field.manufacturer", cell(d_.itemManufacturer));
    field(f, "field.model", cell(d_.itemModel));
    field(f, "field.serial", cell(d_.itemSerial));
    field(f, "field.description", cell(d_.itemDescription));
    field(f, "field.condition", cell(d_.itemCondition));
    c_.blocks.push_back(std::move(f));
  }

  void method(const QString& n) {
    heading(n, "section.method");
    Fields f;
    QString plan = w_.pick(d_.planTitle.en, d_.planTitle.zh);
    if (!d_.planId.empty())
      plan += (plan.isEmpty() ? QString() : QStringLiteral("\n")) + qs(d_.planId);
    field(f, "field.plan", {plan.isEmpty() ? none() : plan});
    if (d_.dataFile.empty()) {
      field(f, "field.plan_version", cell(d_.planVersion));
      field(f, "field.plan_sha256", {orNone(d_.planSha256), Tone::Normal, !d_.planSha256.empty()});
    } else {  // an imported run: the file its results come from, and what was computed
      field(f, "field.data_file", cell(d_.dataFile));
      field(f, "field.data_sha256", {orNone(d_.dataSha256), Tone::Normal, true});
      field(f, "field.analysis", {w_.pick(d_.analysis.en, d_.analysis.zh)});
    }
    QStringList standards;
    for (const std::string& s : d_.standards) standards << qs(s);
    field(f, "field.standards", {standards.isEmpty() ? none() : standards.join(u'\n')});
    c_.blocks.push_back(std::move(f));
  }

  void conditions(const QString& n) {
    heading(n, "section.conditions");
    Fields f;
    const QString notRecorded = w_.label("value.not_recorded");
    field(f, "field.temperature",
          d_.temperatureC ? Cell{fixed(*d_.temperatureC, 1) + QStringLiteral(" °C")}
                          : Cell{notRecorded, Tone::Muted});
    field(f, "field.humidity",
          d_.humidityPct ? Cell{fixed(*d_.humidityPct, 0) + QStringLiteral(" %")}
                         : Cell{notRecorded, Tone::Muted});
    field(f, "field.operator", cell(d_.operatorName));
    field(f, "field.run", {QString::number(d_.runId)});
    c_.blocks.push_back(std::move(f));
  }

  void instruments(const QString& n) {
    heading(n, "section.instruments");
    if (d_.instruments.empty()) {
      paragraphs("instruments.none", Paragraph::Style::Body);
      return;
    }
    Table t;
    t.columns = {column("column.role", Align::Left, 1.0),
                 column("column.instrument", Align::Left, 1.4),
                 column("column.serial", Align::Left, 0.95),
                 column("column.certificate", Align::Left, 1.2),
                 column("column.calibrated_on", Align::Left, 0.85),
                 column("column.due_on", Align::Left, 0.85),
                 column("column.uncertainty", Align::Left, 1.2),
                 column("column.status", Align::Left, 1.2)};
    for (const Instrument& in : d_.instruments) {
      QString name = qs(in.kind);
      const QString model =
          qs(in.manufacturer + (in.model.empty() ? "" : " " + in.model)).trimmed();
      if (!model.isEmpty()) name += (name.isEmpty() ? QString() : QStringLiteral("\n")) + model;
      QString certificate = orNone(in.certificateNo);
      if (!in.laboratory.empty()) certificate += u'\n' + qs(in.laboratory);
      const std::string key = "status." + in.status;
      const bool knownStatus = in.status == "valid" || in.status == "expired" ||
                               in.status == "missing" || in.status == "overridden";
      const Tone tone = in.status == "valid"                                 ? Tone::Normal
                        : in.status == "overridden"                          ? Tone::Conditional
                        : (in.status == "expired" || in.status == "missing") ? Tone::Fail
                                                                             : Tone::Normal;
      t.rows.push_back({cell(in.role),
                        {name.isEmpty() ? none() : name},
                        cell(in.serial),
                        {certificate},
                        cell(in.calibratedOn),
                        cell(in.dueOn),
                        cell(in.uncertainty),
                        {knownStatus ? w_.stacked(key) : orNone(in.status), tone}});
    }
    c_.blocks.push_back(std::move(t));
  }

  void results(const QString& n) {
    heading(n, "section.results");
    if (d_.results.empty()) {
      paragraphs("results.none", Paragraph::Style::Body);
    }
    std::vector<std::string> units;
    for (const ResultRow& r : d_.results)
      if (std::find(units.begin(), units.end(), r.unit) == units.end()) units.push_back(r.unit);
    for (const std::string& unit : units) {
      std::vector<const ResultRow*> rows;
      for (const ResultRow& r : d_.results)
        if (r.unit == unit) rows.push_back(&r);
      if (units.size() > 1)
        sub(unit.empty() ? w_.label("results.group_count")
                         : w_.label("results.group", {{"unit", unitText(unit)}}));
      resultTable(rows, unitText(unit));
    }
    if (!d_.results.empty()) paragraphs("statement.uncertainty", Paragraph::Style::Note);
    const auto byScript = [](const ResultRow& r) { return r.origin == "script"; };
    if (std::any_of(d_.results.begin(), d_.results.end(), byScript)) {
      paragraphs("results.script_note", Paragraph::Style::Note);
      const bool judged = std::any_of(d_.results.begin(), d_.results.end(), [&](const auto& r) {
        return byScript(r) && r.limit.has_value();
      });
      if (judged) paragraphs("results.script_judged", Paragraph::Style::Note);
    }
    paragraphs("statement.only_item", Paragraph::Style::Statement);
  }

  void resultTable(const std::vector<const ResultRow*>& rows, const QString& unit) {
    // The same columns in every table of the section when any result has a limit.
    bool anyLimit = false;
    for (const ResultRow& r : d_.results) anyLimit = anyLimit || r.limit.has_value();
    std::set<double> ks;
    for (const ResultRow* r : rows)
      if (r->expandedUncertainty) ks.insert(r->k.value_or(2.0));
    const bool kColumn = ks.size() > 1;
    const QString k = ks.size() == 1 ? compact(*ks.begin(), 3) : QStringLiteral("2");
    Table t;
    t.columns = {column("column.characteristic", Align::Left, 1.0),
                 column("column.subject", Align::Left, 1.1),
                 unitColumn("column.value", unit, Align::Right, 1.0)};
    if (kColumn) {
      t.columns.push_back(unitColumn("column.expanded", unit, Align::Right, 1.0, {{"k", "…"}}));
      t.columns.push_back(column("column.k", Align::Right, 0.4));
    } else {
      t.columns.push_back(unitColumn("column.expanded", unit, Align::Right, 1.0, {{"k", k}}));
    }
    if (anyLimit) {
      t.columns.push_back(unitColumn("column.limit", unit, Align::Right, 0.9));
      t.columns.push_back(column("column.rule", Align::Left, 1.3));
      t.columns.push_back(column("column.verdict", Align::Left, 1.1));
    }
    for (const ResultRow* r : rows) {
      const auto [value, u] =
          r->unit.empty() && !r->expandedUncertainty && r->value == std::round(r->value)
              ? std::pair{QString::number(static_cast<long long>(r->value)), QString()}
              : formatMeasured(r->value, r->expandedUncertainty);
      // A value a script step computed is marked as such (note below the tables).
      const bool byScript = r->origin == "script";
      std::vector<Cell> row{
          {qs(r->characteristic)},
          {byScript ? w_.stacked("results.script_subject", {{"step", qs(r->subject)}})
                    : orNone(r->subject)},
          {value},
          {u.isEmpty() ? none() : u, u.isEmpty() ? Tone::Muted : Tone::Normal}};
      if (kColumn)
        row.push_back({r->expandedUncertainty ? compact(r->k.value_or(2.0), 3) : none()});
      if (anyLimit) {
        if (r->limit) {
          const QString sense =
              r->limitSense == "at least" ? QStringLiteral("≥ ") : QStringLiteral("≤ ");
          row.push_back({sense + limitText(*r->limit)});
          const std::string rk = ruleKey(r->rule);
          row.push_back({rk.empty() ? orNone(r->rule) : w_.stacked(rk)});
          const std::string vk = verdictKey(r->verdict);
          row.push_back(
              {vk.empty() ? orNone(r->verdict) : w_.stacked(vk), verdictTone(r->verdict)});
        } else {
          row.push_back({none(), Tone::Muted});
          row.push_back({none(), Tone::Muted});
          row.push_back({none(), Tone::Muted});
        }
      }
      t.rows.push_back(std::move(row));
    }
    c_.blocks.push_back(std::move(t));
  }

  void conformity(const QString& n) {
    heading(n, "section.conformity");
    std::vector<std::string> rules;
    std::map<std::string, std::vector<std::string>> covered;  // rule -> characteristics
    std::map<std::string, int> counts;
    int compared = 0;
    std::map<std::string, int> verdicts;
    for (const ResultRow& r : d_.results) {
      if (!r.limit) continue;
      ++compared;
      ++verdicts[r.verdict];
      if (std::find(rules.begin(), rules.end(), r.rule) == rules.end()) rules.push_back(r.rule);
      auto& chars = covered[r.rule];
      if (std::find(chars.begin(), chars.end(), r.characteristic) == chars.end())
        chars.push_back(r.characteristic);
      ++counts[r.rule];
    }
    if (compared == 0) {
      paragraphs("conformity.none", Paragraph::Style::Body);
    } else {
      paragraphs("conformity.intro", Paragraph::Style::Body);
      Table t;
      t.columns = {column("column.rule", Align::Left, 1.0),
                   column("column.meaning", Align::Left, 2.6),
                   column("column.covers", Align::Left, 1.2)};
      for (const std::string& rule : rules) {
        const std::string key = ruleKey(rule);
        QStringList chars;
        for (const std::string& ch : covered[rule]) chars << qs(ch);
        const Args args{{"characteristics", chars.join(QStringLiteral(", "))},
                        {"count", QString::number(counts[rule])}};
        t.rows.push_back({{key.empty() ? orNone(rule) : w_.stacked(key)},
                          {key.empty() ? none() : w_.stacked(key + ".meaning")},
                          {w_.stacked("conformity.covers", args)}});
      }
      c_.blocks.push_back(std::move(t));
      if (!d_.decisionRules.empty()) {
        paragraphs("conformity.agreed", Paragraph::Style::Body);
        for (const std::string& rule : d_.decisionRules)
          c_.blocks.push_back(Paragraph{qs(rule), Paragraph::Style::List});
      }
      paragraphs("conformity.summary", Paragraph::Style::Statement,
                 {{"compared", QString::number(compared)},
                  {"pass", QString::number(verdicts["pass"])},
                  {"conditional_pass", QString::number(verdicts["conditional pass"])},
                  {"conditional_fail", QString::number(verdicts["conditional fail"])},
                  {"fail", QString::number(verdicts["fail"])},
                  {"undecided",
                   QString::number(compared - verdicts["pass"] - verdicts["conditional pass"] -
                                   verdicts["conditional fail"] - verdicts["fail"])}});
    }
  }

  void deviations(const QString& n) {
    heading(n, "section.deviations");
    if (d_.deviations.empty()) {
      paragraphs("deviations.none", Paragraph::Style::Body);
      return;
    }
    Table t;
    t.columns = {column("column.deviation", Align::Left, 3.2),
                 column("column.when", Align::Left, 1.0)};
    for (const Deviation& dv : d_.deviations) t.rows.push_back({cell(dv.what), cell(dv.when)});
    c_.blocks.push_back(std::move(t));
  }

  QString caption(std::string_view key, const Args& args) {
    ++figureNumber_;
    const Args n{{"n", QString::number(figureNumber_)}};
    QStringList lines;
    const auto paragraphs = w_.paragraphs(key, args);
    const bool both = paragraphs.size() > 1;
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
      const QString label = both ? (i == 0 ? w_.en("figure.label", n) : w_.zh("figure.label", n))
                                 : w_.label("figure.label", n);
      lines << label + QStringLiteral("  ") + paragraphs[i];
    }
    return lines.join(u'\n');
  }

  PlotLabels plotLabels() const {
    PlotLabels l;
    l.attained = w_.label("plot.attained");
    l.barycentre = w_.label("plot.barycentre");
    l.command = w_.label("plot.command");
    l.limit = w_.label("plot.limit");
    l.count = w_.label("plot.count");
    l.mean = w_.label("plot.mean");
    l.testHours = w_.label("plot.test_hours");
    l.failures = w_.label("plot.failures");
    l.failure = w_.label("plot.failure");
    l.endOfTest = w_.label("plot.end_of_test");
    l.mtbf = w_.label("plot.mtbf");
    l.lowerBound = w_.label("plot.lower_bound");
    l.cycles = w_.label("plot.cycles");
    l.deviationFromCommand = w_.label("plot.deviation");
    l.noData = w_.label("plot.no_data");
    return l;
  }

  void figures(const QString& n) {
    heading(n, "section.figures");
    const PlotLabels labels = plotLabels();
    bool any = false;
    for (const PoseCloud& cloud : d_.poseClouds) {
      any = true;
      Figure f;
      f.panels = {[cloud, labels](QPainter& p, const QRectF& r) {
                    paintPoseCloud(p, r, cloud, Projection::XY, labels);
                  },
                  [cloud, labels](QPainter& p, const QRectF& r) {
                    paintPoseCloud(p, r, cloud, Projection::XZ, labels);
                  }};
      f.heightPt = 228.0;
      f.caption = caption("figure.pose", {{"subject", qs(cloud.subject)}});
      c_.blocks.push_back(std::move(f));
    }
    for (const char* name : {"AP_P", "RP_l"}) {
      std::vector<ResultRow> rows;
      for (const ResultRow& r : d_.results)
        if (r.characteristic == name) rows.push_back(r);
      if (rows.empty()) continue;
      any = true;
      Figure f;
      f.panels = {[rows, labels](QPainter& p, const QRectF& r) {
        paintCharacteristicBars(p, r, rows, labels);
      }};
      f.heightPt = rows.size() > 8 ? 175.0 : 160.0;
      f.widthPt = rows.size() > 8 ? 0.0 : 340.0;
      f.caption = caption("figure.bars", {{"characteristic", QString::fromLatin1(name)}});
      c_.blocks.push_back(std::move(f));
    }
    for (const DistanceSeries& series : d_.distances) {
      any = true;
      Figure f;
      f.panels = {[series, labels](QPainter& p, const QRectF& r) {
        paintDistanceHistogram(p, r, series, labels);
      }};
      f.heightPt = 170.0;
      f.widthPt = 340.0;
      f.caption = caption("figure.histogram", {{"subject", qs(series.subject)},
                                               {"commanded", fixed(series.commandedMm, 3)}});
      c_.blocks.push_back(std::move(f));
    }
    for (const EnduranceTimeline& timeline : d_.endurance) {
      any = true;
      Figure f;
      f.panels = {[timeline, labels](QPainter& p, const QRectF& r) {
        paintEnduranceTimeline(p, r, timeline, labels);
      }};
      f.heightPt = 190.0;
      f.caption = caption("figure.endurance", {{"subject", qs(timeline.subject)}});
      c_.blocks.push_back(std::move(f));
    }
    if (!any) paragraphs("figures.none", Paragraph::Style::Body);
  }

  void authorisation(const QString& n) {
    heading(n, "section.authorisation");
    if (!d_.approval) {
      paragraphs("approval.draft", Paragraph::Style::Statement);
      Fields f;
      field(f, "field.approved_by", {none(), Tone::Muted});
      field(f, "field.approved_at", {none(), Tone::Muted});
      c_.blocks.push_back(std::move(f));
      return;
    }
    const Approval& a = *d_.approval;
    Fields f;
    field(f, "field.approved_by", cell(a.approvedBy));
    field(f, "field.approved_at", cell(a.approvedAt));
    field(f, "field.content_sha256", {orNone(a.contentSha256), Tone::Normal, true});
    QString head = orNone(a.auditHeadHash);
    if (!a.auditHeadId.empty()) head = QStringLiteral("#") + qs(a.auditHeadId) + u'\n' + head;
    field(f, "field.audit_head", {head, Tone::Normal, true});
    // The approver's Ed25519 signature and their key's fingerprint (robocert user key export).
    if (!a.signature.empty())
      field(f, "field.signature",
            {QStringLiteral("Ed25519 %1\n%2").arg(qs(a.signerFingerprint), qs(a.signature)),
             Tone::Normal, true});
    c_.blocks.push_back(std::move(f));
    paragraphs("approval.note", Paragraph::Style::Note);
  }

  void budgets() {
    c_.blocks.push_back(Heading{1, w_.label("section.budgets"), true});
    if (d_.budgets.empty()) {
      paragraphs("budget.none", Paragraph::Style::Body);
      return;
    }
    paragraphs("statement.uncertainty", Paragraph::Style::Note);
    for (const Budget& b : d_.budgets) {
      const QString unit = unitText(b.unit);
      sub(w_.label("budget.title",
                   {{"characteristic", qs(b.characteristic)}, {"subject", qs(b.subject)}}));
      Table t;
      t.columns = {column("column.quantity", Align::Left, 2.0),
                   column("column.type", Align::Center, 0.6),
                   column("column.distribution", Align::Left, 1.0),
                   column("column.standard_uncertainty", Align::Right, 1.0),
                   column("column.unit", Align::Left, 0.6),
                   column("column.sensitivity", Align::Right, 0.8),
                   column("column.contribution", Align::Right, 1.2, {{"unit", unit}}),
                   column("column.dof", Align::Right, 0.6)};
      for (const BudgetComponent& c : b.components) {
        const std::string dk = "distribution." + c.distribution;
        const bool known = t_.strings.count(dk) > 0;
        t.rows.push_back(
            {cell(c.quantity),
             cell(c.type),
             {known ? w_.stacked(dk) : orNone(c.distribution)},
             {formatNumber(c.standardUncertainty, 3)},
             {unitText(c.unit)},
             {compact(c.sensitivity, 4)},
             {formatNumber(c.contribution, 3)},
             {c.dof ? compact(std::round(*c.dof * 10.0) / 10.0, 4) : QStringLiteral("∞")}});
      }
      c_.blocks.push_back(std::move(t));
      Fields f;
      field(f, "budget.combined", {formatNumber(b.combined, 3) + u' ' + unit});
      field(f, "budget.effective_dof",
            {b.effectiveDof ? compact(std::round(*b.effectiveDof * 10.0) / 10.0, 4)
                            : QStringLiteral("∞")});
      field(f, "budget.k", {compact(b.k, 3)});
      field(f, "budget.expanded", {formatMeasured(b.expanded, b.expanded).second + u' ' + unit});
      field(f, "budget.method", cell(b.method));
      if (b.mcLow && b.mcHigh)
        field(f, "budget.mc_interval",
              {QStringLiteral("[%1, %2] %3")
                   .arg(formatNumber(*b.mcLow, 4), formatNumber(*b.mcHigh, 4), unit)});
      c_.blocks.push_back(std::move(f));
    }
  }

  const Document& d_;
  const ReportTemplate& t_;
  Wording w_;
  Content c_;
  int figureNumber_ = 0;
};

}  // namespace

QString formatNumber(double value, int significant) {
  if (!std::isfinite(value)) return QString::number(value);
  if (value == 0.0) return QStringLiteral("0");
  const int magnitude = static_cast<int>(std::floor(std::log10(std::abs(value))));
  return fixed(value, std::clamp(significant - 1 - magnitude, 0, 9));
}

std::pair<QString, QString> formatMeasured(double value, std::optional<double> u) {
  if (u && std::isfinite(*u) && *u > 0.0) {
    const int decimals = std::clamp(1 - static_cast<int>(std::floor(std::log10(*u))), 0, 9);
    return {fixed(value, decimals), fixed(*u, decimals)};
  }
  return {formatNumber(value, 4), QString()};
}

Content buildContent(const Document& doc, const ReportTemplate& t, Language language) {
  return Builder(doc, t, language).build();
}

std::vector<std::pair<QString, QString>> identityTags(const Document& doc) {
  EmbeddedIdentity id;
  try {
    id = embeddedIdentity(doc);
  } catch (const std::invalid_argument& e) {  // a NaN or bytes that are not UTF-8
    throw RenderError(
        QCoreApplication::translate("robocert::report", "the report cannot be rendered: %1")
            .arg(QString::fromStdString(e.what()))
            .toStdString());
  }
  const auto q = [](const std::string& s) { return QString::fromStdString(s); };
  std::vector<std::pair<QString, QString>> tags{
      {QStringLiteral("ReportNumber"), q(id.reportNumber)},
      {QStringLiteral("Revision"), QString::number(id.revision)},
      {QStringLiteral("Status"),
       id.approved ? QStringLiteral("approved") : QStringLiteral("draft")},
      {QStringLiteral("ContentSHA256"), q(id.contentSha256)}};
  if (id.approved) {
    tags.emplace_back(QStringLiteral("Signer"), q(id.signer));
    tags.emplace_back(QStringLiteral("ApprovedAt"), q(id.approvedAt));
    tags.emplace_back(QStringLiteral("SignerFingerprint"), q(id.signerFingerprint));
    tags.emplace_back(QStringLiteral("Signature"), q(id.signature));
  }
  return tags;
}

}  // namespace robocert::report::detail
