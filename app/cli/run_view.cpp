#include "run_view.hpp"

#include <unistd.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <cmath>
#include <iostream>
#include <set>

#include "common.hpp"
#include "text_table.hpp"

namespace robocert::cli {
namespace {

class RunViewText {
  Q_DECLARE_TR_FUNCTIONS(RunViewText)
};

QString duration(double s) {
  const auto total = static_cast<long long>(std::llround(s));
  if (total >= 3600)
    return QStringLiteral("%1:%2:%3")
        .arg(total / 3600)
        .arg(total / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(total % 60, 2, 10, QLatin1Char('0'));
  return QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

QString stateWord(engine::RunState s) {
  switch (s) {
    case engine::RunState::Idle:
      return RunViewText::tr("idle");
    case engine::RunState::Running:
      return RunViewText::tr("running");
    case engine::RunState::Paused:
      return RunViewText::tr("paused");
    case engine::RunState::Completed:
      return RunViewText::tr("completed");
    case engine::RunState::Aborted:
      return RunViewText::tr("aborted");
    case engine::RunState::Interrupted:
      return RunViewText::tr("interrupted");
  }
  return {};
}

QString verdictWord(const std::string& v) {
  if (v == "pass") return RunViewText::tr("pass");
  if (v == "fail") return RunViewText::tr("fail");
  if (v == "conditional pass") return RunViewText::tr("conditional pass");
  if (v == "conditional fail") return RunViewText::tr("conditional fail");
  if (v == "undecided") return RunViewText::tr("undecided (needs the uncertainty)");
  return QString::fromStdString(v);
}

// The characteristics worth a line on a terminal; the rest (per axis and angle) are stored.
bool headline(const store::Result& r) {
  static const std::set<std::string> main{"AP_P",   "RP_l",       "vAP_P",           "AD_P",
                                          "RD_P",   "MTBF",       "MTBF_lower",      "failures",
                                          "cycles", "test_hours", "registration_rms"};
  return r.limit.has_value() || main.count(r.characteristic) > 0 ||
         r.characteristic.find('_') == std::string::npos;  // script records
}

}  // namespace

RunView::RunView(bool yes, bool quiet, const plan::Plan* plan)
    : plan_(plan), yes_(yes), quiet_(quiet), terminal_(isatty(STDERR_FILENO) != 0) {}

QString RunView::stepTitle(const engine::Progress& p) const {
  // The plan's bilingual title in the user's language; the step id when it has none.
  if (plan_) {
    if (const plan::Step* step = plan_->step(p.stepId)) {
      const std::string& t = plan::localized(step->title, QLocale().name().toStdString());
      if (!t.empty()) return QString::fromStdString(t);
    }
  }
  return QString::fromStdString(p.stepTitle);
}

void RunView::clearLine() {
  if (lineOpen_) {
    std::cerr << "\r\033[K";
    lineOpen_ = false;
  }
}

void RunView::state(engine::RunState state, const std::string& reason) {
  std::lock_guard l(m_);
  if (state == engine::RunState::Running && reason.empty()) return;
  clearLine();
  std::cerr << "robocert: "
            << s(reason.empty() ? stateWord(state)
                                : RunViewText::tr("%1: %2").arg(stateWord(state),
                                                                QString::fromStdString(reason)))
            << '\n';
}

void RunView::progress(const engine::Progress& p) {
  std::lock_guard l(m_);
  if (quiet_) return;
  if (terminal_) {
    // Redraw at most 20 times a second: a fast simulated run reports far more often.
    const auto now = std::chrono::steady_clock::now();
    if (p.stepId == lastStep_ && now - lastDraw_ < std::chrono::milliseconds(50) &&
        p.done != p.total)
      return;
    lastDraw_ = now;
    lastStep_ = p.stepId;
    draw(p);
    return;
  }
  // Not a terminal (a log file): a line per step and per tenth of it.
  const std::int64_t decile = p.total > 0 ? p.done * 10 / p.total : 0;
  if (p.stepId == lastStep_ && decile == lastDecile_) return;
  lastStep_ = p.stepId;
  lastDecile_ = decile;
  std::cerr << s(
      RunViewText::tr("[step %1/%2] %3").arg(p.stepIndex + 1).arg(p.stepCount).arg(stepTitle(p)));
  if (p.total > 0) std::cerr << ' ' << p.done << '/' << p.total;
  if (!p.detail.empty()) std::cerr << "  " << p.detail;
  std::cerr << '\n';
}

void RunView::draw(const engine::Progress& p) {
  constexpr int kWidth = 24;
  QString line =
      RunViewText::tr("[step %1/%2] %3").arg(p.stepIndex + 1).arg(p.stepCount).arg(stepTitle(p));
  if (p.total > 0) {
    const int filled = static_cast<int>(kWidth * p.done / p.total);
    line += QStringLiteral(" [") + QString(filled, QChar(u'#')) +
            QString(kWidth - filled, QChar(u'.')) +
            QStringLiteral("] %1/%2").arg(p.done).arg(p.total);
  }
  if (!p.detail.empty()) line += QStringLiteral("  ") + QString::fromStdString(p.detail);
  if (p.etaS) line += QStringLiteral("  ") + RunViewText::tr("ETA %1").arg(duration(*p.etaS));
  std::cerr << "\r\033[K" << s(line) << std::flush;
  lineOpen_ = true;
}

void RunView::log(const std::string& line) {
  std::lock_guard l(m_);
  if (quiet_) return;
  if (terminal_) {
    clearLine();
    std::cerr << line << '\n';
    return;
  }
  std::cerr << line << '\n';
}

bool RunView::prompt(const std::string& text) {
  std::lock_guard l(m_);
  clearLine();
  std::cerr << s(RunViewText::tr("Operator: %1").arg(QString::fromStdString(text))) << '\n';
  if (yes_) {
    std::cerr << s(RunViewText::tr("confirmed (--yes)")) << '\n';
    return true;
  }
  if (isatty(STDIN_FILENO) == 0) {
    std::cerr << s(RunViewText::tr(
                     "no one can confirm this here: run on a terminal, or pass --yes"))
              << '\n';
    return false;
  }
  std::cerr << s(RunViewText::tr("Confirm? [y/N] ")) << std::flush;
  std::string answer;
  std::getline(std::cin, answer);
  return answer == "y" || answer == "Y" || answer == "yes";
}

void RunView::finish() {
  std::lock_guard l(m_);
  if (lineOpen_) std::cerr << '\n';
  lineOpen_ = false;
}

int printOutcome(const engine::RunOutcome& o, const plan::Plan& plan, const std::string& format) {
  bool failed = o.state != engine::RunState::Completed;
  for (const store::Result& r : o.results)
    if (r.verdict == "fail") failed = true;
  if (format == "json") {
    QJsonArray results;
    for (const store::Result& r : o.results) {
      QJsonObject j{{"characteristic", QString::fromStdString(r.characteristic)},
                    {"subject", QString::fromStdString(r.subject)},
                    {"value", r.value},
                    {"unit", QString::fromStdString(r.unit)}};
      if (r.limit) j.insert("limit", *r.limit);
      if (!r.verdict.empty()) j.insert("verdict", QString::fromStdString(r.verdict));
      results.append(j);
    }
    QJsonObject out{{"run", static_cast<qint64>(o.runId)},
                    {"plan", QString::fromStdString(plan.id)},
                    {"plan_version", QString::fromStdString(plan.version)},
                    {"state", QString::fromUtf8(engine::toString(o.state))},
                    {"results", results}};
    if (!o.error.empty()) out.insert("error", QString::fromStdString(o.error));
    printJson(out);
    return failed ? kExitFailure : kExitOk;
  }
  if (o.runId == 0)  // refused before a run was created
    std::cout << s(RunViewText::tr("No run was started: %1 %2")
                       .arg(QString::fromStdString(plan.id), QString::fromStdString(plan.version)))
              << '\n';
  else
    std::cout << s(RunViewText::tr("Run %1 %2: %3 %4")
                       .arg(o.runId)
                       .arg(stateWord(o.state))
                       .arg(QString::fromStdString(plan.id), QString::fromStdString(plan.version)))
              << '\n';
  if (!o.error.empty()) std::cout << "  " << o.error << '\n';
  if (o.state == engine::RunState::Interrupted && o.runId > 0)
    std::cout << s(RunViewText::tr("  Resume it with: robocert run PLAN --station FILE --resume %1")
                       .arg(o.runId))
              << '\n';
  if (o.results.empty()) return failed ? kExitFailure : kExitOk;
  TextTable table(
      {RunViewText::tr("characteristic"), RunViewText::tr("subject"), RunViewText::tr("value"),
       RunViewText::tr("unit"), RunViewText::tr("limit"), RunViewText::tr("verdict")},
      2);
  std::size_t hidden = 0;
  for (const store::Result& r : o.results) {
    if (!headline(r)) {
      ++hidden;
      continue;
    }
    table.addRow({QString::fromStdString(r.characteristic), QString::fromStdString(r.subject),
                  fixed(r.value, r.unit == "h" ? 1 : 4), QString::fromStdString(r.unit),
                  r.limit ? fixed(*r.limit, 4) : QString(), verdictWord(r.verdict)});
  }
  std::cout << s(table.render());
  if (hidden > 0)
    std::cout << s(RunViewText::tr(
                     "%n more result(s) (per axis and angle) are stored with the run.", "",
                     static_cast<int>(hidden)))
              << '\n';
  return failed ? kExitFailure : kExitOk;
}

}  // namespace robocert::cli
