#pragma once

// Typed values of parameters and procedure arguments: parsing them from text and checking them
// against what they must be. Messages are for a person (translated).

#include <QString>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "robocert/plan/plan.hpp"
#include "robocert/plan/procedures.hpp"

namespace robocert::plan::detail {

// What a value must be: a parameter's declaration or a procedure argument's spec.
struct ValueSpec {
  ParamType type = ParamType::Number;
  std::optional<double> min, max;  // inclusive; NumberList: each element
  std::vector<std::string> choices;
  std::optional<std::size_t> length;
};
ValueSpec specOf(const Parameter& p);
ValueSpec specOf(const ArgumentSpec& a);

// The shortest text that reads back as the same double ("0.1", "30", "1e-05").
std::string numberText(double v);

// A finite decimal number (an optional leading '+' allowed); nullopt otherwise.
std::optional<double> parseNumber(std::string_view text);
// A whole number in int64 range; nullopt otherwise.
std::optional<std::int64_t> parseInteger(std::string_view text);
// true/false in YAML's spellings (true, True, TRUE, false, False, FALSE).
std::optional<bool> parseBoolean(std::string_view text);

// What the spec accepts, for messages: "a whole number from 1 to 1000", "one of: linear, joint".
QString describe(const ValueSpec& spec);

// The value's bounds, choices and length against the spec (the type is assumed right): the
// message when it does not fit, nullopt when it does.
std::optional<QString> violation(const Value& value, const ValueSpec& spec);

// Text typed on a command line as the spec's type, checked against it (number-list: numbers
// separated by commas, optionally in [ ]). The value, or the message.
std::variant<Value, QString> parseText(std::string_view text, const ValueSpec& spec);

// The value converted to `type` where the plan allows it (Integer -> Number); unchanged
// otherwise.
Value convertTo(const Value& value, ParamType type);

}  // namespace robocert::plan::detail
