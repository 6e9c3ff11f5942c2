#include "modbus_cmd.hpp"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <chrono>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "common.hpp"
#include "robocert/drivers/modbus_client.hpp"
#include "robocert/transport/url.hpp"

namespace robocert::cli {
namespace {

class Modbus {
  Q_DECLARE_TR_FUNCTIONS(Modbus)
};

struct ReadOptions {
  std::string url;
  int unit = 1;
  bool holding = false;
  bool input = false;
  bool coils = false;
  int address = 0;
  int count = 1;
  std::string format = "text";
  int timeoutMs = 1000;
};

int runRead(const ReadOptions& o) {
  if (!checkFormat(o.format, {"text", "json"})) return kExitBadInput;
  auto parsed = transport::parseUrl(o.url);
  if (auto* e = std::get_if<transport::UrlError>(&parsed)) {
    fail(Modbus::tr("bad device URL \"%1\" at character %2: %3")
             .arg(QString::fromStdString(o.url))
             .arg(e->position + 1)
             .arg(QString::fromStdString(e->message)));
    return kExitBadInput;
  }
  const auto url = std::get<transport::Url>(parsed);
  if (url.scheme != transport::Scheme::ModbusTcp && url.scheme != transport::Scheme::ModbusRtu) {
    fail(Modbus::tr("\"%1\" is not a Modbus URL: use modbus-tcp://HOST[:PORT] or "
                    "modbus-rtu:///dev/ttyX?baud=19200&parity=even")
             .arg(QString::fromStdString(o.url)));
    return kExitBadInput;
  }
  if (int(o.holding) + int(o.input) + int(o.coils) != 1) {
    fail(Modbus::tr("give exactly one of --holding, --input or --coils"));
    return kExitBadInput;
  }
  const int maxCount = o.coils ? 2000 : 125;
  if (o.count < 1 || o.count > maxCount) {
    fail(Modbus::tr("--count must be from 1 to %1, not %2").arg(maxCount).arg(o.count));
    return kExitBadInput;
  }
  if (o.address < 0 || o.address + o.count > 0x10000) {
    fail(Modbus::tr("address %1 with --count %2 runs past 65535").arg(o.address).arg(o.count));
    return kExitBadInput;
  }
  if (o.unit < 0 || o.unit > 255) {
    fail(Modbus::tr("--unit must be from 0 to 255, not %1").arg(o.unit));
    return kExitBadInput;
  }
  if (o.timeoutMs <= 0) {
    fail(Modbus::tr("--timeout-ms must be greater than 0, not %1").arg(o.timeoutMs));
    return kExitBadInput;
  }

  boost::asio::io_context io;
  drivers::ModbusClient::Options options;
  options.requestTimeout = std::chrono::milliseconds(o.timeoutMs);
  options.link.connectTimeout = std::chrono::milliseconds(o.timeoutMs);
  options.link.reconnect = false;
  drivers::ModbusClient client(io, url, options);
  client.start();

  std::optional<devices::DeviceError> error;
  std::vector<long> values;
  bool finished = false;
  auto registers = [&](devices::Outcome<std::vector<std::uint16_t>> r) {
    finished = true;
    if (auto* e = std::get_if<devices::DeviceError>(&r)) {
      error = *e;
    } else {
      for (auto v : std::get<std::vector<std::uint16_t>>(r)) values.push_back(v);
    }
    client.stop();
  };
  const auto unit = static_cast<std::uint8_t>(o.unit);
  const auto address = static_cast<std::uint16_t>(o.address);
  const auto count = static_cast<std::uint16_t>(o.count);
  if (o.holding) {
    client.readHoldingRegisters(unit, address, count, registers);
  } else if (o.input) {
    client.readInputRegisters(unit, address, count, registers);
  } else {
    client.readCoils(unit, address, count, [&](devices::Outcome<std::vector<bool>> r) {
      finished = true;
      if (auto* e = std::get_if<devices::DeviceError>(&r)) {
        error = *e;
      } else {
        for (bool v : std::get<std::vector<bool>>(r)) values.push_back(v ? 1 : 0);
      }
      client.stop();
    });
  }
  while (!finished && io.run_one() > 0) {
  }
  io.restart();
  io.poll();

  if (!finished || error) {
    const QString why = error ? QString::fromStdString(error->message) : Modbus::tr("no answer");
    if (error && error->kind == devices::DeviceError::Kind::Refused) {
      fail(Modbus::tr("%1 (unit %2) refused the read: %3")
               .arg(QString::fromStdString(transport::toString(url)))
               .arg(o.unit)
               .arg(why));
    } else {
      // The driver's message already names the device URL.
      fail(Modbus::tr("Modbus read from unit %1 failed: %2. Check the URL, the unit id and that "
                      "the device is powered and connected.")
               .arg(o.unit)
               .arg(why));
    }
    return kExitFailure;
  }

  if (o.format == "json") {
    QJsonArray rows;
    for (std::size_t i = 0; i < values.size(); ++i) {
      rows.append(QJsonObject{{"address", o.address + static_cast<int>(i)},
                              {"value", static_cast<qint64>(values[i])}});
    }
    printJson(QJsonObject{
        {"url", QString::fromStdString(transport::toString(url))},
        {"unit", o.unit},
        {"table", o.holding ? "holding"
                  : o.input ? "input"
                            : "coils"},
        {"values", rows},
    });
  } else {
    std::cout << s(Modbus::tr("address")) << '\t' << s(Modbus::tr("value")) << '\n';
    for (std::size_t i = 0; i < values.size(); ++i) {
      std::cout << o.address + static_cast<int>(i) << '\t' << values[i] << '\n';
    }
  }
  return kExitOk;
}

}  // namespace

void addModbusCommands(CLI::App& app, int& exitCode) {
  CLI::App* modbus =
      app.add_subcommand("modbus", s(Modbus::tr("talk to a Modbus device (commissioning)")));
  modbus->require_subcommand(1);
  auto read = std::make_shared<ReadOptions>();
  CLI::App* readCmd = modbus->add_subcommand(
      "read", s(Modbus::tr("read registers or coils and print address/value rows")));
  readCmd
      ->add_option("URL", read->url,
                   s(Modbus::tr("modbus-tcp://HOST[:PORT] or modbus-rtu:///dev/ttyX?baud=...")))
      ->required();
  readCmd->add_option("ADDR", read->address, s(Modbus::tr("first 0-based address")))->required();
  readCmd->add_option("--unit", read->unit, s(Modbus::tr("unit (slave) id, default 1")));
  readCmd->add_flag("--holding", read->holding, s(Modbus::tr("holding registers (FC 3)")));
  readCmd->add_flag("--input", read->input, s(Modbus::tr("input registers (FC 4)")));
  readCmd->add_flag("--coils", read->coils, s(Modbus::tr("coils (FC 1)")));
  readCmd->add_option("--count", read->count, s(Modbus::tr("how many to read, default 1")));
  readCmd->add_option("--format", read->format, s(Modbus::tr("output format: text or json")));
  readCmd->add_option("--timeout-ms", read->timeoutMs,
                      s(Modbus::tr("reply timeout in milliseconds, default 1000")));
  readCmd->callback([read, &exitCode] { exitCode = runRead(*read); });
}

}  // namespace robocert::cli
