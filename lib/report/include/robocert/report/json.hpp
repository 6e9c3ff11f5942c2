#pragma once

// The report as canonical JSON, for a lab information system and as the report's integrity
// anchor (docs/reports.md, "Report layout and templates").
//
// Canonical form: one line, no whitespace, object keys sorted (byte order; all keys are ASCII
// snake_case), strings UTF-8 with only '"', '\\' and control characters escaped (\b \f \n \r \t,
// others \u00xx), numbers in their shortest form that reads back to the same double (integers
// for counts and ids), absent optional values as null, every key always present. Two equal
// Documents give byte-identical JSON, and toJson(fromJson(toJson(d))) == toJson(d).
//
// The content hash of a report is SHA-256 of toJson(doc, false): the canonical JSON without the
// "approval" key. Approval records that hash (Approval::contentSha256) and so freezes the
// content: any later change to any value, unit, uncertainty, verdict or text changes it.

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>

#include "robocert/report/document.hpp"

namespace robocert::report {

// The "format" member of every report JSON; fromJson refuses other formats.
inline constexpr std::string_view kReportJsonFormat = "robocert-report/1";

// Canonical JSON of every field of doc (see above). includeApproval false leaves the
// "approval" key out (the hashed content); true writes it (null for a draft).
// Throws std::invalid_argument naming the field (e.g. "results[3].value") when a number is not
// finite or a text is not valid UTF-8: JSON cannot carry the former, and a certificate must not
// carry either.
std::string toJson(const Document& doc, bool includeApproval = true);

// Why a text is not a report JSON. offset is 0-based in bytes; line and column are 1-based
// (column counts characters); message is for a person (translatable, context
// "robocert::report") and names the member when the text is JSON but not a report
// ("results[2].verdict: expected a string").
struct JsonError {
  std::size_t offset = 0;
  std::size_t line = 0;
  std::size_t column = 0;
  std::string message;
};
// "line:column: message".
std::string format(const JsonError& error);

// Reads any valid JSON text of a report (whitespace and key order free) back into a Document.
// Strict: every member must be present with its type, unknown and repeated members are errors,
// integers must be whole numbers in range, texts valid UTF-8. "approval" may be absent
// (content JSON) or null (draft).
std::variant<Document, JsonError> fromJson(std::string_view text);

}  // namespace robocert::report
