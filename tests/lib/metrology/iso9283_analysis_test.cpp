// analyzePoses: grouping, ordering, pairing by cycle and every structured error.
#include <gtest/gtest.h>

#include <variant>

#include "robocert/metrology/iso9283.hpp"

namespace m = robocert::metrology;
using Kind = m::PoseAnalysisError::Kind;

namespace {

m::PoseRecord rec(std::string pose, int cycle, int direction, Eigen::Vector3d cmd,
                  Eigen::Vector3d attained, std::size_t line = 0) {
  m::PoseRecord r;
  r.pose = std::move(pose);
  r.cycle = cycle;
  r.direction = direction;
  r.commanded.positionMm = cmd;
  r.attained.positionMm = attained;
  r.sourceLine = line;
  return r;
}

const Eigen::Vector3d kA(0, 0, 0);
const Eigen::Vector3d kB(100, 0, 0);

m::PoseAnalysisError errorOf(const std::vector<m::PoseRecord>& records,
                             std::optional<m::DistanceRequest> d = std::nullopt) {
  auto r = m::analyzePoses(records, d);
  EXPECT_TRUE(std::holds_alternative<m::PoseAnalysisError>(r));
  return std::holds_alternative<m::PoseAnalysisError>(r) ? std::get<m::PoseAnalysisError>(r)
                                                         : m::PoseAnalysisError{};
}

}  // namespace

TEST(AnalyzePoses, GroupsOrdersAndPairsByCycle) {
  // B appears first in the file, so it is reported first; A's direction 2 appears before its
  // direction 1 but directions are reported ascending. The distance pairs cycles by number,
  // not by row order: A's cycles come as 2, 1 and B's as 1, 2.
  // Pairs: cycle 1: A (0,0,0) - B (100.2,0,0) -> 100.2; cycle 2: A (0.1,0,0) - B (100,0,0) -> 99.9
  // AD_P = mean(100.2, 99.9) - 100 = 0.05; RD_P = 3 S(0.2, -0.1) = 3 * 0.3 / sqrt(2).
  // Pairing by row order instead would give 100.1 and 100.0 -> AD_P 0.05 but RD 3 * 0.0707.
  std::vector<m::PoseRecord> rs{
      rec("B", 1, 1, kB, {100.2, 0, 0}, 2), rec("A", 1, 2, kA, {0, 0.5, 0}, 3),
      rec("A", 2, 2, kA, {0, 0.7, 0}, 4),   rec("A", 2, 1, kA, {0.1, 0, 0}, 5),
      rec("B", 2, 1, kB, {100, 0, 0}, 6),   rec("A", 1, 1, kA, {0, 0, 0}, 7),
  };
  auto r = m::analyzePoses(rs, m::DistanceRequest{"A", "B"});
  ASSERT_TRUE(std::holds_alternative<m::PoseAnalysis>(r));
  const auto& a = std::get<m::PoseAnalysis>(r);
  ASSERT_EQ(a.poses.size(), 3u);
  EXPECT_EQ(a.poses[0].pose, "B");
  EXPECT_EQ(a.poses[1].pose, "A");
  EXPECT_EQ(a.poses[1].direction, 1);
  EXPECT_EQ(a.poses[2].pose, "A");
  EXPECT_EQ(a.poses[2].direction, 2);
  EXPECT_EQ(a.poses[2].n, 2u);
  EXPECT_NEAR(a.poses[2].accuracy.apMm.y(), 0.6, 1e-12);  // (0.5 + 0.7) / 2
  // vAP for A: G1 - G2 = (0.05, 0, 0) - (0, 0.6, 0) -> sqrt(0.0025 + 0.36)
  ASSERT_EQ(a.variations.size(), 1u);
  EXPECT_EQ(a.variations[0].pose, "A");
  EXPECT_EQ(a.variations[0].directions, (std::vector<int>{1, 2}));
  EXPECT_NEAR(a.variations[0].variation.vapPMm, std::sqrt(0.3625), 1e-12);
  ASSERT_TRUE(a.distance.has_value());
  EXPECT_EQ(a.distance->n, 2u);
  EXPECT_NEAR(a.distance->characteristics.adPMm, 0.05, 1e-12);
  EXPECT_NEAR(a.distance->characteristics.rdPMm, 3 * 0.3 / std::sqrt(2.0), 1e-12);
}

