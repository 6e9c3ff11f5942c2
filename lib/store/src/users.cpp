// Users with their password hashes and signing keys, and the lab profile.

#include <pwd.h>
#include <unistd.h>

#include <algorithm>

#include "password.hpp"
#include "robocert/store/signing.hpp"
#include "store_impl.hpp"

namespace robocert::store {

using detail::Statement;
using K = StoreError::Kind;

namespace {

void checkLogin(const std::string& path, const std::string& login) {
  const bool ok =
      !login.empty() && login.size() <= 64 && std::all_of(login.begin(), login.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '.' || c == '_' || c == '-';
      });
  if (!ok) {
    throw StoreError(K::Invalid, path,
                     "a login is 1 to 64 letters, digits, '.', '_' or '-' (got \"" + login + "\")");
  }
}

void checkPassword(const std::string& path, const std::string& password) {
  // The password itself never goes into the message.
  if (detail::codePoints(password) < Store::kMinPasswordChars) {
    throw StoreError(
        K::Invalid, path,
        "a password needs at least " + std::to_string(Store::kMinPasswordChars) + " characters");
  }
}

User readUser(const Statement& s) {
  User u;
  u.id = s.columnInt(0);
  u.login = s.columnText(1);
  u.name = s.columnText(2);
  // A role this version does not know (written by hand into a version 1 database) gets the
  // least rights.
  u.role = roleFromString(s.columnText(3)).value_or(Role::Operator);
  u.hasPassword = !s.isNull(4);
  return u;
}

constexpr std::string_view kUserColumns = "id, login, name, role, password_hash";

// The operating-system account of this process, from the password database (not from USER or
// ROBOCERT_USER, which anyone can set).
std::string operatingSystemUser() {
  const uid_t uid = geteuid();
  if (const passwd* pw = getpwuid(uid); pw != nullptr && pw->pw_name != nullptr) return pw->pw_name;
  return "uid " + std::to_string(uid);
}

// The audit detail of a password change: who proved what, and who ran the program, separately.
std::string passwordDetail(const std::string& what, const std::string& authenticated,
                           const std::string& proof) {
  return what + "; authenticated user: " + authenticated + " (" + proof +
         "); operating-system user: " + operatingSystemUser();
}

constexpr std::string_view kKeyColumns =
    "k.id, u.login, k.fingerprint, k.public_key, k.created_at, k.retired_at";

UserKey readKey(const Statement& s) {
  return {s.columnInt(0),  s.columnText(1), s.columnText(2),
          s.columnText(3), s.columnText(4), s.columnOptText(5)};
}

}  // namespace

namespace {

// Inside a write: stores a new key of the user, audited.
void insertKey(Store::Impl& impl, std::int64_t userId, const KeyPair& key, const std::string& who,
               const std::string& why) {
  Statement s = impl.conn.prepare(
      "INSERT INTO user_keys(user_id, fingerprint, public_key, private_key, created_at) "
      "VALUES (?, ?, ?, ?, ?)");
  s.bind(1, userId).bind(2, key.fingerprint).bind(3, key.publicKeyPem);
  s.bind(4, key.encryptedPrivateKeyPem).bind(5, detail::utcNow());
  s.step();
  impl.audit.recordRow(who, "key created", "user_keys", impl.conn.lastInsertRowid(), std::nullopt,
                       why + "; fingerprint " + key.fingerprint);
}

// The user's id, their active key's row id and encrypted private key (if any).
struct KeyRow {
  std::int64_t userId = 0;
  std::optional<std::int64_t> keyId;
  std::string encrypted;
};

KeyRow activeKey(const Store::Impl& impl, const std::string& login) {
  Statement u = impl.conn.prepare("SELECT id FROM users WHERE login = ?");
  u.bind(1, login);
  if (!u.step()) throw StoreError(K::NotFound, impl.path.string(), "no user \"" + login + "\"");
  KeyRow row{u.columnInt(0), std::nullopt, {}};
  Statement k = impl.conn.prepare(
      "SELECT id, private_key FROM user_keys WHERE user_id = ? AND retired_at IS NULL "
      "AND private_key IS NOT NULL ORDER BY id DESC LIMIT 1");
  k.bind(1, row.userId);
  if (k.step()) {
    row.keyId = k.columnInt(0);
    row.encrypted = k.columnText(1);
  }
  return row;
}

}  // namespace

