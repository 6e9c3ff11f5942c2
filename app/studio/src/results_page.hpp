#pragma once

// The Results page: the runs of the lab database, filtered by item, plan, date range and
// verdict; for the selected run the results table (value and unit, expanded uncertainty U with
// its coverage factor k, the limit, and the verdict in colour and in words) and the report's
// plots, painted by lib/report/plots.hpp from report::assemble's Document (a completed run).
// Reads the database only (Store API); refreshes when a run ends.

#include <QWidget>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "robocert/report/document.hpp"
#include "robocert/store/records.hpp"
#include "studio_context.hpp"

class QComboBox;
class QDateEdit;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableWidget;

namespace robocert::studio {

class ResultsPage : public QWidget {
  Q_OBJECT
 public:
  explicit ResultsPage(StudioContext& context, QWidget* parent = nullptr);
  ~ResultsPage() override;

  // Filters (tests, navigation). Empty text / nullopt: no filter on that.
  void setItemFilter(const QString& serial);
  void setVerdictFilter(const QString& verdict);  // pass, fail, conditional pass, ...
  // The runs listed, in order (newest first), and the run selected (0: none).
  std::vector<std::int64_t> listedRuns() const;
  qint64 selectedRun() const { return selected_; }
  QTableWidget& resultsTable() { return *results_; }
  int plotCount() const { return plotCount_; }
  // True while the selected run's figures are still being prepared (in the background).
  bool plotsPending() const;

 public slots:
  void refresh();
  void selectRun(qint64 runId);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  void showRun(qint64 runId);
  void clearPlots();
  void showPlots(const report::Document& doc);
  void saveSettings() const;

  StudioContext& context_;
  std::vector<store::Run> runs_;  // listed
  std::map<std::int64_t, std::string> itemSerials_;
  qint64 selected_ = 0;
  int plotCount_ = 0;
  std::uint64_t plotRequest_ = 0;  // the latest background assembly asked for
  std::uint64_t plotDone_ = 0;     // ... and the latest one shown

  QGroupBox* filterBox_;
  QLabel* itemLabel_;
  QLineEdit* item_;
  QLabel* planLabel_;
  QComboBox* plan_;
  QLabel* fromLabel_;
  QDateEdit* from_;
  QLabel* toLabel_;
  QDateEdit* to_;
  QLabel* verdictLabel_;
  QComboBox* verdict_;
  QPushButton* refresh_;
  QTableWidget* runs_table_;
  QGroupBox* resultsBox_;
  QLabel* summary_;
  QTableWidget* results_;
  QPushButton* report_;
  QGroupBox* plotsBox_;
  QGridLayout* plots_;
  QLabel* noPlots_;
  QSplitter* split_;
};

// A verdict ("pass", "conditional fail", ...) in words for a person, and its colour.
QString verdictText(const std::string& verdict);
QColor verdictColour(const std::string& verdict);

}  // namespace robocert::studio
