#pragma once

// A test plan: a controlled document (YAML) that says what to test, with what, how, and what
// counts as passing. load() reads and fully validates one before anything moves; the run engine
// (lib/engine) executes it. See docs/formats/test-plan.md for the file format.
//
// Units are explicit: a parameter or criterion carries its unit; positions are mm and angles
// degrees in the robot base frame, times in s unless a name says otherwise.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace robocert::plan {

// 1-based line and column in the plan file (0 when unknown).
struct Location {
  int line = 0;
  int column = 0;
};

// One problem found in a plan, as `file:line:column: message` (format()).
struct Problem {
  Location at;
  std::string message;  // for a person, in the language of the translator installed (tr())
};
// `file:line:column: message`; `file:line: message` without a column and `file: message`
// without a line.
std::string format(const std::filesystem::path& file, const Problem& p);

struct Text {  // bilingual text; either may be empty, en is the fallback
  std::string en;
  std::string zh;
};
// The text in `language` ("zh", "zh-CN", "zh_CN" pick zh; anything else en), falling back to
// the other language when that one is empty.
const std::string& localized(const Text& text, std::string_view language);

struct StandardRef {
  std::string standard;              // "ISO 9283:1998", "GB/T 12642-2013"
  std::vector<std::string> clauses;  // "7.2.1", "7.2.2", ...
};

// A parameter value: numbers are double, integers int64, lists are lists of numbers (a pose
// [x, y, z, a, b, c], a list of speed fractions).
using Value = std::variant<double, std::int64_t, bool, std::string, std::vector<double>>;
std::string toString(const Value& v);

enum class ParamType { Number, Integer, Boolean, String, Choice, NumberList };
// The names the plan file uses: number, integer, boolean, string, choice, number-list.
std::string_view toString(ParamType t);
std::optional<ParamType> parseParamType(std::string_view name);

struct Parameter {
  std::string name;  // [a-z][a-z0-9_]*
  ParamType type = ParamType::Number;
  Text title;
  std::string unit;                   // "mm", "s", "" (fractions, counts)
  Value defaultValue;                 // of the parameter's type, within the bounds
  std::optional<double> min, max;     // Number, Integer, each element of NumberList; inclusive
  std::vector<std::string> choices;   // Choice only
  std::optional<std::size_t> length;  // NumberList: exact number of elements, when fixed
  Location at;
};

// What a plan needs of the station. The capability is what the engine drives through
// lib/devices: manipulator, pose_sensor, scalar_sensor, actuator.
enum class Capability { Manipulator, PoseSensor, ScalarSensor, Actuator };
// manipulator, pose_sensor, scalar_sensor, actuator
std::string_view toString(Capability c);
std::optional<Capability> parseCapability(std::string_view name);
struct EquipmentRole {
  std::string role;  // the name steps and the station file use: robot, tracker, torque, ...
  Capability capability = Capability::Manipulator;
  std::string quantity;  // scalar sensors and actuators: torque, angle, temperature, ...
  // Minimum instrument capability, checked against the instrument's record before a run:
  // the largest acceptable maximum permissible error (pose sensors: MPE in µm at 1 m), the
  // lowest sample rate, ... Free-form key -> value with unit in the key (mpe_um, rate_hz).
  std::map<std::string, double> minimum;
  bool optional = false;
  Location at;
};

// ILAC-G8:09/2019 decision rules.
enum class DecisionRule { SimpleAcceptance, GuardBand, NonBinary };
// simple, guard-band, non-binary
std::string_view toString(DecisionRule r);
std::optional<DecisionRule> parseDecisionRule(std::string_view name);

// Which results a criterion judges, by where they come from (plan key `origin`): the
// characteristics a built-in procedure computes from the stored measurements (the default), the
// values script steps record under a characteristic's name (only when the plan says so: a
// script's number is not the standard's procedure), or both.
enum class ResultOrigin { Procedure, Script, Any };
std::string_view toString(ResultOrigin o);  // procedure, script, any
std::optional<ResultOrigin> parseResultOrigin(std::string_view name);

struct Criterion {
  // AP_P, RP_l, vAP_P, AD_P, RD_P, MTBF_lower, ...: one of characteristics.hpp.
  std::string characteristic;
  // Which results it covers: "" = every one of that characteristic; else a pose name (P1..P5) or
  // a step id, as the results name their subject.
  std::string subject;
  // The limit, >= 0: an upper limit of the result's magnitude for the "at most"
  // characteristics (all but MTBF and MTBF_lower), a lower limit for the "at least" ones; see
  // Characteristic::sense.
  double limit = 0.0;
  std::string unit;  // of the limit: the characteristic's unit, always
  DecisionRule rule = DecisionRule::SimpleAcceptance;
  ResultOrigin origin = ResultOrigin::Procedure;
  Location at;
};

