#pragma once

// The Audit page: the lab database's hash-chained audit trail (every entry, or those of one
// run) in a table, and "Verify database": Store::verify() on a worker thread (the GUI stays
// responsive, a busy bar shows it is working, Cancel stops waiting for it), with the outcome in
// words: intact with how much was checked, or which table and row failed and how, and what to do.

#include <QString>
#include <QWidget>
#include <optional>

#include "robocert/store/records.hpp"
#include "studio_context.hpp"

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
template <typename T>
class QFutureWatcher;

namespace robocert::studio {

class AuditPage : public QWidget {
  Q_OBJECT
 public:
  explicit AuditPage(StudioContext& context, QWidget* parent = nullptr);

  // runId nullopt: the whole trail.
  void showTrail(std::optional<qint64> runId = std::nullopt);
  void refresh();
  void verifyDatabase();  // returns at once; verified() follows
  void cancelVerify();
  bool verifying() const;

  QTableWidget* table() const { return table_; }
  QString verdict() const;  // the last verification's outcome in words

  // The outcome of a verification in words (for the page and for tests).
  static QString describe(const store::VerifyReport& report);
  static QString describeDamage(const store::VerifyReport& report);

 signals:
  void verified(bool intact);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  struct Outcome;
  void retranslate();
  void finishVerify();

  StudioContext& context_;
  QLabel* runLabel_;
  QSpinBox* run_;
  QPushButton* reload_;
  QTableWidget* table_;
  QPushButton* verify_;
  QPushButton* cancel_;
  QProgressBar* busy_;
  QLabel* verdict_;
  QLabel* error_;
  QFutureWatcher<store::VerifyReport>* watcher_ = nullptr;
  QString verifyError_;
  std::optional<store::VerifyReport> lastReport_;
};

}  // namespace robocert::studio
