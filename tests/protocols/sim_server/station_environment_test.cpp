// The station's environment sensor over SCPI on a raw TCP connection, read with RoboCert's SCPI
// codec: identity, the three quantities near the truth, short and long header forms, compound
// queries, the IEEE 488.2 error queue, and an instrument that does not know *IDN?. Plus the
// environment model itself.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <set>

#include "robocert/codec/scpi.hpp"
#include "robocert/sim_server/environment.hpp"
#include "station_test_util.hpp"

namespace robocert::sim_server::testing {
namespace {

namespace scpi = codec::scpi;

double number(const std::optional<std::string>& line) {
  EXPECT_TRUE(line.has_value());
  const auto v = scpi::parseNumber(line.value_or(""));
  EXPECT_TRUE(std::holds_alternative<double>(v)) << line.value_or("(none)");
  return std::holds_alternative<double>(v) ? std::get<double>(v) : std::nan("");
}

scpi::SystemError systemError(const std::optional<std::string>& line) {
  const auto e = scpi::parseSystemError(line.value_or(""));
  EXPECT_TRUE(std::holds_alternative<scpi::SystemError>(e)) << line.value_or("(none)");
  return std::holds_alternative<scpi::SystemError>(e) ? std::get<scpi::SystemError>(e)
                                                      : scpi::SystemError{};
}

// Within 5 sigma of the reading noise, plus the resolution and a little drift while asking.
void expectNear(double reading, double truth, const SlowQuantity& q) {
  EXPECT_NEAR(reading, truth, 5 * q.noiseSigma + q.resolution + 1e-3 * q.amplitude);
}

TEST(StationEnvironment, ReadsTemperatureHumidityAndPressureNearTheTruth) {
  StationRig rig;
  asio::io_context io;
  LineClient c(io, rig.urls().environment);

  c.send("*IDN?\n");
  const auto id = scpi::parseIdentity(c.line(io).value_or(""));
  ASSERT_TRUE(std::holds_alternative<scpi::Identity>(id));
  EXPECT_EQ(std::get<scpi::Identity>(id).manufacturer, "RoboCert");
  EXPECT_EQ(std::get<scpi::Identity>(id).model, "SimEnv-1");
  EXPECT_EQ(std::get<scpi::Identity>(id).serial, "SIM-9283");

  const EnvironmentParams& p = rig.station().truth().environment;
  std::set<double> temperatures;
  for (const char* header : {"MEAS:TEMP?", "measure:temperature?", ":MEASure:TEMPerature?"}) {
    c.send(std::string(header) + "\n");
    const double t = number(c.line(io));
    expectNear(t, rig.station().truth().environmentNow.temperatureC, p.temperatureC);
    temperatures.insert(t);
  }
  c.send("MEAS:HUM?\n");
  expectNear(number(c.line(io)), rig.station().truth().environmentNow.humidityPct, p.humidityPct);
  c.send("MEASure:PRESsure?\n");
  expectNear(number(c.line(io)), rig.station().truth().environmentNow.pressureHpa, p.pressureHpa);
  for (int i = 0; i < 10; ++i) {
    c.send("MEAS:TEMP?\n");
    temperatures.insert(number(c.line(io)));
  }
  EXPECT_GT(temperatures.size(), 3U);  // readings, with noise: not the truth itself

  // Compound: one response line, the units' responses joined by ';'.
  c.send("MEAS:TEMP?;MEAS:PRES?\n");
  const std::string both = c.line(io).value_or("");
  const auto fields = scpi::splitFields(both, ';');
  ASSERT_TRUE(std::holds_alternative<std::vector<std::string_view>>(fields)) << both;
  ASSERT_EQ(std::get<std::vector<std::string_view>>(fields).size(), 2U) << both;
  EXPECT_NEAR(number(std::string(std::get<std::vector<std::string_view>>(fields)[1])),
              p.pressureHpa.base, p.pressureHpa.amplitude + 1.0);
}

TEST(StationEnvironment, KeepsTheErrorQueueOfIeee4882) {
  StationRig rig;
  asio::io_context io;
  LineClient c(io, rig.urls().environment);

  c.send("SYST:ERR?\n");
  EXPECT_EQ(c.line(io), "0,\"No error\"");
  c.send("MEAS:VOLT?\n");  // not this instrument's: no response, an error queued
  c.send("MEAS:TEMP? 5\n");
  c.send("SYSTem:ERRor:NEXT?\n");
  const auto first = systemError(c.line(io));  // the next line: nothing answered MEAS:VOLT?
  EXPECT_EQ(first.code, -113);
  EXPECT_EQ(first.message, "Undefined header");
  c.send("SYST:ERR?\n");
  EXPECT_EQ(systemError(c.line(io)).code, -108);
  c.send("SYST:ERR?\n");
  EXPECT_TRUE(systemError(c.line(io)).isNoError());

  for (int i = 0; i < 20; ++i) c.send("BOGUS\n");
  c.send("SYST:ERR?\n");
  EXPECT_EQ(systemError(c.line(io)).code, -113);
  c.send("*CLS\n*OPC?\n");
  EXPECT_EQ(c.line(io), "1");
  c.send("SYST:ERR?\n");
  EXPECT_TRUE(systemError(c.line(io)).isNoError());
}

TEST(StationEnvironment, CanBeAnInstrumentThatDoesNotKnowIdn) {
  StationOptions options;
  options.environmentAnswersIdn = false;
  StationRig rig(options);
  asio::io_context io;
  LineClient c(io, rig.urls().environment);
  c.send("*IDN?\nSYST:ERR?\n");
  EXPECT_EQ(systemError(c.line(io)).code, -113);  // the first line: *IDN? got no answer
  c.send("MEAS:TEMP?\n");
  EXPECT_NEAR(number(c.line(io)), 20.0, 1.0);
}

TEST(EnvironmentModel, VariesSlowlyAroundItsBaseAndDependsOnTheSeed) {
  const SimulatedEnvironment a(EnvironmentParams{.seed = 1});
  const SimulatedEnvironment b(EnvironmentParams{.seed = 2});
  const SlowQuantity& t = a.params().temperatureC;
  // q(t) = base + A sin(2 pi t / P + phi): half a period later it mirrors about the base.
  for (const double s : {0.0, 123.0, 2000.0}) {
    const double now = a.truth(s).temperatureC - t.base;
    const double later = a.truth(s + t.periodS / 2).temperatureC - t.base;
    EXPECT_NEAR(later, -now, 1e-9);
    EXPECT_LE(std::abs(now), t.amplitude + 1e-12);
  }
  // Slow: at most A 2 pi / P per second (7e-4 °C/s by default).
  EXPECT_LE(std::abs(a.truth(101.0).temperatureC - a.truth(100.0).temperatureC),
            t.amplitude * 2 * std::numbers::pi / t.periodS + 1e-12);
  EXPECT_NE(a.truth(0.0).temperatureC, b.truth(0.0).temperatureC);
  // Readings: rounded to the resolution, repeatable with the seed.
  SimulatedEnvironment r1(EnvironmentParams{.seed = 5});
  SimulatedEnvironment r2(EnvironmentParams{.seed = 5});
  const double x = r1.readTemperatureC(10.0);
  EXPECT_EQ(x, r2.readTemperatureC(10.0));
  EXPECT_NEAR(x / 0.001, std::round(x / 0.001), 1e-6);
}

}  // namespace
}  // namespace robocert::sim_server::testing
