#include "robocert/station/connected_station.hpp"

#include <QCoreApplication>
#include <QString>
#include <algorithm>
#include <charconv>
#include <future>
#include <stdexcept>
#include <thread>

#include "robocert/drivers/modbus_client.hpp"
#include "robocert/drivers/rcp_manipulator.hpp"
#include "robocert/drivers/register_map.hpp"
#include "robocert/drivers/scpi_instrument.hpp"
#include "robocert/drivers/tracker_driver.hpp"
#include "robocert/protocols/asio.hpp"
#include "robocert/store/store.hpp"
#include "robocert/transport/url.hpp"

namespace robocert::station {

namespace {

// Errors in a station file, for a person. The context is the class's own name, which is what
// lupdate takes when it loses track of the scope (ConnectedStation is declared in a header it
// does not read).
class StationText {
  Q_DECLARE_TR_FUNCTIONS(StationText)
};

QString qs(const std::string& s) { return QString::fromStdString(s); }

std::runtime_error stationError(const QString& message) {
  return std::runtime_error(message.toStdString());
}

std::string option(const plan::StationDevice& d, const std::string& key,
                   const std::string& fallback = {}) {
  const auto it = d.options.find(key);
  return it == d.options.end() ? fallback : it->second;
}

// The timeout-ms option: a whole number of milliseconds, 1 .. 600000.
std::optional<std::chrono::milliseconds> timeoutOption(const plan::StationDevice& d) {
  const std::string text = option(d, "timeout-ms");
  if (text.empty()) return std::nullopt;
  long long ms = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), ms);
  if (ec != std::errc{} || end != text.data() + text.size() || ms < 1 || ms > 600000)
    throw stationError(StationText::tr("station device '%1': timeout-ms must be a whole number "
                                       "of milliseconds from 1 to 600000, not '%2'")
                           .arg(qs(d.role), qs(text)));
  return std::chrono::milliseconds(ms);
}

}  // namespace

struct ConnectedStation::Impl {
  boost::asio::io_context io;
  std::optional<boost::asio::executor_work_guard<boost::asio::io_context::executor_type>> work{
      io.get_executor()};
  std::thread thread;

  struct Entry {
    std::string role;
    std::string driver;
    std::string url;
    std::shared_ptr<void> owner;  // the driver (and what it needs), destroyed on the I/O thread
    std::function<void()> start;  // starts connecting, on the I/O thread
    std::unique_ptr<devices::DeviceLifecycle> lifecycle;
  };
  std::vector<Entry> entries;
  engine::StationDevices devices;
};

