#include "probe.hpp"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <algorithm>
#include <charconv>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <variant>
#include <vector>

#include "common.hpp"
#include "robocert/codec/scpi.hpp"
#include "robocert/devices/blocking.hpp"
#include "robocert/drivers/modbus_client.hpp"
#include "robocert/drivers/rcp_manipulator.hpp"
#include "robocert/drivers/register_map.hpp"
#include "robocert/drivers/scpi_instrument.hpp"
#include "robocert/drivers/tracker_driver.hpp"
#include "robocert/transport/url.hpp"
#include "text_table.hpp"

namespace robocert::cli {
namespace {

class Probe {
  Q_DECLARE_TR_FUNCTIONS(Probe)
};

namespace asio = boost::asio;
using Clock = std::chrono::steady_clock;
using devices::DeviceError;
using std::chrono::milliseconds;

struct ProbeOptions {
  std::string url;
  std::string driver;
  std::vector<std::string> queries;
  std::string terminator = "lf";
  std::string map;
  int unit = 1;
  int holding = 0;
  int input = 0;
  int count = 1;
  std::string format = "text";
  int timeoutMs = 3000;
  // The driver-specific options, to tell which were given.
  CLI::Option* queryOption = nullptr;
  CLI::Option* terminatorOption = nullptr;
  CLI::Option* mapOption = nullptr;
  CLI::Option* unitOption = nullptr;
  CLI::Option* holdingOption = nullptr;
  CLI::Option* inputOption = nullptr;
  CLI::Option* countOption = nullptr;
};

bool given(const CLI::Option* o) { return o != nullptr && o->count() > 0; }

QString q(const std::string& text) { return QString::fromStdString(text); }

// Shortest text that reads back as the same double: what the device said, no rounding.
QString number(double value) {
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, value);
  return QString::fromLatin1(buf, static_cast<int>(r.ptr - buf));
}

// An io_context on its own thread, as at a station: the drivers run there, this thread waits
// with devices::waitFor.
class IoThread {
 public:
  IoThread() : thread_([this] { io.run(); }) {}
  ~IoThread() {
    if (!thread_.joinable()) return;
    guard_.reset();
    io.stop();
    thread_.join();
  }
  IoThread(const IoThread&) = delete;
  IoThread& operator=(const IoThread&) = delete;
  // Destroys the driver on the io thread (where every driver may be destroyed), lets the
  // io_context run what that leaves (its shutdown, pending completions), then joins.
  template <typename T, typename Before>
  void finish(std::unique_ptr<T> driver, Before before) {
    asio::post(io, [driver = std::move(driver), before]() mutable {
      before(*driver);
      driver.reset();
    });
    guard_.reset();
    thread_.join();
  }
  asio::io_context io;

 private:
  asio::executor_work_guard<asio::io_context::executor_type> guard_ = asio::make_work_guard(io);
  std::thread thread_;
};

// The first connection outcome a driver reports through its hooks.
class LinkWatch {
 public:
  void up() { set(std::string()); }
  void down(const std::string& reason) { set(reason.empty() ? "connection failed" : reason); }
  // "" once connected, the driver's reason when it could not connect, nullopt when neither
  // happened before the deadline.
  std::optional<std::string> wait(Clock::time_point deadline) {
    std::unique_lock lock(mutex_);
    cv_.wait_until(lock, deadline, [&] { return outcome_.has_value(); });
    return outcome_;
  }

