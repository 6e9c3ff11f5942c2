#pragma once

// Uncertainty budgets of the ISO 9283 pose and distance characteristics AP_P, RP_l (each pose
// series) and AD_P, RD_P (each distance series), after the GUM (JCGM 100), with the
// non-linear AP_P and RP_l checked by a Monte Carlo propagation (JCGM 101). The method, its
// inputs and assumptions are written out in docs/uncertainty.md; in short:
//
//   AP_P  pose sensor calibration (systematic, not reduced by averaging), frame registration
//         (the registered frame's translation and rotation uncertainty at the pose), temperature
//         of the robot, scatter of the barycentre (type A, S/sqrt n); validated by Monte Carlo.
//   RP_l  scatter: statistical uncertainty of l-bar + 3 S_l (type A), the sensor's
//         length-proportional error on the small l_j; validated by Monte Carlo (resampling the
//         measured cycles, centred on the measured value). Registration does not enter: RP is
//         frame-invariant.
//   AD_P  pose sensor calibration at both ends, temperature over the commanded distance,
//         scatter of the mean distance (type A). Registration does not enter.
//   RD_P  scatter: statistical uncertainty of 3 S_D (type A), the sensor's length-proportional
//         error. Registration does not enter.
//
// All lengths in mm unless a name says otherwise. Budgets are deterministic: the Monte Carlo
// seed is derived from the measured data, so the same run always gives the same budget.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <Eigen/Core>

#include "robocert/metrology/iso9283.hpp"
#include "robocert/metrology/uncertainty.hpp"
#include "robocert/report/document.hpp"
#include "robocert/store/records.hpp"
#include "robocert/store/store.hpp"

namespace robocert::report {

// The pose sensor's accuracy as its calibration certificate states it, linear in the
// measuring distance L (the distance from the sensor to the point): a + b L.
struct SensorCalibration {
  enum class Kind {
    ExpandedUncertainty,     // U(L) = a + b L at coverage factor k: normal, u = U / k
    MaximumPermissibleError  // |error| <= MPE(L) = a + b L: rectangular, u = MPE / sqrt 3
  };
  Kind kind = Kind::ExpandedUncertainty;
  double constantUm = 0.0;  // a, µm
  double perMetreUm = 0.0;  // b, µm per m of measuring distance
  double coverageK = 2.0;   // k of an expanded uncertainty
  // The statement bounds the length of the 3D point error |e| rather than each coordinate
  // (e.g. "Uxyz"). Per axis, E|e|^2 = 3 u_axis^2 gives u_axis = U / (k sqrt 3) for an expanded
  // uncertainty; for an MPE the error is taken as uniform in the ball of radius MPE, whose
  // coordinates have u_axis = MPE / sqrt 5.
  bool spatial = false;

