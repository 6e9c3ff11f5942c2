// The station's two JSON lines, read back with Qt's JSON parser (an independent reader): the
// URLs, and the truth, whose numbers must equal the models' exactly.
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <set>

#include "robocert/sim/pose_math.hpp"
#include "station_test_util.hpp"

namespace robocert::sim_server::testing {
namespace {

QJsonObject parse(const std::string& line) {
  EXPECT_EQ(line.find('\n'), std::string::npos) << "one line";
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(line), &error);
  EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString() << "\n"
                                                   << line;
  return doc.object();
}

TEST(StationJson, UrlsInTheirOrder) {
  StationOptions options;
  options.robotSerial = true;
  StationRig rig(options);
  const StationUrls urls = rig.urls();
  const std::string line = urls.json();
  EXPECT_EQ(line.rfind("{\"robot\":\"tcp://127.0.0.1:", 0), 0U) << line;
  const QJsonObject o = parse(line);
  EXPECT_EQ(o.keys().size(), 5);
  EXPECT_EQ(o["robot"].toString().toStdString(), *urls.robot);
  EXPECT_EQ(o["robot_serial"].toString().toStdString(), *urls.robotSerial);
  EXPECT_EQ(o["tracker"].toString().toStdString(), urls.tracker);
  EXPECT_EQ(o["bench"].toString().toStdString().rfind("modbus-tcp://127.0.0.1:", 0), 0U);
  EXPECT_EQ(o["environment"].toString().toStdString(), urls.environment);
  // Every URL is one the transport understands, on its own port.
  std::set<std::uint16_t> ports;
  for (const auto& [key, text] : urls.entries()) {
    const transport::Url u = url(text);
    if (key != "robot_serial") ports.insert(u.port);
  }
  EXPECT_EQ(ports.size(), 4U);
}

TEST(StationJson, TruthCarriesTheModelsExactly) {
  StationOptions options;
  options.timeScale = 5.0;
  options.seed = 77;
  StationRig rig(options);
  const StationTruth truth = rig.station().truth();
  const QJsonObject o = parse(truthJson(truth));

  EXPECT_EQ(o["time_scale"].toDouble(), 5.0);
  const sim::RobotErrorModel& e = truth.robot.truth().errors;
  EXPECT_EQ(e, [] {
    sim::RobotErrorModel m = sim::defaultRobotErrorModel();
    m.seed = 77;  // --seed replaces the model's own
    return m;
  }());
  const QJsonObject robot = o["robot"].toObject();
  EXPECT_EQ(robot["seed"].toInteger(), 77);
  EXPECT_EQ(robot["model"].toString(), "SimBot-6");
  ASSERT_EQ(robot["kinematics"].toArray().size(), 6);
  EXPECT_EQ(robot["kinematics"].toArray()[1].toObject()["a_mm"].toDouble(), e.kinematics[1].aMm);
  ASSERT_EQ(robot["backlash_deg"].toArray().size(), 6);
  for (int j = 0; j < 6; ++j) {
    EXPECT_EQ(robot["backlash_deg"].toArray()[j].toDouble(),
              e.backlashDeg[static_cast<std::size_t>(j)]);
    EXPECT_EQ(robot["servo_lag_s"].toArray()[j].toDouble(),
              e.servoLagS[static_cast<std::size_t>(j)]);
  }
  EXPECT_EQ(robot["thermal_drift"].toObject()["time_constant_s"].toDouble(),
            e.thermal.timeConstantS);
  EXPECT_EQ(robot["settling"].toObject()["frequency_hz"].toDouble(), e.settling.frequencyHz);
  EXPECT_EQ(robot["in_position_delay_s"].toDouble(), e.inPositionDelayS);

  const QJsonObject tracker = o["tracker"].toObject();
  const metrology::Pose6 placement = sim::toPose6(truth.tracker.trackerInBase);
  EXPECT_EQ(tracker["tracker_in_base"].toObject()["x_mm"].toDouble(), placement.positionMm.x());
  EXPECT_EQ(tracker["tracker_in_base"].toObject()["c_deg"].toDouble(), placement.anglesDeg.z());
  EXPECT_NEAR(tracker["tracker_in_base"].toObject()["x_mm"].toDouble(), 3000.0, 1e-9);
  EXPECT_NE(tracker["seed"].toInteger(), 6);  // derived from --seed

  const QJsonObject bench = o["bench"].toObject();
  EXPECT_EQ(bench["backlash_arcmin"].toDouble(), truth.bench.truth().backlashArcmin);
  EXPECT_NEAR(bench["backlash_arcmin"].toDouble(), 0.7, 1e-12);  // docs/simulator.md
  EXPECT_EQ(bench["stiffness_nm_per_arcmin"].toDouble(), 30.0);
  EXPECT_EQ(o["environment"].toObject()["temperature_c"].toObject()["base"].toDouble(), 20.0);
}

}  // namespace
}  // namespace robocert::sim_server::testing
