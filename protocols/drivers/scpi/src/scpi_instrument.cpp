#include "robocert/drivers/scpi_instrument.hpp"

#include <atomic>
#include <deque>
#include <mutex>
#include <stdexcept>
#include <utility>
#include <variant>
#include <vector>

#include "robocert/codec/line_framer.hpp"
#include "robocert/textio/utf8.hpp"

namespace robocert::drivers {

namespace asio = boost::asio;
namespace scpi = codec::scpi;
using devices::DeviceError;
using Kind = devices::DeviceError::Kind;

namespace {

constexpr std::string_view kErrorQuery = "SYST:ERR?";

bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && isBlank(text.front())) text.remove_prefix(1);
  while (!text.empty() && isBlank(text.back())) text.remove_suffix(1);
  return text;
}

bool isControl(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u < 0x20 && c != '\t') || u == 0x7F;
}

// A line quoted in a message: at most 80 bytes, control bytes as \xNN, so that garbage can
// neither flood a log nor break the one-line messages of the command line.
std::string quoted(std::string_view line) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out = "'";
  for (std::size_t i = 0; i < line.size() && i < 80; ++i) {
    const char c = line[i];
    if (isControl(c)) {
      const auto u = static_cast<unsigned char>(c);
      out += "\\x";
      out += kHex[u >> 4];
      out += kHex[u & 0xF];
    } else {
      out += c;
    }
  }
  if (line.size() > 80) out += "...";
  out += "'";
  return out;
}

std::string errorText(const scpi::SystemError& e) {
  std::string out = std::to_string(e.code);
  if (!e.message.empty()) out += " " + e.message;
  if (!e.detail.empty()) out += " (" + e.detail + ")";
  return out;
}

std::string errorList(const std::vector<scpi::SystemError>& errors) {
  std::string out;
  for (const auto& e : errors) {
    if (!out.empty()) out += "; ";
    out += errorText(e);
  }
  return out;
}

// Whether any program message unit of `command` is a query (its header ends in '?'), or the
// reason the command cannot be sent.
std::variant<bool, std::string> hasQuery(std::string_view command) {
  if (trimmed(command).empty()) return std::string("empty command");
  if (command.find_first_of("\r\n") != std::string_view::npos) {
    return std::string("a line break inside the command");
  }
  const auto units = scpi::splitFields(command, ';');
  if (const auto* e = std::get_if<scpi::Error>(&units)) {
    return std::string(scpi::describe(e->kind)) + " at column " + std::to_string(e->position + 1);
  }
  for (std::string_view unit : std::get<std::vector<std::string_view>>(units)) {
    std::size_t end = 0;
    while (end < unit.size() && !isBlank(unit[end])) ++end;
    if (end > 0 && unit[end - 1] == '?') return true;
  }
  return false;
}

scpi::Identity toScpi(const devices::Identity& id) {
  return {id.maker, id.model, id.serial, id.firmware};
}

std::int64_t nowNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

const transport::Url& checkedUrl(const transport::Url& url) {
  if (url.scheme != transport::Scheme::Tcp && url.scheme != transport::Scheme::Serial) {
    throw std::invalid_argument("an SCPI instrument needs a tcp:// or serial:// URL, not " +
                                transport::toString(url));
  }
  return url;
}

ScpiOptions checked(ScpiOptions o) {
  if (o.terminator.empty()) throw std::invalid_argument("SCPI terminator is empty");
  if (o.maxLineBytes == 0) throw std::invalid_argument("SCPI maxLineBytes is 0");
  if (o.idnAttempts < 1) throw std::invalid_argument("SCPI idnAttempts is less than 1");
  if (o.maxErrorEntries < 1) throw std::invalid_argument("SCPI maxErrorEntries is less than 1");
  for (const std::string* q : {&o.idnQuery, &o.measureQuery}) {
    const auto r = hasQuery(*q);
    if (!std::holds_alternative<bool>(r) || !std::get<bool>(r)) {
      throw std::invalid_argument("SCPI query \"" + *q + "\" is not a query");
    }
  }
  return o;
}

}  // namespace

