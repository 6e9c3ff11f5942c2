#include "isolated.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <memory>
#include <type_traits>
#include <variant>

#include "robocert/script/script_host_main.hpp"
#include "text_limits.hpp"
#include "wire.hpp"

extern char** environ;

namespace robocert::script {

namespace {

// The script host's end of the channel, as it is told with --fd.
constexpr int kChildFd = 3;

ScriptError stopped(const QString& message) {
  return {ScriptError::Kind::Stopped, 0, 0, message.toStdString()};
}

QString q(const std::string& s) { return QString::fromStdString(s); }

QString sizeText(std::uint64_t bytes) {
  constexpr std::uint64_t kGiB = std::uint64_t{1} << 30;
  if (bytes % kGiB == 0)
    return QCoreApplication::translate("ScriptHost", "%1 GiB").arg(bytes / kGiB);
  return QCoreApplication::translate("ScriptHost", "%1 MiB").arg(bytes >> 20);
}

// Something the script host sent that a genuine one never sends.
struct ProtocolError {
  QString what;
};

// The script host process and the parent's end of its channel. The destructor kills and reaps
// it, so no path out of runIsolated() leaves a process behind.
class Child {
 public:
  struct End {
    int status = 0;
    double cpuSeconds = 0.0;
  };

  // The process, or why it could not be started (for a person).
  static std::variant<std::unique_ptr<Child>, QString> start(const Isolation& isolation) {
    if (const auto problem = scriptHostProblem(isolation.executable)) return q(*problem);
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0)
      return QString::fromLocal8Bit(std::strerror(errno));
    // Above the standard descriptors, so opening /dev/null on 0..2 in the child cannot close it.
    const int childEnd = ::fcntl(pair[1], F_DUPFD_CLOEXEC, 10);
    ::close(pair[1]);
    if (childEnd < 0) {
      ::close(pair[0]);
      return QString::fromLocal8Bit(std::strerror(errno));
    }

    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    posix_spawn_file_actions_addopen(&files, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&files, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&files, 2, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&files, childEnd, kChildFd);
    // Whatever else this process has open (database, device sockets) stays here, even the
    // descriptors a library opened without close-on-exec.
    posix_spawn_file_actions_addclosefrom_np(&files, kChildFd + 1);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t none, all;
    sigemptyset(&none);
    sigfillset(&all);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setsigdefault(&attr, &all);
    // Its own process group: a Ctrl-C at the terminal reaches the run, which then stops it.
    posix_spawnattr_setpgroup(&attr, 0);
    posix_spawnattr_setflags(
        &attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP);

    const std::string exe = isolation.executable.string();
    const std::string fd = std::to_string(kChildFd);
    const std::string memory = std::to_string(isolation.limits.memoryBytes);
    const std::string cpu = std::to_string(isolation.limits.cpuSeconds);
    // The language the application chose (QLocale::setDefault) for the script's messages.
    const std::string language = QLocale().name().toStdString();
    const char* argv[] = {exe.c_str(),      "--fd",          fd.c_str(),  "--memory-bytes",
                          memory.c_str(),   "--cpu-seconds", cpu.c_str(), "--lang",
                          language.c_str(), nullptr};
    pid_t pid = 0;
    const int rc =
        ::posix_spawn(&pid, exe.c_str(), &files, &attr, const_cast<char**>(argv), environ);
    posix_spawn_file_actions_destroy(&files);
    posix_spawnattr_destroy(&attr);
    ::close(childEnd);
    if (rc != 0) {
      ::close(pair[0]);
      return QString::fromLocal8Bit(std::strerror(rc));
    }
    return std::unique_ptr<Child>(new Child(pid, pair[0]));
  }

  ~Child() {
    ::close(fd_);
    if (pid_ > 0) end();
  }
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;

  int fd() const { return fd_; }
  pid_t pid() const { return pid_; }

  // Kills the process (when it has not ended by itself) and reaps it: how it ended.
  End end() {
    ::kill(pid_, SIGKILL);  // a process that has ended stays ours until reaped: never another's
    End e;
    rusage usage{};
    while (::wait4(pid_, &e.status, 0, &usage) < 0 && errno == EINTR) {
    }
    pid_ = 0;
    e.cpuSeconds = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                   static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    return e;
  }

