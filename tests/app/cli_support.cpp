#include "cli_support.hpp"

#include <gtest/gtest.h>

#include <QProcess>
#include <QProcessEnvironment>

namespace cli_test {

Result robocert(const QStringList& args, const QStringList& env, const QByteArray& stdinBytes) {
  QProcess p;
  QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
  e.insert("LANG", "C.UTF-8");  // English unless a test asks otherwise
  for (const char* var :
       {"LC_ALL", "LANGUAGE", "ROBOCERT_LANG", "ROBOCERT_DB", "ROBOCERT_PLAN_DIR"})
    e.remove(var);
  for (const QString& kv : env) e.insert(kv.section('=', 0, 0), kv.section('=', 1));
  p.setProcessEnvironment(e);
  p.start(ROBOCERT_BIN, args);
  p.write(stdinBytes);
  p.closeWriteChannel();
  if (!p.waitForFinished(120000)) return {};
  EXPECT_EQ(p.exitStatus(), QProcess::NormalExit) << "crashed: " << args.join(' ').toStdString();
  return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
          QString::fromUtf8(p.readAllStandardError())};
}

}  // namespace cli_test