struct ScpiInstrument::Impl : std::enable_shared_from_this<Impl> {
  using Ending = devices::Outcome<std::string>;

  struct Op {
    enum class Type {
      Identify,
      Query,
      Write,
      ClearErrors,  // internal: empties the error queue after an unanswered query
    };
    enum class Awaiting { Nothing, Reply, ErrorQueue };
    Type type = Type::Query;
    std::string command;
    std::uint64_t id = 0;
    Awaiting awaiting = Awaiting::Nothing;
    std::string reply;
    std::vector<scpi::SystemError> errors;
    std::optional<scpi::IdnProbe> probe;
    std::function<void(Ending)> finish;  // Query (the reply), Write and ClearErrors ("")
    std::function<void(devices::Outcome<scpi::IdnResult>)> identified;  // Identify
  };

  Impl(asio::io_context& ctx, const transport::Url& url, ScpiOptions opts, transport::FrameLog* log)
      : io(ctx),
        options(std::move(opts)),
        link(ctx, url, options.link, log),
        framer({.terminator = options.terminator, .maxLineBytes = options.maxLineBytes}),
        timer(ctx),
        urlText(transport::toString(url)) {}

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
    const auto hook = hooks.*member;  // a copy: a hook may replace the hooks while it runs
    if (hook) hook(args...);
  }

  void discard(const std::string& what) {
    discarded.fetch_add(1, std::memory_order_relaxed);
    callHook(&Hooks::warning, urlText + ": discarded " + what);
  }

  // ---- Operations (io thread) ----

  static void fail(Op& op, const DeviceError& error) {
    if (op.type == Op::Type::Identify) {
      if (op.identified) op.identified(error);
    } else if (op.finish) {
      op.finish(error);
    }
  }

  void submit(std::unique_ptr<Op> op) {
    if (shutDown) {
      fail(*op, DeviceError{Kind::Disconnected, "the driver for " + urlText + " is closed"});
      return;
    }
    if (!connected) {
      fail(*op, DeviceError{Kind::Disconnected, "not connected to " + urlText + " (" +
                                                    transport::toString(link.state()) + ")"});
      return;
    }
    queue.push_back(std::move(op));
    dispatch();
  }

  void dispatch() {
    if (!connected || current || draining || queue.empty()) return;
    current = std::move(queue.front());
    queue.pop_front();
    current->id = ++lastOpId;
    Op& op = *current;
    switch (op.type) {
      case Op::Type::Identify: {
        std::optional<scpi::Identity> fallback;
        if (options.fallbackIdentity) fallback = toScpi(*options.fallbackIdentity);
        op.probe.emplace(scpi::IdnProbeOptions{options.idnQuery, options.idnAttempts, fallback});
        op.command = std::string(op.probe->query());
        op.awaiting = Op::Awaiting::Reply;
        sendLine(op.command);
        arm(options.idnTimeout);
        break;
      }
      case Op::Type::Query:
        op.awaiting = Op::Awaiting::Reply;
        sendLine(op.command);
        arm(options.timeout);
        break;
      case Op::Type::Write:
        sendLine(op.command, !options.checkErrors);
        if (options.checkErrors) {
          op.awaiting = Op::Awaiting::ErrorQueue;
          sendLine(kErrorQuery);
        }
        arm(options.timeout);
        break;
      case Op::Type::ClearErrors:
        op.awaiting = Op::Awaiting::ErrorQueue;
        sendLine(kErrorQuery);
        arm(options.timeout);
        break;
    }
  }

  // `completesWrite`: the current operation (a write without error check) is done once these
  // bytes are written. A failed write drops the link, and the loss fails the operation.
  void sendLine(std::string_view text, bool completesWrite = false) {
    std::vector<std::uint8_t> bytes(text.begin(), text.end());
    bytes.insert(bytes.end(), options.terminator.begin(), options.terminator.end());
    std::weak_ptr<Impl> weak = weak_from_this();
    link.send(std::move(bytes), [weak, id = current->id, completesWrite](std::error_code ec) {
      auto self = weak.lock();
      if (!self || ec || !completesWrite || !self->current || self->current->id != id) return;
      self->end([](Op& op) { op.finish(std::string()); });
    });
  }

  void arm(std::chrono::milliseconds timeout) {
    const std::uint64_t generation = ++timerGeneration;
    std::weak_ptr<Impl> weak = weak_from_this();
    timer.expires_after(timeout);
    timer.async_wait([weak, generation](boost::system::error_code ec) {
      auto self = weak.lock();
      if (ec || !self || generation != self->timerGeneration) return;
      self->onTimer();
    });
  }

  // Removes the current operation, starts the late-reply window when asked, completes the
  // operation through `complete`, and goes on with the next one.
  template <typename Complete>
  void end(Complete&& complete, bool drain = false, bool clearErrors = false) {
    std::unique_ptr<Op> op = std::move(current);
    ++timerGeneration;
    timer.cancel();
    if (drain) {
      if (clearErrors) {
        auto clear = std::make_unique<Op>();
        clear->type = Op::Type::ClearErrors;
        clear->command = std::string(kErrorQuery);
        clear->finish = [](const Ending&) {};
        queue.push_front(std::move(clear));
      }
      draining = true;
      arm(options.lateReplyWindow);
    }
    complete(*op);
    dispatch();
  }

  void endWith(DeviceError error, bool drain = false, bool clearErrors = false) {
    end([&error](Op& op) { fail(op, error); }, drain, clearErrors);
  }

  void onTimer() {
    if (draining) {
      draining = false;
      dispatch();
      return;
    }
    if (!current) return;
    Op& op = *current;
    if (op.type == Op::Type::Identify) {
      if (op.probe->onTimeout() == scpi::IdnProbe::Step::Send) {
        sendLine(op.command);
        arm(options.idnTimeout);
      } else {
        identified();
      }
      return;
    }
    const std::string ms = std::to_string(options.timeout.count()) + " ms";
    if (op.awaiting == Op::Awaiting::Nothing) {  // a write still not written
      endWith(DeviceError{Kind::Timeout, "could not send " + quoted(op.command) + " to " + urlText +
                                             " within " + ms});
      return;
    }
    const bool queryUnanswered = op.awaiting == Op::Awaiting::Reply;
    const std::string what = queryUnanswered ? "no reply to " + quoted(op.command)
                                             : "no reply to SYST:ERR? (the error check after " +
                                                   quoted(op.command) + ")";
    // An unanswered query may have been one the instrument did not understand: its complaint
    // waits in the error queue. A SYST:ERR? that went unanswered gives nothing to clear.
    const bool clear = queryUnanswered && options.checkErrors && op.type != Op::Type::ClearErrors;
    endWith(DeviceError{Kind::Timeout, what + " from " + urlText + " within " + ms}, true, clear);
  }

  void identified() {
    const scpi::IdnResult result = current->probe->result();
    {
      std::lock_guard lock(idnMutex);
      lastIdn = result;
    }
    const bool noReply = result.source == scpi::IdnResult::Source::Fallback ||
                         result.source == scpi::IdnResult::Source::None;
    const bool drain = result.unansweredQueries > 0;
    end([&result](Op& op) { op.identified(result); }, drain,
        drain && noReply && options.checkErrors);
  }

  // ---- Input (io thread) ----

  void onData(std::span<const std::uint8_t> bytes) {
    const std::uint64_t connection = connectionCount;
    framer.feed(bytes);
    while (auto event = framer.next()) {
      if (const auto* line = std::get_if<codec::Line>(&*event)) {
        onLine(line->text);
      } else {
        onOversized();
      }
      if (connection != connectionCount) return;  // the link went down meanwhile
    }
  }

  void onOversized() {
    const std::string what =
        "a line longer than " + std::to_string(options.maxLineBytes) + " bytes";
    if (draining || !current || current->awaiting == Op::Awaiting::Nothing) {
      discard(what);
      return;
    }
    // The framer drops the rest of the line: the next line is the next reply.
    const std::string message =
        "reply to " +
        quoted(current->awaiting == Op::Awaiting::ErrorQueue ? kErrorQuery
                                                             : std::string_view(current->command)) +
        " from " + urlText + " is " + what;
    endWith(DeviceError{Kind::Protocol, message});
  }

  void onLine(std::string_view line) {
    if (draining) {
      discard("a late reply " + quoted(trimmed(line)));
      return;
    }
    if (!current || current->awaiting == Op::Awaiting::Nothing) {
      discard("a line nobody asked for " + quoted(trimmed(line)));
      return;
    }
    Op& op = *current;
    if (op.awaiting == Op::Awaiting::Reply) {
      if (op.type == Op::Type::Identify) {
        onIdnReply(line);
        return;
      }
      op.reply = std::string(trimmed(line));
      if (options.checkErrorsAfterQuery) {
        op.awaiting = Op::Awaiting::ErrorQueue;
        sendLine(kErrorQuery);
        return;
      }
      end([](Op& o) { o.finish(std::move(o.reply)); });
      return;
    }
    onErrorQueueReply(line);
  }

  void onIdnReply(std::string_view line) {
    const std::string_view text = trimmed(line);
    for (char c : text) {
      if (!isControl(c)) continue;
      // Noise, not an identity: a wrong baud rate or terminator, or another protocol.
      endWith(DeviceError{Kind::Protocol, "reply to " + quoted(current->command) + " from " +
                                              urlText + " is not text: " + quoted(text) +
                                              "; check the baud rate and the line terminator"});
      return;
    }
    current->probe->onReply(text);
    identified();
  }

  void onErrorQueueReply(std::string_view line) {
    Op& op = *current;
    const auto parsed = scpi::parseSystemError(line);
    if (const auto* e = std::get_if<scpi::Error>(&parsed)) {
      // Perhaps a late reply to something else: let the rest of it pass before going on.
      endWith(DeviceError{Kind::Protocol, "reply to SYST:ERR? from " + urlText + " is not " +
                                              "<code>,\"<text>\": " + quoted(trimmed(line)) + " (" +
                                              std::string(scpi::describe(e->kind)) + " at column " +
                                              std::to_string(e->position + 1) + ")"},
              true);
      return;
    }
    const auto& entry = std::get<scpi::SystemError>(parsed);
    if (!entry.isNoError()) {
      op.errors.push_back(entry);
      if (op.errors.size() >= static_cast<std::size_t>(options.maxErrorEntries)) {
        endWith(DeviceError{Kind::Protocol, "the error queue of " + urlText +
                                                " was not empty after " +
                                                std::to_string(op.errors.size()) +
                                                " SYST:ERR? replies: " + errorList(op.errors)});
        return;
      }
      sendLine(kErrorQuery);
      return;
    }
    if (op.type == Op::Type::ClearErrors) {
      for (const auto& e : op.errors) {
        callHook(
            &Hooks::warning,
            urlText + ": removed from the error queue after an unanswered query: " + errorText(e));
      }
      end([](Op& o) { o.finish(std::string()); });
      return;
    }
    if (op.errors.empty()) {
      end([](Op& o) { o.finish(std::move(o.reply)); });
      return;
    }
    std::string message = urlText + " refused " + quoted(op.command);
    if (op.type == Op::Type::Query) message += " (reply " + quoted(op.reply) + ")";
    endWith(DeviceError{Kind::Refused, message + ": " + errorList(op.errors)});
  }

  void failAll(const DeviceError& error) {
    std::unique_ptr<Op> op = std::move(current);
    std::deque<std::unique_ptr<Op>> waiting = std::move(queue);
    queue.clear();
    if (op) fail(*op, error);
    for (auto& w : waiting) fail(*w, error);
  }

  void onLinkState(transport::Link::State state, std::error_code ec) {
    using S = transport::Link::State;
    if (state == S::Connecting) return;
    framer.reset();  // a new connection starts a new stream; a partial line is meaningless
    draining = false;
    ++timerGeneration;
    timer.cancel();
    if (state == S::Connected) {
      connected = true;
      wasConnected = true;
      callHook(&Hooks::linkUp);
      dispatch();
      return;
    }
    std::string reason;
    if (state == S::Stopped) {
      reason = urlText + ": closed";
    } else if (wasConnected) {
      reason = "connection to " + urlText + " lost" + (ec ? ": " + ec.message() : "");
    } else {
      reason = "cannot connect to " + urlText + (ec ? ": " + ec.message() : "");
    }
    connected = false;
    wasConnected = false;
    ++connectionCount;
    // The owner of the state first, so whoever sees a failed operation also sees the link down.
    callHook(&Hooks::linkDown, reason);
    failAll(DeviceError{Kind::Disconnected, reason});
  }

  asio::io_context& io;
  const ScpiOptions options;
  transport::Link link;
  codec::LineFramer framer;
  asio::steady_timer timer;
  const std::string urlText;
  std::uint64_t timerGeneration = 0;
  std::deque<std::unique_ptr<Op>> queue;
  std::unique_ptr<Op> current;  // sent, awaiting its reply
  std::uint64_t lastOpId = 0;
  bool connected = false;
  bool wasConnected = false;
  bool draining = false;  // the late-reply window: nothing is sent, input is discarded
  bool shutDown = false;
  std::uint64_t connectionCount = 0;
  std::atomic<std::uint64_t> discarded{0};

  mutable std::mutex idnMutex;
  std::optional<scpi::IdnResult> lastIdn;

  std::recursive_mutex hooksMutex;  // recursive: a hook may call detach() or setHooks()
  Hooks hooks;
};

