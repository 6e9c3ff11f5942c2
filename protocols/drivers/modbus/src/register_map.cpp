#include "robocert/drivers/register_map.hpp"

#include <yaml-cpp/yaml.h>

#include <bit>
#include <chrono>
#include <cmath>
#include <string>
#include <unordered_set>

#include "robocert/textio/file.hpp"
#include "robocert/textio/yaml.hpp"

namespace robocert::drivers {

namespace {

struct Located {
  YAML::Mark mark;
  std::string message;
};

[[noreturn]] void raise(const YAML::Node& node, std::string message) {
  throw Located{node.Mark(), std::move(message)};
}

std::string scalar(const YAML::Node& parent, const YAML::Node& node, const char* key) {
  if (!node) raise(parent, std::string("missing key \"") + key + "\"");
  if (!node.IsScalar()) raise(node, std::string("\"") + key + "\" must be a single value");
  return node.Scalar();
}

long long integer(const YAML::Node& node, const char* key, long long min, long long max) {
  try {
    std::size_t used = 0;
    const std::string text = node.Scalar();
    long long v = std::stoll(text, &used, 0);
    if (used != text.size()) throw std::invalid_argument(text);
    if (v < min || v > max) {
      raise(node, std::string("\"") + key + "\" must be from " + std::to_string(min) + " to " +
                      std::to_string(max) + ", not " + text);
    }
    return v;
  } catch (const std::logic_error&) {
    raise(node,
          std::string("\"") + key + "\" must be a whole number, not \"" + node.Scalar() + "\"");
  }
}

double number(const YAML::Node& node, const char* key) {
  double v = 0;
  if (!YAML::convert<double>::decode(node, v) || !std::isfinite(v)) {
    raise(node, std::string("\"") + key + "\" must be a number, not \"" + node.Scalar() + "\"");
  }
  return v;
}

MappedQuantity parseQuantity(const YAML::Node& q, std::uint8_t defaultUnitId) {
  if (!q.IsMap()) raise(q, "each quantity must be a mapping (name, table, address, type, ...)");
  for (const auto& kv : q) {
    static const char* known[] = {"name",  "unit-id", "table",  "address", "type",
                                  "words", "scale",   "offset", "unit"};
    const std::string k = kv.first.Scalar();
    bool ok = false;
    for (const char* n : known) ok = ok || k == n;
    if (!ok) {
      raise(kv.first, "unknown key \"" + k +
                          "\" (known: name, unit-id, table, address, type, words, scale, "
                          "offset, unit)");
    }
  }
  MappedQuantity m;
  m.name = scalar(q, q["name"], "name");
  m.unitId = static_cast<std::uint8_t>(q["unit-id"] ? integer(q["unit-id"], "unit-id", 0, 247)
                                                    : defaultUnitId);
  const std::string table = scalar(q, q["table"], "table");
  if (table == "holding") {
    m.table = ModbusTable::Holding;
  } else if (table == "input") {
    m.table = ModbusTable::Input;
  } else {
    raise(q["table"], "\"table\" must be holding or input, not \"" + table + "\"");
  }
  scalar(q, q["address"], "address");
  m.address = static_cast<std::uint16_t>(integer(q["address"], "address", 0, 0xFFFF));
  const std::string type = scalar(q, q["type"], "type");
  if (type == "uint16") {
    m.type = RegisterType::UInt16;
  } else if (type == "int16") {
    m.type = RegisterType::Int16;
  } else if (type == "uint32") {
    m.type = RegisterType::UInt32;
  } else if (type == "int32") {
    m.type = RegisterType::Int32;
  } else if (type == "float32") {
    m.type = RegisterType::Float32;
  } else {
    raise(q["type"],
          "\"type\" must be uint16, int16, uint32, int32 or float32, not \"" + type + "\"");
  }
  if (m.address + registerCount(m.type) - 1 > 0xFFFF) {
    raise(q["address"], "the value's registers run past address 65535");
  }
  if (q["words"]) {
    const std::string w = scalar(q, q["words"], "words");
    if (w == "high-first") {
      m.wordOrder = WordOrder::HighFirst;
    } else if (w == "low-first") {
      m.wordOrder = WordOrder::LowFirst;
    } else {
      raise(q["words"], "\"words\" must be high-first or low-first, not \"" + w + "\"");
    }
  }
  if (q["scale"]) m.scale = number(q["scale"], "scale");
  if (q["offset"]) m.offset = number(q["offset"], "offset");
  m.unit = scalar(q, q["unit"], "unit");
  return m;
}

}  // namespace

const MappedQuantity* RegisterMap::find(std::string_view n) const {
  for (const auto& q : quantities) {
    if (q.name == n) return &q;
  }
  return nullptr;
}

std::string RegisterMapError::toString() const {
  if (line == 0) return file + ": " + message;
  return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message;
}

std::variant<RegisterMap, RegisterMapError> parseRegisterMap(std::string_view yaml,
                                                             const std::string& file) {
  try {
    auto document = textio::loadYaml(yaml);
    if (const auto* e = std::get_if<textio::YamlError>(&document)) {
      return RegisterMapError{file, static_cast<int>(e->line), static_cast<int>(e->column),
                              textio::describe(*e)};
    }
    const YAML::Node& root = std::get<YAML::Node>(document);
    if (!root.IsMap()) raise(root, "a register map must be a mapping with \"quantities\"");
    RegisterMap map;
    if (root["name"]) map.name = scalar(root, root["name"], "name");
    std::uint8_t defaultUnit = 1;
    if (root["unit-id"]) {
      defaultUnit = static_cast<std::uint8_t>(integer(root["unit-id"], "unit-id", 0, 247));
    }
    const YAML::Node qs = root["quantities"];
    if (!qs) raise(root, "missing key \"quantities\"");
    if (!qs.IsSequence() || qs.size() == 0) {
      raise(qs, "\"quantities\" must be a non-empty list");
    }
    // Names seen so far in a hash set: a linear search per quantity made 40 000 quantities
    // take seconds (quadratic).
    std::unordered_set<std::string> names;
    for (const auto& q : qs) {
      MappedQuantity m = parseQuantity(q, defaultUnit);
      if (!names.insert(m.name).second) {
        raise(q["name"], "quantity \"" + m.name + "\" is defined twice");
      }
      map.quantities.push_back(std::move(m));
    }
    return map;
  } catch (const Located& e) {
    return RegisterMapError{file, e.mark.line + 1, e.mark.column + 1, e.message};
  } catch (const YAML::Exception& e) {
    return RegisterMapError{file, e.mark.line + 1, e.mark.column + 1, e.msg};
  }
}

std::variant<RegisterMap, RegisterMapError> loadRegisterMap(const std::string& path) {
  auto text = textio::readFile(path, textio::kTextFileLimitBytes);
  if (const auto* e = std::get_if<textio::ReadError>(&text)) {
    return RegisterMapError{path, 0, 0, textio::describe(*e)};
  }
  return parseRegisterMap(std::get<std::string>(text), path);
}

std::uint16_t registerCount(RegisterType type) {
  return type == RegisterType::UInt16 || type == RegisterType::Int16 ? 1 : 2;
}

double decodeQuantity(const MappedQuantity& q, std::span<const std::uint16_t> r) {
  double raw = 0;
  std::uint32_t word32 = 0;
  if (registerCount(q.type) == 2) {
    word32 = q.wordOrder == WordOrder::HighFirst ? (std::uint32_t{r[0]} << 16) | r[1]
                                                 : (std::uint32_t{r[1]} << 16) | r[0];
  }
  switch (q.type) {
    case RegisterType::UInt16:
      raw = r[0];
      break;
    case RegisterType::Int16:
      raw = static_cast<std::int16_t>(r[0]);
      break;
    case RegisterType::UInt32:
      raw = word32;
      break;
    case RegisterType::Int32:
      raw = static_cast<std::int32_t>(word32);
      break;
    case RegisterType::Float32:
      raw = std::bit_cast<float>(word32);
      break;
  }
  return raw * q.scale + q.offset;
}

ModbusScalarSensor::ModbusScalarSensor(ModbusClient& client, MappedQuantity quantity)
    : client_(client), quantity_(std::move(quantity)) {}

void ModbusScalarSensor::read(devices::Completion<devices::Reading> done) {
  auto got = [q = quantity_,
              done = std::move(done)](devices::Outcome<std::vector<std::uint16_t>> o) {
    if (auto* e = std::get_if<devices::DeviceError>(&o)) {
      done(*e);
      return;
    }
    const auto& regs = std::get<std::vector<std::uint16_t>>(o);
    const std::int64_t now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                 std::chrono::system_clock::now().time_since_epoch())
                                 .count();
    done(devices::Reading{now, decodeQuantity(q, regs), q.unit});
  };
  const auto n = registerCount(quantity_.type);
  if (quantity_.table == ModbusTable::Input) {
    client_.readInputRegisters(quantity_.unitId, quantity_.address, n, std::move(got));
  } else {
    client_.readHoldingRegisters(quantity_.unitId, quantity_.address, n, std::move(got));
  }
}

void ModbusScalarSensor::identify(devices::Completion<devices::Identity> done) {
  // Plain Modbus has no identification in function codes 1-16: name the mapped source instead.
  done(devices::Identity{"",
                         "Modbus " + quantity_.name + " at unit " +
                             std::to_string(quantity_.unitId) + ", address " +
                             std::to_string(quantity_.address),
                         transport::toString(client_.url()), ""});
}

}  // namespace robocert::drivers
