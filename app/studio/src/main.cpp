// RoboCert Studio: the desktop app. Chooses the lab database (the command line's first argument,
// else the last one used, else robocert.db in the user's documents), asks who is working, and
// shows the main window.

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include "main_window.hpp"
#include "shell_util.hpp"
#include "sign_in_dialog.hpp"
#include "studio_context.hpp"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("RoboCert"));
  QApplication::setApplicationName(QStringLiteral("RoboCert Studio"));

  QString database;
  const QStringList args = QApplication::arguments();
  if (args.size() > 1) {
    database = QDir::current().absoluteFilePath(args.at(1));
  } else {
    database = QSettings().value(QStringLiteral("database")).toString();
  }
  if (database.isEmpty()) {
    database = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                   .absoluteFilePath(QStringLiteral("robocert.db"));
  }
  robocert::studio::StudioContext context(robocert::studio::s(database));
  robocert::studio::MainWindow window(context);
  if (!window.signIn()) return 0;
  QSettings().setValue(QStringLiteral("database"), database);
  window.show();
  return QApplication::exec();
}
