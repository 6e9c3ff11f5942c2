#pragma once

// Plan and station files as bytes: reading them whole (bounded: robocert::textio) and their
// SHA-256 (stored with a run so the exact plan text that ran can be proven later).

#include <QString>
#include <filesystem>
#include <string>
#include <string_view>
#include <variant>

namespace robocert::plan::detail {

// The whole file (at most textio::kTextFileLimitBytes, a regular file), or why it cannot be
// read (for a person).
std::variant<std::string, QString> readTextFile(const std::filesystem::path& file);

// SHA-256 of bytes, 64 lower-case hex digits (OpenSSL EVP).
std::string sha256Hex(std::string_view bytes);

}  // namespace robocert::plan::detail
