// robocert user add|passwd|list: the lab's users. Roles and what they allow: docs/reports.md.

#include "user_cmd.hpp"

#include <termios.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>

#include "common.hpp"
#include "db_path.hpp"
#include "messages.hpp"
#include "robocert/store/store.hpp"
#include "text_table.hpp"

namespace robocert::cli {
namespace {

namespace fs = std::filesystem;
namespace st = robocert::store;

class UserCmd {
  Q_DECLARE_TR_FUNCTIONS(UserCmd)
};

QString q(const std::string& text) { return QString::fromStdString(text); }

struct Options {
  std::string db;
  std::string login;
  std::string name;
  std::string role;
  bool passwordStdin = false;
  std::string format = "text";
  std::string resetBy;  // passwd: the approver who resets a forgotten password
  std::string out;      // key export: the file to write (default: standard output)
};

struct NoDatabase {
  fs::path path;
};

int guarded(const std::function<int()>& body) {
  try {
    return body();
  } catch (const st::StoreError& e) {
    fail(describe(e));
  } catch (const NoDatabase& e) {
    fail(UserCmd::tr("%1: no lab database here; create one with robocert db init or name another "
                     "with --db")
             .arg(q(e.path.string())));
  }
  return kExitBadInput;
}

// Letters, digits, '.', '_', '-', at most 64: what the store accepts, said in the user's language.
bool checkLogin(const std::string& login) {
  const bool ok = !login.empty() && login.size() <= 64 &&
                  login.find_first_not_of(
                      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                      "0123456789._-") == std::string::npos;
  if (!ok) {
    fail(UserCmd::tr("\"%1\" cannot be a login: use 1 to 64 letters, digits, '.', '_' or '-'")
             .arg(q(login)));
  }
  return ok;
}

// One line from the terminal with echo off; echo is restored whatever happens. Echo goes off
// before the prompt appears, so nothing typed after the prompt is ever shown.
std::optional<std::string> readHidden(const QString& prompt) {
  termios saved{};
  const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
  if (terminal) {
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    quiet.c_lflag |= ECHONL;                     // the Enter still moves to the next line
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);  // typed-ahead input would be shown: dropped
  }
  struct Restore {
    bool on;
    termios t;
    ~Restore() {
      if (on) tcsetattr(STDIN_FILENO, TCSANOW, &t);
    }
  } restore{terminal, saved};
  std::cerr << s(prompt) << std::flush;
  std::string line;
  if (!std::getline(std::cin, line)) return std::nullopt;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

int runAdd(const Options& o) {
  if (!checkLogin(o.login)) return kExitBadInput;
  const auto role = st::roleFromString(o.role);
  if (!role) {
    fail(UserCmd::tr("--role must be operator, engineer or approver, not \"%1\"").arg(q(o.role)));
    return kExitBadInput;
  }
  const fs::path path = databasePath(o.db);
  return guarded([&] {
    st::Store store = st::Store::open(path);
    if (store.findUser(o.login)) {
      fail(UserCmd::tr("%1: user \"%2\" exists already; robocert user passwd %2 changes the "
                       "password")
               .arg(q(path.string()), q(o.login)));
      return kExitBadInput;
    }
    const auto password = readPassword(q(o.login), o.passwordStdin, true);
    if (!password) return kExitBadInput;
    store.addUser(o.login, o.name, *role, *password);
    std::cout << s(UserCmd::tr("User %1 (%2, %3) added to %4")
                       .arg(q(o.login), q(o.name), q(o.role), q(path.string())))
              << '\n';
    return kExitOk;
  });
}

// Runs a password change; a refusal (a wrong password, a reset by a non-approver), which the
// store has audited, is said once and gives false.
bool applyChange(const std::function<void()>& change) {
  try {
    change();
    return true;
  } catch (const st::StoreError& e) {
    if (e.kind() != st::StoreError::Kind::Invalid) throw;
    fail(UserCmd::tr("%1; nothing was changed").arg(q(e.detail())));
    return false;
  }
}

// A password change proves who asks: the user with their old password, or an approver with
// theirs (a reset, for a forgotten password). Only a user who has no password yet gets a first
// one without proof. With --password-stdin the proof is the first line, the new password the
// second.
int runPasswd(const Options& o) {
  const fs::path path = databasePath(o.db);
  return guarded([&] {
    std::error_code ec;
    if (!fs::exists(path, ec)) throw NoDatabase{path};
    st::Store store = st::Store::open(path);
    const std::optional<st::User> user = store.findUser(o.login);
    if (!user) {
      fail(UserCmd::tr("%1: there is no user \"%2\"; robocert user list shows the users")
               .arg(q(path.string()), q(o.login)));
      return kExitBadInput;
    }
    if (!o.resetBy.empty()) {
      const auto proof = readPassword(q(o.resetBy), o.passwordStdin, false);
      if (!proof) return kExitBadInput;
      const auto password = readPassword(q(o.login), o.passwordStdin, true);
      if (!password) return kExitBadInput;
      if (!applyChange([&] { store.resetPassword(o.login, *password, o.resetBy, *proof); }))
        return kExitFailure;
      std::cout << s(UserCmd::tr("Password of %1 reset by %2").arg(q(o.login), q(o.resetBy)))
                << '\n';
      if (user->role == st::Role::Approver)
        std::cout << s(UserCmd::tr("%1 has a new signing key: publish the lab's keys again "
                                   "(robocert user key export)")
                           .arg(q(o.login)))
                  << '\n';
      return kExitOk;
    }
    if (!user->hasPassword) {
      const auto password = readPassword(q(o.login), o.passwordStdin, true);
      if (!password) return kExitBadInput;
      store.setPassword(o.login, *password);
      std::cout << s(UserCmd::tr("Password of %1 set").arg(q(o.login))) << '\n';
      return kExitOk;
    }
    const auto old = readPassword(UserCmd::tr("%1 (the current password)").arg(q(o.login)),
                                  o.passwordStdin, false);
    if (!old) return kExitBadInput;
    const auto password = readPassword(q(o.login), o.passwordStdin, true);
    if (!password) return kExitBadInput;
    if (!applyChange([&] { store.changePassword(o.login, *old, *password); })) return kExitFailure;
    std::cout << s(UserCmd::tr("Password of %1 changed").arg(q(o.login))) << '\n';
    return kExitOk;
  });
}

// The lab's public signing keys, to publish (a web page, the quality manual, given to
// customers): `report verify --keys FILE` checks certificates against this file, not against the
// database, which anyone who can write it could change.
int runKeyExport(const Options& o) {
  const fs::path path = databasePath(o.db);
  return guarded([&] {
    std::error_code ec;
    if (!fs::exists(path, ec)) throw NoDatabase{path};
    const st::Store store = st::Store::open(path, st::Store::Mode::ReadOnly);
    if (!o.login.empty() && !store.findUser(o.login)) {
      fail(UserCmd::tr("%1: there is no user \"%2\"; robocert user list shows the users")
               .arg(q(path.string()), q(o.login)));
      return kExitBadInput;
    }
    const std::vector<st::UserKey> keys = store.userKeys(o.login);
    if (keys.empty()) {
      fail(
          UserCmd::tr("no signing keys yet: an approver gets one when added, or with robocert "
                      "user key create LOGIN"));
      return kExitFailure;
    }
    std::string text = "# RoboCert approval signing keys (Ed25519) of " + store.labProfile().name +
                       "\n# Check a certificate with: robocert report verify FILE --keys "
                       "THIS-FILE\n# fingerprint = SHA-256 of the raw 32-byte public key\n";
    for (const st::UserKey& k : keys) {
      const auto user = store.findUser(k.login);
      text += "\nlogin: " + k.login + "\nname: " + (user ? user->name : std::string()) +
              "\nfingerprint: " + k.fingerprint + "\nstatus: " +
              (k.retiredAt ? "retired " + *k.retiredAt + " (verifies what it signed before)"
                           : "active since " + k.createdAt) +
              "\n" + k.publicKeyPem;
    }
    if (o.out.empty()) {
      std::cout << text;
      return kExitOk;
    }
    std::ofstream f(o.out, std::ios::binary | std::ios::trunc);
    f << text;
    f.close();
    if (!f) {
      fail(UserCmd::tr("cannot write %1").arg(q(o.out)));
      return kExitFailure;
    }
    std::cout << s(UserCmd::tr("%n signing key(s) written to %1", nullptr,
                               static_cast<int>(keys.size()))
                       .arg(q(o.out)))
              << '\n';
    return kExitOk;
  });
}

// A signing key for an approver who has none yet (approvers added before keys existed), so it
// can be published before they first sign.
int runKeyCreate(const Options& o) {
  const fs::path path = databasePath(o.db);
  return guarded([&] {
    std::error_code ec;
    if (!fs::exists(path, ec)) throw NoDatabase{path};
    st::Store store = st::Store::open(path);
    const auto password = readPassword(q(o.login), o.passwordStdin, false);
    if (!password) return kExitBadInput;
    if (!store.ensureKey(o.login, *password)) {
      fail(UserCmd::tr("wrong password for user \"%1\", or no such user").arg(q(o.login)));
      return kExitFailure;
    }
    const std::vector<st::UserKey> keys = store.userKeys(o.login);
    std::cout << s(UserCmd::tr("%1 signs with key %2").arg(q(o.login), q(keys.back().fingerprint)))
              << '\n';
    return kExitOk;
  });
}

int runList(const Options& o) {
  if (!checkFormat(o.format, {"text", "json"})) return kExitBadInput;
  const fs::path path = databasePath(o.db);
  return guarded([&] {
    std::error_code ec;
    if (!fs::exists(path, ec)) throw NoDatabase{path};
    const st::Store store = st::Store::open(path, st::Store::Mode::ReadOnly);
    const std::vector<st::User> users = store.users();
    if (o.format == "json") {
      QJsonArray list;
      for (const st::User& u : users) {
        list.append(QJsonObject{{"login", q(u.login)},
                                {"name", q(u.name)},
                                {"role", q(st::toString(u.role))},
                                {"password_set", u.hasPassword}});
      }
      printJson(QJsonObject{{"users", list}});
      return kExitOk;
    }
    if (users.empty()) {
      std::cout << s(UserCmd::tr("No users yet; add one with robocert user add LOGIN --name NAME "
                                 "--role operator|engineer|approver"))
                << '\n';
      return kExitOk;
    }
    TextTable table(
        {UserCmd::tr("Login"), UserCmd::tr("Name"), UserCmd::tr("Role"), UserCmd::tr("Password")},
        4);
    for (const st::User& u : users) {
      table.addRow({q(u.login), q(u.name), q(st::toString(u.role)),
                    u.hasPassword ? UserCmd::tr("set") : UserCmd::tr("NOT SET: cannot sign in")});
    }
    std::cout << s(table.render());
    return kExitOk;
  });
}

}  // namespace

std::optional<std::string> readPassword(const QString& login, bool fromStdin, bool confirm) {
  std::optional<std::string> password;
  if (fromStdin) {
    std::string line;
    if (std::getline(std::cin, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      password = line;
    } else {
      fail(
          UserCmd::tr("--password-stdin: standard input is empty; write the password on its "
                      "first line"));
      return std::nullopt;
    }
  } else {
    if (isatty(STDIN_FILENO) == 0) {
      fail(UserCmd::tr("no terminal to type the password of %1 on; pass --password-stdin and write "
                       "it to standard input")
               .arg(login));
      return std::nullopt;
    }
    password = readHidden(UserCmd::tr("Password of %1: ").arg(login));
    if (!password) {
      fail(UserCmd::tr("no password was typed"));
      return std::nullopt;
    }
    if (confirm) {
      const auto again = readHidden(UserCmd::tr("The same password again: "));
      if (!again || *again != *password) {
        fail(UserCmd::tr("the two passwords differ; nothing was changed"));
        return std::nullopt;
      }
    }
  }
  if (confirm && static_cast<std::size_t>(QString::fromStdString(*password).toUcs4().size()) <
                     st::Store::kMinPasswordChars) {
    fail(UserCmd::tr("a password needs at least %1 characters").arg(st::Store::kMinPasswordChars));
    return std::nullopt;
  }
  return password;
}

void addUserCommands(CLI::App& app, int& exitCode) {
  auto o = std::make_shared<Options>();
  CLI::App* user = app.add_subcommand(
      "user", s(UserCmd::tr("the lab's users: who may run tests, edit lab records and approve "
                            "reports")));
  user->require_subcommand(1);
  auto command = [&](const char* name, const QString& help, int (*run)(const Options&)) {
    CLI::App* cmd = user->add_subcommand(name, s(help));
    addDbOption(*cmd, o->db);
    cmd->callback([o, run, &exitCode] { exitCode = run(*o); });
    return cmd;
  };
  const std::string stdinHelp =
      s(UserCmd::tr("read the password from the first line of standard input (for scripts) "
                    "instead of the terminal"));

  CLI::App* add = command("add", UserCmd::tr("add a user with a role and a password"), runAdd);
  add->add_option("LOGIN", o->login, s(UserCmd::tr("login: letters, digits, '.', '_', '-'")))
      ->required();
  add->add_option("--name", o->name, s(UserCmd::tr("full name, as printed on reports")))
      ->required();
  add->add_option("--role", o->role, s(UserCmd::tr("operator, engineer or approver")))->required();
  add->add_flag("--password-stdin", o->passwordStdin, stdinHelp);

  CLI::App* passwd =
      command("passwd",
              UserCmd::tr("change a password: asks for the current one, or with --reset-by for an "
                          "approver's"),
              runPasswd);
  passwd->add_option("LOGIN", o->login, s(UserCmd::tr("the user's login")))->required();
  passwd->add_option("--reset-by", o->resetBy,
                     s(UserCmd::tr("reset a forgotten password as this approver (asks for the "
                                   "approver's password; an approver whose password is reset "
                                   "gets a new signing key)")));
  passwd->add_flag("--password-stdin", o->passwordStdin,
                   s(UserCmd::tr("read the passwords from standard input: the current one (or "
                                 "the approver's) on the first line, the new one on the next")));

  CLI::App* key = user->add_subcommand(
      "key", s(UserCmd::tr("the approvers' signing keys: export the public keys to publish")));
  key->require_subcommand(1);
  CLI::App* keyExport = key->add_subcommand(
      "export", s(UserCmd::tr("write the lab's public signing keys (PEM with fingerprints) for "
                              "report verify --keys")));
  keyExport->add_option("LOGIN", o->login, s(UserCmd::tr("only this user's keys")));
  keyExport->add_option("--out", o->out, s(UserCmd::tr("the file to write (default: stdout)")));
  addDbOption(*keyExport, o->db);
  keyExport->callback([o, &exitCode] { exitCode = runKeyExport(*o); });
  CLI::App* keyCreate = key->add_subcommand(
      "create", s(UserCmd::tr("make the signing key of an approver who has none yet")));
  keyCreate->add_option("LOGIN", o->login, s(UserCmd::tr("the approver's login")))->required();
  keyCreate->add_flag("--password-stdin", o->passwordStdin, stdinHelp);
  addDbOption(*keyCreate, o->db);
  keyCreate->callback([o, &exitCode] { exitCode = runKeyCreate(*o); });

  command("list", UserCmd::tr("the users, their roles and whether they have a password"), runList)
      ->add_option("--format", o->format, s(UserCmd::tr("output format: text or json")))
      ->default_str("text");
}

}  // namespace robocert::cli
