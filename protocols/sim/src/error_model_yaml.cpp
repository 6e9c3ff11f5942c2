// Reading RobotErrorModel from YAML (yaml-cpp stays private to this file). Every failure becomes
// a SimConfigError naming the line and column of the offending node.

#include <charconv>
#include <cmath>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <system_error>

#include <yaml-cpp/yaml.h>

#include "robocert/sim/error_model.hpp"
#include "robocert/textio/file.hpp"
#include "robocert/textio/yaml.hpp"

namespace robocert::sim {
namespace {

// Thrown inside the parser only, turned into the returned error at the top.
struct Failure {
  YAML::Mark mark;
  std::string message;
};

[[noreturn]] void fail(const YAML::Node& node, std::string message) {
  throw Failure{node.Mark(), std::move(message)};
}

std::string_view withoutPlus(std::string_view s) {
  return (!s.empty() && s.front() == '+') ? s.substr(1) : s;
}

double number(const YAML::Node& node, const std::string& key) {
  if (!node.IsScalar()) fail(node, key + ": expected a number");
  const std::string_view text = withoutPlus(node.Scalar());
  double value = 0.0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
    fail(node, key + ": '" + node.Scalar() + "' is not a finite decimal number");
  }
  return value;
}

double nonNegative(const YAML::Node& node, const std::string& key) {
  const double v = number(node, key);
  if (v < 0.0) fail(node, key + ": must not be negative");
  return v;
}

double positive(const YAML::Node& node, const std::string& key) {
  const double v = number(node, key);
  if (v <= 0.0) fail(node, key + ": must be greater than 0");
  return v;
}

template <std::size_t N>
std::array<double, N> numbers(const YAML::Node& node, const std::string& key, bool signedValues) {
  if (!node.IsSequence() || node.size() != N) {
    fail(node, key + ": expected a list of " + std::to_string(N) + " numbers");
  }
  std::array<double, N> out{};
  for (std::size_t i = 0; i < N; ++i) {
    out[i] = signedValues ? number(node[i], key) : nonNegative(node[i], key);
  }
  return out;
}

// Calls handlers[key] for every key of a mapping, refusing keys it does not know (a misspelt key
// must not silently mean "no error").
void forEachKey(const YAML::Node& map, const std::string& what,
                const std::map<std::string, std::function<void(const YAML::Node&)>>& handlers) {
  if (!map.IsMap()) fail(map, what + ": expected a mapping of keys to values");
  for (const auto& kv : map) {
    const std::string key = kv.first.as<std::string>();
    const auto it = handlers.find(key);
    if (it == handlers.end()) {
      std::string known;
      for (const auto& h : handlers) known += (known.empty() ? "" : ", ") + h.first;
      fail(kv.first, what + ": unknown key '" + key + "' (known: " + known + ")");
    }
    it->second(kv.second);
  }
}

RobotErrorModel parseDocument(const YAML::Node& root) {
  RobotErrorModel m;
  if (root.IsNull()) return m;  // an empty file is the perfect robot
  forEachKey(
      root, "robot error model",
      {
          {"version",
           [&](const YAML::Node& n) {
             if (number(n, "version") != 1.0) fail(n, "version: only version 1 is known");
           }},
          {"seed",
           [&](const YAML::Node& n) {
             const std::string s = n.IsScalar() ? n.Scalar() : std::string();
             const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), m.seed);
             if (s.empty() || ec != std::errc() || end != s.data() + s.size()) {
               fail(n, "seed: expected a whole number from 0 to 18446744073709551615");
             }
           }},
          {"kinematics",
           [&](const YAML::Node& n) {
             if (!n.IsSequence() || n.size() != 6) {
               fail(n, "kinematics: expected a list of 6 joint entries (J1..J6)");
             }
             for (std::size_t i = 0; i < 6; ++i) {
               DhDeviation& d = m.kinematics[i];
               forEachKey(n[i], "kinematics J" + std::to_string(i + 1),
                          {
                              {"a_mm", [&](const YAML::Node& v) { d.aMm = number(v, "a_mm"); }},
                              {"alpha_deg",
                               [&](const YAML::Node& v) { d.alphaDeg = number(v, "alpha_deg"); }},
                              {"d_mm", [&](const YAML::Node& v) { d.dMm = number(v, "d_mm"); }},
                              {"theta_deg",
                               [&](const YAML::Node& v) { d.thetaDeg = number(v, "theta_deg"); }},
                          });
             }
           }},
          {"backlash_deg",
           [&](const YAML::Node& n) { m.backlashDeg = numbers<6>(n, "backlash_deg", false); }},
          {"noise_sigma_deg",
           [&](const YAML::Node& n) { m.noiseSigmaDeg = numbers<6>(n, "noise_sigma_deg", false); }},
          {"thermal_drift",
           [&](const YAML::Node& n) {
             forEachKey(n, "thermal_drift",
                        {
                            {"max_offset_mm",
                             [&](const YAML::Node& v) {
                               m.thermal.maxOffsetMm = numbers<3>(v, "max_offset_mm", true);
                             }},
                            {"time_constant_s",
                             [&](const YAML::Node& v) {
                               m.thermal.timeConstantS = positive(v, "time_constant_s");
                             }},
                        });
           }},
          {"settling",
           [&](const YAML::Node& n) {
             forEachKey(n, "settling",
                        {
                            {"overshoot_mm_at_rated_speed",
                             [&](const YAML::Node& v) {
                               m.settling.overshootMmAtRated =
                                   nonNegative(v, "overshoot_mm_at_rated_speed");
                             }},
                            {"damping_time_s",
                             [&](const YAML::Node& v) {
                               m.settling.dampingTimeS = positive(v, "damping_time_s");
                             }},
                            {"frequency_hz",
                             [&](const YAML::Node& v) {
                               m.settling.frequencyHz = positive(v, "frequency_hz");
                             }},
                        });
           }},
          {"servo_lag_s",
           [&](const YAML::Node& n) { m.servoLagS = numbers<6>(n, "servo_lag_s", false); }},
          {"in_position_delay_s",
           [&](const YAML::Node& n) {
             m.inPositionDelayS = nonNegative(n, "in_position_delay_s");
           }},
      });
  return m;
}

