// Hostile input on the command line: text that is not UTF-8 (in options and in files), YAML
// alias bombs, files that are not files, numbers that overflow the analysis. Each is refused
// with exit 2 and a message naming the option or the file:line:column, and stores nothing.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include "cli_support.hpp"

namespace {

using cli_test::Result;
using cli_test::robocert;

// Runs a shell command line with $R set to the robocert program: the only way to hand it an
// argument that is not UTF-8 ($(printf '\377')), which a QString argument cannot carry.
Result shell(const QString& command, const QString& db) {
  QProcess p;
  QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
  e.insert("LANG", "C.UTF-8");
  for (const char* var : {"LC_ALL", "LANGUAGE", "ROBOCERT_LANG", "ROBOCERT_PLAN_DIR"})
    e.remove(var);
  e.insert("ROBOCERT_DB", db);
  e.insert("R", ROBOCERT_BIN);
  p.setProcessEnvironment(e);
  p.start("/bin/sh", {"-c", command});
  if (!p.waitForFinished(120000)) return {};
  return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
          QString::fromUtf8(p.readAllStandardError())};
}

void writeFile(const QString& path, const QByteArray& bytes) {
  QFile f(path);
  ASSERT_TRUE(f.open(QIODevice::WriteOnly));
  f.write(bytes);
}

std::int64_t count(const QString& db, const char* sql) {
  sqlite3* h = nullptr;
  sqlite3_open_v2(db.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* s = nullptr;
  sqlite3_prepare_v2(h, sql, -1, &s, nullptr);
  std::int64_t v = -1;
  if (s != nullptr && sqlite3_step(s) == SQLITE_ROW) v = sqlite3_column_int64(s, 0);
  sqlite3_finalize(s);
  sqlite3_close(h);
  return v;
}

// Each level a list of 10 aliases of the level before: 9 levels are 10^9 nodes in 600 bytes.
QByteArray aliasBomb(const QByteArray& indent) {
  QByteArray text = indent + "l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int k = 1; k <= 9; ++k) {
    text += indent + "l" + QByteArray::number(k) + ": &l" + QByteArray::number(k) + " [";
    for (int i = 0; i < 10; ++i) text += (i ? ", *l" : "*l") + QByteArray::number(k - 1);
    text += "]\n";
  }
  return text;
}

QString shipped(const char* file) {
  return QStringLiteral(ROBOCERT_SOURCE_DIR "/test-plans/") + QString::fromLatin1(file);
}

}  // namespace

TEST(CliInputs, AnOptionThatIsNotUtf8IsRefusedByName) {
  QTemporaryDir dir;
  const QString db = dir.filePath("lab.db");
  ASSERT_EQ(robocert({"lab", "set", "--name", "Good Lab", "--db", db}).exitCode, 0);
  const Result r = shell(R"sh("$R" lab set --name "$(printf 'A\377')")sh", db);
  EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
  // 'A' is character 1, the byte FF character 2.
  EXPECT_TRUE(r.err.contains("--name: the value is not UTF-8 text (byte 0xff at character 2)"))
      << r.err.toStdString();
  const Result show = robocert({"lab", "show", "--db", db});
  EXPECT_TRUE(show.out.contains("Good Lab")) << show.out.toStdString();
}

TEST(CliInputs, APositionalArgumentOrEnvironmentVariableThatIsNotUtf8IsNamed) {
  QTemporaryDir dir;
  const QString db = dir.filePath("lab.db");
  const Result file = shell(R"sh("$R" plan validate "$(printf 'plan\351.yaml')")sh", db);
  EXPECT_EQ(file.exitCode, 2);
  EXPECT_TRUE(file.err.contains("FILE: the value is not UTF-8")) << file.err.toStdString();
  const Result env = shell(R"sh(ROBOCERT_USER="$(printf '\377')" "$R" lab show)sh", db);
  EXPECT_EQ(env.exitCode, 2);
  EXPECT_TRUE(env.err.contains("ROBOCERT_USER: the value is not UTF-8")) << env.err.toStdString();
}

TEST(CliInputs, ALatin1PlanIsRefusedAtTheByte) {
  QTemporaryDir dir;
  QFile shippedPlan(shipped("iso9283/iso9283-pose-repeatability.yaml"));
  ASSERT_TRUE(shippedPlan.open(QIODevice::ReadOnly));
  QByteArray text = shippedPlan.readAll();
  // A comment saved in Latin-1 on a new line 2: "# caf\xE9" has the byte at column 6.
  text.insert(text.indexOf('\n') + 1, "# caf\xE9\n");
  const QString plan = dir.filePath("latin1.yaml");
  writeFile(plan, text);
  const Result r = robocert({"plan", "validate", plan});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(r.err.contains(plan + ":2:6: this byte is not UTF-8")) << r.err.toStdString();
}

