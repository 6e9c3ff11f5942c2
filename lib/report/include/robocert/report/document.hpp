#pragma once

// The content of a test report (ISO/IEC 17025:2017 7.8), as plain values: everything a
// certificate shows, assembled from the lab database for one run (report::assemble) and
// rendered to PDF, HTML or JSON (render.hpp). Text that the lab or the plan gives in two
// languages is bilingual; fixed wording (headings, labels) lives in the templates in reports/.
// Units are explicit in every number; positions mm, angles degrees, times h or s as named.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "robocert/metrology/pose.hpp"

namespace robocert::report {

struct Bilingual {
  std::string en;
  std::string zh;  // empty: en is shown
};

struct LabProfile {
  std::string name;  // "RoboCert Metrology Centre"
  std::string address;
  std::string accreditation;  // e.g. "CNAS L0000", may be empty
  std::string logoPath;       // image file for the letterhead, may be empty
  // The logo file's bytes (base64) as they were when the content was assembled, so an issued
  // report keeps its letterhead when the file changes later; empty: no logo, or content frozen
  // before the logo was kept (then logoPath is read).
  std::string logo;
};

struct Party {
  std::string name;
  std::string address;
  std::string contact;
};

struct Instrument {
  std::string role;  // tracker
  std::string kind, manufacturer, model, serial;
  std::string certificateNo;
  std::string calibratedOn, dueOn;  // YYYY-MM-DD
  std::string uncertainty;          // as stated on the certificate
  std::string laboratory;
  std::string status;  // valid, expired, missing, overridden
};

// One contribution to a characteristic's combined standard uncertainty (GUM).
struct BudgetComponent {
  std::string quantity;  // "tracker calibration", "registration residual", "scatter (type A)", ...
  std::string type;      // "A" or "B"
  std::string distribution;          // normal, rectangular, ...
  double standardUncertainty = 0.0;  // u(x_i), in `unit`
  std::string unit;
  double sensitivity = 1.0;   // c_i
  double contribution = 0.0;  // |c_i| u(x_i), in the characteristic's unit
  std::optional<double> dof;  // degrees of freedom; nullopt = infinite
};

struct Budget {
  std::string characteristic;  // AP_P
  std::string subject;         // P1 v100
  std::string unit;
  std::vector<BudgetComponent> components;
  double combined = 0.0;  // u_c
  double k = 2.0;
  double expanded = 0.0;  // U = k u_c (or from Monte Carlo, see method)
  std::optional<double> effectiveDof;
  // "GUM" or "GUM validated by Monte Carlo (JCGM 101, M = ...)" or "Monte Carlo (JCGM 101):
  // the first-order result disagreed" — what the expanded uncertainty comes from.
  std::string method;
  std::optional<double> mcLow, mcHigh;  // 95.45 % coverage interval of the Monte Carlo run
};

struct ResultRow {
  std::string characteristic;  // AP_P
  std::string subject;         // P1 v100
  double value = 0.0;
  std::string unit;
  std::optional<double> expandedUncertainty;  // U, k below
  std::optional<double> k;
  std::optional<double> limit;
  std::string limitSense;  // "at most" or "at least" (empty without a limit)
  std::string rule;        // simple, guard-band, non-binary (empty without a limit)
  std::string verdict;     // pass, conditional pass, conditional fail, fail, undecided, ""
  // "" a built-in procedure computed it from the stored measurements; "script": the script
  // step named by `subject` computed and recorded it (the report labels it so).
  std::string origin;
};

// For the plots: per pose (and speed, direction), the attained positions around the
// barycentre, and the command; per distance series, the measured distances.
struct PoseCloud {
  std::string subject;  // P1 v100 (dir 2)
  metrology::Pose6 commanded;
  std::vector<metrology::Pose6> attained;  // robot base frame as registered
  double rpLMm = 0.0;  // the repeatability sphere's radius; 0: not known yet (none drawn)
};
struct DistanceSeries {
  std::string subject;  // P2-P4 v100
  double commandedMm = 0.0;
  std::vector<double> measuredMm;
};
struct EnduranceTimeline {
  std::string subject;  // the step id
  double testHours = 0.0;
  std::int64_t cycles = 0;
  std::vector<std::pair<double, std::string>> failures;  // (test hours, what)
  std::optional<double> mtbfHours, mtbfLowerHours;
  double confidence = 0.0;
};

struct Deviation {  // from the method: overridden parameters, calibration overrides, interruptions
  std::string what;
  std::string when;  // UTC, may be empty
};

struct Approval {
  std::string approvedBy;     // name (login)
  std::string approvedAt;     // UTC
  std::string contentSha256;  // of the canonical JSON content (json.hpp) before approval fields
  std::string auditHeadHash;  // the lab database's audit chain head at approval (hex)
  std::string auditHeadId;
  // The approver's Ed25519 signature of approvalMessage (approval.hpp), base64, and the
  // fingerprint of their public key (robocert user key export); empty for a revision approved
  // before approvals were signed.
  std::string signer;  // the approver's login, as signed
  std::string signerFingerprint;
  std::string signature;
};

struct Document {
  // Identity
  std::string reportNumber;  // unique, on every page: "RC-2026-000012"
  int revision = 0;          // 0 first issue; amendments count up
  std::string replaces;      // report number + revision this one amends, with the reason
  std::string amendmentReason;
  Bilingual title;  // "Test report: ISO 9283 pose accuracy and repeatability"

  LabProfile lab;
  std::string performedAt;  // the station's name and location
  Party customer;

  // Method
  std::string planId, planVersion, planSha256;
  Bilingual planTitle;
  std::vector<std::string> standards;  // "ISO 9283:1998 6.2, 6.3, 7.2.1"
  // A run imported from a measurement file (robocert import pose) instead of run by a plan: the
  // file's name and the SHA-256 of its bytes, and the analysis applied to it. Empty otherwise.
  std::string dataFile, dataSha256;
  Bilingual analysis;

  // Item
  std::string itemKind, itemManufacturer, itemModel, itemSerial, itemDescription;
  std::string itemCondition;  // as received / as found

  // Dates (YYYY-MM-DD or UTC times)
  std::string receivedOn, testedFrom, testedTo, issuedOn;

  // Conditions
  std::optional<double> temperatureC, humidityPct;
  std::vector<Instrument> instruments;
  std::string operatorName;
  std::int64_t runId = 0;

  std::vector<ResultRow> results;
  std::vector<Budget> budgets;
  std::vector<Deviation> deviations;
  std::vector<PoseCloud> poseClouds;
  std::vector<DistanceSeries> distances;
  std::vector<EnduranceTimeline> endurance;

  // The decision rule(s) applied and the results they cover, for the conformity statement.
  std::vector<std::string> decisionRules;

  std::optional<Approval> approval;  // nullopt: a draft (watermarked)
};

}  // namespace robocert::report
