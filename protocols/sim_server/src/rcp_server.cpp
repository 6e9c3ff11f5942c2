#include "rcp_server.hpp"

#include <utility>
#include <variant>

namespace robocert::sim_server {

namespace asio = boost::asio;
namespace rcp = codec::rcp;

namespace {

metrology::Pose6 toPose6(const rcp::Pose& p) {
  return {Eigen::Vector3d(p[0], p[1], p[2]), Eigen::Vector3d(p[3], p[4], p[5])};
}

rcp::Pose toRcp(const metrology::Pose6& pose) {
  return {pose.positionMm.x(), pose.positionMm.y(), pose.positionMm.z(),
          pose.anglesDeg.x(),  pose.anglesDeg.y(),  pose.anglesDeg.z()};
}

// A formatted line without its '\n' (LineSession adds it), or `fallback` if the codec refuses
// the message (text the protocol cannot carry).
std::string withoutTerminator(const std::variant<std::string, rcp::Error>& formatted,
                              std::string fallback) {
  const auto* line = std::get_if<std::string>(&formatted);
  if (line == nullptr) return fallback;
  std::string out = *line;
  if (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

}  // namespace

class RcpSession final : public LineSession {
 public:
  RcpSession(ByteStream stream, Config config, std::shared_ptr<RcpServer> server)
      : LineSession(std::move(stream), std::move(config)), server_(std::move(server)) {}

  void ok(rcp::Tag tag, std::string values = {}) {
    const std::string fallback = std::to_string(tag) + " ERR 11 reply cannot be formatted";
    reply(withoutTerminator(rcp::formatReply({tag, rcp::Ok{std::move(values)}}), fallback));
  }
  void err(rcp::Tag tag, int code, std::string text) {
    const std::string fallback = std::to_string(tag) + " ERR " + std::to_string(code);
    reply(withoutTerminator(rcp::formatReply({tag, rcp::Err{code, std::move(text)}}), fallback));
  }
  void event(const rcp::Event& event) {
    const auto formatted = rcp::formatEvent(event);
    if (const auto* line = std::get_if<std::string>(&formatted)) send(*line);
  }

 private:
  void onLine(std::string_view line) override {
    const auto parsed = rcp::parseRequest(line);
    if (const auto* e = std::get_if<rcp::Error>(&parsed)) {
      // Without a usable tag nothing can be addressed to the request: dropped (rcp.hpp).
      if (e->tag) err(*e->tag, rcp::replyCodeFor(*e), std::string(rcp::describe(e->kind)));
      return;
    }
    server_->handle(std::static_pointer_cast<RcpSession>(shared_from_this()),
                    std::get<rcp::Request>(parsed));
  }

  std::shared_ptr<RcpServer> server_;
};

RcpServer::RcpServer(asio::any_io_executor executor, std::shared_ptr<SimModel> model,
                     std::shared_ptr<FaultControl> faults)
    : executor_(executor), model_(std::move(model)), faults_(std::move(faults)), timer_(executor) {}

void RcpServer::serve(ByteStream stream, bool serial) {
  auto session = std::make_shared<RcpSession>(
      std::move(stream),
      LineSession::Config{
          .maxLineBytes = rcp::kFramedLineBytes, .faults = faults_, .serial = serial},
      shared_from_this());
  sessions_.add(session);
  session->start();
}

void RcpServer::dropConnections() { sessions_.closeAll(false); }

void RcpServer::close() {
  timer_.cancel();
  pending_.reset();
  sessions_.closeAll(true);
}

void RcpServer::handle(const std::shared_ptr<RcpSession>& session, const rcp::Request& request) {
  const rcp::Tag tag = request.tag;
  const rcp::Command& command = request.command;
  if (std::holds_alternative<rcp::IdnQuery>(command)) {
    const rcp::Identity identity{"RoboCert", model_->robot.spec().model,
                                 "SIM-" + std::to_string(model_->seed), model_->version};
    session->ok(tag, withoutTerminator(rcp::formatIdentity(identity), "RoboCert;SimBot-6;;"));
  } else if (std::holds_alternative<rcp::StateQuery>(command)) {
    state(session, tag);
  } else if (std::holds_alternative<rcp::PoseQuery>(command)) {
    metrology::Pose6 pose;
    {
      std::lock_guard lock(model_->mutex);
      pose = model_->robot.controllerPose(model_->clock.nowS());
    }
    const auto values = rcp::formatPose(toRcp(pose));
    if (const auto* text = std::get_if<std::string>(&values)) {
      session->ok(tag, *text);
    } else {
      session->err(tag, rcp::codes::kInFault, "the controller's pose cannot be formatted");
    }
  } else if (const auto* m = std::get_if<rcp::Move>(&command)) {
    move(session, tag, *m);
  } else {
    stop(session, tag);
  }
}

void RcpServer::state(const std::shared_ptr<RcpSession>& session, rcp::Tag tag) {
  rcp::ControllerState s;
  if (fault_) {
    s = {rcp::ControllerState::Kind::Fault, *fault_};
  } else {
    deliverDueInPosition();
    bool moving = pending_.has_value();
    if (!moving) {
      std::lock_guard lock(model_->mutex);
      moving = model_->robot.moving(model_->clock.nowS());  // decelerating after a STOP
    }
    s.kind = moving     ? rcp::ControllerState::Kind::Moving
             : stopped_ ? rcp::ControllerState::Kind::Stopped
                        : rcp::ControllerState::Kind::Ready;
  }
  session->ok(tag, withoutTerminator(rcp::formatState(s), "FAULT"));
}

void RcpServer::move(const std::shared_ptr<RcpSession>& session, rcp::Tag tag, const rcp::Move& m) {
  if (fault_) {
    session->err(tag, rcp::codes::kInFault, "in fault: " + *fault_);
    return;
  }
  deliverDueInPosition();
  if (pending_) {
    session->err(tag, rcp::codes::kBusy, "busy: a move is running");
    return;
  }
  const devices::MoveRequest request{toPose6(m.target),
                                     m.interpolation == rcp::Move::Interpolation::Joint
                                         ? devices::Motion::Joint
                                         : devices::Motion::Linear,
                                     m.speed};
  std::variant<sim::MoveTiming, sim::MoveError> result;
  {
    std::lock_guard lock(model_->mutex);
    result = model_->robot.move(request, model_->clock.nowS());
  }
  if (const auto* e = std::get_if<sim::MoveError>(&result)) {
    switch (e->kind) {
      case sim::MoveError::Kind::OutOfReach:
        session->err(tag, rcp::codes::kOutOfReach, "target out of reach: " + e->message);
        return;
      case sim::MoveError::Kind::SpeedOutOfRange:
        session->err(tag, rcp::codes::kSpeedOutOfRange, "speed out of range: " + e->message);
        return;
      case sim::MoveError::Kind::Busy:
      case sim::MoveError::Kind::TimeReversed:
        session->err(tag, rcp::codes::kBusy, "busy: " + e->message);
        return;
    }
  }
  const double inPositionS = std::get<sim::MoveTiming>(result).inPositionS;
  session->ok(tag);
  stopped_ = false;
  pending_ = PendingMove{tag, session, inPositionS, ++lastMoveId_};
  timer_.expires_at(model_->clock.wallAt(inPositionS));
  timer_.async_wait([self = shared_from_this(), id = pending_->id](boost::system::error_code ec) {
    if (ec || !self->pending_ || self->pending_->id != id) return;
    self->inPosition();
  });
}

void RcpServer::stop(const std::shared_ptr<RcpSession>& session, rcp::Tag tag) {
  session->ok(tag);
  if (fault_ || !pending_) return;
  std::optional<double> restS;
  {
    std::lock_guard lock(model_->mutex);
    restS = model_->robot.stop(model_->clock.nowS());
  }
  // Past the end of its trajectory the move is only waiting for "in position": it will come.
  if (!restS) return;
  timer_.cancel();
  const PendingMove stopped = *pending_;
  pending_.reset();
  stopped_ = true;
  if (auto owner = stopped.owner.lock()) owner->event(rcp::Stopped{stopped.tag});
}

void RcpServer::deliverDueInPosition() {
  if (pending_ && model_->clock.nowS() >= pending_->inPositionS) {
    timer_.cancel();
    inPosition();
  }
}

void RcpServer::inPosition() {
  const PendingMove done = *pending_;
  pending_.reset();
  metrology::Pose6 pose;
  {
    std::lock_guard lock(model_->mutex);
    pose = model_->robot.controllerPose(done.inPositionS);
  }
  if (auto owner = done.owner.lock()) owner->event(rcp::InPos{done.tag, toRcp(pose)});
}

void RcpServer::triggerFault(int code, const std::string& text) {
  if (pending_) {
    timer_.cancel();
    pending_.reset();
    std::lock_guard lock(model_->mutex);
    model_->robot.stop(model_->clock.nowS());
    stopped_ = true;
  }
  fault_ = text;
  sessions_.forEach([&](RcpSession& s) { s.event(rcp::Fault{code, text}); });
}

void RcpServer::clearFault() { fault_.reset(); }

}  // namespace robocert::sim_server
