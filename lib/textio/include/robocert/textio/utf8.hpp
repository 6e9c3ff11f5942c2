#pragma once

// UTF-8 validation (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF) with the
// position of the first invalid byte, so a person is told exactly where a file is not UTF-8.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace robocert::textio {

// A place in a text: offset in bytes from 0; line and column from 1, the column counting
// characters (UTF-8 sequences), so it matches what an editor shows.
struct TextPosition {
  std::size_t offset = 0;
  std::size_t line = 1;
  std::size_t column = 1;
};

// Byte offset of the first byte that is not part of well-formed UTF-8, or nullopt.
std::optional<std::size_t> firstInvalidUtf8Offset(std::string_view text);
// Where that byte is (line:column), or nullopt when the text is valid UTF-8.
std::optional<TextPosition> firstInvalidUtf8(std::string_view text);
inline bool isValidUtf8(std::string_view text) { return !firstInvalidUtf8Offset(text); }

// Line and column of a byte offset (offset clamped to the text's size).
TextPosition positionOf(std::string_view text, std::size_t offset);

// The text with every invalid byte replaced by U+FFFD (the replacement character), for text from
// devices that is kept as evidence but must stay valid UTF-8 to be stored and reported.
std::string toValidUtf8(std::string_view text);

}  // namespace robocert::textio
