// Reading and validating a plan file: the document, its metadata, equipment, parameters and
// criteria (steps are in steps.cpp), and the entry points load() and parse().

#include "plan_reader.hpp"

#include <QCoreApplication>
#include <algorithm>

#include "robocert/plan/characteristics.hpp"
#include "text_file.hpp"

namespace robocert::plan {
namespace detail {
namespace {

bool isPlanId(std::string_view s) {
  if (s.empty() ||
      !((s.front() >= 'a' && s.front() <= 'z') || (s.front() >= '0' && s.front() <= '9'))) {
    return false;
  }
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
  });
}

QString sv(std::string_view s) {
  return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

std::vector<std::string> names(std::initializer_list<std::string_view> list) {
  return {list.begin(), list.end()};
}

}  // namespace

void PlanReader::read(const Node& planNode) {
  const auto m = Mapping::read(planNode, QStringLiteral("plan"),
                               {"id", "version", "title", "standards", "applies-to", "equipment",
                                "parameters", "criteria", "steps"},
                               problems_);
  if (!m) return;
  if (const Node* n = m->require("id", problems_)) {
    if (auto id = readString(*n, QStringLiteral("id"), problems_)) {
      if (isPlanId(*id)) {
        plan_.id = *id;
      } else {
        problems_.add(n->at, QCoreApplication::translate(
                                 "robocert::plan",
                                 "id: %1 is not a plan id (lower-case letters, digits, '-', '_' "
                                 "and '.', starting with a letter or digit)")
                                 .arg(quote(*id)));
      }
    }
  }
  if (const Node* n = m->require("version", problems_)) {
    if (auto v = readString(*n, QStringLiteral("version"), problems_)) {
      if (v->empty()) {
        problems_.add(n->at, QCoreApplication::translate("robocert::plan",
                                                         "version: expected text, not nothing"));
      }
      plan_.version = *v;
    }
  }
  if (const Node* n = m->require("title", problems_)) {
    if (auto t = readText(*n, QStringLiteral("title"), problems_)) plan_.title = *t;
  }
  if (const Node* n = m->require("applies-to", problems_)) {
    if (auto a = readName(*n, QStringLiteral("applies-to"), problems_)) plan_.appliesTo = *a;
  }
  if (const Node* n = m->get("standards")) readStandards(*n);
  // Equipment and parameters first: criteria and steps refer to them.
  if (const Node* n = m->get("equipment")) readEquipment(*n);
  if (const Node* n = m->get("parameters")) readParameters(*n);
  if (const Node* n = m->get("criteria")) readCriteria(*n);
  if (const Node* n = m->require("steps", problems_)) readSteps(*n);
}

void PlanReader::readStandards(const Node& n) {
  const auto list = readSequence(n, QStringLiteral("standards"), problems_);
  if (!list) return;
  for (const Node& e : *list) {
    const QString what = QCoreApplication::translate("robocert::plan", "standard");
    const auto m = Mapping::read(e, what, {"standard", "clauses"}, problems_);
    if (!m) continue;
    StandardRef ref;
    if (const Node* s = m->require("standard", problems_)) {
      if (auto v = readString(*s, field(what, "standard"), problems_)) ref.standard = *v;
    }
    if (const Node* c = m->get("clauses")) {
      if (auto v = readStringList(*c, field(what, "clauses"), problems_)) ref.clauses = *v;
    }
    plan_.standards.push_back(std::move(ref));
  }
}

void PlanReader::readEquipment(const Node& n) {
  const auto list = readSequence(n, QStringLiteral("equipment"), problems_);
  if (!list) return;
  for (const Node& e : *list) {
    const std::size_t before = problems_.size();
    const auto peeked = peek(e, "role");
    QString what =
        peeked ? QCoreApplication::translate("robocert::plan", "role %1").arg(quote(*peeked))
               : QCoreApplication::translate("robocert::plan", "equipment");
    const auto m = Mapping::read(e, what, {"role", "capability", "quantity", "minimum", "optional"},
                                 problems_);
    if (!m) continue;
    EquipmentRole r;
    r.at = e.at;
    if (const Node* role = m->require("role", problems_)) {
      if (auto name = readName(*role, field(what, "role"), problems_)) {
        r.role = *name;
        what = QCoreApplication::translate("robocert::plan", "role %1").arg(quote(*name));
        if (plan_.role(*name) != nullptr) {
          problems_.add(role->at, QCoreApplication::translate("robocert::plan",
                                                              "role %1 is declared more than once")
                                      .arg(quote(*name)));
        }
      }
    }
    if (const Node* c = m->require("capability", problems_)) {
      if (auto s = readString(*c, field(what, "capability"), problems_)) {
        if (auto cap = parseCapability(*s)) {
          r.capability = *cap;
        } else {
          problems_.add(
              c->at,
              QCoreApplication::translate("robocert::plan", "%1: %2")
                  .arg(what,
                       unknownName(
                           QCoreApplication::translate("robocert::plan", "capability"), *s,
                           names({"manipulator", "pose_sensor", "scalar_sensor", "actuator"}))));
        }
      }
    }
    if (const Node* q = m->get("quantity")) {
      if (auto s = readString(*q, field(what, "quantity"), problems_)) r.quantity = *s;
    }
    if (const Node* o = m->get("optional")) {
      if (auto b = readBoolean(*o, field(what, "optional"), problems_)) r.optional = *b;
    }
    if (const Node* min = m->get("minimum")) {
      if (!min->yaml.IsMap()) {
        problems_.add(min->at, QCoreApplication::translate(
                                   "robocert::plan",
                                   "%1: expected a mapping of requirements to numbers, e.g. "
                                   "{mpe_um: 50}")
                                   .arg(field(what, "minimum")));
      } else {
        for (const auto& kv : min->yaml) {
          const Node key{kv.first, locate(kv.first.Mark())};
          const auto name = readName(key, field(what, "minimum"), problems_);
          const Node value{kv.second, kv.second.IsNull() ? key.at : locate(kv.second.Mark())};
          const auto number =
              name ? readNumber(value, field(field(what, "minimum"), *name), problems_)
                   : std::nullopt;
          if (name && number) r.minimum[*name] = *number;
        }
      }
    }
    if (problems_.size() != before && !r.role.empty()) brokenRoles_.insert(r.role);
    if (!r.role.empty() && plan_.role(r.role) == nullptr) plan_.equipment.push_back(std::move(r));
  }
}

void PlanReader::readParameters(const Node& n) {
  const auto list = readSequence(n, QStringLiteral("parameters"), problems_);
  if (!list) return;
  for (const Node& e : *list) {
    const std::size_t before = problems_.size();
    const auto peeked = peek(e, "name");
    QString what =
        peeked ? QCoreApplication::translate("robocert::plan", "parameter %1").arg(quote(*peeked))
               : QCoreApplication::translate("robocert::plan", "parameter");
    const auto m = Mapping::read(
        e, what, {"name", "type", "title", "unit", "default", "min", "max", "choices", "length"},
        problems_);
    if (!m) continue;
    Parameter p;
    p.at = e.at;
    if (const Node* name = m->require("name", problems_)) {
      if (auto s = readName(*name, field(what, "name"), problems_)) {
        p.name = *s;
        what = QCoreApplication::translate("robocert::plan", "parameter %1").arg(quote(*s));
        if (plan_.parameter(*s) != nullptr) {
          problems_.add(name->at, QCoreApplication::translate(
                                      "robocert::plan", "parameter %1 is declared more than once")
                                      .arg(quote(*s)));
        }
      }
    }
    bool typeKnown = false;
    if (const Node* type = m->require("type", problems_)) {
      if (auto s = readString(*type, field(what, "type"), problems_)) {
        if (auto t = parseParamType(*s)) {
          p.type = *t;
          typeKnown = true;
        } else {
          problems_.add(
              type->at,
              QCoreApplication::translate("robocert::plan", "%1: %2")
                  .arg(what, unknownName(QCoreApplication::translate("robocert::plan", "type"), *s,
                                         names({"number", "integer", "boolean", "string", "choice",
                                                "number-list"}))));
        }
      }
    }
    if (const Node* t = m->get("title")) {
      if (auto v = readText(*t, field(what, "title"), problems_)) p.title = *v;
    }
    if (const Node* u = m->get("unit")) {
      if (auto v = readString(*u, field(what, "unit"), problems_)) p.unit = *v;
    }
    const bool numeric = p.type == ParamType::Number || p.type == ParamType::Integer ||
                         p.type == ParamType::NumberList;
    for (const char* key : {"min", "max"}) {
      const Node* b = m->get(key);
      if (b == nullptr || !typeKnown) continue;
      if (!numeric) {
        problems_.add(b->at, QCoreApplication::translate(
                                 "robocert::plan",
                                 "%1: only number, integer and number-list parameters have "
                                 "bounds")
                                 .arg(field(what, key)));
        continue;
      }
      if (auto v = readNumber(*b, field(what, key), problems_)) {
        (std::string_view(key) == "min" ? p.min : p.max) = *v;
      }
    }
    if (p.min && p.max && *p.min > *p.max) {
      problems_.add(m->get("max")->at,
                    QCoreApplication::translate("robocert::plan", "%1: max %2 is less than min %3")
                        .arg(what, QString::fromStdString(numberText(*p.max)),
                             QString::fromStdString(numberText(*p.min))));
    }
    if (const Node* extra = m->get("choices"); typeKnown && p.type != ParamType::Choice && extra) {
      problems_.add(extra->at, QCoreApplication::translate(
                                   "robocert::plan", "%1: only choice parameters have choices")
                                   .arg(field(what, "choices")));
    } else if (typeKnown && p.type == ParamType::Choice) {
      if (const Node* c = m->require("choices", problems_)) {
        if (auto v = readStringList(*c, field(what, "choices"), problems_)) {
          std::vector<std::string> sorted = *v;
          std::sort(sorted.begin(), sorted.end());
          if (v->empty()) {
            problems_.add(c->at, QCoreApplication::translate("robocert::plan",
                                                             "%1: expected at least one choice")
                                     .arg(field(what, "choices")));
          } else if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end()) {
            problems_.add(
                c->at, QCoreApplication::translate("robocert::plan", "%1: a choice is listed twice")
                           .arg(field(what, "choices")));
          }
          p.choices = *v;
        }
      }
    }
    if (const Node* l = m->get("length"); l && typeKnown) {
      if (p.type != ParamType::NumberList) {
        problems_.add(l->at, QCoreApplication::translate(
                                 "robocert::plan", "%1: only number-list parameters have a length")
                                 .arg(field(what, "length")));
      } else if (auto v = readInteger(*l, field(what, "length"), problems_)) {
        if (*v < 1 || *v > 1000) {
          problems_.add(
              l->at, QCoreApplication::translate("robocert::plan", "%1: expected 1 to 1000, not %2")
                         .arg(field(what, "length"))
                         .arg(*v));
        } else {
          p.length = static_cast<std::size_t>(*v);
        }
      }
    }
    // The default is checked only against a declaration without problems of its own.
    if (const Node* d = m->require("default", problems_); d && problems_.size() == before) {
      if (auto v = readValue(*d, specOf(p), field(what, "default"), problems_)) {
        p.defaultValue = *v;
      }
    }
    if (problems_.size() != before && !p.name.empty()) brokenParameters_.insert(p.name);
    if (!p.name.empty() && plan_.parameter(p.name) == nullptr) {
      plan_.parameters.push_back(std::move(p));
    }
  }
}