ScpiInstrument::ScpiInstrument(asio::io_context& io, transport::Url url, ScpiOptions options,
                               transport::FrameLog* log)
    : url_(checkedUrl(url)),
      impl_(std::make_shared<Impl>(io, url_, checked(std::move(options)), log)) {
  impl_->init();
}

ScpiInstrument::~ScpiInstrument() {
  detach();
  // The link is closed and destroyed on the io thread, never under a handler running there.
  asio::io_context& io = impl_->io;
  asio::post(io, [impl = std::move(impl_)] {
    impl->shutDown = true;
    impl->link.stop();
  });
}

void ScpiInstrument::start() {
  asio::post(impl_->io, [impl = impl_] {
    if (!impl->shutDown) impl->link.start();
  });
}

void ScpiInstrument::close() {
  asio::post(impl_->io, [impl = impl_] { impl->link.stop(); });
}

void ScpiInstrument::attach(devices::DeviceLifecycle& lifecycle) {
  setHooks({.linkUp = [&lifecycle] { lifecycle.linkUp(); },
            .linkDown = [&lifecycle](const std::string& reason) { lifecycle.linkDown(reason); }});
}

void ScpiInstrument::setHooks(Hooks hooks) {
  std::lock_guard lock(impl_->hooksMutex);
  impl_->hooks = std::move(hooks);
}