std::int64_t Store::addUser(const std::string& login, const std::string& name,
                            const std::string& role) {
  checkLogin(impl_->path.string(), login);
  if (!roleFromString(role)) {
    throw StoreError(K::Invalid, impl_->path.string(),
                     "role \"" + role + "\" is not operator, engineer or approver");
  }
  return impl_->write([&] {
    Statement s = impl_->conn.prepare("INSERT INTO users(login, name, role) VALUES (?, ?, ?)");
    s.bind(1, login).bind(2, name).bind(3, role);
    return impl_->insertAudited("users", s, std::nullopt);
  });
}

std::int64_t Store::addUser(const std::string& login, const std::string& name, Role role,
                            const std::string& password) {
  checkLogin(impl_->path.string(), login);
  checkPassword(impl_->path.string(), password);
  if (findUser(login)) {
    throw StoreError(K::Invalid, impl_->path.string(), "user \"" + login + "\" exists already");
  }
  // Slow (hash, scrypt): outside the write lock.
  const std::string hash = detail::hashPassword(password);
  const std::optional<KeyPair> key =
      role == Role::Approver ? std::optional(generateKeyPair(password)) : std::nullopt;
  return impl_->write([&] {
    Statement s = impl_->conn.prepare(
        "INSERT INTO users(login, name, role, password_hash) VALUES (?, ?, ?, ?)");
    s.bind(1, login).bind(2, name).bind(3, toString(role)).bind(4, hash);
    const std::int64_t id = impl_->insertAudited("users", s, std::nullopt);
    if (key) insertKey(*impl_, id, *key, impl_->actor, "approver " + login + " added");
    return id;
  });
}

void Store::setPassword(const std::string& login, const std::string& password) {
  checkPassword(impl_->path.string(), password);
  const std::optional<User> user = findUser(login);
  if (!user) throw StoreError(K::NotFound, impl_->path.string(), "no user \"" + login + "\"");
  if (user->hasPassword) {
    throw StoreError(K::Invalid, impl_->path.string(),
                     "user \"" + login +
                         "\" has a password: changing it needs the old one, or an approver's "
                         "password for a reset");
  }
  const std::string hash = detail::hashPassword(password);
  impl_->write([&] {
    // Inside the lock, so two first passwords cannot both be set.
    Statement s = impl_->conn.prepare(
        "UPDATE users SET password_hash = ? WHERE id = ? AND password_hash IS NULL");
    s.bind(1, hash).bind(2, user->id);
    s.step();
    if (sqlite3_changes(impl_->conn.handle()) != 1)
      throw StoreError(K::Invalid, impl_->path.string(),
                       "user \"" + login + "\" has a password already");
    impl_->audit.recordRow(impl_->actor, "password set", "users", user->id, std::nullopt,
                           passwordDetail("first password", impl_->actor, "none had been set"));
  });
}

void Store::changePassword(const std::string& login, const std::string& oldPassword,
                           const std::string& newPassword) {
  checkPassword(impl_->path.string(), newPassword);
  if (!findUser(login))
    throw StoreError(K::NotFound, impl_->path.string(), "no user \"" + login + "\"");
  if (!authenticate(login, oldPassword)) {
    recordEvent("password change refused",
                passwordDetail("password of " + login, "nobody", "wrong old password"),
                std::nullopt);
    throw StoreError(K::Invalid, impl_->path.string(),
                     "the old password of user \"" + login + "\" is not right");
  }
  const std::string hash = detail::hashPassword(newPassword);
  const KeyRow key = activeKey(*impl_, login);
  std::optional<std::string> reencrypted;
  if (key.keyId) {
    reencrypted = reencryptPrivateKey(key.encrypted, oldPassword, newPassword);
    // A key not opened by the password it should be encrypted by was replaced behind RoboCert's
    // back; refuse rather than leave the user with a key they cannot use.
    if (!reencrypted)
      throw StoreError(K::Invalid, impl_->path.string(),
                       "the signing key of user \"" + login +
                           "\" does not open with their password; ask an approver to reset it");
  }
  impl_->write([&] {
    Statement s = impl_->conn.prepare("UPDATE users SET password_hash = ? WHERE id = ?");
    s.bind(1, hash).bind(2, key.userId);
    s.step();
    impl_->audit.recordRow(login, "password changed", "users", key.userId, std::nullopt,
                           passwordDetail("password changed", login, "old password"));
    if (reencrypted) {
      Statement k = impl_->conn.prepare("UPDATE user_keys SET private_key = ? WHERE id = ?");
      k.bind(1, *reencrypted).bind(2, *key.keyId);
      k.step();
      impl_->audit.recordRow(login, "key re-encrypted", "user_keys", *key.keyId, std::nullopt,
                             "private key encrypted by the new password");
    }
  });
}

