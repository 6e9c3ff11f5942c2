// robocert plan validate|list as a user runs them: exit codes, problems as
// `file:line:column: message` on stderr, one confirmation line per valid plan, the library.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include "cli_support.hpp"

namespace {

using cli_test::Result;
using cli_test::robocert;

QString shipped(const char* file) {
  return QStringLiteral(ROBOCERT_SOURCE_DIR "/test-plans/") + QString::fromLatin1(file);
}

// 1-based line and column of `needle` in `text`, as "line:column".
QString where(const QByteArray& text, const QByteArray& needle) {
  const qsizetype at = text.indexOf(needle);
  EXPECT_GE(at, 0) << needle.toStdString();
  const qsizetype lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return QStringLiteral("%1:%2").arg(text.left(at).count('\n') + 1).arg(at - lineStart + 1);
}

const QByteArray kPlan = R"(plan:
  id: cli-demo
  version: "2.1"
  title: {en: CLI demo, zh: 命令行示例}
  applies-to: industrial_robot
  equipment:
    - {role: robot, capability: manipulator}
    - {role: tracker, capability: pose_sensor}
  parameters:
    - {name: cycles, type: integer, default: 30, min: 2, max: 1000}
  steps:
    - {id: cube, procedure: iso9283.test_cube, with: {centre: [1200, 0, 900], side_mm: 800}}
    - {id: reg, procedure: frame.registration}
    - {id: poses, procedure: iso9283.pose_cycles, with: {cycles: $cycles}}
    - id: check
      roles: [robot]
      script: |
        const p = station.robot.pose();
        log(p.x);
)";

class CliPlan : public ::testing::Test {
 protected:
  QString write(const QString& name, const QByteArray& bytes) {
    const QString path = dir_.filePath(name);
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
  }
  QTemporaryDir dir_;
};

QByteArray replaced(QByteArray text, const QByteArray& from, const QByteArray& to) {
  EXPECT_TRUE(text.contains(from)) << from.toStdString();
  return text.replace(text.indexOf(from), from.size(), to);
}

}  // namespace

TEST(CliPlanShipped, EveryShippedPlanValidates) {
  const QStringList files = {
      shipped("iso9283/iso9283-pose-repeatability.yaml"), shipped("iso9283/iso9283-distance.yaml"),
      shipped("reliability/endurance-mtbf.yaml"), shipped("examples/script-example.yaml")};
  const Result r = robocert(QStringList{"plan", "validate"} + files);
  EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
  EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
  const QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
  ASSERT_EQ(lines.size(), 4) << r.out.toStdString();
  EXPECT_EQ(lines[0], files[0] + ": plan iso9283-pose-repeatability version 1.0 is valid");
  EXPECT_EQ(lines[3], files[3] + ": plan script-example version 1.0 is valid");
}

TEST(CliPlanShipped, TheSimulatorStationRunsTheShippedPlans) {
  const Result r = robocert({"plan", "validate", shipped("iso9283/iso9283-distance.yaml"),
                             "--station", shipped("stations/sim-station.yaml")});
  EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
  EXPECT_EQ(r.out, shipped("iso9283/iso9283-distance.yaml") +
                       ": plan iso9283-distance version 1.0 is valid; station "
                       "sim-station can run it\n");
}

TEST_F(CliPlan, ValidPlan) {
  const QString f = write("demo.yaml", kPlan);
  const Result r = robocert({"plan", "validate", f});
  EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
  EXPECT_EQ(r.out, f + ": plan cli-demo version 2.1 is valid\n");
  EXPECT_TRUE(r.err.isEmpty());
}

TEST_F(CliPlan, EveryProblemLocatedOnStderr) {
  QByteArray yaml = replaced(kPlan, "  parameters:", "  paramters:");
  yaml = replaced(yaml, "side_mm: 800", "side_mm: 0.5");
  yaml = replaced(
      yaml, "{role: tracker, capability: pose_sensor}",
      "{role: tracker, capability: pose_sensor}\n    - {role: robot, capability: actuator}");
  const QString f = write("bad.yaml", yaml);
  const Result r = robocert({"plan", "validate", f});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
  const QStringList expected = {
      f + ":" + where(yaml, "robot, capability: actuator") +
          ": role \"robot\" is declared more than once",
      f + ":" + where(yaml, "paramters") +
          ": plan: unknown key \"paramters\"; did you mean \"parameters\"?",
      f + ":" + where(yaml, "0.5}") +
          ": step \"cube\", argument \"side_mm\": 0.5 is less than the minimum 1",
      f + ":" + where(yaml, "$cycles") +
          ": step \"poses\", argument \"cycles\": unknown parameter \"cycles\" (there are none)",
  };
  EXPECT_EQ(r.err, expected.join('\n') + '\n');
}

TEST_F(CliPlan, ScriptSyntaxErrorAtItsPlanLine) {
  const QByteArray yaml = replaced(kPlan, "log(p.x);", "log(p.x +);");
  const QString f = write("script.yaml", yaml);
  const Result r = robocert({"plan", "validate", f});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(r.out.isEmpty());
  // The error is in the script's second line, which is line 19 of the plan.
  EXPECT_EQ(where(yaml, "log(p.x +)").section(':', 0, 0), "19");
  EXPECT_TRUE(r.err.startsWith(f + ":19:")) << r.err.toStdString();
  EXPECT_TRUE(r.err.contains(": step \"check\", script: JavaScript syntax error"))
      << r.err.toStdString();
  EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
}

