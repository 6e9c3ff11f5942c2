#include "robocert/drivers/rcp_manipulator.hpp"

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <utility>
#include <variant>
#include <vector>

#include "robocert/codec/line_framer.hpp"
#include "robocert/codec/rcp.hpp"

namespace robocert::drivers {

namespace asio = boost::asio;
namespace rcp = codec::rcp;
using devices::DeviceError;
using Kind = devices::DeviceError::Kind;

namespace {

// What ends an operation: the values of its OK reply, the pose of a move's EVT INPOS, or an
// error.
using Ending = std::variant<std::string, rcp::Pose, DeviceError>;
using Finish = std::function<void(Ending)>;

metrology::Pose6 toPose6(const rcp::Pose& p) {
  metrology::Pose6 pose;
  pose.positionMm = Eigen::Vector3d(p[0], p[1], p[2]);
  pose.anglesDeg = Eigen::Vector3d(p[3], p[4], p[5]);
  return pose;
}

rcp::Pose toRcp(const metrology::Pose6& pose) {
  return {pose.positionMm.x(), pose.positionMm.y(), pose.positionMm.z(),
          pose.anglesDeg.x(),  pose.anglesDeg.y(),  pose.anglesDeg.z()};
}

// "E12 target out of reach": the controller's text, or the spec's meaning when it sent none.
std::string codeText(int code, std::string_view text) {
  std::string out = "E" + std::to_string(code);
  if (text.empty()) text = rcp::meaning(code);
  if (!text.empty()) {
    out += ' ';
    out += text;
  }
  return out;
}

std::string located(const rcp::Error& e) {
  return std::string(rcp::describe(e.kind)) + " at byte " + std::to_string(e.position);
}

RcpControllerState::Kind toKind(rcp::ControllerState::Kind kind) {
  switch (kind) {
    case rcp::ControllerState::Kind::Ready:
      return RcpControllerState::Kind::Ready;
    case rcp::ControllerState::Kind::Moving:
      return RcpControllerState::Kind::Moving;
    case rcp::ControllerState::Kind::Stopped:
      return RcpControllerState::Kind::Stopped;
    case rcp::ControllerState::Kind::Fault:
      return RcpControllerState::Kind::Fault;
  }
  return RcpControllerState::Kind::Fault;
}

std::string quoted(std::string_view line) { return "\"" + std::string(line) + "\""; }

// The typed result of an operation's ending, or its error.
template <typename T, typename Convert>
devices::Outcome<T> convert(Ending ending, Convert&& fromValues) {
  if (auto* e = std::get_if<DeviceError>(&ending)) return std::move(*e);
  return fromValues(ending);
}

}  // namespace

struct RcpManipulator::Impl : std::enable_shared_from_this<Impl> {
  struct Op {
    Op(asio::io_context& ctx, std::string description, bool move, Finish onEnd)
        : what(std::move(description)), isMove(move), finish(std::move(onEnd)), timer(ctx) {}
    std::uint64_t id = 0;  // unique, unlike tags, which wrap
    std::string what;      // "MOVEL (tag 5)", for messages
    bool isMove;
    bool isStop = false;
    bool accepted = false;  // a move's OK came
    Finish finish;
    asio::steady_timer timer;
  };

  Impl(asio::io_context& ctx, const transport::Url& url, const RcpOptions& opts,
       transport::FrameLog* log)
      : io(ctx),
        options(opts),
        link(ctx, url, opts.link, log),
        framer({.terminator = "\n", .maxLineBytes = rcp::kFramedLineBytes}) {}

  void init() {
    std::weak_ptr<Impl> weak = weak_from_this();
    link.onData([weak](std::span<const std::uint8_t> bytes) {
      if (auto self = weak.lock()) self->onData(bytes);
    });
    link.onState([weak](transport::Link::State s, std::error_code ec) {
      if (auto self = weak.lock()) self->onLinkState(s, ec);
    });
  }

  // ---- Hooks (any thread sets them, the io thread calls them) ----

