#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "robocert/store/error.hpp"
#include "robocert/store/records.hpp"

namespace robocert::store {

class StreamWriter;
struct StoreTestAccess;

// The lab database: one SQLite file in WAL mode, schema-versioned, every write of lab records
// covered by the hash-chained audit trail. One Store per thread; a second process or thread may
// open the same file to read while one writes (WAL readers never block the writer).
// All functions throw StoreError.
class Store {
 public:
  enum class Mode { ReadWrite, ReadOnly };

  // Opens (ReadWrite: creating and migrating if needed) the database at path. Refuses files that
  // are not RoboCert databases and databases of a newer schema. In ReadWrite mode, runs left
  // "running" by a process of this host that no longer exists are marked interrupted (audited).
  // actor names who writes in the audit trail (default: the system user).
  static Store open(const std::filesystem::path& path, Mode mode = Mode::ReadWrite,
                    std::string actor = {});
  ~Store();
  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;

  const std::filesystem::path& path() const;
  int schemaVersion() const;
  static int supportedSchemaVersion();
  const std::string& actor() const;

  // ---- Lab ----
  std::int64_t addCustomer(const Customer& c);
  // The item with info.serial, created with info when there is none (the other fields of an
  // existing item are left as they are).
  Item findOrCreateItem(const ItemInfo& info);
  std::optional<Item> findItem(const std::string& serial) const;
  Item item(std::int64_t id) const;
  std::int64_t addInstrument(const InstrumentInfo& info);
  std::optional<std::int64_t> findInstrument(const std::string& serial) const;
  std::int64_t addCalibration(std::int64_t instrumentId, const Calibration& c);
  // The calibration in force on `date` (YYYY-MM-DD): the latest one calibrated on or before it;
  // Expired when its due date is before `date`, Missing when there is none.
  std::pair<CalibrationStatus, std::optional<Calibration>> calibrationOn(
      std::int64_t instrumentId, const std::string& date) const;
  std::int64_t addStation(const std::string& name, const std::string& location = {});
  std::int64_t addUser(const std::string& login, const std::string& name, const std::string& role);

  // ---- Runs ----
  std::int64_t createRun(const RunInfo& info);  // status running, owned by this process
  Run run(std::int64_t id) const;
  std::vector<Run> runs() const;
  void setRunStatus(std::int64_t runId, RunStatus status, const std::string& reason = {});
  void setCheckpoint(std::int64_t runId, const std::string& checkpoint);
  // Takes over an interrupted (or paused) run to continue it: status running, owned by this
  // process, audited with reason. Invalid for a run that is running, completed or aborted.
  void resumeRun(std::int64_t runId, const std::string& reason);
  // Records the instrument used in `role` with its calibration status today. An expired or
  // missing calibration throws Invalid unless overrideExpired, which is audited with `reason`.
  CalibrationStatus attachInstrument(std::int64_t runId, std::int64_t instrumentId,
                                     const std::string& role, bool overrideExpired = false,
                                     const std::string& reason = {});
  std::vector<RunInstrument> runInstruments(std::int64_t runId) const;

  // All of them in one transaction: either every measurement is stored or none.
  void addPoseMeasurements(std::int64_t runId, std::span<const PoseMeasurement> measurements);
  std::vector<PoseMeasurement> poseMeasurements(std::int64_t runId) const;
  void addResults(std::int64_t runId, std::span<const Result> results);
  std::vector<Result> results(std::int64_t runId) const;

  std::int64_t addRunEvent(std::int64_t runId, const RunEvent& event);
  std::vector<RunEvent> runEvents(std::int64_t runId) const;  // in order

  // ---- Streams ----
  std::int64_t createStream(std::int64_t runId, const std::string& name,
                            const std::vector<Channel>& channels,
                            std::optional<double> nominalRateHz = std::nullopt,
                            std::optional<std::int64_t> instrumentId = std::nullopt);
  std::vector<StreamInfo> streams(std::int64_t runId) const;  // in creation order

  // ---- Audit ----
  std::vector<AuditRecord> auditTrail(std::optional<std::int64_t> runId = std::nullopt) const;
  // Recomputes the chain and every audited row's digest; read-only.
  VerifyReport verify() const;

  // ---- Maintenance ----
  // A consistent copy (SQLite online backup) to target, which must not exist yet.
  void backupTo(const std::filesystem::path& target) const;
  struct Info {
    int schemaVersion = 0;
    std::int64_t fileBytes = 0;
    std::int64_t items = 0, instruments = 0, runs = 0, poseMeasurements = 0, results = 0,
                 streams = 0, streamChunks = 0, auditEntries = 0;
  };
  Info info() const;

  struct Impl;

 private:
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
  friend class StreamWriter;
  friend struct StoreTestAccess;  // tests only: reaches the connection for fault injection
};

std::string toString(RunStatus s);
std::optional<RunStatus> runStatusFromString(const std::string& s);
std::string toString(CalibrationStatus s);
CalibrationStatus calibrationStatusFromString(const std::string& s);  // Missing if unknown

}  // namespace robocert::store
