#include "robocert/station/connected_station.hpp"

#include <algorithm>
#include <future>
#include <stdexcept>
#include <thread>

#include "robocert/drivers/modbus_client.hpp"
#include "robocert/drivers/rcp_manipulator.hpp"
#include "robocert/drivers/register_map.hpp"
#include "robocert/drivers/tracker_driver.hpp"
#include "robocert/protocols/asio.hpp"
#include "robocert/store/store.hpp"
#include "robocert/transport/url.hpp"

namespace robocert::station {

namespace {

std::string option(const plan::StationDevice& d, const std::string& key,
                   const std::string& fallback = {}) {
  const auto it = d.options.find(key);
  return it == d.options.end() ? fallback : it->second;
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
  impl_->devices.timeScale = st.timeScale;
  for (const plan::StationDevice& d : st.devices) {
    if (!roles.empty() && std::find(roles.begin(), roles.end(), d.role) == roles.end()) continue;
    auto parsed = transport::parseUrl(d.url);
    if (const auto* e = std::get_if<transport::UrlError>(&parsed))
      throw std::runtime_error("station device '" + d.role + "': " + d.url + ": " + e->message);
    const transport::Url url = std::get<transport::Url>(parsed);
    Impl::Entry entry{d.role, d.driver, d.url, nullptr, {}, nullptr};

    if (d.driver == "rcp") {
      auto robot = std::make_shared<drivers::RcpManipulator>(impl_->io, url);
      entry.lifecycle = std::make_unique<devices::DeviceLifecycle>(*robot, d.role);
      robot->attach(*entry.lifecycle);
      impl_->devices.manipulators[d.role] = robot.get();
      entry.start = [r = robot.get()] { r->start(); };
      entry.owner = robot;
    } else if (d.driver == "tracker") {
      auto tracker = std::make_shared<drivers::TrackerDriver>(impl_->io, url);
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
        throw std::runtime_error("station device '" + d.role + "': " + e->toString());
      const auto& map = std::get<drivers::RegisterMap>(loaded);
      const drivers::MappedQuantity* q = map.find(quantity);
      if (!q)
        throw std::runtime_error("station device '" + d.role + "': register map " + mapFile +
                                 " has no quantity '" + quantity + "'");
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
    } else {
      throw std::runtime_error("station device '" + d.role + "': unknown driver '" + d.driver +
                               "' (rcp, tracker, modbus)");
    }
    if (!d.instrument.empty()) {
      const std::optional<std::int64_t> id =
          store ? store->findInstrument(d.instrument) : std::nullopt;
      if (!id)
        throw std::runtime_error("station device '" + d.role + "': instrument " + d.instrument +
                                 " is not in the lab database");
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
