// The plans RoboCert ships: each loads, the library lists them, and the station simulator's
// robot (SimBot-6) reaches every pose they command with their default parameters, checked with
// the simulator's own inverse kinematics and joint limits.
#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <fstream>

#include "plan_test_util.hpp"
#include "robocert/metrology/test_cube.hpp"
#include "robocert/plan/procedures.hpp"
#include "robocert/sim/kinematics.hpp"
#include "robocert/sim/pose_math.hpp"

using namespace plan_test;
namespace m = robocert::metrology;
namespace sim = robocert::sim;

namespace {

const std::string kRoot = ROBOCERT_SOURCE_DIR "/test-plans/";
const std::array<const char*, 4> kShipped = {
    "iso9283/iso9283-pose-repeatability.yaml", "iso9283/iso9283-distance.yaml",
    "reliability/endurance-mtbf.yaml", "examples/script-example.yaml"};

p::Plan loadShipped(const std::string& file) {
  // Script syntax is checked by the CLI test with the real script host; here any script passes.
  auto r = p::load(kRoot + file);
  if (auto* problems = std::get_if<std::vector<p::Problem>>(&r)) {
    ADD_FAILURE() << file << "\n" << describe(*problems);
    return {};
  }
  return std::get<p::Plan>(std::move(r));
}

Eigen::Vector3d vec3(const p::Value& v) {
  const auto& l = std::get<std::vector<double>>(v);
  return {l.at(0), l.at(1), l.at(2)};
}

// Follows the arm through a sequence of TCP targets: each solved from the previous joints (as
// the controller does), within the joint limits, without a jump of the wrist or elbow branch.
class ArmWalk {
 public:
  ArmWalk() : spec_(sim::simBot6()), q_(spec_.homeDeg) {}

  // A joint move: the target must be reachable from the current configuration.
  void jointTo(const m::Pose6& target, const std::string& what) { solve(target, what, 360.0); }
  // A linear move: every point of the straight line, 5 mm apart, solved continuously.
  void linearTo(const m::Pose6& target, const std::string& what) {
    const Eigen::Vector3d from = at_.positionMm;
    const double length = (target.positionMm - from).norm();
    const int steps = std::max(1, static_cast<int>(std::ceil(length / 5.0)));
    for (int i = 1; i <= steps; ++i) {
      m::Pose6 p = target;
      p.positionMm = from + (target.positionMm - from) * (static_cast<double>(i) / steps);
      if (!solve(p, what, 20.0)) return;
    }
  }
  const m::Pose6& at() const { return at_; }

 private:
  bool solve(const m::Pose6& target, const std::string& what, double maxJointStepDeg) {
    const auto q = sim::inverseKinematics(spec_.geometry, sim::toIsometry(target), q_);
    if (!q) {
      ADD_FAILURE() << what << ": SimBot-6 cannot reach (" << target.positionMm.transpose() << ")";
      return false;
    }
    EXPECT_TRUE(sim::withinLimits(spec_, *q))
        << what << ": joints beyond their limits: " << q->transpose();
    const double step = (*q - q_).cwiseAbs().maxCoeff();
    EXPECT_LT(step, maxJointStepDeg) << what << ": a joint jumps by " << step << " deg";
    q_ = *q;
    at_ = target;
    return true;
  }

  sim::ArmSpec spec_;
  sim::Joints q_;
  m::Pose6 at_;
};

}  // namespace

TEST(ShippedPlans, EveryOneLoads) {
  for (const char* file : kShipped) {
    const p::Plan plan = loadShipped(file);
    EXPECT_FALSE(plan.id.empty()) << file;
    EXPECT_FALSE(plan.title.en.empty()) << file;
    EXPECT_FALSE(plan.title.zh.empty()) << file;
    // Every plan registers the tracker before it measures: procedures say which steps they
    // need earlier, and load() refuses a plan that breaks that.
    const p::Step* registration = nullptr;
    for (const auto& s : plan.steps) {
      if (s.procedure == "frame.registration") registration = &s;
    }
    EXPECT_NE(registration, nullptr) << file;
    EXPECT_TRUE(std::holds_alternative<p::Values>(p::resolve(plan, {}))) << file;
  }
}

TEST(ShippedPlans, LibraryListsThemAndSkipsOtherYaml) {
  const auto entries = p::library(kRoot);
  std::vector<std::string> ids;
  for (const auto& e : entries) {
    EXPECT_TRUE(e.problems.empty()) << e.file << "\n" << describe(e.problems);
    if (e.plan) ids.push_back(e.plan->id);
  }
  // Sorted by path: examples/, iso9283/ (distance before pose), reliability/; the station and
  // simulator files are not plans.
  EXPECT_EQ(ids, (std::vector<std::string>{"script-example", "iso9283-distance",
                                           "iso9283-pose-repeatability", "endurance-mtbf"}));
  EXPECT_EQ(p::bundledLibraryDir(), std::filesystem::path(ROBOCERT_SOURCE_DIR "/test-plans"));
}

