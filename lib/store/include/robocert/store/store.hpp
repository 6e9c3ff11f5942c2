#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
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
  Customer customer(std::int64_t id) const;  // NotFound
  std::vector<Customer> customers() const;   // by name
  // The first customer with exactly this name, or nullopt.
  std::optional<Customer> findCustomer(const std::string& name) const;
  // The first customer with exactly this name, added (audited) when there is none.
  // Find-or-create functions are idempotent under concurrency: the look-up is repeated inside
  // the write lock, so programs doing it at once (first runs on a new database) all get the
  // one record, and none fails.
  Customer findOrAddCustomer(const std::string& name);
  // The item with info.serial, created with info when there is none (the other fields of an
  // existing item are left as they are).
  Item findOrCreateItem(const ItemInfo& info);
  std::optional<Item> findItem(const std::string& serial) const;
  Item item(std::int64_t id) const;
  std::int64_t addInstrument(const InstrumentInfo& info);  // Invalid for a serial on record
  // The id of the instrument with info.serial; when there is none, it is added with its first
  // calibration (when given), both in one transaction (first-use registration, idempotent).
  std::int64_t findOrAddInstrument(const InstrumentInfo& info,
                                   const std::optional<Calibration>& firstCalibration = {});
  std::optional<std::int64_t> findInstrument(const std::string& serial) const;
  std::vector<Instrument> instruments() const;  // by serial
  std::int64_t addCalibration(std::int64_t instrumentId, const Calibration& c);
  // The calibration in force on `date` (YYYY-MM-DD): the latest one calibrated on or before it;
  // Expired when its due date is before `date`, Missing when there is none.
  std::pair<CalibrationStatus, std::optional<Calibration>> calibrationOn(
      std::int64_t instrumentId, const std::string& date) const;
  std::int64_t addStation(const std::string& name, const std::string& location = {});

  // The lab profile; all fields empty until it is first set.
  LabProfile labProfile() const;
  void setLabProfile(const LabProfile& profile);  // audited; replaces every field

  // ---- Users ----
  // Passwords: at least kMinPasswordChars characters (Unicode code points), else Invalid. Only a
  // PBKDF2-HMAC-SHA256 hash is stored (600 000 iterations, random 16-byte salt), as
  // "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>"; the password is never stored,
  // audited or put in an error message. Hashing takes about 0.1 s, outside the write lock.
  static constexpr std::size_t kMinPasswordChars = 8;
  // A user without a password, who cannot sign in until setPassword. role: operator, engineer or
  // approver (Invalid otherwise, and for a login that is empty, longer than 64 bytes or has
  // characters other than letters, digits, '.', '_', '-'); Invalid for a login taken.
  std::int64_t addUser(const std::string& login, const std::string& name, const std::string& role);
  // With a password; an approver gets a signing key pair too (signing.hpp), its private key
  // encrypted by the password, in the same audited write.
  std::int64_t addUser(const std::string& login, const std::string& name, Role role,
                       const std::string& password);
  // Password changes. Each is audited with the authenticated user as the actor and, in the
  // detail, separately, the operating-system user of the process (never ROBOCERT_USER, which
  // anyone can set). NotFound for an unknown login, Invalid for a new password that is too short
  // and for every refusal below (the message says which).
  //  - setPassword: the first password of a user who has none (nothing to prove yet); Invalid
  //    once the user has one.
  //  - changePassword: by the user, with the old password; the signing key is re-encrypted by
  //    the new one.
  //  - resetPassword: by an approver with their own password (the user forgot theirs). The old
  //    private key cannot be opened without the old password: it is retired (its public key
  //    stays, so what it signed stays verifiable) and an approver gets a new key pair.
  void setPassword(const std::string& login, const std::string& password);
  void changePassword(const std::string& login, const std::string& oldPassword,
                      const std::string& newPassword);
  void resetPassword(const std::string& login, const std::string& newPassword,
                     const std::string& approverLogin, const std::string& approverPassword);
  std::optional<User> findUser(const std::string& login) const;
  std::vector<User> users() const;  // by login
  // The user when the password is theirs; nullopt for a wrong password, an unknown login or a
  // user without a password (the same time is spent in each case). Writes nothing.
  std::optional<User> authenticate(const std::string& login, const std::string& password) const;

  // ---- Signing keys (schema version 4) ----
  // Every key of login (every user's when empty), active and retired, oldest first.
  std::vector<UserKey> userKeys(const std::string& login = {}) const;
  // The key with this fingerprint (hex, either case), active or retired, or nullopt.
  std::optional<UserKey> findKey(const std::string& fingerprint) const;
  // Signs message as login with their active key, opened by password; returns the key's
  // fingerprint and the signature (base64). An approver who has no key yet (added before version 4,
  // or whose first password was set without one) gets one now, audited as "key created". nullopt
  // for a wrong password or an unknown login; Invalid for a user who is not an approver. Makes
  // login's signing key now if they have none (as sign would): true when they have one afterwards;
  // false for a wrong password or an unknown login; Invalid for a non-approver.
  bool ensureKey(const std::string& login, const std::string& password);
  std::optional<std::pair<std::string, std::string>> sign(const std::string& login,
                                                          const std::string& password,
                                                          std::string_view message);

  // ---- Runs ----
  // A run has one owner, always: the Store that created it or took it over (resumeRun), named
  // in the run as "host:pid:process start:token". Every write of a run's records (status,
  // checkpoint, instruments, measurements, results, events, streams) is refused (Invalid)
  // unless the run is running or paused and this Store owns it: a run that ended is final, and
  // a program that does not drive a run cannot change it.
  //
  // Status running, owned by this Store. Invalid for a temperature or humidity that is not
  // plausible (kPlausibleTemperatureC, kPlausibleHumidityPct; NaN and infinities included).
  std::int64_t createRun(const RunInfo& info);
  Run run(std::int64_t id) const;
  std::vector<Run> runs() const;
  void setRunStatus(std::int64_t runId, RunStatus status, const std::string& reason = {});
  void setCheckpoint(std::int64_t runId, const std::string& checkpoint);
  // Why this Store cannot take run runId over now, for a person; nullopt when it can: the run is
  // interrupted, or running/paused by a program of this host that is gone. NotFound.
  std::optional<std::string> resumeRefusal(std::int64_t runId) const;
  // Takes a run over to continue it: status running, owned by this Store, audited with reason.
  // The check (resumeRefusal) and the take-over are one transaction under the write lock: of
  // programs resuming one run at once exactly one gets it; a refusal (Invalid) writes nothing.
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
  // A run's results are stored once: Invalid when the run has results already. (The database
  // itself refuses results for a run that is not running.)
  void addResults(std::int64_t runId, std::span<const Result> results);
  std::vector<Result> results(std::int64_t runId) const;
  // Stores the run's results and marks it completed in one transaction, so that a program
  // killed in between leaves neither. Idempotent: a run that has results already (stored by an
  // earlier version that was killed before the completion) keeps them and gets none added.
  // Returns the results stored.
  std::vector<Result> completeRun(std::int64_t runId, std::span<const Result> results);

  // An offline import: the item found or created (as findOrCreateItem), a run of it (info.itemId
  // is set) with its measurements and results, marked completed, all in one transaction, so a
  // failure leaves no trace of it. Returns the run's id.
  std::int64_t importRun(const ItemInfo& item, RunInfo info,
                         std::span<const PoseMeasurement> measurements,
                         std::span<const Result> results);

  std::int64_t addRunEvent(std::int64_t runId, const RunEvent& event);
  std::vector<RunEvent> runEvents(std::int64_t runId) const;  // in order

  // ---- Streams ----
  std::int64_t createStream(std::int64_t runId, const std::string& name,
                            const std::vector<Channel>& channels,
                            std::optional<double> nominalRateHz = std::nullopt,
                            std::optional<std::int64_t> instrumentId = std::nullopt);
  std::vector<StreamInfo> streams(std::int64_t runId) const;  // in creation order

  // ---- Reports (the rules are in lib/report/approval.hpp) ----
  // A new report of the run: the next number of this year ("RC-2026-000012", sequential per
  // year), revision 0, draft. actor: who, in the record and the audit trail (empty: actor()).
  // NotFound for an unknown run.
  ReportRecord createReport(std::int64_t runId, const std::string& actor = {});
  // A new draft revision of the same report: revision + 1, replacesId = `replaces`, which must be
  // its report's latest revision and approved (Invalid otherwise, and for an empty reason).
  ReportRecord createRevision(std::int64_t replaces, const std::string& reason,
                              const std::string& actor = {});
  // Freezes a draft: status approved, approvedBy login, the content and its hash, the audit
  // chain head just before this write, and the approver's signature (its time, key fingerprint
  // and signature as signed: report::approve makes them); audited as "approve" by login. Invalid
  // when the report is not a draft (checked inside the write, so two approvals cannot both
  // succeed) or the signature is incomplete. An approved revision is never updated again (also
  // enforced by a trigger in the database).
  ReportRecord approveReport(std::int64_t reportId, const std::string& login,
                             const std::string& contentJson, const std::string& contentSha256,
                             const ApprovalSignature& signature);
  ReportRecord report(std::int64_t id) const;  // NotFound
  // revision nullopt: the latest revision of that number.
  std::optional<ReportRecord> findReport(const std::string& number,
                                         std::optional<int> revision = std::nullopt) const;
  std::vector<ReportRecord> reports(std::optional<std::int64_t> runId = std::nullopt) const;

  // file.id and issuedAt are filled in (issuedBy empty: actor()); format pdf|html|json and
  // language en|zh|both, sha256 64 hex digits, else Invalid; NotFound for an unknown report.
  // The same bytes may be issued again (each issue is recorded).
  std::int64_t addIssuedFile(const IssuedFile& file);
  // The first issue of a file with these bytes (hex SHA-256, either case), or nullopt.
  std::optional<IssuedFile> findIssuedFile(const std::string& sha256) const;
  std::vector<IssuedFile> issuedFiles(std::int64_t reportId) const;

  // ---- Audit ----
  std::vector<AuditRecord> auditTrail(std::optional<std::int64_t> runId = std::nullopt) const;
  std::optional<AuditRecord> auditEntry(std::int64_t id) const;
  AuditHead auditHead() const;  // the newest entry, read in one snapshot
  // Appends an entry that writes no row (e.g. "approval refused"); actor empty: actor(). Never
  // put a secret in detail: the trail is readable by anyone who can read the file.
  void recordEvent(const std::string& action, const std::string& detail,
                   std::optional<std::int64_t> runId = std::nullopt, const std::string& actor = {});
  // Recomputes the chain and every audited row's digest; read-only.
  VerifyReport verify() const;

  // ---- Maintenance ----
  // A consistent copy (SQLite online backup) to target, which must not exist yet. The copy is
  // written under a temporary name beside target ("TARGET.partial-XXXXXX"), synced to disk and
  // only then renamed to target, so a backup that fails or is killed never leaves a file under
  // the target's name. progress(pagesDone, pagesInAll) is called after each step of the copy.
  using BackupProgress = std::function<void(int pagesDone, int pagesInAll)>;
  void backupTo(const std::filesystem::path& target, const BackupProgress& progress = {}) const;
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
std::string toString(Role r);                              // operator, engineer, approver
std::optional<Role> roleFromString(const std::string& s);  // nullopt if unknown
std::string toString(ReportStatus s);                      // draft, approved

}  // namespace robocert::store
