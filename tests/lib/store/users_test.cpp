// Schema version 3's lab records: users and their password hashes, the lab profile, a
// calibration's uncertainty as numbers, and the upgrade of a version 2 database holding data.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <random>
#include <regex>
#include <string>

#include "audit.hpp"
#include "password.hpp"  // private: the hash format is tested against another implementation's
#include "robocert/store/signing.hpp"
#include "robocert/store/store.hpp"
#include "schema.hpp"  // private: builds a version 2 database

namespace fs = std::filesystem;
using namespace robocert::store;
using K = StoreError::Kind;

namespace {

class UsersDir {
 public:
  UsersDir() {
    std::random_device rd;
    path_ = fs::temp_directory_path() /
            ("robocert-users-" + std::to_string(getpid()) + "-" + std::to_string(rd()));
    fs::create_directories(path_);
  }
  ~UsersDir() { fs::remove_all(path_); }
  fs::path operator/(const std::string& name) const { return path_ / name; }

 private:
  fs::path path_;
};

// SQL on the file directly, as another program (or a tamperer) would.
void rawExec(const fs::path& db, const std::string& sql) {
  sqlite3* h = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &h), SQLITE_OK);
  char* err = nullptr;
  EXPECT_EQ(sqlite3_exec(h, sql.c_str(), nullptr, nullptr, &err), SQLITE_OK) << (err ? err : "");
  sqlite3_free(err);
  sqlite3_close(h);
}

std::string rawText(const fs::path& db, const std::string& sql) {
  sqlite3* h = nullptr;
  sqlite3_open(db.c_str(), &h);
  sqlite3_stmt* s = nullptr;
  sqlite3_prepare_v2(h, sql.c_str(), -1, &s, nullptr);
  std::string v = "<no row>";
  if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0) != nullptr) {
    v = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
  }
  sqlite3_finalize(s);
  sqlite3_close(h);
  return v;
}

K kindOf(const std::function<void()>& f) {
  try {
    f();
  } catch (const StoreError& e) {
    return e.kind();
  }
  ADD_FAILURE() << "no StoreError";
  return K::Io;
}

std::string fileBytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Made with Python's hashlib, independently of OpenSSL's PKCS5_PBKDF2_HMAC:
//   salt = b'0123456789abcdef'
//   hashlib.pbkdf2_hmac('sha256', b'correct horse battery', salt, 600000)
// and base64 of salt and key.
constexpr const char* kPythonHash =
    "pbkdf2-sha256$600000$MDEyMzQ1Njc4OWFiY2RlZg==$FssUBfIHq1ETs6++tsrS0CyoyvbROnb1L9k+a0O+weE=";
// The same with 650000 iterations: the count is read from the string.
constexpr const char* kPythonHash650k =
    "pbkdf2-sha256$650000$MDEyMzQ1Njc4OWFiY2RlZg==$QVff9iSf98wjBRoOZfQgqxWyDk1rMkgO2qt6V79bVmg=";

}  // namespace

