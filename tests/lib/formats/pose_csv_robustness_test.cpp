// Bad input never crashes and never yields a half-read table: thousands of seeded mutations of
// the shipped example (run under ASan/UBSan in the asan preset) must each end either in one
// located error or in records that the analysis turns into finite numbers or its own error.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <variant>

#include "robocert/formats/pose_csv.hpp"

namespace f = robocert::formats;
namespace m = robocert::metrology;

namespace {

std::string readExample() {
  std::ifstream in(ROBOCERT_SOURCE_DIR "/test-plans/examples/iso9283-pose-example.csv",
                   std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::size_t lineCount(const std::string& s) {
  return 1 + static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n'));
}

bool allFinite(const m::PoseAnalysis& a) {
  for (const auto& p : a.poses) {
    if (!std::isfinite(p.accuracy.apPMm) || !p.accuracy.apDeg.allFinite() ||
        !std::isfinite(p.repeatability.rpLMm) || !p.repeatability.rpDeg.allFinite()) {
      return false;
    }
  }
  return true;
}

// Checks one input; returns true when it was accepted.
bool checkOne(const std::string& text) {
  auto parsed = f::parsePoseCsv(text);
  if (const auto* e = std::get_if<f::PoseCsvError>(&parsed)) {
    EXPECT_LE(e->line, lineCount(text));
    EXPECT_LE(e->column, text.size() + 1);
    return false;
  }
  const auto& records = std::get<std::vector<m::PoseRecord>>(parsed);
  EXPECT_FALSE(records.empty());
  auto analysis = m::analyzePoses(records, m::DistanceRequest{"P2", "P4"});
  if (const auto* a = std::get_if<m::PoseAnalysis>(&analysis)) {
    EXPECT_TRUE(allFinite(*a));
  }
  return true;
}

}  // namespace

TEST(PoseCsvRobustness, SeededMutationsOfTheExample) {
  const std::string example = readExample();
  ASSERT_GT(example.size(), 1000u);
  ASSERT_TRUE(checkOne(example));
  const std::string alphabet = std::string(",\"\n\r# \t-+.e0123456789\xC3\x80\xEF\xBB\xBF") + '\0';
  std::mt19937_64 rng(17025);
  int accepted = 0;
  int rejected = 0;
  for (int trial = 0; trial < 3000; ++trial) {
    std::string text = example;
    const int edits = 1 + static_cast<int>(rng() % 8);
    for (int k = 0; k < edits && !text.empty(); ++k) {
      const std::size_t at = rng() % text.size();
      switch (rng() % 4) {
        case 0:
          text[at] = alphabet[rng() % alphabet.size()];
          break;
        case 1:
          text.insert(at, 1, alphabet[rng() % alphabet.size()]);
          break;
        case 2:
          text.erase(at, 1 + rng() % 40);
          break;
        default:
          text.resize(at);
          break;
      }
    }
    (checkOne(text) ? accepted : rejected)++;
    if (::testing::Test::HasFailure()) FAIL() << "trial " << trial;
  }
  // Both outcomes must actually occur, or the mutations test nothing.
  EXPECT_GT(accepted, 50);
  EXPECT_GT(rejected, 50);
}

TEST(PoseCsvRobustness, EveryTruncation) {
  const std::string example = readExample().substr(0, 3000);
  for (std::size_t n = 0; n <= example.size(); ++n) {
    checkOne(example.substr(0, n));
    if (::testing::Test::HasFailure()) FAIL() << "truncated at " << n;
  }
}