void Store::resetPassword(const std::string& login, const std::string& newPassword,
                          const std::string& approverLogin, const std::string& approverPassword) {
  checkPassword(impl_->path.string(), newPassword);
  const std::optional<User> user = findUser(login);
  if (!user) throw StoreError(K::NotFound, impl_->path.string(), "no user \"" + login + "\"");
  const std::optional<User> approver = authenticate(approverLogin, approverPassword);
  if (!approver || approver->role != Role::Approver) {
    recordEvent("password reset refused",
                passwordDetail("password of " + login, "nobody",
                               approver ? approverLogin + " is not an approver"
                                        : "wrong password of " + approverLogin),
                std::nullopt);
    throw StoreError(K::Invalid, impl_->path.string(),
                     approver ? "user \"" + approverLogin +
                                    "\" is not an approver; only an approver resets a password"
                              : "wrong password for approver \"" + approverLogin + "\"");
  }
  const std::string hash = detail::hashPassword(newPassword);
  const std::optional<KeyPair> fresh =
      user->role == Role::Approver ? std::optional(generateKeyPair(newPassword)) : std::nullopt;
  impl_->write([&] {
    Statement s = impl_->conn.prepare("UPDATE users SET password_hash = ? WHERE id = ?");
    s.bind(1, hash).bind(2, user->id);
    s.step();
    impl_->audit.recordRow(
        approverLogin, "password reset", "users", user->id, std::nullopt,
        passwordDetail("password of " + login + " reset", approverLogin, "approver's password"));
    // The old keys cannot be opened any more: retired, their public part kept.
    Statement old = impl_->conn.prepare(
        "SELECT id FROM user_keys WHERE user_id = ? AND retired_at IS NULL ORDER BY id");
    old.bind(1, user->id);
    std::vector<std::int64_t> retired;
    while (old.step()) retired.push_back(old.columnInt(0));
    old.reset();
    for (const std::int64_t id : retired) {
      Statement r = impl_->conn.prepare(
          "UPDATE user_keys SET retired_at = ?, private_key = NULL WHERE id = ?");
      r.bind(1, detail::utcNow()).bind(2, id);
      r.step();
      impl_->audit.recordRow(approverLogin, "key retired", "user_keys", id, std::nullopt,
                             "password of " + login + " reset");
    }
    if (fresh)
      insertKey(*impl_, user->id, *fresh, approverLogin, "password of " + login + " reset");
  });
}

std::optional<User> Store::findUser(const std::string& login) const {
  Statement s =
      impl_->conn.prepare("SELECT " + std::string(kUserColumns) + " FROM users WHERE login = ?");
  s.bind(1, login);
  if (!s.step()) return std::nullopt;
  return readUser(s);
}

std::vector<User> Store::users() const {
  Statement s =
      impl_->conn.prepare("SELECT " + std::string(kUserColumns) + " FROM users ORDER BY login");
  std::vector<User> out;
  while (s.step()) out.push_back(readUser(s));
  return out;
}

std::optional<User> Store::authenticate(const std::string& login,
                                        const std::string& password) const {
  Statement s =
      impl_->conn.prepare("SELECT " + std::string(kUserColumns) + " FROM users WHERE login = ?");
  s.bind(1, login);
  if (!s.step() || s.isNull(4)) {
    detail::spendVerificationTime(password);
    return std::nullopt;
  }
  User u = readUser(s);
  const std::string encoded = s.columnText(4);
  s.reset();
  if (!detail::verifyPassword(encoded, password)) return std::nullopt;
  return u;
}