TEST(StorePasswords, HashesOfAnotherImplementationVerify) {
  using robocert::store::detail::verifyPassword;
  EXPECT_TRUE(verifyPassword(kPythonHash, "correct horse battery"));
  EXPECT_TRUE(verifyPassword(kPythonHash650k, "correct horse battery"));
  EXPECT_FALSE(verifyPassword(kPythonHash, "correct horse batterY"));
  EXPECT_FALSE(verifyPassword(kPythonHash, ""));
  // Malformed strings never verify (and never throw).
  for (const char* bad :
       {"", "pbkdf2-sha256",
        "bcrypt$600000$MDEyMzQ1Njc4OWFiY2RlZg==$FssUBfIHq1ETs6++tsrS0CyoyvbROnb1L9k+a0O+weE=",
        "pbkdf2-sha256$0$MDEyMzQ1Njc4OWFiY2RlZg==$FssUBfIHq1ETs6++tsrS0CyoyvbROnb1L9k+a0O+weE=",
        "pbkdf2-sha256$99999999999$MDEyMzQ1Njc4OWFiY2RlZg==$FssUBfIHq1ETs6++tsrS0CyoyvbROnb1L9k+"
        "a0O+weE=",
        "pbkdf2-sha256$6e5$MDEyMzQ1Njc4OWFiY2RlZg==$FssUBfIHq1ETs6++tsrS0CyoyvbROnb1L9k+a0O+weE=",
        "pbkdf2-sha256$600000$MDEyMzQ1Njc4OWFiY2RlZg=$FssUBfIHq1ETs6++tsrS0CyoyvbROnb1L9k+a0O+weE=",
        "pbkdf2-sha256$600000$MDEyMzQ1Njc4OWFiY2RlZg==$FssUBfIHq1ETs6++tsrS0CyoyvbROnb1L9k+a0O+weE",
        "pbkdf2-sha256$600000$MDEyMzQ1Njc4OWFiY2RlZg==$FssUBfIHq1ETs6++tsrS0CyoyvbROnb1L9k+a0O+weE="
        "$",
        "pbkdf2-sha256$600000$MDEyMzQ1Njc4OWFiY2RlZg==$FssUBfIHq1ETs6++tsrS0Cyo*vbROnb1L9k+a0O+"
        "weE="}) {
    EXPECT_FALSE(verifyPassword(bad, "correct horse battery")) << bad;
  }
}

TEST(StoreUsers, RightAndWrongPasswords) {
  UsersDir d;
  Store s = Store::open(d / "lab.db");
  s.addUser("wli", "Li Wei", Role::Approver, "correct horse battery");
  s.addUser("ops", "Operator One", "operator");  // no password: cannot sign in

  const auto ok = s.authenticate("wli", "correct horse battery");
  ASSERT_TRUE(ok.has_value());
  EXPECT_EQ(ok->name, "Li Wei");
  EXPECT_EQ(ok->role, Role::Approver);
  EXPECT_TRUE(ok->hasPassword);
  EXPECT_FALSE(s.authenticate("wli", "correct horse batter").has_value());
  EXPECT_FALSE(s.authenticate("WLI", "correct horse battery").has_value());  // logins are exact
  EXPECT_FALSE(s.authenticate("nobody", "correct horse battery").has_value());
  EXPECT_FALSE(s.authenticate("ops", "").has_value());
  EXPECT_FALSE(s.findUser("ops")->hasPassword);

  s.changePassword("wli", "correct horse battery", "another long secret");
  EXPECT_FALSE(s.authenticate("wli", "correct horse battery").has_value());
  EXPECT_TRUE(s.authenticate("wli", "another long secret").has_value());
  s.setPassword("ops", "operators pass");  // the first: no proof needed
  EXPECT_EQ(s.authenticate("ops", "operators pass")->role, Role::Operator);

  // Refusals change nothing.
  const auto entries = s.auditTrail().size();
  EXPECT_EQ(kindOf([&] { s.setPassword("nobody", "long enough pass"); }), K::NotFound);
  EXPECT_EQ(kindOf([&] { s.setPassword("wli", "7 chars"); }), K::Invalid);
  EXPECT_EQ(kindOf([&] { s.setPassword("ops", "a second first one"); }), K::Invalid);
  // 8 characters but 24 bytes: the minimum counts characters.
  EXPECT_NO_THROW(s.changePassword("wli", "another long secret", "密码密码密码密码"));
  EXPECT_TRUE(s.authenticate("wli", "密码密码密码密码").has_value());
  EXPECT_EQ(kindOf([&] { s.changePassword("wli", "密码密码密码密码", "密码密码密码密"); }),
            K::Invalid);
  EXPECT_EQ(kindOf([&] { s.addUser("wli", "Again", Role::Engineer, "long enough pass"); }),
            K::Invalid);
  EXPECT_EQ(kindOf([&] { s.addUser("eng", "E", "admin"); }), K::Invalid);
  for (const char* login : {"", "with space", "a/b", "ünï"}) {
    EXPECT_EQ(kindOf([&] { s.addUser(login, "X", Role::Engineer, "long enough pass"); }),
              K::Invalid)
        << login;
  }
  // Only the successful 密码 change: the password and the re-encrypted key.
  EXPECT_EQ(s.auditTrail().size(), entries + 2);

  const auto all = s.users();
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].login, "ops");  // by login
  EXPECT_EQ(all[1].login, "wli");
  EXPECT_TRUE(s.verify().intact);
}

