#include "robocert/textio/utf8.hpp"

#include <algorithm>

namespace robocert::textio {
namespace {

// Length of the well-formed sequence starting at text[i], or 0 when it is not one.
std::size_t sequenceLength(std::string_view text, std::size_t i) {
  const auto b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) return 1;
  std::size_t len = 0;
  unsigned lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b >= 0xC2 && b <= 0xDF) {
    len = 2;
  } else if (b >= 0xE0 && b <= 0xEF) {
    len = 3;
    if (b == 0xE0) lo = 0xA0;  // overlong
    if (b == 0xED) hi = 0x9F;  // surrogates
  } else if (b >= 0xF0 && b <= 0xF4) {
    len = 4;
    if (b == 0xF0) lo = 0x90;  // overlong
    if (b == 0xF4) hi = 0x8F;  // above U+10FFFF
  } else {
    return 0;
  }
  if (i + len > text.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    const auto c = static_cast<unsigned char>(text[i + k]);
    if (c < (k == 1 ? lo : 0x80u) || c > (k == 1 ? hi : 0xBFu)) return 0;
  }
  return len;
}

}  // namespace

std::optional<std::size_t> firstInvalidUtf8Offset(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t len = sequenceLength(text, i);
    if (len == 0) return i;
    i += len;
  }
  return std::nullopt;
}

TextPosition positionOf(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  const std::string_view before = text.substr(0, offset);
  const std::size_t lineStart =
      before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
  TextPosition p;
  p.offset = offset;
  p.line = 1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
  // Characters, not bytes: continuation bytes (10xxxxxx) do not start a column.
  p.column = 1 + static_cast<std::size_t>(std::count_if(
                     before.begin() + static_cast<std::ptrdiff_t>(lineStart), before.end(),
                     [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
  return p;
}

std::optional<TextPosition> firstInvalidUtf8(std::string_view text) {
  const auto offset = firstInvalidUtf8Offset(text);
  if (!offset) return std::nullopt;
  return positionOf(text, *offset);
}

std::string toValidUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t len = sequenceLength(text, i);
    if (len == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD for the one invalid byte; resynchronise at the next
      ++i;
    } else {
      out.append(text.substr(i, len));
      i += len;
    }
  }
  return out;
}

}  // namespace robocert::textio
