#include "robocert/station/simulated_station.hpp"

#include <ctime>
#include <future>

#include "robocert/store/store.hpp"

namespace robocert::station {

namespace {

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
  st.name = "RoboCert simulator";
  st.location = "simulated (loopback)";
  st.timeScale = server_->truth().timeScale;
  st.devices.push_back({.role = "robot", .driver = "rcp", .url = urls.robot.value_or("")});
  st.devices.push_back({.role = "tracker",
                        .driver = "tracker",
                        .url = urls.tracker,
                        .instrument = kSimTrackerSerial});
  return st;
}

void SimulatedStation::registerInstruments(const std::filesystem::path& database) const {
  store::Store s = store::Store::open(database);
  if (s.findInstrument(kSimTrackerSerial)) return;
  const auto model = server_->truth().tracker;
  const std::int64_t id = s.addInstrument({.kind = "laser_tracker",
                                           .manufacturer = "RoboCert (simulated)",
                                           .model = model.model,
                                           .serial = kSimTrackerSerial});
  char u[96];
  std::snprintf(u, sizeof u, "MPE %g um + %g um/m (simulated)", model.mpeConstantUm,
                model.mpePerMetreUm);
  s.addCalibration(id, {.certificateNo = "SIM-CAL-0001 (simulated, not a calibration)",
                        .calibratedOn = dateFromToday(0),
                        .dueOn = dateFromToday(1),
                        .uncertainty = u,
                        .laboratory = "none: simulated instrument"});
}

}  // namespace robocert::station
