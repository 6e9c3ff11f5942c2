// robocert user and robocert lab as a user runs them: passwords from a script's standard input
// and typed on a real terminal (a pseudo-terminal) without echo, the lab profile, instruments and
// calibrations, and one clear message for each kind of bad input. What was stored is read back
// from the SQLite file directly.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <pty.h>
#include <pwd.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <chrono>
#include <string>
#include <vector>

namespace {

struct UserRun {
  int exitCode = -1;
  QString out;
  QString err;
};

// env: extra variables, "NAME=value".
UserRun runUserCli(const QStringList& args, const QByteArray& input = {},
                   const QStringList& env = {}) {
  QProcess p;
  QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
  e.insert("LANG", "C.UTF-8");
  for (const char* var : {"LC_ALL", "LANGUAGE", "ROBOCERT_LANG", "ROBOCERT_DB", "ROBOCERT_USER"})
    e.remove(var);
  for (const QString& v : env) e.insert(v.section('=', 0, 0), v.section('=', 1));
  p.setProcessEnvironment(e);
  p.start(ROBOCERT_BIN, args);
  p.write(input);
  p.closeWriteChannel();
  if (!p.waitForFinished(60000)) return {};
  EXPECT_EQ(p.exitStatus(), QProcess::NormalExit) << "crashed: " << args.join(' ').toStdString();
  return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
          QString::fromUtf8(p.readAllStandardError())};
}

QJsonObject jsonObject(const QString& text) {
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
  EXPECT_EQ(error.error, QJsonParseError::NoError) << text.toStdString();
  return doc.object();
}

// The first column of the first row of a query on the file, as text ("<null>" for NULL).
QString sqlText(const QString& db, const QString& sql) {
  sqlite3* h = nullptr;
  QString out = "<no row>";
  if (sqlite3_open_v2(db.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(h, sql.toUtf8().constData(), -1, &s, nullptr) == SQLITE_OK &&
        sqlite3_step(s) == SQLITE_ROW) {
      const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
      out = t != nullptr ? QString::fromUtf8(t) : QStringLiteral("<null>");
    }
    sqlite3_finalize(s);
  }
  sqlite3_close(h);
  return out;
}

// robocert on a pseudo-terminal (its stdin, stdout and stderr), as a person at a terminal runs
// it: each time the output so far ends with the next prompt, the next line is typed. Returns the
// exit code (-1 when it did not end within the guard time) and everything the terminal showed.
struct TerminalRun {
  int exitCode = -1;
  std::string screen;
};
TerminalRun runOnTerminal(const std::vector<std::string>& args,
                          const std::vector<std::pair<std::string, std::string>>& dialogue) {
  int master = -1;
  const pid_t child = forkpty(&master, nullptr, nullptr, nullptr);
  if (child == 0) {
    std::vector<char*> argv{const_cast<char*>(ROBOCERT_BIN)};
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    setenv("LANG", "C.UTF-8", 1);
    for (const char* var : {"LC_ALL", "LANGUAGE", "ROBOCERT_LANG", "ROBOCERT_DB"}) unsetenv(var);
    execv(ROBOCERT_BIN, argv.data());
    _exit(127);
  }
  TerminalRun r;
  std::size_t next = 0;  // the next line of the dialogue to type
  std::size_t seen = 0;  // where in the screen to look for its prompt
  const auto guard = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  for (;;) {
    pollfd p{master, POLLIN, 0};
    if (std::chrono::steady_clock::now() > guard) break;
    if (poll(&p, 1, 200) > 0) {
      char buf[512];
      const ssize_t n = read(master, buf, sizeof buf);
      if (n <= 0) break;  // EIO: the program closed the terminal (it ended)
      r.screen.append(buf, static_cast<std::size_t>(n));
    }
    if (next < dialogue.size()) {
      const auto at = r.screen.find(dialogue[next].first, seen);
      if (at != std::string::npos) {
        seen = at + dialogue[next].first.size();
        const std::string line = dialogue[next].second + "\n";
        EXPECT_EQ(write(master, line.data(), line.size()), static_cast<ssize_t>(line.size()));
        ++next;
      }
    }
  }
  close(master);
  // The terminal closes a moment before the process has ended: wait for it, within the guard.
  int status = 0;
  while (waitpid(child, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > guard) {
      kill(child, SIGKILL);  // it hung: fail below, without hanging the test run
      waitpid(child, &status, 0);
      return r;
    }
    usleep(10000);
  }
  r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

class CliUserLab : public ::testing::Test {
 protected:
  QString db() const { return dir_.filePath("lab.db"); }
  // Exit 2, nothing on stdout, exactly one line on stderr containing `message`.
  void expectRefused(const QStringList& args, const QString& message, const QByteArray& in = {}) {
    const UserRun r = runUserCli(args, in);
    EXPECT_EQ(r.exitCode, 2) << args.join(' ').toStdString() << ": " << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(message))
        << "stderr: " << r.err.toStdString() << "\nexpected: " << message.toStdString();
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
  }
  QTemporaryDir dir_;
};

}  // namespace