TEST(AnalyzePoses, NoRecords) { EXPECT_EQ(errorOf({}).kind, Kind::NoRecords); }

TEST(AnalyzePoses, SingleCycleIsTooFew) {
  const auto e =
      errorOf({rec("P1", 1, 1, kA, kA, 3), rec("P1", 2, 1, kA, kA, 4), rec("P3", 1, 1, kB, kB, 5)});
  EXPECT_EQ(e.kind, Kind::TooFewCycles);
  EXPECT_EQ(e.pose, "P3");
  EXPECT_EQ(e.count, 1u);
  EXPECT_EQ(e.line, 5u);
}

TEST(AnalyzePoses, DuplicateCycleNamesBothLines) {
  const auto e = errorOf({rec("P1", 1, 1, kA, kA, 3), rec("P1", 1, 1, kA, kA, 9)});
  EXPECT_EQ(e.kind, Kind::DuplicateCycle);
  EXPECT_EQ(e.cycle, 1);
  EXPECT_EQ(e.line, 9u);
  EXPECT_EQ(e.otherLine, 3u);
}

TEST(AnalyzePoses, SameCycleFromAnotherDirectionIsNoDuplicate) {
  auto r = m::analyzePoses(std::vector{rec("P1", 1, 1, kA, kA), rec("P1", 2, 1, kA, kA),
                                       rec("P1", 1, 2, kA, kA), rec("P1", 2, 2, kA, kA)},
                           std::nullopt);
  EXPECT_TRUE(std::holds_alternative<m::PoseAnalysis>(r));
}

TEST(AnalyzePoses, CommandMustNotChangeWithinAPose) {
  // Differences up to the documented tolerance are the same command; beyond it they are not,
  // also across approach directions.
  const Eigen::Vector3d almostA(m::kSameCommandToleranceMm * 0.5, 0, 0);
  auto ok = m::analyzePoses(std::vector{rec("P1", 1, 1, kA, kA), rec("P1", 2, 1, almostA, kA)},
                            std::nullopt);
  EXPECT_TRUE(std::holds_alternative<m::PoseAnalysis>(ok));

  const auto e = errorOf({rec("P1", 1, 1, kA, kA, 3), rec("P1", 2, 1, kA, kA, 4),
                          rec("P1", 1, 2, Eigen::Vector3d(0, 0, 0.001), kA, 5)});
  EXPECT_EQ(e.kind, Kind::InconsistentCommand);
  EXPECT_EQ(e.line, 5u);
  EXPECT_EQ(e.otherLine, 3u);

  m::PoseRecord turned = rec("P1", 2, 1, kA, kA, 4);
  turned.commanded.anglesDeg.z() = 0.01;
  EXPECT_EQ(errorOf({rec("P1", 1, 1, kA, kA, 3), turned}).kind, Kind::InconsistentCommand);
}

TEST(AnalyzePoses, DistanceErrors) {
  const std::vector<m::PoseRecord> rs{rec("A", 1, 1, kA, kA, 2), rec("A", 2, 1, kA, kA, 3),
                                      rec("B", 1, 1, kB, kB, 4), rec("B", 3, 1, kB, kB, 5),
                                      rec("C", 1, 2, kB, kB, 6), rec("C", 2, 2, kB, kB, 7)};
  auto e = errorOf(rs, m::DistanceRequest{"A", "Z"});
  EXPECT_EQ(e.kind, Kind::UnknownDistancePose);
  EXPECT_EQ(e.pose, "Z");
  e = errorOf(rs, m::DistanceRequest{"A", "C"});  // C measured only from direction 2
  EXPECT_EQ(e.kind, Kind::UnknownDistancePose);
  EXPECT_EQ(e.pose, "C");
  e = errorOf(rs, m::DistanceRequest{"A", "A"});
  EXPECT_EQ(e.kind, Kind::SameDistancePose);
  e = errorOf(rs, m::DistanceRequest{"A", "B"});
  EXPECT_EQ(e.kind, Kind::UnpairedCycle);
  EXPECT_EQ(e.pose, "A");
  EXPECT_EQ(e.otherPose, "B");
  EXPECT_EQ(e.cycle, 2);
  EXPECT_EQ(e.line, 3u);
}