TEST(CliInputs, AnAliasBombIsRefusedAndThePlanListShowsTheOthers) {
  QTemporaryDir dir;
  const QString bomb = dir.filePath("a-bomb.yaml");
  writeFile(bomb, "plan:\n  x:\n" + aliasBomb("    "));
  ASSERT_TRUE(
      QFile::copy(shipped("iso9283/iso9283-pose-repeatability.yaml"), dir.filePath("b-good.yaml")));
  const Result v = robocert({"plan", "validate", bomb});
  EXPECT_EQ(v.exitCode, 2);
  EXPECT_TRUE(v.err.contains(bomb + ":")) << v.err.toStdString();
  EXPECT_TRUE(v.err.contains("expands to more than 1000000 YAML nodes")) << v.err.toStdString();

  const Result list = robocert({"plan", "list", "--dir", dir.path()});
  EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
  EXPECT_TRUE(list.out.contains("iso9283-pose-repeatability")) << list.out.toStdString();
  EXPECT_TRUE(list.out.contains("(invalid)")) << list.out.toStdString();
  EXPECT_TRUE(list.out.contains("a-bomb.yaml")) << list.out.toStdString();
}

TEST(CliInputs, DevZeroAndFifosAreRefusedAtOnce) {
  QTemporaryDir dir;
  const QString db = dir.filePath("lab.db");
  const QString fifo = dir.filePath("pipe.csv");
  ASSERT_EQ(::mkfifo(fifo.toUtf8().constData(), 0600), 0);
  for (const QStringList& args :
       {QStringList{"report", "verify", "/dev/zero", "--db", db},
        QStringList{"analyze", "pose", "/dev/zero"}, QStringList{"analyze", "pose", fifo},
        QStringList{"plan", "validate", "/dev/zero"}}) {
    const Result r = robocert(args);
    EXPECT_EQ(r.exitCode, 2) << args.join(' ').toStdString();
    EXPECT_TRUE(r.err.contains("is not a regular file")) << r.err.toStdString();
  }
}

namespace {

// A pose file: pose P1 fine, pose P2 with one attained x of 1e308 (line 7). Its AP_x is 1e308 / 3,
// finite, but AP_P = |AP| squares it first: inf (and so does the spread in RP_l).
QByteArray overflowingPoses() {
  QByteArray text = "pose,cycle,cmd_x,cmd_y,cmd_z,cmd_a,cmd_b,cmd_c,x,y,z,a,b,c\n";
  for (int cycle = 1; cycle <= 3; ++cycle) {
    text += "P1," + QByteArray::number(cycle) + ",0,0,0,0,0,0,0.0" + QByteArray::number(cycle) +
            ",0,0,0,0,0\n";
  }
  text += "P2,1,100,0,0,0,0,0,100.01,0,0,0,0,0\n";
  text += "P2,2,100,0,0,0,0,0,100.02,0,0,0,0,0\n";
  text += "P2,3,100,0,0,0,0,0,1e308,0,0,0,0,0\n";
  return text;
}

}  // namespace

TEST(CliInputs, AnOverflowingPoseFileIsAnInputErrorAndStoresNothing) {
  QTemporaryDir dir;
  const QString db = dir.filePath("lab.db");
  const QString csv = dir.filePath("poses.csv");
  writeFile(csv, overflowingPoses());
  const Result a = robocert({"analyze", "pose", csv});
  EXPECT_EQ(a.exitCode, 2) << a.out.toStdString();
  // P2's first measurement is on line 5 of the file.
  EXPECT_TRUE(a.err.contains(csv + ":5: AP_P of pose P2 (direction 1) is not a finite number"))
      << a.err.toStdString();
  EXPECT_FALSE(a.out.contains("inf")) << a.out.toStdString();
  EXPECT_FALSE(a.out.contains("nan")) << a.out.toStdString();

  ASSERT_EQ(robocert({"db", "init", "--db", db}).exitCode, 0);
  const Result i = robocert({"import", "pose", csv, "--item", "R-1", "--db", db});
  EXPECT_EQ(i.exitCode, 2) << i.err.toStdString();
  EXPECT_EQ(count(db, "SELECT count(*) FROM runs"), 0);
  EXPECT_EQ(count(db, "SELECT count(*) FROM pose_measurements"), 0);
  EXPECT_EQ(count(db, "SELECT count(*) FROM items"), 0);
}

TEST(CliInputs, ALatin1PoseFileIsLocated) {
  QTemporaryDir dir;
  const QString csv = dir.filePath("poses.csv");
  QByteArray text = overflowingPoses();
  text.replace("P1,1,", "P\xE9,1,");  // line 2, column 2
  writeFile(csv, text);
  const Result a = robocert({"analyze", "pose", csv});
  EXPECT_EQ(a.exitCode, 2);
  EXPECT_TRUE(a.err.contains(csv + ":2:2: the file is not UTF-8")) << a.err.toStdString();
}