  // u of one coordinate of a measured point at distanceM metres from the sensor, in mm.
  double axisStandardUncertaintyMm(double distanceM) const;
  // Relative standard uncertainty of a short length measured by the sensor: the b term alone,
  // b 1e-6 / k (or / sqrt 3 for an MPE). The a term is the same at both ends of a length of a
  // few micrometres and cancels.
  double relativeLengthUncertainty() const;
};

// Reads a certificate's statement: "U = 15 µm + 6 µm/m (k = 2)", "MPE 15 um + 6 um/m",
// "Uxyz = ±(15 µm + 6 µm/m), k = 2", "U = 0.015 mm + 6 ppm, k=2". Units µm (µ or μ), um, mm; ppm
// for the distance term. MPE (or "maximum permissible error") makes it an MPE; "xyz", "3D" or
// "spatial" makes it spatial. std::nullopt when it has no recognisable a or b term, or when an
// expanded uncertainty states no k.
std::optional<SensorCalibration> parseSensorCalibration(std::string_view statement);

// The frame registration (sensor frame -> robot base frame) the poses were transformed with.
// The residuals of the least-squares fit estimate a per-coordinate noise
// sigma^2 = sum |r_i|^2 / (3N - 6) = N rms^2 / (3N - 6) with 3N - 6 degrees of freedom, and the
// fitted frame's error at a point p has covariance
//   sigma^2 / N I + [d]x (sigma^2 J^-1) [d]x^T,  d = p - centroid, J = sum (|q_i|^2 I - q_i q_i^T)
// (translation at the centroid plus the small rotation's lever arm, q_i = points_i - centroid).
struct FrameRegistrationInput {
  double rmsMm = 0.0;
  std::vector<Eigen::Vector3d> pointsMm;  // the registration points in the base frame, N >= 3
  // The sensor frame's origin in the base frame (the registered transform's translation):
  // where measuring distances are taken from. Optional.
  std::optional<Eigen::Vector3d> sensorOriginMm;
};

// Temperature of the robot (and the target's mounting) during the run; the sensor's own
// compensation is part of its calibration. The robot is taken to expand uniformly about its
// base: a position at distance R from the base origin moves by alpha R dT, here bounded per
// axis by alpha R halfRangeK (rectangular). A distance D_c likewise by alpha D_c halfRangeK.
struct TemperatureInput {
  double halfRangeK = 1.0;         // the temperature stays within +- this (half the span seen)
  double expansionPerK = 11.5e-6;  // alpha of the structure (steel 11.5e-6, aluminium 23e-6)
};

struct BudgetInputs {
  SensorCalibration sensor;
  // L, the sensor's distance to the pose in m. std::nullopt: |pose - sensorOriginMm| of the
  // registration (std::invalid_argument when that is not known either).
  std::optional<double> measuringDistanceM;
  std::optional<FrameRegistrationInput> registration;  // AP only; none: no component
  std::optional<TemperatureInput> temperature;         // none: no component
  metrology::CoverageRule coverage = metrology::CoverageRule::StudentT;
  // Monte Carlo trials M for AP_P and RP_l (fixed, not adaptive, so the cost is known: at
  // 10^5 the two budgets of a 30-cycle series take about 0.15 s), and the significant
  // digits of u_c that set the validation tolerance. M = 10^5 resolves the interval ends to
  // about 1 % of u_c, so 1 digit (delta between 5 % and 50 % of u_c) is what it can decide
  // reliably; 2 digits need M of order 10^6.
  std::size_t monteCarloTrials = 100'000;
  int validationDigits = 1;
};

// The budgets of one pose series (ISO 9283 7.2.1, 7.2.2): the n >= 2 attained poses of one
// commanded pose in the base frame, as stored. subject names it as the results do ("P1 v100",
// "P1 v100 dir 2"). std::invalid_argument for fewer than 2 cycles or a missing measuring
// distance.
Budget apBudget(const metrology::PoseSeries& series, const std::string& subject,
                const BudgetInputs& inputs);
Budget rpBudget(const metrology::PoseSeries& series, const std::string& subject,
                const BudgetInputs& inputs);

// The budgets of one distance series (ISO 9283 7.3): the attained poses of the two poses,
// paired by index (cycle), n >= 2 each. subject as the results name it ("P2-P4 v100").
Budget adBudget(const metrology::PoseSeries& from, const metrology::PoseSeries& to,
                const std::string& subject, const BudgetInputs& inputs);
Budget rdBudget(const metrology::PoseSeries& from, const metrology::PoseSeries& to,
                const std::string& subject, const BudgetInputs& inputs);

// What the lab adds to a run's stored data for its budgets.
struct RunBudgetOptions {
  // The pose sensor's calibration; std::nullopt: from the calibration record of the run's
  // pose-sensor instrument: its numbers (U = uConstUm + uPerMUm L at uK, per coordinate) when
  // entered, else its statement (parseSensorCalibration).
  std::optional<SensorCalibration> sensor;
  // L when the run has no registration to take it from.
  std::optional<double> measuringDistanceM;
  // The run stores one temperature, not its span: the default assumes +-1 K about it.
  std::optional<TemperatureInput> temperature = TemperatureInput{};
  metrology::CoverageRule coverage = metrology::CoverageRule::StudentT;
  std::size_t monteCarloTrials = 100'000;
  int validationDigits = 1;
};

// AP_P and RP_l of every pose series and AD_P and RD_P of every distance series of a run, in
// the plan's step order (per step: speeds as measured, poses and directions ascending), each
// pose series with the frame registration of the last registration step before it. Subjects
// are named as lib/engine names the results. Throws store::StoreError (no such run) and
// std::runtime_error, with what to do, when the run's plan does not load, the pose sensor's
// calibration is missing or its statement cannot be read (and options.sensor is not given), or
// no measuring distance is known.
std::vector<Budget> budgets(const store::Store& store, std::int64_t runId,
                            const RunBudgetOptions& options = {});

// Sets the expanded uncertainty and coverage factor of every row whose characteristic and
// subject have a budget (U = Budget::expanded, k = Budget::k); other rows are left as they are.
// Verdicts are not touched: decide them again with the new U (metrology::decide).
void applyBudgets(std::span<const Budget> budgets, std::vector<ResultRow>& rows);
void applyBudgets(std::span<const Budget> budgets, std::vector<store::Result>& results);

}  // namespace robocert::report
