// The store as the last line of defence against unusable text and numbers, and the offline
// import that stores all or nothing.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

#include "robocert/store/store.hpp"
#include "temp_dir.hpp"

using namespace robocert::store;
using K = StoreError::Kind;

namespace {

struct TempDir : robocert::test_support::TempDir {
  TempDir() : robocert::test_support::TempDir("robocert-store-input") {}
};

template <typename F>
std::optional<K> kindOf(F&& f) {
  try {
    f();
  } catch (const StoreError& e) {
    return e.kind();
  }
  return std::nullopt;
}

PoseMeasurement measurement(const std::string& pose, int cycle, double x) {
  PoseMeasurement m;
  m.pose = pose;
  m.cycle = cycle;
  m.commanded.positionMm = {1200, 0, 900};
  m.attained.positionMm = {x, 0, 900};
  return m;
}

const ItemInfo kItem{
    .kind = "industrial_robot", .manufacturer = "ACME", .model = "R6", .serial = "SN-1"};
const RunInfo kRun{.source = "offline-import", .planName = "import pose", .planText = "import\n"};

}  // namespace

TEST(StoreInput, TextThatIsNotUtf8IsRefusedAndNothingIsWritten) {
  // `lab set --name $'\xff'` once stored a name no report could be made of.
  TempDir d;
  Store s = Store::open(d / "lab.db");
  s.setLabProfile({.name = "Good Lab"});
  const auto before = s.auditTrail().size();
  EXPECT_EQ(kindOf([&] { s.setLabProfile({.name = "\xff"}); }), K::Invalid);
  EXPECT_EQ(kindOf([&] { s.findOrCreateItem({.serial = "caf\xE9"}); }), K::Invalid);
  EXPECT_EQ(s.labProfile().name, "Good Lab");
  EXPECT_EQ(s.auditTrail().size(), before);
  EXPECT_TRUE(s.verify().intact);
}

TEST(StoreInput, NumbersThatAreNotFiniteAreRefused) {
  // SQLite would store NaN as NULL (a NOT NULL failure, or a silently missing value).
  TempDir d;
  Store s = Store::open(d / "lab.db");
  const auto item = s.findOrCreateItem(kItem);
  RunInfo info = kRun;
  info.itemId = item.id;
  const auto run = s.createRun(info);
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  EXPECT_EQ(kindOf([&] {
              s.addResults(run, std::vector<Result>{{"RP_l", "P1", nan, "mm"}});
            }),
            K::Invalid);
  EXPECT_EQ(kindOf([&] { s.addPoseMeasurements(run, std::vector{measurement("P1", 1, inf)}); }),
            K::Invalid);
  EXPECT_TRUE(s.results(run).empty());
  EXPECT_TRUE(s.poseMeasurements(run).empty());
}

TEST(StoreInput, AnImportStoresEverythingOrNothing) {
  TempDir d;
  Store s = Store::open(d / "lab.db");
  const auto before = s.auditTrail().size();
  // The last result cannot be stored, after the run and all measurements were written in the
  // same transaction: none of it may remain (no item, no aborted run with 2 measurements).
  const std::vector<PoseMeasurement> ms{measurement("P1", 1, 1200.1), measurement("P1", 2, 1200.2)};
  const std::vector<Result> bad{
      {"AP_P", "P1 dir 1", 0.15, "mm"},
      {"RP_l", "P1 dir 1", std::numeric_limits<double>::infinity(), "mm"}};
  EXPECT_EQ(kindOf([&] { s.importRun(kItem, kRun, ms, bad); }), K::Invalid);
  EXPECT_TRUE(s.runs().empty());
  EXPECT_FALSE(s.findItem("SN-1"));
  EXPECT_EQ(s.auditTrail().size(), before);
  EXPECT_TRUE(s.verify().intact);

  const std::vector<Result> good{{"AP_P", "P1 dir 1", 0.15, "mm"}};
  const auto run = s.importRun(kItem, kRun, ms, good);
  EXPECT_EQ(s.run(run).status, RunStatus::Completed);
  EXPECT_EQ(s.poseMeasurements(run).size(), 2u);
  EXPECT_EQ(s.results(run).size(), 1u);
  EXPECT_TRUE(s.verify().intact);
}
