#include "text_file.hpp"

#include <openssl/evp.h>

#include <array>
#include <stdexcept>

#include "robocert/plan/text_input.hpp"
#include "robocert/textio/file.hpp"

namespace robocert::plan::detail {

std::variant<std::string, QString> readTextFile(const std::filesystem::path& file) {
  auto read = textio::readFile(file, textio::kTextFileLimitBytes);
  if (auto* e = std::get_if<textio::ReadError>(&read))
    return QString::fromStdString(plan::describe(*e));
  return std::get<std::string>(std::move(read));
}

std::string sha256Hex(std::string_view bytes) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned length = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest.data(), &length, EVP_sha256(), nullptr) != 1) {
    throw std::runtime_error("OpenSSL: SHA-256 failed");
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 * length);
  for (unsigned i = 0; i < length; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 0xF];
  }
  return out;
}

}  // namespace robocert::plan::detail
