#include "results_page.hpp"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <set>

#include "plot_widgets.hpp"
#include "robocert/report/assemble.hpp"
#include "robocert/report/plots.hpp"
#include "robocert/store/store.hpp"
#include "shell_util.hpp"

namespace robocert::studio {
namespace {

// The report content for the figures, assembled on a pool thread.
struct PlotData {
  std::optional<report::Document> doc;
  QString error;
};

QString number(double v) { return QString::number(v, 'g', 6); }

QString statusText(store::RunStatus s) {
  switch (s) {
    case store::RunStatus::Running:
      return ResultsPage::tr("running");
    case store::RunStatus::Paused:
      return ResultsPage::tr("paused");
    case store::RunStatus::Aborted:
      return ResultsPage::tr("aborted");
    case store::RunStatus::Completed:
      return ResultsPage::tr("completed");
    case store::RunStatus::Interrupted:
      return ResultsPage::tr("interrupted");
  }
  return {};
}

const char* const kVerdicts[] = {"pass", "conditional pass", "conditional fail", "fail",
                                 "undecided"};

}  // namespace

QString verdictText(const std::string& v) {
  if (v == "pass") return ResultsPage::tr("Pass");
  if (v == "conditional pass")
    return ResultsPage::tr(
        "Conditional pass: within the limit, but the uncertainty reaches past it");
  if (v == "conditional fail")
    return ResultsPage::tr("Conditional fail: beyond the limit, but within the uncertainty of it");
  if (v == "fail") return ResultsPage::tr("Fail");
  if (v == "undecided")
    return ResultsPage::tr("Undecided: the guard band does not allow a decision");
  if (v.empty()) return ResultsPage::tr("no limit");
  return q(v);
}

QColor verdictColour(const std::string& v) {
  if (v == "pass") return {0xd4, 0xef, 0xd9};
  if (v == "conditional pass") return {0xe9, 0xf3, 0xc7};
  if (v == "conditional fail") return {0xfc, 0xe1, 0xc0};
  if (v == "fail") return {0xf6, 0xcc, 0xc8};
  if (v == "undecided") return {0xe3, 0xe3, 0xe3};
  return {};
}

ResultsPage::ResultsPage(StudioContext& context, QWidget* parent)
    : QWidget(parent), context_(context) {
  filterBox_ = new QGroupBox;
  itemLabel_ = new QLabel;
  item_ = new QLineEdit;
  item_->setClearButtonEnabled(true);
  planLabel_ = new QLabel;
  plan_ = new QComboBox;
  plan_->addItem(QString());
  fromLabel_ = new QLabel;
  from_ = new QDateEdit(QDate::currentDate().addYears(-1));
  from_->setCalendarPopup(true);
  from_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  toLabel_ = new QLabel;
  to_ = new QDateEdit(QDate::currentDate());
  to_->setCalendarPopup(true);
  to_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  verdictLabel_ = new QLabel;
  verdict_ = new QComboBox;
  verdict_->addItem(QString(), QString());
  for (const char* v : kVerdicts) verdict_->addItem(QString(), QString::fromLatin1(v));
  refresh_ = new QPushButton;
  refresh_->setShortcut(QKeySequence::Refresh);
  auto* filters = new QHBoxLayout(filterBox_);
  for (QWidget* w :
       std::initializer_list<QWidget*>{itemLabel_, item_, planLabel_, plan_, fromLabel_, from_,
                                       toLabel_, to_, verdictLabel_, verdict_})
    filters->addWidget(w);
  filters->addStretch(1);
  filters->addWidget(refresh_);

  runs_table_ = new QTableWidget(0, 7);
  runs_table_->setObjectName(QStringLiteral("runs"));
  runs_table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  runs_table_->setSelectionMode(QAbstractItemView::SingleSelection);
  runs_table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  runs_table_->verticalHeader()->hide();
  runs_table_->horizontalHeader()->setStretchLastSection(true);
  runs_table_->setAlternatingRowColors(true);

  resultsBox_ = new QGroupBox;
  summary_ = new QLabel;
  summary_->setWordWrap(true);
  results_ = new QTableWidget(0, 8);
  results_->setObjectName(QStringLiteral("results"));
  results_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  results_->verticalHeader()->hide();
  results_->horizontalHeader()->setStretchLastSection(true);
  report_ = new QPushButton;
  report_->setEnabled(false);
  auto* resultsLayout = new QVBoxLayout(resultsBox_);
  auto* head = new QHBoxLayout;
  head->addWidget(summary_, 1);
  head->addWidget(report_);
  resultsLayout->addLayout(head);
  resultsLayout->addWidget(results_);

  plotsBox_ = new QGroupBox;
  auto* plotHost = new QWidget;
  plots_ = new QGridLayout(plotHost);
  noPlots_ = new QLabel;
  noPlots_->setAlignment(Qt::AlignCenter);
  plots_->addWidget(noPlots_, 0, 0);
  noPlots_->show();
  auto* scroll = new QScrollArea;
  scroll->setWidget(plotHost);
  scroll->setWidgetResizable(true);
  (new QVBoxLayout(plotsBox_))->addWidget(scroll);

  auto* lower = new QSplitter(Qt::Horizontal);
  lower->addWidget(resultsBox_);
  lower->addWidget(plotsBox_);
  lower->setStretchFactor(0, 1);
  lower->setStretchFactor(1, 1);
  lower->setSizes({700, 700});
  split_ = new QSplitter(Qt::Vertical);
  split_->addWidget(runs_table_);
  split_->addWidget(lower);
  split_->setStretchFactor(0, 1);
  split_->setStretchFactor(1, 3);
  split_->setSizes({160, 700});

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(filterBox_);
  layout->addWidget(split_, 1);

  QSettings settings;
  split_->restoreState(settings.value(QStringLiteral("results/split")).toByteArray());

  connect(refresh_, &QPushButton::clicked, this, &ResultsPage::refresh);
  connect(item_, &QLineEdit::editingFinished, this, &ResultsPage::refresh);
  for (QComboBox* c : {plan_, verdict_})
    connect(c, qOverload<int>(&QComboBox::activated), this, &ResultsPage::refresh);
  for (QDateEdit* d : {from_, to_})
    connect(d, &QDateEdit::dateChanged, this, &ResultsPage::refresh);
  connect(runs_table_, &QTableWidget::itemSelectionChanged, this, [this] {
    const auto rows = runs_table_->selectionModel()->selectedRows();
    if (rows.isEmpty()) return;
    const auto row = static_cast<std::size_t>(rows.front().row());
    if (row < runs_.size()) showRun(runs_[row].id);
  });
  connect(report_, &QPushButton::clicked, this, [this] {
    if (selected_ > 0) emit context_.showReport(selected_);
  });
  connect(&context_, &StudioContext::runEnded, this, [this](qint64 id) {
    refresh();
    selectRun(id);
  });
  connect(&context_, &StudioContext::showRun, this, &ResultsPage::selectRun);
  connect(&context_, &StudioContext::databaseChanged, this, &ResultsPage::refresh);

  retranslate();
  refresh();
}

ResultsPage::~ResultsPage() { saveSettings(); }

void ResultsPage::saveSettings() const {
  QSettings settings;
  settings.setValue(QStringLiteral("results/split"), split_->saveState());
}

void ResultsPage::setItemFilter(const QString& serial) {
  item_->setText(serial);
  refresh();
}

void ResultsPage::setVerdictFilter(const QString& verdict) {
  verdict_->setCurrentIndex(std::max(0, verdict_->findData(verdict)));
  refresh();
}

std::vector<std::int64_t> ResultsPage::listedRuns() const {
  std::vector<std::int64_t> ids;
  for (const store::Run& r : runs_) ids.push_back(r.id);
  return ids;
}

void ResultsPage::refresh() {
  const qint64 keep = selected_;
  runs_.clear();
  std::vector<store::Run> all;
  std::map<std::int64_t, std::vector<store::Result>> results;
  try {
    const store::Store lab = store::Store::open(context_.database(), store::Store::Mode::ReadOnly);
    all = lab.runs();
    for (const store::Run& r : all) {
      if (!itemSerials_.count(r.itemId)) itemSerials_[r.itemId] = lab.item(r.itemId).serial;
      results[r.id] = lab.results(r.id);
    }
  } catch (const store::StoreError& e) {
    summary_->setText(describeStoreError(e));
  }
  // The plan choices: every plan that has runs.
  std::set<QString> plans;
  for (const store::Run& r : all) plans.insert(q(r.planName));
  const QString planChosen = plan_->currentData().toString();
  plan_->blockSignals(true);
  while (plan_->count() > 1) plan_->removeItem(1);
  for (const QString& p : plans) plan_->addItem(p, p);
  plan_->setCurrentIndex(std::max(0, plan_->findData(planChosen)));
  plan_->blockSignals(false);

  const QString item = item_->text().trimmed();
  const QString from = from_->date().toString(Qt::ISODate);
  const QString to = to_->date().toString(Qt::ISODate);
  const std::string verdict = s(verdict_->currentData().toString());
  for (auto it = all.rbegin(); it != all.rend(); ++it) {
    const store::Run& r = *it;
    if (!item.isEmpty() && !q(itemSerials_[r.itemId]).contains(item, Qt::CaseInsensitive)) continue;
    if (!plan_->currentData().toString().isEmpty() &&
        q(r.planName) != plan_->currentData().toString())
      continue;
    const QString day = q(r.startedAt.substr(0, 10));
    if (day < from || day > to) continue;
    if (!verdict.empty()) {
      const auto& rs = results[r.id];
      if (std::none_of(rs.begin(), rs.end(),
                       [&](const store::Result& x) { return x.verdict == verdict; }))
        continue;
    }
    runs_.push_back(r);
  }
  runs_table_->blockSignals(true);
  runs_table_->clearSelection();
  runs_table_->setRowCount(static_cast<int>(runs_.size()));
  for (int row = 0; row < static_cast<int>(runs_.size()); ++row) {
    const store::Run& r = runs_[static_cast<std::size_t>(row)];
    // What the stored verdicts say, counted (no verdict is computed here).
    std::map<std::string, int> counts;
    for (const store::Result& x : results[r.id])
      if (!x.verdict.empty()) ++counts[x.verdict];
    QStringList verdicts;
    for (const char* v : kVerdicts)
      if (counts.count(v))
        verdicts << tr("%1 × %2").arg(counts[v]).arg(
            verdictText(v).section(QLatin1Char(':'), 0, 0));
    const QStringList cells = {QString::number(r.id),
                               q(r.startedAt),
                               q(r.planName),
                               q(itemSerials_[r.itemId]),
                               statusText(r.status),
                               q(r.operatorName),
                               verdicts.join(QStringLiteral(", "))};
    for (int c = 0; c < cells.size(); ++c) {
      auto* cell = new QTableWidgetItem(cells[c]);
      if (c == 6 && counts.count("fail")) cell->setBackground(verdictColour("fail"));
      runs_table_->setItem(row, c, cell);
    }
  }
  runs_table_->resizeColumnsToContents();
  runs_table_->blockSignals(false);
  if (keep > 0) selectRun(keep);
  if (selected_ == 0 || std::none_of(runs_.begin(), runs_.end(),
                                     [&](const store::Run& r) { return r.id == selected_; }))
    showRun(0);
}

void ResultsPage::selectRun(qint64 runId) {
  for (int row = 0; row < static_cast<int>(runs_.size()); ++row)
    if (runs_[static_cast<std::size_t>(row)].id == runId) {
      runs_table_->selectRow(row);
      showRun(runId);
      return;
    }
}

void ResultsPage::clearPlots() {
  while (QLayoutItem* it = plots_->takeAt(0)) {
    if (it->widget() != noPlots_) delete it->widget();
    delete it;
  }
  noPlots_->hide();  // taken out of the layout, not deleted: it would stay where it was
  plotCount_ = 0;
}

bool ResultsPage::plotsPending() const { return plotDone_ != plotRequest_; }

void ResultsPage::showRun(qint64 runId) {
  selected_ = runId;
  plotDone_ = plotRequest_;  // a figure job still going is for another selection: dropped
  results_->setRowCount(0);
  clearPlots();
  report_->setEnabled(false);
  if (runId <= 0) {
    summary_->setText(tr("Choose a run above."));
    noPlots_->setText(QString());
    plots_->addWidget(noPlots_, 0, 0);
    noPlots_->show();
    return;
  }
  std::vector<store::Result> rows;
  bool completed = false;
  QString why;
  try {
    const store::Store lab = store::Store::open(context_.database(), store::Store::Mode::ReadOnly);
    const store::Run run = lab.run(runId);
    rows = lab.results(runId);
    summary_->setText(tr("Run %1 · %2 · item %3 · %4 · started %5")
                          .arg(runId)
                          .arg(q(run.planName), q(itemSerials_[run.itemId]), statusText(run.status),
                               q(run.startedAt)));
    if (run.status == store::RunStatus::Completed) {
      completed = true;
      report_->setEnabled(true);
    } else {
      why = tr("The plots are those of the report: they are shown for completed runs.");
    }
  } catch (const store::StoreError& e) {
    summary_->setText(describeStoreError(e));
  } catch (const std::exception& e) {
    why = tr("The plots cannot be drawn: %1").arg(QString::fromUtf8(e.what()));
  }
  results_->setRowCount(static_cast<int>(rows.size()));
  for (int row = 0; row < static_cast<int>(rows.size()); ++row) {
    const store::Result& r = rows[static_cast<std::size_t>(row)];
    const QStringList cells = {
        q(r.characteristic),
        q(r.subject),
        number(r.value),
        q(r.unit),
        r.expandedUncertainty ? number(*r.expandedUncertainty) : QStringLiteral("—"),
        r.coverageK ? number(*r.coverageK) : QStringLiteral("—"),
        r.limit ? number(*r.limit) : QStringLiteral("—"),
        verdictText(r.verdict)};
    for (int c = 0; c < cells.size(); ++c) {
      auto* cell = new QTableWidgetItem(cells[c]);
      if (c >= 2 && c <= 6) cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
      if (c == 7 && verdictColour(r.verdict).isValid())
        cell->setBackground(verdictColour(r.verdict));
      if (c == 7) cell->setToolTip(verdictText(r.verdict));
      results_->setItem(row, c, cell);
    }
  }
  results_->resizeColumnsToContents();

  if (!completed) {
    noPlots_->setText(why);
    plots_->addWidget(noPlots_, 0, 0);
    noPlots_->show();
    return;
  }
  // The report content (budgets included) takes up to seconds for a large run: assembled on a
  // pool thread with its own Store; a result for a run no longer selected is dropped.
  noPlots_->setText(tr("Drawing the report's figures…"));
  plots_->addWidget(noPlots_, 0, 0);
  noPlots_->show();
  const std::uint64_t request = ++plotRequest_;
  auto* watcher = new QFutureWatcher<PlotData>(this);
  connect(watcher, &QFutureWatcher<PlotData>::finished, this, [this, watcher, request, runId] {
    watcher->deleteLater();
    if (request != plotRequest_ || runId != selected_) return;
    plotDone_ = request;
    const PlotData figures = watcher->result();
    clearPlots();
    if (!figures.doc) {
      noPlots_->setText(tr("The plots cannot be drawn: %1").arg(figures.error));
      plots_->addWidget(noPlots_, 0, 0);
      noPlots_->show();
      return;
    }
    showPlots(*figures.doc);
  });
  watcher->setFuture(QtConcurrent::run([db = context_.database(), runId]() -> PlotData {
    PlotData out;
    try {
      const store::Store lab = store::Store::open(db, store::Store::Mode::ReadOnly);
      report::ReportIdentity id;
      id.issuedOn = s(QDate::currentDate().toString(Qt::ISODate));
      out.doc = report::assemble(lab, runId, id);
    } catch (const store::StoreError& e) {
      out.error = describeStoreError(e);
    } catch (const std::exception& e) {
      out.error = QString::fromUtf8(e.what());
    }
    return out;
  }));
}

void ResultsPage::showPlots(const report::Document& document) {
  const report::Document* doc = &document;
  // The report's figures, in the report's order (lib/report content.cpp "figures"): per pose
  // its cloud in XY and XZ side by side, the bars of AP_P and RP_l, one histogram per distance
  // series, one timeline per endurance step.
  const report::PlotLabels labels = translatedPlotLabels();
  std::vector<std::vector<ReportPlot::Painter>> figures;
  for (const report::PoseCloud& c : doc->poseClouds)
    figures.push_back({[c, labels](QPainter& p, const QRectF& a) {
                         report::paintPoseCloud(p, a, c, report::Projection::XY, labels);
                       },
                       [c, labels](QPainter& p, const QRectF& a) {
                         report::paintPoseCloud(p, a, c, report::Projection::XZ, labels);
                       }});
  for (const char* name : {"AP_P", "RP_l"}) {
    std::vector<report::ResultRow> bars;
    for (const report::ResultRow& r : doc->results)
      if (r.characteristic == name) bars.push_back(r);
    if (!bars.empty())
      figures.push_back({[bars, labels](QPainter& p, const QRectF& a) {
        report::paintCharacteristicBars(p, a, bars, labels);
      }});
  }
  for (const report::DistanceSeries& d : doc->distances)
    figures.push_back({[d, labels](QPainter& p, const QRectF& a) {
      report::paintDistanceHistogram(p, a, d, labels);
    }});
  for (const report::EnduranceTimeline& e : doc->endurance)
    figures.push_back({[e, labels](QPainter& p, const QRectF& a) {
      report::paintEnduranceTimeline(p, a, e, labels);
    }});
  std::size_t plotPainters = 0;
  for (std::size_t row = 0; row < figures.size(); ++row) {
    const auto& panels = figures[row];
    for (std::size_t c = 0; c < panels.size(); ++c) {
      auto* plot = new ReportPlot(panels[c]);
      plot->setMinimumHeight(280);
      plots_->addWidget(plot, static_cast<int>(row), static_cast<int>(c), 1,
                        panels.size() == 1 ? 2 : 1);
      ++plotPainters;
    }
  }
  plotCount_ = static_cast<int>(plotPainters);
  if (plotPainters == 0) {
    noPlots_->setText(tr("This run has no plots."));
    plots_->addWidget(noPlots_, 0, 0);
    noPlots_->show();
  }
}

void ResultsPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslate();
    showRun(selected_);
  }
  QWidget::changeEvent(event);
}

