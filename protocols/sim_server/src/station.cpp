#include "robocert/sim_server/station.hpp"

#include <cmath>
#include <stdexcept>

#include "fault_control.hpp"
#include "modbus_bench_server.hpp"
#include "pseudo_terminal.hpp"
#include "rcp_server.hpp"
#include "scpi_environment_server.hpp"
#include "sim_model.hpp"
#include "tcp_listener.hpp"
#include "tracker_server.hpp"

namespace robocert::sim_server {

namespace asio = boost::asio;

namespace {

constexpr unsigned kSerialBaud = 115200;  // what the URL says; a pseudo-terminal ignores it

std::string tcpUrl(const char* scheme, std::uint16_t port) {
  return std::string(scheme) + "://127.0.0.1:" + std::to_string(port);
}

void check(const StationOptions& o) {
  if (!(std::isfinite(o.timeScale) && o.timeScale > 0.0 && o.timeScale <= kMaxTimeScale)) {
    throw std::invalid_argument("the time scale must be more than 0 and at most 1000");
  }
  if (!o.robotTcp && !o.robotSerial) {
    throw std::invalid_argument("the robot must be served over TCP, a pseudo-terminal or both");
  }
  for (const SlowQuantity* q :
       {&o.environment.temperatureC, &o.environment.humidityPct, &o.environment.pressureHpa}) {
    if (!(q->periodS > 0.0)) {
      throw std::invalid_argument("environment periods must be more than 0 s");
    }
  }
}

}  // namespace

struct Station::Impl : std::enable_shared_from_this<Impl> {
  Impl(asio::io_context& context, const StationOptions& options)
      : io(context),
        model(std::make_shared<SimModel>(options)),
        robotFaults(std::make_shared<FaultControl>(options.robotFaults)),
        trackerFaults(std::make_shared<FaultControl>(options.trackerFaults)),
        environmentFaults(std::make_shared<FaultControl>(options.environmentFaults)),
        rcp(std::make_shared<RcpServer>(context.get_executor(), model, robotFaults)),
        tracker(std::make_shared<TrackerServer>(model, trackerFaults)),
        bench(std::make_shared<ModbusBenchServer>(model)),
        environment(std::make_shared<ScpiEnvironmentServer>(model, environmentFaults,
                                                            options.environmentAnswersIdn)) {
    using asio::ip::tcp;
    if (options.robotTcp) {
      auto l = listen(options.robotPort, "robot",
                      [rcp = rcp](tcp::socket s) { rcp->serve(std::move(s), false); });
      urls.robot = tcpUrl("tcp", l->port());
    }
    urls.tracker =
        tcpUrl("tcp", listen(options.trackerPort, "tracker", [tracker = tracker](tcp::socket s) {
                        tracker->serve(std::move(s));
                      })->port());
    urls.bench = tcpUrl("modbus-tcp",
                        listen(options.benchPort, "reducer bench", [bench = bench](tcp::socket s) {
                          bench->serve(std::move(s));
                        })->port());
    urls.environment = tcpUrl("tcp", listen(options.environmentPort, "environment sensor",
                                            [environment = environment](tcp::socket s) {
                                              environment->serve(std::move(s));
                                            })
                                         ->port());
    if (options.robotSerial) {
      pty = std::make_unique<PseudoTerminal>();
      urls.robotSerial = "serial://" + pty->slavePath() + "?baud=" + std::to_string(kSerialBaud);
      rcp->serve(asio::posix::stream_descriptor(io, pty->releaseMaster()), true);
    }
    for (const auto& l : listeners) l->start();
  }

  std::shared_ptr<TcpListener> listen(std::uint16_t port, const std::string& what,
                                      TcpListener::OnAccept onAccept) {
    auto l = std::make_shared<TcpListener>(io, port, what, std::move(onAccept));
    listeners.push_back(l);
    return l;
  }

  void stop() {
    if (stopped) return;
    stopped = true;
    for (const auto& l : listeners) l->close();
    rcp->close();
    tracker->close();
    bench->close();
    environment->close();
  }

  asio::io_context& io;
  std::shared_ptr<SimModel> model;
  std::shared_ptr<FaultControl> robotFaults;
  std::shared_ptr<FaultControl> trackerFaults;
  std::shared_ptr<FaultControl> environmentFaults;
  std::shared_ptr<RcpServer> rcp;
  std::shared_ptr<TrackerServer> tracker;
  std::shared_ptr<ModbusBenchServer> bench;
  std::shared_ptr<ScpiEnvironmentServer> environment;
  std::vector<std::shared_ptr<TcpListener>> listeners;
  std::unique_ptr<PseudoTerminal> pty;
  StationUrls urls;
  bool stopped = false;
};

Station::Station(asio::io_context& io, StationOptions options) {
  check(options);
  impl_ = std::make_shared<Impl>(io, options);
}

Station::~Station() {
  // Closed on the I/O thread, where the sessions live; the last handler frees the rest.
  asio::post(impl_->io, [impl = impl_] { impl->stop(); });
}

StationUrls Station::urls() const { return impl_->urls; }

StationTruth Station::truth() const { return impl_->model->snapshot(); }

double Station::simTimeS() const { return impl_->model->clock.nowS(); }

void Station::setFaults(Server server, const Faults& faults) {
  switch (server) {
    case Server::Robot:
      impl_->robotFaults->set(faults);
      break;
    case Server::Tracker:
      impl_->trackerFaults->set(faults);
      break;
    case Server::Environment:
      impl_->environmentFaults->set(faults);
      break;
    case Server::Bench:
      break;
  }
}

Faults Station::faults(Server server) const {
  switch (server) {
    case Server::Robot:
      return impl_->robotFaults->get();
    case Server::Tracker:
      return impl_->trackerFaults->get();
    case Server::Environment:
      return impl_->environmentFaults->get();
    case Server::Bench:
      break;
  }
  return {};
}

void Station::dropConnections(Server server) {
  asio::post(impl_->io, [impl = impl_, server] {
    switch (server) {
      case Server::Robot:
        impl->rcp->dropConnections();
        break;
      case Server::Tracker:
        impl->tracker->dropConnections();
        break;
      case Server::Bench:
        impl->bench->dropConnections();
        break;
      case Server::Environment:
        impl->environment->dropConnections();
        break;
    }
  });
}

void Station::triggerRobotFault(int code, const std::string& text) {
  asio::post(impl_->io, [impl = impl_, code, text] { impl->rcp->triggerFault(code, text); });
}

void Station::clearRobotFault() {
  asio::post(impl_->io, [impl = impl_] { impl->rcp->clearFault(); });
}

void Station::stop() {
  asio::post(impl_->io, [impl = impl_] { impl->stop(); });
}

}  // namespace robocert::sim_server