void PlanReader::readCriteria(const Node& n) {
  const auto list = readSequence(n, QStringLiteral("criteria"), problems_);
  if (!list) return;
  std::vector<std::string> known;
  for (const auto& c : characteristics()) known.emplace_back(c.name);
  for (const Node& e : *list) {
    const auto m =
        Mapping::read(e, QCoreApplication::translate("robocert::plan", "criterion"),
                      {"characteristic", "subject", "limit", "unit", "rule", "origin"}, problems_);
    if (!m) continue;
    Criterion c;
    c.at = e.at;
    QString what = QCoreApplication::translate("robocert::plan", "criterion");
    const Characteristic* ch = nullptr;
    if (const Node* name = m->require("characteristic", problems_)) {
      if (auto s = readString(*name, field(what, "characteristic"), problems_)) {
        c.characteristic = *s;
        ch = findCharacteristic(*s);
        if (ch == nullptr) {
          problems_.add(name->at,
                        QCoreApplication::translate("robocert::plan", "%1: %2")
                            .arg(what, unknownName(QCoreApplication::translate("robocert::plan",
                                                                               "characteristic"),
                                                   *s, known)));
        } else {
          what = QCoreApplication::translate("robocert::plan", "criterion %1").arg(quote(*s));
        }
      }
    }
    if (const Node* s = m->get("subject")) {
      if (auto v = readString(*s, field(what, "subject"), problems_)) c.subject = *v;
    }
    if (const Node* l = m->require("limit", problems_)) {
      if (auto v = readNumber(*l, field(what, "limit"), problems_)) {
        c.limit = *v;
        if (*v < 0.0) {
          problems_.add(
              l->at, QCoreApplication::translate("robocert::plan", "%1: a limit cannot be negative")
                         .arg(field(what, "limit")));
        }
      }
    }
    const Node* unit = m->get("unit");
    if (unit != nullptr) {
      if (auto v = readString(*unit, field(what, "unit"), problems_)) c.unit = *v;
    }
    if (ch != nullptr) {
      if (unit == nullptr && !ch->unit.empty()) {
        problems_.add(m->at(), QCoreApplication::translate("robocert::plan",
                                                           "%1: missing key \"unit\" (%2 is in %3)")
                                   .arg(what, sv(ch->name), sv(ch->unit)));
      } else if (unit != nullptr && c.unit != ch->unit) {
        problems_.add(
            unit->at,
            (ch->unit.empty()
                 ? QCoreApplication::translate("robocert::plan",
                                               "%1: unit %2 does not fit %3, which is a count "
                                               "without a unit")
                 : QCoreApplication::translate("robocert::plan",
                                               "%1: unit %2 does not fit %3, which is "
                                               "in %4"))
                .arg(field(what, "unit"), quote(c.unit), sv(ch->name), sv(ch->unit)));
      }
      c.unit = std::string(ch->unit);
    }
    if (const Node* r = m->require("rule", problems_)) {
      if (auto s = readString(*r, field(what, "rule"), problems_)) {
        if (auto rule = parseDecisionRule(*s)) {
          c.rule = *rule;
        } else {
          problems_.add(
              r->at,
              QCoreApplication::translate("robocert::plan", "%1: %2")
                  .arg(what,
                       unknownName(QCoreApplication::translate("robocert::plan", "decision rule"),
                                   *s, names({"simple", "guard-band", "non-binary"}))));
        }
      }
    }
    if (const Node* o = m->get("origin")) {
      if (auto s = readString(*o, field(what, "origin"), problems_)) {
        if (auto origin = parseResultOrigin(*s)) {
          c.origin = *origin;
        } else {
          problems_.add(
              o->at,
              QCoreApplication::translate("robocert::plan", "%1: %2")
                  .arg(what, unknownName(QCoreApplication::translate(
                                             "robocert::plan", "origin of the results judged"),
                                         *s, names({"procedure", "script", "any"}))));
        }
      }
    }
    for (const auto& other : plan_.criteria) {
      const bool overlap = other.origin == c.origin || other.origin == ResultOrigin::Any ||
                           c.origin == ResultOrigin::Any;
      if (!c.characteristic.empty() && other.characteristic == c.characteristic &&
          other.subject == c.subject && overlap) {
        problems_.add(c.at, QCoreApplication::translate(
                                "robocert::plan",
                                "%1: the plan already has a criterion for %2 with this subject "
                                "(line %3)")
                                .arg(what, QString::fromStdString(c.characteristic))
                                .arg(other.at.line));
        break;
      }
    }
    plan_.criteria.push_back(std::move(c));
  }
}

}  // namespace detail

