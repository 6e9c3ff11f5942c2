// GoogleTest main for studio_shell_test: a QApplication on the offscreen platform, with its own
// settings (organisation and application name of its own, test mode paths), cleared first, so
// the tests neither read nor change the user's settings nor those of studio_run_test.
#include <gtest/gtest.h>

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>

int main(int argc, char** argv) {
  qputenv("QT_QPA_PLATFORM", "offscreen");
  QStandardPaths::setTestModeEnabled(true);
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("RoboCert-tests"));
  QApplication::setApplicationName(QStringLiteral("studio_shell_test"));
  QSettings().clear();
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
