// Station files: reading, checking, and whether a station fits a plan.

#include "robocert/plan/station.hpp"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

#include "text_file.hpp"
#include "yaml_reader.hpp"

namespace robocert::plan {
namespace {

using detail::field;
using detail::Mapping;
using detail::Node;
using detail::Problems;
using detail::quote;

QString q(std::string_view s) {
  return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

bool isScheme(std::string_view s) {
  if (s.empty() || s.front() < 'a' || s.front() > 'z') return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
  });
}

// The URL schemes each driver speaks.
std::vector<std::string> schemesOf(std::string_view driver) {
  if (driver == "modbus") return {"modbus-tcp", "modbus-rtu"};
  return {"tcp", "serial"};
}

void checkUrl(const Node& n, const std::string& url, const std::string& driver, const QString& what,
              Problems& problems) {
  const auto sep = url.find("://");
  const std::string scheme = sep == std::string::npos ? std::string() : url.substr(0, sep);
  if (sep == std::string::npos || !isScheme(scheme) || sep + 3 >= url.size()) {
    problems.add(n.at,
                 QCoreApplication::translate("robocert::plan",
                                             "%1: %2 is not a device URL (scheme://address, e.g. "
                                             "tcp://192.168.0.10:5000 or serial:///dev/ttyUSB0)")
                     .arg(what, quote(url)));
    return;
  }
  const auto schemes = schemesOf(driver);
  if (std::find(schemes.begin(), schemes.end(), scheme) == schemes.end()) {
    problems.add(
        n.at,
        QCoreApplication::translate("robocert::plan", "%1: the %2 driver speaks %3://, not %4://")
            .arg(what, q(driver),
                 q(schemes[0]) + QStringLiteral(":// ") +
                     QCoreApplication::translate("robocert::plan", "or") + u' ' + q(schemes[1]),
                 q(scheme)));
  }
}

void readDevice(const Node& n, Station& s, Problems& problems) {
  const auto peeked = detail::peek(n, "role");
  QString what =
      peeked ? QCoreApplication::translate("robocert::plan", "device %1").arg(quote(*peeked))
             : QCoreApplication::translate("robocert::plan", "device");
  const auto m =
      Mapping::read(n, what, {"role", "driver", "url", "instrument", "options"}, problems);
  if (!m) return;
  StationDevice d;
  d.at = n.at;
  if (const Node* role = m->require("role", problems)) {
    if (auto name = detail::readName(*role, field(what, "role"), problems)) {
      d.role = *name;
      what = QCoreApplication::translate("robocert::plan", "device %1").arg(quote(*name));
      if (s.device(*name) != nullptr) {
        problems.add(role->at, QCoreApplication::translate("robocert::plan",
                                                           "role %1 has more than one device")
                                   .arg(quote(*name)));
      }
    }
  }
  bool driverKnown = false;
  if (const Node* driver = m->require("driver", problems)) {
    if (auto name = detail::readString(*driver, field(what, "driver"), problems)) {
      d.driver = *name;
      const auto& known = stationDrivers();
      driverKnown = std::find(known.begin(), known.end(), *name) != known.end();
      if (!driverKnown) {
        problems.add(driver->at, QCoreApplication::translate("robocert::plan", "%1: %2")
                                     .arg(what, detail::unknownName(QCoreApplication::translate(
                                                                        "robocert::plan", "driver"),
                                                                    *name, known)));
      }
    }
  }
  if (const Node* url = m->require("url", problems)) {
    if (auto text = detail::readString(*url, field(what, "url"), problems)) {
      d.url = *text;
      d.urlAt = url->at;
      if (driverKnown) checkUrl(*url, d.url, d.driver, field(what, "url"), problems);
    }
  }
  if (const Node* i = m->get("instrument")) {
    if (auto text = detail::readString(*i, field(what, "instrument"), problems)) {
      d.instrument = *text;
    }
  }
  if (const Node* o = m->get("options")) {
    if (!o->yaml.IsMap()) {
      problems.add(o->at, QCoreApplication::translate(
                              "robocert::plan",
                              "%1: expected a mapping of option names to values, e.g. "
                              "{timeout-ms: 2000}")
                              .arg(field(what, "options")));
    } else {
      for (const auto& kv : o->yaml) {
        const Node key{kv.first, detail::locate(kv.first.Mark())};
        const Node value{kv.second, kv.second.IsNull() ? key.at : detail::locate(kv.second.Mark())};
        auto k = detail::readString(key, field(what, "options"), problems);
        auto v = k ? detail::readString(value, field(field(what, "options"), *k), problems)
                   : std::nullopt;
        if (k && v) d.options[*k] = *v;
      }
    }
  }
  if (!d.role.empty() && s.device(d.role) == nullptr) s.devices.push_back(std::move(d));
}

}  // namespace

