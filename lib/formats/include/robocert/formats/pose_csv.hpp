#pragma once

// Reader of pose measurement files (docs/formats/pose-csv.md): UTF-8 CSV, one row per attained
// pose, a header naming the columns in any order. Positions in mm, angles in degrees.

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "robocert/metrology/iso9283.hpp"

namespace robocert::formats {

// The columns a pose file must have ("direction" may be left out and then defaults to 1).
// Other columns are allowed and ignored, so exports with extra fields read as they are.
inline constexpr std::string_view kPoseColumns[] = {"pose",  "cycle", "direction", "cmd_x", "cmd_y",
                                                    "cmd_z", "cmd_a", "cmd_b",     "cmd_c", "x",
                                                    "y",     "z",     "a",         "b",     "c"};

// Why a file cannot be read; line and column are 1-based (column counts characters), 0 when
// the error has no place.
struct PoseCsvError {
  enum class Kind {
    Empty,              // no header (only blank lines and comments)
    Binary,             // a NUL byte: not a text file
    InvalidUtf8,        // bytes that are not UTF-8
    NoData,             // a header but no rows
    MissingColumn,      // columnName is not in the header
    DuplicateColumn,    // columnName appears twice in the header
    FieldCount,         // the row has `actual` fields, the header `expected`
    UnterminatedQuote,  // a quoted field does not close on its line
    TextAfterQuote,     // characters between a closing quote and the next comma
    EmptyField,         // columnName is empty
    NotANumber,         // text in columnName is not a finite decimal number
    NotAnInteger,       // text in columnName is not a whole number in range
  };
  Kind kind = Kind::Empty;
  std::size_t line = 0;
  std::size_t column = 0;
  std::string columnName;
  std::string text;  // the offending field, as written (truncated to 40 characters)
  std::size_t expected = 0;
  std::size_t actual = 0;
};

// Parses a whole file's bytes. Each record carries its 1-based line for later messages.
// Integers: cycle >= 0, direction >= 1.
std::variant<std::vector<metrology::PoseRecord>, PoseCsvError> parsePoseCsv(std::string_view bytes);

}  // namespace robocert::formats