void ScpiInstrument::detach() { setHooks({}); }

void ScpiInstrument::identify(devices::Completion<devices::Identity> done) {
  auto op = std::make_unique<Impl::Op>();
  op->type = Impl::Op::Type::Identify;
  op->identified = [done = std::move(done)](devices::Outcome<scpi::IdnResult> r) {
    if (auto* e = std::get_if<DeviceError>(&r)) {
      done(std::move(*e));
      return;
    }
    const auto& result = std::get<scpi::IdnResult>(r);
    const std::string unknown = "unknown";
    switch (result.source) {
      case scpi::IdnResult::Source::Reply:
      case scpi::IdnResult::Source::Fallback: {
        const auto& id = result.identity;
        done(devices::Identity{id.manufacturer, id.model, id.serial, id.firmware});
        return;
      }
      case scpi::IdnResult::Source::UnparsedReply:
        // Raw device text: made UTF-8 as the codec does for a parsed identity.
        done(devices::Identity{unknown, textio::toValidUtf8(result.reply), unknown, unknown});
        return;
      case scpi::IdnResult::Source::None:
        done(devices::Identity{unknown, unknown, unknown, unknown});
        return;
    }
  };
  asio::post(impl_->io,
             [impl = impl_, op = std::move(op)]() mutable { impl->submit(std::move(op)); });
}

