// Hostile plan and station text: bytes that are not UTF-8, YAML alias bombs, files that are not
// files. Each is one located problem (never an exception, never unbounded memory), and the plan
// library lists the other plans beside a bad one.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "plan_test_util.hpp"
#include "robocert/plan/station.hpp"
#include "temp_dir.hpp"

using namespace plan_test;
using robocert::test_support::TempDir;

namespace {

// A plan whose `x` key holds an alias bomb: each level a list of 10 aliases of the level before,
// so 9 levels expand to 10^9 scalars from about 600 bytes.
std::string aliasBombPlan() {
  std::string text = "plan:\n  x:\n    l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int k = 1; k <= 9; ++k) {
    const std::string prev = "*l" + std::to_string(k - 1);
    text += "    l" + std::to_string(k) + ": &l" + std::to_string(k) + " [";
    for (int i = 0; i < 10; ++i) text += (i ? ", " : "") + prev;
    text += "]\n";
  }
  return text;
}

}  // namespace

TEST(PlanInput, ALatin1PlanIsRefusedAtTheFirstInvalidByte) {
  // The title "Démo" saved as Latin-1: é is the byte E9, on the line of `title:`.
  const std::string latin1 = replaced(kValidPlan, "en: Demo", "en: D\xE9mo");
  const auto at = where(latin1, "\xE9");  // column counts characters; all before are ASCII
  expectOne(latin1, at, "not UTF-8");
}

TEST(PlanInput, AnAliasBombIsOneLocatedProblem) {
  const auto problems = problemsOf(aliasBombPlan());
  ASSERT_EQ(problems.size(), 1u) << describe(problems);
  EXPECT_GE(problems[0].at.line, 1);
  EXPECT_NE(problems[0].message.find("1000000 YAML nodes"), std::string::npos)
      << problems[0].message;
}

TEST(PlanInput, StationFilesHaveTheSameLimits) {
  const std::string station = "station:\n  name: caf\xE9\n";
  const auto r = p::parseStation(station);
  ASSERT_TRUE(std::holds_alternative<std::vector<p::Problem>>(r));
  const auto& problems = std::get<std::vector<p::Problem>>(r);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].at.line, 2);
  EXPECT_EQ(problems[0].at.column, 12);  // "  name: caf" is 11 characters
}

TEST(PlanInput, LoadRefusesDevicesAndFifosWithoutBlocking) {
  TempDir dir;
  ASSERT_EQ(::mkfifo((dir / "plan.yaml").c_str(), 0600), 0);
  for (const std::filesystem::path& file :
       {std::filesystem::path("/dev/zero"), dir / "plan.yaml"}) {
    const auto r = p::load(file);
    ASSERT_TRUE(std::holds_alternative<std::vector<p::Problem>>(r)) << file;
    EXPECT_NE(std::get<std::vector<p::Problem>>(r)[0].message.find("not a regular file"),
              std::string::npos);
  }
}

TEST(PlanInput, LoadRefusesAFileAboveTheLimit) {
  TempDir dir;
  // A comment line of 8 MiB after a valid plan: one byte over the limit.
  std::string text = kValidPlan + "#";
  text.append(8 * 1024 * 1024 - text.size(), 'x');
  text += '\n';
  std::ofstream(dir / "big.yaml", std::ios::binary) << text;
  const auto r = p::load(dir / "big.yaml");
  ASSERT_TRUE(std::holds_alternative<std::vector<p::Problem>>(r));
  EXPECT_NE(std::get<std::vector<p::Problem>>(r)[0].message.find("larger than 8 MiB"),
            std::string::npos);
}

TEST(PlanInput, TheLibraryListsTheOtherPlansAndMarksTheBadOnes) {
  TempDir dir;
  std::ofstream(dir / "a-bomb.yaml") << aliasBombPlan();
  std::ofstream(dir / "b-good.yaml") << kValidPlan;
  std::ofstream(dir / "c-latin1.yaml") << replaced(kValidPlan, "en: Demo", "en: D\xE9mo");
  ASSERT_EQ(::mkfifo((dir / "d-fifo.yaml").c_str(), 0600), 0);
  const auto entries = p::library(dir.path());
  ASSERT_EQ(entries.size(), 4u);
  EXPECT_FALSE(entries[0].plan);
  EXPECT_NE(entries[0].problems.at(0).message.find("YAML nodes"), std::string::npos);
  ASSERT_TRUE(entries[1].plan);
  EXPECT_EQ(entries[1].plan->id, "demo");
  EXPECT_FALSE(entries[2].plan);
  EXPECT_NE(entries[2].problems.at(0).message.find("not UTF-8"), std::string::npos);
  EXPECT_EQ(entries[3].file, dir / "d-fifo.yaml");
  EXPECT_NE(entries[3].problems.at(0).message.find("not a regular file"), std::string::npos);
}
