// robocert: the command line of RoboCert, for headless test stations and scripts.

#include <sys/stat.h>
#include <unistd.h>
#include <CLI/CLI.hpp>
#include <QGuiApplication>

#include <exception>
#include <iostream>
#include <string>

#include "analyze.hpp"
#include "bench.hpp"
#include "db.hpp"
#include "lab_cmd.hpp"
#include "modbus_cmd.hpp"
#include "plan_cmd.hpp"
#include "probe.hpp"
#include "report_cmd.hpp"
#include "run_cmd.hpp"
#include "station.hpp"
#include "translations.hpp"
#include "user_cmd.hpp"
#include "utf8_check.hpp"

namespace {

class Cli {
  Q_DECLARE_TR_FUNCTIONS(Cli)
};

}  // namespace

int main(int argc, char** argv) {
  using namespace robocert::cli;
  // A GUI application without a display: the reports paint text and plots (fonts need Qt Gui),
  // and a headless station has no screen.
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
    // What Qt falls back to anyway, made here so it does not warn on every command (a service
    // account or a container often has no session runtime directory).
    const std::string dir = "/tmp/runtime-" + std::to_string(getuid());
    mkdir(dir.c_str(), 0700);
    qputenv("XDG_RUNTIME_DIR", QByteArray::fromStdString(dir));
  }
  QGuiApplication qtApp(argc, argv);
  QCoreApplication::setApplicationName(QStringLiteral("robocert"));
  QCoreApplication::setApplicationVersion(QStringLiteral(ROBOCERT_VERSION));

  const auto locale = chooseLocale(argc, argv);
  const auto translator = installTranslation(locale.value_or(QLocale(QLocale::English)));
  if (!locale) {
    std::cerr << "robocert: " << s(Cli::tr("--lang must be en or zh-CN")) << '\n';
    return kExitBadInput;
  }

  CLI::App app{s(Cli::tr("RoboCert: robot and component testing and certification")), "robocert"};
  app.set_version_flag("--version", ROBOCERT_VERSION, s(Cli::tr("print the version and exit")));
  app.set_help_flag("-h,--help", s(Cli::tr("print this help and exit")));
  app.require_subcommand(1);
  std::string lang;
  app.add_option("--lang", lang, s(Cli::tr("language of messages: en or zh-CN (default: system)")));

  int exitCode = kExitOk;
  addAnalyzeCommands(app, exitCode);
  addDbCommands(app, exitCode);
  addBenchCommands(app, exitCode);
  addStationCommands(app, exitCode);
  addModbusCommands(app, exitCode);
  addProbeCommands(app, exitCode);
  addPlanCommands(app, exitCode);
  addRunCommands(app, exitCode);
  addUserCommands(app, exitCode);
  addLabCommands(app, exitCode);
  addReportCommands(app, exitCode);

  // Runs after parsing and before the command's callback: no command sees text that is not UTF-8.
  struct InvalidText {
    QString message;
  };
  app.parse_complete_callback([&app] {
    if (auto problem = findInvalidUtf8(app)) throw InvalidText{*problem};
  });

  try {
    app.parse(argc, argv);
  } catch (const InvalidText& e) {
    std::cerr << "robocert: " << s(e.message) << '\n';
    return kExitBadInput;
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "robocert: " << e.what() << '\n'
              << s(Cli::tr("Run with --help for the usage.")) << '\n';
    return kExitBadInput;
  } catch (const std::exception& e) {
    // Reaching here is a bug in RoboCert, not a problem with the input; say so plainly.
    std::cerr << "robocert: " << s(Cli::tr("internal error: %1").arg(QString::fromUtf8(e.what())))
              << '\n';
    return kExitFailure;
  }
  return exitCode;
}