ConnectedStation::ConnectedStation(const plan::Station& st, const store::Store* store,
                                   const std::vector<std::string>& roles,
                                   const std::filesystem::path& baseDir)
    : impl_(std::make_unique<Impl>()) {
  impl_->devices.name = st.name;
  impl_->devices.location = st.location;
  impl_->devices.timeScale = st.timeScale;
  for (const plan::StationDevice& d : st.devices) {
    if (!roles.empty() && std::find(roles.begin(), roles.end(), d.role) == roles.end()) continue;
    auto parsed = transport::parseUrl(d.url);
    if (const auto* e = std::get_if<transport::UrlError>(&parsed))
      //: %1 role, %2 the device's URL, %3 what is wrong with it
      throw stationError(StationText::tr("station device '%1': %2: %3")
                             .arg(qs(d.role), qs(d.url), qs(e->message)));
    const transport::Url url = std::get<transport::Url>(parsed);
    Impl::Entry entry{d.role, d.driver, d.url, nullptr, {}, nullptr};

    // Every request of the device answered within this (tracker: *IDN?, STREAM, STOP; rcp: each
    // request; a move's in-position has its own, longer timeout).
    const auto timeout = timeoutOption(d);
    if (d.driver == "rcp") {
      drivers::RcpOptions ro;
      if (timeout) ro.requestTimeout = *timeout;
      auto robot = std::make_shared<drivers::RcpManipulator>(impl_->io, url, ro);
      entry.lifecycle = std::make_unique<devices::DeviceLifecycle>(*robot, d.role);
      robot->attach(*entry.lifecycle);
      impl_->devices.manipulators[d.role] = robot.get();
      entry.start = [r = robot.get()] { r->start(); };
      entry.owner = robot;
    } else if (d.driver == "tracker") {
      drivers::TrackerOptions to;
      if (timeout) to.replyTimeout = to.measureTimeout = *timeout;
      auto tracker = std::make_shared<drivers::TrackerDriver>(impl_->io, url, to);
      entry.lifecycle = std::make_unique<devices::DeviceLifecycle>(*tracker, d.role);
      tracker->attach(*entry.lifecycle);
      impl_->devices.poseSensors[d.role] = tracker.get();
      entry.start = [t = tracker.get()] { t->start(); };
      entry.owner = tracker;
    } else if (d.driver == "modbus") {
      const std::string mapFile = (baseDir / option(d, "register-map")).string();
      const std::string quantity = option(d, "quantity", d.role);
      auto loaded = drivers::loadRegisterMap(mapFile);
      if (const auto* e = std::get_if<drivers::RegisterMapError>(&loaded))
        throw stationError(
            StationText::tr("station device '%1': %2").arg(qs(d.role), qs(e->toString())));
      const auto& map = std::get<drivers::RegisterMap>(loaded);
      const drivers::MappedQuantity* q = map.find(quantity);
      if (!q)
        throw stationError(
            StationText::tr("station device '%1': register map %2 has no quantity '%3'")
                .arg(qs(d.role), qs(mapFile), qs(quantity)));
      struct ModbusDevice {
        std::unique_ptr<drivers::ModbusClient> client;
        std::unique_ptr<drivers::ModbusScalarSensor> sensor;
      };
      auto m = std::make_shared<ModbusDevice>();
      m->client =
          std::make_unique<drivers::ModbusClient>(impl_->io, url, drivers::ModbusClient::Options{});
      m->sensor = std::make_unique<drivers::ModbusScalarSensor>(*m->client, *q);
      impl_->devices.scalarSensors[d.role] = m->sensor.get();
      entry.start = [c = m->client.get()] { c->start(); };
      entry.owner = m;
    } else if (d.driver == "scpi") {
      drivers::ScpiOptions so;
      if (timeout) so.timeout = *timeout;
      so.measureQuery = option(d, "query", so.measureQuery);
      so.quantity = option(d, "quantity", d.role);
      so.unit = option(d, "unit");
      if (option(d, "terminator") == "crlf") so.terminator = "\r\n";
      auto instrument = std::make_shared<drivers::ScpiInstrument>(impl_->io, url, so);
      entry.lifecycle = std::make_unique<devices::DeviceLifecycle>(*instrument, d.role);
      instrument->attach(*entry.lifecycle);
      impl_->devices.scalarSensors[d.role] = instrument.get();
      entry.start = [i = instrument.get()] { i->start(); };
      entry.owner = instrument;
    } else {
      throw stationError(
          StationText::tr("station device '%1': unknown driver '%2' (rcp, tracker, modbus, scpi)")
              .arg(qs(d.role), qs(d.driver)));
    }
    if (!d.instrument.empty()) {
      const std::optional<std::int64_t> id =
          store ? store->findInstrument(d.instrument) : std::nullopt;
      if (!id)
        throw stationError(
            StationText::tr("station device '%1': instrument %2 is not in the lab database")
                .arg(qs(d.role), qs(d.instrument)));
      impl_->devices.instruments[d.role] = *id;
    }
    if (entry.lifecycle) impl_->devices.lifecycles[d.role] = entry.lifecycle.get();
    impl_->entries.push_back(std::move(entry));
  }
  impl_->thread = std::thread([this] { impl_->io.run(); });
  // Start connecting on the I/O thread, once every lifecycle is attached.
  boost::asio::post(impl_->io, [this] {
    for (auto& e : impl_->entries) e.start();
  });
}

ConnectedStation::~ConnectedStation() {
  // Drivers are destroyed on the I/O thread (their pending operations complete there), then
  // the thread ends, then the lifecycles go (drivers' completions may have reached them).
  std::promise<void> gone;
  boost::asio::post(impl_->io, [&] {
    for (auto& e : impl_->entries) e.owner.reset();
    gone.set_value();
  });
  gone.get_future().wait();
  impl_->work.reset();
  impl_->io.stop();
  impl_->thread.join();
}

bool ConnectedStation::waitReady(std::chrono::milliseconds timeout) const {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    bool all = true;
    for (const auto& e : impl_->entries)
      if (e.lifecycle && e.lifecycle->state() != devices::DeviceState::Ready) all = false;
    if (all) return true;
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

std::vector<DeviceStatus> ConnectedStation::status() const {
  std::vector<DeviceStatus> out;
  for (const auto& e : impl_->entries) {
    DeviceStatus s{e.role, e.driver, e.url, devices::DeviceState::Ready, {}, std::nullopt};
    if (e.lifecycle) {
      s.state = e.lifecycle->state();
      s.reason = e.lifecycle->reason();
      s.identity = e.lifecycle->identity();
    }
    out.push_back(std::move(s));
  }
  return out;
}

engine::StationDevices ConnectedStation::devices() const { return impl_->devices; }

}  // namespace robocert::station
