#include "station_page.hpp"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <chrono>

#include "robocert/devices/blocking.hpp"
#include "robocert/station/connected_station.hpp"
#include "robocert/station/simulated_station.hpp"
#include "robocert/store/store.hpp"
#include "shell_util.hpp"

namespace robocert::studio {
namespace {

enum Column { Role, Driver, Url, Instrument, Status, ColumnCount };
constexpr auto kReadyTimeout = std::chrono::seconds(8);
constexpr auto kReadTimeout = std::chrono::seconds(3);

QString quoted(const std::string& text) {
  QString t = q(text);
  t.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
      .replace(QLatin1Char('"'), QStringLiteral("\\\""));
  return QLatin1Char('"') + t + QLatin1Char('"');
}

struct TestOutcome {
  bool ok = false;
  QString text;
};

class StationText {
  Q_DECLARE_TR_FUNCTIONS(StationPage)
 public:
  // Connects the one device, waits for it, reads it once. Runs on a worker thread.
  static TestOutcome test(const plan::Station& station, const std::string& role,
                          const std::filesystem::path& db) {
    try {
      std::optional<store::Store> store;
      if (!db.empty()) store = store::Store::open(db, store::Store::Mode::ReadOnly);
      station::ConnectedStation connected(station, store ? &*store : nullptr, {role});
      const bool ready = connected.waitReady(kReadyTimeout);
      QString text;
      for (const auto& st : connected.status()) {
        if (st.role != role) continue;
        if (!ready) {
          return {false,
                  tr("Not ready after %1 s (%2): %3. Check that the device is on, the "
                     "cable or network is connected and the URL is right.")
                      .arg(std::chrono::duration_cast<std::chrono::seconds>(kReadyTimeout).count())
                      .arg(QString::fromUtf8(devices::toString(st.state)), q(st.reason))};
        }
        if (st.identity) {
          text = tr("%1 %2, serial %3, firmware %4")
                     .arg(q(st.identity->maker), q(st.identity->model), q(st.identity->serial),
                          q(st.identity->firmware));
        }
      }
      const auto devs = connected.devices();
      QString reading;
      if (auto it = devs.scalarSensors.find(role); it != devs.scalarSensors.end()) {
        auto r = devices::waitFor<devices::Reading>(
            [&](devices::Completion<devices::Reading> done) { it->second->read(std::move(done)); },
            kReadTimeout);
        if (auto* v = std::get_if<devices::Reading>(&r)) {
          reading = tr("%1 %2").arg(v->value).arg(q(v->unit));
        } else {
          reading = tr("no reading: %1").arg(q(std::get<devices::DeviceError>(r).message));
        }
      } else if (auto pit = devs.poseSensors.find(role); pit != devs.poseSensors.end()) {
        auto r = devices::waitFor<devices::PoseSample>(
            [&](devices::Completion<devices::PoseSample> done) {
              pit->second->measure(std::move(done));
            },
            kReadTimeout);
        if (auto* v = std::get_if<devices::PoseSample>(&r)) {
          reading = tr("x %1 mm, y %2 mm, z %3 mm")
                        .arg(v->pose.positionMm.x(), 0, 'f', 3)
                        .arg(v->pose.positionMm.y(), 0, 'f', 3)
                        .arg(v->pose.positionMm.z(), 0, 'f', 3);
        } else {
          reading = tr("no reading: %1").arg(q(std::get<devices::DeviceError>(r).message));
        }
      } else if (auto mit = devs.manipulators.find(role); mit != devs.manipulators.end()) {
        auto r = devices::waitFor<metrology::Pose6>(
            [&](devices::Completion<metrology::Pose6> done) {
              mit->second->readPose(std::move(done));
            },
            kReadTimeout);
        if (auto* v = std::get_if<metrology::Pose6>(&r)) {
          reading = tr("tool at x %1 mm, y %2 mm, z %3 mm")
                        .arg(v->positionMm.x(), 0, 'f', 3)
                        .arg(v->positionMm.y(), 0, 'f', 3)
                        .arg(v->positionMm.z(), 0, 'f', 3);
        } else {
          reading = tr("no reading: %1").arg(q(std::get<devices::DeviceError>(r).message));
        }
      }
      return {true, reading.isEmpty() ? text : tr("%1 — %2").arg(text, reading)};
    } catch (const store::StoreError& e) {
      return {false, describeStoreError(e)};
    } catch (const std::exception& e) {
      return {false, QString::fromUtf8(e.what())};
    }
  }
};

}  // namespace

StationPage::StationPage(StudioContext& context, QWidget* parent)
    : QWidget(parent), context_(context) {
  nameLabel_ = new QLabel(this);
  name_ = new QLineEdit(QStringLiteral("station-1"), this);
  locationLabel_ = new QLabel(this);
  location_ = new QLineEdit(this);
  scaleLabel_ = new QLabel(this);
  timeScale_ = new QDoubleSpinBox(this);
  timeScale_->setRange(0.001, 1000.0);
  timeScale_->setDecimals(3);
  timeScale_->setValue(1.0);
  auto* form = new QFormLayout;
  form->addRow(nameLabel_, name_);
  form->addRow(locationLabel_, location_);
  form->addRow(scaleLabel_, timeScale_);

  table_ = new QTableWidget(0, ColumnCount, this);
  table_->setObjectName(QStringLiteral("devices"));
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->verticalHeader()->hide();
  table_->horizontalHeader()->setStretchLastSection(true);

  addDevice_ = new QPushButton(this);
  removeDevice_ = new QPushButton(this);
  test_ = new QPushButton(this);
  load_ = new QPushButton(this);
  save_ = new QPushButton(this);
  startSim_ = new QPushButton(this);
  stopSim_ = new QPushButton(this);
  stopSim_->setEnabled(false);
  auto* buttons = new QHBoxLayout;
  for (QPushButton* b : {addDevice_, removeDevice_, test_}) buttons->addWidget(b);
  buttons->addStretch();
  for (QPushButton* b : {load_, save_, startSim_, stopSim_}) buttons->addWidget(b);

  message_ = new QLabel(this);
  message_->setWordWrap(true);
  message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(table_, 1);
  layout->addLayout(buttons);
  layout->addWidget(message_);

  connect(addDevice_, &QPushButton::clicked, this, [this] {
    addRow({"", "rcp", "tcp://127.0.0.1:", "", {}, {}, {}});
  });
  connect(removeDevice_, &QPushButton::clicked, this, [this] {
    if (table_->currentRow() >= 0) table_->removeRow(table_->currentRow());
  });
  connect(test_, &QPushButton::clicked, this, [this] {
    if (table_->currentRow() >= 0) testConnection(table_->currentRow());
  });
  connect(load_, &QPushButton::clicked, this, [this] {
    const QString f = QFileDialog::getOpenFileName(this, tr("Open station file"), q(file_.string()),
                                                   tr("Station files (*.yaml *.yml)"));
    if (!f.isEmpty()) load(s(f));
  });
  connect(save_, &QPushButton::clicked, this, [this] {
    const QString f = QFileDialog::getSaveFileName(this, tr("Save station file"), q(file_.string()),
                                                   tr("Station files (*.yaml *.yml)"));
    if (!f.isEmpty()) save(s(f));
  });
  connect(startSim_, &QPushButton::clicked, this, &StationPage::startSimulator);
  connect(stopSim_, &QPushButton::clicked, this, &StationPage::stopSimulator);
  retranslate();
}

StationPage::~StationPage() = default;  // stops the simulator with sim_

void StationPage::retranslate() {
  nameLabel_->setText(tr("Station name:"));
  locationLabel_->setText(tr("Location (for reports):"));
  location_->setPlaceholderText(tr("e.g. Lab 2, bench 3"));
  scaleLabel_->setText(tr("Time scale (1 for real hardware):"));
  table_->setHorizontalHeaderLabels(
      {tr("Role"), tr("Driver"), tr("URL"), tr("Instrument serial"), tr("Connection test")});
  addDevice_->setText(tr("Add device"));
  removeDevice_->setText(tr("Remove device"));
  test_->setText(tr("Test connection"));
  test_->setToolTip(tr("Connects the selected device, shows its identity and one reading."));
  load_->setText(tr("Open…"));
  save_->setText(tr("Save…"));
  startSim_->setText(tr("Start simulator"));
  stopSim_->setText(tr("Stop simulator"));
}

void StationPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

void StationPage::addRow(const plan::StationDevice& d) {
  const int r = table_->rowCount();
  table_->insertRow(r);
  table_->setItem(r, Role, new QTableWidgetItem(q(d.role)));
  auto* driver = new QComboBox(table_);
  for (const auto& name : plan::stationDrivers()) driver->addItem(q(name));
  driver->setCurrentText(q(d.driver));
  table_->setCellWidget(r, Driver, driver);
  table_->setItem(r, Url, new QTableWidgetItem(q(d.url)));
  table_->setItem(r, Instrument, new QTableWidgetItem(q(d.instrument)));
  auto* status = new QTableWidgetItem;
  status->setFlags(status->flags() & ~Qt::ItemIsEditable);
  table_->setItem(r, Status, status);
}

void StationPage::setStation(const plan::Station& station) {
  name_->setText(q(station.name));
  location_->setText(q(station.location));
  timeScale_->setValue(station.timeScale);
  table_->setRowCount(0);
  for (const auto& d : station.devices) addRow(d);
  table_->resizeColumnsToContents();
}

QString StationPage::yaml() const {
  QString out = QStringLiteral("station:\n  name: %1\n").arg(quoted(s(name_->text().trimmed())));
  if (!location_->text().trimmed().isEmpty()) {
    out += QStringLiteral("  location: %1\n").arg(quoted(s(location_->text().trimmed())));
  }
  out += QStringLiteral("  time-scale: %1\n  devices:\n").arg(timeScale_->value());
  for (int r = 0; r < table_->rowCount(); ++r) {
    const auto text = [&](int c) {
      return table_->item(r, c) ? table_->item(r, c)->text().trimmed() : QString();
    };
    const auto* driver = qobject_cast<QComboBox*>(table_->cellWidget(r, Driver));
    out += QStringLiteral("    - {role: %1, driver: %2, url: %3")
               .arg(quoted(s(text(Role))), quoted(s(driver ? driver->currentText() : QString())),
                    quoted(s(text(Url))));
    if (!text(Instrument).isEmpty()) {
      out += QStringLiteral(", instrument: %1").arg(quoted(s(text(Instrument))));
    }
    out += QStringLiteral("}\n");
  }
  return out;
}

std::optional<plan::Station> StationPage::station() const {
  auto r = plan::parseStation(s(yaml()));
  if (auto* st = std::get_if<plan::Station>(&r)) return *st;
  QStringList lines;
  for (const auto& p : std::get<std::vector<plan::Problem>>(r)) lines << q(p.message);
  const_cast<StationPage*>(this)->showMessage(
      tr("The station is not complete: %1").arg(lines.join(QStringLiteral("; "))), true);
  return std::nullopt;
}

bool StationPage::load(const std::filesystem::path& file) {
  auto r = plan::loadStation(file);
  if (auto* st = std::get_if<plan::Station>(&r)) {
    file_ = file;
    setStation(*st);
    showMessage(tr("Loaded %1.").arg(q(file.string())), false);
    return true;
  }
  QStringList lines;
  for (const auto& p : std::get<std::vector<plan::Problem>>(r)) lines << q(plan::format(file, p));
  showMessage(lines.join(QLatin1Char('\n')), true);
  return false;
}

bool StationPage::save(const std::filesystem::path& file) {
  if (!station()) return false;
  QSaveFile f(q(file.string()));
  if (!f.open(QIODevice::WriteOnly) || f.write(yaml().toUtf8()) < 0 || !f.commit()) {
    showMessage(tr("%1 cannot be written: %2").arg(q(file.string()), f.errorString()), true);
    return false;
  }
  file_ = file;
  showMessage(tr("Saved %1.").arg(q(file.string())), false);
  return true;
}

bool StationPage::startSimulator() {
  if (sim_) return true;
  try {
    auto sim = std::make_unique<station::SimulatedStation>(station::SimulatedStation::Options{});
    if (!context_.database().empty()) sim->registerInstruments(context_.database());
    setStation(sim->stationFile());
    sim_ = std::move(sim);
  } catch (const store::StoreError& e) {
    showMessage(describeStoreError(e), true);
    return false;
  } catch (const std::exception& e) {
    showMessage(tr("The simulator cannot start: %1").arg(QString::fromUtf8(e.what())), true);
    return false;
  }
  startSim_->setEnabled(false);
  stopSim_->setEnabled(true);
  showMessage(tr("The simulator runs in this program on 127.0.0.1; the table shows its devices. "
                 "It stops with “Stop simulator” or when RoboCert Studio closes."),
              false);
  return true;
}

void StationPage::stopSimulator() {
  sim_.reset();
  startSim_->setEnabled(true);
  stopSim_->setEnabled(false);
  showMessage(tr("The simulator was stopped."), false);
}

void StationPage::testConnection(int row) {
  const auto st = station();
  if (!st || row < 0 || row >= table_->rowCount()) return;
  const std::string role = s(table_->item(row, Role)->text().trimmed());
  table_->item(row, Status)->setText(tr("Connecting…"));
  table_->item(row, Status)->setBackground(QBrush());
  auto* watcher = new QFutureWatcher<TestOutcome>(this);
  connect(watcher, &QFutureWatcher<TestOutcome>::finished, this, [this, watcher, row, role] {
    const TestOutcome o = watcher->result();
    watcher->deleteLater();
    if (row < table_->rowCount() && table_->item(row, Role)->text().trimmed() == q(role)) {
      table_->item(row, Status)->setText(o.text);
      table_->item(row, Status)->setToolTip(o.text);
      table_->item(row, Status)
          ->setBackground(o.ok ? QColor(0xe3, 0xf4, 0xe4) : QColor(0xfd, 0xe2, 0xe1));
    }
    emit tested(row, o.ok);
  });
  watcher->setFuture(QtConcurrent::run([station = *st, role, db = context_.database()] {
    return StationText::test(station, role, db);
  }));
}

void StationPage::showMessage(const QString& text, bool error) {
  message_->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
  message_->setText(text);
}

QString StationPage::message() const { return message_->text(); }

}  // namespace robocert::studio
