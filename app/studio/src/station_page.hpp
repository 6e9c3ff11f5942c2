#pragma once

// The Station page: a station file edited as a table (role → driver, URL, instrument serial)
// with the station's name, location and time scale; loaded from and saved to a station YAML
// file (checked with plan::parseStation before it is written, problems shown in words).
// "Test connection" brings the selected device to life through station::ConnectedStation on a
// worker thread (the GUI never waits for a device) and shows its identity and one live reading.
// "Start simulator" runs the built-in simulator in this process (station::SimulatedStation),
// registers its tracker in the lab database and fills the table with its URLs; it stops with
// "Stop simulator" or when the page is destroyed (the application exits).

#include <QWidget>
#include <filesystem>
#include <memory>
#include <optional>

#include "robocert/plan/station.hpp"
#include "studio_context.hpp"

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace robocert::station {
class SimulatedStation;
}

namespace robocert::studio {

class StationPage : public QWidget {
  Q_OBJECT
 public:
  explicit StationPage(StudioContext& context, QWidget* parent = nullptr);
  ~StationPage() override;

  // The station file the table describes, as YAML text.
  QString yaml() const;
  // The table as a checked station (problems: nullopt and message() says why).
  std::optional<plan::Station> station() const;
  void setStation(const plan::Station& station);
  bool load(const std::filesystem::path& file);
  bool save(const std::filesystem::path& file);
  // Starts the in-process simulator (false with message() when it cannot start).
  bool startSimulator();
  void stopSimulator();
  bool simulatorRunning() const { return sim_ != nullptr; }
  // Tests the device of the table's row (returns at once; tested() follows).
  void testConnection(int row);

  QString message() const;
  QTableWidget* table() const { return table_; }

 signals:
  void tested(int row, bool ok);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  void addRow(const plan::StationDevice& d);
  void showMessage(const QString& text, bool error);

  StudioContext& context_;
  std::unique_ptr<station::SimulatedStation> sim_;
  std::filesystem::path file_;
  QLabel* nameLabel_;
  QLineEdit* name_;
  QLabel* locationLabel_;
  QLineEdit* location_;
  QLabel* scaleLabel_;
  QDoubleSpinBox* timeScale_;
  QTableWidget* table_;
  QPushButton* addDevice_;
  QPushButton* removeDevice_;
  QPushButton* test_;
  QPushButton* load_;
  QPushButton* save_;
  QPushButton* startSim_;
  QPushButton* stopSim_;
  QLabel* message_;
};

}  // namespace robocert::studio
