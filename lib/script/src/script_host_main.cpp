#include "robocert/script/script_host_main.hpp"

#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTranslator>
#include <charconv>
#include <csignal>
#include <cstdint>
#include <cstring>
#include <exception>
#include <limits>
#include <map>
#include <new>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "robocert/script/script_host.hpp"
#include "text_limits.hpp"
#include "wire.hpp"

namespace robocert::script {

namespace {

constexpr int kExitUsage = 2;      // a command line the parent never writes
constexpr int kExitBadStart = 3;   // the script did not arrive as it should
constexpr int kExitNoChannel = 4;  // the outcome could not be sent

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;  // it reserves terabytes of address space
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif
#else
constexpr bool kAddressSanitizer = false;
#endif

struct Options {
  int fd = -1;
  std::uint64_t memoryBytes = 0;
  std::uint64_t cpuSeconds = 0;
  std::string language;  // QLocale name of the run's language ("zh_CN"); empty: English
};

template <typename T>
bool parseNumber(std::string_view text, T& out) {
  const auto r = std::from_chars(text.data(), text.data() + text.size(), out);
  return r.ec == std::errc() && r.ptr == text.data() + text.size();
}

std::optional<Options> parseOptions(int argc, char** argv) {
  Options o;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string_view name = argv[i], value = argv[i + 1];
    bool ok = false;
    if (name == "--fd") ok = parseNumber(value, o.fd);
    if (name == "--memory-bytes") ok = parseNumber(value, o.memoryBytes);
    if (name == "--cpu-seconds") ok = parseNumber(value, o.cpuSeconds);
    if (name == "--lang" && value.size() <= 32) {
      o.language = value;
      ok = true;
    }
    if (!ok) return std::nullopt;
  }
  if (argc % 2 == 0 || o.fd < 3 || o.memoryBytes == 0 || o.cpuSeconds == 0) return std::nullopt;
  return o;
}

bool setLimit(int resource, rlim_t soft, rlim_t hard) {
  const rlimit l{soft, hard};
  return ::setrlimit(resource, &l) == 0;
}

// Before anything of the script is read. Lowered hard limits cannot be raised again.
bool confine(const Options& o) {
  // Dies with the run; never gains privileges (set-user-ID programs) it did not start with.
  if (::prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || ::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
    return false;
  if (::getppid() == 1) return false;  // the parent died before PDEATHSIG was set
  // No descriptor but the channel (and /dev/null on 0..2), whatever the parent left open.
  if (o.fd > 3) ::close_range(3, static_cast<unsigned>(o.fd) - 1, 0);
  ::close_range(static_cast<unsigned>(o.fd) + 1, ~0U, 0);
  // SIGXCPU at the soft CPU limit, SIGKILL a little later should it be caught.
  return setLimit(RLIMIT_CPU, o.cpuSeconds, o.cpuSeconds + 2) && setLimit(RLIMIT_CORE, 0, 0) &&
         (kAddressSanitizer || setLimit(RLIMIT_AS, o.memoryBytes, o.memoryBytes));
}

// Memory exhausted (operator new, or a std::bad_alloc Qt throws for a failed malloc that
// nothing catches): a status the parent recognises, not a crash.
[[noreturn]] void outOfMemory() { ::_exit(kExitOutOfMemory); }

[[noreturn]] void onTerminate() {
  if (const std::exception_ptr e = std::current_exception()) {
    try {
      std::rethrow_exception(e);
    } catch (const std::bad_alloc&) {
      outOfMemory();
    } catch (...) {
    }
  }
  std::abort();
}

struct Start {
  std::string source;
  plan::Values params;
  std::vector<Host::Role> roles;
  std::map<std::string, metrology::Pose6> poses;
};

// The start message, checked: the parent is trusted no more than the child.
std::optional<Start> readStart(const QJsonObject& m) {
  Start s;
  if (!m.value("source").isString() || !m.value("params").isObject() ||
      !m.value("roles").isArray() || !m.value("poses").isObject())
    return std::nullopt;
  s.source = m.value("source").toString().toStdString();
  const QJsonObject params = m.value("params").toObject();
  for (auto it = params.begin(); it != params.end(); ++it) {
    const QJsonValue v = it.value();
    plan::Value value;
    if (v.isDouble()) {
      value = v.toDouble();
    } else if (v.isBool()) {
      value = v.toBool();
    } else if (v.isString()) {
      value = v.toString().toStdString();
    } else if (v.isArray()) {
      std::vector<double> numbers;
      for (const QJsonValue& x : v.toArray()) {
        const auto n = wire::finite(x);
        if (!n) return std::nullopt;
        numbers.push_back(*n);
      }
      value = std::move(numbers);
    } else {
      return std::nullopt;
    }
    s.params[it.key().toStdString()] = std::move(value);
  }
  for (const QJsonValue& r : m.value("roles").toArray()) {
    const QJsonObject o = r.toObject();
    const auto capability = plan::parseCapability(o.value("capability").toString().toStdString());
    if (!capability || !o.value("name").isString() || o.value("name").toString().isEmpty())
      return std::nullopt;
    s.roles.push_back({o.value("name").toString().toStdString(), *capability,
                       o.value("quantity").toString().toStdString()});
  }
  const QJsonObject poses = m.value("poses").toObject();
  for (auto it = poses.begin(); it != poses.end(); ++it) {
    const auto pose = wire::poseFromJson(it.value());
    if (!pose) return std::nullopt;
    s.poses[it.key().toStdString()] = *pose;
  }
  return s;
}

// The run's side of the script, reached over the channel. A reply that is not what the call
// expects, or a channel that ends, is a fault of the station: the script stops.
class ProxyHost final : public Host {
 public:
  ProxyHost(int fd, Start& start) : fd_(fd), start_(start) {}

  std::vector<Role> roles() const override { return start_.roles; }
  std::map<std::string, metrology::Pose6> poses() const override { return start_.poses; }

  void move(const std::string& role, const metrology::Pose6& target, bool linear,
            double speedFraction) override {
    call({{"call", "move"},
          {"role", q(role)},
          {"pose", wire::toJson(target)},
          {"linear", linear},
          {"speed", speedFraction}});
  }
  metrology::Pose6 commandedPose(const std::string& role) override {
    return poseOf(call({{"call", "pose"}, {"role", q(role)}}));
  }
  metrology::Pose6 measure(const std::string& role) override {
    return poseOf(call({{"call", "measure"}, {"role", q(role)}}));
  }
  Reading read(const std::string& role) override {
    const QJsonObject r = call({{"call", "read"}, {"role", q(role)}});
    const QJsonValue value = r.value("value");
    if (!(value.isDouble() || value.isNull()) || !r.value("unit").isString() ||
        !isUnit(r.value("unit").toString()))
      throw std::runtime_error("a malformed reading");
    // JSON has no NaN: a sensor's NaN arrives as null.
    return {value.isNull() ? std::numeric_limits<double>::quiet_NaN() : value.toDouble(),
            r.value("unit").toString().toStdString()};
  }
  void apply(const std::string& role, double value, const std::string& unit) override {
    call({{"call", "apply"}, {"role", q(role)}, {"value", value}, {"unit", q(unit)}});
  }
  void record(const std::string& name, double value, const std::string& unit) override {
    call({{"call", "record"}, {"name", q(name)}, {"value", value}, {"unit", q(unit)}});
  }
  bool prompt(const std::string& text) override {
    const QJsonObject r = call({{"call", "prompt"}, {"text", q(text)}});
    if (!r.value("confirmed").isBool()) throw std::runtime_error("a malformed answer");
    return r.value("confirmed").toBool();
  }
  void sleepMs(double ms) override { call({{"call", "sleep"}, {"ms", ms}}); }
  void log(const std::string& text) override { call({{"call", "log"}, {"text", q(text)}}); }

 private:
  static QString q(const std::string& s) { return QString::fromStdString(s); }

  static metrology::Pose6 poseOf(const QJsonObject& reply) {
    const auto pose = wire::poseFromJson(reply.value("pose"));
    if (!pose) throw std::runtime_error("a malformed pose");
    return *pose;
  }

  QJsonObject call(const QJsonObject& request) {
    if (!wire::send(fd_, request)) throw std::runtime_error("the run is gone");
    auto reply = wire::receive(fd_, wire::kMaxMessageBytes);
    if (auto* e = std::get_if<wire::WireError>(&reply))
      throw std::runtime_error("the channel to the run failed: " + e->detail);
    const QJsonObject& r = std::get<QJsonObject>(reply);
    if (const QJsonValue error = r.value("error"); !error.isUndefined()) {
      throw HostError(
          truncateUtf8(error.toString().toStdString(), kMaxTextBytes,
                       QCoreApplication::translate("ScriptHost", "… [truncated]").toStdString()));
    }
    return r;
  }

  int fd_;
  Start& start_;
};

const char* kindName(ScriptError::Kind k) {
  switch (k) {
    case ScriptError::Kind::Syntax:
      return "syntax";
    case ScriptError::Kind::Exception:
    case ScriptError::Kind::Stopped:
      return "exception";
    case ScriptError::Kind::Interrupted:
      return "interrupted";
  }
  return "exception";
}

}  // namespace

int scriptHostMain(int argc, char** argv) {
  const auto options = parseOptions(argc, argv);
  if (!options) return kExitUsage;
  if (!confine(*options)) return kExitUsage;
  std::set_new_handler(outOfMemory);
  std::set_terminate(onTerminate);

  QCoreApplication app(argc, argv);
  // The messages of the script's checks in the run's language, from the translations the
  // executable embeds (as the programs do); English, the source language, without them.
  QTranslator translator;
  if (!options->language.empty() &&
      translator.load(QLocale(QString::fromStdString(options->language)),
                      QStringLiteral("robocert"), QStringLiteral("_"), QStringLiteral(":/i18n")))
    QCoreApplication::installTranslator(&translator);
  auto received = wire::receive(options->fd, wire::kMaxStartBytes);
  if (!std::holds_alternative<QJsonObject>(received)) return kExitBadStart;
  auto start = readStart(std::get<QJsonObject>(received));
  if (!start) return kExitBadStart;

  ProxyHost host(options->fd, *start);
  Runner runner;
  const auto error = runner.run(start->source, host, start->params);
  QJsonObject outcome{{"done", true}, {"error", QJsonValue::Null}};
  if (error)
    outcome["error"] = QJsonObject{{"kind", QString::fromLatin1(kindName(error->kind))},
                                   {"line", error->line},
                                   {"column", error->column},
                                   {"message", QString::fromStdString(error->message)}};
  return wire::send(options->fd, outcome) ? 0 : kExitNoChannel;
}

}  // namespace robocert::script