  template <typename Member, typename... Args>
  void callHook(Member member, const Args&... args) {
    std::lock_guard lock(hooksMutex);
    // A copy, so that a hook may replace or clear the hooks while it runs.
    const auto hook = hooks.*member;
    if (hook) hook(args...);
  }

  void warn(const std::string& message) { callHook(&Hooks::warning, message); }

  // ---- Operations (io thread) ----

  void submit(rcp::Command command, Finish finish) {
    const bool isMove = std::holds_alternative<rcp::Move>(command);
    const bool isStop = std::holds_alternative<rcp::Stop>(command);
    if (shutDown) {
      finish(DeviceError{Kind::Disconnected, "the driver for " + urlText() + " is closed"});
      return;
    }
    if (link.state() != transport::Link::State::Connected) {
      finish(DeviceError{Kind::Disconnected, "not connected to " + urlText() + " (" +
                                                 transport::toString(link.state()) + ")"});
      return;
    }
    const rcp::Tag tag = allocateTag();
    const std::string what =
        std::string(rcp::keyword(command)) + " (tag " + std::to_string(tag) + ")";
    const auto line = rcp::formatRequest({tag, std::move(command)});
    if (const auto* e = std::get_if<rcp::Error>(&line)) {
      // The controller would refuse it: refuse it here with the code it would answer.
      finish(DeviceError{Kind::Refused, codeText(rcp::replyCodeFor(*e), {}) + " (" + what +
                                            " not sent: " + std::string(rcp::describe(e->kind)) +
                                            " in field " + std::to_string(e->field) + ")"});
      return;
    }
    auto op = std::make_unique<Op>(io, what, isMove, std::move(finish));
    op->isStop = isStop;
    op->id = ++lastOpId;
    arm(*op, tag, options.requestTimeout);
    const std::uint64_t id = op->id;
    ops.emplace(tag, std::move(op));

    const std::string& text = std::get<std::string>(line);
    std::weak_ptr<Impl> weak = weak_from_this();
    link.send(std::vector<std::uint8_t>(text.begin(), text.end()), [weak, tag,
                                                                    id](std::error_code ec) {
      auto self = weak.lock();
      if (!self || !ec) return;
      if (Op* o = self->find(tag, id)) {
        self->end(tag, DeviceError{Kind::Disconnected, "could not send " + o->what + " to " +
                                                           self->urlText() + ": " + ec.message()});
      }
    });
  }

  rcp::Tag allocateTag() {
    rcp::Tag tag = nextTag;
    while (ops.count(tag) != 0) tag = tag == rcp::kMaxTag ? rcp::kMinTag : tag + 1;
    nextTag = tag == rcp::kMaxTag ? rcp::kMinTag : tag + 1;
    return tag;
  }

  Op* find(rcp::Tag tag, std::uint64_t id) {
    const auto it = ops.find(tag);
    return it != ops.end() && it->second->id == id ? it->second.get() : nullptr;
  }

  void arm(Op& op, rcp::Tag tag, std::chrono::milliseconds timeout) {
    std::weak_ptr<Impl> weak = weak_from_this();
    op.timer.expires_after(timeout);
    op.timer.async_wait([weak, tag, id = op.id, timeout](boost::system::error_code ec) {
      auto self = weak.lock();
      if (ec || !self) return;
      if (Op* o = self->find(tag, id)) self->timedOut(tag, *o, timeout);
    });
  }

  void timedOut(rcp::Tag tag, Op& op, std::chrono::milliseconds timeout) {
    const std::string ms = std::to_string(timeout.count()) + " ms";
    if (op.isMove && op.accepted) {
      // The link answers (the move was accepted), the robot did not report in position: it
      // may still be moving towards a target nobody waits for any more.
      end(tag, DeviceError{Kind::Timeout, op.what + " did not report in position within " + ms});
      submit(rcp::Stop{}, [](const Ending&) {});
      return;
    }
    // No reply at all: the controller stopped answering on a link that is up (a stall), which
    // only a new connection can cure. An unanswered move or STOP may have left the robot moving:
    // the new connection's first request is a STOP. The link is reported down before the
    // operation ends, so whoever the Timeout wakes finds the device not ready.
    const std::string message = "no reply to " + op.what + " within " + ms;
    if (op.isMove || op.isStop) stopOnReconnect = true;
    std::unique_ptr<Op> stalled = take(tag);
    reconnect(message);
    stalled->finish(DeviceError{Kind::Timeout, message});
  }