std::variant<Plan, std::vector<Problem>> parse(const std::string& text,
                                               const LoadOptions& options) {
  detail::Problems problems;
  const std::optional<YAML::Node> document = detail::loadDocument(text, problems);
  if (!document) return std::move(problems).sorted();
  const YAML::Node& root = *document;
  if (!root.IsMap() || !root["plan"]) {
    problems.add({1, 1}, QCoreApplication::translate(
                             "robocert::plan",
                             "not a test plan: the file must start with the key \"plan:\""));
    return std::move(problems).sorted();
  }
  const auto top = detail::Mapping::read({root, detail::locate(root.Mark())},
                                         QCoreApplication::translate("robocert::plan", "file"),
                                         {"plan"}, problems);
  detail::PlanReader reader(text, options, problems);
  if (top) {
    const detail::Node* planNode = top->get("plan");
    reader.read(*planNode);
  }
  if (!problems.empty()) return std::move(problems).sorted();
  Plan plan = std::move(reader.plan());
  plan.sourceText = text;
  plan.sha256Hex = detail::sha256Hex(text);
  return plan;
}

std::variant<Plan, std::vector<Problem>> load(const std::filesystem::path& file,
                                              const LoadOptions& options) {
  auto text = detail::readTextFile(file);
  if (auto* why = std::get_if<QString>(&text)) {
    return std::vector<Problem>{{{}, why->toStdString()}};
  }
  return parse(std::get<std::string>(text), options);
}

}  // namespace robocert::plan
