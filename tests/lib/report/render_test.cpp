// Rendering the certificate: a realistic Document (two poses, budgets, deviations, instruments,
// a distance series and an endurance run) rendered to PDF, HTML and JSON, then read back with
// independent tools (poppler's pdftotext and pdffonts) and checked for every ISO/IEC 17025 7.8
// item in English and Chinese, the page furniture, the draft watermark and the approval block.
// Numbers checked are worked out by hand in the comments.
//
// Set ROBOCERT_REPORT_SAMPLE_OUT=DIR to keep the sample PDF and HTML (docs/images are made from
// them with pdftoppm).

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include "robocert/report/json.hpp"
#include "robocert/report/plots.hpp"
#include "robocert/report/render.hpp"

namespace fs = std::filesystem;
using namespace robocert::report;
using robocert::metrology::Pose6;
using ::testing::HasSubstr;
using ::testing::Not;

namespace {

// ---- The sample report ----

PoseCloud cloud(const std::string& subject, Eigen::Vector3d commanded, Eigen::Vector3d apMm,
                double scatterMm, double rpLMm) {
  PoseCloud c;
  c.subject = subject;
  c.commanded.positionMm = commanded;
  c.commanded.anglesDeg = {180.0, 0.0, 90.0};
  for (int j = 0; j < 30; ++j) {  // a deterministic scatter around command + AP
    Pose6 p;
    p.positionMm = commanded + apMm +
                   scatterMm * Eigen::Vector3d(std::sin(j * 2.39996), std::cos(j * 1.7) * 0.8,
                                               std::sin(j * 0.9 + 1.0) * 0.6);
    p.anglesDeg = c.commanded.anglesDeg + Eigen::Vector3d(0.013, -0.031, 0.005);
    c.attained.push_back(p);
  }
  c.rpLMm = rpLMm;
  return c;
}

ResultRow row(std::string characteristic, std::string subject, double value, std::string unit,
              std::optional<double> u, std::optional<double> limit = std::nullopt,
              std::string sense = {}, std::string rule = {}, std::string verdict = {}) {
  ResultRow r;
  r.characteristic = std::move(characteristic);
  r.subject = std::move(subject);
  r.value = value;
  r.unit = std::move(unit);
  r.expandedUncertainty = u;
  if (u) r.k = 2.0;
  r.limit = limit;
  r.limitSense = std::move(sense);
  r.rule = std::move(rule);
  r.verdict = std::move(verdict);
  return r;
}

BudgetComponent component(std::string quantity, std::string type, std::string distribution,
                          double u, std::optional<double> dof) {
  BudgetComponent c;
  c.quantity = std::move(quantity);
  c.type = std::move(type);
  c.distribution = std::move(distribution);
  c.standardUncertainty = u;
  c.unit = "mm";
  c.sensitivity = 1.0;
  c.contribution = u;
  c.dof = dof;
  return c;
}

Document sampleDocument(const fs::path& logo) {
  Document d;
  d.reportNumber = "RC-2026-000012";
  d.revision = 0;
  d.title = {"Test report: ISO 9283 pose accuracy and repeatability",
             "检测报告：ISO 9283 位姿准确度和位姿重复性"};
  d.lab = {"RoboCert Metrology Centre", "88 Zhangjiang Road, Pudong, Shanghai 201203, China",
           "CNAS L0000 (ISO/IEC 17025)", logo.string()};
  d.performedAt = "Robot test cell 2, RoboCert Metrology Centre, Shanghai";
  d.customer = {"Huaxin Robotics Co., Ltd.", "12 Chuangxin Avenue, Suzhou 215000, China",
                "Li Wei, +86 512 0000 0000"};
  d.planId = "iso9283-pose";
  d.planVersion = "1.2";
  d.planSha256 = "3f5b8c2d9e0a41f7b6c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1";
  d.planTitle = {"ISO 9283 pose characteristics at 100 % rated speed",
                 "ISO 9283 位姿特性（100% 额定速度）"};
  d.standards = {"ISO 9283:1998 7.2.1, 7.2.2 (GB/T 12642-2013)", "ISO 9283:1998 7.3"};
  d.itemKind = "6-axis industrial robot";
  d.itemManufacturer = "Huaxin Robotics";
  d.itemModel = "HX-R20";
  d.itemSerial = "HX20-2025-00731";
  d.itemDescription =
      "Articulated robot, 20 kg payload, 1810 mm reach; controller HX-C5, "
      "firmware 3.4.1";
  d.itemCondition = "New, no visible damage; received with controller and teach pendant";
  d.receivedOn = "2026-02-24";
  d.testedFrom = "2026-03-02";
  d.testedTo = "2026-03-03";
  d.issuedOn = "2026-03-05";
  d.temperatureC = 20.4;
  d.humidityPct = 46.0;
  d.operatorName = "Zhang Min";
  d.runId = 12;
  d.instruments = {
      {"tracker", "laser tracker", "Leica", "AT960-MR", "LT-960-0415", "CAL-2025-0815",
       "2025-06-02", "2026-06-01", "U = 15 µm + 6 µm/m (k = 2)", "NIM Shanghai", "valid"},
      {"environment", "temperature and humidity logger", "Vaisala", "HMT330", "HMT-7731",
       "CAL-T-2024-1120", "2024-11-20", "2025-11-19", "0.2 °C; 1.5 %RH (k = 2)", "SIMT Calibration",
       "overridden"}};
  d.results = {
      row("AP_P", "P1 v100", 0.0826315591921984, "mm", 0.012, 1.0, "at most", "guard-band", "pass"),
      row("AP_x", "P1 v100", -0.0469827910294195, "mm", 0.011),
      row("RP_l", "P1 v100", 0.0634149374528057, "mm", 0.0081, 0.05, "at most", "non-binary",
          "fail"),
      row("AP_P", "P2 v100", 0.179120562438361, "mm", 0.013, 1.0, "at most", "guard-band", "pass"),
      row("RP_l", "P2 v100", 0.0465307909715774, "mm", 0.0079, 0.05, "at most", "non-binary",
          "conditional pass"),
      row("AD_P", "P2-P4 v100", -0.1074, "mm", 0.02, 0.5, "at most", "simple", "pass"),
      row("RD_P", "P2-P4 v100", 0.0667, "mm", 0.009, 0.1, "at most", "simple", "pass"),
      row("AP_a", "P1 v100", 0.0132290809607071, "deg", 0.0021),
      row("RP_a", "P1 v100", 0.0032354001450257, "deg", 0.0009),
      row("MTBF", "endurance", 250.0, "h", std::nullopt, 200.0, "at least", "simple", "pass"),
      row("MTBF_lower", "endurance", 93.94, "h", std::nullopt),
      row("failures", "endurance", 2.0, "", std::nullopt),
      row("cycles", "endurance", 120000.0, "", std::nullopt),
  };
  Budget ap;
  ap.characteristic = "AP_P";
  ap.subject = "P1 v100";
  ap.unit = "mm";
  ap.components = {component("tracker calibration", "B", "normal", 0.0050, std::nullopt),
                   component("registration residual", "B", "normal", 0.0030, 9.0),
                   component("scatter (type A)", "A", "normal", 0.0018, 29.0),
                   component("temperature", "B", "rectangular", 0.0012, std::nullopt)};
  // u_c = sqrt(5.0² + 3.0² + 1.8² + 1.2²) µm = sqrt(38.68) µm = 6.219 µm; U = 2 u_c = 12.4 µm.
  // ν_eff = u_c⁴ / (3.0⁴/9 + 1.8⁴/29) = 1496.1 / (9.0 + 0.362) = 159.8.
  ap.combined = 0.0062193;
  ap.k = 2.0;
  ap.expanded = 0.0124386;
  ap.effectiveDof = 159.8;
  ap.method = "GUM validated by Monte Carlo (JCGM 101, M = 1000000)";
  ap.mcLow = 0.0702;
  ap.mcHigh = 0.0950;
  Budget rp;
  rp.characteristic = "RP_l";
  rp.subject = "P1 v100";
  rp.unit = "mm";
  rp.components = {component("scatter (type A)", "A", "normal", 0.0038, 29.0),
                   component("tracker calibration", "B", "normal", 0.0015, std::nullopt)};
  rp.combined = 0.0040853;  // sqrt(3.8² + 1.5²) µm
  rp.k = 2.0;
  rp.expanded = 0.0081706;
  rp.effectiveDof = 38.9;
  rp.method = "Monte Carlo (JCGM 101): the first-order result disagreed";
  rp.mcLow = 0.0561;
  rp.mcHigh = 0.0716;
  d.budgets = {ap, rp};
  d.deviations = {
      {"Calibration of the temperature logger HMT-7731 expired on 2025-11-19; its use was "
       "authorised by Chen Jing (calibration override)",
       "2026-03-02 09:14"},
      {"Run interrupted at cycle 17 of P3 (power dip) and resumed from the checkpoint",
       "2026-03-02 14:40"}};
  d.poseClouds = {
      cloud("P1 v100", {1200.0, 0.0, 900.0}, {-0.047, -0.053, -0.043}, 0.036, 0.0634),
      cloud("P2 v100", {1430.0, -230.0, 1130.0}, {0.0075, 0.1349, -0.1176}, 0.027, 0.0465)};
  DistanceSeries ds;
  ds.subject = "P2-P4 v100";
  ds.commandedMm = 650.538;
  for (int j = 0; j < 30; ++j)
    ds.measuredMm.push_back(ds.commandedMm - 0.1074 + 0.02 * std::sin(j * 2.1 + 0.3));
  d.distances = {ds};
  EnduranceTimeline e;
  e.subject = "endurance";
  e.testHours = 500.0;
  e.cycles = 120000;
  e.failures = {{137.5, "axis 3 encoder fault"}, {402.0, "gripper air leak"}};
  e.mtbfHours = 250.0;       // 500 h / 2 failures
  e.mtbfLowerHours = 93.94;  // 2 T / χ²_0.9(6) = 1000 h / 10.645
  e.confidence = 0.9;
  d.endurance = {e};
  d.decisionRules = {"AP_P: binary with guard band w = U, agreed with the customer on 2026-02-20",
                     "RP_l: non-binary (ILAC-G8:09/2019 4.2.3), agreed on 2026-02-20"};
  return d;
}

std::string sha256(const std::string& bytes) {
  return QCryptographicHash::hash(QByteArray::fromStdString(bytes), QCryptographicHash::Sha256)
      .toHex()
      .toStdString();
}

Document approved(Document d) {
  Approval a;
  a.approvedBy = "Chen Jing (cjing)";
  a.approvedAt = "2026-03-05T08:30:12Z";
  a.contentSha256 = sha256(toJson(d, false));
  a.auditHeadHash = "9c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f";
  a.auditHeadId = "4711";
  d.approval = a;
  return d;
}

// ---- Reading the output back ----

struct ToolRun {
  int exitCode = -1;
  std::string out;
};
ToolRun run(const QString& program, const QStringList& args) {
  QProcess p;
  p.start(program, args);
  ToolRun r;
  if (!p.waitForFinished(60000)) return r;
  r.exitCode = p.exitCode();
  r.out = p.readAllStandardOutput().toStdString();
  return r;
}

// Text without any whitespace: pdftotext breaks lines where the layout does (also between
// Chinese characters), so texts are compared with all whitespace removed.
std::string squeeze(const std::string& s) {
  QString q = QString::fromStdString(s);
  q.remove(QRegularExpression(QStringLiteral("\\s")));
  return q.toStdString();
}

class Rendered : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dir_.isValid());
    logo_ = fs::path(dir_.path().toStdString()) / "logo.svg";
    std::ofstream(logo_)
        << R"(<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" viewBox="0 0 120 60">)"
           R"(<rect x="2" y="2" width="56" height="56" rx="8" fill="#1f3a5f"/>)"
           R"(<text x="30" y="40" font-size="26" fill="#fff" text-anchor="middle" font-family="sans-serif">RC</text>)"
           R"(<path d="M66 44 L80 16 L94 44 Z" fill="#1f3a5f"/><circle cx="108" cy="30" r="10" fill="none" stroke="#1f3a5f" stroke-width="4"/></svg>)";
    doc_ = sampleDocument(logo_);
  }

  fs::path path(const std::string& name) const {
    return fs::path(dir_.path().toStdString()) / name;
  }

  // The PDF's pages as text (pdftotext), after writing it to name.
  std::vector<std::string> pdfPages(const Document& d, Language language, const std::string& name,
                                    const fs::path& templateDir = {}) {
    const fs::path file = path(name);
    writePdf(d, {language, templateDir}, file);
    keep(file);
    const ToolRun r = run(QStringLiteral("pdftotext"),
                          {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                           QString::fromStdString(file.string()), QStringLiteral("-")});
    EXPECT_EQ(r.exitCode, 0) << "pdftotext (poppler-utils, scripts/setup) failed";
    std::vector<std::string> pages;
    std::size_t from = 0;
    for (std::size_t ff = r.out.find('\f'); ff != std::string::npos; ff = r.out.find('\f', from)) {
      pages.push_back(r.out.substr(from, ff - from));
      from = ff + 1;
    }
    return pages;
  }

  void keep(const fs::path& file) const {
    if (const char* out = std::getenv("ROBOCERT_REPORT_SAMPLE_OUT"); out && *out)
      fs::copy_file(file, fs::path(out) / file.filename(), fs::copy_options::overwrite_existing);
  }

  QTemporaryDir dir_;
  fs::path logo_;
  Document doc_;
};

