#pragma once

// Runs the built robocert program as a user would, for the command line's tests: in English,
// with none of the caller's RoboCert settings (language, lab database, plan folder), so each
// test states what it depends on. The namespace is cli_test, not robocert::...: the helper is
// itself called robocert, like the program.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cli_test {

struct Result {
  int exitCode = -1;  // -1: it did not finish within two minutes
  QString out;
  QString err;
};

// env: extra variables as "NAME=value" (LANG=zh_CN.UTF-8, ROBOCERT_DB=...); stdinBytes: what
// the program reads on standard input (then closed, so it never waits for a terminal).
Result robocert(const QStringList& args, const QStringList& env = {},
                const QByteArray& stdinBytes = {});

}  // namespace cli_test
