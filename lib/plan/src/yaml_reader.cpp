#include "yaml_reader.hpp"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

#include "robocert/plan/text_input.hpp"
#include "robocert/textio/yaml.hpp"

namespace robocert::plan::detail {
namespace {

bool isPlain(const YAML::Node& n) { return n.Tag() == "?"; }

// Edits (insert, delete, replace, swap two neighbours) that turn a into b: the optimal string
// alignment distance, so "rpc" is one edit from "rcp".
std::size_t editDistance(std::string_view a, std::string_view b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

QString kindOf(const YAML::Node& n) {
  switch (n.Type()) {
    case YAML::NodeType::Map:
      return QCoreApplication::translate("robocert::plan", "a mapping");
    case YAML::NodeType::Sequence:
      return QCoreApplication::translate("robocert::plan", "a list");
    case YAML::NodeType::Scalar:
      return quote(n.Scalar());
    default:
      return QCoreApplication::translate("robocert::plan", "nothing");
  }
}

QString notA(const QString& what, const QString& expected, const YAML::Node& n) {
  return QCoreApplication::translate("robocert::plan", "%1: expected %2, not %3")
      .arg(what, expected, kindOf(n));
}

}  // namespace

Location locate(const YAML::Mark& mark) {
  if (mark.is_null()) return {};
  return {mark.line + 1, mark.column + 1};
}

std::optional<YAML::Node> loadDocument(const std::string& text, Problems& problems) {
  auto loaded = textio::loadYaml(text);
  if (auto* e = std::get_if<textio::YamlError>(&loaded)) {
    problems.add({static_cast<int>(e->line), static_cast<int>(e->column)},
                 QString::fromStdString(plan::describe(*e)));
    return std::nullopt;
  }
  return std::get<YAML::Node>(std::move(loaded));
}

void Problems::add(Location at, const QString& message) {
  list_.push_back({at, message.toStdString()});
}

std::vector<Problem> Problems::sorted() && {
  std::stable_sort(list_.begin(), list_.end(), [](const Problem& a, const Problem& b) {
    return std::pair(a.at.line, a.at.column) < std::pair(b.at.line, b.at.column);
  });
  return std::move(list_);
}

QString quote(std::string_view text) {
  return u'"' + QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())) + u'"';
}

QString field(const QString& what, std::string_view key) {
  const QString k = QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
  // "step load, with": the path to a key, joined as the language joins it.
  return what.isEmpty() ? k : QCoreApplication::translate("robocert::plan", "%1, %2").arg(what, k);
}

