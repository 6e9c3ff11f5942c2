#include <QCoreApplication>
#include <QJSEngine>
#include <QJSValue>
#include <QStringList>
#include <atomic>
#include <csignal>
#include <exception>
#include <mutex>
#include <type_traits>
#include <variant>

#include "bridge.hpp"
#include "isolated.hpp"
#include "prelude.hpp"
#include "program.hpp"
#include "robocert/script/script_host.hpp"

namespace robocert::script {

struct Runner::Impl {
  std::optional<Isolation> isolation;  // set: each script runs in a script host process
  std::mutex mutex;
  QJSEngine* engine = nullptr;  // the running script's engine, under mutex
  pid_t child = 0;              // the running script host, under mutex
  std::atomic<bool> interrupted{false};
};

ScriptError interruptedError() {
  return {ScriptError::Kind::Interrupted, 0, 0,
          QCoreApplication::translate("ScriptHost",
                                      "the script was stopped because the run was aborted")
              .toStdString()};
}

ScriptError stationFailedError(const std::string& what) {
  return {ScriptError::Kind::Exception, 0, 0,
          QCoreApplication::translate("ScriptHost",
                                      "the station failed while the script was running: %1")
              .arg(QString::fromStdString(what))
              .toStdString()};
}

namespace {

QString noApplicationMessage() {
  return QCoreApplication::translate(
      "ScriptHost",
      "internal error: scripts need a QCoreApplication, and the program has not created one");
}

QJSValue toJs(QJSEngine& engine, const plan::Value& value) {
  return std::visit(
      [&](const auto& v) -> QJSValue {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::vector<double>>) {
          QJSValue array = engine.newArray(static_cast<uint>(v.size()));
          for (std::size_t i = 0; i < v.size(); ++i)
            array.setProperty(static_cast<quint32>(i), v[i]);
          return array;
        } else if constexpr (std::is_same_v<T, std::string>) {
          return QJSValue(QString::fromStdString(v));
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
          return QJSValue(static_cast<double>(v));  // exact up to 2^53
        } else {
          return QJSValue(v);
        }
      },
      value);
}

QJSValue poseToJs(QJSEngine& engine, const metrology::Pose6& p) {
  QJSValue o = engine.newObject();
  o.setProperty(QStringLiteral("x"), p.positionMm.x());
  o.setProperty(QStringLiteral("y"), p.positionMm.y());
  o.setProperty(QStringLiteral("z"), p.positionMm.z());
  o.setProperty(QStringLiteral("a"), p.anglesDeg.x());
  o.setProperty(QStringLiteral("b"), p.anglesDeg.y());
  o.setProperty(QStringLiteral("c"), p.anglesDeg.z());
  return o;
}

// What an uncaught throw says to a person. Reading an Error's name and message may run the
// script's own getters: the caller keeps the engine interruptible meanwhile.
ScriptError uncaught(const QJSValue& thrown, const QStringList& stack) {
  ScriptError e;
  e.kind = ScriptError::Kind::Exception;
  e.line = innermostScriptFrame(stack, strictPrefixChars()).line;
  QString message;
  if (thrown.isError()) {
    const QString name = thrown.property(QStringLiteral("name")).toString();
    message = thrown.property(QStringLiteral("message")).toString();
    // A plain Error (a device error from the station, or the script's own) says only what
    // failed; TypeError, RangeError ... keep their name, which is part of the explanation.
    if (name != QLatin1String("Error")) message = name + QStringLiteral(": ") + message;
  } else if (thrown.isObject()) {
    message = QCoreApplication::translate("ScriptHost",
                                          "the script threw an object that is not an Error");
  } else {
    message =
        QCoreApplication::translate("ScriptHost", "the script threw %1, which is not an Error")
            .arg(thrown.isString() ? QLatin1Char('\'') + thrown.toString() + QLatin1Char('\'')
                                   : thrown.toString());
  }
  e.message = message.toStdString();
  return e;
}

// Makes a run's engine reachable by interrupt() for as long as it lives.
class Registration {
 public:
  Registration(std::mutex& mutex, QJSEngine*& slot, const std::atomic<bool>& interrupted,
               QJSEngine& engine)
      : mutex_(mutex), slot_(slot) {
    std::lock_guard lock(mutex_);
    slot_ = &engine;
    if (interrupted.load()) engine.setInterrupted(true);  // arrived while the run was starting
  }
  ~Registration() {
    std::lock_guard lock(mutex_);
    slot_ = nullptr;
  }
  Registration(const Registration&) = delete;
  Registration& operator=(const Registration&) = delete;

