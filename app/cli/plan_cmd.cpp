// robocert plan validate|list: checking plans (and a station for them) before anything moves,
// and the plan library.

#include "plan_cmd.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common.hpp"
#include "robocert/plan/plan.hpp"
#include "robocert/plan/station.hpp"
#include "robocert/script/script_host.hpp"
#include "text_table.hpp"

namespace robocert::cli {
namespace {

namespace fs = std::filesystem;

class PlanCmd {
  Q_DECLARE_TR_FUNCTIONS(PlanCmd)
};

QString q(const std::string& text) { return QString::fromStdString(text); }

plan::LoadOptions loadOptions() {
  plan::LoadOptions o;
  o.checkScript = [](const std::string& source) { return script::checkSyntax(source); };
  return o;
}

// Problems as compilers print them (file:line:column: message), one per line on stderr, so
// editors and CI logs can jump to them.
void printProblems(const fs::path& file, const std::vector<plan::Problem>& problems) {
  for (const auto& p : problems) std::cerr << plan::format(file, p) << '\n';
}

// The language plan titles are shown in: the one messages are shown in.
std::string uiLanguage() { return QLocale().name().toStdString(); }

// ---- plan validate ---------------------------------------------------------------------------

struct ValidateOptions {
  std::vector<std::string> files;
  std::string station;
};

int runValidate(const ValidateOptions& o) {
  int exitCode = kExitOk;
  std::optional<plan::Station> station;
  if (!o.station.empty()) {
    auto loaded = plan::loadStation(o.station);
    if (auto* problems = std::get_if<std::vector<plan::Problem>>(&loaded)) {
      printProblems(o.station, *problems);
      exitCode = kExitBadInput;
    } else {
      station = std::get<plan::Station>(std::move(loaded));
    }
  }
  const plan::LoadOptions options = loadOptions();
  for (const auto& file : o.files) {
    auto loaded = plan::load(file, options);
    if (auto* problems = std::get_if<std::vector<plan::Problem>>(&loaded)) {
      printProblems(file, *problems);
      exitCode = kExitBadInput;
      continue;
    }
    const auto& p = std::get<plan::Plan>(loaded);
    if (station) {
      const auto problems = plan::checkStation(p, *station);
      if (!problems.empty()) {
        printProblems(o.station, problems);
        exitCode = kExitBadInput;
        continue;
      }
      std::cout << s(PlanCmd::tr("%1: plan %2 version %3 is valid; station %4 can run it")
                         .arg(q(file), q(p.id), q(p.version), q(station->name)))
                << '\n';
    } else if (o.station.empty()) {
      std::cout
          << s(PlanCmd::tr("%1: plan %2 version %3 is valid").arg(q(file), q(p.id), q(p.version)))
          << '\n';
    }
  }
  return exitCode;
}

// ---- plan list -------------------------------------------------------------------------------

struct ListOptions {
  std::string dir;
  std::string format = "text";
};

fs::path libraryDir(const std::string& option) {
  return option.empty() ? plan::defaultLibraryDir() : fs::path(option);
}

QString standardsOf(const plan::Plan& p) {
  QStringList names;
  for (const auto& st : p.standards) names << q(st.standard);
  return names.join(QStringLiteral(", "));
}

QString relativeName(const fs::path& file, const fs::path& dir) {
  return q(file.lexically_relative(dir).generic_string());
}

QJsonObject toJson(const plan::LibraryEntry& e, const fs::path& dir) {
  QJsonObject o{{"file", relativeName(e.file, dir)}, {"valid", e.plan.has_value()}};
  if (e.plan) {
    QJsonArray standards;
    for (const auto& st : e.plan->standards) {
      QJsonArray clauses;
      for (const auto& c : st.clauses) clauses.append(q(c));
      standards.append(QJsonObject{{"standard", q(st.standard)}, {"clauses", clauses}});
    }
    o.insert("id", q(e.plan->id));
    o.insert("version", q(e.plan->version));
    o.insert("title", QJsonObject{{"en", q(e.plan->title.en)}, {"zh", q(e.plan->title.zh)}});
    o.insert("standards", standards);
    o.insert("sha256", q(e.plan->sha256Hex));
  } else {
    QJsonArray problems;
    for (const auto& p : e.problems) {
      problems.append(
          QJsonObject{{"line", p.at.line}, {"column", p.at.column}, {"message", q(p.message)}});
    }
    o.insert("problems", problems);
  }
  return o;
}

int runList(const ListOptions& o) {
  if (!checkFormat(o.format, {"text", "json"})) return kExitBadInput;
  const fs::path dir = libraryDir(o.dir);
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    fail(PlanCmd::tr("%1: no such directory; name the plan library with --dir or "
                     "ROBOCERT_PLAN_DIR")
             .arg(q(dir.string())));
    return kExitBadInput;
  }
  const auto entries = plan::library(dir, loadOptions());
  if (o.format == "json") {
    QJsonArray plans;
    for (const auto& e : entries) plans.append(toJson(e, dir));
    printJson(QJsonObject{{"dir", q(dir.string())}, {"plans", plans}});
    return kExitOk;
  }
  const std::string language = uiLanguage();
  TextTable table({PlanCmd::tr("Id"), PlanCmd::tr("Version"), PlanCmd::tr("Title"),
                   PlanCmd::tr("Standards"), PlanCmd::tr("File")},
                  5);
  for (const auto& e : entries) {
    if (e.plan) {
      table.addRow({q(e.plan->id), q(e.plan->version), q(plan::localized(e.plan->title, language)),
                    standardsOf(*e.plan), relativeName(e.file, dir)});
    } else {
      // The first problem says why it does not load; plan validate shows them all.
      const plan::Problem& first = e.problems.front();
      table.addRow({PlanCmd::tr("(invalid)"), QString(), q(plan::format(e.file.filename(), first)),
                    QString(), relativeName(e.file, dir)});
    }
  }
  std::cout << s(PlanCmd::tr("Plan library: %1").arg(q(dir.string()))) << "\n\n"
            << s(table.render());
  return kExitOk;
}

}  // namespace

void addPlanCommands(CLI::App& app, int& exitCode) {
  CLI::App* planCmd =
      app.add_subcommand("plan", s(PlanCmd::tr("check test plans and list the plan library")));
  planCmd->require_subcommand(1);

  auto validate = std::make_shared<ValidateOptions>();
  CLI::App* validateCmd = planCmd->add_subcommand(
      "validate", s(PlanCmd::tr("check plan files completely (and that a station can run them) "
                                "without moving anything")));
  validateCmd->add_option("FILE", validate->files, s(PlanCmd::tr("test plan files (YAML)")))
      ->required();
  validateCmd->add_option("--station", validate->station,
                          s(PlanCmd::tr("station file: also check that this station has every "
                                        "device the plans need")));
  validateCmd->callback([validate, &exitCode] { exitCode = runValidate(*validate); });

  auto list = std::make_shared<ListOptions>();
  CLI::App* listCmd =
      planCmd->add_subcommand("list", s(PlanCmd::tr("list the plans of the plan library")));
  listCmd->add_option("--dir", list->dir,
                      s(PlanCmd::tr("plan library folder (default: ROBOCERT_PLAN_DIR, else the "
                                    "plans shipped with RoboCert)")));
  listCmd->add_option("--format", list->format, s(PlanCmd::tr("output format: text or json")))
      ->capture_default_str();
  listCmd->callback([list, &exitCode] { exitCode = runList(*list); });
}

}  // namespace robocert::cli