std::optional<std::string> closest(std::string_view name, const std::vector<std::string>& known) {
  std::optional<std::string> best;
  std::size_t bestDistance = 0;
  for (const auto& k : known) {
    const std::size_t d = editDistance(name, k);
    if (!best || d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  // A likely typo: at most a third of the name changed (at least one edit allowed).
  const std::size_t allowed = std::max<std::size_t>(1, name.size() / 3);
  if (best && bestDistance <= allowed) return best;
  // Or a known name shortened: "int" for "integer".
  if (name.size() >= 3) {
    for (const auto& k : known) {
      if (k.starts_with(name)) return k;
    }
  }
  return std::nullopt;
}

QString suggestion(std::string_view name, const std::vector<std::string>& known) {
  if (const auto best = closest(name, known)) {
    return QCoreApplication::translate("robocert::plan", "; did you mean %1?").arg(quote(*best));
  }
  if (known.empty()) return QCoreApplication::translate("robocert::plan", " (there are none)");
  QStringList names;
  for (const auto& k : known) names << QString::fromStdString(k);
  return QCoreApplication::translate("robocert::plan", " (known: %1)")
      .arg(names.join(QStringLiteral(", ")));
}

QString unknownName(const QString& what, std::string_view name,
                    const std::vector<std::string>& known) {
  return QCoreApplication::translate("robocert::plan", "unknown %1 %2%3")
      .arg(what, quote(name), suggestion(name, known));
}

std::optional<Mapping> Mapping::read(const Node& node, const QString& what,
                                     std::initializer_list<std::string_view> known,
                                     Problems& problems) {
  if (!node.yaml.IsMap()) {
    problems.add(node.at,
                 notA(what, QCoreApplication::translate("robocert::plan", "a mapping"), node.yaml));
    return std::nullopt;
  }
  Mapping m;
  m.at_ = node.at;
  m.what_ = what;
  const std::vector<std::string> knownKeys(known.begin(), known.end());
  for (const auto& kv : node.yaml) {
    const Location keyAt = locate(kv.first.Mark());
    if (!kv.first.IsScalar()) {
      problems.add(
          keyAt,
          QCoreApplication::translate("robocert::plan", "%1: a key must be a name").arg(what));
      continue;
    }
    const std::string key = kv.first.Scalar();
    if (std::find(knownKeys.begin(), knownKeys.end(), key) == knownKeys.end()) {
      problems.add(keyAt,
                   QCoreApplication::translate("robocert::plan", "%1: %2")
                       .arg(what, unknownName(QCoreApplication::translate("robocert::plan", "key"),
                                              key, knownKeys)));
      continue;
    }
    if (m.get(key) != nullptr) {
      problems.add(
          keyAt, QCoreApplication::translate("robocert::plan", "%1: key %2 appears more than once")
                     .arg(what, quote(key)));
      continue;
    }
    const Location valueAt = kv.second.IsNull() ? keyAt : locate(kv.second.Mark());
    m.entries_.push_back({key, keyAt, {kv.second, valueAt}});
  }
  return m;
}

const Node* Mapping::get(std::string_view key) const {
  for (const auto& e : entries_) {
    if (e.key == key) return &e.value;
  }
  return nullptr;
}

const Node* Mapping::require(std::string_view key, Problems& problems) const {
  const Node* n = get(key);
  if (n == nullptr) {
    problems.add(
        at_,
        QCoreApplication::translate("robocert::plan", "%1: missing key %2").arg(what_, quote(key)));
  }
  return n;
}

std::optional<std::string> readString(const Node& n, const QString& what, Problems& problems) {
  if (!n.yaml.IsScalar()) {
    problems.add(n.at, notA(what, QCoreApplication::translate("robocert::plan", "text"), n.yaml));
    return std::nullopt;
  }
  return n.yaml.Scalar();
}

std::optional<std::string> peek(const Node& n, std::string_view key) {
  if (!n.yaml.IsMap()) return std::nullopt;
  for (const auto& kv : n.yaml) {
    if (kv.first.IsScalar() && kv.first.Scalar() == key && kv.second.IsScalar()) {
      return kv.second.Scalar();
    }
  }
  return std::nullopt;
}

bool isName(std::string_view s) {
  if (s.empty() || s.front() < 'a' || s.front() > 'z') return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

std::optional<std::string> readName(const Node& n, const QString& what, Problems& problems) {
  auto s = readString(n, what, problems);
  if (s && !isName(*s)) {
    problems.add(n.at, QCoreApplication::translate(
                           "robocert::plan",
                           "%1: %2 is not a name (lower-case letters, digits and _, starting "
                           "with a letter)")
                           .arg(what, quote(*s)));
    return std::nullopt;
  }
  return s;
}

std::optional<double> readNumber(const Node& n, const QString& what, Problems& problems) {
  if (n.yaml.IsScalar() && isPlain(n.yaml)) {
    if (auto v = parseNumber(n.yaml.Scalar())) return v;
  }
  problems.add(n.at, notA(what, QCoreApplication::translate("robocert::plan", "a number"), n.yaml));
  return std::nullopt;
}

std::optional<std::int64_t> readInteger(const Node& n, const QString& what, Problems& problems) {
  if (n.yaml.IsScalar() && isPlain(n.yaml)) {
    if (auto v = parseInteger(n.yaml.Scalar())) return v;
  }
  problems.add(n.at,
               notA(what, QCoreApplication::translate("robocert::plan", "a whole number"), n.yaml));
  return std::nullopt;
}

std::optional<bool> readBoolean(const Node& n, const QString& what, Problems& problems) {
  if (n.yaml.IsScalar() && isPlain(n.yaml)) {
    if (auto v = parseBoolean(n.yaml.Scalar())) return v;
  }
  problems.add(n.at,
               notA(what, QCoreApplication::translate("robocert::plan", "true or false"), n.yaml));
  return std::nullopt;
}

std::optional<Text> readText(const Node& n, const QString& what, Problems& problems) {
  Text t;
  if (n.yaml.IsScalar()) {
    t.en = n.yaml.Scalar();
  } else {
    const auto m = Mapping::read(n, what, {"en", "zh"}, problems);
    if (!m) return std::nullopt;
    bool ok = true;
    if (const Node* en = m->get("en")) {
      auto s = readString(*en, field(what, "en"), problems);
      ok = ok && s;
      if (s) t.en = *s;
    }
    if (const Node* zh = m->get("zh")) {
      auto s = readString(*zh, field(what, "zh"), problems);
      ok = ok && s;
      if (s) t.zh = *s;
    }
    if (!ok) return std::nullopt;
  }
  if (t.en.empty() && t.zh.empty()) {
    problems.add(n.at, QCoreApplication::translate("robocert::plan",
                                                   "%1: expected text in English (en) or "
                                                   "Chinese (zh), not nothing")
                           .arg(what));
    return std::nullopt;
  }
  return t;
}

std::optional<std::vector<Node>> readSequence(const Node& n, const QString& what,
                                              Problems& problems) {
  if (!n.yaml.IsSequence()) {
    problems.add(n.at, notA(what, QCoreApplication::translate("robocert::plan", "a list"), n.yaml));
    return std::nullopt;
  }
  std::vector<Node> out;
  for (const auto& e : n.yaml) {
    out.push_back({e, e.IsNull() ? n.at : locate(e.Mark())});
  }
  return out;
}

std::optional<std::vector<std::string>> readStringList(const Node& n, const QString& what,
                                                       Problems& problems) {
  const auto seq = readSequence(n, what, problems);
  if (!seq) return std::nullopt;
  std::vector<std::string> out;
  bool ok = true;
  for (const auto& e : *seq) {
    auto s = readString(e, what, problems);
    ok = ok && s;
    if (s) out.push_back(*s);
  }
  if (!ok) return std::nullopt;
  return out;
}

std::optional<Value> readValue(const Node& n, const ValueSpec& spec, const QString& what,
                               Problems& problems) {
  auto wrong = [&] {
    problems.add(n.at, notA(what, describe(spec), n.yaml));
    return std::nullopt;
  };
  Value v;
  switch (spec.type) {
    case ParamType::Number:
    case ParamType::Integer:
    case ParamType::Boolean: {
      if (!n.yaml.IsScalar() || !isPlain(n.yaml)) return wrong();
      const std::string& s = n.yaml.Scalar();
      if (spec.type == ParamType::Number) {
        const auto d = parseNumber(s);
        if (!d) return wrong();
        v = *d;
      } else if (spec.type == ParamType::Integer) {
        const auto i = parseInteger(s);
        if (!i) return wrong();
        v = *i;
      } else {
        const auto b = parseBoolean(s);
        if (!b) return wrong();
        v = *b;
      }
      break;
    }
    case ParamType::String:
    case ParamType::Choice:
      if (!n.yaml.IsScalar()) return wrong();
      v = n.yaml.Scalar();
      break;
    case ParamType::NumberList: {
      if (!n.yaml.IsSequence()) return wrong();
      std::vector<double> list;
      for (const auto& e : n.yaml) {
        const auto d = e.IsScalar() && isPlain(e) ? parseNumber(e.Scalar()) : std::nullopt;
        if (!d) {
          problems.add(e.IsNull() ? n.at : locate(e.Mark()),
                       notA(what, QCoreApplication::translate("robocert::plan", "a number"), e));
          return std::nullopt;
        }
        list.push_back(*d);
      }
      v = std::move(list);
      break;
    }
  }
  if (auto m = violation(v, spec)) {
    problems.add(n.at, QCoreApplication::translate("robocert::plan", "%1: %2").arg(what, *m));
    return std::nullopt;
  }
  return v;
}

}  // namespace robocert::plan::detail
