#include "demo_cmd.hpp"

#include <QCoreApplication>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <iostream>

#include "common.hpp"
#include "db_path.hpp"
#include "report_cmd.hpp"
#include "robocert/engine/engine.hpp"
#include "robocert/metrology/pose_transform.hpp"
#include "robocert/plan/plan.hpp"
#include "robocert/script/script_host.hpp"
#include "robocert/station/sim_truth.hpp"
#include "robocert/station/simulated_station.hpp"
#include "robocert/store/error.hpp"
#include "robocert/store/store.hpp"
#include "run_cmd.hpp"
#include "run_view.hpp"
#include "text_table.hpp"

namespace robocert::cli {
namespace {

class Demo {
  Q_DECLARE_TR_FUNCTIONS(Demo)
};

struct DemoOptions {
  std::string db;
  double timeScale = 200.0;
  std::uint64_t seed = 9283;
  std::string item = "SIMBOT-6-DEMO";
};

// Measured next to true, for the characteristics the simulator's model determines exactly.
void printTruthComparison(const std::filesystem::path& db, std::int64_t runId,
                          const plan::Plan& plan, const station::SimulatedStation& sim) {
  const store::Store lab = store::Store::open(db, store::Store::Mode::ReadOnly);
  const auto truth =
      station::simulatorTruth(lab, runId, plan, sim.truth(), std::chrono::system_clock::now());
  if (truth.empty()) return;
  const std::vector<store::Result> results = lab.results(runId);
  TextTable table({Demo::tr("characteristic"), Demo::tr("subject"), Demo::tr("measured"),
                   Demo::tr("simulator"), Demo::tr("difference"), Demo::tr("unit")},
                  2);
  for (const store::Result& r : results) {  // in the order of the results table
    for (const station::TrueValue& t : truth) {
      if (r.characteristic != t.characteristic || r.subject != t.subject) continue;
      table.addRow({QString::fromStdString(t.characteristic), QString::fromStdString(t.subject),
                    fixed(r.value, 4), fixed(t.value, 4), fixed(r.value - t.value, 4),
                    QString::fromStdString(t.unit)});
    }
  }
  std::cout << '\n'
            << s(Demo::tr("Measured against the simulator (positions in the frame registered by "
                          "the run). AP and AD: the noise-free values of its error model; RP and "
                          "RD, which are properties of the noise: what an independent twin run "
                          "on the same models measured."))
            << '\n'
            << s(table.render());
}

int runDemo(const DemoOptions& o) {
  if (!(o.timeScale > 0.0 && o.timeScale <= sim_server::kMaxTimeScale)) {
    fail(
        Demo::tr("--time-scale must be more than 0 and at most %1").arg(sim_server::kMaxTimeScale));
    return kExitBadInput;
  }
  const std::filesystem::path db = databasePath(o.db);
  std::cout << s(Demo::tr("RoboCert demo: the station simulator (SimBot-6 robot and a laser "
                          "tracker on loopback TCP, %1x time) runs the ISO 9283 plans.")
                     .arg(o.timeScale))
            << '\n'
            << s(Demo::tr("Lab database: %1").arg(QString::fromStdString(db.string()))) << "\n\n";
  station::SimulatedStation sim({.timeScale = o.timeScale, .seed = o.seed});
  try {
    sim.registerInstruments(db);
  } catch (const store::StoreError& e) {
    fail(Demo::tr("cannot open the lab database %1: %2")
             .arg(QString::fromStdString(e.path()), QString::fromStdString(e.detail())));
    return kExitFailure;
  }
  try {
    // A letterhead for the demo's reports, only when the lab has not set its own.
    store::Store lab = store::Store::open(db);
    if (lab.labProfile().name.empty())
      lab.setLabProfile({.name = s(Demo::tr("RoboCert demonstration laboratory (not accredited)")),
                         .address = s(Demo::tr("simulated station, no real address")),
                         .location = s(Demo::tr("station simulator on this computer"))});
  } catch (const store::StoreError& e) {
    fail(Demo::tr("cannot open the lab database %1: %2")
             .arg(QString::fromStdString(e.path()), QString::fromStdString(e.detail())));
    return kExitFailure;
  }
  int exit = kExitOk;
  std::vector<std::pair<std::int64_t, std::string>> completed;
  for (const char* file :
       {"iso9283/iso9283-pose-repeatability.yaml", "iso9283/iso9283-distance.yaml"}) {
    const std::filesystem::path path = plan::defaultLibraryDir() / file;
    plan::LoadOptions lo;
    lo.checkScript = script::checkSyntax;
    auto loaded = plan::load(path, lo);
    if (auto* problems = std::get_if<std::vector<plan::Problem>>(&loaded)) {
      for (const plan::Problem& p : *problems) std::cerr << plan::format(path, p) << '\n';
      return kExitBadInput;
    }
    RunRequestOptions r;
    r.database = db;
    r.station = sim.stationFile();
    r.yes = true;
    r.request.plan = std::get<plan::Plan>(std::move(loaded));
    r.request.database = db;
    r.request.itemSerial = o.item;
    r.request.itemInfo = {.kind = "industrial_robot",
                          .manufacturer = "RoboCert (simulated)",
                          .model = "SimBot-6",
                          .serial = o.item,
                          .description = "the station simulator's robot"};
    r.request.operatorName = "demo";
    {
      store::Store lab = store::Store::open(db);
      const std::string customer = s(Demo::tr("Demo customer (simulated)"));
      r.request.itemInfo.customerId = lab.findOrAddCustomer(customer).id;
    }
    std::cout << s(Demo::tr("== %1 ==")
                       .arg(QString::fromStdString(
                           plan::localized(r.request.plan.title, QLocale().name().toStdString()))))
              << '\n';
    RunReport report;
    if (const int code = executeRun(r, report); code != kExitOk) return code;
    // A result failing the plan's (example) limits is a finding of the demo, not its failure:
    // the demo fails only when a run does not complete.
    printOutcome(report.outcome, r.request.plan, "text");
    if (report.outcome.state != engine::RunState::Completed) exit = kExitFailure;
    if (report.outcome.state == engine::RunState::Completed) {
      printTruthComparison(db, report.outcome.runId, r.request.plan, sim);
      completed.emplace_back(report.outcome.runId, r.request.plan.id);
    }
    std::cout << '\n';
  }
  // The draft certificates of the runs, in the current directory (approval is a person's act:
  // robocert report approve NUMBER --user LOGIN).
  try {
    store::Store lab = store::Store::open(db);
    for (const auto& [runId, planId] : completed) {
      const std::filesystem::path out =
          std::filesystem::current_path() / ("robocert-demo-" + planId + ".pdf");
      if (const auto number = writeDraftReport(lab, runId, "pdf", "both", out)) {
        std::cout << s(Demo::tr("Report %1 (draft) of run %2: %3")
                           .arg(QString::fromStdString(*number))
                           .arg(runId)
                           .arg(QString::fromStdString(out.string())))
                  << '\n';
      } else {
        exit = kExitFailure;
      }
    }
  } catch (const std::exception& e) {
    fail(Demo::tr("the report could not be written: %1").arg(QString::fromUtf8(e.what())));
    return kExitFailure;
  }
  return exit;
}

}  // namespace

void addDemoCommand(CLI::App& app, int& exitCode) {
  auto o = std::make_shared<DemoOptions>();
  CLI::App* demo = app.add_subcommand(
      "demo", s(Demo::tr("try RoboCert without hardware: the ISO 9283 plans on the simulator")));
  addDbOption(*demo, o->db);
  demo->add_option("--time-scale", o->timeScale,
                   s(Demo::tr("simulated seconds per second (default 200)")));
  demo->add_option("--seed", o->seed, s(Demo::tr("the simulator's random seed")));
  demo->callback([o, &exitCode] { exitCode = runDemo(*o); });
}

}  // namespace robocert::cli
