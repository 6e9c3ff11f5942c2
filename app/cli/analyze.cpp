#include "analyze.hpp"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>

#include "common.hpp"
#include "robocert/formats/pose_csv.hpp"
#include "robocert/metrology/iso9283.hpp"
#include "robocert/metrology/reliability.hpp"
#include "text_table.hpp"

namespace robocert::cli {
namespace {

namespace m = robocert::metrology;

class Analyze {
  Q_DECLARE_TR_FUNCTIONS(Analyze)
};

constexpr int kMmDecimals = 4;   // 0.1 µm: below any tracker's resolution, so nothing is lost
constexpr int kDegDecimals = 4;  // 0.0001° ≈ 0.4 arc seconds
constexpr int kHoursDecimals = 1;

QJsonValue jsonOrNull(const std::optional<double>& v) { return v ? QJsonValue(*v) : QJsonValue(); }

// ---- analyze pose ----------------------------------------------------------------------------

struct PoseOptions {
  std::string file;
  std::string distance;
  std::string format = "text";
};

// The characteristics as "name": value members of object.
void insertValues(QJsonObject& object, const std::vector<m::NamedValue>& values) {
  for (const m::NamedValue& v : values) object.insert(QLatin1String(v.name), v.value);
}

QJsonObject toJson(const m::PoseAnalysis& a) {
  QJsonArray poses;
  for (const auto& p : a.poses) {
    QJsonObject o{{"pose", QString::fromStdString(p.pose)},
                  {"direction", p.direction},
                  {"n", static_cast<qint64>(p.n)}};
    insertValues(o, m::namedValues(p));
    poses.append(o);
  }
  QJsonArray vap;
  for (const auto& v : a.variations) {
    QJsonObject o{{"pose", QString::fromStdString(v.pose)}};
    insertValues(o, m::namedValues(v.variation));
    vap.append(o);
  }
  QJsonObject out{{"poses", poses}, {"vAP", vap}};
  if (a.distance) {
    QJsonObject d{{"from", QString::fromStdString(a.distance->from)},
                  {"to", QString::fromStdString(a.distance->to)},
                  {"n", static_cast<qint64>(a.distance->n)}};
    insertValues(d, m::namedValues(a.distance->characteristics));
    out.insert("distance", d);
  }
  return out;
}

QString mm(double v) { return fixed(v, kMmDecimals); }
QString deg(double v) { return fixed(v, kDegDecimals); }
QString pm(double v) { return QStringLiteral("±") + fixed(v, kDegDecimals); }

QString toText(const QString& file, std::size_t records, const m::PoseAnalysis& a) {
  QString out;
  out += Analyze::tr("ISO 9283:1998 (GB/T 12642-2013) pose characteristics") + u'\n';
  out += Analyze::tr("Measurements: %1 (%n attained pose(s))", nullptr, static_cast<int>(records))
             .arg(file) +
         u'\n';
  out += Analyze::tr(
             "Positions in mm and angles in degrees, in the frame of the file; "
             "repeatability is 3 S (n - 1).") +
         QStringLiteral("\n\n");

  const QString pose = Analyze::tr("Pose");
  const QString dir = Analyze::tr("Dir.");
  out +=
      Analyze::tr("Pose accuracy and repeatability, position (clauses 7.2.1, 7.2.2), mm") + u'\n';
  TextTable pos({pose, dir, QStringLiteral("n"), QStringLiteral("AP_P"), QStringLiteral("AP_x"),
                 QStringLiteral("AP_y"), QStringLiteral("AP_z"), QStringLiteral("RP_l")},
                3);
  for (const auto& p : a.poses) {
    pos.addRow({QString::fromStdString(p.pose), QString::number(p.direction), QString::number(p.n),
                mm(p.accuracy.apPMm), mm(p.accuracy.apMm.x()), mm(p.accuracy.apMm.y()),
                mm(p.accuracy.apMm.z()), mm(p.repeatability.rpLMm)});
  }
  out += pos.render() + u'\n';

  out +=
      Analyze::tr("Pose accuracy and repeatability, orientation (clauses 7.2.1, 7.2.2), degrees") +
      u'\n';
  TextTable ori({pose, dir, QStringLiteral("n"), QStringLiteral("AP_a"), QStringLiteral("AP_b"),
                 QStringLiteral("AP_c"), QStringLiteral("RP_a"), QStringLiteral("RP_b"),
                 QStringLiteral("RP_c")},
                3);
  for (const auto& p : a.poses) {
    ori.addRow({QString::fromStdString(p.pose), QString::number(p.direction), QString::number(p.n),
                deg(p.accuracy.apDeg.x()), deg(p.accuracy.apDeg.y()), deg(p.accuracy.apDeg.z()),
                pm(p.repeatability.rpDeg.x()), pm(p.repeatability.rpDeg.y()),
                pm(p.repeatability.rpDeg.z())});
  }
  out += ori.render();

  if (!a.variations.empty()) {
    out += u'\n' + Analyze::tr("Multi-directional pose accuracy variation (clause 7.2.3)") + u'\n';
    TextTable vap(
        {pose, Analyze::tr("Directions"), QStringLiteral("vAP_P (mm)"), QStringLiteral("vAP_a (°)"),
         QStringLiteral("vAP_b (°)"), QStringLiteral("vAP_c (°)")},
        2);
    for (const auto& v : a.variations) {
      QStringList dirs;
      for (int d : v.directions) dirs << QString::number(d);
      vap.addRow({QString::fromStdString(v.pose), dirs.join(u','), mm(v.variation.vapPMm),
                  deg(v.variation.vapDeg.x()), deg(v.variation.vapDeg.y()),
                  deg(v.variation.vapDeg.z())});
    }
    out += vap.render();
  }

  if (a.distance) {
    const auto& d = a.distance->characteristics;
    out +=
        u'\n' +
        Analyze::tr(
            "Distance accuracy and repeatability (clause 7.3): %1 to %2, direction 1, "
            "n = %3")
            .arg(QString::fromStdString(a.distance->from), QString::fromStdString(a.distance->to))
            .arg(a.distance->n) +
        u'\n';
    TextTable dist({QString(), QStringLiteral("P (mm)"), QStringLiteral("x (mm)"),
                    QStringLiteral("y (mm)"), QStringLiteral("z (mm)"), QStringLiteral("a (°)"),
                    QStringLiteral("b (°)"), QStringLiteral("c (°)")},
                   1);
    dist.addRow({QStringLiteral("AD"), mm(d.adPMm), mm(d.adMm.x()), mm(d.adMm.y()), mm(d.adMm.z()),
                 deg(d.adDeg.x()), deg(d.adDeg.y()), deg(d.adDeg.z())});
    dist.addRow({QStringLiteral("RD"), QStringLiteral("±") + mm(d.rdPMm),
                 QStringLiteral("±") + mm(d.rdMm.x()), QStringLiteral("±") + mm(d.rdMm.y()),
                 QStringLiteral("±") + mm(d.rdMm.z()), pm(d.rdDeg.x()), pm(d.rdDeg.y()),
                 pm(d.rdDeg.z())});
    out += dist.render();
  }
  return out;
}

std::optional<m::DistanceRequest> parseDistance(const std::string& text) {
  const QStringList names = QString::fromStdString(text).split(u',');
  if (names.size() != 2 || names[0].trimmed().isEmpty() || names[1].trimmed().isEmpty()) {
    fail(Analyze::tr("--distance takes two pose names separated by a comma, e.g. P2,P4; got \"%1\"")
             .arg(QString::fromStdString(text)));
    return std::nullopt;
  }
  return m::DistanceRequest{names[0].trimmed().toStdString(), names[1].trimmed().toStdString()};
}

int runPose(const PoseOptions& o) {
  if (!checkFormat(o.format, {"text", "json"})) return kExitBadInput;
  std::optional<m::DistanceRequest> distance;
  if (!o.distance.empty() && !(distance = parseDistance(o.distance))) return kExitBadInput;
  const auto pose = loadPoseFile(o.file, distance);
  if (!pose) return kExitBadInput;
  if (o.format == "json") {
    printJson(toJson(pose->analysis));
  } else {
    std::cout << toText(QString::fromStdString(o.file), pose->records.size(), pose->analysis)
                     .toStdString();
  }
  return kExitOk;
}

// ---- analyze mtbf / zero-failure -------------------------------------------------------------

struct MtbfOptions {
  double hours = 0.0;
  long long failures = -1;
  double confidence = 0.0;
  std::string test = "time";
  std::string format = "text";
};

bool checkConfidence(double c) {
  if (c > 0.0 && c < 1.0) return true;
  fail(Analyze::tr("--confidence must be a fraction between 0 and 1 (e.g. 0.9 for 90 %), not %1")
           .arg(c));
  return false;
}

bool checkPositiveHours(const char* option, double hours) {
  if (std::isfinite(hours) && hours > 0.0) return true;
  fail(Analyze::tr("%1 must be a number of hours greater than 0, not %2")
           .arg(QString::fromLatin1(option))
           .arg(hours));
  return false;
}

bool checkFailures(long long failures) {
  if (failures >= 0 && failures <= 1000000) return true;
  fail(Analyze::tr("--failures must be a whole number from 0 to 1000000, not %1").arg(failures));
  return false;
}

QString hours(double h) { return Analyze::tr("%1 h").arg(fixed(h, kHoursDecimals)); }
QString percent(double c) { return QStringLiteral("%1 %").arg(c * 100.0, 0, 'g', 6); }

int runMtbf(const MtbfOptions& o) {
  if (!checkFormat(o.format, {"text", "json"})) return kExitBadInput;
  if (o.test != "time" && o.test != "failure") {
    fail(Analyze::tr("--test must be time or failure, not \"%1\"")
             .arg(QString::fromStdString(o.test)));
    return kExitBadInput;
  }
  if (!checkPositiveHours("--hours", o.hours) || !checkFailures(o.failures) ||
      !checkConfidence(o.confidence)) {
    return kExitBadInput;
  }
  const auto termination =
      o.test == "time" ? m::TestTermination::Time : m::TestTermination::Failure;
  if (termination == m::TestTermination::Failure && o.failures == 0) {
    fail(
        Analyze::tr("a failure-terminated test ends at a failure, so it needs --failures 1 or "
                    "more; use --test time for a test that ended without failures"));
    return kExitBadInput;
  }
  const auto r = static_cast<unsigned>(o.failures);
  const m::MtbfEstimate e = m::estimateMtbf(o.hours, r, o.confidence, termination);
  if (o.format == "json") {
    printJson(QJsonObject{{"mtbf", jsonOrNull(e.pointHours)},
                          {"lower_one_sided", e.lowerOneSidedHours},
                          {"lower", e.lowerHours},
                          {"upper", jsonOrNull(e.upperHours)}});
    return kExitOk;
  }
  const QString none = Analyze::tr("not defined (no failures)");
  QString out;
  out += (termination == m::TestTermination::Time
              ? Analyze::tr("MTBF estimate, time-terminated test (chi-square method)")
              : Analyze::tr("MTBF estimate, failure-terminated test (chi-square method)")) +
         u'\n';
  out += Analyze::tr("Accumulated test time T: %1; relevant failures r: %2; confidence C: %3")
             .arg(hours(o.hours))
             .arg(r)
             .arg(percent(o.confidence)) +
         u'\n';
  out +=
      Analyze::tr("Point estimate T/r: %1").arg(e.pointHours ? hours(*e.pointHours) : none) + u'\n';
  out += Analyze::tr("One-sided lower bound at %1: %2")
             .arg(percent(o.confidence), hours(e.lowerOneSidedHours)) +
         u'\n';
  out += Analyze::tr("Two-sided interval at %1: %2 to %3")
             .arg(percent(o.confidence), hours(e.lowerHours),
                  e.upperHours ? hours(*e.upperHours) : none) +
         u'\n';
  std::cout << out.toStdString();
  return kExitOk;
}

struct ZeroFailureOptions {
  double mtbf = 0.0;
  double confidence = 0.0;
  long long failures = 0;
  std::string format = "text";
};

int runZeroFailure(const ZeroFailureOptions& o) {
  if (!checkFormat(o.format, {"text", "json"}) || !checkPositiveHours("--mtbf", o.mtbf) ||
      !checkConfidence(o.confidence) || !checkFailures(o.failures)) {
    return kExitBadInput;
  }
  const double t =
      m::demonstrationTestHours(o.mtbf, o.confidence, static_cast<unsigned>(o.failures));
  if (o.format == "json") {
    printJson(QJsonObject{{"test_hours", t}});
  } else {
    std::cout << Analyze::tr(
                     "Test time to demonstrate an MTBF of %1 at %2 confidence with at "
                     "most %n failure(s): %3",
                     nullptr, static_cast<int>(o.failures))
                     .arg(hours(o.mtbf), percent(o.confidence), hours(t))
                     .toStdString()
              << '\n';
  }
  return kExitOk;
}

void addFormat(CLI::App& cmd, std::string& format) {
  cmd.add_option("--format", format, s(Analyze::tr("output format: text or json")))
      ->capture_default_str();
}

}  // namespace

void addAnalyzeCommands(CLI::App& app, int& exitCode) {
  CLI::App* analyze = app.add_subcommand(
      "analyze", s(Analyze::tr("compute characteristics from measurement files")));
  analyze->require_subcommand(1);

  auto pose = std::make_shared<PoseOptions>();
  CLI::App* poseCmd = analyze->add_subcommand(
      "pose", s(Analyze::tr("ISO 9283 pose accuracy, repeatability, vAP and distance "
                            "characteristics from a pose CSV file")));
  poseCmd->add_option("FILE", pose->file, s(Analyze::tr("pose measurement CSV file")))->required();
  poseCmd->add_option("--distance", pose->distance,
                      s(Analyze::tr("also compute AD/RD between two poses, e.g. P2,P4")));
  addFormat(*poseCmd, pose->format);
  poseCmd->callback([pose, &exitCode] { exitCode = runPose(*pose); });

  auto mtbf = std::make_shared<MtbfOptions>();
  CLI::App* mtbfCmd = analyze->add_subcommand(
      "mtbf", s(Analyze::tr("MTBF point estimate and chi-square confidence bounds")));
  mtbfCmd->add_option("--hours", mtbf->hours, s(Analyze::tr("accumulated test time T in hours")))
      ->required();
  mtbfCmd->add_option("--failures", mtbf->failures, s(Analyze::tr("number of relevant failures r")))
      ->required();
  mtbfCmd
      ->add_option("--confidence", mtbf->confidence,
                   s(Analyze::tr("confidence level C as a fraction, e.g. 0.9")))
      ->required();
  mtbfCmd
      ->add_option("--test", mtbf->test,
                   s(Analyze::tr("how the test ended: time (time-terminated) or failure "
                                 "(failure-terminated)")))
      ->capture_default_str();
  addFormat(*mtbfCmd, mtbf->format);
  mtbfCmd->callback([mtbf, &exitCode] { exitCode = runMtbf(*mtbf); });

  auto zero = std::make_shared<ZeroFailureOptions>();
  CLI::App* zeroCmd = analyze->add_subcommand(
      "zero-failure",
      s(Analyze::tr("test time needed to demonstrate an MTBF with at most c failures")));
  zeroCmd->add_option("--mtbf", zero->mtbf, s(Analyze::tr("MTBF to demonstrate, in hours")))
      ->required();
  zeroCmd
      ->add_option("--confidence", zero->confidence,
                   s(Analyze::tr("confidence level C as a fraction, e.g. 0.9")))
      ->required();
  zeroCmd
      ->add_option("--failures", zero->failures,
                   s(Analyze::tr("failures allowed during the test (default 0)")))
      ->capture_default_str();
  addFormat(*zeroCmd, zero->format);
  zeroCmd->callback([zero, &exitCode] { exitCode = runZeroFailure(*zero); });
}

}  // namespace robocert::cli
