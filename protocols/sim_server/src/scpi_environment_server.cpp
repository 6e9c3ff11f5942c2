#include "scpi_environment_server.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <vector>

namespace robocert::sim_server {

namespace {

constexpr std::size_t kMaxLineBytes = 1024;
constexpr std::size_t kMaxErrors = 16;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// One mnemonic against its SCPI long form written with the short form in capitals ("MEASure"):
// the short form ("MEAS") or the whole long form ("MEASURE"), any case.
bool matches(std::string_view token, std::string_view longForm) {
  std::string shortForm;
  for (char c : longForm) {
    if (std::isupper(static_cast<unsigned char>(c)) == 0) break;
    shortForm += c;
  }
  const std::string t = upper(token);
  return t == shortForm || t == upper(longForm);
}

// "MEAS:TEMP?" against {"MEASure", "TEMPerature"}; the header without its '?'.
bool matchesPath(std::string_view header, std::initializer_list<std::string_view> path) {
  if (!header.empty() && header.front() == ':') header.remove_prefix(1);
  std::size_t pos = 0;
  for (std::string_view node : path) {
    if (pos > header.size()) return false;
    const std::size_t colon = header.find(':', pos);
    const std::size_t end = colon == std::string_view::npos ? header.size() : colon;
    if (!matches(header.substr(pos, end - pos), node)) return false;
    pos = end + 1;
  }
  return pos == header.size() + 1;
}

std::string fixed(double value, int decimals) {
  std::array<char, 64> buffer{};
  const auto [ptr, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                       std::chars_format::fixed, decimals);
  if (ec != std::errc()) return "9.91E37";  // SCPI's not-a-number
  return std::string(buffer.data(), ptr);
}

// Enough decimals to show the resolution (0.001 -> 3); 6 for unrounded readings.
int decimalsFor(double resolution) {
  if (!(resolution > 0.0)) return 6;
  return std::clamp(static_cast<int>(std::ceil(-std::log10(resolution) - 1e-9)), 0, 9);
}

}  // namespace

class ScpiSession final : public LineSession {
 public:
  ScpiSession(ByteStream stream, Config config, std::shared_ptr<ScpiEnvironmentServer> server)
      : LineSession(std::move(stream), std::move(config)), server_(std::move(server)) {}

 private:
  void onLine(std::string_view line) override {
    const std::string response = server_->execute(line);
    if (!response.empty()) reply(response);
  }
  void onOversizedLine() override { server_->pushError(-363, "Input buffer overrun"); }

  std::shared_ptr<ScpiEnvironmentServer> server_;
};

ScpiEnvironmentServer::ScpiEnvironmentServer(std::shared_ptr<SimModel> model,
                                             std::shared_ptr<FaultControl> faults, bool answersIdn)
    : model_(std::move(model)), faults_(std::move(faults)), answersIdn_(answersIdn) {}

void ScpiEnvironmentServer::serve(ByteStream stream) {
  auto session = std::make_shared<ScpiSession>(
      std::move(stream), LineSession::Config{.maxLineBytes = kMaxLineBytes, .faults = faults_},
      shared_from_this());
  sessions_.add(session);
  session->start();
}

void ScpiEnvironmentServer::dropConnections() { sessions_.closeAll(false); }
void ScpiEnvironmentServer::close() { sessions_.closeAll(true); }

void ScpiEnvironmentServer::pushError(int code, std::string_view message) {
  std::string entry = std::to_string(code) + ",\"" + std::string(message) + "\"";
  if (errors_.size() >= kMaxErrors) {
    errors_.back() = "-350,\"Queue overflow\"";  // IEEE 488.2: the last entry says so
    return;
  }
  errors_.push_back(std::move(entry));
}

std::string ScpiEnvironmentServer::execute(std::string_view line) {
  std::vector<std::string> responses;
  std::size_t pos = 0;
  while (pos <= line.size()) {
    const std::size_t semi = line.find(';', pos);
    const std::size_t end = semi == std::string_view::npos ? line.size() : semi;
    const std::string_view text = trim(line.substr(pos, end - pos));
    if (!text.empty()) {
      bool responded = false;
      std::string r = unit(text, responded);
      if (responded) responses.push_back(std::move(r));
    }
    if (semi == std::string_view::npos) break;
    pos = semi + 1;
  }
  std::string out;
  for (std::size_t i = 0; i < responses.size(); ++i) {
    if (i > 0) out += ';';
    out += responses[i];
  }
  return out;
}

std::string ScpiEnvironmentServer::unit(std::string_view text, bool& responded) {
  const std::size_t blank = text.find_first_of(" \t");
  const std::string_view header = text.substr(0, blank);
  const bool hasParameters = blank != std::string_view::npos && !trim(text.substr(blank)).empty();
  const bool query = !header.empty() && header.back() == '?';
  const std::string_view path = query ? header.substr(0, header.size() - 1) : header;
  const std::string common = upper(path);

  // Every header here takes no parameter.
  auto known = [&]() -> bool {
    if (hasParameters) {
      pushError(-108, "Parameter not allowed");
      return false;
    }
    return true;
  };
  auto reading = [&](double (SimulatedEnvironment::*read)(double), const SlowQuantity& q) {
    std::lock_guard lock(model_->mutex);
    return fixed((model_->environment.*read)(model_->clock.nowS()), decimalsFor(q.resolution));
  };
  const EnvironmentParams& params = model_->environment.params();

  if (query && common == "*IDN" && answersIdn_) {
    if (!known()) return {};
    responded = true;
    return "RoboCert,SimEnv-1,SIM-" + std::to_string(model_->seed) + "," + model_->version;
  }
  if (query && common == "*OPC") {
    if (!known()) return {};
    responded = true;
    return "1";
  }
  if (!query && (common == "*CLS" || common == "*RST" || common == "*OPC")) {
    if (!known()) return {};
    if (common == "*CLS") errors_.clear();
    return {};
  }
  if (query && matchesPath(path, {"MEASure", "TEMPerature"})) {
    if (!known()) return {};
    responded = true;
    return reading(&SimulatedEnvironment::readTemperatureC, params.temperatureC);
  }
  if (query && matchesPath(path, {"MEASure", "HUMidity"})) {
    if (!known()) return {};
    responded = true;
    return reading(&SimulatedEnvironment::readHumidityPct, params.humidityPct);
  }
  if (query && matchesPath(path, {"MEASure", "PRESsure"})) {
    if (!known()) return {};
    responded = true;
    return reading(&SimulatedEnvironment::readPressureHpa, params.pressureHpa);
  }
  if (query &&
      (matchesPath(path, {"SYSTem", "ERRor"}) || matchesPath(path, {"SYSTem", "ERRor", "NEXT"}))) {
    if (!known()) return {};
    responded = true;
    if (errors_.empty()) return "0,\"No error\"";
    std::string e = std::move(errors_.front());
    errors_.pop_front();
    return e;
  }
  pushError(-113, "Undefined header");
  return {};
}

}  // namespace robocert::sim_server