  // Drops the connection (pending operations fail with Disconnected, linkDown is reported with
  // `reason`) and connects again at once.
  void reconnect(const std::string& reason) {
    if (shutDown) return;
    resetReason = reason + "; reconnecting";
    link.stop();
    resetReason.clear();
    link.start();
  }

  // Removes the operation without completing it.
  std::unique_ptr<Op> take(rcp::Tag tag) {
    const auto it = ops.find(tag);
    std::unique_ptr<Op> op = std::move(it->second);
    ops.erase(it);
    op->timer.cancel();
    return op;
  }

  // Removes the operation and calls its completion (which may submit new operations).
  void end(rcp::Tag tag, Ending ending, std::optional<std::uint64_t> id = std::nullopt) {
    const auto it = ops.find(tag);
    if (it == ops.end() || (id && it->second->id != *id)) return;
    take(tag)->finish(std::move(ending));
  }

  void failAll(const DeviceError& error, bool movesOnly = false) {
    // A completion may submit a new operation, which must not be ended with the old ones.
    std::vector<std::pair<rcp::Tag, std::uint64_t>> ending;
    for (const auto& [tag, op] : ops) {
      if (!movesOnly || op->isMove) ending.emplace_back(tag, op->id);
    }
    for (const auto& [tag, id] : ending) end(tag, error, id);
  }

  // ---- Input (io thread) ----

  void onData(std::span<const std::uint8_t> bytes) {
    framer.feed(bytes);
    while (auto event = framer.next()) {
      if (const auto* line = std::get_if<codec::Line>(&*event)) {
        onLine(line->text);
      } else {
        warn(urlText() + ": dropped a line longer than " + std::to_string(rcp::kMaxLineBytes) +
             " characters");
      }
    }
  }

  void onLine(std::string_view line) {
    const auto parsed = rcp::parseServerMessage(line);
    if (const auto* e = std::get_if<rcp::Error>(&parsed)) {
      const std::string message = "unreadable line " + quoted(line) + ": " + located(*e);
      if (e->tag && ops.count(*e->tag) != 0) {
        end(*e->tag, DeviceError{Kind::Protocol, message});
      } else {
        warn(urlText() + ": " + message);
      }
      return;
    }
    const auto& messageValue = std::get<rcp::ServerMessage>(parsed);
    if (const auto* reply = std::get_if<rcp::Reply>(&messageValue)) {
      onReply(*reply, line);
      return;
    }
    const auto& event = std::get<rcp::Event>(messageValue);
    if (const auto* inPos = std::get_if<rcp::InPos>(&event)) {
      const auto it = ops.find(inPos->tag);
      if (it == ops.end() || !it->second->isMove) {
        warn(urlText() + ": " + quoted(line) + " for no pending move");
        return;
      }
      end(inPos->tag, inPos->pose);
    } else if (const auto* stopped = std::get_if<rcp::Stopped>(&event)) {
      const auto it = ops.find(stopped->tag);
      if (it == ops.end() || !it->second->isMove) {
        warn(urlText() + ": " + quoted(line) + " for no pending move");
        return;
      }
      end(stopped->tag,
          DeviceError{Kind::Stopped, it->second->what + " stopped before reaching its target"});
    } else {
      const auto& fault = std::get<rcp::Fault>(event);
      const std::string reason = codeText(fault.code, fault.text);
      failAll(DeviceError{Kind::Fault, reason}, true);
      callHook(&Hooks::fault, reason);
    }
  }

