// Parameter values for a run (defaults and --set overrides) and the arguments they give each
// step.

#include <QCoreApplication>
#include <stdexcept>

#include "robocert/plan/plan.hpp"
#include "robocert/plan/procedures.hpp"
#include "values.hpp"
#include "yaml_reader.hpp"

namespace robocert::plan {

std::variant<Values, std::vector<Problem>> resolve(
    const Plan& plan, const std::map<std::string, std::string>& overrides) {
  detail::Problems problems;
  Values values;
  for (const auto& p : plan.parameters) values[p.name] = p.defaultValue;
  std::vector<std::string> known;
  for (const auto& p : plan.parameters) known.push_back(p.name);
  for (const auto& [name, text] : overrides) {
    const QString setting = QStringLiteral("--set %1=%2")
                                .arg(QString::fromStdString(name), QString::fromStdString(text));
    const Parameter* p = plan.parameter(name);
    if (p == nullptr) {
      problems.add({}, QCoreApplication::translate("robocert::plan", "%1: %2")
                           .arg(setting, detail::unknownName(QCoreApplication::translate(
                                                                 "robocert::plan", "parameter"),
                                                             name, known)));
      continue;
    }
    auto parsed = detail::parseText(text, detail::specOf(*p));
    if (const auto* why = std::get_if<QString>(&parsed)) {
      problems.add(p->at, QCoreApplication::translate("robocert::plan", "%1: parameter %2: %3")
                              .arg(setting, detail::quote(name), *why));
      continue;
    }
    values[name] = std::get<Value>(std::move(parsed));
  }
  if (!problems.empty()) return std::move(problems).sorted();
  return values;
}

std::map<std::string, Value> stepArguments(const Step& step, const Values& values) {
  std::map<std::string, Value> out;
  const ProcedureSpec* spec = findProcedure(step.procedure);
  if (spec == nullptr) return out;  // a script step
  for (const auto& arg : spec->arguments) {
    const auto it = step.args.find(arg.name);
    if (it == step.args.end()) {
      if (arg.defaultValue) out[arg.name] = *arg.defaultValue;
      continue;
    }
    const auto* text = std::get_if<std::string>(&it->second);
    if (text != nullptr && text->starts_with('$')) {
      const auto v = values.find(text->substr(1));
      if (v == values.end()) {
        throw std::out_of_range("stepArguments: no value for parameter " + text->substr(1) +
                                " of step " + step.id);
      }
      out[arg.name] = detail::convertTo(v->second, arg.type);
    } else {
      out[arg.name] = it->second;
    }
  }
  return out;
}

}  // namespace robocert::plan