void ResultsPage::retranslate() {
  filterBox_->setTitle(tr("Filter"));
  itemLabel_->setText(tr("Item:"));
  item_->setPlaceholderText(tr("serial contains…"));
  planLabel_->setText(tr("Plan:"));
  plan_->setItemText(0, tr("all plans"));
  fromLabel_->setText(tr("From:"));
  toLabel_->setText(tr("To:"));
  verdictLabel_->setText(tr("Verdict:"));
  verdict_->setItemText(0, tr("any"));
  for (int i = 1; i < verdict_->count(); ++i)
    verdict_->setItemText(
        i, verdictText(s(verdict_->itemData(i).toString())).section(QLatin1Char(':'), 0, 0));
  refresh_->setText(tr("Refresh (F5)"));
  runs_table_->setHorizontalHeaderLabels({tr("Run"), tr("Started (UTC)"), tr("Plan"), tr("Item"),
                                          tr("Status"), tr("Operator"), tr("Verdicts")});
  resultsBox_->setTitle(tr("Results"));
  results_->setHorizontalHeaderLabels({tr("Characteristic"), tr("Subject"), tr("Value"), tr("Unit"),
                                       tr("U"), tr("k"), tr("Limit"), tr("Verdict")});
  results_->horizontalHeaderItem(4)->setToolTip(
      tr("expanded uncertainty U = k · u_c, in the result's unit"));
  results_->horizontalHeaderItem(5)->setToolTip(tr("coverage factor"));
  report_->setText(tr("Report…"));
  plotsBox_->setTitle(tr("Plots (as in the report)"));
}

}  // namespace robocert::studio