 private:
  Child(pid_t pid, int fd) : pid_(pid), fd_(fd) {}
  pid_t pid_;
  int fd_;
};

// Why the script host ended without sending an outcome, for a person.
ScriptError endedWithoutOutcome(const Child::End& e, const Limits& limits) {
  if (WIFEXITED(e.status) && WEXITSTATUS(e.status) == kExitOutOfMemory)
    return stopped(QCoreApplication::translate(
                       "ScriptHost", "it used more than %1 of memory, the limit of a script step")
                       .arg(sizeText(limits.memoryBytes)));
  if (WIFSIGNALED(e.status)) {
    const int sig = WTERMSIG(e.status);
    // SIGXCPU at the soft limit; SIGKILL at the hard one (a few seconds later).
    if (sig == SIGXCPU || (sig == SIGKILL && e.cpuSeconds + 0.5 >= limits.cpuSeconds))
      return stopped(QCoreApplication::translate("ScriptHost",
                                                 "it used more than %1 s of processor time, the "
                                                 "limit of a script step")
                         .arg(limits.cpuSeconds));
    const char* name = ::sigabbrev_np(sig);
    return stopped(QCoreApplication::translate(
                       "ScriptHost",
                       "the JavaScript engine crashed running it (signal %1, SIG%2); data nested "
                       "too deeply (arrays, proxies, regular expressions) is a common cause")
                       .arg(sig)
                       .arg(QString::fromLatin1(name ? name : "?")));
  }
  return stopped(QCoreApplication::translate("ScriptHost",
                                             "the script host ended without an outcome (exit "
                                             "status %1)")
                     .arg(WIFEXITED(e.status) ? WEXITSTATUS(e.status) : -1));
}

QJsonValue toJson(const plan::Value& value) {
  return std::visit(
      [](const auto& v) -> QJsonValue {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::vector<double>>) {
          QJsonArray a;
          for (double x : v) a.append(x);
          return a;
        } else if constexpr (std::is_same_v<T, std::string>) {
          return QString::fromStdString(v);
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
          return static_cast<double>(v);  // a script sees every number as a double anyway
        } else {
          return QJsonValue(v);
        }
      },
      value);
}

QJsonObject startMessage(const std::string& source, const plan::Values& params,
                         const std::vector<Host::Role>& roles,
                         const std::map<std::string, metrology::Pose6>& poses) {
  QJsonObject jsParams;
  for (const auto& [name, value] : params) jsParams.insert(q(name), toJson(value));
  QJsonArray jsRoles;
  for (const Host::Role& r : roles)
    jsRoles.append(QJsonObject{{"name", q(r.name)},
                               {"capability", QString::fromLatin1(plan::toString(r.capability))},
                               {"quantity", q(r.quantity)}});
  QJsonObject jsPoses;
  for (const auto& [name, pose] : poses) jsPoses.insert(q(name), wire::toJson(pose));
  return {{"source", q(source)}, {"params", jsParams}, {"roles", jsRoles}, {"poses", jsPoses}};
}

// Serves the host calls of one script host with the real Host, after checking each one as the
// Bridge does in the child: the child may be anything, so nothing it sends is taken on trust.
class Session {
 public:
  Session(Host& host, const std::vector<Host::Role>& roles) : host_(host), roles_(roles) {}

