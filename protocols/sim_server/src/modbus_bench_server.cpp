#include "modbus_bench_server.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <deque>
#include <limits>
#include <stdexcept>
#include <variant>

#include "bench_map_yaml.hpp"
#include "robocert/codec/modbus_tcp.hpp"

namespace robocert::sim_server {

namespace asio = boost::asio;
namespace mb = codec::modbus;
using drivers::MappedQuantity;
using drivers::RegisterType;

namespace {

constexpr std::uint8_t kUnusedUnit = 0xFF;
constexpr std::size_t kMaxQueuedBytes = 1024 * 1024;
constexpr std::size_t kReadChunkBytes = 4096;

mb::ExceptionResponse exception(std::uint8_t function, mb::ExceptionCode code) {
  return {function, code};
}

template <typename T>
std::uint32_t clampedRaw(double raw) {
  const double r = std::round(raw);
  const double lo = static_cast<double>(std::numeric_limits<T>::min());
  const double hi = static_cast<double>(std::numeric_limits<T>::max());
  const T v = static_cast<T>(std::isnan(r) ? 0.0 : std::clamp(r, lo, hi));
  return static_cast<std::uint32_t>(static_cast<std::make_unsigned_t<T>>(v));
}

}  // namespace

std::vector<std::uint16_t> encodeQuantity(const MappedQuantity& q, double value) {
  const double raw = (value - q.offset) / q.scale;
  std::uint32_t bits = 0;
  switch (q.type) {
    case RegisterType::UInt16:
      return {static_cast<std::uint16_t>(clampedRaw<std::uint16_t>(raw))};
    case RegisterType::Int16:
      return {static_cast<std::uint16_t>(clampedRaw<std::int16_t>(raw))};
    case RegisterType::UInt32:
      bits = clampedRaw<std::uint32_t>(raw);
      break;
    case RegisterType::Int32:
      bits = clampedRaw<std::int32_t>(raw);
      break;
    case RegisterType::Float32:
      bits = std::bit_cast<std::uint32_t>(static_cast<float>(raw));
      break;
  }
  const auto high = static_cast<std::uint16_t>(bits >> 16);
  const auto low = static_cast<std::uint16_t>(bits & 0xFFFF);
  if (q.wordOrder == drivers::WordOrder::HighFirst) return {high, low};
  return {low, high};
}

class ModbusSession final : public Closable, public std::enable_shared_from_this<ModbusSession> {
 public:
  ModbusSession(asio::ip::tcp::socket socket, std::shared_ptr<ModbusBenchServer> server)
      : socket_(std::move(socket)), server_(std::move(server)) {}

  void start() {
    boost::system::error_code ignored;
    socket_.set_option(asio::ip::tcp::no_delay(true), ignored);
    read();
  }
  void close() override {
    if (closed_) return;
    closed_ = true;
    boost::system::error_code ignored;
    socket_.close(ignored);
    queue_.clear();
  }
  bool serial() const override { return false; }

 private:
  void read() {
    const auto buffer = framer_.prepare(kReadChunkBytes);
    socket_.async_read_some(
        asio::buffer(buffer.data(), buffer.size()),
        [self = shared_from_this()](boost::system::error_code ec, std::size_t n) {
          if (self->closed_) return;
          if (ec) {
            self->close();
            return;
          }
          self->framer_.commit(n);
          self->frames();
          if (!self->closed_) self->read();
        });
  }

  void frames() {
    while (!closed_) {
      const auto event = framer_.next();
      if (!event) return;
      if (std::holds_alternative<mb::FrameError>(*event)) {
        close();  // no way to find the next frame in a TCP stream
        return;
      }
      const auto& frame = std::get<mb::TcpFrame>(*event);
      const auto response = server_->answer(frame.unit, frame.pdu);
      if (!response) continue;
      auto adu = mb::encodeTcpResponse(frame.transactionId, frame.unit, *response);
      if (auto* bytes = std::get_if<mb::Bytes>(&adu)) write(std::move(*bytes));
    }
  }

