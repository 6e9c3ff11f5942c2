#include <gtest/gtest.h>

#include <cmath>
#include <variant>

#include "robocert/sim/error_model.hpp"

namespace sim = robocert::sim;

namespace {

sim::RobotErrorModel parsed(const std::string& yaml) {
  auto r = sim::parseRobotErrorModel(yaml, "test.yaml");
  if (auto* e = std::get_if<sim::SimConfigError>(&r)) {
    ADD_FAILURE() << e->describe();
    return {};
  }
  return std::get<sim::RobotErrorModel>(r);
}

sim::SimConfigError failure(const std::string& yaml) {
  auto r = sim::parseRobotErrorModel(yaml, "test.yaml");
  if (!std::holds_alternative<sim::SimConfigError>(r)) {
    ADD_FAILURE() << "accepted: " << yaml;
    return {};
  }
  return std::get<sim::SimConfigError>(r);
}

}  // namespace

TEST(RobotErrorModelYaml, ShippedDefaultEqualsDefaultRobotErrorModel) {
  const auto r = sim::loadRobotErrorModel(ROBOCERT_SOURCE_DIR "/test-plans/sim/robot-default.yaml");
  ASSERT_TRUE(std::holds_alternative<sim::RobotErrorModel>(r))
      << std::get<sim::SimConfigError>(r).describe();
  EXPECT_TRUE(std::get<sim::RobotErrorModel>(r) == sim::defaultRobotErrorModel());
}

TEST(RobotErrorModelYaml, EmptyIsThePerfectRobot) {
  EXPECT_TRUE(parsed("") == sim::RobotErrorModel{});
  EXPECT_TRUE(parsed("# nothing but a comment\n") == sim::RobotErrorModel{});
}

TEST(RobotErrorModelYaml, MissingKeysMeanNoSuchError) {
  const sim::RobotErrorModel m = parsed(
      "backlash_deg: [0.004, 0.005, 0.005, 0.008, 0.008, +1e-2]\n"
      "kinematics:\n"
      "  - {}\n  - {a_mm: -0.25}\n  - {}\n  - {}\n  - {}\n  - {theta_deg: 0.01}\n"
      "seed: 18446744073709551615\n");
  EXPECT_EQ(m.backlashDeg[5], 0.01);
  EXPECT_EQ(m.kinematics[1].aMm, -0.25);
  EXPECT_EQ(m.kinematics[5].thetaDeg, 0.01);
  EXPECT_EQ(m.kinematics[0], sim::DhDeviation{});
  EXPECT_EQ(m.seed, 18446744073709551615ULL);
  EXPECT_EQ(m.noiseSigmaDeg[0], 0.0);
  EXPECT_EQ(m.settling.overshootMmAtRated, 0.0);
}

TEST(RobotErrorModelYaml, UnknownKeyIsRefusedWithItsPosition) {
  const auto e = failure("seed: 1\nthermal_drift:\n  time_constant: 7200\n");
  EXPECT_EQ(e.line, 3u);
  EXPECT_EQ(e.column, 3u);
  EXPECT_NE(e.message.find("unknown key 'time_constant'"), std::string::npos) << e.message;
  EXPECT_NE(e.message.find("time_constant_s"), std::string::npos) << "lists the known keys";
  EXPECT_EQ(e.describe().rfind("test.yaml:3:3: ", 0), 0u) << e.describe();
}

TEST(RobotErrorModelYaml, BadValuesAreRefusedWithTheirPosition) {
  struct Case {
    const char* yaml;
    std::size_t line;
    const char* says;
  };
  const Case cases[] = {
      {"backlash_deg: [0.1, 0.1, 0.1]\n", 1, "list of 6"},
      {"noise_sigma_deg: [0.1, 0.1, -0.1, 0.1, 0.1, 0.1]\n", 1, "negative"},
      {"servo_lag_s: [0, 0, 0, 0, 0, zero]\n", 1, "not a finite"},
      {"in_position_delay_s: .inf\n", 1, "not a finite"},
      {"seed: 1\nthermal_drift: {time_constant_s: 0}\n", 2, "greater than 0"},
      {"settling:\n  frequency_hz: -8\n", 2, "greater than 0"},
      {"kinematics: [{}, {}]\n", 1, "6 joint entries"},
      {"seed: -1\n", 1, "whole number"},
      {"version: 2\n", 1, "version 1"},
      {"seed: [1, 2\n", 2, ""},  // a YAML syntax error, where the parser noticed it
      {"- 1\n- 2\n", 1, "mapping"},
  };
  for (const Case& c : cases) {
    const auto e = failure(c.yaml);
    EXPECT_EQ(e.line, c.line) << c.yaml << " -> " << e.describe();
    EXPECT_NE(e.message.find(c.says), std::string::npos) << c.yaml << " -> " << e.describe();
  }
}

