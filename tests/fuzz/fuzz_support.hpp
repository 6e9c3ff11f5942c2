#pragma once

// Shared by the codec fuzz targets: invariant checks that abort (libFuzzer then saves the input),
// and chunk sizes derived from the input, so that one input always replays the same way.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <span>

namespace robocert::fuzz {

[[noreturn]] inline void fail(const char* condition, const char* file, int line) {
  std::fprintf(stderr, "%s:%d: invariant violated: %s\n", file, line, condition);
  std::abort();
}

// Unlike assert(), also active in release builds: the invariants are the point of the target.
#define FUZZ_CHECK(condition) \
  ((condition) ? static_cast<void>(0) : ::robocert::fuzz::fail(#condition, __FILE__, __LINE__))

// Reads configuration bytes from the front of the input; what is left is the payload.
class Input {
 public:
  Input(const std::uint8_t* data, std::size_t size) : data_(data, size) {}
  std::uint8_t byte() {
    if (data_.empty()) return 0;
    const std::uint8_t b = data_.front();
    data_ = data_.subspan(1);
    return b;
  }
  std::span<const std::uint8_t> rest() const { return data_; }

 private:
  std::span<const std::uint8_t> data_;
};

// Pseudo-random chunk sizes (xorshift32 seeded from the input): mostly small, so frames are
// split everywhere, sometimes large, so several frames merge into one chunk.
class Chunker {
 public:
  explicit Chunker(std::uint32_t seed) : state_(seed | 1u) {}
  std::size_t next(std::size_t remaining) {
    state_ ^= state_ << 13;
    state_ ^= state_ >> 17;
    state_ ^= state_ << 5;
    const std::size_t limit = (state_ & 0xF0u) == 0 ? 4096 : 17;
    const std::size_t size = 1 + (state_ >> 8) % limit;
    return size < remaining ? size : remaining;
  }
  bool coin() { return (next(1u << 20) & 1u) != 0; }

 private:
  std::uint32_t state_;
};

}  // namespace robocert::fuzz
