#pragma once

// Reading one plan document into a Plan, every problem collected with its location. The parts
// are read in an order that lets later parts be checked against earlier ones (steps against
// parameters and equipment) whatever order the file lists them in.

#include <set>
#include <string>

#include "robocert/plan/plan.hpp"
#include "robocert/plan/procedures.hpp"
#include "yaml_reader.hpp"

namespace robocert::plan::detail {

class PlanReader {
 public:
  PlanReader(const std::string& text, const LoadOptions& options, Problems& problems)
      : text_(text), options_(options), problems_(problems) {}

  // Reads the value of the document's `plan:` key into plan_.
  void read(const Node& planNode);
  Plan& plan() { return plan_; }

 private:
  void readStandards(const Node& n);
  void readEquipment(const Node& n);
  void readParameters(const Node& n);
  void readCriteria(const Node& n);
  // steps.cpp
  void readSteps(const Node& n);
  void readStep(const Node& n, std::set<std::string>& earlierProcedures);
  void readArguments(const Node& with, const ProcedureSpec& spec, Step& step, const QString& what);
  void checkReference(const Node& n, const ArgumentSpec& arg, const std::string& name,
                      const QString& what);
  void checkRoles(const Step& step, const QString& what);
  void checkScript(const Node& n, Step& step, const QString& what);

  const std::string& text_;
  const LoadOptions& options_;
  Problems& problems_;
  Plan plan_;
  // Parameters and roles whose declaration has problems: references to them are not checked
  // further, so one mistake is reported once.
  std::set<std::string> brokenParameters_;
  std::set<std::string> brokenRoles_;
};

}  // namespace robocert::plan::detail
