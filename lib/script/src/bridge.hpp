#pragma once

// The one object through which a script reaches the Host. The prelude keeps it in a closure
// (scripts never see it) and wraps its methods into the station/params/poses API. Every method
// checks its arguments and throws a JavaScript TypeError/RangeError with a translated message
// when they are wrong, turns HostError into a JavaScript Error with the host's message, and
// stops the script for good on any other exception (a fault of the station, not the script's).

#include <QJSEngine>
#include <QJSValue>
#include <QObject>
#include <QString>
#include <atomic>
#include <optional>
#include <string>
#include <vector>

#include "robocert/script/script_host.hpp"

namespace robocert::script {

class Bridge : public QObject {
  Q_OBJECT

 public:
  // interrupted: the Runner's flag; once set, no call reaches the host any more.
  Bridge(QJSEngine& engine, Host& host, const std::atomic<bool>& interrupted,
         std::vector<std::string> poseSensors);

  // What failed when the host threw something other than HostError (the script was stopped).
  const std::optional<std::string>& fault() const { return fault_; }

  // station.<role>.moveL/moveJ(pose, speed): pose {x,y,z,a,b,c} or [x,y,z,a,b,c], mm and deg.
  Q_INVOKABLE void move(const QString& role, const QJSValue& pose, bool linear,
                        const QJSValue& speed);
  Q_INVOKABLE QJSValue commandedPose(const QString& role);  // {x, y, z, a, b, c}
  // station.<role>.measure() and measure(role): role undefined = the plan's only pose sensor.
  Q_INVOKABLE QJSValue measure(const QJSValue& role);
  Q_INVOKABLE QJSValue read(const QString& role);  // {value, unit}
  Q_INVOKABLE void apply(const QString& role, const QJSValue& value, const QJSValue& unit);
  Q_INVOKABLE void record(const QJSValue& name, const QJSValue& value, const QJSValue& unit);
  Q_INVOKABLE bool prompt(const QString& text);
  Q_INVOKABLE void sleep(const QJSValue& ms);
  Q_INVOKABLE void log(const QString& text);
  // Throws a TypeError "<what> is read-only" (the prelude's read-only views call it).
  Q_INVOKABLE void refuseWrite(const QString& what);

 private:
  // Runs f (a host call) unless the script is being stopped; false when it threw into the
  // script or the script is stopped.
  template <typename F>
  bool callHost(F&& f);
  std::optional<metrology::Pose6> toPose(const QJSValue& v, const QString& function);
  QJSValue fromPose(const metrology::Pose6& p);
  std::optional<double> finiteNumber(const QJSValue& v, const QString& function,
                                     const QString& what);
  std::optional<std::string> unitText(const QJSValue& v, const QString& function, bool required);
  void throwType(const QString& message);
  void throwRange(const QString& message);

  QJSEngine& engine_;
  Host& host_;
  const std::atomic<bool>& interrupted_;
  std::vector<std::string> poseSensors_;
  std::optional<std::string> fault_;
  QJSValue isArray_;  // Array.isArray as the engine started, before any script could replace it
};

}  // namespace robocert::script