// ---- Signing keys -----------------------------------------------------------------------------

std::vector<UserKey> Store::userKeys(const std::string& login) const {
  Statement s = impl_->conn.prepare("SELECT " + std::string(kKeyColumns) +
                                    " FROM user_keys k JOIN users u ON u.id = k.user_id "
                                    "WHERE ? = '' OR u.login = ? ORDER BY k.id");
  s.bind(1, login).bind(2, login);
  std::vector<UserKey> out;
  while (s.step()) out.push_back(readKey(s));
  return out;
}

std::optional<UserKey> Store::findKey(const std::string& fingerprint) const {
  std::string fp = fingerprint;
  std::transform(fp.begin(), fp.end(), fp.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  Statement s = impl_->conn.prepare("SELECT " + std::string(kKeyColumns) +
                                    " FROM user_keys k JOIN users u ON u.id = k.user_id "
                                    "WHERE k.fingerprint = ?");
  s.bind(1, fp);
  if (!s.step()) return std::nullopt;
  return readKey(s);
}

bool Store::ensureKey(const std::string& login, const std::string& password) {
  const std::optional<User> user = authenticate(login, password);
  if (!user) return false;
  if (user->role != Role::Approver) {
    throw StoreError(K::Invalid, impl_->path.string(),
                     "user \"" + login + "\" is not an approver and has no signing key");
  }
  if (activeKey(*impl_, login).keyId) return true;
  const KeyPair fresh = generateKeyPair(password);  // slow: outside the write lock
  impl_->write([&] {
    // Another program may have made one meanwhile: one active key per user.
    if (!activeKey(*impl_, login).keyId)
      insertKey(*impl_, user->id, fresh, login, "signing key of " + login);
  });
  return true;
}

std::optional<std::pair<std::string, std::string>> Store::sign(const std::string& login,
                                                               const std::string& password,
                                                               std::string_view message) {
  if (!ensureKey(login, password)) return std::nullopt;
  const KeyRow key = activeKey(*impl_, login);
  const std::optional<std::string> signature = signMessage(key.encrypted, password, message);
  if (!signature) return std::nullopt;
  Statement fp = impl_->conn.prepare("SELECT fingerprint FROM user_keys WHERE id = ?");
  fp.bind(1, *key.keyId);
  fp.step();
  return std::pair{fp.columnText(0), *signature};
}

// ---- Lab profile ------------------------------------------------------------------------------

LabProfile Store::labProfile() const {
  Statement s = impl_->conn.prepare(
      "SELECT name, address, accreditation, logo_path, location FROM lab_profile WHERE id = 1");
  if (!s.step()) return {};
  return {s.columnText(0), s.columnText(1), s.columnText(2), s.columnText(3), s.columnText(4)};
}

void Store::setLabProfile(const LabProfile& p) {
  impl_->write([&] {
    Statement q = impl_->conn.prepare("SELECT count(*) FROM lab_profile");
    q.step();
    const bool existed = q.columnInt(0) > 0;
    q.reset();
    Statement s = impl_->conn.prepare(
        "INSERT INTO lab_profile(id, name, address, accreditation, logo_path, location) "
        "VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
        "address = excluded.address, accreditation = excluded.accreditation, "
        "logo_path = excluded.logo_path, location = excluded.location");
    s.bind(1, p.name).bind(2, p.address).bind(3, p.accreditation).bind(4, p.logoPath);
    s.bind(5, p.location);
    s.step();
    impl_->audit.recordRow(impl_->actor, existed ? "update" : "insert", "lab_profile", 1,
                           std::nullopt);
  });
}

std::string toString(Role r) {
  switch (r) {
    case Role::Operator:
      return "operator";
    case Role::Engineer:
      return "engineer";
    case Role::Approver:
      return "approver";
  }
  return "operator";
}

std::optional<Role> roleFromString(const std::string& s) {
  for (Role r : {Role::Operator, Role::Engineer, Role::Approver}) {
    if (toString(r) == s) return r;
  }
  return std::nullopt;
}

}  // namespace robocert::store