// Every ISO/IEC 17025:2017 7.8.2.1 / 7.8.3 item, as the report must print it: (English,
// Chinese) label or statement, and the sample's value where there is one.
struct Item {
  std::string en, zh, value;
};
const std::vector<Item>& items1702578() {
  static const std::vector<Item> items = {
      {"Test report: ISO 9283 pose accuracy and repeatability",  // title
       "检测报告：ISO 9283 位姿准确度和位姿重复性", ""},
      {"Laboratory", "检测实验室", "RoboCert Metrology Centre"},
      {"Laboratory address", "实验室地址", "88 Zhangjiang Road, Pudong, Shanghai 201203, China"},
      {"Place of the test", "检测地点", "Robot test cell 2, RoboCert Metrology Centre, Shanghai"},
      {"Report number", "报告编号", "RC-2026-000012"},
      {"Customer", "委托方", "Huaxin Robotics Co., Ltd."},
      {"Test plan", "检测计划", "iso9283-pose"},
      {"Plan version", "计划版本", "1.2"},
      {"Plan SHA-256", "计划文件 SHA-256",
       "3f5b8c2d9e0a41f7b6c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1"},
      {"Standards and clauses", "检测依据（标准及条款）", "ISO 9283:1998 7.2.1, 7.2.2"},
      {"Item", "样品名称", "6-axis industrial robot"},
      {"Serial number", "出厂编号", "HX20-2025-00731"},
      {"Condition on receipt", "样品状态", "New, no visible damage"},
      {"Date of receipt of the item", "样品接收日期", "2026-02-24"},
      {"Date(s) of the test", "检测日期", "2026-03-02 – 2026-03-03"},
      {"Date of issue", "签发日期", "2026-03-05"},
      {"Ambient temperature", "环境温度", "20.4 °C"},
      {"Relative humidity", "相对湿度", "46 %"},
      {"Calibration certificate", "校准证书编号", "CAL-2025-0815"},
      {"Due on", "有效期至", "2026-06-01"},
      {"Value (mm)", "测量值（mm）", ""},
      {"U (k = 2) (mm)", "U（k = 2）（mm）", ""},
      {"Deviations from the method", "对检测方法的偏离", "Run interrupted at cycle 17 of P3"},
      {"The results relate only to the item tested.", "本报告结果仅对所检测的样品有效。", ""},
      {"Statement of conformity", "符合性声明", ""},
      {"Binary with guard band w = U", "二元判定，保护带 w = U", ""},
      {"Authorisation", "批准", ""},
      {"Authorised by", "批准人", ""},
      {"Annex A: Measurement uncertainty budgets", "附录A 测量不确定度评定", ""},
      {"Figure 1", "图 1", ""},
  };
  return items;
}

