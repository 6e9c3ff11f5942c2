#include "station.hpp"

#include <QCoreApplication>
#include <QString>
#include <csignal>
#include <cstdint>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <system_error>
#include <variant>
#include <vector>

#include "common.hpp"
#include "robocert/protocols/asio.hpp"
#include "robocert/sim/error_model.hpp"
#include "robocert/sim_server/faults.hpp"
#include "robocert/sim_server/station.hpp"

namespace robocert::cli {
namespace {

class SimStation {
  Q_DECLARE_TR_FUNCTIONS(SimStation)
};

namespace ss = sim_server;

struct StationArgs {
  int robotPort = 0;
  int trackerPort = 0;
  int benchPort = 0;
  int envPort = 0;
  bool serial = false;
  std::string model;
  std::optional<std::uint64_t> seed;
  double timeScale = 1.0;
  std::vector<std::string> faults;
  bool truth = false;
  bool envNoIdn = false;
};

QString faultMessage(const std::string& spec, const ss::FaultSpecError& e) {
  using Kind = ss::FaultSpecError::Kind;
  const QString s = QString::fromStdString(spec);
  const QString text = QString::fromStdString(e.text);
  switch (e.kind) {
    case Kind::MissingServer:
      return SimStation::tr("--fault \"%1\": write SERVER:KEY=VALUE, e.g. robot:drop-after=20")
          .arg(s);
    case Kind::UnknownServer:
      return SimStation::tr(
                 "--fault \"%1\": unknown server \"%2\"; use robot, tracker or environment")
          .arg(s, text);
    case Kind::MissingSetting:
      return SimStation::tr("--fault \"%1\": missing KEY=VALUE at character %2")
          .arg(s)
          .arg(e.position + 1);
    case Kind::UnknownKey:
      return SimStation::tr(
                 "--fault \"%1\": unknown fault \"%2\"; use drop-after, delay-ms, corrupt or "
                 "stall-after")
          .arg(s, text);
    case Kind::MissingValue:
      return SimStation::tr("--fault \"%1\": no value for \"%2\" (write %2=NUMBER)").arg(s, text);
    case Kind::NotANumber:
      return SimStation::tr("--fault \"%1\": \"%2\" is not a whole number").arg(s, text);
    case Kind::OutOfRange:
      return SimStation::tr(
                 "--fault \"%1\": %2 is out of range (drop-after and stall-after 0 to "
                 "1000000000, corrupt 1 to 1000000000, delay-ms 0 to 60000)")
          .arg(s, text);
  }
  return SimStation::tr("--fault \"%1\" cannot be used").arg(s);
}

bool checkPort(const char* option, int port) {
  if (port >= 0 && port <= 65535) return true;
  fail(SimStation::tr("%1 must be a TCP port from 0 to 65535 (0: any free port), not %2")
           .arg(QString::fromLatin1(option))
           .arg(port));
  return false;
}

// The options, or nullopt after the one message.
std::optional<ss::StationOptions> stationOptions(const StationArgs& a) {
  ss::StationOptions o;
  if (!checkPort("--robot-port", a.robotPort) || !checkPort("--tracker-port", a.trackerPort) ||
      !checkPort("--bench-port", a.benchPort) || !checkPort("--env-port", a.envPort)) {
    return std::nullopt;
  }
  o.robotPort = static_cast<std::uint16_t>(a.robotPort);
  o.trackerPort = static_cast<std::uint16_t>(a.trackerPort);
  o.benchPort = static_cast<std::uint16_t>(a.benchPort);
  o.environmentPort = static_cast<std::uint16_t>(a.envPort);
  o.robotSerial = a.serial;
  o.seed = a.seed;
  o.environmentAnswersIdn = !a.envNoIdn;
  if (!(a.timeScale > 0.0 && a.timeScale <= ss::kMaxTimeScale)) {
    fail(SimStation::tr("--time-scale must be more than 0 and at most 1000, not %1")
             .arg(a.timeScale));
    return std::nullopt;
  }
  o.timeScale = a.timeScale;
  if (!a.model.empty()) {
    auto loaded = sim::loadRobotErrorModel(a.model);
    if (const auto* e = std::get_if<sim::SimConfigError>(&loaded)) {
      fail(SimStation::tr("robot model %1").arg(QString::fromStdString(e->describe())));
      return std::nullopt;
    }
    o.robotModel = std::get<sim::RobotErrorModel>(loaded);
  }
  for (const std::string& spec : a.faults) {
    const auto parsed = ss::parseFaultSpec(spec);
    if (const auto* e = std::get_if<ss::FaultSpecError>(&parsed)) {
      fail(faultMessage(spec, *e));
      return std::nullopt;
    }
    const auto& f = std::get<ss::FaultSpec>(parsed);
    ss::apply(f, f.server == ss::Server::Robot     ? o.robotFaults
                 : f.server == ss::Server::Tracker ? o.trackerFaults
                                                   : o.environmentFaults);
  }
  return o;
}

int runStation(const StationArgs& args) {
  const auto options = stationOptions(args);
  if (!options) return kExitBadInput;

  boost::asio::io_context io;
  std::unique_ptr<ss::Station> station;
  try {
    station = std::make_unique<ss::Station>(io, *options);
  } catch (const std::exception& e) {
    // A port in use, or no pseudo-terminal to be had: the message says which.
    fail(SimStation::tr("cannot start the station: %1. Choose other ports, or 0 for free ones.")
             .arg(QString::fromStdString(e.what())));
    return kExitBadInput;
  }

  // Caught from before the URLs are printed: whoever reads them may interrupt at once.
  boost::asio::signal_set stopSignals(io, SIGINT, SIGTERM);
  stopSignals.async_wait([&](const boost::system::error_code& ec, int) {
    if (ec) return;
    station->stop();
    boost::asio::post(io, [&io] { io.stop(); });  // after the stop above has run
  });

  std::cout << station->urls().json() << '\n';
  if (args.truth) std::cout << ss::truthJson(station->truth()) << '\n';
  std::cout.flush();
  io.run();
  station.reset();
  return kExitOk;
}

}  // namespace

void addStationCommands(CLI::App& app, int& exitCode) {
  CLI::App* sim = app.add_subcommand("sim", s(SimStation::tr("the station simulator")));
  sim->require_subcommand(1);
  auto args = std::make_shared<StationArgs>();
  CLI::App* cmd = sim->add_subcommand(
      "station", s(SimStation::tr("serve a simulated robot, laser tracker, reducer bench and "
                                  "environment sensor on 127.0.0.1 until interrupted")));
  cmd->add_option("--robot-port", args->robotPort,
                  s(SimStation::tr("TCP port of the robot (RCP), default 0: any free port")));
  cmd->add_option("--tracker-port", args->trackerPort,
                  s(SimStation::tr("TCP port of the laser tracker, default 0: any free port")));
  cmd->add_option("--bench-port", args->benchPort,
                  s(SimStation::tr("TCP port of the reducer bench (Modbus TCP), default 0")));
  cmd->add_option("--env-port", args->envPort,
                  s(SimStation::tr("TCP port of the environment sensor (SCPI), default 0")));
  cmd->add_flag("--serial", args->serial,
                s(SimStation::tr("also serve the robot on a pseudo-terminal (robot_serial URL)")));
  cmd->add_option("--model", args->model,
                  s(SimStation::tr("robot error model YAML file (default: the built-in model of "
                                   "test-plans/sim/robot-default.yaml)")));
  cmd->add_option("--seed", args->seed,
                  s(SimStation::tr("seed for every model's noise (default: each model's own)")));
  cmd->add_option("--time-scale", args->timeScale,
                  s(SimStation::tr("simulated seconds per wall-clock second, default 1")));
  cmd->add_option(
      "--fault", args->faults,
      s(SimStation::tr("inject a fault, e.g. robot:drop-after=20, tracker:delay-ms=300, "
                       "robot:corrupt=5, robot:stall-after=3 (repeatable)")));
  cmd->add_flag("--truth", args->truth,
                s(SimStation::tr("also print the true error parameters as a second JSON line")));
  cmd->add_flag(
      "--env-no-idn", args->envNoIdn,
      s(SimStation::tr("the environment sensor does not answer *IDN? (an old instrument)")));
  cmd->callback([args, &exitCode] { exitCode = runStation(*args); });
}

}  // namespace robocert::cli
