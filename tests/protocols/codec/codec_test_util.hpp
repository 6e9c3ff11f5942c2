#pragma once

// Helpers shared by the codec tests: hex byte vectors and feeding a framer in chunk patterns.

#include <cstddef>
#include <cstdint>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace robocert::codec::test {

// "01 03 00 6B" -> {0x01, 0x03, 0x00, 0x6B}; spaces are ignored.
inline std::vector<std::uint8_t> hex(std::string_view text) {
  std::vector<std::uint8_t> out;
  int high = -1;
  for (char c : text) {
    int v = -1;
    if (c >= '0' && c <= '9') v = c - '0';
    if (c >= 'A' && c <= 'F') v = c - 'A' + 10;
    if (c >= 'a' && c <= 'f') v = c - 'a' + 10;
    if (v < 0) continue;
    if (high < 0) {
      high = v;
    } else {
      out.push_back(static_cast<std::uint8_t>(high * 16 + v));
      high = -1;
    }
  }
  return out;
}

inline std::vector<std::uint8_t> concat(std::initializer_list<std::vector<std::uint8_t>> parts) {
  std::vector<std::uint8_t> out;
  for (const auto& p : parts) out.insert(out.end(), p.begin(), p.end());
  return out;
}

inline std::string toHex(std::span<const std::uint8_t> bytes) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string out;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (i > 0) out += ' ';
    out += kDigits[bytes[i] >> 4];
    out += kDigits[bytes[i] & 0xF];
  }
  return out;
}

// Feeds `input` to a fresh framer in chunks of `chunk` bytes (0 = all at once), draining after
// every feed, and renders every event with `render` into one string per event.
template <class Framer, class Render>
std::vector<std::string> runChunked(Framer framer, std::span<const std::uint8_t> input,
                                    std::size_t chunk, Render render, bool flushAtEnd = false) {
  std::vector<std::string> events;
  const std::size_t step = chunk == 0 ? std::max<std::size_t>(input.size(), 1) : chunk;
  for (std::size_t at = 0; at < input.size(); at += step) {
    framer.feed(input.subspan(at, std::min(step, input.size() - at)));
    while (auto event = framer.next()) events.push_back(render(*event));
  }
  if (flushAtEnd) {
    framer.flush();
    while (auto event = framer.next()) events.push_back(render(*event));
  }
  return events;
}

inline std::span<const std::uint8_t> asBytes(std::string_view text) {
  return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

}  // namespace robocert::codec::test
