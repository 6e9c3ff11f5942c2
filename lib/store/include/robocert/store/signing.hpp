#pragma once

// Approval signatures (docs/reports.md, "Signatures"): Ed25519 key pairs made and used through
// OpenSSL 3's EVP interface. A private key is kept only as an encrypted PKCS#8 PEM ("ENCRYPTED
// PRIVATE KEY"): AES-256-CBC under a key derived from the owner's password by scrypt (N = 2^14,
// r = 8, p = 1, a random 16-byte salt), the parameters OpenSSL's `openssl pkcs8 -scrypt` uses,
// so `openssl pkey` can read it too. A public key is a PEM "PUBLIC KEY" (SubjectPublicKeyInfo);
// its fingerprint is the SHA-256 of the 32-byte raw public key, in lower-case hex.
//
// Functions throw std::runtime_error when OpenSSL itself fails (no entropy, out of memory).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace robocert::store {

struct KeyPair {
  std::string publicKeyPem;
  std::string fingerprint;  // 64 hex digits
  std::string encryptedPrivateKeyPem;
};

// A fresh key pair, its private key encrypted by password.
KeyPair generateKeyPair(std::string_view password);

// The private key encrypted by newPassword instead; nullopt when oldPassword does not open it.
std::optional<std::string> reencryptPrivateKey(std::string_view encryptedPem,
                                               std::string_view oldPassword,
                                               std::string_view newPassword);

// The Ed25519 signature of message (base64, 88 characters), made with the private key opened by
// password; nullopt when the password does not open it.
std::optional<std::string> signMessage(std::string_view encryptedPem, std::string_view password,
                                       std::string_view message);

// True when signatureBase64 is a valid Ed25519 signature of message by the key in publicKeyPem.
// False for anything malformed (a key that is not Ed25519, a signature that is not base64).
bool verifySignature(std::string_view publicKeyPem, std::string_view message,
                     std::string_view signatureBase64);

// A public key read from a published key file (robocert user key export).
struct PublicKey {
  std::string pem;
  std::string fingerprint;  // recomputed from the key itself, never taken from the file's text
  std::string login;        // from the "login:" line before it; empty when there is none
};

// Every Ed25519 "PUBLIC KEY" block of a PEM text, with the login named on a "login: NAME" line
// before it (other text is ignored). Keys that are not Ed25519 are skipped.
std::vector<PublicKey> readPublicKeys(std::string_view pemText);

// The fingerprint of a PEM public key; nullopt when it is not an Ed25519 public key.
std::optional<std::string> fingerprintOf(std::string_view publicKeyPem);

}  // namespace robocert::store