TEST(RobotErrorModelYaml, MissingFileSaysSo) {
  const auto r = sim::loadRobotErrorModel("/nonexistent/robot.yaml");
  ASSERT_TRUE(std::holds_alternative<sim::SimConfigError>(r));
  const auto& e = std::get<sim::SimConfigError>(r);
  EXPECT_EQ(e.line, 0u);
  EXPECT_EQ(e.describe(), "/nonexistent/robot.yaml: no such file");
  // A file that never ends is refused without reading it (it hung before).
  const auto zero = sim::loadRobotErrorModel("/dev/zero");
  ASSERT_TRUE(std::holds_alternative<sim::SimConfigError>(zero));
  EXPECT_NE(std::get<sim::SimConfigError>(zero).message.find("not a regular file"),
            std::string::npos);
}

TEST(ErrorModelFormulas, ThermalDriftGrowsToItsMaximum) {
  const sim::ThermalDrift d{{0.030, -0.015, 0.038}, 7200.0};
  EXPECT_EQ(sim::thermalOffsetMm(d, 0.0).norm(), 0.0);
  EXPECT_EQ(sim::thermalOffsetMm(d, -5.0).norm(), 0.0);
  // One time constant: 1 - 1/e = 0.6321205588 of the maximum.
  EXPECT_NEAR(sim::thermalOffsetMm(d, 7200.0).z(), 0.038 * 0.6321205588285577, 1e-15);
  EXPECT_NEAR(sim::thermalOffsetMm(d, 1e9).x(), 0.030, 1e-15);
  // Early on, d = d_max (x - x^2/2 + x^3/6 - x^4/24 ...) with x = t / tau, to full precision
  // (1 - exp(-x) computed naively would lose four digits here).
  const double x = 1.0 / 7200.0;
  EXPECT_NEAR(sim::thermalOffsetMm(d, 1.0).y(),
              -0.015 * (x - x * x / 2 + x * x * x / 6 - x * x * x * x / 24), 1e-20);
}

TEST(ErrorModelFormulas, FirstExcursionIsTheOvershootAndTheBandIsLeftForGood) {
  const sim::Settling s{0.10, 0.15, 8.0};
  // Scan at 10 µs: the largest excursion is A = 0.1 mm * speed fraction.
  for (double f : {1.0, 0.5, 0.1}) {
    double peak = 0.0;
    for (double tau = 0.0; tau < 2.0; tau += 1e-5) {
      peak = std::max(peak, std::abs(sim::settlingExcursionMm(s, f, tau)));
    }
    EXPECT_NEAR(peak, 0.10 * f, 1e-8 * f);
  }
  EXPECT_EQ(sim::settlingExcursionMm(s, 1.0, -0.1), 0.0);
  EXPECT_EQ(sim::settlingExcursionMm(s, 1.0, 0.0), 0.0);  // continuous with the trajectory
  for (double band : {0.05, 0.01, 0.002}) {
    const double ts = sim::settlingTimeS(s, 1.0, band);
    EXPECT_NEAR(std::abs(sim::settlingExcursionMm(s, 1.0, ts)), band, 1e-9);
    double worstAfter = 0.0;
    for (double tau = ts + 1e-6; tau < ts + 2.0; tau += 1e-4) {
      worstAfter = std::max(worstAfter, std::abs(sim::settlingExcursionMm(s, 1.0, tau)));
    }
    EXPECT_LE(worstAfter, band) << band;
  }
  EXPECT_EQ(sim::settlingTimeS(s, 0.1, 0.05), 0.0);  // 0.01 mm never leaves a 0.05 mm band
}