  // The reply to one call; HostError goes back to the script, anything else out of here.
  QJsonObject serve(const QJsonObject& m) {
    const QString call = m.value("call").toString();
    if (call == u"move") {
      const std::string role = roleOf(m, plan::Capability::Manipulator);
      const auto pose = wire::poseFromJson(m.value("pose"));
      const auto speed = wire::finite(m.value("speed"));
      if (!pose || !m.value("linear").isBool() || !speed || !(*speed > 0.0 && *speed <= 1.0))
        throw ProtocolError{QStringLiteral("move: bad arguments")};
      host_.move(role, *pose, m.value("linear").toBool(), *speed);
      return {};
    }
    if (call == u"pose")
      return {
          {"pose", wire::toJson(host_.commandedPose(roleOf(m, plan::Capability::Manipulator)))}};
    if (call == u"measure")
      return {{"pose", wire::toJson(host_.measure(roleOf(m, plan::Capability::PoseSensor)))}};
    if (call == u"read") {
      const Host::Reading r = host_.read(roleOf(m, plan::Capability::ScalarSensor));
      return {{"value", r.value}, {"unit", q(r.unit)}};
    }
    if (call == u"apply") {
      const std::string role = roleOf(m, plan::Capability::Actuator);
      const auto value = wire::finite(m.value("value"));
      const QString unit = m.value("unit").toString();
      if (!value || !m.value("unit").isString() || unit.isEmpty() || !isUnit(unit))
        throw ProtocolError{QStringLiteral("apply: bad arguments")};
      host_.apply(role, *value, unit.toStdString());
      return {};
    }
    if (call == u"record") {
      const QString name = m.value("name").toString();
      const auto value = wire::finite(m.value("value"));
      const QString unit = m.value("unit").toString();
      if (!isRecordName(name) || !value || !m.value("unit").isString() || !isUnit(unit))
        throw ProtocolError{QStringLiteral("record: bad arguments")};
      host_.record(name.toStdString(), *value, unit.toStdString());
      return {};
    }
    if (call == u"prompt") {
      const QString text = m.value("text").toString();
      if (!m.value("text").isString() || !isPromptText(text))
        throw ProtocolError{QStringLiteral("prompt: bad text")};
      return {{"confirmed", host_.prompt(text.toStdString())}};
    }
    if (call == u"sleep") {
      const auto ms = wire::finite(m.value("ms"));
      if (!ms || *ms < 0.0) throw ProtocolError{QStringLiteral("sleep: bad arguments")};
      host_.sleepMs(*ms);
      return {};
    }
    if (call == u"log") {
      const QString text = m.value("text").toString();
      if (!m.value("text").isString() || !isLogLine(text))
        throw ProtocolError{QStringLiteral("log: bad text")};
      host_.log(text.toStdString());
      return {};
    }
    throw ProtocolError{QStringLiteral("an unknown call")};
  }

 private:
  // The role the call names, which must be one of the plan's with that capability (the
  // script's API offers no other).
  std::string roleOf(const QJsonObject& m, plan::Capability capability) const {
    const std::string name = m.value("role").toString().toStdString();
    for (const Host::Role& r : roles_)
      if (r.name == name && r.capability == capability) return name;
    throw ProtocolError{QStringLiteral("a call for a role the plan does not give it")};
  }

  Host& host_;
  const std::vector<Host::Role>& roles_;
};

// The outcome the script host sent: nullopt for success, else its error.
std::optional<ScriptError> outcomeOf(const QJsonObject& m) {
  const QJsonValue e = m.value("error");
  if (e.isNull()) return std::nullopt;
  const QJsonObject o = e.toObject();
  const QString kind = o.value("kind").toString();
  ScriptError error;
  if (kind == u"syntax") {
    error.kind = ScriptError::Kind::Syntax;
  } else if (kind == u"exception") {
    error.kind = ScriptError::Kind::Exception;
  } else if (kind == u"interrupted") {
    error.kind = ScriptError::Kind::Interrupted;
  } else {
    throw ProtocolError{QStringLiteral("an outcome of an unknown kind")};
  }
  const double line = o.value("line").toDouble(-1.0);
  const double column = o.value("column").toDouble(-1.0);
  if (!e.isObject() || !o.value("message").isString() || !(line >= 0.0 && line <= 1e8) ||
      !(column >= 0.0 && column <= 1e8))
    throw ProtocolError{QStringLiteral("a malformed outcome")};
  error.line = static_cast<int>(line);
  error.column = static_cast<int>(column);
  error.message =
      truncateUtf8(o.value("message").toString().toStdString(), kMaxTextBytes,
                   QCoreApplication::translate("ScriptHost", "… [truncated]").toStdString());
  return error;
}