TEST_F(CliUserLab, UsersWithPasswordsFromAScript) {
  UserRun r = runUserCli({"user", "add", "wli", "--name", "Li Wei", "--role", "approver",
                          "--password-stdin", "--db", db()},
                         "approver secret 1\n");
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  EXPECT_EQ(r.out, "User wli (Li Wei, approver) added to " + db() + "\n");
  r = runUserCli({"user", "add", "ops", "--name", "Wang Fang", "--role", "operator",
                  "--password-stdin", "--db", db()},
                 "operator secret\r\n");  // a Windows line end is not part of the password
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();

  r = runUserCli({"user", "list", "--db", db()});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  EXPECT_TRUE(r.out.contains(QRegularExpression("\nops +Wang Fang +operator +set\n")))
      << r.out.toStdString();
  EXPECT_TRUE(r.out.contains(QRegularExpression("\nwli +Li Wei +approver +set\n")))
      << r.out.toStdString();
  r = runUserCli({"user", "list", "--format", "json", "--db", db()});
  const QJsonArray users = jsonObject(r.out)["users"].toArray();
  ASSERT_EQ(users.size(), 2);
  EXPECT_EQ(users[1].toObject()["login"].toString(), "wli");
  EXPECT_EQ(users[1].toObject()["role"].toString(), "approver");
  EXPECT_TRUE(users[1].toObject()["password_set"].toBool());

  const QString hash = sqlText(db(), "SELECT password_hash FROM users WHERE login = 'wli'");
  EXPECT_TRUE(hash.contains(
      QRegularExpression(R"(^pbkdf2-sha256\$600000\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$)")))
      << hash.toStdString();
  // The current password on the first line, the new one on the second.
  r = runUserCli({"user", "passwd", "wli", "--password-stdin", "--db", db()},
                 "approver secret 1\na new secret 2\n");
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  EXPECT_EQ(r.out, "Password of wli changed\n");
  EXPECT_NE(sqlText(db(), "SELECT password_hash FROM users WHERE login = 'wli'"), hash);
  // Neither password is anywhere in the file; the trail records who added and changed whom.
  QFile f(db());
  ASSERT_TRUE(f.open(QIODevice::ReadOnly));
  const QByteArray bytes = f.readAll();
  EXPECT_FALSE(bytes.contains("approver secret 1"));
  EXPECT_FALSE(bytes.contains("a new secret 2"));
  EXPECT_EQ(sqlText(db(), "SELECT action FROM audit WHERE tbl = 'users' ORDER BY id DESC LIMIT 1"),
            "password changed");
  EXPECT_EQ(runUserCli({"db", "verify", "--db", db()}).exitCode, 0);
}

