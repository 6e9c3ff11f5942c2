#include "robocert/store/signing.hpp"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

#include <array>
#include <cstring>
#include <memory>
#include <stdexcept>

#include "audit.hpp"

namespace robocert::store {

namespace {

// scrypt as `openssl pkcs8 -scrypt` uses it: 16 MiB and about 50 ms per use, within OpenSSL's
// default scrypt memory limit (32 MiB) so every OpenSSL can read the key back.
constexpr std::uint64_t kScryptN = 1U << 14U;
constexpr std::uint64_t kScryptR = 8;
constexpr std::uint64_t kScryptP = 1;
constexpr int kSaltBytes = 16;

struct Free {
  void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
  void operator()(BIO* b) const { BIO_free(b); }
  void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
  void operator()(PKCS8_PRIV_KEY_INFO* p) const { PKCS8_PRIV_KEY_INFO_free(p); }
  void operator()(X509_SIG* s) const { X509_SIG_free(s); }
  void operator()(X509_ALGOR* a) const { X509_ALGOR_free(a); }
};
template <class T>
using Owned = std::unique_ptr<T, Free>;

[[noreturn]] void fail(const char* what) {
  ERR_clear_error();
  throw std::runtime_error(std::string("OpenSSL: ") + what);
}

Owned<BIO> readBio(std::string_view text) {
  Owned<BIO> b(BIO_new_mem_buf(text.data(), static_cast<int>(text.size())));
  if (!b) fail("cannot allocate a buffer");
  return b;
}

std::string drain(BIO* b) {
  char* data = nullptr;
  const long n = BIO_get_mem_data(b, &data);
  return std::string(data, static_cast<std::size_t>(n));
}

// Hands the password to OpenSSL's PEM reader by length, so no NUL-terminated copy is needed.
int passwordCallback(char* buf, int size, int /*rwflag*/, void* u) {
  const auto* password = static_cast<const std::string_view*>(u);
  if (password->size() > static_cast<std::size_t>(size)) return -1;
  std::memcpy(buf, password->data(), password->size());
  return static_cast<int>(password->size());
}

Owned<EVP_PKEY> openPrivateKey(std::string_view encryptedPem, std::string_view password) {
  Owned<BIO> in = readBio(encryptedPem);
  Owned<EVP_PKEY> key(PEM_read_bio_PrivateKey(in.get(), nullptr, passwordCallback, &password));
  ERR_clear_error();  // a wrong password leaves decoder errors behind
  if (key && EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519) return nullptr;
  return key;
}

std::string encryptPrivateKey(EVP_PKEY* key, std::string_view password) {
  Owned<PKCS8_PRIV_KEY_INFO> info(EVP_PKEY2PKCS8(key));
  if (!info) fail("cannot encode the private key");
  std::array<unsigned char, kSaltBytes> salt{};
  if (RAND_bytes(salt.data(), kSaltBytes) != 1) fail("no random numbers for the key's salt");
  Owned<X509_ALGOR> kdf(PKCS5_pbe2_set_scrypt(EVP_aes_256_cbc(), salt.data(), kSaltBytes, nullptr,
                                              kScryptN, kScryptR, kScryptP));
  if (!kdf) fail("cannot set up scrypt");
  Owned<X509_SIG> sealed(
      PKCS8_set0_pbe(password.data(), static_cast<int>(password.size()), info.get(), kdf.get()));
  if (!sealed) fail("cannot encrypt the private key");
  kdf.release();  // owned by `sealed` now (set0)
  Owned<BIO> out(BIO_new(BIO_s_mem()));
  if (!out || PEM_write_bio_PKCS8(out.get(), sealed.get()) != 1) fail("cannot write the key");
  return drain(out.get());
}

std::string publicPem(EVP_PKEY* key) {
  Owned<BIO> out(BIO_new(BIO_s_mem()));
  if (!out || PEM_write_bio_PUBKEY(out.get(), key) != 1) fail("cannot write the public key");
  return drain(out.get());
}

std::optional<std::string> fingerprintOfKey(EVP_PKEY* key) {
  if (EVP_PKEY_get_id(key) != EVP_PKEY_ED25519) return std::nullopt;
  std::array<unsigned char, 32> raw{};
  std::size_t len = raw.size();
  if (EVP_PKEY_get_raw_public_key(key, raw.data(), &len) != 1 || len != raw.size())
    return std::nullopt;
  return detail::toHex(detail::digestOfBytes(
      std::string_view(reinterpret_cast<const char*>(raw.data()), raw.size())));
}

std::string base64(const unsigned char* data, std::size_t size) {
  std::string out(4 * ((size + 2) / 3) + 1, '\0');
  const int n =
      EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), data, static_cast<int>(size));
  out.resize(static_cast<std::size_t>(n));
  return out;
}

