// The main of report_render_test: painting text and plots (PDF, SVG) needs a QGuiApplication,
// on the offscreen platform so the tests run without a display.

#include <gtest/gtest.h>

#include <QGuiApplication>

int main(int argc, char** argv) {
  qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
