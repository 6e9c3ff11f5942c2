#pragma once

// Big-endian 16-bit fields, as Modbus PDUs and MBAP headers carry them.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace robocert::codec::detail {

inline std::uint16_t readBe16(const std::uint8_t* p) {
  return static_cast<std::uint16_t>((p[0] << 8) | p[1]);
}

inline void appendBe16(std::vector<std::uint8_t>& out, std::uint16_t value) {
  out.push_back(static_cast<std::uint8_t>(value >> 8));
  out.push_back(static_cast<std::uint8_t>(value & 0xFF));
}

}  // namespace robocert::codec::detail