SimConfigError errorAt(std::string_view source, const YAML::Mark& mark, std::string message) {
  SimConfigError e;
  e.source = std::string(source);
  if (!mark.is_null()) {
    e.line = static_cast<std::size_t>(mark.line) + 1;
    e.column = static_cast<std::size_t>(mark.column) + 1;
  }
  e.message = std::move(message);
  return e;
}

}  // namespace

std::string SimConfigError::describe() const {
  std::string out = source;
  if (line > 0) out += ":" + std::to_string(line) + ":" + std::to_string(column);
  return out + ": " + message;
}

std::variant<RobotErrorModel, SimConfigError> parseRobotErrorModel(std::string_view yamlText,
                                                                   std::string_view sourceName) {
  try {
    auto document = textio::loadYaml(yamlText);
    if (const auto* e = std::get_if<textio::YamlError>(&document)) {
      return SimConfigError{std::string(sourceName), e->line, e->column, textio::describe(*e)};
    }
    return parseDocument(std::get<YAML::Node>(document));
  } catch (const Failure& f) {
    return errorAt(sourceName, f.mark, f.message);
  } catch (const YAML::Exception& e) {
    return errorAt(sourceName, e.mark, e.msg);
  }
}

std::variant<RobotErrorModel, SimConfigError> loadRobotErrorModel(
    const std::filesystem::path& file) {
  auto text = textio::readFile(file, textio::kTextFileLimitBytes);
  if (const auto* e = std::get_if<textio::ReadError>(&text)) {
    return SimConfigError{file.string(), 0, 0, textio::describe(*e)};
  }
  return parseRobotErrorModel(std::get<std::string>(text), file.string());
}

}  // namespace robocert::sim