TEST(AnalyzePoses, AResultThatOverflowsIsAnErrorNamingThePose) {
  // x = 1e308 and x = -1e308 are finite inputs, but the barycentre's deviations square to
  // about 1e616 in the standard deviation: RP_l is inf (or nan). Pose A (line 2) is fine.
  std::vector<m::PoseRecord> rs{
      rec("A", 1, 1, kA, {0.1, 0, 0}, 2),
      rec("A", 2, 1, kA, {0.2, 0, 0}, 3),
      rec("B", 1, 1, kB, {1e308, 0, 0}, 4),
      rec("B", 2, 1, kB, {-1e308, 0, 0}, 5),
  };
  const auto e = errorOf(rs);
  EXPECT_EQ(e.kind, Kind::NonFiniteResult);
  EXPECT_EQ(e.pose, "B");
  EXPECT_EQ(e.direction, 1);
  EXPECT_EQ(e.line, 4u);  // the pose's first measurement
  EXPECT_FALSE(e.characteristic.empty());
}

TEST(AnalyzePoses, AnOverflowingDistanceIsAnError) {
  // Every pose alone is fine (both cycles of a pose alike), but the distance between
  // A at 1e308 and B at -1e308 is 2e308: inf.
  const Eigen::Vector3d far(1e308, 0, 0), farNeg(-1e308, 0, 0);
  std::vector<m::PoseRecord> rs{
      rec("A", 1, 1, far, far, 2),
      rec("A", 2, 1, far, far, 3),
      rec("B", 1, 1, farNeg, farNeg, 4),
      rec("B", 2, 1, farNeg, farNeg, 5),
  };
  const auto e = errorOf(rs, m::DistanceRequest{"A", "B"});
  EXPECT_EQ(e.kind, Kind::NonFiniteResult);
  EXPECT_EQ(e.pose, "A");
  EXPECT_EQ(e.otherPose, "B");
}

TEST(AnalyzePoses, ManyPoseNamesAreGroupedCorrectly) {
  // 20 000 poses of 2 cycles each, the cycles of each pose far apart in the table (all first
  // cycles, then all second cycles): pose k is commanded at (k, 0, 0) and attained at
  // (k + 0.001, 0, 0) in cycle 1 and (k + 0.003, 0, 0) in cycle 2, so AP_x = 0.002 for every pose.
  // (A linear search per record made 200 000 names take 80 s; grouping must be n log n.)
  const int n = 20000;
  std::vector<m::PoseRecord> rs;
  for (int cycle = 1; cycle <= 2; ++cycle) {
    for (int k = 0; k < n; ++k) {
      const Eigen::Vector3d cmd(k, 0, 0);
      rs.push_back(rec("P" + std::to_string(k), cycle, 1, cmd,
                       cmd + Eigen::Vector3d(cycle == 1 ? 0.001 : 0.003, 0, 0)));
    }
  }
  auto r = m::analyzePoses(rs, std::nullopt);
  ASSERT_TRUE(std::holds_alternative<m::PoseAnalysis>(r));
  const auto& a = std::get<m::PoseAnalysis>(r);
  ASSERT_EQ(a.poses.size(), static_cast<std::size_t>(n));
  for (int k = 0; k < n; k += 997) {
    const auto& p = a.poses[static_cast<std::size_t>(k)];
    EXPECT_EQ(p.pose, "P" + std::to_string(k));  // order of first appearance
    EXPECT_EQ(p.n, 2u);
    EXPECT_NEAR(p.accuracy.apMm.x(), 0.002, 1e-9);
  }
}
