// Runs the built robocert program as a user would and checks its contract: exit codes, exactly
// one JSON object on stdout, and one clear located message on stderr for every kind of bad input.
#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <cmath>

#include "cli_support.hpp"

namespace {

using cli_test::Result;
using cli_test::robocert;

QString example() {
  return QStringLiteral(ROBOCERT_SOURCE_DIR "/test-plans/examples/iso9283-pose-example.csv");
}

const QByteArray kHeader = "pose,cycle,direction,cmd_x,cmd_y,cmd_z,cmd_a,cmd_b,cmd_c,x,y,z,a,b,c\n";

class CliFiles : public ::testing::Test {
 protected:
  QString write(const QString& name, const QByteArray& bytes) {
    const QString path = dir_.filePath(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
  }
  // Expects exit 2, nothing on stdout, and exactly one line on stderr containing `message`.
  void expectBadInput(const QStringList& args, const QString& message,
                      const QStringList& env = {}) {
    const Result r = robocert(args, env);
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(message))
        << "stderr: " << r.err.toStdString() << "\nexpected: " << message.toStdString();
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
  }
  QTemporaryDir dir_;
};

QJsonObject parseOneObject(const QString& out) {
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &error);
  EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
  EXPECT_TRUE(doc.isObject());
  return doc.object();
}

}  // namespace

TEST(CliPose, TextTableForTheExample) {
  const Result r = robocert({"analyze", "pose", example(), "--distance", "P2,P4"});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  EXPECT_TRUE(r.err.isEmpty());
  EXPECT_TRUE(r.out.contains("ISO 9283:1998 (GB/T 12642-2013)"));
  EXPECT_TRUE(r.out.contains("210 attained poses"));
  EXPECT_TRUE(r.out.contains("AP_P"));
  EXPECT_TRUE(r.out.contains("vAP_P (mm)"));
  EXPECT_TRUE(r.out.contains("P2 to P4, direction 1, n = 30"));
  // One row per pose and direction in each of the two pose tables.
  EXPECT_EQ(r.out.count(QRegularExpression("^P1 +[123] +30 ", QRegularExpression::MultilineOption)),
            6);
}

TEST(CliPose, JsonIsOneObjectWithEveryKey) {
  const Result r =
      robocert({"analyze", "pose", example(), "--distance", "P2,P4", "--format", "json"});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  const QJsonObject o = parseOneObject(r.out);
  const QJsonArray poses = o["poses"].toArray();
  ASSERT_EQ(poses.size(), 7);  // P1 from 3 directions, P2..P5 from one
  for (const char* key : {"pose", "direction", "n", "AP_P", "AP_x", "AP_y", "AP_z", "AP_a", "AP_b",
                          "AP_c", "RP_l", "RP_a", "RP_b", "RP_c"}) {
    EXPECT_TRUE(poses[0].toObject().contains(key)) << key;
  }
  EXPECT_EQ(poses[0]["pose"].toString(), "P1");
  EXPECT_EQ(poses[0]["n"].toInt(), 30);
  ASSERT_EQ(o["vAP"].toArray().size(), 1);
  const QJsonObject d = o["distance"].toObject();
  EXPECT_EQ(d["from"].toString(), "P2");
  EXPECT_EQ(d["to"].toString(), "P4");
  for (const char* key : {"n", "AD_P", "AD_x", "AD_y", "AD_z", "AD_a", "AD_b", "AD_c", "RD_P",
                          "RD_x", "RD_y", "RD_z", "RD_a", "RD_b", "RD_c"}) {
    EXPECT_TRUE(d.contains(key)) << key;
  }
  // Without --distance there is no distance key at all.
  const Result noDistance = robocert({"analyze", "pose", example(), "--format", "json"});
  EXPECT_FALSE(parseOneObject(noDistance.out).contains("distance"));
}