// Issue 11, item 12: `user passwd appr` worked without the old password, and with
// ROBOCERT_USER=appr the trail named the approver as the one who changed it. A change needs the
// current password, a reset an approver's; the trail names the authenticated user and the
// operating-system user apart, and ROBOCERT_USER (anyone can set it) proves nothing.
TEST_F(CliUserLab, ChangingAPasswordNeedsTheOldOneOrAnApprovers) {
  ASSERT_EQ(runUserCli({"user", "add", "appr", "--name", "A. Approver", "--role", "approver",
                        "--password-stdin", "--db", db()},
                       "approver secret 1\n")
                .exitCode,
            0);
  ASSERT_EQ(runUserCli({"user", "add", "ops", "--name", "O. Perator", "--role", "operator",
                        "--password-stdin", "--db", db()},
                       "operator secret 1\n")
                .exitCode,
            0);
  const QString osUser = QString::fromUtf8(getpwuid(geteuid())->pw_name);
  const QString hash = sqlText(db(), "SELECT password_hash FROM users WHERE login = 'appr'");
  const QStringList asAppr{"ROBOCERT_USER=appr"};
  const QString lastUsersEntry =
      "SELECT actor || ' | ' || action || ' | ' || detail FROM audit WHERE tbl IN ('users', '') "
      "ORDER BY id DESC LIMIT 1";

  // Someone who claims to be appr but does not know the password: refused, nothing changed.
  UserRun r = runUserCli({"user", "passwd", "appr", "--password-stdin", "--db", db()},
                         "attacker pass 1\nattacker pass 1\n", asAppr);
  EXPECT_EQ(r.exitCode, 1) << r.out.toStdString();
  EXPECT_TRUE(r.err.contains("the old password of user \"appr\" is not right; nothing was changed"))
      << r.err.toStdString();
  EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
  EXPECT_EQ(sqlText(db(), "SELECT password_hash FROM users WHERE login = 'appr'"), hash);
  QString entry = sqlText(db(), lastUsersEntry);
  EXPECT_TRUE(entry.contains("password change refused")) << entry.toStdString();
  EXPECT_TRUE(entry.contains("authenticated user: nobody")) << entry.toStdString();
  EXPECT_TRUE(entry.contains("operating-system user: " + osUser)) << entry.toStdString();

  // With the current password: changed; the key is re-encrypted, not replaced.
  const QString key = sqlText(db(), "SELECT fingerprint FROM user_keys WHERE retired_at IS NULL");
  const QString sealed = sqlText(db(), "SELECT private_key FROM user_keys");
  r = runUserCli({"user", "passwd", "appr", "--password-stdin", "--db", db()},
                 "approver secret 1\napprover secret 2\n", asAppr);
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  EXPECT_NE(sqlText(db(), "SELECT password_hash FROM users WHERE login = 'appr'"), hash);
  EXPECT_EQ(sqlText(db(), "SELECT fingerprint FROM user_keys WHERE retired_at IS NULL"), key);
  EXPECT_NE(sqlText(db(), "SELECT private_key FROM user_keys"), sealed);
  entry = sqlText(db(),
                  "SELECT actor || ' | ' || detail FROM audit WHERE action = "
                  "'password changed'");
  EXPECT_EQ(entry,
            "appr | password changed; authenticated user: appr (old password); "
            "operating-system user: " +
                osUser);

  // A forgotten password: reset by an approver with their own password, never by an operator.
  r = runUserCli({"user", "passwd", "appr", "--reset-by", "ops", "--password-stdin", "--db", db()},
                 "operator secret 1\nops took over 1\n");
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_TRUE(r.err.contains("is not an approver")) << r.err.toStdString();
  r = runUserCli({"user", "passwd", "ops", "--reset-by", "appr", "--password-stdin", "--db", db()},
                 "approver secret 1\nops new pass 1\n");  // appr's old password: refused
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_TRUE(r.err.contains("wrong password for approver \"appr\"")) << r.err.toStdString();
  r = runUserCli({"user", "passwd", "ops", "--reset-by", "appr", "--password-stdin", "--db", db()},
                 "approver secret 2\nops new pass 1\n", {"ROBOCERT_USER=ops"});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  EXPECT_EQ(r.out, "Password of ops reset by appr\n");
  entry = sqlText(db(), lastUsersEntry);
  EXPECT_EQ(entry,
            "appr | password reset | password of ops reset; authenticated user: appr "
            "(approver's password); operating-system user: " +
                osUser);
  EXPECT_EQ(runUserCli({"db", "verify", "--db", db()}).exitCode, 0);
}

