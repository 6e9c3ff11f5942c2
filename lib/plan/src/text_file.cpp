#include "text_file.hpp"

#include <openssl/evp.h>

#include <QCoreApplication>
#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace robocert::plan::detail {

std::variant<std::string, QString> readTextFile(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) {
    return QCoreApplication::translate("robocert::plan", "no such file");
  }
  if (std::filesystem::is_directory(file, ec)) {
    return QCoreApplication::translate("robocert::plan", "is a directory, expected a YAML file");
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    return QCoreApplication::translate("robocert::plan", "cannot be read (%1)")
        .arg(QString::fromLocal8Bit(std::strerror(errno)));
  }
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) {
    return QCoreApplication::translate("robocert::plan", "cannot be read (%1)")
        .arg(QString::fromLocal8Bit(std::strerror(errno)));
  }
  return data;
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