const StationDevice* Station::device(const std::string& role) const {
  for (const auto& d : devices) {
    if (d.role == role) return &d;
  }
  return nullptr;
}

const std::vector<std::string>& stationDrivers() {
  static const std::vector<std::string> drivers{"rcp", "tracker", "scpi", "modbus"};
  return drivers;
}

bool driverProvides(std::string_view driver, Capability capability) {
  switch (capability) {
    case Capability::Manipulator:
      return driver == "rcp";
    case Capability::PoseSensor:
      return driver == "tracker";
    case Capability::ScalarSensor:
      return driver == "scpi" || driver == "modbus";
    case Capability::Actuator:
      return driver == "modbus";
  }
  return false;
}

std::variant<Station, std::vector<Problem>> parseStation(const std::string& text) {
  Problems problems;
  const std::optional<YAML::Node> document = detail::loadDocument(text, problems);
  if (!document) return std::move(problems).sorted();
  const YAML::Node& root = *document;
  if (!root.IsMap() || !root["station"]) {
    problems.add({1, 1}, QCoreApplication::translate(
                             "robocert::plan",
                             "not a station file: the file must start with the key \"station:\""));
    return std::move(problems).sorted();
  }
  Station s;
  const auto top =
      Mapping::read({root, detail::locate(root.Mark())},
                    QCoreApplication::translate("robocert::plan", "file"), {"station"}, problems);
  const auto m = top ? Mapping::read(*top->get("station"), QStringLiteral("station"),
                                     {"name", "location", "time-scale", "devices"}, problems)
                     : std::nullopt;
  if (m) {
    if (const Node* n = m->require("name", problems)) {
      if (auto v = detail::readString(*n, QStringLiteral("name"), problems)) s.name = *v;
    }
    if (const Node* n = m->get("location")) {
      if (auto v = detail::readString(*n, QStringLiteral("location"), problems)) s.location = *v;
    }
    if (const Node* n = m->get("time-scale")) {
      if (auto v = detail::readNumber(*n, QStringLiteral("time-scale"), problems)) {
        if (*v <= 0.0) {
          problems.add(n->at, QCoreApplication::translate(
                                  "robocert::plan",
                                  "time-scale: must be greater than 0 (1 for real hardware)"));
        }
        s.timeScale = *v;
      }
    }
    if (const Node* n = m->require("devices", problems)) {
      if (auto list = detail::readSequence(*n, QStringLiteral("devices"), problems)) {
        for (const Node& e : *list) readDevice(e, s, problems);
      }
    }
  }
  if (!problems.empty()) return std::move(problems).sorted();
  s.sourceText = text;
  s.sha256Hex = detail::sha256Hex(text);
  return s;
}

std::variant<Station, std::vector<Problem>> loadStation(const std::filesystem::path& file) {
  auto text = detail::readTextFile(file);
  if (auto* why = std::get_if<QString>(&text)) {
    return std::vector<Problem>{{{}, why->toStdString()}};
  }
  return parseStation(std::get<std::string>(text));
}

std::vector<Problem> checkStation(const Plan& plan, const Station& station) {
  Problems problems;
  // A missing role is located where the devices are listed (or the file's start).
  Location devicesAt{1, 1};
  if (!station.devices.empty()) devicesAt = station.devices.front().at;
  for (const auto& role : plan.equipment) {
    const StationDevice* d = station.device(role.role);
    if (d == nullptr) {
      if (!role.optional) {
        problems.add(
            devicesAt,
            QCoreApplication::translate("robocert::plan",
                                        "plan %1 needs a device for the role %2 (%3); the station "
                                        "has none")
                .arg(q(plan.id), quote(role.role), q(toString(role.capability))));
      }
      continue;
    }
    if (!driverProvides(d->driver, role.capability)) {
      problems.add(d->at, QCoreApplication::translate(
                              "robocert::plan",
                              "device %1: plan %2 needs a %3 for this role, which the %4 driver "
                              "does not provide")
                              .arg(quote(role.role), q(plan.id), q(toString(role.capability)),
                                   q(d->driver)));
    }
  }
  return std::move(problems).sorted();
}

}  // namespace robocert::plan
