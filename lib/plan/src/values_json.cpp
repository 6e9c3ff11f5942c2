#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "robocert/plan/plan.hpp"

namespace robocert::plan {

std::string valuesToJson(const Values& values) {
  QJsonObject o;
  for (const auto& [name, v] : values) {
    const QString key = QString::fromStdString(name);
    if (const auto* d = std::get_if<double>(&v)) {
      o.insert(key, *d);
    } else if (const auto* i = std::get_if<std::int64_t>(&v)) {
      o.insert(key, static_cast<qint64>(*i));
    } else if (const auto* b = std::get_if<bool>(&v)) {
      o.insert(key, *b);
    } else if (const auto* s = std::get_if<std::string>(&v)) {
      o.insert(key, QString::fromStdString(*s));
    } else {
      QJsonArray a;
      for (double x : std::get<std::vector<double>>(v)) a.append(x);
      o.insert(key, a);
    }
  }
  return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

std::optional<Values> valuesFromJson(const Plan& plan, const std::string& json) {
  const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
  Values values;
  for (const Parameter& p : plan.parameters) {
    const QJsonValue v = o.value(QString::fromStdString(p.name));
    if (v.isUndefined()) return std::nullopt;
    switch (p.type) {
      case ParamType::Number:
        values[p.name] = v.toDouble();
        break;
      case ParamType::Integer:
        values[p.name] = static_cast<std::int64_t>(v.toInteger());
        break;
      case ParamType::Boolean:
        values[p.name] = v.toBool();
        break;
      case ParamType::String:
      case ParamType::Choice:
        values[p.name] = v.toString().toStdString();
        break;
      case ParamType::NumberList: {
        std::vector<double> list;
        for (const QJsonValue& x : v.toArray()) list.push_back(x.toDouble());
        values[p.name] = list;
        break;
      }
    }
  }
  return values;
}

}  // namespace robocert::plan