std::optional<codec::scpi::IdnResult> ScpiInstrument::lastIdentification() const {
  std::lock_guard lock(impl_->idnMutex);
  return impl_->lastIdn;
}

std::string ScpiInstrument::quantity() const { return impl_->options.quantity; }

void ScpiInstrument::read(devices::Completion<devices::Reading> done) {
  const std::string& command = impl_->options.measureQuery;
  query(command, [done = std::move(done), command, unit = impl_->options.unit,
                  url = impl_->urlText](devices::Outcome<std::string> r) {
    if (auto* e = std::get_if<DeviceError>(&r)) {
      done(std::move(*e));
      return;
    }
    const std::string& reply = std::get<std::string>(r);
    const auto number = scpi::parseNumber(reply);
    if (const auto* e = std::get_if<scpi::Error>(&number)) {
      done(DeviceError{Kind::Protocol, "reply to " + quoted(command) + " from " + url + " is " +
                                           std::string(scpi::describe(e->kind)) + ": " +
                                           quoted(reply) + " (column " +
                                           std::to_string(e->position + 1) + ")"});
      return;
    }
    const double value = std::get<double>(number);
    if (scpi::isScpiNan(value) || scpi::isScpiInfinity(value)) {
      done(DeviceError{Kind::Refused, url + " answered " + quoted(command) + " with " +
                                          quoted(reply) + ", SCPI's " +
                                          (scpi::isScpiNan(value) ? "not-a-number" : "overload") +
                                          " value: no measurement"});
      return;
    }
    done(devices::Reading{nowNs(), value, unit});
  });
}