 private:
  void set(std::string value) {
    std::lock_guard lock(mutex_);
    if (!outcome_) outcome_ = std::move(value);
    cv_.notify_all();
  }
  std::mutex mutex_;
  std::condition_variable cv_;
  std::optional<std::string> outcome_;
};

struct Context {
  transport::Url url;
  QString urlText;
  int timeoutMs = 0;
  Clock::time_point deadline;
  // What is left of --timeout-ms for the next step (at least 1 ms, so the step still fails
  // with a timeout of its own).
  milliseconds remaining() const {
    return std::max(std::chrono::duration_cast<milliseconds>(deadline - Clock::now()),
                    milliseconds(1));
  }
};

// What a probe found, for both output formats.
struct Report {
  std::optional<devices::Identity> identity;
  std::vector<std::pair<QString, QString>> lines;  // label, value: the text output after identity
  QJsonObject json;                                // the driver's keys beside url, driver, identity
};
using ProbeResult = std::variant<Report, QString>;  // or the failure message

const QString& checkAdvice() {
  static const QString advice = Probe::tr(
      "Check that the device is switched on and reachable, the address and port (or the serial "
      "device and its settings), and that no other program holds the connection.");
  return advice;
}

QString unreachable(const std::string& reason) {
  //: %1 is why the connection failed (from the driver, in English), %2 what to check.
  return Probe::tr("%1. %2").arg(q(reason), checkAdvice());
}

QString silent(const Context& c, const QString& what) {
  return Probe::tr(
             "no answer from %1 to %2 within %3 ms. Check that --driver names the protocol the "
             "device speaks, the serial settings and line terminator, and that the device is in "
             "remote mode.")
      .arg(c.urlText, what)
      .arg(c.timeoutMs);
}

QString failed(const Context& c, const QString& what, const DeviceError& e) {
  switch (e.kind) {
    case DeviceError::Kind::Timeout:
      return silent(c, what);
    case DeviceError::Kind::Disconnected:
      return unreachable(e.message);
    case DeviceError::Kind::Protocol:
      return Probe::tr(
                 "%1 answered %2 with something this driver cannot read: %3. Check that "
                 "--driver names the protocol the device speaks.")
          .arg(c.urlText, what, q(e.message));
    case DeviceError::Kind::Refused:
    case DeviceError::Kind::Fault:
    case DeviceError::Kind::Stopped:
      break;
  }
  return Probe::tr("%1 answered %2 with an error: %3").arg(c.urlText, what, q(e.message));
}

std::optional<QString> connect(LinkWatch& watch, const Context& c) {
  const auto r = watch.wait(c.deadline);
  if (!r) {
    return Probe::tr("no connection to %1 within %2 ms. %3")
        .arg(c.urlText)
        .arg(c.timeoutMs)
        .arg(checkAdvice());
  }
  if (!r->empty()) return unreachable(*r);
  return std::nullopt;
}

template <typename T, typename Start>
devices::Outcome<T> await(const Context& c, Start&& start) {
  return devices::waitFor<T>(std::forward<Start>(start), c.remaining());
}

transport::Link::Options linkOptions(const Context& c) {
  transport::Link::Options o;
  o.connectTimeout = milliseconds(c.timeoutMs);
  o.reconnect = false;  // one attempt: the answer is whether it works now
  return o;
}

QJsonObject poseJson(const metrology::Pose6& p) {
  return {{"x", p.positionMm.x()}, {"y", p.positionMm.y()}, {"z", p.positionMm.z()},
          {"a", p.anglesDeg.x()},  {"b", p.anglesDeg.y()},  {"c", p.anglesDeg.z()}};
}

void addPoseLines(Report& r, const metrology::Pose6& p) {
  r.lines.emplace_back(
      Probe::tr("position (mm)"),
      number(p.positionMm.x()) + ' ' + number(p.positionMm.y()) + ' ' + number(p.positionMm.z()));
  r.lines.emplace_back(
      Probe::tr("angles (deg)"),
      number(p.anglesDeg.x()) + ' ' + number(p.anglesDeg.y()) + ' ' + number(p.anglesDeg.z()));
}

// ---- rcp: IDN?, POSE?, STATE? ----

// The controller's word for its state (docs/protocols/rcp.md), not translated.
QString stateName(drivers::RcpControllerState::Kind kind) {
  switch (kind) {
    case drivers::RcpControllerState::Kind::Ready:
      return QStringLiteral("READY");
    case drivers::RcpControllerState::Kind::Moving:
      return QStringLiteral("MOVING");
    case drivers::RcpControllerState::Kind::Stopped:
      return QStringLiteral("STOPPED");
    case drivers::RcpControllerState::Kind::Fault:
      break;
  }
  return QStringLiteral("FAULT");
}

ProbeResult probeRcp(const Context& c) {
  IoThread io;
  LinkWatch watch;
  drivers::RcpOptions o;
  o.requestTimeout = milliseconds(c.timeoutMs);
  o.link = linkOptions(c);
  auto owned = std::make_unique<drivers::RcpManipulator>(io.io, c.url, o);
  auto& robot = *owned;
  robot.setHooks({.linkUp = [&watch] { watch.up(); },
                  .linkDown = [&watch](const std::string& r) { watch.down(r); }});
  robot.start();
  const ProbeResult result = [&]() -> ProbeResult {
    if (auto bad = connect(watch, c)) return *bad;
    Report report;
    const auto id = await<devices::Identity>(c, [&](auto done) { robot.identify(done); });
    if (const auto* e = std::get_if<DeviceError>(&id)) return failed(c, "IDN?", *e);
    report.identity = std::get<devices::Identity>(id);
    const auto pose = await<metrology::Pose6>(c, [&](auto done) { robot.readPose(done); });
    if (const auto* e = std::get_if<DeviceError>(&pose)) return failed(c, "POSE?", *e);
    const auto state =
        await<drivers::RcpControllerState>(c, [&](auto done) { robot.readState(done); });
    if (const auto* e = std::get_if<DeviceError>(&state)) return failed(c, "STATE?", *e);
    const auto& p = std::get<metrology::Pose6>(pose);
    const auto& s = std::get<drivers::RcpControllerState>(state);
    const QString kind = stateName(s.kind);
    addPoseLines(report, p);
    report.lines.emplace_back(Probe::tr("state"),
                              s.faultText.empty() ? kind : kind + ' ' + q(s.faultText));
    report.json["pose"] = poseJson(p);
    report.json["state"] = kind;
    if (s.kind == drivers::RcpControllerState::Kind::Fault) report.json["fault"] = q(s.faultText);
    return report;
  }();
  io.finish(std::move(owned), [](drivers::RcpManipulator& r) { r.detach(); });
  return result;
}

// ---- tracker: *IDN?, MEAS? ----

ProbeResult probeTracker(const Context& c) {
  IoThread io;
  LinkWatch watch;
  drivers::TrackerOptions o;
  o.replyTimeout = milliseconds(c.timeoutMs);
  o.measureTimeout = milliseconds(c.timeoutMs);
  o.link = linkOptions(c);
  auto owned = std::make_unique<drivers::TrackerDriver>(io.io, c.url, o);
  auto& tracker = *owned;
  tracker.setConnectionHooks(
      {[&watch] { watch.up(); }, [&watch](const std::string& r) { watch.down(r); }, nullptr});
  tracker.start();
  const ProbeResult result = [&]() -> ProbeResult {
    if (auto bad = connect(watch, c)) return *bad;
    Report report;
    const auto id = await<devices::Identity>(c, [&](auto done) { tracker.identify(done); });
    if (const auto* e = std::get_if<DeviceError>(&id)) return failed(c, "*IDN?", *e);
    report.identity = std::get<devices::Identity>(id);
    const auto sample = await<devices::PoseSample>(c, [&](auto done) { tracker.measure(done); });
    if (const auto* e = std::get_if<DeviceError>(&sample)) return failed(c, "MEAS?", *e);
    const auto& s = std::get<devices::PoseSample>(sample);
    report.lines.emplace_back(Probe::tr("sample"), QString::number(s.seq));
    report.lines.emplace_back(Probe::tr("time (ns)"), QString::number(s.tNs));
    addPoseLines(report, s.pose);
    QJsonObject j = poseJson(s.pose);
    j["seq"] = QString::number(s.seq);  // 64-bit: a JSON number would lose digits
    j["t_ns"] = QString::number(s.tNs);
    report.json["sample"] = j;
    return report;
  }();
  io.finish(std::move(owned), [](drivers::TrackerDriver&) {});
  return result;
}

// ---- scpi: *IDN?, then each --query ----

ProbeResult probeScpi(const Context& c, const ProbeOptions& p) {
  IoThread io;
  LinkWatch watch;
  drivers::ScpiOptions o;
  o.terminator = p.terminator == "crlf" ? "\r\n" : p.terminator == "cr" ? "\r" : "\n";
  o.timeout = milliseconds(c.timeoutMs);
  // An instrument need not answer *IDN?: half the time for it, one attempt, so the queries still
  // get their chance within --timeout-ms.
  o.idnAttempts = 1;
  o.idnTimeout = milliseconds(std::max(1, c.timeoutMs / 2));
  o.lateReplyWindow = std::min(milliseconds(c.timeoutMs / 4), milliseconds(500));
  o.checkErrors = false;  // the probe writes nothing
  o.link = linkOptions(c);
  auto owned = std::make_unique<drivers::ScpiInstrument>(io.io, c.url, o);
  auto& instrument = *owned;
  instrument.setHooks({.linkUp = [&watch] { watch.up(); },
                       .linkDown = [&watch](const std::string& r) { watch.down(r); }});
  instrument.start();
  const ProbeResult result = [&]() -> ProbeResult {
    if (auto bad = connect(watch, c)) return *bad;
    Report report;
    const auto id = await<devices::Identity>(c, [&](auto done) { instrument.identify(done); });
    if (const auto* e = std::get_if<DeviceError>(&id)) return failed(c, "*IDN?", *e);
    const auto how = instrument.lastIdentification();
    const bool answered = how && how->source != codec::scpi::IdnResult::Source::None;
    if (how && how->source == codec::scpi::IdnResult::Source::Reply) {
      report.identity = std::get<devices::Identity>(id);
    } else if (answered) {
      report.lines.emplace_back(Probe::tr("identity"), q(how->reply));
      report.json["idn_reply"] = q(how->reply);
    } else {
      report.lines.emplace_back(Probe::tr("identity"), Probe::tr("no answer to *IDN?"));
    }
    QJsonArray replies;
    for (const std::string& query : p.queries) {
      const auto reply = await<std::string>(c, [&](auto done) { instrument.query(query, done); });
      if (const auto* e = std::get_if<DeviceError>(&reply)) {
        if (answered && e->kind == DeviceError::Kind::Timeout) {
          // It answered *IDN?: the connection works, the query is the suspect.
          return Probe::tr(
                     "no answer from %1 to %2 within %3 ms. An SCPI instrument does not "
                     "answer a query it does not know: check the query in its manual.")
              .arg(c.urlText, q(query))
              .arg(c.timeoutMs);
        }
        return failed(c, answered ? q(query) : Probe::tr("*IDN? or %1").arg(q(query)), *e);
      }
      const auto& text = std::get<std::string>(reply);
      report.lines.emplace_back(q(query), q(text));
      QJsonObject row{{"query", q(query)}, {"reply", q(text)}};
      const auto value = codec::scpi::parseNumber(text);
      if (const auto* v = std::get_if<double>(&value)) row["value"] = *v;
      replies.append(row);
    }
    report.json["replies"] = replies;
    return report;
  }();
  io.finish(std::move(owned), [](drivers::ScpiInstrument& i) { i.detach(); });
  return result;
}

// ---- modbus: every quantity of a register map, or registers ----

ProbeResult probeModbus(const Context& c, const ProbeOptions& p,
                        const std::optional<drivers::RegisterMap>& map) {
  IoThread io;
  drivers::ModbusClient::Options o;
  o.requestTimeout = milliseconds(c.timeoutMs);
  o.link = linkOptions(c);
  auto owned = std::make_unique<drivers::ModbusClient>(io.io, c.url, o);
  auto& client = *owned;
  // The client is used on its io thread only. The sensors outlive it.
  std::vector<std::unique_ptr<drivers::ModbusScalarSensor>> sensors;
  // The client connects once its first request is queued: a request made after a failed
  // connection attempt would wait for a connection until its timeout (the client does not
  // reconnect here), while a queued one fails at once with the reason.
  bool started = false;  // io thread only
  const auto request = [&](std::function<void()> make) {
    asio::post(io.io, [&client, &started, make = std::move(make)] {
      make();
      if (!started) {
        started = true;
        client.start();
      }
    });
  };
  const ProbeResult result = [&]() -> ProbeResult {
    Report report;
    if (map) {
      QJsonArray quantities;
      for (const auto& quantity : map->quantities) {
        auto& sensor =
            *sensors.emplace_back(std::make_unique<drivers::ModbusScalarSensor>(client, quantity));
        const auto reading =
            await<devices::Reading>(c, [&](devices::Completion<devices::Reading> done) {
              request([&sensor, done = std::move(done)] { sensor.read(done); });
            });
        const QString what =
            Probe::tr("the read of %1 (unit %2, %3 address %4)")
                .arg(q(quantity.name))
                .arg(quantity.unitId)
                .arg(quantity.table == drivers::ModbusTable::Input ? QStringLiteral("input")
                                                                   : QStringLiteral("holding"))
                .arg(quantity.address);
        if (const auto* e = std::get_if<DeviceError>(&reading)) return failed(c, what, *e);
        const auto& r = std::get<devices::Reading>(reading);
        report.lines.emplace_back(q(quantity.name), number(r.value) + ' ' + q(r.unit));
        quantities.append(
            QJsonObject{{"name", q(quantity.name)}, {"value", r.value}, {"unit", q(r.unit)}});
      }
      report.json["map"] = q(map->name);
      report.json["quantities"] = quantities;
      return report;
    }
    const bool holding = given(p.holdingOption);
    const int address = holding ? p.holding : p.input;
    const auto values = await<std::vector<std::uint16_t>>(
        c, [&](devices::Completion<std::vector<std::uint16_t>> done) {
          request([&client, &p, holding, address, done = std::move(done)] {
            const auto unit = static_cast<std::uint8_t>(p.unit);
            const auto first = static_cast<std::uint16_t>(address);
            const auto n = static_cast<std::uint16_t>(p.count);
            if (holding) {
              client.readHoldingRegisters(unit, first, n, done);
            } else {
              client.readInputRegisters(unit, first, n, done);
            }
          });
        });
    const QString table = holding ? QStringLiteral("holding") : QStringLiteral("input");
    if (const auto* e = std::get_if<DeviceError>(&values)) {
      return failed(
          c, Probe::tr("the read of %1 register %2 (unit %3)").arg(table).arg(address).arg(p.unit),
          *e);
    }
    QJsonArray rows;
    const auto& v = std::get<std::vector<std::uint16_t>>(values);
    for (std::size_t i = 0; i < v.size(); ++i) {
      const int at = address + static_cast<int>(i);
      report.lines.emplace_back(table + ' ' + QString::number(at), QString::number(v[i]));
      rows.append(QJsonObject{{"address", at}, {"value", v[i]}});
    }
    report.json["unit"] = p.unit;
    report.json["table"] = table;
    report.json["values"] = rows;
    return report;
  }();
  // Stopped first: a client must not be destroyed with a request pending.
  io.finish(std::move(owned), [](drivers::ModbusClient& m) { m.stop(); });
  return result;
}

// ---- The command ----

std::optional<QString> checkDriverOptions(const ProbeOptions& p) {
  const auto onlyFor = [](const char* option, const char* driver) {
    return Probe::tr("%1 is for --driver %2 only")
        .arg(QString::fromLatin1(option), QString::fromLatin1(driver));
  };
  if (p.driver != "scpi") {
    if (given(p.queryOption)) return onlyFor("--query", "scpi");
    if (given(p.terminatorOption)) return onlyFor("--terminator", "scpi");
  }
  if (p.driver != "modbus") {
    for (const auto& [option, name] :
         {std::pair{p.mapOption, "--map"}, std::pair{p.unitOption, "--unit"},
          std::pair{p.holdingOption, "--holding"}, std::pair{p.inputOption, "--input"},
          std::pair{p.countOption, "--count"}}) {
      if (given(option)) return onlyFor(name, "modbus");
    }
    return std::nullopt;
  }
  const int sources =
      int(given(p.mapOption)) + int(given(p.holdingOption)) + int(given(p.inputOption));
  if (sources != 1) {
    return Probe::tr(
        "--driver modbus needs exactly one of --map FILE, --holding ADDR or "
        "--input ADDR");
  }
  if (given(p.mapOption)) {
    if (given(p.unitOption) || given(p.countOption)) {
      return Probe::tr(
          "--unit and --count go with --holding or --input; a register map names "
          "its own unit ids and addresses");
    }
    return std::nullopt;
  }
  const int address = given(p.holdingOption) ? p.holding : p.input;
  if (p.count < 1 || p.count > 125) {
    return Probe::tr("--count must be from 1 to 125, not %1").arg(p.count);
  }
  if (address < 0 || address + p.count > 0x10000) {
    return Probe::tr("address %1 with --count %2 runs past 65535").arg(address).arg(p.count);
  }
  if (p.unit < 0 || p.unit > 255) {
    return Probe::tr("--unit must be from 0 to 255, not %1").arg(p.unit);
  }
  return std::nullopt;
}

void print(const ProbeOptions& p, const Context& c, const Report& r) {
  if (p.format == "json") {
    QJsonObject o = r.json;
    o["url"] = c.urlText;
    o["driver"] = q(p.driver);
    if (r.identity) {
      o["identity"] = QJsonObject{{"maker", q(r.identity->maker)},
                                  {"model", q(r.identity->model)},
                                  {"serial", q(r.identity->serial)},
                                  {"firmware", q(r.identity->firmware)}};
    } else {
      o["identity"] = QJsonValue::Null;
    }
    printJson(o);
    return;
  }
  std::vector<std::pair<QString, QString>> lines{{Probe::tr("URL"), c.urlText},
                                                 {Probe::tr("driver"), q(p.driver)}};
  if (r.identity) {
    lines.emplace_back(Probe::tr("maker"), q(r.identity->maker));
    lines.emplace_back(Probe::tr("model"), q(r.identity->model));
    lines.emplace_back(Probe::tr("serial"), q(r.identity->serial));
    lines.emplace_back(Probe::tr("firmware"), q(r.identity->firmware));
  }
  lines.insert(lines.end(), r.lines.begin(), r.lines.end());
  qsizetype width = 0;
  for (const auto& [label, value] : lines) width = std::max(width, displayWidth(label));
  for (const auto& [label, value] : lines) {
    // Padded by display width, so Chinese labels line up too.
    const QString fill(width + 2 - displayWidth(label), u' ');
    std::cout << s(label + fill) << s(value) << '\n';
  }
}

int runProbe(const ProbeOptions& p) {
  if (!checkFormat(p.format, {"text", "json"})) return kExitBadInput;
  const std::vector<std::string> drivers{"rcp", "tracker", "scpi", "modbus"};
  if (std::find(drivers.begin(), drivers.end(), p.driver) == drivers.end()) {
    fail(Probe::tr("--driver must be rcp, tracker, scpi or modbus, not \"%1\"").arg(q(p.driver)));
    return kExitBadInput;
  }
  if (p.timeoutMs <= 0) {
    fail(Probe::tr("--timeout-ms must be greater than 0, not %1").arg(p.timeoutMs));
    return kExitBadInput;
  }
  auto parsed = transport::parseUrl(p.url);
  if (auto* e = std::get_if<transport::UrlError>(&parsed)) {
    fail(Probe::tr("bad device URL \"%1\" at character %2: %3")
             .arg(q(p.url))
             .arg(e->position + 1)
             .arg(q(e->message)));
    return kExitBadInput;
  }
  const auto url = std::get<transport::Url>(parsed);
  const bool modbusUrl =
      url.scheme == transport::Scheme::ModbusTcp || url.scheme == transport::Scheme::ModbusRtu;
  if (p.driver == "modbus" && !modbusUrl) {
    fail(Probe::tr("--driver modbus needs a modbus-tcp://HOST[:PORT] or "
                   "modbus-rtu:///dev/ttyX?baud=19200&parity=even URL, not \"%1\"")
             .arg(q(p.url)));
    return kExitBadInput;
  }
  if (p.driver != "modbus" && modbusUrl) {
    fail(Probe::tr("--driver %1 needs a tcp://HOST:PORT or serial:///dev/ttyX?baud=... URL, not "
                   "\"%2\"")
             .arg(q(p.driver), q(p.url)));
    return kExitBadInput;
  }
  if (auto bad = checkDriverOptions(p)) {
    fail(*bad);
    return kExitBadInput;
  }
  if (p.terminator != "lf" && p.terminator != "crlf" && p.terminator != "cr") {
    fail(Probe::tr("--terminator must be lf, crlf or cr, not \"%1\"").arg(q(p.terminator)));
    return kExitBadInput;
  }
  for (const std::string& query : p.queries) {
    if (query.find('?') == std::string::npos || query.find_first_of("\r\n") != std::string::npos) {
      fail(Probe::tr("--query \"%1\" is not an SCPI query: queries end in '?', e.g. MEAS:TEMP?")
               .arg(q(query)));
      return kExitBadInput;
    }
  }
  std::optional<drivers::RegisterMap> map;
  if (given(p.mapOption)) {
    auto loaded = drivers::loadRegisterMap(p.map);
    if (auto* e = std::get_if<drivers::RegisterMapError>(&loaded)) {
      fail(q(e->toString()));
      return kExitBadInput;
    }
    map = std::get<drivers::RegisterMap>(std::move(loaded));
  }

  const Context c{url, q(transport::toString(url)), p.timeoutMs,
                  Clock::now() + milliseconds(p.timeoutMs)};
  ProbeResult result;
  if (p.driver == "rcp") {
    result = probeRcp(c);
  } else if (p.driver == "tracker") {
    result = probeTracker(c);
  } else if (p.driver == "scpi") {
    ProbeOptions withDefault = p;
    if (withDefault.queries.empty()) withDefault.queries = {"SYST:ERR?"};
    result = probeScpi(c, withDefault);
  } else {
    result = probeModbus(c, p, map);
  }
  if (const auto* message = std::get_if<QString>(&result)) {
    fail(*message);
    return kExitFailure;
  }
  print(p, c, std::get<Report>(result));
  return kExitOk;
}

}  // namespace

