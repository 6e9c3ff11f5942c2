#include "audit_page.hpp"

#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUnhandledException>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <exception>
#include <stdexcept>

#include "robocert/store/store.hpp"
#include "shell_util.hpp"

namespace robocert::studio {

AuditPage::AuditPage(StudioContext& context, QWidget* parent) : QWidget(parent), context_(context) {
  runLabel_ = new QLabel(this);
  run_ = new QSpinBox(this);
  run_->setRange(0, 1'000'000'000);
  reload_ = new QPushButton(this);
  verify_ = new QPushButton(this);
  verify_->setObjectName(QStringLiteral("verify"));
  cancel_ = new QPushButton(this);
  cancel_->hide();
  busy_ = new QProgressBar(this);
  busy_->setRange(0, 0);
  busy_->setMaximumWidth(160);
  busy_->hide();
  auto* top = new QHBoxLayout;
  top->addWidget(runLabel_);
  top->addWidget(run_);
  top->addWidget(reload_);
  top->addStretch();
  top->addWidget(busy_);
  top->addWidget(cancel_);
  top->addWidget(verify_);

  table_ = new QTableWidget(this);
  table_->setColumnCount(8);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setAlternatingRowColors(true);
  table_->verticalHeader()->hide();
  table_->horizontalHeader()->setStretchLastSection(true);

  verdict_ = new QLabel(this);
  verdict_->setObjectName(QStringLiteral("verdict"));
  verdict_->setWordWrap(true);
  verdict_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  error_ = new QLabel(this);
  error_->setWordWrap(true);
  error_->setStyleSheet(QStringLiteral("color: #b00020;"));
  error_->hide();

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(top);
  layout->addWidget(verdict_);
  layout->addWidget(table_, 1);
  layout->addWidget(error_);

  connect(reload_, &QPushButton::clicked, this, &AuditPage::refresh);
  connect(run_, &QSpinBox::valueChanged, this, &AuditPage::refresh);
  connect(verify_, &QPushButton::clicked, this, &AuditPage::verifyDatabase);
  connect(cancel_, &QPushButton::clicked, this, &AuditPage::cancelVerify);
  connect(&context_, &StudioContext::databaseChanged, this, [this] {
    lastReport_.reset();
    verifyError_.clear();
    retranslate();
    refresh();
  });
  connect(&context_, &StudioContext::runEnded, this, &AuditPage::refresh);
  retranslate();
  refresh();
}

void AuditPage::retranslate() {
  runLabel_->setText(tr("Entries of run:"));
  run_->setSpecialValueText(tr("all runs"));
  run_->setToolTip(tr("0 shows the whole trail; a run number shows only that run's entries."));
  reload_->setText(tr("Reload"));
  verify_->setText(tr("Verify database"));
  verify_->setToolTip(
      tr("Recomputes the audit chain and every recorded row's digest, to show that nothing was "
         "changed, deleted or inserted behind RoboCert's back."));
  cancel_->setText(tr("Cancel"));
  table_->setHorizontalHeaderLabels({tr("Entry"), tr("At (UTC)"), tr("Who"), tr("Action"),
                                     tr("Table"), tr("Row"), tr("Run"), tr("Detail")});
  if (lastReport_) {
    verdict_->setText(describe(*lastReport_));
  } else if (!verifyError_.isEmpty()) {
    verdict_->setText(verifyError_);
  } else {
    verdict_->setText(
        tr("Not verified yet in this session. “Verify database” checks the whole "
           "trail."));
  }
}

void AuditPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

void AuditPage::showTrail(std::optional<qint64> runId) {
  run_->setValue(runId ? static_cast<int>(*runId) : 0);
  refresh();
}

void AuditPage::refresh() {
  error_->hide();
  table_->setRowCount(0);
  if (context_.database().empty()) return;
  try {
    const auto store = store::Store::open(context_.database(), store::Store::Mode::ReadOnly);
    std::optional<std::int64_t> run;
    if (run_->value() > 0) run = run_->value();
    const auto trail = store.auditTrail(run);
    table_->setRowCount(static_cast<int>(trail.size()));
    // Newest first: what a person looks for is usually what just happened.
    int r = 0;
    for (auto it = trail.rbegin(); it != trail.rend(); ++it, ++r) {
      const auto& a = *it;
      const QString cells[] = {QString::number(a.id),
                               q(a.at),
                               q(a.actor),
                               q(a.action),
                               q(a.table),
                               a.rowId != 0 ? QString::number(a.rowId) : QString(),
                               a.runId ? QString::number(*a.runId) : QString(),
                               q(a.detail)};
      for (int c = 0; c < 8; ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        item->setToolTip(cells[c]);
        table_->setItem(r, c, item);
      }
    }
    table_->resizeColumnsToContents();
  } catch (const store::StoreError& e) {
    error_->setText(describeStoreError(e));
    error_->show();
  }
}

// SQLite's own check failed: the file is damaged whatever the audit trail says.
QString AuditPage::describeDamage(const store::VerifyReport& v) {
  QStringList names;
  for (const std::string& n : v.damaged) names << q(n);
  const QString finding = v.findings.empty() ? QString() : q(v.findings.front());
  const QString what = names.isEmpty() ? tr("The file is damaged (SQLite: %1).").arg(finding)
                                       : tr("The file is damaged in %1 (SQLite: %2).")
                                             .arg(names.join(QStringLiteral(", ")), finding);
  return tr("NOT INTACT: %1 Results and reports from this database cannot be trusted: keep the "
            "damaged file for investigation and restore the last backup (robocert db backup).")
      .arg(what);
}

QString AuditPage::describe(const store::VerifyReport& v) {
  using P = store::VerifyReport::Problem;
  if (v.intact) {
    return tr("The database is intact: %n audit entries and the rows they cover (%1) were "
              "checked, and nothing was changed, deleted or inserted outside RoboCert.",
              nullptr, static_cast<int>(v.entriesChecked))
        .arg(v.rowsChecked);
  }
  if (v.problem == P::FileDamaged) return describeDamage(v);
  const QString where = tr("row %1 of table %2").arg(v.rowId).arg(q(v.table));
  QString what;
  switch (v.problem) {
    case P::RowChanged:
      what = tr("%1 was changed after it was recorded.").arg(where);
      break;
    case P::RowDeleted:
      what = tr("%1 was deleted.").arg(where);
      break;
    case P::RowInserted:
      what = tr("%1 was inserted without an audit entry.").arg(where);
      break;
    case P::EntryAltered:
      what = tr("The audit entry for %1 was altered.").arg(where);
      break;
    case P::EntryMissing:
      what = tr("An audit entry is missing (near %1).").arg(where);
      break;
    case P::None:
    case P::FileDamaged:
      what = tr("The audit chain does not match (%1).").arg(where);
      break;
  }
  return tr("NOT INTACT: %1 Results and reports from this database cannot be trusted until "
            "this is explained: keep the file as it is, restore the last backup for comparison "
            "and tell the quality manager.")
      .arg(what);
}

void AuditPage::verifyDatabase() {
  if (verifying() || context_.database().empty()) return;
  lastReport_.reset();
  verifyError_.clear();
  verify_->setEnabled(false);
  busy_->show();
  cancel_->show();
  verdict_->setStyleSheet({});
  verdict_->setText(tr("Verifying the whole database…"));
  watcher_ = new QFutureWatcher<store::VerifyReport>(this);
  connect(watcher_, &QFutureWatcher<store::VerifyReport>::finished, this, &AuditPage::finishVerify);
  // The worker opens its own connection (one Store per thread) and never touches a widget.
  watcher_->setFuture(QtConcurrent::run([db = context_.database()] {
    return store::Store::open(db, store::Store::Mode::ReadOnly).verify();
  }));
}

bool AuditPage::verifying() const { return watcher_ != nullptr; }

void AuditPage::cancelVerify() {
  if (watcher_ == nullptr) return;
  // Store::verify cannot be interrupted; stop waiting for it (it ends by itself and its result
  // is dropped with the watcher).
  watcher_->disconnect(this);
  watcher_->deleteLater();
  watcher_ = nullptr;
  busy_->hide();
  cancel_->hide();
  verify_->setEnabled(true);
  verdict_->setText(tr("Verification cancelled; the database was not checked."));
}

void AuditPage::finishVerify() {
  auto* w = watcher_;
  watcher_ = nullptr;
  w->deleteLater();
  busy_->hide();
  cancel_->hide();
  verify_->setEnabled(true);
  try {
    try {
      lastReport_ = w->result();
    } catch (const QUnhandledException& e) {
      // QtConcurrent wraps what the worker threw, and its what() is a bare "std::exception":
      // rethrow the original for its own message.
      if (e.exception()) std::rethrow_exception(e.exception());
      throw;
    }
  } catch (const store::StoreError& e) {
    verifyError_ = describeStoreError(e);
  } catch (const std::exception& e) {
    verifyError_ = tr("The verification failed: %1").arg(QString::fromUtf8(e.what()));
  } catch (...) {
    verifyError_ = tr("The verification failed for an unknown reason.");
  }
  const bool intact = lastReport_ && lastReport_->intact;
  verdict_->setStyleSheet(intact ? QStringLiteral("color: #1b5e20; font-weight: bold;")
                                 : QStringLiteral("color: #b00020; font-weight: bold;"));
  retranslate();
  emit verified(intact);
}

QString AuditPage::verdict() const { return verdict_->text(); }

}  // namespace robocert::studio
