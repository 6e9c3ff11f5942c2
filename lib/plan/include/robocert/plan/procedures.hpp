#pragma once

// The built-in procedures a plan step can name, with the arguments each takes. One table
// (procedures.cpp) serves validation (plan::load) and the engine (lib/engine), which implements
// each procedure by name.

#include <optional>
#include <string>
#include <vector>

#include "robocert/plan/plan.hpp"

namespace robocert::plan {

struct ArgumentSpec {
  std::string name;
  ParamType type = ParamType::Number;
  bool required = false;
  std::optional<Value> defaultValue;  // when not required
  std::optional<double> min, max;     // inclusive; NumberList: per element
  std::vector<std::string> choices;   // Choice
  std::optional<std::size_t> length;  // NumberList with a fixed length
  std::string unit;
  Text help;
};

struct RoleNeed {
  std::string role;  // default role name the procedure uses ("robot", "tracker")
  Capability capability = Capability::Manipulator;
};

struct ProcedureSpec {
  std::string name;  // "iso9283.pose_cycles"
  Text title;
  std::vector<ArgumentSpec> arguments;
  std::vector<RoleNeed> roles;
  std::vector<std::string> clauses;  // standard clauses it implements, e.g. "ISO 9283:1998 7.2.1"
  // Procedures an earlier step of the plan must run (the test cube's poses, the tracker's
  // registration before anything is measured).
  std::vector<std::string> needsEarlier;

  const ArgumentSpec* argument(const std::string& name) const;
};

const std::vector<ProcedureSpec>& procedures();
const ProcedureSpec* findProcedure(const std::string& name);  // nullptr when unknown

}  // namespace robocert::plan
