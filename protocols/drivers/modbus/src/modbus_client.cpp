#include "robocert/drivers/modbus_client.hpp"

#include <stdexcept>
#include <string>
#include <utility>

#include "robocert/codec/modbus_rtu.hpp"
#include "robocert/codec/modbus_tcp.hpp"

namespace robocert::drivers {

namespace mb = codec::modbus;
using devices::DeviceError;

struct ModbusClient::Impl {
  struct Pending {
    std::uint64_t id = 0;
    std::uint8_t unit = 0;
    mb::Request request;
    devices::Completion<mb::Response> done;
    std::unique_ptr<boost::asio::steady_timer> timer;
    std::uint16_t transactionId = 0;
  };
  bool rtu = false;
  bool started = false;  // start() was called: a Disconnected link then means it gave up
  mb::RtuFramer rtuFramer{mb::Direction::Responses};
  mb::TcpFramer tcpFramer;
  std::deque<Pending> queue;  // waiting, in order
  std::optional<Pending> active;
  std::uint64_t nextId = 1;
  std::uint16_t nextTransaction = 1;
};

namespace {

DeviceError error(DeviceError::Kind kind, std::string message) {
  return DeviceError{kind, std::move(message)};
}

}  // namespace

ModbusClient::ModbusClient(boost::asio::io_context& io, transport::Url url, Options options,
                           transport::FrameLog* log)
    : io_(io),
      options_(options),
      link_(io, url, options.link, log),
      impl_(std::make_unique<Impl>()),
      alive_(std::make_shared<int>(0)) {
  if (url.scheme != transport::Scheme::ModbusTcp && url.scheme != transport::Scheme::ModbusRtu) {
    throw std::invalid_argument("ModbusClient needs a modbus-tcp:// or modbus-rtu:// URL, not " +
                                transport::toString(url));
  }
  impl_->rtu = url.scheme == transport::Scheme::ModbusRtu;
  link_.onData([this](std::span<const std::uint8_t> bytes) { received(bytes); });
  link_.onState([this](transport::Link::State s, std::error_code ec) { linkState(s, ec); });
}

ModbusClient::~ModbusClient() {
  alive_.reset();
  link_.onData({});
  link_.onState({});
}

void ModbusClient::start() {
  impl_->started = true;
  link_.start();
}

void ModbusClient::stop() {
  link_.stop();
  failAll(error(DeviceError::Kind::Disconnected, "the Modbus client was stopped"));
}

void ModbusClient::transact(std::uint8_t unit, mb::Request request,
                            devices::Completion<mb::Response> done) {
  if (auto invalid = mb::validate(request)) {
    DeviceError e = error(DeviceError::Kind::Protocol,
                          "invalid Modbus request: " + std::string(mb::describe(invalid->kind)));
    boost::asio::post(io_, [done = std::move(done), e] { done(e); });
    return;
  }
  Impl::Pending p;
  p.id = impl_->nextId++;
  p.unit = unit;
  p.request = std::move(request);
  p.done = std::move(done);
  p.timer = std::make_unique<boost::asio::steady_timer>(io_);
  p.timer->expires_after(options_.requestTimeout);
  p.timer->async_wait([this, weak = std::weak_ptr<int>(alive_), id = p.id,
                       ms = options_.requestTimeout.count()](boost::system::error_code ec) {
    if (ec || weak.expired()) return;
    if (impl_->active && impl_->active->id == id && impl_->rtu) {
      // A late reply must not be taken for the next request's: drop what is buffered.
      impl_->rtuFramer.reset();
    }
    finish(id, error(DeviceError::Kind::Timeout, "no Modbus answer from " +
                                                     transport::toString(link_.url()) + " within " +
                                                     std::to_string(ms) + " ms"));
  });
  impl_->queue.push_back(std::move(p));
  // Like the other drivers, a request without a connection fails at once: after a failed
  // attempt with reconnection off the link stays Disconnected, and waiting for the request's
  // timeout would only delay the same answer. (While reconnecting, requests wait for it.)
  if (impl_->started && link_.state() == transport::Link::State::Disconnected) {
    // Completed from the io_context, never inside the caller's call.
    boost::asio::post(io_, [this, weak = std::weak_ptr<int>(alive_)] {
      if (weak.expired() || link_.state() != transport::Link::State::Disconnected) return;
      failAll(error(DeviceError::Kind::Disconnected,
                    "no connection to " + transport::toString(link_.url())));
    });
    return;
  }
  pump();
}

void ModbusClient::pump() {
  if (impl_->active || impl_->queue.empty() || link_.state() != transport::Link::State::Connected) {
    return;
  }
  impl_->active = std::move(impl_->queue.front());
  impl_->queue.pop_front();
  auto& a = *impl_->active;
  std::variant<mb::Bytes, mb::PduError> adu;
  if (impl_->rtu) {
    impl_->rtuFramer.reset();
    adu = mb::encodeRtuRequest(a.unit, a.request);
  } else {
    a.transactionId = impl_->nextTransaction++;
    adu = mb::encodeTcpRequest(a.transactionId, a.unit, a.request);
  }
  if (auto* e = std::get_if<mb::PduError>(&adu)) {
    finish(a.id, error(DeviceError::Kind::Protocol,
                       "invalid Modbus request: " + std::string(mb::describe(e->kind))));
    return;
  }
  link_.send(std::get<mb::Bytes>(std::move(adu)), [this, weak = std::weak_ptr<int>(alive_),
                                                   id = a.id](std::error_code ec) {
    if (!ec || weak.expired()) return;
    finish(id, error(DeviceError::Kind::Disconnected,
                     "cannot send to " + transport::toString(link_.url()) + ": " + ec.message()));
  });
}

void ModbusClient::received(std::span<const std::uint8_t> bytes) {
  if (impl_->rtu) {
    impl_->rtuFramer.feed(bytes);
    while (auto ev = impl_->rtuFramer.next()) {
      // Garbage on a serial line is dropped by the framer (it resynchronises).
      if (auto* f = std::get_if<mb::RtuFrame>(&*ev)) answer(f->unit, f->pdu);
    }
    return;
  }
  impl_->tcpFramer.feed(bytes);
  while (auto ev = impl_->tcpFramer.next()) {
    if (auto* e = std::get_if<mb::FrameError>(&*ev)) {
      failActive(error(DeviceError::Kind::Protocol,
                       "malformed Modbus TCP frame: " + std::string(mb::describe(e->kind))));
      impl_->tcpFramer.reset();
      return;
    }
    const auto& f = std::get<mb::TcpFrame>(*ev);
    // A reply to a request that has timed out carries an old transaction id: ignored.
    if (impl_->active && f.transactionId == impl_->active->transactionId) answer(f.unit, f.pdu);
  }
}

void ModbusClient::answer(std::uint8_t unit, std::span<const std::uint8_t> pdu) {
  if (!impl_->active || unit != impl_->active->unit) return;
  const std::uint64_t id = impl_->active->id;
  auto decoded = mb::decodeResponse(pdu);
  if (auto* e = std::get_if<mb::PduError>(&decoded)) {
    finish(id, error(DeviceError::Kind::Protocol,
                     "malformed Modbus response: " + std::string(mb::describe(e->kind))));
    return;
  }
  auto& response = std::get<mb::Response>(decoded);
  if (auto e = mb::checkResponse(impl_->active->request, response)) {
    finish(id, error(DeviceError::Kind::Protocol, "Modbus response does not fit the request: " +
                                                      std::string(mb::describe(e->kind))));
    return;
  }
  if (auto* ex = std::get_if<mb::ExceptionResponse>(&response)) {
    finish(id,
           error(DeviceError::Kind::Refused, std::string(mb::describe(ex->code)) + " (exception " +
                                                 std::to_string(static_cast<int>(ex->code)) + ")"));
    return;
  }
  finish(id, std::move(response));
}

void ModbusClient::linkState(transport::Link::State state, std::error_code ec) {
  using State = transport::Link::State;
  if (state == State::Connected) {
    impl_->rtuFramer.reset();
    impl_->tcpFramer.reset();
    pump();
    return;
  }
  if (state == State::Disconnected || state == State::WaitingToReconnect) {
    std::string why = ec ? ec.message() : std::string("closed");
    failAll(error(DeviceError::Kind::Disconnected,
                  "no connection to " + transport::toString(link_.url()) + ": " + why));
  }
}

void ModbusClient::failActive(DeviceError e) {
  if (impl_->active) finish(impl_->active->id, std::move(e));
}

void ModbusClient::failAll(const DeviceError& e) {
  std::vector<std::uint64_t> ids;
  if (impl_->active) ids.push_back(impl_->active->id);
  for (const auto& p : impl_->queue) ids.push_back(p.id);
  for (auto id : ids) finish(id, e);
}

void ModbusClient::finish(std::uint64_t id, devices::Outcome<mb::Response> outcome) {
  std::optional<Impl::Pending> p;
  if (impl_->active && impl_->active->id == id) {
    p = std::move(impl_->active);
    impl_->active.reset();
  } else {
    for (auto it = impl_->queue.begin(); it != impl_->queue.end(); ++it) {
      if (it->id == id) {
        p = std::move(*it);
        impl_->queue.erase(it);
        break;
      }
    }
  }
  if (!p) return;  // already completed
  p->timer->cancel();
  auto done = std::move(p->done);
  done(std::move(outcome));
  pump();
}

// ---- typed requests ----

namespace {

template <typename T, typename F>
devices::Completion<mb::Response> adapt(devices::Completion<T> done, F extract) {
  return [done = std::move(done), extract](devices::Outcome<mb::Response> o) {
    if (auto* e = std::get_if<DeviceError>(&o)) {
      done(*e);
      return;
    }
    done(extract(std::get<mb::Response>(o)));
  };
}

devices::Completion<mb::Response> adaptDone(devices::Done done) {
  return [done = std::move(done)](devices::Outcome<mb::Response> o) {
    if (auto* e = std::get_if<DeviceError>(&o)) {
      done(*e);
    } else {
      done(std::nullopt);
    }
  };
}

}  // namespace

void ModbusClient::readHoldingRegisters(std::uint8_t unit, std::uint16_t address,
                                        std::uint16_t quantity,
                                        devices::Completion<std::vector<std::uint16_t>> done) {
  transact(unit, mb::ReadHoldingRegistersRequest{address, quantity},
           adapt(std::move(done), [](const mb::Response& r) {
             return std::get<mb::ReadHoldingRegistersResponse>(r).values;
           }));
}

void ModbusClient::readInputRegisters(std::uint8_t unit, std::uint16_t address,
                                      std::uint16_t quantity,
                                      devices::Completion<std::vector<std::uint16_t>> done) {
  transact(unit, mb::ReadInputRegistersRequest{address, quantity},
           adapt(std::move(done), [](const mb::Response& r) {
             return std::get<mb::ReadInputRegistersResponse>(r).values;
           }));
}

void ModbusClient::readCoils(std::uint8_t unit, std::uint16_t address, std::uint16_t quantity,
                             devices::Completion<std::vector<bool>> done) {
  transact(unit, mb::ReadCoilsRequest{address, quantity},
           adapt(std::move(done), [quantity](const mb::Response& r) {
             // checkResponse has verified the byte count, so unpacking succeeds.
             return mb::unpackCoils(std::get<mb::ReadCoilsResponse>(r), quantity)
                 .value_or(std::vector<bool>{});
           }));
}

void ModbusClient::writeSingleRegister(std::uint8_t unit, std::uint16_t address,
                                       std::uint16_t value, devices::Done done) {
  transact(unit, mb::WriteSingleRegisterRequest{address, value}, adaptDone(std::move(done)));
}

void ModbusClient::writeMultipleRegisters(std::uint8_t unit, std::uint16_t address,
                                          std::vector<std::uint16_t> values, devices::Done done) {
  transact(unit, mb::WriteMultipleRegistersRequest{address, std::move(values)},
           adaptDone(std::move(done)));
}

}  // namespace robocert::drivers