  void write(mb::Bytes bytes) {
    queuedBytes_ += bytes.size();
    if (queuedBytes_ > kMaxQueuedBytes) {
      close();  // the client sends and never reads
      return;
    }
    queue_.push_back(std::move(bytes));
    if (queue_.size() == 1) writeNext();
  }

  void writeNext() {
    if (closed_ || queue_.empty()) return;
    asio::async_write(socket_, asio::buffer(queue_.front()),
                      [self = shared_from_this()](boost::system::error_code ec, std::size_t) {
                        if (self->closed_) return;
                        if (ec) {
                          self->close();
                          return;
                        }
                        self->queuedBytes_ -= self->queue_.front().size();
                        self->queue_.pop_front();
                        self->writeNext();
                      });
  }

  asio::ip::tcp::socket socket_;
  std::shared_ptr<ModbusBenchServer> server_;
  mb::TcpFramer framer_;
  std::deque<mb::Bytes> queue_;
  std::size_t queuedBytes_ = 0;
  bool closed_ = false;
};

ModbusBenchServer::ModbusBenchServer(std::shared_ptr<SimModel> model) : model_(std::move(model)) {
  auto parsed = drivers::parseRegisterMap(benchMapYaml(), "reducer-bench.yaml");
  if (auto* e = std::get_if<drivers::RegisterMapError>(&parsed)) {
    throw std::runtime_error("the bench's register map: " + e->toString());
  }
  map_ = std::get<drivers::RegisterMap>(std::move(parsed));
  auto require = [&](const char* name, Table table) {
    const MappedQuantity* q = map_.find(name);
    if (q == nullptr || q->table != table) {
      throw std::runtime_error(
          std::string("the bench's register map (reducer-bench.yaml) has no ") +
          (table == Table::Input ? "input" : "holding") + " quantity \"" + name + "\"");
    }
    return q;
  };
  torque_ = require("torque", Table::Input);
  angle_ = require("angle", Table::Input);
  torqueCommand_ = require("torque-command", Table::Holding);
  for (const auto& q : map_.quantities) {
    if (q.table != Table::Holding) continue;
    const auto words = encodeQuantity(q, 0.0);
    for (std::size_t i = 0; i < words.size(); ++i) {
      holding_[static_cast<std::uint16_t>(q.address + i)] = words[i];
    }
  }
}

void ModbusBenchServer::serve(asio::ip::tcp::socket socket) {
  auto session = std::make_shared<ModbusSession>(std::move(socket), shared_from_this());
  sessions_.add(session);
  session->start();
}

void ModbusBenchServer::dropConnections() { sessions_.closeAll(false); }
void ModbusBenchServer::close() { sessions_.closeAll(true); }

const MappedQuantity* ModbusBenchServer::covering(Table table, std::uint32_t address) const {
  for (const auto& q : map_.quantities) {
    if (q.table == table && address >= q.address &&
        address < q.address + drivers::registerCount(q.type)) {
      return &q;
    }
  }
  return nullptr;
}

std::optional<mb::Response> ModbusBenchServer::answer(std::uint8_t unit,
                                                      std::span<const std::uint8_t> pdu) {
  const std::uint8_t function = pdu.empty() ? 0 : pdu[0];
  // A function code with the exception bit (or 0) cannot be answered with an exception.
  if (function == 0 || function >= 0x80) return std::nullopt;
  const std::uint8_t mapUnit = map_.quantities.empty() ? 1 : map_.quantities.front().unitId;
  if (unit != mapUnit && unit != kUnusedUnit) {
    return exception(function, mb::ExceptionCode::GatewayTargetFailedToRespond);
  }
  auto decoded = mb::decodeRequest(pdu);
  if (const auto* e = std::get_if<mb::PduError>(&decoded)) {
    return exception(function, mb::exceptionFor(*e));
  }
  const auto& request = std::get<mb::Request>(decoded);
  if (const auto* r = std::get_if<mb::ReadHoldingRegistersRequest>(&request)) {
    return read(function, Table::Holding, r->address, r->quantity);
  }
  if (const auto* r = std::get_if<mb::ReadInputRegistersRequest>(&request)) {
    return read(function, Table::Input, r->address, r->quantity);
  }
  if (const auto* w = std::get_if<mb::WriteSingleRegisterRequest>(&request)) {
    return write(function, w->address, {w->value});
  }
  if (const auto* w = std::get_if<mb::WriteMultipleRegistersRequest>(&request)) {
    return write(function, w->address, w->values);
  }
  return exception(function, mb::ExceptionCode::IllegalFunction);  // coils: the bench has none
}

mb::Response ModbusBenchServer::read(std::uint8_t function, Table table, std::uint16_t address,
                                     std::uint16_t quantity) {
  std::vector<const MappedQuantity*> covered;
  for (std::uint32_t a = address; a < std::uint32_t{address} + quantity; ++a) {
    const MappedQuantity* q = covering(table, a);
    if (q == nullptr) return exception(function, mb::ExceptionCode::IllegalDataAddress);
    covered.push_back(q);
  }
  // Each quantity is read once per request, so its words agree.
  std::map<const MappedQuantity*, std::vector<std::uint16_t>> words;
  {
    std::lock_guard lock(model_->mutex);
    for (const MappedQuantity* q : covered) {
      if (words.count(q) != 0) continue;
      if (table == Table::Holding) {
        std::vector<std::uint16_t> w;
        for (std::uint16_t i = 0; i < drivers::registerCount(q->type); ++i) {
          w.push_back(holding_[static_cast<std::uint16_t>(q->address + i)]);
        }
        words[q] = std::move(w);
      } else if (q == torque_) {
        words[q] = encodeQuantity(*q, model_->benchTorqueNm);
      } else if (q == angle_) {
        words[q] = encodeQuantity(*q, model_->bench.readAngleArcmin());
      } else {
        words[q] = encodeQuantity(*q, 0.0);
      }
    }
  }
  std::vector<std::uint16_t> values;
  for (std::uint32_t a = address; a < std::uint32_t{address} + quantity; ++a) {
    const MappedQuantity* q = covered[a - address];
    values.push_back(words[q][a - q->address]);
  }
  if (table == Table::Holding) return mb::ReadHoldingRegistersResponse{std::move(values)};
  return mb::ReadInputRegistersResponse{std::move(values)};
}

mb::Response ModbusBenchServer::write(std::uint8_t function, std::uint16_t address,
                                      const std::vector<std::uint16_t>& values) {
  // Whole quantities only: a half-written 32-bit torque would apply a torque nobody meant.
  std::vector<std::pair<const MappedQuantity*, std::span<const std::uint16_t>>> writes;
  std::size_t i = 0;
  while (i < values.size()) {
    const MappedQuantity* q = covering(Table::Holding, static_cast<std::uint32_t>(address + i));
    const std::size_t count = q == nullptr ? 0 : drivers::registerCount(q->type);
    if (q == nullptr || q->address != address + i || i + count > values.size()) {
      return exception(function, mb::ExceptionCode::IllegalDataAddress);
    }
    writes.emplace_back(q, std::span<const std::uint16_t>(values).subspan(i, count));
    i += count;
  }
  const double maxTorqueNm = 2.0 * model_->bench.params().ratedTorqueNm;
  for (const auto& [q, words] : writes) {
    if (q != torqueCommand_) continue;
    const double torqueNm = drivers::decodeQuantity(*q, words);
    if (!std::isfinite(torqueNm) || std::abs(torqueNm) > maxTorqueNm) {
      return exception(function, mb::ExceptionCode::IllegalDataValue);
    }
  }
  {
    std::lock_guard lock(model_->mutex);
    for (const auto& [q, words] : writes) {
      for (std::size_t k = 0; k < words.size(); ++k) {
        holding_[static_cast<std::uint16_t>(q->address + k)] = words[k];
      }
      if (q == torqueCommand_) {
        model_->benchTorqueNm = drivers::decodeQuantity(*q, words);
        model_->bench.apply(model_->benchTorqueNm);
      }
    }
  }
  if (function == static_cast<std::uint8_t>(mb::FunctionCode::WriteSingleRegister)) {
    return mb::WriteSingleRegisterResponse{address, values.front()};
  }
  return mb::WriteMultipleRegistersResponse{address, static_cast<std::uint16_t>(values.size())};
}

}  // namespace robocert::sim_server
