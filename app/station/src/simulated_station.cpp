#include "robocert/station/simulated_station.hpp"

#include <QCoreApplication>
#include <QString>
#include <ctime>
#include <future>

#include "robocert/store/store.hpp"

namespace robocert::station {

namespace {

// What the simulator's station and instrument records say to a person (the report prints them),
// in the language of the process that creates them. The context is the class's own name (see
// connected_station.cpp).
class StationText {
  Q_DECLARE_TR_FUNCTIONS(StationText)
};

std::string dateFromToday(int years) {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  tm.tm_year += years;
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

}  // namespace

SimulatedStation::SimulatedStation(Options options) {
  sim_server::StationOptions o;
  o.timeScale = options.timeScale;
  o.seed = options.seed;
  server_ = std::make_unique<sim_server::Station>(io_, o);
  thread_ = std::thread([this] { io_.run(); });
}

SimulatedStation::~SimulatedStation() {
  server_->stop();
  thread_.join();  // the io_context runs out of work once everything is closed
  server_.reset();
}

plan::Station SimulatedStation::stationFile() const {
  const sim_server::StationUrls urls = server_->urls();
  plan::Station st;
  st.name = StationText::tr("RoboCert simulator").toStdString();
  st.location = StationText::tr("simulated (loopback)").toStdString();
  st.timeScale = server_->truth().timeScale;
  st.devices.push_back({.role = "robot", .driver = "rcp", .url = urls.robot.value_or("")});
  st.devices.push_back({.role = "tracker",
                        .driver = "tracker",
                        .url = urls.tracker,
                        .instrument = kSimTrackerSerial});
  // The environment sensor (SCPI), read by the engine at the start of a run: the report's
  // "environment during the test".
  st.devices.push_back(
      {.role = "temperature",
       .driver = "scpi",
       .url = urls.environment,
       .options = {{"query", "MEAS:TEMP?"}, {"quantity", "temperature"}, {"unit", "°C"}}});
  st.devices.push_back(
      {.role = "humidity",
       .driver = "scpi",
       .url = urls.environment,
       .options = {{"query", "MEAS:HUM?"}, {"quantity", "humidity"}, {"unit", "%"}}});
  return st;
}

void SimulatedStation::registerInstruments(const std::filesystem::path& database) const {
  store::Store s = store::Store::open(database);
  const auto model = server_->truth().tracker;
  const std::string u = StationText::tr("MPE %1 µm + %2 µm/m (simulated)")
                            .arg(QString::number(model.mpeConstantUm, 'g', 6),
                                 QString::number(model.mpePerMetreUm, 'g', 6))
                            .toStdString();
  // The instrument and its calibration in one transaction, once: programs making their first
  // run on a new database at the same time all find the one record.
  s.findOrAddInstrument(
      {.kind = "laser_tracker",
       .manufacturer = StationText::tr("RoboCert (simulated)").toStdString(),
       .model = model.model,
       .serial = kSimTrackerSerial},
      store::Calibration{.certificateNo = StationText::tr("%1 (simulated, not a calibration)")
                                              .arg(QStringLiteral("SIM-CAL-0001"))
                                              .toStdString(),
                         .calibratedOn = dateFromToday(0),
                         .dueOn = dateFromToday(1),
                         .uncertainty = u,
                         .laboratory = StationText::tr("none: simulated instrument").toStdString(),
                         // The simulated tracker's noise is its MPE taken as a 2-sigma bound per
                         // axis (sim/tracker.hpp): U = MPE at k = 2.
                         .uConstUm = model.mpeConstantUm,
                         .uPerMUm = model.mpePerMetreUm,
                         .uK = 2.0});
}

}  // namespace robocert::station