TEST_F(CliPlan, StationThatCannotRunThePlan) {
  const QString plan = write("demo.yaml", kPlan);
  const QByteArray station = R"(station:
  name: half
  devices:
    - {role: robot, driver: tracker, url: "tcp://127.0.0.1:1"}
)";
  const QString s = write("station.yaml", station);
  const Result r = robocert({"plan", "validate", plan, "--station", s});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
  const QString at = s + ":" + where(station, "{role: robot") + ": ";
  EXPECT_EQ(r.err, at +
                       "device \"robot\": plan cli-demo needs a manipulator for this role, which "
                       "the tracker driver does not provide\n" +
                       at +
                       "plan cli-demo needs a device for the role \"tracker\" "
                       "(pose_sensor); the station has none\n");
}

TEST_F(CliPlan, BadStationFile) {
  const QByteArray station = "station:\n  name: x\n  devices: []\n  colour: red\n";
  const QString s = write("station.yaml", station);
  const Result r = robocert({"plan", "validate", write("demo.yaml", kPlan), "--station", s});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_EQ(r.err, s + ":4:3: station: unknown key \"colour\" (known: name, location, "
                       "time-scale, devices)\n");
}

TEST_F(CliPlan, GoodAndBadFilesTogether) {
  const QString good = write("good.yaml", kPlan);
  const QString missing = dir_.filePath("missing.yaml");
  const Result r = robocert({"plan", "validate", missing, good});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_EQ(r.err, missing + ": no such file\n");
  EXPECT_EQ(r.out, good + ": plan cli-demo version 2.1 is valid\n");
}

TEST_F(CliPlan, ListTheShippedLibrary) {
  const Result r = robocert({"plan", "list"});
  EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
  EXPECT_TRUE(r.err.isEmpty());
  EXPECT_TRUE(r.out.startsWith("Plan library: " ROBOCERT_SOURCE_DIR "/test-plans\n\n"))
      << r.out.toStdString();
  const QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
  ASSERT_EQ(lines.size(), 6) << r.out.toStdString();  // the folder, the header, 4 plans
  EXPECT_TRUE(lines[1].startsWith("Id")) << lines[1].toStdString();
  EXPECT_TRUE(lines[1].contains("Standards"));
  EXPECT_TRUE(lines[3].startsWith("iso9283-distance  ")) << lines[3].toStdString();
  EXPECT_TRUE(lines[3].contains("ISO 9283 distance accuracy and repeatability"));
  EXPECT_TRUE(lines[3].contains("ISO 9283:1998, GB/T 12642-2013"));
  EXPECT_TRUE(lines[3].endsWith("iso9283/iso9283-distance.yaml"));
}

TEST_F(CliPlan, ListInChinese) {
  const Result r = robocert({"--lang", "zh-CN", "plan", "list"});
  EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
  EXPECT_TRUE(r.out.contains("ISO 9283 距离准确度和距离重复性")) << r.out.toStdString();
}

TEST_F(CliPlan, ListADirectoryWithABrokenPlan) {
  write("a/demo.yaml", kPlan);
  const QByteArray bad = replaced(kPlan, "version: \"2.1\"", "version: [2]");
  write("b/bad.yml", bad);
  write("station.yaml", "station:\n  name: x\n  devices: []\n");
  const Result r = robocert({"plan", "list", "--dir", dir_.path()});
  EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
  const QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
  ASSERT_EQ(lines.size(), 4) << r.out.toStdString();
  EXPECT_TRUE(lines[2].startsWith("cli-demo")) << lines[2].toStdString();
  EXPECT_TRUE(lines[2].contains("CLI demo"));
  EXPECT_TRUE(lines[2].endsWith("a/demo.yaml"));
  EXPECT_TRUE(lines[3].startsWith("(invalid)")) << lines[3].toStdString();
  EXPECT_TRUE(
      lines[3].contains("bad.yml:" + where(bad, "[2]") + ": version: expected text, not a list"))
      << lines[3].toStdString();
  EXPECT_TRUE(lines[3].endsWith("b/bad.yml"));

  // The environment names the library when --dir does not.
  const Result env = robocert({"plan", "list"}, {"ROBOCERT_PLAN_DIR=" + dir_.path()});
  EXPECT_EQ(env.out, r.out);
}

TEST_F(CliPlan, ListAsJson) {
  write("demo.yaml", kPlan);
  write("bad.yaml", QByteArray(kPlan).replace("id: cli-demo", "id: Bad Id"));
  const Result r = robocert({"plan", "list", "--dir", dir_.path(), "--format", "json"});
  EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
  const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
  const QJsonArray plans = o["plans"].toArray();
  ASSERT_EQ(plans.size(), 2) << r.out.toStdString();
  const QJsonObject bad = plans[0].toObject();
  EXPECT_EQ(bad["file"].toString(), "bad.yaml");
  EXPECT_FALSE(bad["valid"].toBool());
  EXPECT_EQ(bad["problems"].toArray()[0].toObject()["line"].toInt(), 2);
  const QJsonObject good = plans[1].toObject();
  EXPECT_TRUE(good["valid"].toBool());
  EXPECT_EQ(good["id"].toString(), "cli-demo");
  EXPECT_EQ(good["version"].toString(), "2.1");
  EXPECT_EQ(good["title"].toObject()["zh"].toString(), "命令行示例");
  EXPECT_EQ(good["sha256"].toString().size(), 64);
}

TEST_F(CliPlan, ListOfAMissingDirectory) {
  const Result r = robocert({"plan", "list", "--dir", dir_.filePath("nothing")});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(r.out.isEmpty());
  EXPECT_EQ(r.err, "robocert: " + dir_.filePath("nothing") +
                       ": no such directory; name the plan library with --dir or "
                       "ROBOCERT_PLAN_DIR\n");
  const Result format = robocert({"plan", "list", "--format", "xml"});
  EXPECT_EQ(format.exitCode, 2);
  EXPECT_EQ(format.err.count('\n'), 1);
}