// ---- JSON ----

TEST(ReportJson, RoundTripIsExact) {
  const Document d = sampleDocument("/labs/logo.svg");
  for (const Document& doc : {d, approved(d)}) {
    const std::string json = toJson(doc);
    const auto back = fromJson(json);
    ASSERT_TRUE(std::holds_alternative<Document>(back)) << format(std::get<JsonError>(back));
    EXPECT_EQ(toJson(std::get<Document>(back)), json);
  }
}

TEST(ReportJson, IsCanonicalWithEveryValueUnitUncertaintyAndVerdict) {
  Document d;
  d.reportNumber = "RC-1";
  d.results = {row("AP_P", "P1 v100", 0.0826315591921984, "mm", 0.012, 1.0, "at most", "guard-band",
                   "pass")};
  const std::string json = toJson(d);
  // Keys sorted, no spaces, numbers in their shortest round-trip form (1.0 is "1", 2.0 "2").
  EXPECT_THAT(json, HasSubstr(R"("results":[{"characteristic":"AP_P","expanded_uncertainty":0.012,)"
                              R"("k":2,"limit":1,"limit_sense":"at most","rule":"guard-band",)"
                              R"("subject":"P1 v100","unit":"mm","value":0.0826315591921984,)"
                              R"("verdict":"pass"}])"));
  EXPECT_EQ(json.substr(0, 40), R"({"amendment_reason":"","approval":null,")");
  EXPECT_THAT(json, HasSubstr(R"("format":"robocert-report/1")"));
  // Content JSON (the hashed part) leaves the approval out entirely.
  EXPECT_THAT(toJson(d, false), Not(HasSubstr("approval")));
  EXPECT_EQ(toJson(approved(d), false), toJson(d, false));
}

