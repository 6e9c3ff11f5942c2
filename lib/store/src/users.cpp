// Users with their password hashes, and the lab profile.

#include <algorithm>

#include "password.hpp"
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
  const std::string hash = detail::hashPassword(password);  // slow: outside the write lock
  return impl_->write([&] {
    Statement s = impl_->conn.prepare(
        "INSERT INTO users(login, name, role, password_hash) VALUES (?, ?, ?, ?)");
    s.bind(1, login).bind(2, name).bind(3, toString(role)).bind(4, hash);
    return impl_->insertAudited("users", s, std::nullopt);
  });
}

void Store::setPassword(const std::string& login, const std::string& password) {
  checkPassword(impl_->path.string(), password);
  if (!findUser(login)) {
    throw StoreError(K::NotFound, impl_->path.string(), "no user \"" + login + "\"");
  }
  const std::string hash = detail::hashPassword(password);
  impl_->write([&] {
    Statement q = impl_->conn.prepare("SELECT id FROM users WHERE login = ?");
    q.bind(1, login);
    if (!q.step()) throw StoreError(K::NotFound, impl_->path.string(), "no user \"" + login + "\"");
    const std::int64_t id = q.columnInt(0);
    Statement s = impl_->conn.prepare("UPDATE users SET password_hash = ? WHERE id = ?");
    s.bind(1, hash).bind(2, id);
    s.step();
    impl_->audit.recordRow(impl_->actor, "password set", "users", id, std::nullopt);
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