TEST(StoreUsers, OnlyASaltedHashIsStored) {
  UsersDir d;
  const std::string secret = "Tr0ub4dor&3-unique-marker";
  {
    Store s = Store::open(d / "lab.db");
    s.addUser("a", "A", Role::Engineer, secret);
    s.addUser("b", "B", Role::Engineer, secret);
    // The file, its WAL and the audit trail while the store is open: no trace of the password.
    for (const char* suffix : {"", "-wal"}) {
      EXPECT_EQ(fileBytes(d / ("lab.db" + std::string(suffix))).find(secret), std::string::npos);
    }
    for (const AuditRecord& r : s.auditTrail()) {
      EXPECT_EQ(r.detail.find(secret), std::string::npos);
    }
    EXPECT_TRUE(s.verify().intact);
  }
  const std::string ha = rawText(d / "lab.db", "SELECT password_hash FROM users WHERE login='a'");
  const std::string hb = rawText(d / "lab.db", "SELECT password_hash FROM users WHERE login='b'");
  // 600 000 iterations, a 16-byte salt (24 base64 characters), a 32-byte key (44).
  const std::regex format(R"(^pbkdf2-sha256\$600000\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$)");
  EXPECT_TRUE(std::regex_match(ha, format)) << ha;
  EXPECT_TRUE(std::regex_match(hb, format)) << hb;
  // The same password, different salts, so different keys.
  EXPECT_NE(ha.substr(21, 24), hb.substr(21, 24));
  EXPECT_NE(ha.substr(46), hb.substr(46));
  EXPECT_TRUE(robocert::store::detail::verifyPassword(ha, secret));
  EXPECT_EQ(fileBytes(d / "lab.db").find(secret), std::string::npos);
}

TEST(StoreLab, ProfileIsOneAuditedRecord) {
  UsersDir d;
  Store s = Store::open(d / "lab.db", Store::Mode::ReadWrite, "admin");
  EXPECT_EQ(s.labProfile().name, "");
  s.setLabProfile({.name = "RoboCert Metrology Centre",
                   .address = "1 Test Road, Suzhou",
                   .accreditation = "CNAS L0000",
                   .logoPath = "/srv/lab/logo.png",
                   .location = "Hall 2"});
  LabProfile p = s.labProfile();
  EXPECT_EQ(p.address, "1 Test Road, Suzhou");
  EXPECT_EQ(p.location, "Hall 2");
  p.location = "Hall 3";
  s.setLabProfile(p);
  EXPECT_EQ(s.labProfile().location, "Hall 3");
  EXPECT_EQ(s.labProfile().name, "RoboCert Metrology Centre");
  const auto trail = s.auditTrail();
  ASSERT_GE(trail.size(), 2u);
  EXPECT_EQ(trail[trail.size() - 2].action, "insert");
  EXPECT_EQ(trail.back().action, "update");
  EXPECT_EQ(trail.back().table, "lab_profile");
  EXPECT_EQ(trail.back().actor, "admin");
  EXPECT_TRUE(s.verify().intact);
  rawExec(d / "lab.db", "UPDATE lab_profile SET accreditation = 'CNAS L9999'");
  const VerifyReport r = s.verify();
  EXPECT_FALSE(r.intact);
  EXPECT_EQ(r.table, "lab_profile");
}

