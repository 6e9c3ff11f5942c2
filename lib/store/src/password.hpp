#pragma once

// Password hashing for the users table: PBKDF2-HMAC-SHA256 (OpenSSL's PKCS5_PBKDF2_HMAC), a
// random 16-byte salt per password, 600 000 iterations (OWASP's 2023 figure for this KDF), a
// 32-byte derived key, stored as one string
//   pbkdf2-sha256$<iterations>$<salt, base64>$<key, base64>
// (standard base64 with padding). Verification reads the iteration count from the string, so a
// later increase leaves existing hashes usable.

#include <cstdint>
#include <string>
#include <string_view>

namespace robocert::store::detail {

inline constexpr int kPbkdf2Iterations = 600000;
inline constexpr std::size_t kSaltBytes = 16;
inline constexpr std::size_t kKeyBytes = 32;

// A fresh salt from OpenSSL's CSPRNG (RAND_bytes); throws StoreError(Io) if it has no entropy.
std::string hashPassword(std::string_view password);

// True when password derives the key in encoded (compared in constant time, CRYPTO_memcmp).
// False for a malformed string, or an iteration count outside 1..10 000 000 (which would make a
// sign-in take minutes).
bool verifyPassword(std::string_view encoded, std::string_view password);

// Spends the time of one verification, so a sign-in with an unknown login takes as long as one
// with a wrong password.
void spendVerificationTime(std::string_view password);

// Unicode code points in UTF-8 text (bytes that do not continue a sequence).
std::size_t codePoints(std::string_view utf8);

}  // namespace robocert::store::detail