TEST_F(CliFiles, JsonKeepsFullPrecision) {
  // Two cycles at x deviations 0.1 and 0.2 mm: AP_x = 0.15000000000000002 in double arithmetic
  // ((0.1 + 0.2) / 2 after subtracting the command); printed JSON must round-trip that double.
  const QString f = write("p.csv", kHeader +
                                       "P1,1,1,0,0,0,0,0,0,0.1,0,0,0,0,0\n"
                                       "P1,2,1,0,0,0,0,0,0,0.2,0,0,0,0,0\n");
  const Result r = robocert({"analyze", "pose", f, "--format", "json"});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  const double apx = parseOneObject(r.out)["poses"].toArray()[0].toObject()["AP_x"].toDouble();
  EXPECT_EQ(apx, (0.1 + 0.2) / 2);
}

TEST_F(CliFiles, SingleCycleNamesThePose) {
  const QString f = write("one.csv", kHeader +
                                         "P1,1,1,0,0,0,0,0,0,0,0,0,0,0,0\n"
                                         "P1,2,1,0,0,0,0,0,0,0,0,0,0,0,0\n"
                                         "P3,1,1,5,0,0,0,0,0,5,0,0,0,0,0\n");
  expectBadInput({"analyze", "pose", f},
                 f + ":4: pose P3 (direction 1) has 1 cycle; repeatability needs at least 2");
}

TEST_F(CliFiles, NonNumericFieldIsQuotedWithItsPlace) {
  const QString f = write("nan.csv", kHeader + "P1,1,1,0,0,0,0,0,0,12.3.4,0,0,0,0,0\n");
  expectBadInput({"analyze", "pose", f}, f + ":2:20: column \"x\": \"12.3.4\" is not a number");
}

TEST_F(CliFiles, EmptyBinaryAndMissingColumn) {
  expectBadInput({"analyze", "pose", write("empty.csv", "")},
                 "the file is empty: expected a header row naming the columns");
  expectBadInput({"analyze", "pose",
                  write("bin.csv", QByteArray("\x7f"
                                              "ELF\x02\x01\x01\0\0",
                                              9))},
                 "not a text file");
  const QString f = write("nocol.csv", "pose,cycle,x,y,z,a,b,c\nP1,1,0,0,0,0,0,0\n");
  expectBadInput({"analyze", "pose", f}, f + ":1: missing column \"cmd_x\" in the header");
}

TEST_F(CliFiles, FileProblems) {
  const QString missing = dir_.filePath("nope.csv");
  expectBadInput({"analyze", "pose", missing}, missing + ": no such file");
  expectBadInput({"analyze", "pose", dir_.path()}, dir_.path() + ": is a directory");
}

TEST_F(CliFiles, DistanceProblems) {
  expectBadInput({"analyze", "pose", example(), "--distance", "P2"},
                 "--distance takes two pose names separated by a comma");
  expectBadInput({"analyze", "pose", example(), "--distance", "P2,P9"},
                 "pose P9 named in --distance has no measurements from direction 1");
  expectBadInput({"analyze", "pose", example(), "--format", "xml"},
                 "--format must be one of text, json, not \"xml\"");
}

TEST(CliMtbf, JsonWithNullsWhereUndefined) {
  const Result r = robocert({"analyze", "mtbf", "--hours", "2640", "--failures", "0",
                             "--confidence", "0.7", "--format", "json"});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  const QJsonObject o = parseOneObject(r.out);
  EXPECT_TRUE(o["mtbf"].isNull());
  EXPECT_TRUE(o["upper"].isNull());
  // 2T / chi2_0.7(2) = 5280 / (-2 ln 0.3) = 2192.74 h (standards sheet check value 2192.7 h)
  EXPECT_NEAR(o["lower_one_sided"].toDouble(), 5280.0 / (-2.0 * std::log(0.3)), 1e-9);
  EXPECT_TRUE(o["lower"].isDouble());
}

