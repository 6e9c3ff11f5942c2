#include "bridge.hpp"

#include <QCoreApplication>
#include <cmath>
#include <exception>
#include <utility>

#include "text_limits.hpp"

namespace robocert::script {

namespace {

// A value as an error message shows what the script passed: numbers and short strings as they
// are, anything else by its kind, never by calling the script's own toString().
QString describe(const QJSValue& v) {
  if (v.isUndefined()) return QStringLiteral("undefined");
  if (v.isNull()) return QStringLiteral("null");
  if (v.isBool() || v.isNumber()) return v.toString();
  if (v.isString()) {
    QString s = v.toString();
    if (s.size() > 40) s = s.left(40) + QStringLiteral("…");
    return QLatin1Char('\'') + s + QLatin1Char('\'');
  }
  if (v.isCallable()) return QStringLiteral("a function");
  if (v.isArray()) return QStringLiteral("an array");
  return QStringLiteral("an object");
}

std::string utf8(const QString& s) { return s.toStdString(); }

}  // namespace

Bridge::Bridge(QJSEngine& engine, Host& host, const std::atomic<bool>& interrupted,
               std::vector<std::string> poseSensors)
    : engine_(engine),
      host_(host),
      interrupted_(interrupted),
      poseSensors_(std::move(poseSensors)),
      isArray_(engine.globalObject()
                   .property(QStringLiteral("Array"))
                   .property(QStringLiteral("isArray"))) {}

template <typename F>
bool Bridge::callHost(F&& f) {
  if (interrupted_.load() || fault_) {
    engine_.throwError(QCoreApplication::translate("ScriptHost", "the script is being stopped"));
    return false;
  }
  try {
    f();
    return true;
  } catch (const HostError& e) {
    engine_.throwError(QString::fromStdString(e.what()));
  } catch (const std::exception& e) {
    fault_ = e.what();
  } catch (...) {
    fault_ = utf8(QCoreApplication::translate("ScriptHost", "unknown exception"));
  }
  if (fault_) {
    // Not a device error the script could handle: stop it where it is. Exceptions must not
    // unwind through the JavaScript engine.
    engine_.setInterrupted(true);
    engine_.throwError(QCoreApplication::translate("ScriptHost", "the script is being stopped"));
  }
  return false;
}

void Bridge::throwType(const QString& message) { engine_.throwError(QJSValue::TypeError, message); }

void Bridge::throwRange(const QString& message) {
  engine_.throwError(QJSValue::RangeError, message);
}

std::optional<double> Bridge::finiteNumber(const QJSValue& v, const QString& function,
                                           const QString& what) {
  if (!v.isNumber() || !std::isfinite(v.toNumber())) {
    throwType(QCoreApplication::translate("ScriptHost", "%1: %2 must be a finite number, got %3")
                  .arg(function, what, describe(v)));
    return std::nullopt;
  }
  return v.toNumber();
}

std::optional<metrology::Pose6> Bridge::toPose(const QJSValue& v, const QString& function) {
  static const char* const kNames[] = {"x", "y", "z", "a", "b", "c"};
  double values[6] = {};
  const bool array = isArray_.call({v}).toBool();
  if (array) {
    const int length = v.property(QStringLiteral("length")).toInt();
    if (length != 6) {
      throwType(
          QCoreApplication::translate(
              "ScriptHost", "%1: a pose array has 6 numbers [x, y, z, a, b, c], this one has %2")
              .arg(function)
              .arg(length));
      return std::nullopt;
    }
  } else if (!v.isObject() || v.isCallable()) {
    throwType(QCoreApplication::translate(
                  "ScriptHost",
                  "%1: the pose must be {x, y, z, a, b, c} or [x, y, z, a, b, c] (mm, degrees), "
                  "got %2")
                  .arg(function, describe(v)));
    return std::nullopt;
  }
  for (quint32 i = 0; i < 6; ++i) {
    const QString name = QString::fromLatin1(kNames[i]);
    const QJSValue e = array ? v.property(i) : v.property(name);
    const auto n =
        finiteNumber(e, function, QCoreApplication::translate("ScriptHost", "pose %1").arg(name));
    if (!n) return std::nullopt;
    values[i] = *n;
  }
  metrology::Pose6 p;
  p.positionMm = {values[0], values[1], values[2]};
  p.anglesDeg = {values[3], values[4], values[5]};
  return p;
}

QJSValue Bridge::fromPose(const metrology::Pose6& p) {
  QJSValue o = engine_.newObject();
  o.setProperty(QStringLiteral("x"), p.positionMm.x());
  o.setProperty(QStringLiteral("y"), p.positionMm.y());
  o.setProperty(QStringLiteral("z"), p.positionMm.z());
  o.setProperty(QStringLiteral("a"), p.anglesDeg.x());
  o.setProperty(QStringLiteral("b"), p.anglesDeg.y());
  o.setProperty(QStringLiteral("c"), p.anglesDeg.z());
  return o;
}

std::optional<std::string> Bridge::unitText(const QJSValue& v, const QString& function,
                                            bool required) {
  if (!required && v.isUndefined()) return std::string();
  if (!v.isString() || !isUnit(v.toString()) || (required && v.toString().isEmpty())) {
    throwType(
        (required ? QCoreApplication::translate("ScriptHost",
                                                "%1: the unit must be a text of 1 to %2 characters "
                                                "such as 'mm' or 'N·m', got %3")
                  : QCoreApplication::translate("ScriptHost",
                                                "%1: the unit must be a text of at most %2 "
                                                "characters such as 'mm' or 's', got %3"))
            .arg(function)
            .arg(kMaxUnitChars)
            .arg(describe(v)));
    return std::nullopt;
  }
  return utf8(v.toString());
}

void Bridge::move(const QString& role, const QJSValue& pose, bool linear, const QJSValue& speed) {
  const QString function =
      QStringLiteral("station.%1.%2")
          .arg(role, linear ? QStringLiteral("moveL") : QStringLiteral("moveJ"));
  const auto target = toPose(pose, function);
  if (!target) return;
  if (!speed.isNumber() || !(speed.toNumber() > 0.0 && speed.toNumber() <= 1.0)) {
    throwRange(QCoreApplication::translate(
                   "ScriptHost", "%1: the speed is a fraction of the rated speed in (0, 1], got %2")
                   .arg(function, describe(speed)));
    return;
  }
  callHost([&] { host_.move(utf8(role), *target, linear, speed.toNumber()); });
}

QJSValue Bridge::commandedPose(const QString& role) {
  metrology::Pose6 p;
  if (!callHost([&] { p = host_.commandedPose(utf8(role)); })) return {};
  return fromPose(p);
}

QJSValue Bridge::measure(const QJSValue& role) {
  std::string name;
  if (role.isUndefined()) {
    if (poseSensors_.size() != 1) {
      QStringList names;
      for (const auto& s : poseSensors_) names << QString::fromStdString(s);
      throwType(
          poseSensors_.empty()
              ? QCoreApplication::translate("ScriptHost", "measure(): this plan has no pose sensor")
              : QCoreApplication::translate(
                    "ScriptHost",
                    "measure(): this plan has several pose sensors (%1); name one, e.g. "
                    "measure('%2')")
                    .arg(names.join(QStringLiteral(", ")), names.front()));
      return {};
    }
    name = poseSensors_.front();
  } else {
    if (role.isString()) name = utf8(role.toString());
    bool known = false;
    for (const auto& s : poseSensors_) known = known || (role.isString() && s == name);
    if (!known) {
      QStringList names;
      for (const auto& s : poseSensors_) names << QString::fromStdString(s);
      throwType(QCoreApplication::translate(
                    "ScriptHost", "measure(%1): not a pose sensor of this plan (pose sensors: %2)")
                    .arg(describe(role), names.isEmpty()
                                             ? QCoreApplication::translate("ScriptHost", "none")
                                             : names.join(QStringLiteral(", "))));
      return {};
    }
  }
  metrology::Pose6 p;
  if (!callHost([&] { p = host_.measure(name); })) return {};
  return fromPose(p);
}

QJSValue Bridge::read(const QString& role) {
  Host::Reading r;
  if (!callHost([&] { r = host_.read(utf8(role)); })) return {};
  QJSValue o = engine_.newObject();
  o.setProperty(QStringLiteral("value"), r.value);
  o.setProperty(QStringLiteral("unit"), QString::fromStdString(r.unit));
  return o;
}

void Bridge::apply(const QString& role, const QJSValue& value, const QJSValue& unit) {
  const QString function = QStringLiteral("station.%1.apply").arg(role);
  const auto v =
      finiteNumber(value, function, QCoreApplication::translate("ScriptHost", "the value"));
  if (!v) return;
  const auto u = unitText(unit, function, true);
  if (!u) return;
  callHost([&] { host_.apply(utf8(role), *v, *u); });
}

void Bridge::record(const QJSValue& name, const QJSValue& value, const QJSValue& unit) {
  const QString function = QStringLiteral("record");
  if (!name.isString() || !isRecordName(name.toString())) {
    throwType(QCoreApplication::translate(
                  "ScriptHost",
                  "record: the name must start with a letter and contain only letters, digits "
                  "and _ (at most %1 characters), got %2")
                  .arg(kMaxRecordNameChars)
                  .arg(describe(name)));
    return;
  }
  const auto v = finiteNumber(
      value, function,
      QCoreApplication::translate("ScriptHost", "the value of '%1'").arg(name.toString()));
  if (!v) return;
  const auto u = unitText(unit, function, false);
  if (!u) return;
  callHost([&] { host_.record(utf8(name.toString()), *v, *u); });
}

bool Bridge::prompt(const QString& text) {
  bool confirmed = false;
  callHost([&] { confirmed = host_.prompt(promptText(text)); });
  return confirmed;
}

void Bridge::sleep(const QJSValue& ms) {
  if (!ms.isNumber() || !std::isfinite(ms.toNumber()) || ms.toNumber() < 0.0) {
    throwRange(
        QCoreApplication::translate("ScriptHost", "sleep: ms must be a finite number >= 0, got %1")
            .arg(describe(ms)));
    return;
  }
  callHost([&] { host_.sleepMs(ms.toNumber()); });
}

void Bridge::log(const QString& text) {
  callHost([&] { host_.log(logLine(text)); });
}

void Bridge::refuseWrite(const QString& what) {
  throwType(QCoreApplication::translate("ScriptHost", "%1 is read-only").arg(what));
}

}  // namespace robocert::script
