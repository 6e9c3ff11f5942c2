// Reading a plan's steps: procedure steps against the procedure table (arguments, "$param"
// references, roles, the steps they need earlier) and script steps (roles, syntax).

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <sstream>

#include "plan_reader.hpp"
#include "robocert/plan/procedures.hpp"

namespace robocert::plan::detail {
namespace {

QString q(std::string_view s) {
  return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QString num(double v) { return QString::fromStdString(numberText(v)); }

// Where a scalar's text starts in the file, from its mark (0-based): for a block scalar (| or
// >) the line after the indicator at the block's indentation; inside quotes one column on.
Location scalarStart(const std::string& text, const YAML::Mark& mark) {
  std::istringstream in(text);
  std::string line;
  std::vector<std::string> lines;
  while (std::getline(in, line)) lines.push_back(line);
  const auto row = static_cast<std::size_t>(mark.line);
  const auto col = static_cast<std::size_t>(mark.column);
  if (row >= lines.size() || col >= lines[row].size()) return locate(mark);
  const char c = lines[row][col];
  if (c == '"' || c == '\'') return {mark.line + 1, mark.column + 2};
  if (c != '|' && c != '>') return locate(mark);
  for (std::size_t r = row + 1; r < lines.size(); ++r) {
    const auto indent = lines[r].find_first_not_of(' ');
    if (indent == std::string::npos || lines[r][indent] == '\r') continue;  // blank line
    return {mark.line + 2, static_cast<int>(indent) + 1};
  }
  return {mark.line + 2, 1};
}

bool fitsType(ParamType param, ParamType arg) {
  if (param == arg) return true;
  return (arg == ParamType::Number && param == ParamType::Integer) ||
         (arg == ParamType::String && param == ParamType::Choice);
}

}  // namespace

void PlanReader::readSteps(const Node& n) {
  const auto list = readSequence(n, QStringLiteral("steps"), problems_);
  if (!list) return;
  if (list->empty()) {
    problems_.add(n.at, QCoreApplication::translate("robocert::plan",
                                                    "steps: a plan needs at least one step"));
  }
  std::set<std::string> earlier;
  for (const Node& e : *list) readStep(e, earlier);
}

void PlanReader::readStep(const Node& n, std::set<std::string>& earlierProcedures) {
  const auto peeked = peek(n, "id");
  QString what = peeked
                     ? QCoreApplication::translate("robocert::plan", "step %1").arg(quote(*peeked))
                     : QCoreApplication::translate("robocert::plan", "step");
  const auto m =
      Mapping::read(n, what, {"id", "title", "procedure", "with", "script", "roles"}, problems_);
  if (!m) return;
  Step step;
  step.at = n.at;
  if (const Node* id = m->require("id", problems_)) {
    if (auto s = readName(*id, field(what, "id"), problems_)) {
      step.id = *s;
      what = QCoreApplication::translate("robocert::plan", "step %1").arg(quote(*s));
      if (const Step* other = plan_.step(*s)) {
        problems_.add(id->at, QCoreApplication::translate(
                                  "robocert::plan", "step id %1 is used twice (first at line %2)")
                                  .arg(quote(*s))
                                  .arg(other->at.line));
      }
    }
  }
  if (const Node* t = m->get("title")) {
    if (auto v = readText(*t, field(what, "title"), problems_)) step.title = *v;
  }
  const Node* procedure = m->get("procedure");
  const Node* script = m->get("script");
  const Node* with = m->get("with");
  const Node* roles = m->get("roles");
  if ((procedure == nullptr) == (script == nullptr)) {
    problems_.add(n.at, QCoreApplication::translate(
                            "robocert::plan",
                            "%1: a step has either \"procedure:\" (a built-in procedure) or "
                            "\"script:\" (JavaScript), exactly one of them")
                            .arg(what));
  }
  if (procedure != nullptr) {
    if (roles != nullptr) {
      problems_.add(roles->at, QCoreApplication::translate(
                                   "robocert::plan",
                                   "%1: a procedure step uses the roles of its procedure; "
                                   "\"roles:\" is for script steps")
                                   .arg(what));
    }
    const auto name = readString(*procedure, field(what, "procedure"), problems_);
    const ProcedureSpec* spec = name ? findProcedure(*name) : nullptr;
    if (name && spec == nullptr) {
      std::vector<std::string> known;
      for (const auto& p : procedures()) known.push_back(p.name);
      problems_.add(
          procedure->at,
          QCoreApplication::translate("robocert::plan", "%1: %2")
              .arg(what, unknownName(QCoreApplication::translate("robocert::plan", "procedure"),
                                     *name, known)));
    }
    if (spec != nullptr) {
      step.procedure = spec->name;
      if (with != nullptr) {
        readArguments(*with, *spec, step, what);
      } else {
        for (const auto& a : spec->arguments) {
          if (a.required) {
            problems_.add(n.at, QCoreApplication::translate(
                                    "robocert::plan",
                                    "%1: procedure %2 needs the argument %3 (under \"with:\")")
                                    .arg(what, q(spec->name), quote(a.name)));
          }
        }
      }
      for (const auto& r : spec->roles) step.roles.push_back(r.role);
      checkRoles(step, what);
      for (const auto& needed : spec->needsEarlier) {
        if (!earlierProcedures.contains(needed)) {
          problems_.add(procedure->at,
                        QCoreApplication::translate("robocert::plan",
                                                    "%1: procedure %2 needs an earlier %3 step")
                            .arg(what, q(spec->name), q(needed)));
        }
      }
      earlierProcedures.insert(spec->name);
    }
  } else if (with != nullptr) {
    problems_.add(with->at, QCoreApplication::translate(
                                "robocert::plan",
                                "%1: \"with:\" gives a procedure's arguments; a script step "
                                "reads plan parameters as params.<name>")
                                .arg(what));
  }
  if (script != nullptr) {
    if (roles != nullptr) {
      if (auto list = readStringList(*roles, field(what, "roles"), problems_)) step.roles = *list;
      checkRoles(step, what);
    }
    checkScript(*script, step, what);
  }
  if (!step.id.empty() && plan_.step(step.id) == nullptr) plan_.steps.push_back(std::move(step));
}

void PlanReader::readArguments(const Node& with, const ProcedureSpec& spec, Step& step,
                               const QString& what) {
  if (!with.yaml.IsMap()) {
    problems_.add(with.at, QCoreApplication::translate(
                               "robocert::plan",
                               "%1: expected the procedure's arguments as a mapping, e.g. "
                               "{cycles: 30}")
                               .arg(field(what, "with")));
    return;
  }
  std::vector<std::string> known;
  for (const auto& a : spec.arguments) known.push_back(a.name);
  for (const auto& kv : with.yaml) {
    const Location keyAt = locate(kv.first.Mark());
    const std::string name = kv.first.IsScalar() ? kv.first.Scalar() : std::string();
    const ArgumentSpec* arg = spec.argument(name);
    if (arg == nullptr) {
      problems_.add(keyAt,
                    QCoreApplication::translate("robocert::plan", "%1: %2 has no argument %3%4")
                        .arg(what, q(spec.name), quote(name), suggestion(name, known)));
      continue;
    }
    if (step.args.contains(name)) {
      problems_.add(keyAt,
                    QCoreApplication::translate("robocert::plan", "%1: argument %2 is given twice")
                        .arg(what, quote(name)));
      continue;
    }
    const Node value{kv.second, kv.second.IsNull() ? keyAt : locate(kv.second.Mark())};
    const QString argWhat =
        QCoreApplication::translate("robocert::plan", "%1, argument %2").arg(what, quote(name));
    if (value.yaml.IsScalar() && value.yaml.Scalar().starts_with('$')) {
      const std::string ref = value.yaml.Scalar().substr(1);
      checkReference(value, *arg, ref, argWhat);
      step.args[name] = value.yaml.Scalar();
    } else if (auto v = readValue(value, specOf(*arg), argWhat, problems_)) {
      step.args[name] = convertTo(*v, arg->type);
    }
    step.argAt[name] = value.at;
  }
  for (const auto& a : spec.arguments) {
    if (a.required && !step.args.contains(a.name) && !step.argAt.contains(a.name)) {
      problems_.add(with.at, QCoreApplication::translate("robocert::plan",
                                                         "%1: procedure %2 needs the argument %3")
                                 .arg(what, q(spec.name), quote(a.name)));
    }
  }
  // Literal arguments that must differ (a distance between a pose and itself is no distance).
  if (spec.name == "iso9283.distance_cycles") {
    const auto from = step.args.find("from");
    const auto to = step.args.find("to");
    if (from != step.args.end() && to != step.args.end() && from->second == to->second &&
        !std::get<std::string>(from->second).starts_with('$')) {
      problems_.add(step.argAt["to"], QCoreApplication::translate(
                                          "robocert::plan",
                                          "%1: \"from\" and \"to\" are the same pose; a distance "
                                          "needs two poses")
                                          .arg(what));
    }
  }
}

void PlanReader::checkReference(const Node& n, const ArgumentSpec& arg, const std::string& name,
                                const QString& what) {
  const Parameter* p = plan_.parameter(name);
  if (p == nullptr) {
    std::vector<std::string> known;
    for (const auto& other : plan_.parameters) known.push_back(other.name);
    problems_.add(
        n.at, QCoreApplication::translate("robocert::plan", "%1: %2")
                  .arg(what, unknownName(QCoreApplication::translate("robocert::plan", "parameter"),
                                         name, known)));
    return;
  }
  if (brokenParameters_.contains(name)) return;  // its own problem is reported already
  const QString ref = quote("$" + name);
  if (!fitsType(p->type, arg.type)) {
    problems_.add(
        n.at, QCoreApplication::translate("robocert::plan",
                                          "%1: %2 is of type %3, but the argument is of type %4")
                  .arg(what, ref, q(toString(p->type)), q(toString(arg.type))));
    return;
  }
  if (arg.length && p->length != arg.length) {
    problems_.add(n.at, QCoreApplication::translate(
                            "robocert::plan",
                            "%1: the argument takes exactly %2 numbers; declare %3 with "
                            "\"length: %2\"")
                            .arg(what)
                            .arg(*arg.length)
                            .arg(ref));
  }
  // Every value the parameter may take must fit the argument, so a run's --set cannot pass
  // validation and then fail in the middle of a run.
  if (arg.min && (!p->min || *p->min < *arg.min)) {
    problems_.add(n.at, QCoreApplication::translate(
                            "robocert::plan",
                            "%1: the argument must be at least %2, but %3 allows less; declare "
                            "it with \"min: %2\" or more")
                            .arg(what, num(*arg.min), ref));
  }
  if (arg.max && (!p->max || *p->max > *arg.max)) {
    problems_.add(n.at, QCoreApplication::translate(
                            "robocert::plan",
                            "%1: the argument must be at most %2, but %3 allows more; declare "
                            "it with \"max: %2\" or less")
                            .arg(what, num(*arg.max), ref));
  }
  if (arg.type == ParamType::Choice) {
    for (const auto& c : p->choices) {
      if (std::find(arg.choices.begin(), arg.choices.end(), c) == arg.choices.end()) {
        problems_.add(
            n.at, QCoreApplication::translate("robocert::plan", "%1: %2 allows %3, which is not %4")
                      .arg(what, ref, quote(c), describe(specOf(arg))));
        break;
      }
    }
  }
}

void PlanReader::checkRoles(const Step& step, const QString& what) {
  const ProcedureSpec* spec = step.procedure.empty() ? nullptr : findProcedure(step.procedure);
  for (std::size_t i = 0; i < step.roles.size(); ++i) {
    const std::string& role = step.roles[i];
    const EquipmentRole* declared = plan_.role(role);
    if (declared == nullptr) {
      std::vector<std::string> known;
      for (const auto& r : plan_.equipment) known.push_back(r.role);
      problems_.add(
          step.at,
          spec != nullptr
              ? QCoreApplication::translate("robocert::plan",
                                            "%1: procedure %2 needs the role %3 (%4), which the "
                                            "plan's equipment does not declare")
                    .arg(what, q(spec->name), quote(role), q(toString(spec->roles[i].capability)))
              : QCoreApplication::translate("robocert::plan", "%1: %2")
                    .arg(what, unknownName(QCoreApplication::translate("robocert::plan", "role"),
                                           role, known)));
      continue;
    }
    if (spec != nullptr && !brokenRoles_.contains(role) &&
        declared->capability != spec->roles[i].capability) {
      problems_.add(
          step.at,
          QCoreApplication::translate("robocert::plan",
                                      "%1: procedure %2 needs %3 to be a %4, but the equipment "
                                      "declares it a %5 (line %6)")
              .arg(what, q(spec->name), quote(role), q(toString(spec->roles[i].capability)),
                   q(toString(declared->capability)))
              .arg(declared->at.line));
    }
  }
}

void PlanReader::checkScript(const Node& n, Step& step, const QString& what) {
  const auto source = readString(n, field(what, "script"), problems_);
  if (!source) return;
  if (source->find_first_not_of(" \t\r\n") == std::string::npos) {
    problems_.add(n.at, QCoreApplication::translate("robocert::plan", "%1: the script is empty")
                            .arg(field(what, "script")));
    return;
  }
  step.script = *source;
  step.scriptAt = scalarStart(text_, n.yaml.Mark());
  if (!options_.checkScript) return;
  if (auto p = options_.checkScript(*source)) {
    Location at = step.scriptAt;
    if (p->at.line > 0) {
      at.line = step.scriptAt.line + p->at.line - 1;
      if (p->at.column > 0) at.column = step.scriptAt.column + p->at.column - 1;
    }
    problems_.add(at, QCoreApplication::translate("robocert::plan", "%1: %2")
                          .arg(field(what, "script"), QString::fromStdString(p->message)));
  }
}

}  // namespace robocert::plan::detail
