#include "db_path.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <cstdlib>

namespace robocert::cli {
namespace {

class DbPath {
  Q_DECLARE_TR_FUNCTIONS(DbPath)
};

}  // namespace

std::filesystem::path databasePath(const std::string& option) {
  if (!option.empty()) return option;
  if (const char* env = std::getenv("ROBOCERT_DB"); env != nullptr && *env != '\0') return env;
  QCoreApplication::setOrganizationName(QStringLiteral("RoboCert"));
  const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
  QDir().mkpath(dir);
  return std::filesystem::path(dir.toStdString()) / "robocert.db";
}

void addDbOption(CLI::App& cmd, std::string& db) {
  cmd.add_option("--db", db,
                 DbPath::tr("lab database file (default: $ROBOCERT_DB, else robocert.db in the "
                            "application data folder)")
                     .toStdString());
}

}  // namespace robocert::cli