void ScpiInstrument::query(std::string command, devices::Completion<std::string> done) {
  const auto check = hasQuery(command);
  std::optional<std::string> refusal;
  if (const auto* why = std::get_if<std::string>(&check)) {
    refusal = *why;
  } else if (!std::get<bool>(check)) {
    refusal = "no header ending in '?' (use write() for commands)";
  }
  if (refusal) {
    asio::post(impl_->io, [done = std::move(done), message = quoted(command) + " not sent to " +
                                                             impl_->urlText + ": " + *refusal] {
      done(DeviceError{Kind::Refused, message});
    });
    return;
  }
  auto op = std::make_unique<Impl::Op>();
  op->type = Impl::Op::Type::Query;
  op->command = std::move(command);
  op->finish = std::move(done);
  asio::post(impl_->io,
             [impl = impl_, op = std::move(op)]() mutable { impl->submit(std::move(op)); });
}

void ScpiInstrument::write(std::string command, devices::Done done) {
  const auto check = hasQuery(command);
  std::optional<std::string> refusal;
  if (const auto* why = std::get_if<std::string>(&check)) {
    refusal = *why;
  } else if (std::get<bool>(check)) {
    // Its reply would go unread and answer the next query in its place.
    refusal = "it is a query (use query())";
  }
  if (refusal) {
    asio::post(impl_->io, [done = std::move(done), message = quoted(command) + " not sent to " +
                                                             impl_->urlText + ": " + *refusal] {
      done(DeviceError{Kind::Refused, message});
    });
    return;
  }
  auto op = std::make_unique<Impl::Op>();
  op->type = Impl::Op::Type::Write;
  op->command = std::move(command);
  op->finish = [done = std::move(done)](Impl::Ending r) {
    if (auto* e = std::get_if<DeviceError>(&r)) {
      done(std::move(*e));
    } else {
      done(std::nullopt);
    }
  };
  asio::post(impl_->io,
             [impl = impl_, op = std::move(op)]() mutable { impl->submit(std::move(op)); });
}

std::uint64_t ScpiInstrument::discardedLines() const {
  return impl_->discarded.load(std::memory_order_relaxed);
}

}  // namespace robocert::drivers