TEST(StoreLab, CalibrationUncertaintyAsNumbers) {
  UsersDir d;
  Store s = Store::open(d / "lab.db");
  const auto tracker = s.addInstrument({"laser_tracker", "Leica", "AT960", "LT-1"});
  s.addCalibration(tracker, {.certificateNo = "C-2026-01",
                             .calibratedOn = "2026-01-06",
                             .dueOn = "2099-01-05",
                             .uncertainty = "U = 15 µm + 6 µm/m (k = 2)",
                             .uConstUm = 15.0,
                             .uPerMUm = 6.0,
                             .uK = 2.0});
  const auto inForce = s.calibrationOn(tracker, "2026-06-01");
  ASSERT_TRUE(inForce.second.has_value());
  EXPECT_EQ(inForce.second->uConstUm, 15.0);
  EXPECT_EQ(inForce.second->uPerMUm, 6.0);
  EXPECT_EQ(inForce.second->uK, 2.0);
  const auto other = s.addInstrument({"laser_tracker", "", "", "LT-2"});
  s.addCalibration(other,
                   {.certificateNo = "C-2", .calibratedOn = "2026-01-01", .dueOn = "2099-01-01"});
  EXPECT_FALSE(s.calibrationOn(other, "2026-06-01").second->uConstUm.has_value());
  const auto listed = s.instruments();
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_EQ(listed[0].serial, "LT-1");
  EXPECT_EQ(listed[0].id, tracker);
  EXPECT_EQ(listed[0].model, "AT960");
  EXPECT_EQ(listed[1].serial, "LT-2");

  // Through a run as well.
  const Item it = s.findOrCreateItem({.serial = "SN-1"});
  const auto run = s.createRun({.itemId = it.id, .planText = "p"});
  s.attachInstrument(run, tracker, "pose_sensor");
  EXPECT_EQ(s.runInstruments(run).at(0).calibration->uPerMUm, 6.0);

  EXPECT_EQ(kindOf([&] { s.addCalibration(other, {.certificateNo = "C-3", .uConstUm = -1.0}); }),
            K::Invalid);
  EXPECT_EQ(kindOf([&] { s.addCalibration(other, {.certificateNo = "C-3", .uK = 0.0}); }),
            K::Invalid);
  EXPECT_TRUE(s.verify().intact);
}