TEST(ReportJson, NumbersAndTextsSurviveTheRoundTrip) {
  Document d;
  d.title = {"Line 1\nTab\t\"quoted\" \\ back", "中文标题 µm ±"};
  d.temperatureC = -0.0;  // written "-0", read back as -0.0
  d.humidityPct = 1e-7;
  d.runId = 9007199254740993;  // 2^53 + 1: not a double, an exact integer
  d.results = {row("x", "s", 0.1 + 0.2, "mm", 1e300)};
  const std::string json = toJson(d);
  EXPECT_THAT(json, HasSubstr(R"("en":"Line 1\nTab\t\"quoted\" \\ back","zh":"中文标题 µm ±")"));
  EXPECT_THAT(json, HasSubstr(R"("humidity_pct":1e-07)"));
  EXPECT_THAT(json, HasSubstr(R"("temperature_c":-0)"));
  EXPECT_THAT(json, HasSubstr(R"("run_id":9007199254740993)"));
  EXPECT_THAT(json, HasSubstr(R"("value":0.30000000000000004)"));
  const auto back = fromJson(json);
  ASSERT_TRUE(std::holds_alternative<Document>(back));
  const Document& b = std::get<Document>(back);
  EXPECT_EQ(b.title.en, d.title.en);
  EXPECT_TRUE(std::signbit(*b.temperatureC));
  EXPECT_EQ(b.runId, 9007199254740993);
  EXPECT_EQ(b.results[0].value, 0.1 + 0.2);
  EXPECT_EQ(toJson(b), json);
}

TEST(ReportJson, ReadsAnyLayoutAndEscapes) {
  // Whitespace, another key order and \u escapes (é, and 😀 as a surrogate pair) read the same.
  Document d;
  d.itemDescription = "é😀";
  std::string json = toJson(d);
  const std::string canonical = json;
  json.replace(json.find("é😀"), std::string("é😀").size(), R"(\u00e9\ud83d\ude00)");
  json.insert(1, "\n  ");
  const auto back = fromJson(json);
  ASSERT_TRUE(std::holds_alternative<Document>(back)) << format(std::get<JsonError>(back));
  EXPECT_EQ(toJson(std::get<Document>(back)), canonical);
}

TEST(ReportJson, RefusesWhatItCannotCarry) {
  Document d;
  d.results = {row("AP_P", "P1", std::numeric_limits<double>::quiet_NaN(), "mm", std::nullopt)};
  try {
    toJson(d);
    ADD_FAILURE() << "NaN written";
  } catch (const std::invalid_argument& e) {
    EXPECT_STREQ(e.what(), "results[0].value: number is not finite");
  }
  try {
    renderPdf(d, {Language::En, {}});
    ADD_FAILURE() << "NaN printed";
  } catch (const RenderError& e) {
    EXPECT_EQ(e.message(), "the report cannot be rendered: results[0].value: number is not finite");
  }
  Document bad;
  bad.customer.name = "\xff";
  EXPECT_THROW(toJson(bad), std::invalid_argument);
}

JsonError errorOf(std::string_view text) {
  const auto r = fromJson(text);
  EXPECT_TRUE(std::holds_alternative<JsonError>(r)) << "accepted: " << text;
  return std::holds_alternative<JsonError>(r) ? std::get<JsonError>(r) : JsonError{};
}

TEST(ReportJson, ErrorsSayWhereAndWhat) {
  // "tru" starts on line 2 at column 8: two spaces, "a" (3 characters), ':' and a space.
  JsonError e = errorOf("{\n  \"a\": tru\n}");
  EXPECT_EQ(e.line, 2u);
  EXPECT_EQ(e.column, 8u);
  EXPECT_EQ(format(e), "2:8: not a JSON value");

  e = errorOf("[1, 2");
  EXPECT_EQ(e.offset, 5u);
  EXPECT_THAT(e.message, HasSubstr("expected ']'"));

  const std::string good = toJson(Document{});
  std::string text = good;
  const std::size_t at = text.find("\"revision\":0") + std::string("\"revision\":").size();
  text.replace(at, 1, "\"0\"");
  e = errorOf(text);
  EXPECT_EQ(e.offset, at);
  EXPECT_EQ(e.column, at + 1);
  EXPECT_EQ(e.message, "revision: expected a whole number, found a string");

  text = good;
  text.insert(1, R"("extra":1,)");
  EXPECT_EQ(errorOf(text).message, "report: unknown member \"extra\"");

  text = good;
  const std::size_t k = text.find(R"("humidity_pct":null,)");
  text.erase(k, std::string(R"("humidity_pct":null,)").size());
  EXPECT_EQ(errorOf(text).message, "conditions: member \"humidity_pct\" is missing");

  text = good;
  text.replace(text.find("robocert-report/1"), 17, "robocert-report/9");
  EXPECT_THAT(errorOf(text).message, HasSubstr("is not a RoboCert report of this version"));

  text = good;
  text.replace(text.find("\"run_id\":0"), 10, "\"run_id\":1.5");
  EXPECT_EQ(errorOf(text).message,
            "conditions.run_id: expected a whole number (no fraction or exponent)");

  EXPECT_THAT(errorOf("\"\xc3\x28\"").message, HasSubstr("not UTF-8"));
  EXPECT_THAT(errorOf(std::string(100, '[')).message, HasSubstr("nested more than 64"));
}

// ---- Plots ----

TEST(ReportPlots, NiceTicks) {
  // [0, 0.83], at most 5 intervals: steps 0.1 need 9, 0.2 needs 5 (0 .. 1.0).
  Ticks t = niceTicks(0.0, 0.83, 5);
  EXPECT_DOUBLE_EQ(t.step, 0.2);
  EXPECT_DOUBLE_EQ(t.first, 0.0);
  EXPECT_DOUBLE_EQ(t.last, 1.0);
  EXPECT_EQ(t.decimals, 1);
  EXPECT_EQ(t.values.size(), 6u);
  // [-37, 112], at most 6: 10 needs 16 (-40 .. 120), 20 needs 8, 50 needs 4 (-50 .. 150).
  t = niceTicks(-37.0, 112.0, 6);
  EXPECT_DOUBLE_EQ(t.step, 50.0);
  EXPECT_DOUBLE_EQ(t.first, -50.0);
  EXPECT_DOUBLE_EQ(t.last, 150.0);
  EXPECT_EQ(t.decimals, 0);
  // A single value 250 widens by its magnitude 100 to [150, 350]: step 50, 4 intervals.
  t = niceTicks(250.0, 250.0, 5);
  EXPECT_DOUBLE_EQ(t.first, 150.0);
  EXPECT_DOUBLE_EQ(t.last, 350.0);
  EXPECT_DOUBLE_EQ(t.step, 50.0);
  // 0.3 is a multiple of 0.1 up to rounding: it stays the last tick, not 0.4.
  t = niceTicks(0.0, 0.1 + 0.2, 3);
  EXPECT_DOUBLE_EQ(t.last, 0.30000000000000004);
  EXPECT_EQ(t.values.size(), 4u);
}

// ---- PDF ----

TEST_F(Rendered, PdfShowsEvery17025ItemInBothLanguages) {
  const auto pages = pdfPages(doc_, Language::Both, "report-both-draft.pdf");
  ASSERT_GE(pages.size(), 3u);
  std::string all;
  for (const auto& p : pages) all += p;
  const std::string text = squeeze(all);
  for (const Item& item : items1702578()) {
    EXPECT_THAT(text, HasSubstr(squeeze(item.en))) << item.en;
    EXPECT_THAT(text, HasSubstr(squeeze(item.zh))) << item.zh;
    if (!item.value.empty()) {
      EXPECT_THAT(text, HasSubstr(squeeze(item.value))) << item.value;
    }
  }
  // Results rounded as GUM 7.2.6 says: U to two significant digits, the value to the same
  // place. AP_P P1: U 0.012 -> 3 decimals, 0.08263 -> 0.083. RP_l P1: U 0.0081 -> 4 decimals,
  // 0.063415 -> 0.0634. MTBF without U: 4 significant digits, 250.0 -> 250.0.
  EXPECT_THAT(text, HasSubstr(squeeze("AP_P P1 v100 0.083 0.012 ≤ 1")));
  EXPECT_THAT(text, HasSubstr(squeeze("RP_l P1 v100 0.0634 0.0081 ≤ 0.05")));
  EXPECT_THAT(text, HasSubstr(squeeze("MTBF endurance 250.0")));
  // Verdicts in words (and colour), each language on its line: fail, conditional pass.
  EXPECT_THAT(text, HasSubstr(squeeze("fail\n不合格")));
  EXPECT_THAT(text, HasSubstr(squeeze("conditional pass\n有条件合格")));
  // 7 results have a limit: AP_P ×2 pass, RP_l fail and conditional pass, AD_P, RD_P and MTBF
  // pass -> 5 pass, 1 conditional pass, 0 conditional fail, 1 fail, 0 undecided.
  EXPECT_THAT(text,
              HasSubstr(squeeze("7 results were compared with a limit: 5 pass, 1 "
                                "conditional pass, 0 conditional fail, 1 fail, 0 undecided.")));
  EXPECT_THAT(text, HasSubstr(squeeze("共 7 项结果与限值比较：合格 5 项，有条件合格 1 项，"
                                      "有条件不合格 0 项，不合格 1 项，无法判定 0 项。")));
  // The budget: u_c 6.219 µm -> "0.00622 mm"; U 12.4 µm -> "0.012 mm"; ν_eff 159.8.
  EXPECT_THAT(text, HasSubstr(squeeze("0.00622 mm")));
  EXPECT_THAT(text, HasSubstr(squeeze("159.8")));
  // Deviations and the overridden instrument.
  EXPECT_THAT(text, HasSubstr(squeeze("calibration override")));
  EXPECT_THAT(text, HasSubstr(squeeze("expired, overridden (see deviations)")));
}

TEST_F(Rendered, PdfPagesCarryNumberPageOfAndDraftMark) {
  const auto pages = pdfPages(doc_, Language::Both, "report-pages.pdf");
  const std::size_t n = pages.size();
  ASSERT_GE(n, 3u);
  for (std::size_t i = 0; i < n; ++i) {
    const std::string page = squeeze(pages[i]);
    const std::string x = std::to_string(i + 1), y = std::to_string(n);
    EXPECT_THAT(page, HasSubstr("RC-2026-000012")) << "page " << x;
    EXPECT_THAT(page, HasSubstr(squeeze("Revision / 修订号 0"))) << "page " << x;
    EXPECT_THAT(page, HasSubstr("RoboCertMetrologyCentre")) << "page " << x;
    EXPECT_THAT(page, HasSubstr("Page" + x + "of" + y)) << "page " << x;
    EXPECT_THAT(page, HasSubstr("第" + x + "页共" + y + "页")) << "page " << x;
    EXPECT_THAT(page, HasSubstr("DRAFT/草稿")) << "watermark on page " << x;
  }
  // The end mark follows the last section (Annex A) on the last page.
  const std::string last = squeeze(pages.back());
  EXPECT_THAT(last, HasSubstr("—Endofreport/报告结束—"));
  EXPECT_EQ(squeeze(pages.front()).find("Endofreport"), std::string::npos);
}

TEST_F(Rendered, ApprovedPdfPrintsTheApprovalAndNoDraftMark) {
  const Document d = approved(doc_);
  const auto pages = pdfPages(d, Language::Both, "report-both-approved.pdf");
  std::string all;
  for (const auto& p : pages) all += p;
  const std::string text = squeeze(all);
  EXPECT_THAT(text, HasSubstr("ChenJing(cjing)"));
  EXPECT_THAT(text, HasSubstr("2026-03-05T08:30:12Z"));
  EXPECT_THAT(text, HasSubstr(d.approval->contentSha256));
  EXPECT_THAT(text, HasSubstr("#4711"));
  EXPECT_THAT(text, HasSubstr(d.approval->auditHeadHash));
  EXPECT_THAT(text, Not(HasSubstr("DRAFT")));
  EXPECT_THAT(text, Not(HasSubstr("草稿")));
  // The XMP metadata names the report and its content hash, for report verify.
  std::ifstream in(path("report-both-approved.pdf"), std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_THAT(bytes, HasSubstr("<robocert:ContentSHA256>" + d.approval->contentSha256 + "<"));
  EXPECT_THAT(bytes, HasSubstr("<robocert:Status>approved<"));
}

TEST_F(Rendered, PdfEmbedsItsFontsWithChinese) {
  const fs::path file = path("fonts.pdf");
  writePdf(doc_, {Language::Zh, {}}, file);
  const ToolRun r = run(QStringLiteral("pdffonts"), {QString::fromStdString(file.string())});
  ASSERT_EQ(r.exitCode, 0) << "pdffonts (poppler-utils, scripts/setup) failed";
  // name type encoding emb sub uni object ID: every font embedded, one of them CJK.
  std::istringstream lines(r.out);
  std::string line;
  int fonts = 0, cjk = 0;
  while (std::getline(lines, line)) {
    if (line.rfind("name", 0) == 0 || line.rfind("----", 0) == 0 || line.empty()) continue;
    ++fonts;
    std::istringstream cols(line);
    std::vector<std::string> c;
    for (std::string w; cols >> w;) c.push_back(w);
    ASSERT_GE(c.size(), 7u) << line;
    EXPECT_EQ(c[c.size() - 5], "yes") << "not embedded: " << line;
    if (line.find("CJK") != std::string::npos) ++cjk;
  }
  EXPECT_GT(fonts, 0);
  EXPECT_GT(cjk, 0) << r.out;
}

TEST_F(Rendered, OneLanguageLeavesTheOtherOut) {
  std::string en, zh;
  for (const auto& p : pdfPages(doc_, Language::En, "report-en.pdf")) en += p;
  for (const auto& p : pdfPages(doc_, Language::Zh, "report-zh.pdf")) zh += p;
  EXPECT_THAT(en, HasSubstr("Statement of conformity"));
  EXPECT_THAT(en, Not(HasSubstr("符合性声明")));
  EXPECT_THAT(squeeze(zh), HasSubstr("符合性声明"));
  EXPECT_THAT(zh, Not(HasSubstr("Statement of conformity")));
  // The document's own Chinese title is used in zh.
  EXPECT_THAT(squeeze(zh), HasSubstr(squeeze("检测报告：ISO 9283 位姿准确度和位姿重复性")));
}

TEST_F(Rendered, LongTablesRepeatTheirHeaderOnEveryPage) {
  // A full ISO 9283 run: 5 poses × 3 speeds × 12 characteristics = 180 rows, and clouds whose
  // command lies far outside (5 mm: an arrow at the edge) or that have no data.
  Document d = doc_;
  d.results.clear();
  for (const char* pose : {"P1", "P2", "P3", "P4", "P5"})
    for (const char* speed : {"v100", "v50", "v10"})
      for (int k = 0; k < 12; ++k)
        d.results.push_back(row(k == 0 ? "AP_P" : "AP_x", std::string(pose) + " " + speed,
                                0.05 + 0.001 * k, "mm", 0.012,
                                k == 0 ? std::optional(1.0) : std::nullopt, k == 0 ? "at most" : "",
                                k == 0 ? "guard-band" : "", k == 0 ? "pass" : ""));
  d.poseClouds[0].commanded.positionMm += Eigen::Vector3d(5.0, 0.0, 0.0);
  d.poseClouds[1].attained.clear();
  const auto pages = pdfPages(d, Language::En, "long.pdf");
  int withHeader = 0, withRows = 0;
  for (const auto& page : pages) {
    const std::string text = squeeze(page);
    const bool rows = text.find("AP_xP") != std::string::npos;
    withRows += rows;
    withHeader += rows && text.find("Characteristic") != std::string::npos &&
                  text.find("Value(mm)") != std::string::npos;
  }
  EXPECT_GE(withRows, 3);  // 180 rows of about 14 pt do not fit on two pages
  EXPECT_EQ(withHeader, withRows);
  EXPECT_THAT(squeeze(pages.back()), HasSubstr("—Endofreport—"));
}

TEST_F(Rendered, AnEmptyDocumentStillRendersEverySection) {
  // Nothing recorded: each section says so instead of disappearing.
  const Document empty;
  std::string text;
  for (const auto& p : pdfPages(empty, Language::En, "empty.pdf")) text += p;
  EXPECT_THAT(text, HasSubstr("Test report"));  // the template's title
  EXPECT_THAT(text, HasSubstr("No result is recorded for this run."));
  EXPECT_THAT(text, HasSubstr("No measuring instrument is recorded for this run."));
  EXPECT_THAT(text, HasSubstr("this report makes no statement of conformity"));
  EXPECT_THAT(text, HasSubstr("This run recorded no data to plot."));
  EXPECT_THAT(text, HasSubstr("No uncertainty budget was evaluated for this run."));
  EXPECT_THAT(text, HasSubstr("not recorded"));  // temperature, humidity
  EXPECT_THAT(renderHtml(empty, {Language::Zh, {}}), HasSubstr("本次运行无检测结果。"));
}

// ---- HTML ----

TEST_F(Rendered, HtmlIsSelfContainedWithSvgPlotsAndTheSameItems) {
  const std::string html = renderHtml(doc_, {Language::Both, {}});
  {
    std::ofstream(path("report.html")) << html;
    keep(path("report.html"));
  }
  // Plots: 2 pose clouds × (XY, XZ) + AP_P + RP_l + 1 histogram + 1 endurance timeline = 8.
  std::size_t svgs = 0;
  for (std::size_t at = html.find("<svg"); at != std::string::npos; at = html.find("<svg", at + 1))
    ++svgs;
  EXPECT_EQ(svgs, 8u);
  EXPECT_THAT(html, HasSubstr("<img src=\"data:image/svg+xml;base64,"));
  EXPECT_THAT(html, Not(HasSubstr("<link")));
  EXPECT_THAT(html, Not(HasSubstr("<script")));
  EXPECT_THAT(html, Not(HasSubstr("src=\"http")));
  EXPECT_THAT(html, Not(HasSubstr("{{")));
  EXPECT_THAT(html, HasSubstr("<div class=\"watermark\" aria-hidden=\"true\">DRAFT / 草稿</div>"));
  EXPECT_THAT(html, HasSubstr("<td class=\"tone-fail\">fail<br>不合格</td>"));
  for (const Item& item : items1702578()) {
    EXPECT_THAT(html, HasSubstr(item.en)) << item.en;
    EXPECT_THAT(html, HasSubstr(item.zh)) << item.zh;
    if (!item.value.empty()) {
      EXPECT_THAT(html, HasSubstr(item.value)) << item.value;
    }
  }
  const std::string approvedHtml = renderHtml(approved(doc_), {Language::En, {}});
  EXPECT_THAT(approvedHtml, Not(HasSubstr("watermark\"")));
  EXPECT_THAT(approvedHtml, HasSubstr(approved(doc_).approval->contentSha256));
}

// ---- Templates ----

class BrokenTemplate : public Rendered {
 protected:
  void SetUp() override {
    Rendered::SetUp();
    templ_ = path("lab-template");
    fs::copy(defaultTemplateDir(), templ_, fs::copy_options::recursive);
  }
  // Replaces `from` by `to` in the template's file and returns the 1-based line it is on.
  int edit(const std::string& file, const std::string& from, const std::string& to) {
    std::ifstream in(templ_ / file);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    text.replace(at, from.size(), to);
    std::ofstream(templ_ / file, std::ios::trunc) << text;
    return 1 +
           static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
  }
  std::vector<std::string> pdfPagesWith(const fs::path& templateDir, const std::string& name) {
    return pdfPages(doc_, Language::En, name, templateDir);
  }
  RenderError failure(Language language = Language::Both) {
    try {
      renderPdf(doc_, {language, templ_});
    } catch (const RenderError& e) {
      return e;
    }
    ADD_FAILURE() << "the broken template was accepted";
    return RenderError("none");
  }
  fs::path templ_;
};

TEST_F(BrokenTemplate, ACopiedTemplateRendersWithItsOwnWording) {
  edit("strings.yaml", "Statement of conformity", "Conformity with the specification");
  edit("template.yaml", "lines: []", "lines: [\"Tel. +86 21 5555 0100\"]");
  std::string text;
  for (const auto& page : pdfPagesWith(templ_, "own.pdf")) text += page;
  EXPECT_THAT(text, HasSubstr("Conformity with the specification"));
  EXPECT_THAT(text, HasSubstr("Tel. +86 21 5555 0100"));
  EXPECT_TRUE(checkTemplate(templ_).empty());
}

TEST_F(BrokenTemplate, UnknownPlaceholderInAString) {
  const int line = edit("strings.yaml", "Page {page} of {pages}", "Page {page} of {total}");
  const RenderError e = failure();
  EXPECT_EQ(e.file(), templ_ / "strings.yaml");
  EXPECT_EQ(e.line(), line);
  EXPECT_THAT(e.what(), HasSubstr("strings.yaml:" + std::to_string(line) + ":"));
  EXPECT_THAT(e.message(),
              HasSubstr("\"header.page\": unknown placeholder {total} (this text takes {page}, "
                        "{pages})"));
}

TEST_F(BrokenTemplate, MissingAndMisspelledKeys) {
  edit("strings.yaml", "section.results:", "section.result:");
  const auto problems = checkTemplate(templ_);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_THAT(problems[0].message(),
              HasSubstr("unknown key \"section.result\" in strings.yaml; did you mean "
                        "\"section.results\"?"));
  EXPECT_EQ(problems[1].line(), 0);
  EXPECT_EQ(problems[1].message(),
            "\"section.results\" is missing (add it with its en and zh texts)");
}

TEST_F(BrokenTemplate, YamlSyntaxError) {
  const int line = edit("strings.yaml", "{en: \"Results\", zh: \"检测结果\"}",
                        "{en: \"Results\", zh: \"检测结果\"");
  const RenderError e = failure();
  EXPECT_EQ(e.file(), templ_ / "strings.yaml");
  EXPECT_GE(e.line(), line);  // yaml-cpp notices the missing '}' where the flow map runs on
  EXPECT_THAT(e.message(), HasSubstr("YAML syntax"));
}

TEST_F(BrokenTemplate, HtmlPlaceholders) {
  const int line = edit("report.html", "{{lab.name}}", "{{lab.nmae}}");
  std::vector<RenderError> problems = checkTemplate(templ_);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].line(), line);
  EXPECT_GT(problems[0].column(), 0);
  EXPECT_EQ(problems[0].message(), "unknown placeholder {{lab.nmae}}; did you mean \"lab.name\"?");

  edit("report.html", "{{lab.nmae}}", "{{lab.name}}");
  edit("report.html", "{{body}}", "");
  problems = checkTemplate(templ_);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].message(), "{{body}} is missing: the report would lack its content");
}