// A step: a built-in procedure (C++, see procedures.hpp) or a JavaScript script.
struct Step {
  std::string id;  // unique in the plan, [a-z][a-z0-9_]*
  Text title;
  std::string procedure;  // empty for a script step
  // Procedure arguments as written, validated against the procedure's spec: each holds the
  // argument's type (a Number argument written as 30 is the double 30.0), or the string "$name"
  // that refers to plan parameter `name` (any string argument starting with $ does).
  // stepArguments() gives the values for a run, defaults included.
  std::map<std::string, Value> args;
  std::map<std::string, Location> argAt;
  std::string script;  // script step: the JavaScript source
  // Where the source's first line starts in the plan file: JavaScript line N, column C is plan
  // line scriptAt.line + N - 1, column scriptAt.column + C - 1 (exact for a block scalar `|`).
  Location scriptAt;
  std::vector<std::string> roles;  // equipment roles the step uses (from the spec, or declared)
  Location at;
};

struct Plan {
  std::string id;       // e.g. "iso9283-pose-repeatability"
  std::string version;  // e.g. "1.0"
  Text title;
  std::vector<StandardRef> standards;
  std::string appliesTo;  // item kind: industrial_robot, reducer, ...
  std::vector<EquipmentRole> equipment;
  std::vector<Parameter> parameters;
  std::vector<Criterion> criteria;
  std::vector<Step> steps;
  std::string sourceText;  // the file as read, byte for byte (stored with the run)
  std::string sha256Hex;   // of sourceText

  const Parameter* parameter(const std::string& name) const;
  const EquipmentRole* role(const std::string& name) const;
  const Step* step(const std::string& id) const;
  // The criterion that covers a result, the first in the plan's order: same characteristic,
  // its subject empty, equal to the result's, or a leading word of it ("P1" covers "P1 v100"
  // and "P1 v100 dir 2"; "v100" covers nothing), and its origin the result's (a value a script
  // recorded, fromScript, only by a criterion with origin script or any). nullptr when none does.
  const Criterion* criterion(const std::string& characteristic, const std::string& subject,
                             bool fromScript = false) const;
};

// Checks a script's syntax without running it: nullopt when it parses, else the problem with
// its location relative to the script's first line (line 1, column 1). Supplied by the script
// host (robocert::script::checkSyntax) so this module does not depend on Qt.
using ScriptChecker = std::function<std::optional<Problem>(const std::string& source)>;

struct LoadOptions {
  ScriptChecker checkScript;  // null: script syntax is not checked
};

// Reads and validates a plan: YAML syntax, schema (required keys, types, unknown keys),
// parameter types, defaults and bounds, criteria, steps (known procedures, their arguments,
// "$param" references of the right type, roles the plan declares), script syntax. Every
// problem is reported (not only the first), each located, in the order of their locations; a
// Plan comes back only when there are none. A file that cannot be read is one problem without
// a location.
std::variant<Plan, std::vector<Problem>> load(const std::filesystem::path& file,
                                              const LoadOptions& options = {});
std::variant<Plan, std::vector<Problem>> parse(const std::string& text,
                                               const LoadOptions& options = {});

// Parameter values for a run: the defaults, overridden by `overrides` ("name" -> text as typed
// on the command line, e.g. "cycles" -> "10", "speeds" -> "1,0.5,0.1"). Each override is
// parsed as the parameter's type and checked against its bounds; problems are located at the
// parameter's declaration and name the override.
using Values = std::map<std::string, Value>;
std::variant<Values, std::vector<Problem>> resolve(
    const Plan& plan, const std::map<std::string, std::string>& overrides);

// Parameter values as stored with a run (runs.parameters): one JSON object, numbers as JSON
// numbers in their shortest exact form (they read back bit for bit).
std::string valuesToJson(const Values& values);
// Reads them back with the plan's declared types; nullopt when a parameter of the plan has no
// value in `json` (another plan's values).
std::optional<Values> valuesFromJson(const Plan& plan, const std::string& json);

// A procedure step's arguments for a run: every argument of its procedure, "$param" references
// replaced by `values` (from resolve() of the same plan) and arguments not written given their
// defaults; each in the argument's type (an Integer parameter feeding a Number argument becomes
// a double). Script steps have none. std::out_of_range when a referenced value is missing.
std::map<std::string, Value> stepArguments(const Step& step, const Values& values);

// The plan library: every *.yaml / *.yml under dir (recursively) that declares a plan (a line
// starting with `plan:`), sorted by path; each loaded, or with the problems that stopped it
// (the first is the one to show). Files and folders that cannot be read are skipped.
struct LibraryEntry {
  std::filesystem::path file;
  std::optional<Plan> plan;
  std::vector<Problem> problems;
};
std::vector<LibraryEntry> library(const std::filesystem::path& dir,
                                  const LoadOptions& options = {});

// The plans shipped with RoboCert (test-plans/ of the source tree this was built from), for
// development builds and tests; an installed program names its library directory instead.
std::filesystem::path bundledLibraryDir();
// The plan library programs use by default: $ROBOCERT_PLAN_DIR when set and not empty, else
// bundledLibraryDir().
std::filesystem::path defaultLibraryDir();

}  // namespace robocert::plan