void addProbeCommands(CLI::App& app, int& exitCode) {
  auto o = std::make_shared<ProbeOptions>();
  CLI::App* cmd = app.add_subcommand(
      "probe", s(Probe::tr("connect to a device, identify it, take one reading and print it")));
  cmd->add_option("URL", o->url,
                  s(Probe::tr("tcp://HOST:PORT, serial:///dev/ttyX?baud=..., or for Modbus "
                              "modbus-tcp://HOST[:PORT] or modbus-rtu:///dev/ttyX?baud=...")))
      ->required();
  cmd->add_option("--driver", o->driver,
                  s(Probe::tr("the device's protocol: rcp, tracker, scpi or modbus")))
      ->required();
  o->queryOption =
      cmd->add_option("--query", o->queries,
                      s(Probe::tr("scpi: a query to send after *IDN?, repeatable (default "
                                  "SYST:ERR?)")))
          ->expected(1)
          ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  o->terminatorOption =
      cmd->add_option("--terminator", o->terminator,
                      s(Probe::tr("scpi: line terminator lf, crlf or cr (default lf)")));
  o->mapOption = cmd->add_option(
      "--map", o->map, s(Probe::tr("modbus: a register map file; reads every quantity once")));
  o->unitOption =
      cmd->add_option("--unit", o->unit, s(Probe::tr("modbus: unit (slave) id, default 1")));
  o->holdingOption = cmd->add_option(
      "--holding", o->holding, s(Probe::tr("modbus: read holding registers from this address")));
  o->inputOption = cmd->add_option("--input", o->input,
                                   s(Probe::tr("modbus: read input registers from this address")));
  o->countOption =
      cmd->add_option("--count", o->count, s(Probe::tr("modbus: how many registers, default 1")));
  cmd->add_option("--format", o->format, s(Probe::tr("output format: text or json")));
  cmd->add_option("--timeout-ms", o->timeoutMs,
                  s(Probe::tr("give up after this many milliseconds, default 3000")));
  cmd->callback([o, &exitCode] { exitCode = runProbe(*o); });
}

}  // namespace robocert::cli