TEST_F(CliUserLab, UserCommandsRefuseWhatTheyCannotUse) {
  const QStringList add{"user", "add", "ops", "--name", "Op", "--role", "operator", "--db", db()};
  expectRefused(add + QStringList{"--password-stdin"}, "a password needs at least 8 characters",
                "1234567\n");
  expectRefused(add + QStringList{"--password-stdin"}, "--password-stdin: standard input is empty");
  // QProcess gives the program a pipe, not a terminal.
  expectRefused(add, "no terminal to type the password of ops on; pass --password-stdin");
  expectRefused({"user", "add", "ops", "--name", "Op", "--role", "admin", "--db", db()},
                "--role must be operator, engineer or approver, not \"admin\"");
  expectRefused({"user", "add", "o p", "--name", "Op", "--role", "operator", "--db", db()},
                "\"o p\" cannot be a login");
  expectRefused({"user", "list", "--db", dir_.filePath("none.db")}, "no lab database here");
  expectRefused({"user", "passwd", "ops", "--db", dir_.filePath("none.db")},
                "no lab database here");
  EXPECT_FALSE(QFile::exists(dir_.filePath("none.db")));

  ASSERT_EQ(runUserCli(add + QStringList{"--password-stdin"}, "operator secret\n").exitCode, 0);
  expectRefused(add + QStringList{"--password-stdin"}, "user \"ops\" exists already",
                "operator secret\n");
  expectRefused({"user", "passwd", "nobody", "--password-stdin", "--db", db()},
                "there is no user \"nobody\"", "long enough pass\n");
  expectRefused({"user", "list", "--format", "xml", "--db", db()}, "--format must be one of");
}

TEST_F(CliUserLab, APasswordTypedOnATerminalIsNeverShown) {
  const std::string secret = "typed secret 123";
  const std::vector<std::string> args{"user",     "add",           "tty1",
                                      "--name",   "Terminal User", "--role",
                                      "engineer", "--db",          db().toStdString()};
  const TerminalRun ok =
      runOnTerminal(args, {{"Password of tty1: ", secret}, {"The same password again: ", secret}});
  EXPECT_EQ(ok.exitCode, 0) << ok.screen;
  EXPECT_NE(ok.screen.find("User tty1 (Terminal User, engineer) added"), std::string::npos)
      << ok.screen;
  EXPECT_EQ(ok.screen.find(secret), std::string::npos) << ok.screen;  // no echo
  EXPECT_TRUE(sqlText(db(), "SELECT password_hash FROM users WHERE login = 'tty1'")
                  .startsWith("pbkdf2-sha256$600000$"));

  // Two different entries: nothing is stored.
  const std::vector<std::string> args2{"user",   "add",      "tty2", "--name",          "Second",
                                       "--role", "operator", "--db", db().toStdString()};
  const TerminalRun differ = runOnTerminal(
      args2, {{"Password of tty2: ", secret}, {"The same password again: ", secret + "x"}});
  EXPECT_EQ(differ.exitCode, 2) << differ.screen;
  EXPECT_NE(differ.screen.find("the two passwords differ; nothing was changed"), std::string::npos)
      << differ.screen;
  EXPECT_EQ(differ.screen.find(secret), std::string::npos) << differ.screen;
  EXPECT_EQ(sqlText(db(), "SELECT count(*) FROM users WHERE login = 'tty2'"), "0");
}

