#include "values.hpp"

#include <QCoreApplication>
#include <QStringList>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>

namespace robocert::plan::detail {
namespace {

QString q(std::string_view s) {
  return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QString num(double v) { return QString::fromStdString(numberText(v)); }

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// "from 1 to 1000", "at least 0.001", "at most 60", "" without bounds.
QString range(const ValueSpec& s) {
  if (s.min && s.max) {
    return QCoreApplication::translate("robocert::plan", "from %1 to %2")
        .arg(num(*s.min), num(*s.max));
  }
  if (s.min) return QCoreApplication::translate("robocert::plan", "at least %1").arg(num(*s.min));
  if (s.max) return QCoreApplication::translate("robocert::plan", "at most %1").arg(num(*s.max));
  return {};
}

std::optional<QString> outOfRange(double v, const ValueSpec& s) {
  if (s.min && v < *s.min) {
    return QCoreApplication::translate("robocert::plan", "%1 is less than the minimum %2")
        .arg(num(v), num(*s.min));
  }
  if (s.max && v > *s.max) {
    return QCoreApplication::translate("robocert::plan", "%1 is more than the maximum %2")
        .arg(num(v), num(*s.max));
  }
  return std::nullopt;
}

QString expectedMessage(const ValueSpec& spec, std::string_view text) {
  return QCoreApplication::translate("robocert::plan", "expected %1, not \"%2\"")
      .arg(describe(spec), q(text));
}

}  // namespace

ValueSpec specOf(const Parameter& p) { return {p.type, p.min, p.max, p.choices, p.length}; }

ValueSpec specOf(const ArgumentSpec& a) { return {a.type, a.min, a.max, a.choices, a.length}; }

std::string numberText(double v) {
  std::array<char, 32> buf{};
  const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v);
  return std::string(buf.data(), r.ptr);
}

std::optional<double> parseNumber(std::string_view text) {
  if (text.starts_with("+")) {
    text.remove_prefix(1);
    if (text.starts_with("-") || text.starts_with("+")) return std::nullopt;
  }
  double v = 0.0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(v)) {
    return std::nullopt;
  }
  return v;
}

std::optional<std::int64_t> parseInteger(std::string_view text) {
  if (text.starts_with("+")) {
    text.remove_prefix(1);
    if (text.starts_with("-") || text.starts_with("+")) return std::nullopt;
  }
  std::int64_t v = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return v;
}

std::optional<bool> parseBoolean(std::string_view text) {
  if (text == "true" || text == "True" || text == "TRUE") return true;
  if (text == "false" || text == "False" || text == "FALSE") return false;
  return std::nullopt;
}

QString describe(const ValueSpec& spec) {
  const QString r = range(spec);
  switch (spec.type) {
    case ParamType::Number:
      return r.isEmpty() ? QCoreApplication::translate("robocert::plan", "a number")
                         : QCoreApplication::translate("robocert::plan", "a number %1").arg(r);
    case ParamType::Integer:
      return r.isEmpty()
                 ? QCoreApplication::translate("robocert::plan", "a whole number")
                 : QCoreApplication::translate("robocert::plan", "a whole number %1").arg(r);
    case ParamType::Boolean:
      return QCoreApplication::translate("robocert::plan", "true or false");
    case ParamType::String:
      return QCoreApplication::translate("robocert::plan", "text");
    case ParamType::Choice: {
      QStringList names;
      for (const auto& c : spec.choices) names << QString::fromStdString(c);
      return QCoreApplication::translate("robocert::plan", "one of: %1")
          .arg(names.join(QStringLiteral(", ")));
    }
    case ParamType::NumberList: {
      const QString list =
          spec.length ? QCoreApplication::translate("robocert::plan", "a list of %1 numbers")
                            .arg(*spec.length)
                      : QCoreApplication::translate("robocert::plan", "a list of numbers");
      return r.isEmpty()
                 ? list
                 : QCoreApplication::translate("robocert::plan", "%1, each %2").arg(list, r);
    }
  }
  return {};
}

std::optional<QString> violation(const Value& value, const ValueSpec& spec) {
  if (const auto* d = std::get_if<double>(&value)) return outOfRange(*d, spec);
  if (const auto* i = std::get_if<std::int64_t>(&value)) {
    return outOfRange(static_cast<double>(*i), spec);
  }
  if (const auto* s = std::get_if<std::string>(&value); s && spec.type == ParamType::Choice) {
    for (const auto& c : spec.choices) {
      if (c == *s) return std::nullopt;
    }
    return QCoreApplication::translate("robocert::plan", "\"%1\" is not %2")
        .arg(QString::fromStdString(*s), describe(spec));
  }
  if (const auto* list = std::get_if<std::vector<double>>(&value)) {
    if (spec.length && list->size() != *spec.length) {
      return QCoreApplication::translate("robocert::plan",
                                         "expected a list of %1 numbers, not of %2")
          .arg(*spec.length)
          .arg(list->size());
    }
    if (list->empty()) {
      return QCoreApplication::translate("robocert::plan", "expected at least one number");
    }
    for (std::size_t i = 0; i < list->size(); ++i) {
      if (auto m = outOfRange((*list)[i], spec)) {
        return QCoreApplication::translate("robocert::plan", "element %1: %2").arg(i + 1).arg(*m);
      }
    }
  }
  return std::nullopt;
}

std::variant<Value, QString> parseText(std::string_view text, const ValueSpec& spec) {
  const std::string_view t = trim(text);
  Value v;
  switch (spec.type) {
    case ParamType::Number: {
      const auto n = parseNumber(t);
      if (!n) return expectedMessage(spec, text);
      v = *n;
      break;
    }
    case ParamType::Integer: {
      const auto n = parseInteger(t);
      if (!n) return expectedMessage(spec, text);
      v = *n;
      break;
    }
    case ParamType::Boolean: {
      const auto b = parseBoolean(t);
      if (!b) return expectedMessage(spec, text);
      v = *b;
      break;
    }
    case ParamType::String:
    case ParamType::Choice:
      v = std::string(text);
      break;
    case ParamType::NumberList: {
      std::string_view rest = t;
      if (rest.size() >= 2 && rest.front() == '[' && rest.back() == ']') {
        rest = trim(rest.substr(1, rest.size() - 2));
      }
      std::vector<double> list;
      while (!rest.empty()) {
        const auto comma = rest.find(',');
        const auto n = parseNumber(trim(rest.substr(0, comma)));
        if (!n) return expectedMessage(spec, text);
        list.push_back(*n);
        if (comma == std::string_view::npos) break;
        rest = rest.substr(comma + 1);
        if (trim(rest).empty()) return expectedMessage(spec, text);  // a trailing comma
      }
      v = std::move(list);
      break;
    }
  }
  if (auto m = violation(v, spec)) return *m;
  return v;
}

Value convertTo(const Value& value, ParamType type) {
  if (type == ParamType::Number) {
    if (const auto* i = std::get_if<std::int64_t>(&value)) return static_cast<double>(*i);
  }
  return value;
}

}  // namespace robocert::plan::detail
