#pragma once

// What the lab database holds, as plain values. Units are in the names or stated beside them.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "robocert/metrology/pose.hpp"

namespace robocert::store {

struct Rating {
  std::string name;  // rated_load, rated_velocity, rated_torque, ratio, ...
  double value = 0.0;
  std::string unit;  // kg, mm/s, N·m, ...
};

struct ItemInfo {
  std::string kind = "industrial_robot";  // reducer, servo_drive, encoder, force_sensor, ...
  std::string manufacturer;
  std::string model;
  std::string serial;  // unique, not empty: how an item is found
  std::optional<std::int64_t> customerId;
  std::string description;
  std::vector<Rating> ratings;
};

struct Item : ItemInfo {
  std::int64_t id = 0;
  std::string createdAt;
};

struct Customer {
  std::int64_t id = 0;
  std::string name;
  std::string address;
  std::string contact;
};

struct InstrumentInfo {
  std::string kind;  // laser_tracker, torque_sensor, ...
  std::string manufacturer;
  std::string model;
  std::string serial;
};

struct Instrument : InstrumentInfo {
  std::int64_t id = 0;
};

struct Calibration {
  std::int64_t id = 0;
  std::string certificateNo;
  std::string calibratedOn;  // YYYY-MM-DD
  std::string dueOn;         // YYYY-MM-DD; the instrument is expired after this day
  std::string uncertainty;   // as stated on the certificate
  std::string laboratory;
  // The certificate's expanded uncertainty of length as numbers (schema version 3), for the
  // uncertainty budgets: U = uConstUm + uPerMUm * L, L in m, U in µm, coverage factor uK.
  // Empty when the certificate's statement was not entered as numbers.
  std::optional<double> uConstUm;
  std::optional<double> uPerMUm;
  std::optional<double> uK;
};

// What a user may do (docs/reports.md, "Users and roles"); each role includes the one before.
enum class Role { Operator, Engineer, Approver };

struct User {
  std::int64_t id = 0;
  std::string login;  // unique: letters, digits, '.', '_', '-'
  std::string name;   // as printed on a report ("Li Wei")
  Role role = Role::Operator;
  bool hasPassword = false;  // a user without one cannot sign in (e.g. created by schema v1)
};

// The laboratory itself, one record (schema version 3): what every report's letterhead shows.
struct LabProfile {
  std::string name;
  std::string address;
  std::string accreditation;  // e.g. "CNAS L0000"; may be empty
  std::string logoPath;       // image file for the letterhead; may be empty
  std::string location;       // where the work is done unless a station says otherwise
};

enum class CalibrationStatus { Valid, Expired, Missing, Overridden };

enum class RunStatus { Running, Paused, Aborted, Completed, Interrupted };

// A closed interval; contains() is false for NaN.
struct Range {
  double min = 0.0;
  double max = 0.0;
  bool contains(double v) const { return v >= min && v <= max; }
};
// The test conditions a run may record (temperature, humidity): what a test hall can have.
// A value outside is a typo or a broken sensor, never a condition a robot was tested in.
inline constexpr Range kPlausibleTemperatureC{-50.0, 100.0};
inline constexpr Range kPlausibleHumidityPct{0.0, 100.0};

struct RunInfo {
  std::int64_t itemId = 0;
  std::optional<std::int64_t> stationId;
  std::string operatorName;
  std::string source = "live";  // live, offline-import, bench
  std::string planName;
  std::string planText;  // stored verbatim with its SHA-256
  std::optional<double> temperatureC;
  std::optional<double> humidityPct;
  std::string parametersJson;  // the resolved plan parameters as a JSON object; empty: none
};

struct Run : RunInfo {
  std::int64_t id = 0;
  std::string planSha256;  // hex
  RunStatus status = RunStatus::Running;
  std::string startedAt;
  std::optional<std::string> endedAt;
  std::string checkpoint;
  std::string owner;  // the Store driving it: "host:pid:process start:token" (Store, "Runs")
};

struct RunInstrument {
  std::int64_t instrumentId = 0;
  std::string role;  // pose_sensor, torque_sensor, ...
  InstrumentInfo instrument;
  std::optional<Calibration> calibration;
  CalibrationStatus status = CalibrationStatus::Missing;
};

// One attained pose of one cycle (ISO 9283): positions mm, angles degrees, base frame.
struct PoseMeasurement {
  std::string pose;
  int cycle = 0;
  int direction = 1;
  metrology::Pose6 commanded;
  metrology::Pose6 attained;
  std::string measuredAt;  // UTC ISO 8601; filled with the time of storing when empty
  std::optional<std::int64_t> instrumentId;
  // Which series of the run: plan step and speed, e.g. "pose_cycles/v100"; empty for a run with
  // one series (an imported table). (series, pose, direction, cycle) is unique in a run.
  std::string series;
};

// Something that happened in a run besides measurements.
struct RunEvent {
  std::int64_t id = 0;
  std::string at;    // UTC ISO 8601; filled with the time of storing when empty
  std::string kind;  // failure, pause, resume, reconnect, prompt, note, ...
  std::string step;  // plan step id
  std::optional<std::int64_t> cycle;
  std::optional<double> testHours;  // endurance: accumulated test time at the event
  std::string detail;
};

struct Result {
  std::string characteristic;  // AP_P, RP_l, AD_x, ...
  std::string subject;         // what it is of, e.g. "P1 dir 1" or "P2-P4"
  double value = 0.0;
  std::string unit;
  std::optional<double> expandedUncertainty;
  std::optional<double> coverageK;
  std::optional<double> limit;
  std::string verdict;  // pass, fail, conditional pass, ... or empty when no limit applies
  // Where it comes from (schema version 4): "" a built-in procedure, from the stored
  // measurements; kScriptOrigin a script step (subject: the step id) computed and recorded it.
  std::string origin;
};
inline constexpr char kScriptOrigin[] = "script";

struct AuditRecord {
  std::int64_t id = 0;
  std::string at;
  std::string actor;
  std::string action;
  std::string table;
  std::int64_t rowId = 0;
  std::optional<std::int64_t> runId;
  std::string detail;
  std::string hashHex;
};

// Outcome of re-checking the whole audit chain against the stored rows.
struct VerifyReport {
  bool intact = true;
  std::size_t entriesChecked = 0;
  std::size_t rowsChecked = 0;
  // First problem found (empty when intact): the table and row, and what is wrong.
  std::string table;
  std::int64_t rowId = 0;
  // FileDamaged: SQLite's own integrity check failed, whatever the audit trail says. table is
  // then the first damaged table or index (empty when SQLite cannot tell which).
  enum class Problem {
    None,
    RowChanged,
    RowDeleted,
    RowInserted,
    EntryAltered,
    EntryMissing,
    FileDamaged
  };
  Problem problem = Problem::None;
  // FileDamaged: the tables and indexes concerned as "table results", "index results_by_run"
  // (empty when SQLite cannot tell), and SQLite's own findings (English, at most 20).
  std::vector<std::string> damaged;
  std::vector<std::string> findings;
};

// One revision of a test report (schema version 3). Revision 0 is the first issue; an
// amendment is a new revision with the same number naming the one it replaces (ISO/IEC 17025
// 7.8.8). An approved revision is never changed again.
enum class ReportStatus { Draft, Approved };

struct ReportRecord {
  std::int64_t id = 0;
  std::string number;  // "RC-2026-000012": unique per lab database, the same for every revision
  int revision = 0;
  std::int64_t runId = 0;
  std::optional<std::int64_t> replacesId;  // the revision this one amends
  std::string amendmentReason;
  ReportStatus status = ReportStatus::Draft;
  std::string createdAt, createdBy;
  // Set at approval, never changed afterwards:
  std::optional<std::string> approvedAt, approvedBy;  // approvedBy: the approver's login
  std::string contentJson;                            // the frozen canonical content
  std::string contentSha256;                // hex SHA-256 of contentJson as given at approval
  std::optional<std::int64_t> auditHeadId;  // the audit chain head just before the approval
  std::string auditHeadHash;                // its hash, hex
  // The approver's Ed25519 signature (base64) of approvalMessage (report/approval.hpp) and the
  // fingerprint of the key that made it; empty for a revision approved before signatures
  // (schema version 4).
  std::string signerFingerprint;
  std::string signature;
};

// What an approval signature covers besides the content, as approveReport stores it.
struct ApprovalSignature {
  std::string approvedAt;         // UTC, as signed ("2026-12-04T15:24:01.123Z")
  std::string signerFingerprint;  // 64 hex digits
  std::string signature;          // base64 Ed25519 signature
};

// An approver's signing key (schema version 4). The public key is kept for ever, so every
// signature it made can be checked later; a retired key signs no more (a password reset by
// another approver makes a new one: the old private key cannot be opened without the old
// password).
struct UserKey {
  std::int64_t id = 0;
  std::string login;
  std::string fingerprint;   // SHA-256 of the raw public key, hex
  std::string publicKeyPem;  // "-----BEGIN PUBLIC KEY-----..."
  std::string createdAt;
  std::optional<std::string> retiredAt;
};

// A file of a report handed out: its bytes' SHA-256 is what `report verify` looks up.
struct IssuedFile {
  std::int64_t id = 0;
  std::int64_t reportId = 0;
  std::string format;    // pdf, html, json
  std::string language;  // en, zh, both
  std::string sha256;    // hex, of the file's bytes
  std::string fileName;  // as written, for a person; not part of the identity
  std::string issuedAt, issuedBy;
};

// The newest audit entry: its id and chain hash (hex). id 0 and an empty hash for an empty trail.
struct AuditHead {
  std::int64_t id = 0;
  std::string hashHex;
};

struct Channel {
  std::string name;  // x, y, z, a, b, c, torque, angle, ...
  std::string unit;  // mm, deg, N·m, ...
};

// A stream's description and extent, without reading its samples.
struct StreamInfo {
  std::int64_t id = 0;
  std::string name;
  std::vector<Channel> channels;
  std::optional<double> nominalRateHz;
  std::optional<std::int64_t> instrumentId;
  std::int64_t samples = 0;
  std::optional<std::int64_t> tFirstNs;  // empty while the stream holds no sample
  std::optional<std::int64_t> tLastNs;
};

}  // namespace robocert::store