TEST_F(CliUserLab, LabProfile) {
  UserRun r = runUserCli({"lab", "show", "--db", db()});
  EXPECT_EQ(r.exitCode, 2);  // nothing to show: no database yet
  ASSERT_EQ(runUserCli({"db", "init", "--db", db()}).exitCode, 0);
  r = runUserCli({"lab", "show", "--db", db()});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  EXPECT_TRUE(r.out.contains("Reports need the lab's name and address")) << r.out.toStdString();

  const QString logo = dir_.filePath("logo.png");
  QFile l(logo);
  ASSERT_TRUE(l.open(QIODevice::WriteOnly));
  l.write("\x89PNG\r\n\x1a\n");
  l.close();
  r = runUserCli({"lab", "set", "--name", "RoboCert Metrology Centre", "--address",
                  "1 Test Road, Suzhou", "--accreditation", "CNAS L0000", "--logo", logo,
                  "--location", "Hall 2", "--db", db()});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  // Only what is given changes.
  ASSERT_EQ(runUserCli({"lab", "set", "--location", "Hall 3", "--db", db()}).exitCode, 0);
  r = runUserCli({"lab", "show", "--format", "json", "--db", db()});
  const QJsonObject p = jsonObject(r.out);
  EXPECT_EQ(p["name"].toString(), "RoboCert Metrology Centre");
  EXPECT_EQ(p["address"].toString(), "1 Test Road, Suzhou");
  EXPECT_EQ(p["accreditation"].toString(), "CNAS L0000");
  EXPECT_EQ(p["logo"].toString(), logo);
  EXPECT_EQ(p["location"].toString(), "Hall 3");
  EXPECT_EQ(sqlText(db(), "SELECT count(*) FROM audit WHERE tbl = 'lab_profile'"), "2");

  expectRefused({"lab", "set", "--db", db()}, "nothing to set");
  expectRefused({"lab", "set", "--logo", dir_.filePath("missing.png"), "--db", db()},
                "no readable image file here (--logo)");
  EXPECT_EQ(runUserCli({"db", "verify", "--db", db()}).exitCode, 0);
}

