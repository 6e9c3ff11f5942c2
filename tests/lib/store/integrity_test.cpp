// The lab database file damaged on disk (a bad sector, a tool writing into it, a copy cut
// short): verify names the damaged table or index instead of saying "intact", every other read
// gets StoreError::Damaged, never a wrong answer; and a backup killed half way leaves no file
// under the backup's name.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "damaged_file.hpp"
#include "robocert/store/store.hpp"
#include "temp_dir.hpp"

namespace fs = std::filesystem;
using namespace robocert::store;
using K = StoreError::Kind;
using P = VerifyReport::Problem;

namespace {

// A database of one run with 600 results: the results table and its index results_by_run span
// several pages each, so one page of either can be damaged alone.
fs::path labWithResults(const robocert::test_support::TempDir& d) {
  const fs::path db = d / "lab.db";
  Store s = Store::open(db);
  const Item it = s.findOrCreateItem({.kind = "industrial_robot", .serial = "SN-1"});
  RunInfo info;
  info.itemId = it.id;
  info.source = "test";
  info.planName = "p";
  info.planText = "p";
  const std::int64_t run = s.createRun(info);
  std::vector<Result> results;
  for (int i = 0; i < 600; ++i) {
    results.push_back({"AP_P", "P" + std::to_string(i) + " v100", 0.001 * i, "mm", {}, {}, {}, ""});
  }
  s.addResults(run, results);
  s.setRunStatus(run, RunStatus::Completed);
  EXPECT_TRUE(s.verify().intact);
  return db;
}

bool contains(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
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

}  // namespace

// Every row still reads back by rowid (which is all the audit check reads), so only SQLite's
// own check sees the damaged index.
TEST(StoreIntegrity, DamagedIndexIsNotIntact) {
  robocert::test_support::TempDir d("robocert-integrity");
  const fs::path db = labWithResults(d);
  ASSERT_EQ(robocert::test_support::damageRootPage(db, "results_by_run"), "");
  const VerifyReport r = Store::open(db, Store::Mode::ReadOnly).verify();
  EXPECT_FALSE(r.intact);
  EXPECT_EQ(r.problem, P::FileDamaged);
  EXPECT_EQ(r.table, "results_by_run");
  EXPECT_TRUE(contains(r.damaged, "index results_by_run")) << testing::PrintToString(r.damaged);
  EXPECT_FALSE(contains(r.damaged, "table results")) << "the table's own pages are whole";
  EXPECT_FALSE(r.findings.empty());
}

TEST(StoreIntegrity, DamagedTablePageIsNamedAndReadsFailAsDamaged) {
  robocert::test_support::TempDir d("robocert-integrity");
  const fs::path db = labWithResults(d);
  ASSERT_EQ(robocert::test_support::damageRootPage(db, "results"), "");
  const Store s = Store::open(db, Store::Mode::ReadOnly);
  const VerifyReport r = s.verify();  // a report, not an exception
  EXPECT_FALSE(r.intact);
  EXPECT_EQ(r.problem, P::FileDamaged);
  EXPECT_EQ(r.table, "results");
  EXPECT_TRUE(contains(r.damaged, "table results")) << testing::PrintToString(r.damaged);
  // Readers of the damaged table learn that the file is damaged (not "database error").
  EXPECT_EQ(kindOf([&] { (void)s.results(1); }), K::Damaged);
  // The other tables still read.
  EXPECT_EQ(s.run(1).status, RunStatus::Completed);
}

// A backup killed before it is complete leaves nothing under the backup's name, so a partial
// copy cannot be taken for a backup; the next backup to that name then succeeds. The child is
// killed from the progress callback after the first step: at any later moment of a real kill
// the target name would not exist either, since it appears only by the final rename.
TEST(StoreBackup, KilledBackupLeavesNoFileUnderTheTargetName) {
  robocert::test_support::TempDir d("robocert-backup");
  const fs::path db = labWithResults(d);
  const fs::path target = d / "copy.db";
  const pid_t child = fork();
  if (child == 0) {
    try {
      Store::open(db, Store::Mode::ReadOnly).backupTo(target, [](int, int) { raise(SIGKILL); });
    } catch (...) {
      _exit(3);
    }
    _exit(0);
  }
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << status;
  EXPECT_FALSE(fs::exists(target));

  std::vector<std::pair<int, int>> steps;  // (pages done, pages in all) after each step
  Store::open(db, Store::Mode::ReadOnly).backupTo(target, [&](int done, int total) {
    steps.emplace_back(done, total);
  });
  ASSERT_FALSE(steps.empty());
  EXPECT_EQ(steps.back().first, steps.back().second);  // complete before it gets its name
  EXPECT_TRUE(Store::open(target, Store::Mode::ReadOnly).verify().intact);
  EXPECT_EQ(Store::open(target, Store::Mode::ReadOnly).results(1).size(), 600u);
  // Only the backup and what the killed attempt left under its own temporary name remain.
  for (const auto& e : fs::directory_iterator(d.path())) {
    const std::string name = e.path().filename().string();
    EXPECT_TRUE(name.starts_with("lab.db") || name == "copy.db" ||
                name.starts_with("copy.db.partial-"))
        << name;
  }
}
