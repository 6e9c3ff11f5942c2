// The small things of plan.hpp: names of the enumerations as the plan file spells them, value
// text, problem formatting and the plan's lookups.

#include <array>
#include <cstdlib>
#include <utility>

#include "robocert/plan/plan.hpp"
#include "values.hpp"

namespace robocert::plan {
namespace {

template <typename E, std::size_t N>
std::optional<E> lookup(const std::array<std::pair<E, std::string_view>, N>& table,
                        std::string_view name) {
  for (const auto& [e, n] : table) {
    if (n == name) return e;
  }
  return std::nullopt;
}

template <typename E, std::size_t N>
std::string_view nameOf(const std::array<std::pair<E, std::string_view>, N>& table, E e) {
  for (const auto& [v, n] : table) {
    if (v == e) return n;
  }
  return {};
}

constexpr std::array<std::pair<ParamType, std::string_view>, 6> kParamTypes{{
    {ParamType::Number, "number"},
    {ParamType::Integer, "integer"},
    {ParamType::Boolean, "boolean"},
    {ParamType::String, "string"},
    {ParamType::Choice, "choice"},
    {ParamType::NumberList, "number-list"},
}};

constexpr std::array<std::pair<Capability, std::string_view>, 4> kCapabilities{{
    {Capability::Manipulator, "manipulator"},
    {Capability::PoseSensor, "pose_sensor"},
    {Capability::ScalarSensor, "scalar_sensor"},
    {Capability::Actuator, "actuator"},
}};

constexpr std::array<std::pair<DecisionRule, std::string_view>, 3> kRules{{
    {DecisionRule::SimpleAcceptance, "simple"},
    {DecisionRule::GuardBand, "guard-band"},
    {DecisionRule::NonBinary, "non-binary"},
}};

constexpr std::array<std::pair<ResultOrigin, std::string_view>, 3> kOrigins{{
    {ResultOrigin::Procedure, "procedure"},
    {ResultOrigin::Script, "script"},
    {ResultOrigin::Any, "any"},
}};

template <typename T>
const T* byName(const std::vector<T>& list, const std::string& name, std::string T::*key) {
  for (const auto& e : list) {
    if (e.*key == name) return &e;
  }
  return nullptr;
}

}  // namespace

std::string format(const std::filesystem::path& file, const Problem& p) {
  std::string out = file.string();
  if (p.at.line > 0) {
    out += ':' + std::to_string(p.at.line);
    if (p.at.column > 0) out += ':' + std::to_string(p.at.column);
  }
  return out + ": " + p.message;
}

const std::string& localized(const Text& text, std::string_view language) {
  const bool chinese = language.starts_with("zh");
  const std::string& first = chinese ? text.zh : text.en;
  return first.empty() ? (chinese ? text.en : text.zh) : first;
}

std::string_view toString(ParamType t) { return nameOf(kParamTypes, t); }
std::optional<ParamType> parseParamType(std::string_view name) { return lookup(kParamTypes, name); }
std::string_view toString(Capability c) { return nameOf(kCapabilities, c); }
std::optional<Capability> parseCapability(std::string_view name) {
  return lookup(kCapabilities, name);
}
std::string_view toString(DecisionRule r) { return nameOf(kRules, r); }
std::optional<DecisionRule> parseDecisionRule(std::string_view name) {
  return lookup(kRules, name);
}

std::string_view toString(ResultOrigin o) { return nameOf(kOrigins, o); }
std::optional<ResultOrigin> parseResultOrigin(std::string_view name) {
  return lookup(kOrigins, name);
}

std::string toString(const Value& v) {
  if (const auto* d = std::get_if<double>(&v)) return detail::numberText(*d);
  if (const auto* i = std::get_if<std::int64_t>(&v)) return std::to_string(*i);
  if (const auto* b = std::get_if<bool>(&v)) return *b ? "true" : "false";
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  std::string out = "[";
  for (const double d : std::get<std::vector<double>>(v)) {
    if (out.size() > 1) out += ", ";
    out += detail::numberText(d);
  }
  return out + "]";
}

const Parameter* Plan::parameter(const std::string& name) const {
  return byName(parameters, name, &Parameter::name);
}

const EquipmentRole* Plan::role(const std::string& name) const {
  return byName(equipment, name, &EquipmentRole::role);
}

const Step* Plan::step(const std::string& stepId) const { return byName(steps, stepId, &Step::id); }

const Criterion* Plan::criterion(const std::string& characteristic, const std::string& subject,
                                 bool fromScript) const {
  const ResultOrigin origin = fromScript ? ResultOrigin::Script : ResultOrigin::Procedure;
  for (const Criterion& c : criteria) {
    if (c.characteristic != characteristic) continue;
    if (c.origin != ResultOrigin::Any && c.origin != origin) continue;
    if (c.subject.empty() || c.subject == subject || subject.rfind(c.subject + " ", 0) == 0)
      return &c;
  }
  return nullptr;
}

std::filesystem::path bundledLibraryDir() { return ROBOCERT_BUNDLED_PLAN_DIR; }

std::filesystem::path defaultLibraryDir() {
  if (const char* env = std::getenv("ROBOCERT_PLAN_DIR"); env != nullptr && *env != '\0')
    return env;
  return bundledLibraryDir();
}

}  // namespace robocert::plan