TEST_F(CliUserLab, InstrumentsAndTheirCalibrations) {
  const QStringList at{"--db", db()};
  auto ok = [&](const QStringList& args) {
    const UserRun r = runUserCli(args + at);
    EXPECT_EQ(r.exitCode, 0) << args.join(' ').toStdString() << ": " << r.err.toStdString();
    return r;
  };
  ok({"lab", "instrument", "add", "--kind", "laser_tracker", "--serial", "LT-1", "--manufacturer",
      "Leica", "--model", "AT960"});
  ok({"lab", "instrument", "add", "--kind", "laser_tracker", "--serial", "LT-OLD"});
  ok({"lab", "instrument", "add", "--kind", "torque_sensor", "--serial", "TS-1"});
  ok({"lab", "instrument", "add", "--kind", "torque_sensor", "--serial", "TS-NEW"});
  expectRefused(QStringList{"lab", "instrument", "add", "--kind", "x", "--serial", "LT-1"} + at,
                "an instrument with serial number LT-1 exists already");

  UserRun r = ok({"lab", "calibration", "add", "LT-1", "--certificate", "C-2026-01", "--calibrated",
                  "2026-01-06", "--due", "2099-01-05", "--u-const-um", "15", "--u-per-m-um", "6",
                  "--laboratory", "NIM"});
  EXPECT_EQ(r.out,
            "Calibration C-2026-01 of LT-1 recorded: 2026-01-06 to 2099-01-05, "
            "U = 15 µm + 6 µm/m · L (k = 2)\n");
  EXPECT_EQ(sqlText(db(),
                    "SELECT u_const_um || ' ' || u_per_m_um || ' ' || u_k FROM calibrations "
                    "WHERE certificate_no = 'C-2026-01'"),
            "15.0 6.0 2.0");
  ok({"lab", "calibration", "add", "LT-OLD", "--certificate", "C-0", "--calibrated", "2000-01-01",
      "--due", "2001-01-01", "--uncertainty", "U = 30 µm (k = 2)"});
  EXPECT_EQ(sqlText(db(),
                    "SELECT coalesce(u_k, 'none') || ' ' || uncertainty FROM calibrations "
                    "WHERE certificate_no = 'C-0'"),
            "none U = 30 µm (k = 2)");
  // Due in 10 days from today (UTC), the day the list below is made.
  const QDate today = QDateTime::currentDateTimeUtc().date();
  const QString soon = today.addDays(10).toString(Qt::ISODate);
  ok({"lab", "calibration", "add", "TS-1", "--certificate", "C-9", "--calibrated", "2025-01-01",
      "--due", soon});

  const QStringList cal{"lab", "calibration", "add", "TS-1", "--certificate", "C-10"};
  expectRefused(cal + QStringList{"--calibrated", "2025-02-30", "--due", "2026-01-01"} + at,
                "\"2025-02-30\" is not a date: write it as YYYY-MM-DD");
  expectRefused(cal + QStringList{"--calibrated", "2025-01-01", "--due", "2024-12-31"} + at,
                "the calibration is due (2024-12-31) before it was made (2025-01-01)");
  expectRefused(
      cal + QStringList{"--calibrated", "2025-01-01", "--due", "2026-01-01", "--k", "2"} + at,
      "--k is the coverage factor of --u-const-um and --u-per-m-um");
  expectRefused(
      cal + QStringList{"--calibrated", "2025-01-01", "--due", "2026-01-01", "--u-const-um", "-1"} +
          at,
      "--u-const-um and --u-per-m-um are 0 or more");
  expectRefused(QStringList{"lab", "calibration", "add", "XX", "--certificate", "C", "--calibrated",
                            "2025-01-01", "--due", "2026-01-01"} +
                    at,
                "no instrument with serial number XX");

  r = ok({"lab", "instrument", "list"});
  const QStringList lines = r.out.split('\n');
  auto line = [&](const QString& serial) {
    for (const QString& l : lines)
      if (l.startsWith(serial + ' ')) return l;
    return QString();
  };
  EXPECT_TRUE(line("LT-1").endsWith("valid")) << r.out.toStdString();
  EXPECT_TRUE(line("LT-OLD").endsWith("EXPIRED")) << r.out.toStdString();
  EXPECT_TRUE(line("TS-1").contains("DUE IN 10")) << r.out.toStdString();
  EXPECT_TRUE(line("TS-NEW").endsWith("MISSING")) << r.out.toStdString();
  EXPECT_TRUE(r.out.contains(QStringLiteral("As of %1 (UTC): 1 expired, 1 without calibration, 1 "
                                            "due within 30 days.")
                                 .arg(today.toString(Qt::ISODate))))
      << r.out.toStdString();

  r = ok({"lab", "instrument", "list", "--format", "json"});
  const QJsonArray list = jsonObject(r.out)["instruments"].toArray();
  ASSERT_EQ(list.size(), 4);  // by serial: LT-1, LT-OLD, TS-1, TS-NEW
  const QJsonObject lt1 = list[0].toObject();
  EXPECT_EQ(lt1["status"].toString(), "valid");
  EXPECT_EQ(lt1["calibration"].toObject()["u_const_um"].toDouble(), 15.0);
  EXPECT_EQ(lt1["calibration"].toObject()["u_per_m_um"].toDouble(), 6.0);
  EXPECT_EQ(lt1["calibration"].toObject()["k"].toDouble(), 2.0);
  EXPECT_FALSE(lt1["due_soon"].toBool());
  EXPECT_EQ(list[1].toObject()["status"].toString(), "expired");
  EXPECT_TRUE(list[1].toObject()["calibration"].toObject()["k"].isNull());
  EXPECT_EQ(list[2].toObject()["due_in_days"].toInt(), 10);
  EXPECT_TRUE(list[2].toObject()["due_soon"].toBool());
  EXPECT_EQ(list[3].toObject()["status"].toString(), "missing");
  EXPECT_TRUE(list[3].toObject()["calibration"].isNull());
  EXPECT_EQ(runUserCli({"db", "verify", "--db", db()}).exitCode, 0);
}