// Makes the child killable by Runner::interrupt() for as long as it is registered.
class Registration {
 public:
  Registration(ChildSlot slot, pid_t pid) : slot_(slot) {
    std::lock_guard lock(slot_.mutex);
    slot_.pid = pid;
    if (slot_.interrupted.load()) ::kill(pid, SIGKILL);  // arrived while it was starting
  }
  ~Registration() {
    std::lock_guard lock(slot_.mutex);
    slot_.pid = 0;
  }
  Registration(const Registration&) = delete;
  Registration& operator=(const Registration&) = delete;

 private:
  ChildSlot slot_;
};

}  // namespace

std::optional<std::string> scriptHostProblem(const std::filesystem::path& executable) {
  const auto say = [&](const char* why) {
    return QCoreApplication::translate("ScriptHost", "the script host %1 %2: reinstall RoboCert")
        .arg(QString::fromStdString(executable.string()),
             QCoreApplication::translate("ScriptHost", why))
        .toStdString();
  };
  if (executable.empty())
    return QCoreApplication::translate("ScriptHost",
                                       "internal error: the program did not say where the script "
                                       "host is")
        .toStdString();
  struct stat st {};
  if (::stat(executable.c_str(), &st) != 0)
    return say(QT_TRANSLATE_NOOP("ScriptHost", "does not exist"));
  if (!S_ISREG(st.st_mode) || ::access(executable.c_str(), X_OK) != 0)
    return say(QT_TRANSLATE_NOOP("ScriptHost", "is not an executable file"));
  return std::nullopt;
}

std::variant<StationView, ScriptError> readStation(Host& host) {
  try {
    return StationView{host.roles(), host.poses()};
  } catch (const std::exception& e) {
    return ScriptError{ScriptError::Kind::Exception, 0, 0, e.what()};
  }
}

std::optional<ScriptError> runIsolated(const Isolation& isolation, const std::string& source,
                                       Host& host, const plan::Values& params, ChildSlot slot) {
  auto station = readStation(host);
  if (auto* e = std::get_if<ScriptError>(&station)) return *e;
  const auto& [roles, poses] = std::get<StationView>(station);

  auto started = Child::start(isolation);
  if (auto* why = std::get_if<QString>(&started))
    return stopped(
        QCoreApplication::translate("ScriptHost", "the script host cannot start: %1").arg(*why));
  Child& child = *std::get<std::unique_ptr<Child>>(started);

  std::optional<ScriptError> outcome;
  std::optional<std::string> fault;
  std::optional<QString> broken;
  bool done = false;
  {
    Registration registration(slot, child.pid());
    Session session(host, roles);
    // A child that is already gone shows on the first read.
    wire::send(child.fd(), startMessage(source, params, roles, poses));
    while (!done && !fault && !broken) {
      auto received = wire::receive(child.fd(), wire::kMaxMessageBytes);
      if (auto* e = std::get_if<wire::WireError>(&received)) {
        if (e->kind != wire::WireError::Kind::Closed) broken = q(e->detail);
        break;  // closed: how the child ended says why
      }
      const QJsonObject& m = std::get<QJsonObject>(received);
      QJsonObject reply;
      try {
        if (m.contains("done")) {
          outcome = outcomeOf(m);
          done = true;
          break;
        }
        reply = session.serve(m);
      } catch (const ProtocolError& p) {
        broken = p.what;
      } catch (const HostError& e) {
        reply = {{"error", QString::fromStdString(e.what())}};
      } catch (const std::exception& e) {
        fault = e.what();
      } catch (...) {
        fault = QCoreApplication::translate("ScriptHost", "unknown exception").toStdString();
      }
      // A child that is gone shows on the next read.
      if (!broken && !fault) wire::send(child.fd(), reply);
    }
  }
  const Child::End end = child.end();

  if (slot.interrupted.load()) return interruptedError();
  if (fault) return stationFailedError(*fault);
  if (broken)
    return stopped(
        QCoreApplication::translate("ScriptHost", "the script host broke its protocol: %1")
            .arg(*broken));
  if (done) return outcome;
  return endedWithoutOutcome(end, isolation.limits);
}

}  // namespace robocert::script
