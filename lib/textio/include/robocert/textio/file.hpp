#pragma once

// The one way the project reads a file whole: only regular files (a FIFO or /dev/zero would
// block or never end), and never more than a stated limit, so no input file can hang a command
// or exhaust memory. At most limitBytes + 1 bytes are ever read.

#include <cstddef>
#include <filesystem>
#include <string>
#include <variant>

namespace robocert::textio {

// Limits of the files the project reads (docs/formats/limits.md).
inline constexpr std::size_t kMiB = std::size_t{1} << 20;
// Plans, stations, register maps, simulator models, report templates and their letterhead logo.
inline constexpr std::size_t kTextFileLimitBytes = 8 * kMiB;
// Measurement files (pose CSV), issued reports to verify, frame logs.
inline constexpr std::size_t kDataFileLimitBytes = 256 * kMiB;

struct ReadError {
  enum class Kind {
    NotFound,    // no such file
    Directory,   // a directory, not a file
    NotRegular,  // a device, FIFO or socket: reading it could block or never end
    TooLarge,    // more than limitBytes
    CannotRead,  // open or read failed: errorNumber says why
  };
  Kind kind = Kind::NotFound;
  std::size_t limitBytes = 0;
  int errorNumber = 0;
};

// The whole file, or why not. Never blocks on a FIFO (opened non-blocking and refused).
std::variant<std::string, ReadError> readFile(const std::filesystem::path& file,
                                              std::size_t limitBytes);

// "file is larger than 8 MiB" etc. in English, for the layers without a translator (protocols);
// lib/plan's describe() gives the translated text.
std::string describe(const ReadError& error);

// "8 MiB", "256 MiB", "512 bytes": a limit as people read it.
std::string formatBytes(std::size_t bytes);

}  // namespace robocert::textio