  void onReply(const rcp::Reply& reply, std::string_view line) {
    const auto it = ops.find(reply.tag);
    if (it == ops.end() || (it->second->isMove && it->second->accepted)) {
      warn(urlText() + ": reply " + quoted(line) + " for no pending request");
      return;
    }
    Op& op = *it->second;
    if (const auto* err = std::get_if<rcp::Err>(&reply.result)) {
      const Kind kind = err->code == rcp::codes::kInFault ? Kind::Fault : Kind::Refused;
      end(reply.tag, DeviceError{kind, codeText(err->code, err->text)});
      return;
    }
    const std::string& values = std::get<rcp::Ok>(reply.result).values;
    if (op.isMove) {
      if (!values.empty()) {
        end(reply.tag, DeviceError{Kind::Protocol, "unexpected values in " + quoted(line)});
        return;
      }
      op.accepted = true;
      arm(op, reply.tag, options.moveTimeout);
      return;
    }
    end(reply.tag, values);
  }

  void onLinkState(transport::Link::State state, std::error_code ec) {
    using S = transport::Link::State;
    if (state == S::Connecting) return;
    framer.reset();  // a new connection starts a new stream; a partial line is meaningless
    if (state == S::Connected) {
      wasConnected = true;
      if (stopOnReconnect) {
        stopOnReconnect = false;
        submit(rcp::Stop{}, [](const Ending&) {});
      }
      callHook(&Hooks::linkUp);
      return;
    }
    std::string reason;
    if (!resetReason.empty()) {
      reason = resetReason;
    } else if (state == S::Stopped) {
      reason = urlText() + ": closed";
    } else if (wasConnected) {
      reason = "connection to " + urlText() + " lost" + (ec ? ": " + ec.message() : "");
    } else {
      reason = "cannot connect to " + urlText() + (ec ? ": " + ec.message() : "");
    }
    wasConnected = false;
    failAll(DeviceError{Kind::Disconnected, reason});
    callHook(&Hooks::linkDown, reason);
  }

  const std::string& urlText() {
    if (urlText_.empty()) urlText_ = transport::toString(link.url());
    return urlText_;
  }

  asio::io_context& io;
  RcpOptions options;
  transport::Link link;
  codec::LineFramer framer;
  std::map<rcp::Tag, std::unique_ptr<Op>> ops;
  rcp::Tag nextTag = rcp::kMinTag;
  std::uint64_t lastOpId = 0;
  bool wasConnected = false;
  bool shutDown = false;
  bool stopOnReconnect = false;  // an unanswered move or STOP may have left the robot moving
  std::string resetReason;       // why reconnect() drops the link, while it does
  std::string urlText_;