TEST(ShippedPlans, LibraryListsBrokenPlansWithTheirProblem) {
  const auto dir = std::filesystem::temp_directory_path() / "robocert_plan_library_test";
  std::filesystem::create_directories(dir / "sub");
  std::ofstream(dir / "sub" / "good.yaml") << kValidPlan;
  std::ofstream(dir / "bad.yml") << replaced(kValidPlan, "rule: guard-band", "rule: strict");
  std::ofstream(dir / "station.yaml") << "station:\n  name: x\n";
  std::ofstream(dir / "notes.txt") << kValidPlan;
  const auto entries = p::library(dir);
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].file, dir / "bad.yml");
  EXPECT_FALSE(entries[0].plan);
  ASSERT_EQ(entries[0].problems.size(), 1u);
  EXPECT_EQ(entries[0].problems[0].at.line, 15);
  EXPECT_EQ(entries[1].file, dir / "sub" / "good.yaml");
  ASSERT_TRUE(entries[1].plan);
  EXPECT_EQ(entries[1].plan->id, "demo");
  std::filesystem::remove_all(dir);
}

TEST(ShippedPlans, SimBot6ReachesEveryCommandedPose) {
  // Approach directions of multidirectional poses (and their opposites): the base axes, and
  // the three perpendicular diagonals of docs/simulator.md.
  const std::array<Eigen::Vector3d, 6> directions = {
      Eigen::Vector3d::UnitX(),     Eigen::Vector3d::UnitY(),       Eigen::Vector3d::UnitZ(),
      Eigen::Vector3d(2, 2, 1) / 3, Eigen::Vector3d(2, -1, -2) / 3, Eigen::Vector3d(1, -2, 2) / 3};
  for (const char* file : kShipped) {
    SCOPED_TRACE(file);
    const p::Plan plan = loadShipped(file);
    const auto values = std::get<p::Values>(p::resolve(plan, {}));
    std::array<m::NamedPose, 5> poses;
    Eigen::Vector3d centre;
    double side = 0;
    Eigen::Vector3d orientation;
    for (const auto& step : plan.steps) {
      const auto args = p::stepArguments(step, values);
      if (step.procedure == "iso9283.test_cube") {
        centre = vec3(args.at("centre"));
        side = std::get<double>(args.at("side_mm"));
        orientation = vec3(args.at("orientation"));
        poses = m::testCubePoses(centre, side,
                                 *m::parseCubePlane(std::get<std::string>(args.at("plane"))),
                                 orientation, std::get<double>(args.at("offset_fraction")));
      }
      if (step.procedure == "frame.registration") {
        // Registration points anywhere in the cube: a 5 x 5 x 5 grid, corners included, each
        // reached by a joint move from P1.
        for (int i = 0; i < 125; ++i) {
          const Eigen::Vector3d f((i % 5) / 4.0 - 0.5, ((i / 5) % 5) / 4.0 - 0.5,
                                  (i / 25) / 4.0 - 0.5);
          ArmWalk arm;
          arm.jointTo(poses[0].pose, "P1");
          arm.jointTo({centre + side * f, orientation}, step.id + " grid point");
        }
      }
      if (step.procedure == "iso9283.pose_cycles" || step.procedure == "reliability.endurance" ||
          step.procedure == "iso9283.distance_cycles" || !step.script.empty()) {
        // The cycle P1 -> P5 -> P4 -> P3 -> P2 -> P1 by linear moves, and every pose approached
        // linearly from approach_mm away along each direction.
        ArmWalk arm;
        arm.jointTo(poses[0].pose, "P1");
        for (const std::size_t k : {4u, 3u, 2u, 1u, 0u}) arm.linearTo(poses[k].pose, poses[k].name);
        const double approach =
            args.contains("approach_mm") ? std::get<double>(args.at("approach_mm")) : 100.0;
        for (const auto& pose : poses) {
          for (const auto& d : directions) {
            for (const double sign : {1.0, -1.0}) {
              m::Pose6 start = pose.pose;
              start.positionMm += sign * approach * d;
              arm.linearTo(start, pose.name + " approach point");
              arm.linearTo(pose.pose, pose.name + " from its approach point");
            }
          }
        }
      }
    }
  }
}
