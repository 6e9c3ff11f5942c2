#include "password.hpp"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <array>
#include <charconv>
#include <optional>
#include <vector>

#include "robocert/store/error.hpp"

namespace robocert::store::detail {
namespace {

constexpr std::string_view kScheme = "pbkdf2-sha256";
constexpr long kMaxIterations = 10'000'000;

std::array<unsigned char, kKeyBytes> derive(std::string_view password, const unsigned char* salt,
                                            std::size_t saltBytes, int iterations) {
  std::array<unsigned char, kKeyBytes> key{};
  if (PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), salt,
                        static_cast<int>(saltBytes), iterations, EVP_sha256(),
                        static_cast<int>(key.size()), key.data()) != 1) {
    throw StoreError(StoreError::Kind::Io, {}, "OpenSSL: PBKDF2 failed");
  }
  return key;
}

std::string toBase64(const unsigned char* data, std::size_t size) {
  std::string out(4 * ((size + 2) / 3), '\0');
  const int n =
      EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), data, static_cast<int>(size));
  out.resize(static_cast<std::size_t>(n));
  return out;
}

// Strict: only the standard alphabet, length a multiple of 4, '=' only as the last padding.
std::optional<std::vector<unsigned char>> fromBase64(std::string_view text) {
  if (text.empty() || text.size() % 4 != 0) return std::nullopt;
  std::size_t padding = 0;
  while (padding < 2 && text[text.size() - 1 - padding] == '=') ++padding;
  for (std::size_t i = 0; i < text.size() - padding; ++i) {
    const char c = text[i];
    const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                    c == '+' || c == '/';
    if (!ok) return std::nullopt;
  }
  std::vector<unsigned char> out(text.size() / 4 * 3);
  const int n = EVP_DecodeBlock(out.data(), reinterpret_cast<const unsigned char*>(text.data()),
                                static_cast<int>(text.size()));
  if (n < 0) return std::nullopt;
  out.resize(static_cast<std::size_t>(n) - padding);  // DecodeBlock counts padding as zero bytes
  return out;
}

// "a$b$c$d" split at '$' into exactly four fields.
std::optional<std::array<std::string_view, 4>> fields(std::string_view s) {
  std::array<std::string_view, 4> out;
  for (std::size_t i = 0; i < 4; ++i) {
    const std::size_t end = i < 3 ? s.find('$') : s.size();
    if (end == std::string_view::npos) return std::nullopt;
    out[i] = s.substr(0, end);
    s.remove_prefix(i < 3 ? end + 1 : end);
  }
  if (out[3].find('$') != std::string_view::npos) return std::nullopt;
  return out;
}

}  // namespace

std::string hashPassword(std::string_view password) {
  std::array<unsigned char, kSaltBytes> salt{};
  if (RAND_bytes(salt.data(), static_cast<int>(salt.size())) != 1) {
    throw StoreError(StoreError::Kind::Io, {}, "OpenSSL: no random bytes for a password salt");
  }
  auto key = derive(password, salt.data(), salt.size(), kPbkdf2Iterations);
  std::string out = std::string(kScheme) + "$" + std::to_string(kPbkdf2Iterations) + "$" +
                    toBase64(salt.data(), salt.size()) + "$" + toBase64(key.data(), key.size());
  OPENSSL_cleanse(key.data(), key.size());
  return out;
}

bool verifyPassword(std::string_view encoded, std::string_view password) {
  const auto f = fields(encoded);
  if (!f || (*f)[0] != kScheme) return false;
  long iterations = 0;
  const std::string_view count = (*f)[1];
  const auto [end, ec] = std::from_chars(count.data(), count.data() + count.size(), iterations);
  if (ec != std::errc() || end != count.data() + count.size() || iterations < 1 ||
      iterations > kMaxIterations) {
    return false;
  }
  const auto salt = fromBase64((*f)[2]);
  const auto stored = fromBase64((*f)[3]);
  if (!salt || !stored || salt->empty() || stored->size() != kKeyBytes) return false;
  auto key = derive(password, salt->data(), salt->size(), static_cast<int>(iterations));
  const bool same = CRYPTO_memcmp(key.data(), stored->data(), key.size()) == 0;
  OPENSSL_cleanse(key.data(), key.size());
  return same;
}

void spendVerificationTime(std::string_view password) {
  const std::array<unsigned char, kSaltBytes> salt{};
  auto key = derive(password, salt.data(), salt.size(), kPbkdf2Iterations);
  OPENSSL_cleanse(key.data(), key.size());
}

std::size_t codePoints(std::string_view utf8) {
  std::size_t n = 0;
  for (const char c : utf8) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

}  // namespace robocert::store::detail