TEST(StoreSchema, Version2DatabaseWithDataUpgradesAndVerifies) {
  // A version 2 database written and audited by version 2's code: a user without password, a
  // calibration without numbers, a run. After the upgrade to 3 it verifies, the new columns are
  // empty, setting them is audited, and changing them behind the store's back is found.
  UsersDir d;
  const fs::path db = d / "v2.db";
  {
    robocert::store::detail::Connection c(db.string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    robocert::store::detail::migrate(c, 2);
    robocert::store::detail::AuditLog audit(c);
    audit.reload();
    c.exec("INSERT INTO users(login, name, role) VALUES ('wli', 'Li Wei', 'approver')");
    audit.recordRow("t", "insert", "users", 1, std::nullopt);
    c.exec("INSERT INTO instruments(kind, serial) VALUES ('laser_tracker', 'LT-1')");
    audit.recordRow("t", "insert", "instruments", 1, std::nullopt);
    c.exec(
        "INSERT INTO calibrations(instrument_id, certificate_no, calibrated_on, due_on, "
        "uncertainty) VALUES (1, 'C-1', '2026-01-01', '2099-01-01', 'U = 15 µm + 6 µm/m')");
    audit.recordRow("t", "insert", "calibrations", 1, std::nullopt);
    c.exec("INSERT INTO items(kind, serial, created_at) VALUES ('industrial_robot', 'SN-1', 'x')");
    audit.recordRow("t", "insert", "items", 1, std::nullopt);
    c.exec(
        "INSERT INTO runs(item_id, operator, source, plan_text, plan_sha256, status, started_at, "
        "parameters) VALUES (1, 't', 'live', 'p', 'h', 'completed', 'x', '{}')");
    audit.recordRow("t", "insert", "runs", 1, 1);
  }
  {
    Store s = Store::open(db);
    ASSERT_EQ(s.schemaVersion(), Store::supportedSchemaVersion());
    EXPECT_TRUE(s.verify().intact);
    const auto u = s.findUser("wli");
    ASSERT_TRUE(u.has_value());
    EXPECT_EQ(u->role, Role::Approver);
    EXPECT_FALSE(u->hasPassword);
    const auto cal = s.calibrationOn(1, "2026-06-01").second;
    ASSERT_TRUE(cal.has_value());
    EXPECT_EQ(cal->uncertainty, "U = 15 µm + 6 µm/m");
    EXPECT_FALSE(cal->uK.has_value());
    EXPECT_EQ(s.run(1).parametersJson, "{}");
    EXPECT_TRUE(s.reports().empty());
    s.setPassword("wli", "correct horse battery");
    EXPECT_TRUE(s.authenticate("wli", "correct horse battery").has_value());
    EXPECT_EQ(s.auditTrail().back().action, "password set");
    // An approver from before signatures gets a key when it is first needed.
    EXPECT_TRUE(s.userKeys("wli").empty());
    EXPECT_TRUE(s.ensureKey("wli", "correct horse battery"));
    EXPECT_EQ(s.userKeys("wli").size(), 1u);
    EXPECT_TRUE(s.verify().intact);
  }
  // A value put into a new column of an old row behind the store's back is found.
  rawExec(db, "UPDATE calibrations SET u_k = 2 WHERE id = 1");
  const VerifyReport r = Store::open(db, Store::Mode::ReadOnly).verify();
  EXPECT_FALSE(r.intact);
  EXPECT_EQ(r.problem, VerifyReport::Problem::RowChanged);
  EXPECT_EQ(r.table, "calibrations");
}

// The signature primitives against RFC 8032's first Ed25519 test vector (7.1, TEST 1: the empty
// message). The PEM is the vector's public key in a SubjectPublicKeyInfo (the DER prefix
// 302a300506032b6570032100, then the 32 key bytes), and the fingerprint its SHA-256:
//   python3 -c "import hashlib;
//   print(hashlib.sha256(bytes.fromhex('d75a9801...511a')).hexdigest())"
TEST(StoreSigning, Rfc8032VectorVerifies) {
  const std::string pem =
      "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=\n"
      "-----END PUBLIC KEY-----\n";
  const std::string signature =
      "5VZDAMNgrHKQhuLMgG6CioSHfx645dl02HPgZSJJAVVfuIIVkKM7rMYeOXAc+bRr0lv18FlbviRlUUFDjnoQCw==";
  EXPECT_EQ(fingerprintOf(pem), "21fe31dfa154a261626bf854046fd2271b7bed4b6abe45aa58877ef47f9721b9");
  EXPECT_TRUE(verifySignature(pem, "", signature));
  EXPECT_FALSE(verifySignature(pem, "x", signature));
  std::string flipped = signature;
  flipped[0] = flipped[0] == 'A' ? 'B' : 'A';
  EXPECT_FALSE(verifySignature(pem, "", flipped));
  EXPECT_FALSE(verifySignature(pem, "", "not base64"));
  EXPECT_FALSE(verifySignature("not a key", "", signature));
  // A published key file: the login line before each key binds it; other text is ignored.
  const auto keys = readPublicKeys("# the lab's keys\n\nlogin: li\nname: Li Wei\n" + pem +
                                   "\nlogin: ada\n-----BEGIN PUBLIC KEY-----\nbroken\n"
                                   "-----END PUBLIC KEY-----\n");
  ASSERT_EQ(keys.size(), 1u);
  EXPECT_EQ(keys[0].login, "li");
  EXPECT_EQ(keys[0].fingerprint, *fingerprintOf(pem));
}

// Issue 11, items 11 and 12 at the store: an approver's key pair is encrypted by their password;
// a change re-encrypts it; a reset by another approver retires it (what it signed stays
// verifiable) and makes a new one; nobody else resets a password.
TEST(StoreKeys, SigningKeysFollowThePassword) {
  UsersDir d;
  Store s = Store::open(d / "lab.db");
  s.addUser("wli", "Li Wei", Role::Approver, "wli pass 1234");
  s.addUser("ada", "Ada", Role::Approver, "ada pass 1234");
  s.addUser("ops", "Operator", Role::Operator, "ops pass 1234");
  EXPECT_TRUE(s.userKeys("ops").empty());
  std::vector<UserKey> keys = s.userKeys("wli");
  ASSERT_EQ(keys.size(), 1u);
  EXPECT_EQ(fingerprintOf(keys[0].publicKeyPem), keys[0].fingerprint);
  EXPECT_FALSE(keys[0].retiredAt.has_value());

  const auto first = s.sign("wli", "wli pass 1234", "hello");
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(first->first, keys[0].fingerprint);
  EXPECT_TRUE(verifySignature(keys[0].publicKeyPem, "hello", first->second));
  EXPECT_FALSE(verifySignature(keys[0].publicKeyPem, "hellO", first->second));
  EXPECT_FALSE(s.sign("wli", "wrong password", "hello").has_value());
  EXPECT_EQ(kindOf([&] { s.sign("ops", "ops pass 1234", "hello"); }), K::Invalid);

  // A change: the same key, opened by the new password only.
  EXPECT_EQ(kindOf([&] { s.changePassword("wli", "wrong password", "wli pass 5678"); }),
            K::Invalid);
  EXPECT_EQ(s.auditTrail().back().action, "password change refused");
  s.changePassword("wli", "wli pass 1234", "wli pass 5678");
  EXPECT_FALSE(s.sign("wli", "wli pass 1234", "hello").has_value());
  EXPECT_EQ(s.sign("wli", "wli pass 5678", "hello")->first, keys[0].fingerprint);

  // A reset: only by an approver who proves it; the old key retired, a new one made.
  EXPECT_EQ(kindOf([&] { s.resetPassword("wli", "taken over 1", "ops", "ops pass 1234"); }),
            K::Invalid);
  EXPECT_EQ(kindOf([&] { s.resetPassword("wli", "taken over 1", "ada", "wrong password"); }),
            K::Invalid);
  EXPECT_TRUE(s.authenticate("wli", "wli pass 5678").has_value());
  s.resetPassword("wli", "wli reset 9999", "ada", "ada pass 1234");
  keys = s.userKeys("wli");
  ASSERT_EQ(keys.size(), 2u);
  EXPECT_TRUE(keys[0].retiredAt.has_value());
  EXPECT_FALSE(keys[1].retiredAt.has_value());
  EXPECT_NE(keys[0].fingerprint, keys[1].fingerprint);
  EXPECT_TRUE(verifySignature(keys[0].publicKeyPem, "hello", first->second));  // still
  EXPECT_EQ(s.sign("wli", "wli reset 9999", "hello")->first, keys[1].fingerprint);
  EXPECT_EQ(s.findKey(keys[0].fingerprint)->login, "wli");
  bool resetAudited = false;
  for (const AuditRecord& a : s.auditTrail())
    if (a.action == "password reset")
      resetAudited = a.actor == "ada" && a.detail.find(
                                             "authenticated user: ada (approver's password); "
                                             "operating-system user: ") != std::string::npos;
  EXPECT_TRUE(resetAudited);
  EXPECT_TRUE(s.verify().intact);
  EXPECT_EQ(s.userKeys().size(), 3u);  // wli's two and ada's

  // Only encrypted private keys are in the file (and its write-ahead log).
  std::string bytes;
  for (const char* name : {"lab.db", "lab.db-wal"}) {
    std::ifstream f(d / name, std::ios::binary);
    bytes.append(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
  }
  EXPECT_NE(bytes.find("BEGIN ENCRYPTED PRIVATE KEY"), std::string::npos);
  EXPECT_EQ(bytes.find("BEGIN PRIVATE KEY"), std::string::npos);
}
