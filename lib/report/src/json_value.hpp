#pragma once

// A small JSON tree with the canonical writer and a strict parser behind json.hpp. Private to
// lib/report: Qt's QJsonDocument cannot give the canonical form (it reformats numbers and loses
// integers beyond 2^53) nor the position of a problem.

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace robocert::report::detail {

struct JsonValue {
  enum class Kind { Null, Bool, Number, String, Array, Object };
  Kind kind = Kind::Null;
  bool boolean = false;
  std::string text;  // a string's content (UTF-8), or a number's token as written
  std::vector<JsonValue> items;
  std::vector<std::pair<std::string, JsonValue>> members;  // parser: text order
  std::size_t offset = 0;                                  // parser: where the value starts (bytes)

  static JsonValue null() { return {}; }
  static JsonValue string(std::string s);
  // The shortest text that reads back to the same double; throws std::domain_error when v is
  // not finite.
  static JsonValue number(double v);
  static JsonValue integer(std::int64_t v);
  static JsonValue array(std::vector<JsonValue> items);
  static JsonValue object();

  // Adds a member to an object (the writer sorts them).
  JsonValue& set(std::string key, JsonValue value);
};

// Canonical text: members sorted by key, no whitespace. Strings must be UTF-8 (checked by the
// caller, who can name the field).
std::string write(const JsonValue& value);

// A syntax error at a byte offset.
struct JsonSyntaxError : std::runtime_error {
  JsonSyntaxError(std::size_t at, const std::string& message)
      : std::runtime_error(message), offset(at) {}
  std::size_t offset;
};

// Parses one JSON text (RFC 8259, nesting at most 64 deep) or throws JsonSyntaxError. Repeated
// keys are kept (the reader decides); numbers keep their token, checked against the grammar.
JsonValue parse(std::string_view text);

// 1-based line and column (in characters) of a byte offset in text.
std::pair<std::size_t, std::size_t> lineColumn(std::string_view text, std::size_t offset);

}  // namespace robocert::report::detail