  std::recursive_mutex hooksMutex;  // recursive: a hook may call detach() or setHooks()
  Hooks hooks;
};

RcpManipulator::RcpManipulator(asio::io_context& io, transport::Url url, RcpOptions options,
                               transport::FrameLog* log)
    : url_(url), impl_(std::make_shared<Impl>(io, std::move(url), options, log)) {
  impl_->init();
}

RcpManipulator::~RcpManipulator() {
  detach();
  // The last owner of impl_ may be this handler: the link is closed and destroyed on the io
  // thread, never under a handler that is running there.
  asio::io_context& io = impl_->io;
  asio::post(io, [impl = std::move(impl_)] {
    impl->shutDown = true;
    impl->link.stop();
  });
}

void RcpManipulator::start() {
  asio::post(impl_->io, [impl = impl_] {
    if (!impl->shutDown) impl->link.start();
  });
}

void RcpManipulator::close() {
  asio::post(impl_->io, [impl = impl_] { impl->link.stop(); });
}

void RcpManipulator::attach(devices::DeviceLifecycle& lifecycle) {
  setHooks({.linkUp = [&lifecycle] { lifecycle.linkUp(); },
            .linkDown = [&lifecycle](const std::string& reason) { lifecycle.linkDown(reason); },
            .fault = [&lifecycle](const std::string& reason) { lifecycle.fault(reason); }});
}

void RcpManipulator::setHooks(Hooks hooks) {
  std::lock_guard lock(impl_->hooksMutex);
  impl_->hooks = std::move(hooks);
}

void RcpManipulator::detach() { setHooks({}); }

void RcpManipulator::identify(devices::Completion<devices::Identity> done) {
  asio::post(impl_->io, [impl = impl_, done = std::move(done)]() mutable {
    impl->submit(rcp::IdnQuery{}, [done = std::move(done)](Ending ending) {
      done(convert<devices::Identity>(std::move(ending), [](const Ending& e) {
        const auto& values = std::get<std::string>(e);
        const auto parsed = rcp::parseIdentity(values);
        if (const auto* err = std::get_if<rcp::Error>(&parsed)) {
          return devices::Outcome<devices::Identity>(DeviceError{
              Kind::Protocol, "unreadable IDN? reply " + quoted(values) + ": " + located(*err)});
        }
        const auto& id = std::get<rcp::Identity>(parsed);
        return devices::Outcome<devices::Identity>(
            devices::Identity{id.maker, id.model, id.serial, id.firmware});
      }));
    });
  });
}

void RcpManipulator::moveTo(const devices::MoveRequest& request,
                            devices::Completion<metrology::Pose6> inPosition) {
  rcp::Move move;
  move.interpolation = request.motion == devices::Motion::Joint ? rcp::Move::Interpolation::Joint
                                                                : rcp::Move::Interpolation::Linear;
  move.target = toRcp(request.target);
  move.speed = request.speedFraction;
  asio::post(impl_->io, [impl = impl_, move, done = std::move(inPosition)]() mutable {
    impl->submit(move, [done = std::move(done)](Ending ending) {
      done(convert<metrology::Pose6>(std::move(ending), [](const Ending& e) {
        return devices::Outcome<metrology::Pose6>(toPose6(std::get<rcp::Pose>(e)));
      }));
    });
  });
}

void RcpManipulator::move(const devices::MoveRequest& request, devices::Done inPosition) {
  moveTo(request, [done = std::move(inPosition)](devices::Outcome<metrology::Pose6> r) {
    if (auto* e = std::get_if<DeviceError>(&r)) {
      done(std::move(*e));
    } else {
      done(std::nullopt);
    }
  });
}

void RcpManipulator::readPose(devices::Completion<metrology::Pose6> done) {
  asio::post(impl_->io, [impl = impl_, done = std::move(done)]() mutable {
    impl->submit(rcp::PoseQuery{}, [done = std::move(done)](Ending ending) {
      done(convert<metrology::Pose6>(std::move(ending), [](const Ending& e) {
        const auto& values = std::get<std::string>(e);
        const auto parsed = rcp::parsePose(values);
        if (const auto* err = std::get_if<rcp::Error>(&parsed)) {
          return devices::Outcome<metrology::Pose6>(DeviceError{
              Kind::Protocol, "unreadable POSE? reply " + quoted(values) + ": " + located(*err)});
        }
        return devices::Outcome<metrology::Pose6>(toPose6(std::get<rcp::Pose>(parsed)));
      }));
    });
  });
}

void RcpManipulator::stop(devices::Done done) {
  asio::post(impl_->io, [impl = impl_, done = std::move(done)]() mutable {
    impl->submit(rcp::Stop{}, [done = std::move(done)](Ending ending) {
      if (auto* e = std::get_if<DeviceError>(&ending)) {
        done(std::move(*e));
      } else if (const auto& values = std::get<std::string>(ending); !values.empty()) {
        done(DeviceError{Kind::Protocol, "unexpected values in the STOP reply " + quoted(values)});
      } else {
        done(std::nullopt);
      }
    });
  });
}

void RcpManipulator::readState(devices::Completion<RcpControllerState> done) {
  asio::post(impl_->io, [impl = impl_, done = std::move(done)]() mutable {
    impl->submit(rcp::StateQuery{}, [done = std::move(done)](Ending ending) {
      done(convert<RcpControllerState>(std::move(ending), [](const Ending& e) {
        const auto& values = std::get<std::string>(e);
        const auto parsed = rcp::parseState(values);
        if (const auto* err = std::get_if<rcp::Error>(&parsed)) {
          return devices::Outcome<RcpControllerState>(DeviceError{
              Kind::Protocol, "unreadable STATE? reply " + quoted(values) + ": " + located(*err)});
        }
        const auto& s = std::get<rcp::ControllerState>(parsed);
        return devices::Outcome<RcpControllerState>(
            RcpControllerState{toKind(s.kind), s.faultText});
      }));
    });
  });
}

}  // namespace robocert::drivers
