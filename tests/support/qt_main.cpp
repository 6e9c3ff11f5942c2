// The main of test programs that need a QCoreApplication: QJSEngine aborts the process without
// one (Qt 6.4). Scripts still run on threads without event loops.

#include <gtest/gtest.h>

#include <QCoreApplication>

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
