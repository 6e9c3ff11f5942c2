#include "json_text.hpp"

#include <array>
#include <charconv>
#include <cmath>

namespace robocert::sim_server::json {

std::string string(std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "\"";
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (u < 0x20) {
      out += "\\u00";
      out += kHex[u >> 4];
      out += kHex[u & 0xF];
    } else {
      out += c;  // UTF-8 passes through
    }
  }
  out += '"';
  return out;
}

std::string number(double value) {
  if (!std::isfinite(value)) return "null";
  if (value == 0.0) return "0";  // not "-0"
  std::array<char, 32> buffer{};
  const auto [ptr, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  return ec == std::errc() ? std::string(buffer.data(), ptr) : "null";
}

std::string integer(std::uint64_t value) { return std::to_string(value); }

std::string array(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ',';
    out += items[i];
  }
  return out + "]";
}

Object& Object::add(std::string_view key, std::string json) {
  if (text_.size() > 1) text_ += ',';
  text_ += string(key);
  text_ += ':';
  text_ += json;
  return *this;
}

}  // namespace robocert::sim_server::json