// Decodes exactly one Ed25519 signature (64 bytes, 88 base64 characters with padding).
std::optional<std::array<unsigned char, 64>> signatureBytes(std::string_view text) {
  if (text.size() != 88) return std::nullopt;
  std::array<unsigned char, 66> buf{};  // EVP_DecodeBlock writes the padding's zero bytes too
  if (EVP_DecodeBlock(buf.data(), reinterpret_cast<const unsigned char*>(text.data()), 88) != 66)
    return std::nullopt;
  if (text.substr(86) != "==") return std::nullopt;
  std::array<unsigned char, 64> sig{};
  std::memcpy(sig.data(), buf.data(), sig.size());
  return sig;
}

}  // namespace

KeyPair generateKeyPair(std::string_view password) {
  Owned<EVP_PKEY> key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
  if (!key) fail("cannot make an Ed25519 key pair");
  KeyPair pair;
  pair.publicKeyPem = publicPem(key.get());
  pair.fingerprint = *fingerprintOfKey(key.get());
  pair.encryptedPrivateKeyPem = encryptPrivateKey(key.get(), password);
  return pair;
}

std::optional<std::string> reencryptPrivateKey(std::string_view encryptedPem,
                                               std::string_view oldPassword,
                                               std::string_view newPassword) {
  const Owned<EVP_PKEY> key = openPrivateKey(encryptedPem, oldPassword);
  if (!key) return std::nullopt;
  return encryptPrivateKey(key.get(), newPassword);
}

std::optional<std::string> signMessage(std::string_view encryptedPem, std::string_view password,
                                       std::string_view message) {
  const Owned<EVP_PKEY> key = openPrivateKey(encryptedPem, password);
  if (!key) return std::nullopt;
  Owned<EVP_MD_CTX> ctx(EVP_MD_CTX_new());
  std::array<unsigned char, 64> sig{};
  std::size_t len = sig.size();
  // Ed25519 signs the message itself (no separate digest): the digest argument is null.
  if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
      EVP_DigestSign(ctx.get(), sig.data(), &len,
                     reinterpret_cast<const unsigned char*>(message.data()), message.size()) != 1)
    fail("cannot sign");
  return base64(sig.data(), len);
}

bool verifySignature(std::string_view publicKeyPem, std::string_view message,
                     std::string_view signatureBase64) {
  const auto sig = signatureBytes(signatureBase64);
  if (!sig) return false;
  Owned<BIO> in = readBio(publicKeyPem);
  Owned<EVP_PKEY> key(PEM_read_bio_PUBKEY(in.get(), nullptr, nullptr, nullptr));
  if (!key || EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519) {
    ERR_clear_error();
    return false;
  }
  Owned<EVP_MD_CTX> ctx(EVP_MD_CTX_new());
  const bool ok =
      ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) == 1 &&
      EVP_DigestVerify(ctx.get(), sig->data(), sig->size(),
                       reinterpret_cast<const unsigned char*>(message.data()), message.size()) == 1;
  ERR_clear_error();
  return ok;
}

std::optional<std::string> fingerprintOf(std::string_view publicKeyPem) {
  Owned<BIO> in = readBio(publicKeyPem);
  Owned<EVP_PKEY> key(PEM_read_bio_PUBKEY(in.get(), nullptr, nullptr, nullptr));
  ERR_clear_error();
  if (!key) return std::nullopt;
  return fingerprintOfKey(key.get());
}

std::vector<PublicKey> readPublicKeys(std::string_view text) {
  static constexpr std::string_view kBegin = "-----BEGIN PUBLIC KEY-----";
  static constexpr std::string_view kEnd = "-----END PUBLIC KEY-----";
  std::vector<PublicKey> keys;
  std::string login;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.starts_with("login:")) {
      line.remove_prefix(6);
      while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
      login = std::string(line);
    } else if (line == kBegin) {
      const std::size_t end = text.find(kEnd, pos);
      if (end == std::string_view::npos) break;
      const std::string pem(text.substr(pos, end + kEnd.size() - pos));
      if (auto fp = fingerprintOf(pem)) keys.push_back({pem + "\n", *fp, login});
      login.clear();
      eol = text.find('\n', end);
      if (eol == std::string_view::npos) eol = text.size();
    }
    pos = eol + 1;
  }
  return keys;
}

}  // namespace robocert::store
