#include "run_cmd.hpp"

#include <unistd.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "common.hpp"
#include "db_path.hpp"
#include "demo_cmd.hpp"
#include "messages.hpp"
#include "robocert/engine/engine.hpp"
#include "robocert/plan/plan.hpp"
#include "robocert/plan/station.hpp"
#include "robocert/script/script_host.hpp"
#include "robocert/station/connected_station.hpp"
#include "robocert/station/simulated_station.hpp"
#include "robocert/store/error.hpp"
#include "robocert/store/store.hpp"
#include "run_view.hpp"
#include "text_table.hpp"

namespace robocert::cli {
namespace {

class Run {
  Q_DECLARE_TR_FUNCTIONS(Run)
};

struct RunOptions {
  std::string plan;
  std::string station;
  std::string item;
  std::string customer;
  std::vector<std::string> sets;
  std::string db;
  std::int64_t resume = 0;
  bool autoResume = false;
  bool yes = false;
  std::string overrideCalibration;
  std::string operatorName;
  std::string format = "text";
  double timeScale = 1.0;              // the built-in simulator's
  std::optional<double> temperatureC;  // entered by hand when the station has no sensor
  std::optional<double> humidityPct;
};

// Ctrl-C (or SIGTERM) interrupts the run so it can be resumed, nothing measured lost; a second
// one leaves at once. The handler only counts: the run loop below does the work.
std::atomic<int> gSignals{0};

void onSignal(int) {
  if (gSignals.fetch_add(1) > 0) std::_Exit(130);
}

bool ended(engine::RunState s) {
  return s == engine::RunState::Completed || s == engine::RunState::Aborted ||
         s == engine::RunState::Interrupted;
}

std::optional<plan::Plan> loadPlan(const std::string& file) {
  plan::LoadOptions options;
  options.checkScript = script::checkSyntax;
  auto loaded = plan::load(file, options);
  if (auto* problems = std::get_if<std::vector<plan::Problem>>(&loaded)) {
    for (const plan::Problem& p : *problems) std::cerr << plan::format(file, p) << '\n';
    return std::nullopt;
  }
  return std::get<plan::Plan>(std::move(loaded));
}

// A test condition typed on the command line must be one a test hall can have: NaN, 1e308 or
// -5 % are typos, never stored (SQLite would even store NaN as "not recorded").
bool plausibleOption(const QString& option, const std::optional<double>& value,
                     const store::Range& range, const QString& what) {
  if (!value || range.contains(*value)) return true;
  fail(Run::tr("%1 %2: not a plausible value; give %3 from %4 to %5")
           .arg(option)
           .arg(*value)
           .arg(what)
           .arg(range.min)
           .arg(range.max));
  return false;
}

QString statusWord(store::RunStatus status) {
  switch (status) {
    case store::RunStatus::Running:
      return Run::tr("running");
    case store::RunStatus::Paused:
      return Run::tr("paused");
    case store::RunStatus::Aborted:
      return Run::tr("aborted");
    case store::RunStatus::Completed:
      return Run::tr("completed");
    case store::RunStatus::Interrupted:
      return Run::tr("interrupted");
  }
  return {};
}

// Why `--resume id` cannot continue that run, for a person; nullopt when it can. Reads only (a
// missing database is not created); the engine's take-over decides for good, atomically.
std::optional<QString> resumeProblem(const std::filesystem::path& database, std::int64_t id) {
  const QString noRun = Run::tr("--resume %1: there is no run %1 in %2")
                            .arg(id)
                            .arg(QString::fromStdString(database.string()));
  if (!std::filesystem::exists(database)) return noRun;
  store::Store lab = store::Store::open(database);  // marks runs of programs that died
  std::optional<store::Run> run;
  try {
    run = lab.run(id);
  } catch (const store::StoreError& e) {
    if (e.kind() == store::StoreError::Kind::NotFound) return noRun;
    throw;
  }
  if (!lab.resumeRefusal(id)) return std::nullopt;
  if (run->status == store::RunStatus::Running || run->status == store::RunStatus::Paused)
    return Run::tr(
               "--resume %1: run %1 is %2 in another program (%3); resume it once that "
               "program has ended")
        .arg(id)
        .arg(statusWord(run->status), QString::fromStdString(run->owner).section(':', 0, 1));
  return Run::tr("--resume %1: run %1 is %2; only an interrupted run can be resumed")
      .arg(id)
      .arg(statusWord(run->status));
}

}  // namespace

int executeRun(const RunRequestOptions& o, RunReport& report) {
  // Shared by `run` and `demo`: connects the station, runs, prints progress and results.
  std::optional<store::Store> lab;
  try {
    lab = store::Store::open(o.database);
  } catch (const store::StoreError& e) {
    fail(describe(e));  // what is wrong with the database and what to do
    return kExitFailure;
  }
  std::unique_ptr<station::ConnectedStation> connected;
  try {
    std::vector<std::string> roles;
    for (const plan::EquipmentRole& r : o.request.plan.equipment) roles.push_back(r.role);
    roles.insert(roles.end(), {"temperature", "humidity"});  // read for the record, when present
    connected = std::make_unique<station::ConnectedStation>(o.station, &*lab, roles, o.stationDir);
  } catch (const std::exception& e) {
    fail(QString::fromUtf8(e.what()));
    return kExitBadInput;
  }
  lab.reset();  // the engine opens its own connection on its thread

  RunView view(o.yes, o.format == "json", &o.request.plan);
  engine::Engine engine(connected->devices(), view);
  engine::RunRequest request = o.request;
  request.scriptHost = scriptHostExecutable();
  gSignals = 0;
  std::signal(SIGINT, onSignal);
  std::signal(SIGTERM, onSignal);
  engine.start(std::move(request));
  bool interrupted = false;
  while (!ended(engine.state())) {
    if (gSignals > 0 && !interrupted) {
      engine.interrupt();  // sends STOP to the robot at once
      interrupted = true;
    }
    // Polled: a signal handler may only set a flag. 10 ms keeps Ctrl-C to robot stop well
    // within the 100 ms docs/engine.md promises.
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  report.outcome = engine.wait();
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
  view.finish();
  return kExitOk;
}

void addRunCommands(CLI::App& app, int& exitCode) {
  addDemoCommand(app, exitCode);
  auto o = std::make_shared<RunOptions>();
  CLI::App* run = app.add_subcommand(
      "run", s(Run::tr("run a test plan on a station, storing every measurement")));
  run->add_option("PLAN", o->plan, s(Run::tr("the test plan file (YAML)")));
  run->add_option("--station", o->station,
                  s(Run::tr("the station file (YAML), or 'sim' for the built-in simulator")))
      ->required();
  run->add_option("--item", o->item, s(Run::tr("serial number of the item under test")));
  run->add_option("--customer", o->customer,
                  s(Run::tr("the customer a new item belongs to (found by name, or added)")));
  run->add_option("--set", o->sets, s(Run::tr("override a plan parameter: name=value")));
  addDbOption(*run, o->db);
  CLI::Option* resume =
      run->add_option("--resume", o->resume,
                      s(Run::tr("continue the interrupted run with this id (same plan file)")));
  run->add_flag("--auto-resume", o->autoResume,
                s(Run::tr("go on by itself once a device that dropped out is back")));
  run->add_flag("--yes", o->yes, s(Run::tr("confirm every operator prompt (unattended runs)")));
  run->add_option("--override-calibration", o->overrideCalibration,
                  s(Run::tr("run with an expired instrument calibration; give the reason "
                            "(audited, reported as a deviation)")));
  run->add_option("--operator", o->operatorName, s(Run::tr("who runs the test (default: you)")));
  run->add_option("--format", o->format, s(Run::tr("output format: text or json")));
  run->add_option("--temperature", o->temperatureC,
                  s(Run::tr("ambient temperature in °C, -50 to 100 (overrides a station sensor: "
                            "reported as a deviation)")));
  run->add_option("--humidity", o->humidityPct,
                  s(Run::tr("relative humidity in %, 0 to 100 (overrides a station sensor: "
                            "reported as a deviation)")));
  run->add_option("--time-scale", o->timeScale,
                  s(Run::tr("built-in simulator only: simulated seconds per second")));
  run->callback([o, resume, &exitCode] {
    if (!checkFormat(o->format, {"text", "json"})) {
      exitCode = kExitBadInput;
      return;
    }
    if (resume->count() > 0 && o->resume <= 0) {
      fail(Run::tr("--resume %1: give the id of the interrupted run to continue").arg(o->resume));
      exitCode = kExitBadInput;
      return;
    }
    if (!plausibleOption("--temperature", o->temperatureC, store::kPlausibleTemperatureC,
                         Run::tr("the ambient temperature in °C")) ||
        !plausibleOption("--humidity", o->humidityPct, store::kPlausibleHumidityPct,
                         Run::tr("the relative humidity in %"))) {
      exitCode = kExitBadInput;
      return;
    }
    if (o->plan.empty()) {
      fail(Run::tr("name the plan file to run"));
      exitCode = kExitBadInput;
      return;
    }
    const auto plan = loadPlan(o->plan);
    if (!plan) {
      exitCode = kExitBadInput;
      return;
    }
    RunRequestOptions r;
    for (const std::string& kv : o->sets) {
      const auto eq = kv.find('=');
      if (eq == std::string::npos || eq == 0) {
        fail(Run::tr("--set %1: write name=value").arg(QString::fromStdString(kv)));
        exitCode = kExitBadInput;
        return;
      }
      r.request.overrides[kv.substr(0, eq)] = kv.substr(eq + 1);
    }
    if (o->item.empty() && o->resume == 0) {
      fail(Run::tr("name the item under test with --item SERIAL"));
      exitCode = kExitBadInput;
      return;
    }
    if (o->station == "sim" && !(o->timeScale > 0.0 && o->timeScale <= sim_server::kMaxTimeScale)) {
      fail(Run::tr("--time-scale must be more than 0 and at most %1")
               .arg(sim_server::kMaxTimeScale));
      exitCode = kExitBadInput;
      return;
    }
    r.database = databasePath(o->db);
    if (o->resume > 0) {
      try {
        if (const auto problem = resumeProblem(r.database, o->resume)) {
          fail(*problem);
          exitCode = kExitBadInput;
          return;
        }
      } catch (const store::StoreError& e) {
        fail(Run::tr("cannot open the lab database %1: %2")
                 .arg(QString::fromStdString(e.path()), QString::fromStdString(e.detail())));
        exitCode = kExitFailure;
        return;
      }
    }
    r.yes = o->yes;
    r.format = o->format;
    std::unique_ptr<station::SimulatedStation> sim;
    if (o->station == "sim") {
      sim = std::make_unique<station::SimulatedStation>(
          station::SimulatedStation::Options{.timeScale = o->timeScale});
      try {
        sim->registerInstruments(r.database);
      } catch (const store::StoreError& e) {
        fail(Run::tr("cannot open the lab database %1: %2")
                 .arg(QString::fromStdString(e.path()), QString::fromStdString(e.detail())));
        exitCode = kExitFailure;
        return;
      }
      r.station = sim->stationFile();
    } else {
      auto st = plan::loadStation(o->station);
      if (auto* problems = std::get_if<std::vector<plan::Problem>>(&st)) {
        for (const plan::Problem& p : *problems) std::cerr << plan::format(o->station, p) << '\n';
        exitCode = kExitBadInput;
        return;
      }
      r.station = std::get<plan::Station>(std::move(st));
      r.stationDir = std::filesystem::path(o->station).parent_path();
    }
    if (const auto problems = plan::checkStation(*plan, r.station); !problems.empty()) {
      for (const plan::Problem& p : problems) std::cerr << plan::format(o->station, p) << '\n';
      exitCode = kExitBadInput;
      return;
    }
    r.request.plan = *plan;
    r.request.database = r.database;
    r.request.itemSerial = o->item;
    if (!o->customer.empty()) {
      try {
        store::Store lab = store::Store::open(r.database);
        r.request.itemInfo.customerId = lab.findOrAddCustomer(o->customer).id;
      } catch (const store::StoreError& e) {
        fail(Run::tr("cannot open the lab database %1: %2")
                 .arg(QString::fromStdString(e.path()), QString::fromStdString(e.detail())));
        exitCode = kExitFailure;
        return;
      }
    }
    r.request.operatorName = o->operatorName;
    if (o->resume > 0) r.request.resumeRunId = o->resume;
    r.request.autoResume = o->autoResume;
    r.request.temperatureC = o->temperatureC;
    r.request.humidityPct = o->humidityPct;
    r.request.overrideCalibration = !o->overrideCalibration.empty();
    r.request.overrideReason = o->overrideCalibration;
    RunReport report;
    exitCode = executeRun(r, report);
    if (exitCode != kExitOk) return;
    exitCode = printOutcome(report.outcome, *plan, o->format);
  });
}

}  // namespace robocert::cli