TEST_F(BrokenTemplate, FontsMustBeInstalledAndCoverChinese) {
  int line = edit("template.yaml", "text: Noto Sans CJK SC", "text: Noto Sans CJK XX");
  RenderError e = failure();
  EXPECT_EQ(e.line(), line);
  EXPECT_THAT(e.message(), HasSubstr("font \"Noto Sans CJK XX\" is not installed"));

  line = edit("template.yaml", "text: Noto Sans CJK XX", "text: DejaVu Sans");
  e = failure(Language::Zh);
  EXPECT_EQ(e.line(), line);
  EXPECT_THAT(e.message(), HasSubstr("has no Chinese characters"));
  // An English report may use it.
  EXPECT_NO_THROW(renderPdf(doc_, {Language::En, templ_}));
}

TEST_F(BrokenTemplate, Every17025SectionIsRequired) {
  const int line = edit("template.yaml", "  - deviations\n", "");
  const auto problems = checkTemplate(templ_);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].file(), templ_ / "template.yaml");
  EXPECT_LT(problems[0].line(), line);  // at the list
  EXPECT_THAT(problems[0].message(), HasSubstr("section \"deviations\" is missing"));
}

TEST(ReportTemplates, MissingFolderAndUnreadableLogo) {
  const auto problems = checkTemplate("/nonexistent/template");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_THAT(problems[0].what(),
              HasSubstr("/nonexistent/template: is not a report template folder"));

  Document d = sampleDocument("/nonexistent/logo.png");
  try {
    renderHtml(d, {Language::En, {}});
    ADD_FAILURE() << "a missing logo was ignored";
  } catch (const RenderError& e) {
    EXPECT_EQ(e.file(), fs::path("/nonexistent/logo.png"));
    EXPECT_THAT(e.message(), HasSubstr("the letterhead logo cannot be read"));
  }
}

TEST(ReportTemplates, LanguageNames) {
  EXPECT_EQ(languageFromString("en"), Language::En);
  EXPECT_EQ(languageFromString("zh"), Language::Zh);
  EXPECT_EQ(languageFromString("zh-CN"), Language::Zh);
  EXPECT_EQ(languageFromString("both"), Language::Both);
  EXPECT_EQ(languageFromString("fr"), std::nullopt);
}

}  // namespace