 private:
  std::mutex& mutex_;
  QJSEngine*& slot_;
};

}  // namespace

Runner::Runner() : impl_(new Impl) {}

Runner::Runner(Isolation isolation) : impl_(new Impl) { impl_->isolation = std::move(isolation); }

Runner::~Runner() { delete impl_; }

void Runner::interrupt() {
  std::lock_guard lock(impl_->mutex);
  impl_->interrupted = true;
  if (impl_->engine) impl_->engine->setInterrupted(true);
  if (impl_->child > 0) ::kill(impl_->child, SIGKILL);
}

std::optional<ScriptError> Runner::run(const std::string& source, Host& host,
                                       const plan::Values& params) {
  {
    std::lock_guard lock(impl_->mutex);
    impl_->interrupted = false;
  }
  // After the clear, so an abort that came just before it is not lost (see interrupt()).
  if (host.aborted()) return interruptedError();
  if (impl_->isolation)
    return runIsolated(*impl_->isolation, source, host, params,
                       {impl_->mutex, impl_->child, impl_->interrupted});
  if (!QCoreApplication::instance()) {
    return ScriptError{ScriptError::Kind::Exception, 0, 0, noApplicationMessage().toStdString()};
  }

  const QString text = QString::fromStdString(source);
  if (const auto problem = findSyntaxProblem(text)) {
    return ScriptError{ScriptError::Kind::Syntax, problem->at.line, problem->at.column,
                       problem->message.toStdString()};
  }

  auto station = readStation(host);
  if (auto* e = std::get_if<ScriptError>(&station)) return *e;
  const auto& [roles, poses] = std::get<StationView>(station);
  std::vector<std::string> poseSensors;
  for (const auto& r : roles) {
    if (r.capability == plan::Capability::PoseSensor) poseSensors.push_back(r.name);
  }

  // A new engine per run: a script can change the built-ins themselves (Array.prototype,
  // Math), which a fresh global object alone would not undo.
  QJSEngine engine;
  Bridge bridge(engine, host, impl_->interrupted, std::move(poseSensors));
  QJSEngine::setObjectOwnership(&bridge, QJSEngine::CppOwnership);

  std::optional<ScriptError> error;
  {
    Registration registration(impl_->mutex, impl_->engine, impl_->interrupted, engine);

    QJSValue jsRoles = engine.newArray(static_cast<uint>(roles.size()));
    for (std::size_t i = 0; i < roles.size(); ++i) {
      QJSValue r = engine.newObject();
      r.setProperty(QStringLiteral("name"), QString::fromStdString(roles[i].name));
      r.setProperty(QStringLiteral("capability"),
                    QString::fromLatin1(plan::toString(roles[i].capability)));
      jsRoles.setProperty(static_cast<quint32>(i), r);
    }
    QJSValue jsParams = engine.newObject();
    for (const auto& [name, value] : params) {
      jsParams.setProperty(QString::fromStdString(name), toJs(engine, value));
    }
    QJSValue jsPoses = engine.newObject();
    for (const auto& [name, pose] : poses) {
      jsPoses.setProperty(QString::fromStdString(name), poseToJs(engine, pose));
    }

    const QJSValue prelude =
        engine.evaluate(preludeSource(), QString::fromLatin1(kPreludeFileName));
    const QJSValue installed = prelude.isError()
                                   ? prelude
                                   : prelude.call({engine.newQObject(&bridge), jsRoles, jsParams,
                                                   jsPoses, engine.globalObject()});
    if (installed.isError()) {
      error = ScriptError{ScriptError::Kind::Exception, 0, 0,
                          QCoreApplication::translate(
                              "ScriptHost", "internal error: the script host did not start: %1")
                              .arg(installed.toString())
                              .toStdString()};
    } else {
      QStringList stack;
      const QJSValue result =
          engine.evaluate(strictProgram(text), QString::fromLatin1(kScriptFileName), 1, &stack);
      if (!stack.isEmpty()) error = uncaught(result, stack);  // only a throw leaves a trace
    }
  }
  if (const auto& fault = bridge.fault()) return stationFailedError(*fault);
  if (impl_->interrupted.load()) return interruptedError();
  return error;
}

std::optional<plan::Problem> checkSyntax(const std::string& source) {
  if (!QCoreApplication::instance()) return plan::Problem{{}, noApplicationMessage().toStdString()};
  const auto problem = findSyntaxProblem(QString::fromStdString(source));
  if (!problem) return std::nullopt;
  return plan::Problem{{problem->at.line, problem->at.column}, problem->message.toStdString()};
}

}  // namespace robocert::script
