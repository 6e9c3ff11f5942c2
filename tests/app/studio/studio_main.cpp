// GoogleTest main for the Studio's widget tests: a QApplication on the offscreen platform (no
// display needed), with its own settings file so the tests neither read nor change the user's.
#include <gtest/gtest.h>

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>

int main(int argc, char** argv) {
  qputenv("QT_QPA_PLATFORM", "offscreen");
  QStandardPaths::setTestModeEnabled(true);
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("RoboCert-tests"));
  QApplication::setApplicationName(QStringLiteral("studio_run_test"));
  QSettings().clear();
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