TEST(CliMtbf, TextShowsTheCheckInterval) {
  // Standards sheet: T = 920 h, r = 7, C = 0.8 two-sided -> 78.2 h .. 236.2 h.
  const Result r =
      robocert({"analyze", "mtbf", "--hours", "920", "--failures", "7", "--confidence", "0.8"});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  EXPECT_TRUE(r.out.contains("Two-sided interval at 80 %: 78.2 h to 236.2 h"))
      << r.out.toStdString();
  EXPECT_TRUE(r.out.contains("Point estimate T/r: 131.4 h")) << r.out.toStdString();  // 920 / 7
}

TEST(CliMtbf, BadArguments) {
  auto bad = [](const QStringList& args, const QString& message) {
    const Result r = robocert(args);
    EXPECT_EQ(r.exitCode, 2) << args.join(' ').toStdString();
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(r.err.contains(message)) << r.err.toStdString();
  };
  bad({"analyze", "mtbf", "--hours", "100", "--failures", "1", "--confidence", "1"},
      "--confidence must be a fraction between 0 and 1");
  bad({"analyze", "mtbf", "--hours", "-5", "--failures", "1", "--confidence", "0.9"},
      "--hours must be a number of hours greater than 0");
  bad({"analyze", "mtbf", "--hours", "100", "--failures", "-1", "--confidence", "0.9"},
      "--failures must be a whole number");
  bad({"analyze", "mtbf", "--hours", "100", "--failures", "0", "--confidence", "0.9", "--test",
       "failure"},
      "a failure-terminated test ends at a failure");
  bad({"analyze", "mtbf", "--hours", "100", "--confidence", "0.9"}, "--failures");
  bad({"analyze", "mtbf", "--hours", "abc", "--failures", "1", "--confidence", "0.9"}, "--hours");
  bad({"analyze", "frobnicate"}, "subcommand");
}

TEST(CliZeroFailure, TestHours) {
  // T = theta * chi2_0.9(2) / 2 = 1000 * ln(10) = 2302.585 h
  const Result r = robocert(
      {"analyze", "zero-failure", "--mtbf", "1000", "--confidence", "0.9", "--format", "json"});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  EXPECT_NEAR(parseOneObject(r.out)["test_hours"].toDouble(), 1000.0 * std::log(10.0), 1e-9);
  const Result text =
      robocert({"analyze", "zero-failure", "--mtbf", "1000", "--confidence", "0.9"});
  EXPECT_TRUE(text.out.contains("at most 0 failures: 2302.6 h")) << text.out.toStdString();
}

TEST(CliHelp, EveryCommandHasHelp) {
  for (const QStringList& cmd :
       {QStringList{}, QStringList{"analyze"}, QStringList{"analyze", "pose"},
        QStringList{"analyze", "mtbf"}, QStringList{"analyze", "zero-failure"}}) {
    const Result r = robocert(cmd + QStringList{"--help"});
    EXPECT_EQ(r.exitCode, 0) << cmd.join(' ').toStdString();
    EXPECT_TRUE(r.out.contains("--help")) << r.out.toStdString();
  }
}

TEST_F(CliFiles, ChineseMessages) {
  // The same errors in Simplified Chinese, chosen by --lang or by the system locale.
  const QString f = write("one.csv", kHeader +
                                         "P1,1,1,0,0,0,0,0,0,0,0,0,0,0,0\n"
                                         "P3,1,1,5,0,0,0,0,0,5,0,0,0,0,0\n"
                                         "P3,2,1,5,0,0,0,0,0,5,0,0,0,0,0\n");
  expectBadInput({"--lang", "zh-CN", "analyze", "pose", f},
                 f + ":2: 位姿 P1（方向 1）只有 1 个循环；重复性至少需要 2 个循环");
  expectBadInput({"analyze", "pose", dir_.filePath("nope.csv")}, "文件不存在",
                 {"LANG=zh_CN.UTF-8"});
  const Result r = robocert({"--lang", "zh-CN", "analyze", "pose", example()});
  EXPECT_EQ(r.exitCode, 0);
  EXPECT_TRUE(r.out.contains("位姿特性")) << r.out.toStdString();
  expectBadInput({"--lang", "xx", "analyze", "pose", f}, "--lang must be en or zh-CN");
}
