#pragma once

// ISO 9283:1998 (= GB/T 12642-2013) pose and distance characteristics, clauses 7.2 and 7.3.
// Positions in mm and angles a, b, c about X, Y, Z in degrees, attained and commanded poses in the
// same frame. Angular deviations are wrapped into (-180, 180]. Standard deviations use n - 1.
// Every computation works on deviations from the commanded pose, so poses far from the origin
// (tens of metres) with micrometre scatter keep full precision.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include <Eigen/Core>

#include "robocert/metrology/pose.hpp"

namespace robocert::metrology {

// The attained poses of n cycles to one commanded pose from one approach direction.
struct PoseSeries {
  Pose6 commanded;
  std::vector<Pose6> attained;
};

// 7.2.1: AP_x, AP_y, AP_z = barycentre - commanded; AP_P = |barycentre - commanded|;
// AP_a, AP_b, AP_c = mean of the wrapped angular deviations.
struct PoseAccuracy {
  Eigen::Vector3d apMm = Eigen::Vector3d::Zero();
  double apPMm = 0.0;
  Eigen::Vector3d apDeg = Eigen::Vector3d::Zero();
};

// 7.2.2: RP_l = mean(l) + 3 S_l with l_j = |P_j - G|; RP_a, RP_b, RP_c = 3 S of the wrapped angular
// deviations. Reported as positive numbers; the standard prints the angular ones as ±.
struct PoseRepeatability {
  double rpLMm = 0.0;
  Eigen::Vector3d rpDeg = Eigen::Vector3d::Zero();
};

// 7.2.3: largest distance between barycentres (and largest wrapped difference between mean
// angles) over all pairs of approach directions to the same commanded pose.
struct PoseAccuracyVariation {
  double vapPMm = 0.0;
  Eigen::Vector3d vapDeg = Eigen::Vector3d::Zero();
};

// 7.3: AD = mean(D) - D_c and RD = 3 S_D for the distance, each axis and each angle.
struct DistanceCharacteristics {
  double adPMm = 0.0;
  Eigen::Vector3d adMm = Eigen::Vector3d::Zero();
  Eigen::Vector3d adDeg = Eigen::Vector3d::Zero();
  double rdPMm = 0.0;
  Eigen::Vector3d rdMm = Eigen::Vector3d::Zero();
  Eigen::Vector3d rdDeg = Eigen::Vector3d::Zero();
};

// Preconditions (std::invalid_argument otherwise): at least 1 attained pose for accuracy,
// at least 2 for repeatability and distance, at least 2 directions for the variation,
// and equally many attained poses in a and b (paired by index) for the distance.
PoseAccuracy poseAccuracy(const PoseSeries& series);
PoseRepeatability poseRepeatability(const PoseSeries& series);
PoseAccuracyVariation poseAccuracyVariation(std::span<const PoseAccuracy> perDirection);
DistanceCharacteristics distanceCharacteristics(const PoseSeries& a, const PoseSeries& b);

// ---- Analysis of a measurement table -------------------------------------------------------

// One measured cycle as it comes from a file or a run. sourceLine locates it for error
// messages (0 when unknown).
struct PoseRecord {
  std::string pose;
  int cycle = 0;
  int direction = 1;
  Pose6 commanded;
  Pose6 attained;
  std::size_t sourceLine = 0;
};

// Commanded poses of the same pose name closer than this are taken as the same command:
// exports from some controllers round-trip poses through float and differ in the last digits.
inline constexpr double kSameCommandToleranceMm = 1e-6;
inline constexpr double kSameCommandToleranceDeg = 1e-6;

struct PoseResult {
  std::string pose;
  int direction = 1;
  std::size_t n = 0;
  PoseAccuracy accuracy;
  PoseRepeatability repeatability;
};

struct VariationResult {
  std::string pose;
  std::vector<int> directions;
  PoseAccuracyVariation variation;
};

struct DistanceResult {
  std::string from;
  std::string to;
  std::size_t n = 0;
  DistanceCharacteristics characteristics;
};

struct PoseAnalysis {
  std::vector<PoseResult> poses;            // order of first appearance, directions ascending
  std::vector<VariationResult> variations;  // poses measured from >= 2 directions
  std::optional<DistanceResult> distance;
};

// A characteristic by its name in the standard ("AP_P", "RP_l", "vAP_a", "AD_x", ...) and unit.
struct NamedValue {
  const char* name;
  double value;
  const char* unit;  // "mm" or "deg"
};
// Every characteristic of a result in the order of the standard, for output and checks.
std::vector<NamedValue> namedValues(const PoseResult& result);                 // AP_*, RP_*
std::vector<NamedValue> namedValues(const PoseAccuracyVariation& variation);   // vAP_*
std::vector<NamedValue> namedValues(const DistanceCharacteristics& distance);  // AD_*, RD_*

// Why a table cannot be analysed. Fields not relevant to a kind are left at their defaults.
struct PoseAnalysisError {
  enum class Kind {
    NoRecords,            // the table has no measurements
    TooFewCycles,         // pose/direction has count < 2 cycles
    DuplicateCycle,       // pose/direction/cycle appears at line and otherLine
    InconsistentCommand,  // pose has a different commanded pose at line than at otherLine
    UnknownDistancePose,  // pose named for the distance has no direction-1 measurements
    SameDistancePose,     // the distance needs two different poses
    UnpairedCycle,        // cycle of pose (line) has no partner in otherPose
    NonFiniteResult,      // characteristic of pose/direction (from line; of the distance from
                          // pose to otherPose) overflowed to inf or nan: the values are too large
  };
  Kind kind = Kind::NoRecords;
  std::string pose;
  std::string otherPose;
  int direction = 1;
  int cycle = 0;
  std::size_t count = 0;
  std::size_t line = 0;
  std::size_t otherLine = 0;
  std::string characteristic;  // NonFiniteResult: "AP_P", "RP_l", "vAP_P", "AD_P", ...
};

struct DistanceRequest {
  std::string from;
  std::string to;
};

// Groups records by pose and direction and computes AP/RP for every group, vAP for every pose
// measured from several directions, and AD/RD between two poses (direction 1, paired by cycle)
// when asked. Returns the first problem found instead of a partial result; a result that is not
// finite (inputs near the limits of double) is such a problem. n log n in the records.
std::variant<PoseAnalysis, PoseAnalysisError> analyzePoses(
    std::span<const PoseRecord> records, const std::optional<DistanceRequest>& distance);

}  // namespace robocert::metrology
