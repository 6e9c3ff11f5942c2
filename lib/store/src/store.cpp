#include "robocert/store/store.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <thread>

#include "integrity.hpp"
#include "schema.hpp"
#include "store_impl.hpp"

namespace robocert::store {

using detail::Statement;
using K = StoreError::Kind;

namespace {

constexpr int kBusyTimeoutMs = 5000;

// Turning a new file into a WAL database needs the only lock on it, and SQLite answers BUSY at
// once, without its busy handler, while another program opening the same new file holds a read
// lock. The mode is then stored in the file by whichever program switched first, so try again
// for as long as the busy handler would wait.
void useWriteAheadLog(detail::Connection& conn) {
  const auto deadline =
      std::chrono::steady_clock::now() + std::chrono::milliseconds(kBusyTimeoutMs);
  for (;;) {
    try {
      conn.exec("PRAGMA journal_mode = WAL");
      return;
    } catch (const StoreError& e) {
      if (e.kind() != K::Locked || std::chrono::steady_clock::now() >= deadline) throw;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
}

std::string systemUser() {
  for (const char* var : {"ROBOCERT_USER", "USER", "LOGNAME"}) {
    if (const char* v = std::getenv(var); v != nullptr && *v != '\0') return v;
  }
  return "uid " + std::to_string(getuid());
}

// Start time of a process in clock ticks since boot (field 22 of /proc/PID/stat), which tells a
// live process from a later one that reuses its pid. Empty when the process does not exist.
std::string processStart(long pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string stat;
  if (!std::getline(in, stat)) return {};
  // The command name (field 2) is in parentheses and may contain spaces: count after the last ')'.
  std::istringstream rest(stat.substr(stat.rfind(')') + 2));
  std::string field;
  for (int i = 3; i <= 22 && rest >> field; ++i) {
  }
  return field;
}

std::string hostName() {
  std::array<char, 256> buf{};
  gethostname(buf.data(), buf.size() - 1);
  return buf.data();
}

// A new owner name: "host:pid:process start:token". The token tells two Stores of one process
// apart, so that ownership is exact even within a program (a second Store of the same file
// cannot write a run the first one drives).
std::string newOwner() {
  const long pid = static_cast<long>(getpid());
  std::random_device rd;
  std::ostringstream token;
  token << std::hex << rd() << rd();
  return hostName() + ":" + std::to_string(pid) + ":" + processStart(pid) + ":" + token.str();
}

// True when owner names a process of this host that is gone. Owners written before the token
// was added ("host:pid:start") are read the same way.
bool ownerIsGone(const std::string& owner) {
  const auto first = owner.find(':');
  const auto second = owner.find(':', first + 1);
  if (first == std::string::npos || second == std::string::npos) return false;
  if (owner.substr(0, first) != hostName()) return false;  // another host: cannot tell
  const long pid = std::strtol(owner.c_str() + first + 1, nullptr, 10);
  const auto third = owner.find(':', second + 1);
  return processStart(pid) != owner.substr(second + 1, third - second - 1);
}

// What a person reads about a run another program drives: its host and process id.
std::string ownerForPeople(const std::string& owner) {
  const auto second = owner.find(':', owner.find(':') + 1);
  return second == std::string::npos ? owner : owner.substr(0, second);
}

bool plausible(const Range& r, const std::optional<double>& v) { return !v || r.contains(*v); }

std::string today() { return detail::utcNow().substr(0, 10); }

[[noreturn]] void throwErrno(int error, const std::filesystem::path& path,
                             const std::string& what) {
  const K kind = error == ENOENT                      ? K::CannotOpen
                 : error == EACCES || error == EROFS  ? K::ReadOnly
                 : error == ENOSPC || error == EDQUOT ? K::DiskFull
                 : error == EEXIST                    ? K::Invalid
                                                      : K::Io;
  throw StoreError(kind, path.string(), what + ": " + std::strerror(error));
}

void syncPath(const std::filesystem::path& path, int flags) {
  const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0) throwErrno(errno, path, "cannot be opened to sync it");
  const int rc = ::fsync(fd);
  const int error = errno;
  ::close(fd);
  if (rc != 0) throwErrno(error, path, "cannot be synced to disk");
}

// A new file "TARGET.partial-XXXXXX" beside the target, with the permissions of `like`, that
// becomes the target by commitAs (synced, atomically renamed, never replacing a file) or is
// removed with the files SQLite keeps beside it.
class TempFile {
 public:
  static TempFile beside(const std::filesystem::path& target, const std::filesystem::path& like) {
    std::string name = target.string() + ".partial-XXXXXX";
    const int fd = ::mkstemp(name.data());
    if (fd < 0) throwErrno(errno, target, "cannot create a file in its folder");
    struct stat st {};
    if (::stat(like.c_str(), &st) == 0) (void)::fchmod(fd, st.st_mode & 0666);
    ::close(fd);
    return TempFile(std::move(name));
  }
  const std::string& path() const { return path_; }

  void commitAs(const std::filesystem::path& target) {
    syncPath(path_, O_RDONLY);
    // RENAME_NOREPLACE: a file created under the target's name meanwhile is never replaced.
    if (::renameat2(AT_FDCWD, path_.c_str(), AT_FDCWD, target.c_str(), RENAME_NOREPLACE) != 0) {
      if (errno == EEXIST) throwErrno(EEXIST, target, "already exists; a backup never overwrites");
      if (errno != EINVAL && errno != ENOSYS) throwErrno(errno, target, "cannot be created");
      // A file system without RENAME_NOREPLACE: a hard link also never replaces a file.
      if (::link(path_.c_str(), target.c_str()) != 0)
        throwErrno(errno, target, "cannot be created");
      ::unlink(path_.c_str());
    }
    path_.clear();
    const std::filesystem::path folder = target.parent_path().empty() ? "." : target.parent_path();
    syncPath(folder, O_RDONLY | O_DIRECTORY);  // the new name itself on disk
  }

  void remove() {
    if (path_.empty()) return;
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
      std::filesystem::remove(path_ + suffix, ignored);
    path_.clear();
  }

 private:
  explicit TempFile(std::string path) : path_(std::move(path)) {}
  std::string path_;
};

void checkCalibration(const Calibration& c, const std::filesystem::path& path) {
  for (const auto& v : {c.uConstUm, c.uPerMUm}) {
    if (v && !(*v >= 0)) {  // also NaN
      throw StoreError(K::Invalid, path.string(), "a calibration uncertainty cannot be negative");
    }
  }
  if (c.uK && !(*c.uK > 0)) {
    throw StoreError(K::Invalid, path.string(), "a coverage factor must be positive");
  }
}

Run readRun(const Statement& s) {
  Run r;
  r.id = s.columnInt(0);
  r.itemId = s.columnInt(1);
  r.stationId = s.columnOptInt(2);
  r.operatorName = s.columnText(3);
  r.source = s.columnText(4);
  r.planName = s.columnText(5);
  r.planText = s.columnText(6);
  r.planSha256 = s.columnText(7);
  r.status = runStatusFromString(s.columnText(8)).value_or(RunStatus::Interrupted);
  r.startedAt = s.columnText(9);
  r.endedAt = s.columnOptText(10);
  r.temperatureC = s.columnOptDouble(11);
  r.humidityPct = s.columnOptDouble(12);
  r.checkpoint = s.columnText(13);
  r.parametersJson = s.columnOptText(14).value_or("");
  r.owner = s.columnText(15);
  return r;
}

constexpr std::string_view kRunColumns =
    "id, item_id, station_id, operator, source, plan_name, plan_text, plan_sha256, status, "
    "started_at, ended_at, temperature_c, humidity_pct, checkpoint, parameters, owner";

}  // namespace

std::string formatChannelSpec(const std::vector<Channel>& channels) {
  std::string spec;
  for (const Channel& c : channels) spec += (spec.empty() ? "" : ",") + c.name + "[" + c.unit + "]";
  return spec;
}

std::vector<Channel> parseChannelSpec(const std::string& spec) {
  std::vector<Channel> out;
  for (std::size_t at = 0; at < spec.size();) {
    const std::size_t end = std::min(spec.find(',', at), spec.size());
    const std::string item = spec.substr(at, end - at);
    const std::size_t open = item.find('[');
    out.push_back({item.substr(0, open),
                   open == std::string::npos ? "" : item.substr(open + 1, item.size() - open - 2)});
    at = end + 1;
  }
  return out;
}

// ---- Opening --------------------------------------------------------------------------------

Store::Impl::Impl(const std::filesystem::path& p, Mode m, std::string who)
    : path(p),
      mode(m),
      actor(who.empty() ? systemUser() : std::move(who)),
      owner(newOwner()),
      conn(p.string(),
           m == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE),
      audit(conn) {
  sqlite3_busy_timeout(conn.handle(), kBusyTimeoutMs);
  if (mode == Mode::ReadWrite && sqlite3_db_readonly(conn.handle(), "main") == 1) {
    throw StoreError(K::ReadOnly, path.string(), "the file cannot be written");
  }
  // The first read of the file is where SQLite notices a file that is not a database.
  Statement q = conn.prepare(
      "SELECT (SELECT application_id FROM pragma_application_id), "
      "(SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_schema)");
  q.step();
  const auto appId = q.columnInt(0);
  const auto version = q.columnInt(1);
  const auto objects = q.columnInt(2);
  q.reset();
  const bool fresh = appId == 0 && version == 0 && objects == 0;
  if (!fresh && appId != detail::kApplicationId) {
    throw StoreError(K::NotADatabase, path.string(),
                     "a SQLite database of another program, not a RoboCert lab database");
  }
  if (version > detail::latestSchemaVersion()) {
    throw StoreError(K::NewerSchema, path.string(),
                     "schema version " + std::to_string(version) + " is newer than the " +
                         std::to_string(detail::latestSchemaVersion()) + " this RoboCert reads");
  }
  if (mode == Mode::ReadOnly) {
    if (fresh || version < detail::latestSchemaVersion()) {
      throw StoreError(fresh ? K::NotADatabase : K::NewerSchema, path.string(),
                       fresh ? "an empty file, not a RoboCert lab database"
                             : "schema version " + std::to_string(version) +
                                   " must be upgraded: open it once for writing");
    }
  } else {
    // WAL: readers never block the writer. NORMAL sync: a committed transaction survives the
    // process being killed (the OS holds it); only a power cut may lose the last ones.
    useWriteAheadLog(conn);
    conn.exec("PRAGMA synchronous = NORMAL");
    detail::migrate(conn);
  }
  conn.exec("PRAGMA foreign_keys = ON");
  audit.reload();
}

void Store::Impl::requireWritable() const {
  if (mode == Mode::ReadOnly) {
    throw StoreError(K::ReadOnly, path.string(), "opened read-only");
  }
}

void Store::Impl::requireOwnership(std::int64_t runId) {
  Statement q = conn.prepare("SELECT status, owner FROM runs WHERE id = ?");
  q.bind(1, runId);
  if (!q.step()) throw StoreError(K::NotFound, path.string(), "no run " + std::to_string(runId));
  const std::string status = q.columnText(0);
  const std::string runOwner = q.columnText(1);
  if (status != "running" && status != "paused") {
    throw StoreError(K::Invalid, path.string(),
                     "run " + std::to_string(runId) + " is " + status +
                         "; its records can no longer be changed");
  }
  if (runOwner != owner) {
    throw StoreError(K::Invalid, path.string(),
                     "run " + std::to_string(runId) + " is driven by another program (" +
                         ownerForPeople(runOwner) + "); only that program writes it");
  }
}

void Store::Impl::updateStatus(std::int64_t runId, RunStatus status, const std::string& reason) {
  const bool ended = status == RunStatus::Aborted || status == RunStatus::Completed ||
                     status == RunStatus::Interrupted;
  Statement s = conn.prepare(
      "UPDATE runs SET status = ?, ended_at = CASE WHEN ? THEN ? ELSE NULL END WHERE id = ?");
  s.bind(1, toString(status))
      .bind(2, static_cast<std::int64_t>(ended))
      .bind(3, detail::utcNow())
      .bind(4, runId);
  s.step();
  if (sqlite3_changes(conn.handle()) == 0) {
    throw StoreError(K::NotFound, path.string(), "no run " + std::to_string(runId));
  }
  audit.recordRow(actor, "status " + toString(status), "runs", runId, runId, reason);
}

void Store::Impl::interruptAbandoned(std::int64_t runId, const std::string& deadOwner) {
  write([&] {
    Statement u = conn.prepare(
        "UPDATE runs SET status = 'interrupted', ended_at = ? "
        "WHERE id = ? AND owner = ? AND status IN ('running', 'paused')");
    u.bind(1, detail::utcNow()).bind(2, runId).bind(3, deadOwner);
    u.step();
    if (sqlite3_changes(conn.handle()) == 0) return;
    audit.recordRow(actor, "status interrupted", "runs", runId, runId,
                    "the process running it (" + ownerForPeople(deadOwner) + ") ended");
  });
}

bool Store::Impl::hasResults(std::int64_t runId) {
  Statement q = conn.prepare("SELECT EXISTS (SELECT 1 FROM results WHERE run_id = ?)");
  q.bind(1, runId);
  q.step();
  return q.columnInt(0) != 0;
}

void Store::Impl::insertResults(std::int64_t runId, std::span<const Result> results) {
  Statement s = conn.prepare(
      "INSERT INTO results(run_id, characteristic, subject, value, unit, expanded_uncertainty, "
      "coverage_k, limit_value, verdict, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  for (const Result& r : results) {
    s.reset();
    s.bind(1, runId).bind(2, r.characteristic).bind(3, r.subject).bind(4, r.value).bind(5, r.unit);
    s.bind(6, r.expandedUncertainty).bind(7, r.coverageK).bind(8, r.limit).bind(9, r.verdict);
    s.bind(10, r.origin.empty() ? std::nullopt : std::optional<std::string>(r.origin));
    insertAudited("results", s, runId);
  }
}

std::int64_t Store::Impl::insertAudited(std::string_view table, Statement& insert,
                                        std::optional<std::int64_t> runId) {
  insert.step();
  const std::int64_t id = conn.lastInsertRowid();
  audit.recordRow(actor, "insert", table, id, runId);
  return id;
}

Store Store::open(const std::filesystem::path& path, Mode mode, std::string actor) {
  Store s(std::make_unique<Impl>(path, mode, std::move(actor)));
  if (mode == Mode::ReadWrite) {
    // Runs whose writing process died (killed, power cut) are marked interrupted, audited.
    std::vector<std::pair<std::int64_t, std::string>> running;
    Statement q =
        s.impl_->conn.prepare("SELECT id, owner FROM runs WHERE status IN ('running', 'paused')");
    while (q.step()) running.emplace_back(q.columnInt(0), q.columnText(1));
    q.reset();
    for (const auto& [id, owner] : running) {
      if (ownerIsGone(owner)) s.impl_->interruptAbandoned(id, owner);
    }
  }
  return s;
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;

const std::filesystem::path& Store::path() const { return impl_->path; }
int Store::supportedSchemaVersion() { return detail::latestSchemaVersion(); }
const std::string& Store::actor() const { return impl_->actor; }

int Store::schemaVersion() const {
  Statement q = impl_->conn.prepare("PRAGMA user_version");
  q.step();
  return static_cast<int>(q.columnInt(0));
}

// ---- Lab ------------------------------------------------------------------------------------

std::int64_t Store::addCustomer(const Customer& c) {
  return impl_->write([&] {
    Statement s =
        impl_->conn.prepare("INSERT INTO customers(name, address, contact) VALUES (?, ?, ?)");
    s.bind(1, c.name).bind(2, c.address).bind(3, c.contact);
    return impl_->insertAudited("customers", s, std::nullopt);
  });
}

Customer Store::customer(std::int64_t id) const {
  Statement s =
      impl_->conn.prepare("SELECT id, name, address, contact FROM customers WHERE id = ?");
  s.bind(1, id);
  if (!s.step())
    throw StoreError(K::NotFound, impl_->path.string(), "no customer " + std::to_string(id));
  return {s.columnInt(0), s.columnText(1), s.columnText(2), s.columnText(3)};
}

std::vector<Customer> Store::customers() const {
  Statement s =
      impl_->conn.prepare("SELECT id, name, address, contact FROM customers ORDER BY name, id");
  std::vector<Customer> out;
  while (s.step())
    out.push_back({s.columnInt(0), s.columnText(1), s.columnText(2), s.columnText(3)});
  return out;
}

std::optional<Customer> Store::findCustomer(const std::string& name) const {
  Statement s = impl_->conn.prepare("SELECT id FROM customers WHERE name = ? ORDER BY id LIMIT 1");
  s.bind(1, name);
  if (!s.step()) return std::nullopt;
  return customer(s.columnInt(0));
}

Customer Store::findOrAddCustomer(const std::string& name) {
  if (auto c = findCustomer(name)) return *c;
  // Looked up again inside the write lock: another program may have added it meanwhile.
  const std::int64_t id = impl_->write([&] {
    if (auto c = findCustomer(name)) return c->id;
    Statement s = impl_->conn.prepare("INSERT INTO customers(name) VALUES (?)");
    s.bind(1, name);
    return impl_->insertAudited("customers", s, std::nullopt);
  });
  return customer(id);
}

std::optional<Item> Store::findItem(const std::string& serial) const {
  Statement s = impl_->conn.prepare("SELECT id FROM items WHERE serial = ?");
  s.bind(1, serial);
  if (!s.step()) return std::nullopt;
  return item(s.columnInt(0));
}

Item Store::item(std::int64_t id) const {
  Statement s = impl_->conn.prepare(
      "SELECT id, kind, manufacturer, model, serial, customer_id, description, created_at "
      "FROM items WHERE id = ?");
  s.bind(1, id);
  if (!s.step())
    throw StoreError(K::NotFound, impl_->path.string(), "no item " + std::to_string(id));
  Item it;
  it.id = s.columnInt(0);
  it.kind = s.columnText(1);
  it.manufacturer = s.columnText(2);
  it.model = s.columnText(3);
  it.serial = s.columnText(4);
  it.customerId = s.columnOptInt(5);
  it.description = s.columnText(6);
  it.createdAt = s.columnText(7);
  Statement r = impl_->conn.prepare(
      "SELECT name, value, unit FROM item_ratings WHERE item_id = ? ORDER BY id");
  r.bind(1, id);
  while (r.step()) it.ratings.push_back({r.columnText(0), r.columnDouble(1), r.columnText(2)});
  return it;
}

Item Store::findOrCreateItem(const ItemInfo& info) {
  if (info.serial.empty())
    throw StoreError(K::Invalid, impl_->path.string(), "an item needs a serial number");
  if (auto existing = findItem(info.serial)) return *existing;
  const std::int64_t id = impl_->write([&] {
    // Looked up again inside the write lock: another program may have created it meanwhile
    // (two first runs of one item at once).
    if (auto existing = findItem(info.serial)) return existing->id;
    Statement s = impl_->conn.prepare(
        "INSERT INTO items(kind, manufacturer, model, serial, customer_id, description, "
        "created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, info.kind).bind(2, info.manufacturer).bind(3, info.model).bind(4, info.serial);
    s.bind(5, info.customerId).bind(6, info.description).bind(7, detail::utcNow());
    const std::int64_t itemId = impl_->insertAudited("items", s, std::nullopt);
    for (const Rating& r : info.ratings) {
      Statement rs = impl_->conn.prepare(
          "INSERT INTO item_ratings(item_id, name, value, unit) VALUES (?, ?, ?, ?)");
      rs.bind(1, itemId).bind(2, r.name).bind(3, r.value).bind(4, r.unit);
      impl_->insertAudited("item_ratings", rs, std::nullopt);
    }
    return itemId;
  });
  return item(id);
}

std::int64_t Store::addInstrument(const InstrumentInfo& info) {
  if (info.serial.empty())
    throw StoreError(K::Invalid, impl_->path.string(), "an instrument needs a serial number");
  return impl_->write([&] {
    if (findInstrument(info.serial))
      throw StoreError(K::Invalid, impl_->path.string(),
                       "an instrument with serial number " + info.serial + " is on record already");
    return impl_->insertInstrument(info);
  });
}

std::int64_t Store::findOrAddInstrument(const InstrumentInfo& info,
                                        const std::optional<Calibration>& firstCalibration) {
  if (info.serial.empty())
    throw StoreError(K::Invalid, impl_->path.string(), "an instrument needs a serial number");
  if (const auto id = findInstrument(info.serial)) return *id;
  if (firstCalibration) checkCalibration(*firstCalibration, impl_->path);
  // Looked up again inside the write lock: another program may have added it meanwhile.
  return impl_->write([&] {
    if (const auto id = findInstrument(info.serial)) return *id;
    const std::int64_t id = impl_->insertInstrument(info);
    if (firstCalibration) impl_->insertCalibration(id, *firstCalibration);
    return id;
  });
}

std::optional<std::int64_t> Store::findInstrument(const std::string& serial) const {
  Statement s = impl_->conn.prepare("SELECT id FROM instruments WHERE serial = ?");
  s.bind(1, serial);
  if (!s.step()) return std::nullopt;
  return s.columnInt(0);
}

std::vector<Instrument> Store::instruments() const {
  Statement s = impl_->conn.prepare(
      "SELECT id, kind, manufacturer, model, serial FROM instruments ORDER BY serial");
  std::vector<Instrument> out;
  while (s.step()) {
    Instrument i;
    i.id = s.columnInt(0);
    i.kind = s.columnText(1);
    i.manufacturer = s.columnText(2);
    i.model = s.columnText(3);
    i.serial = s.columnText(4);
    out.push_back(std::move(i));
  }
  return out;
}

std::int64_t Store::addCalibration(std::int64_t instrumentId, const Calibration& c) {
  checkCalibration(c, impl_->path);
  return impl_->write([&] { return impl_->insertCalibration(instrumentId, c); });
}

std::int64_t Store::Impl::insertInstrument(const InstrumentInfo& info) {
  Statement s = conn.prepare(
      "INSERT INTO instruments(kind, manufacturer, model, serial) VALUES (?, ?, ?, ?)");
  s.bind(1, info.kind).bind(2, info.manufacturer).bind(3, info.model).bind(4, info.serial);
  return insertAudited("instruments", s, std::nullopt);
}

std::int64_t Store::Impl::insertCalibration(std::int64_t instrumentId, const Calibration& c) {
  Statement s = conn.prepare(
      "INSERT INTO calibrations(instrument_id, certificate_no, calibrated_on, due_on, "
      "uncertainty, laboratory, u_const_um, u_per_m_um, u_k) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  s.bind(1, instrumentId).bind(2, c.certificateNo).bind(3, c.calibratedOn).bind(4, c.dueOn);
  s.bind(5, c.uncertainty).bind(6, c.laboratory);
  s.bind(7, c.uConstUm).bind(8, c.uPerMUm).bind(9, c.uK);
  return insertAudited("calibrations", s, std::nullopt);
}

std::pair<CalibrationStatus, std::optional<Calibration>> Store::calibrationOn(
    std::int64_t instrumentId, const std::string& date) const {
  Statement s = impl_->conn.prepare(
      "SELECT id, certificate_no, calibrated_on, due_on, uncertainty, laboratory, u_const_um, "
      "u_per_m_um, u_k FROM calibrations "
      "WHERE instrument_id = ? AND calibrated_on <= ? ORDER BY calibrated_on DESC, id DESC LIMIT "
      "1");
  s.bind(1, instrumentId).bind(2, date);
  if (!s.step()) return {CalibrationStatus::Missing, std::nullopt};
  Calibration c{s.columnInt(0),       s.columnText(1),      s.columnText(2),
                s.columnText(3),      s.columnText(4),      s.columnText(5),
                s.columnOptDouble(6), s.columnOptDouble(7), s.columnOptDouble(8)};
  // ISO dates compare as text.
  return {c.dueOn < date ? CalibrationStatus::Expired : CalibrationStatus::Valid, c};
}

std::int64_t Store::addStation(const std::string& name, const std::string& location) {
  return impl_->write([&] {
    Statement s = impl_->conn.prepare("INSERT INTO stations(name, location) VALUES (?, ?)");
    s.bind(1, name).bind(2, location);
    return impl_->insertAudited("stations", s, std::nullopt);
  });
}

// ---- Runs -----------------------------------------------------------------------------------

std::int64_t Store::createRun(const RunInfo& info) {
  // NaN would be stored as NULL ("not recorded") and 1e308 as itself: neither is a condition
  // a test was made in.
  if (!plausible(kPlausibleTemperatureC, info.temperatureC))
    throw StoreError(K::Invalid, impl_->path.string(),
                     "a temperature of " + std::to_string(*info.temperatureC) +
                         " °C is not plausible (-50 to 100 °C)");
  if (!plausible(kPlausibleHumidityPct, info.humidityPct))
    throw StoreError(K::Invalid, impl_->path.string(),
                     "a relative humidity of " + std::to_string(*info.humidityPct) +
                         " % is not plausible (0 to 100 %)");
  return impl_->write([&] {
    Statement s = impl_->conn.prepare(
        "INSERT INTO runs(item_id, station_id, operator, source, plan_name, plan_text, "
        "plan_sha256, "
        "status, started_at, temperature_c, humidity_pct, owner, parameters) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 'running', ?, ?, ?, ?, ?)");
    s.bind(1, info.itemId).bind(2, info.stationId);
    s.bind(3, info.operatorName.empty() ? impl_->actor : info.operatorName);
    s.bind(4, info.source).bind(5, info.planName).bind(6, info.planText);
    s.bind(7, detail::toHex(detail::digestOfBytes(info.planText)));
    s.bind(8, detail::utcNow()).bind(9, info.temperatureC).bind(10, info.humidityPct);
    s.bind(11, impl_->owner);
    if (info.parametersJson.empty()) {
      s.bindNull(12);
    } else {
      s.bind(12, info.parametersJson);
    }
    s.step();
    const std::int64_t id = impl_->conn.lastInsertRowid();
    impl_->audit.recordRow(impl_->actor, "insert", "runs", id, id);
    return id;
  });
}

Run Store::run(std::int64_t id) const {
  Statement s =
      impl_->conn.prepare("SELECT " + std::string(kRunColumns) + " FROM runs WHERE id = ?");
  s.bind(1, id);
  if (!s.step())
    throw StoreError(K::NotFound, impl_->path.string(), "no run " + std::to_string(id));
  return readRun(s);
}

std::vector<Run> Store::runs() const {
  Statement s =
      impl_->conn.prepare("SELECT " + std::string(kRunColumns) + " FROM runs ORDER BY id");
  std::vector<Run> out;
  while (s.step()) out.push_back(readRun(s));
  return out;
}

void Store::setRunStatus(std::int64_t runId, RunStatus status, const std::string& reason) {
  impl_->write([&] {
    impl_->requireOwnership(runId);
    impl_->updateStatus(runId, status, reason);
  });
}

std::optional<std::string> Store::resumeRefusal(std::int64_t runId) const {
  const Run r = run(runId);
  const std::string id = std::to_string(runId);
  switch (r.status) {
    case RunStatus::Interrupted:
      return std::nullopt;
    case RunStatus::Completed:
    case RunStatus::Aborted:
      return "run " + id + " is " + toString(r.status) + "; only an interrupted run can be resumed";
    case RunStatus::Running:
    case RunStatus::Paused:
      break;
  }
  // Left running or paused by a program that died (before a Store marked it interrupted): free.
  if (r.owner.empty() || ownerIsGone(r.owner)) return std::nullopt;
  return "run " + id + " is " + toString(r.status) + " in another program (" +
         ownerForPeople(r.owner) + "); it can be resumed once that program has ended";
}

void Store::resumeRun(std::int64_t runId, const std::string& reason) {
  // Inside the write lock the check and the take-over are one step: of programs resuming the
  // same run at once exactly one gets it, and a refusal writes nothing.
  impl_->write([&] {
    if (const auto refusal = resumeRefusal(runId))
      throw StoreError(K::Invalid, impl_->path.string(), *refusal);
    Statement s = impl_->conn.prepare(
        "UPDATE runs SET status = 'running', ended_at = NULL, owner = ? WHERE id = ?");
    s.bind(1, impl_->owner).bind(2, runId);
    s.step();
    impl_->audit.recordRow(impl_->actor, "resume", "runs", runId, runId, reason);
  });
}

void Store::setCheckpoint(std::int64_t runId, const std::string& checkpoint) {
  impl_->write([&] {
    impl_->requireOwnership(runId);
    Statement s = impl_->conn.prepare("UPDATE runs SET checkpoint = ? WHERE id = ?");
    s.bind(1, checkpoint).bind(2, runId);
    s.step();
    if (sqlite3_changes(impl_->conn.handle()) == 0) {
      throw StoreError(K::NotFound, impl_->path.string(), "no run " + std::to_string(runId));
    }
    impl_->audit.recordRow(impl_->actor, "checkpoint", "runs", runId, runId);
  });
}

CalibrationStatus Store::attachInstrument(std::int64_t runId, std::int64_t instrumentId,
                                          const std::string& role, bool overrideExpired,
                                          const std::string& reason) {
  // Plain variables, not structured bindings: Clang 14 cannot capture those in the lambda below.
  const auto inForce = calibrationOn(instrumentId, today());
  CalibrationStatus status = inForce.first;
  const std::optional<Calibration>& cal = inForce.second;
  if (status != CalibrationStatus::Valid) {
    if (!overrideExpired) {
      throw StoreError(K::Invalid, impl_->path.string(),
                       "instrument " + std::to_string(instrumentId) + " calibration is " +
                           toString(status) + "; override only with a stated reason");
    }
    status = CalibrationStatus::Overridden;
  }
  impl_->write([&] {
    impl_->requireOwnership(runId);
    Statement s = impl_->conn.prepare(
        "INSERT INTO run_instruments(run_id, instrument_id, role, calibration_id, "
        "calibration_status) "
        "VALUES (?, ?, ?, ?, ?)");
    s.bind(1, runId).bind(2, instrumentId).bind(3, role);
    s.bind(4, cal ? std::optional<std::int64_t>(cal->id) : std::nullopt).bind(5, toString(status));
    s.step();
    const std::int64_t id = impl_->conn.lastInsertRowid();
    impl_->audit.recordRow(
        impl_->actor, status == CalibrationStatus::Overridden ? "calibration override" : "insert",
        "run_instruments", id, runId, reason);
  });
  return status;
}

std::vector<RunInstrument> Store::runInstruments(std::int64_t runId) const {
  Statement s = impl_->conn.prepare(
      "SELECT ri.instrument_id, ri.role, ri.calibration_status, i.kind, i.manufacturer, i.model, "
      "i.serial, "
      "c.id, c.certificate_no, c.calibrated_on, c.due_on, c.uncertainty, c.laboratory, "
      "c.u_const_um, c.u_per_m_um, c.u_k "
      "FROM run_instruments ri JOIN instruments i ON i.id = ri.instrument_id "
      "LEFT JOIN calibrations c ON c.id = ri.calibration_id WHERE ri.run_id = ? ORDER BY ri.id");
  s.bind(1, runId);
  std::vector<RunInstrument> out;
  while (s.step()) {
    RunInstrument ri;
    ri.instrumentId = s.columnInt(0);
    ri.role = s.columnText(1);
    const std::string st = s.columnText(2);
    ri.status = calibrationStatusFromString(st);
    ri.instrument = {s.columnText(3), s.columnText(4), s.columnText(5), s.columnText(6)};
    if (!s.isNull(7)) {
      ri.calibration =
          Calibration{s.columnInt(7),        s.columnText(8),       s.columnText(9),
                      s.columnText(10),      s.columnText(11),      s.columnText(12),
                      s.columnOptDouble(13), s.columnOptDouble(14), s.columnOptDouble(15)};
    }
    out.push_back(std::move(ri));
  }
  return out;
}

void Store::addPoseMeasurements(std::int64_t runId, std::span<const PoseMeasurement> ms) {
  impl_->write([&] {
    impl_->requireOwnership(runId);
    Statement s = impl_->conn.prepare(
        "INSERT INTO pose_measurements(run_id, pose, cycle, direction, cmd_x, cmd_y, cmd_z, cmd_a, "
        "cmd_b, cmd_c, x, y, z, a, b, c, measured_at, instrument_id, series) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const std::string now = detail::utcNow();
    for (const PoseMeasurement& m : ms) {
      s.reset();
      s.bind(1, runId).bind(2, m.pose).bind(3, m.cycle).bind(4, m.direction);
      for (int k = 0; k < 3; ++k) {
        s.bind(5 + k, m.commanded.positionMm[k]).bind(8 + k, m.commanded.anglesDeg[k]);
        s.bind(11 + k, m.attained.positionMm[k]).bind(14 + k, m.attained.anglesDeg[k]);
      }
      s.bind(17, m.measuredAt.empty() ? now : m.measuredAt).bind(18, m.instrumentId);
      if (m.series.empty()) {
        s.bindNull(19);
      } else {
        s.bind(19, m.series);
      }
      impl_->insertAudited("pose_measurements", s, runId);
    }
  });
}

std::vector<PoseMeasurement> Store::poseMeasurements(std::int64_t runId) const {
  Statement s = impl_->conn.prepare(
      "SELECT pose, cycle, direction, cmd_x, cmd_y, cmd_z, cmd_a, cmd_b, cmd_c, x, y, z, a, b, c, "
      "measured_at, instrument_id, series FROM pose_measurements WHERE run_id = ? ORDER BY id");
  s.bind(1, runId);
  std::vector<PoseMeasurement> out;
  while (s.step()) {
    PoseMeasurement m;
    m.pose = s.columnText(0);
    m.cycle = static_cast<int>(s.columnInt(1));
    m.direction = static_cast<int>(s.columnInt(2));
    for (int k = 0; k < 3; ++k) {
      m.commanded.positionMm[k] = s.columnDouble(3 + k);
      m.commanded.anglesDeg[k] = s.columnDouble(6 + k);
      m.attained.positionMm[k] = s.columnDouble(9 + k);
      m.attained.anglesDeg[k] = s.columnDouble(12 + k);
    }
    m.measuredAt = s.columnText(15);
    m.instrumentId = s.columnOptInt(16);
    m.series = s.columnOptText(17).value_or("");
    out.push_back(std::move(m));
  }
  return out;
}

void Store::addResults(std::int64_t runId, std::span<const Result> results) {
  impl_->write([&] {
    impl_->requireOwnership(runId);
    if (impl_->hasResults(runId))
      throw StoreError(K::Invalid, impl_->path.string(),
                       "the results of run " + std::to_string(runId) +
                           " are stored already; a run's results are stored once");
    impl_->insertResults(runId, results);
  });
}

std::vector<Result> Store::completeRun(std::int64_t runId, std::span<const Result> rs) {
  impl_->write([&] {
    impl_->requireOwnership(runId);
    // Results already stored were computed from the same stored measurements (by a program
    // that died before the run was marked completed, in a version that stored them apart):
    // they are kept, and nothing is stored twice.
    if (!impl_->hasResults(runId)) impl_->insertResults(runId, rs);
    impl_->updateStatus(runId, RunStatus::Completed, {});
  });
  return results(runId);
}

std::int64_t Store::importRun(const ItemInfo& item, RunInfo info,
                              std::span<const PoseMeasurement> measurements,
                              std::span<const Result> results) {
  return impl_->write([&] {  // the writes below join this one transaction
    info.itemId = findOrCreateItem(item).id;
    const std::int64_t runId = createRun(info);
    addPoseMeasurements(runId, measurements);
    completeRun(runId, results);
    return runId;
  });
}

std::int64_t Store::addRunEvent(std::int64_t runId, const RunEvent& e) {
  return impl_->write([&] {
    impl_->requireOwnership(runId);
    Statement s = impl_->conn.prepare(
        "INSERT INTO run_events(run_id, at, kind, step, cycle, test_hours, detail) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, runId).bind(2, e.at.empty() ? detail::utcNow() : e.at).bind(3, e.kind);
    s.bind(4, e.step).bind(5, e.cycle).bind(6, e.testHours).bind(7, e.detail);
    return impl_->insertAudited("run_events", s, runId);
  });
}

std::vector<RunEvent> Store::runEvents(std::int64_t runId) const {
  Statement s = impl_->conn.prepare(
      "SELECT id, at, kind, step, cycle, test_hours, detail FROM run_events WHERE run_id = ? "
      "ORDER BY id");
  s.bind(1, runId);
  std::vector<RunEvent> out;
  while (s.step()) {
    out.push_back({s.columnInt(0), s.columnText(1), s.columnText(2), s.columnText(3),
                   s.columnOptInt(4), s.columnOptDouble(5), s.columnText(6)});
  }
  return out;
}

std::vector<Result> Store::results(std::int64_t runId) const {
  Statement s = impl_->conn.prepare(
      "SELECT characteristic, subject, value, unit, expanded_uncertainty, coverage_k, limit_value, "
      "verdict, origin FROM results WHERE run_id = ? ORDER BY id");
  s.bind(1, runId);
  std::vector<Result> out;
  while (s.step()) {
    out.push_back({s.columnText(0), s.columnText(1), s.columnDouble(2), s.columnText(3),
                   s.columnOptDouble(4), s.columnOptDouble(5), s.columnOptDouble(6),
                   s.columnText(7), s.columnOptText(8).value_or("")});
  }
  return out;
}

std::int64_t Store::createStream(std::int64_t runId, const std::string& name,
                                 const std::vector<Channel>& channels,
                                 std::optional<double> nominalRateHz,
                                 std::optional<std::int64_t> instrumentId) {
  if (channels.empty())
    throw StoreError(K::Invalid, impl_->path.string(), "a stream needs at least one channel");
  for (const Channel& c : channels) {
    if (c.name.find_first_of(",[]") != std::string::npos ||
        c.unit.find_first_of(",[]") != std::string::npos) {
      throw StoreError(K::Invalid, impl_->path.string(),
                       "channel names and units cannot contain , [ or ]");
    }
  }
  const std::string spec = formatChannelSpec(channels);
  return impl_->write([&] {
    impl_->requireOwnership(runId);
    Statement s = impl_->conn.prepare(
        "INSERT INTO streams(run_id, name, channels, nominal_rate_hz, instrument_id) VALUES (?, ?, "
        "?, ?, ?)");
    s.bind(1, runId).bind(2, name).bind(3, spec).bind(4, nominalRateHz).bind(5, instrumentId);
    return impl_->insertAudited("streams", s, runId);
  });
}

std::vector<StreamInfo> Store::streams(std::int64_t runId) const {
  // Chunk counts and time bounds come from the chunk rows' own columns: no blob is read.
  Statement s = impl_->conn.prepare(
      "SELECT s.id, s.name, s.channels, s.nominal_rate_hz, s.instrument_id, "
      "coalesce(sum(c.count), 0), min(c.t_first_ns), max(c.t_last_ns) "
      "FROM streams s LEFT JOIN stream_chunks c ON c.stream_id = s.id "
      "WHERE s.run_id = ? GROUP BY s.id ORDER BY s.id");
  s.bind(1, runId);
  std::vector<StreamInfo> out;
  while (s.step()) {
    StreamInfo i;
    i.id = s.columnInt(0);
    i.name = s.columnText(1);
    i.channels = parseChannelSpec(s.columnText(2));
    i.nominalRateHz = s.columnOptDouble(3);
    i.instrumentId = s.columnOptInt(4);
    i.samples = s.columnInt(5);
    i.tFirstNs = s.columnOptInt(6);
    i.tLastNs = s.columnOptInt(7);
    out.push_back(std::move(i));
  }
  return out;
}

// ---- Audit ----------------------------------------------------------------------------------

std::vector<AuditRecord> Store::auditTrail(std::optional<std::int64_t> runId) const {
  Statement s = impl_->conn.prepare(runId ? "SELECT id, at, actor, action, tbl, row_id, run_id, "
                                            "detail, hash FROM audit WHERE run_id = ? ORDER BY id"
                                          : "SELECT id, at, actor, action, tbl, row_id, run_id, "
                                            "detail, hash FROM audit ORDER BY id");
  if (runId) s.bind(1, *runId);
  std::vector<AuditRecord> out;
  while (s.step()) {
    AuditRecord r{s.columnInt(0),    s.columnText(1), s.columnText(2),
                  s.columnText(3),   s.columnText(4), s.columnInt(5),
                  s.columnOptInt(6), s.columnText(7), {}};
    detail::Digest d{};
    const auto b = s.columnBlob(8);
    std::copy_n(reinterpret_cast<const std::uint8_t*>(b.data()), std::min(b.size(), d.size()),
                d.begin());
    r.hashHex = detail::toHex(d);
    out.push_back(std::move(r));
  }
  return out;
}

namespace {

// The audit chain recomputed and every audited row compared with its last entry.
VerifyReport checkAuditTrail(const detail::Connection& c) {
  using P = VerifyReport::Problem;
  VerifyReport rep;
  auto fail = [&](P p, std::string table, std::int64_t row) {
    rep.intact = false;
    rep.problem = p;
    rep.table = std::move(table);
    rep.rowId = row;
    return rep;
  };
  // 1. The chain: consecutive ids, each hash recomputed from its predecessor.
  std::map<std::pair<std::string, std::int64_t>, detail::Digest> latest;  // last digest per row
  Statement a = c.prepare(
      "SELECT id, at, actor, action, tbl, row_id, run_id, detail, payload_sha256, hash FROM audit "
      "ORDER BY id");
  detail::Digest prev{};
  std::int64_t expectedId = 1;
  while (a.step()) {
    detail::AuditEntry e;
    e.id = a.columnInt(0);
    e.at = a.columnText(1);
    e.actor = a.columnText(2);
    e.action = a.columnText(3);
    e.table = a.columnText(4);
    e.rowId = a.columnInt(5);
    e.runId = a.columnOptInt(6);
    e.detail = a.columnText(7);
    const auto payload = a.columnBlob(8);
    const auto hash = a.columnBlob(9);
    if (e.id != expectedId) return fail(P::EntryMissing, "audit", expectedId);
    if (payload.size() != e.payload.size() || hash.size() != e.hash.size()) {
      return fail(P::EntryAltered, "audit", e.id);
    }
    std::memcpy(e.payload.data(), payload.data(), payload.size());
    std::memcpy(e.hash.data(), hash.data(), hash.size());
    if (detail::chainHash(prev, e) != e.hash) return fail(P::EntryAltered, "audit", e.id);
    if (!e.table.empty()) latest[{e.table, e.rowId}] = e.payload;
    prev = e.hash;
    ++expectedId;
    ++rep.entriesChecked;
  }
  // 2. Every audited table, row by row in rowid order: each row must have an entry and match it.
  for (std::string_view table : detail::auditedTables()) {
    Statement rows = c.prepare("SELECT rowid, * FROM " + std::string(table) + " ORDER BY rowid");
    Statement one = c.prepare("SELECT * FROM " + std::string(table) + " WHERE rowid = ?");
    std::int64_t seen = 0;
    while (rows.step()) {
      const std::int64_t rowid = rows.columnInt(0);
      auto it = latest.find({std::string(table), rowid});
      if (it == latest.end()) return fail(P::RowInserted, std::string(table), rowid);
      one.reset();
      one.bind(1, rowid);
      one.step();
      if (detail::rowDigest(table, rowid, one) != it->second)
        return fail(P::RowChanged, std::string(table), rowid);
      latest.erase(it);
      ++seen;
      ++rep.rowsChecked;
    }
    (void)seen;
  }
  // 3. Entries whose row is gone.
  if (!latest.empty()) {
    const auto& [key, digest] = *latest.begin();
    return fail(P::RowDeleted, key.first, key.second);
  }
  return rep;
}

}  // namespace

VerifyReport Store::verify() const {
  // One snapshot for the file check, the chain and the tables, so a writer committing meanwhile
  // cannot look like tampering.
  detail::ReadSnapshot snapshot(impl_->conn);
  // SQLite's own check first: rows read from damaged pages would prove nothing.
  std::optional<detail::FileDamage> damage = detail::checkFile(impl_->conn);
  if (!damage) {
    try {
      return checkAuditTrail(impl_->conn);
    } catch (const StoreError& e) {
      if (e.kind() != K::Damaged) throw;
      damage = detail::FileDamage{{}, {}, {e.detail()}};
    }
  }
  VerifyReport rep;
  rep.intact = false;
  rep.problem = VerifyReport::Problem::FileDamaged;
  if (!damage->names.empty()) rep.table = damage->names.front();
  rep.damaged = std::move(damage->objects);
  rep.findings = std::move(damage->findings);
  return rep;
}

// ---- Maintenance ----------------------------------------------------------------------------

void Store::backupTo(const std::filesystem::path& target, const BackupProgress& progress) const {
  if (std::filesystem::exists(target)) {
    throw StoreError(K::Invalid, target.string(), "already exists; a backup never overwrites");
  }
  // Written under a temporary name beside target (one file system, so the rename is atomic) and
  // renamed only when complete and on disk: a file under the target's name is always whole.
  TempFile temp = TempFile::beside(target, impl_->path);
  try {
    {
      detail::Connection dest(temp.path(), SQLITE_OPEN_READWRITE);
      sqlite3_backup* b = sqlite3_backup_init(dest.handle(), "main", impl_->conn.handle(), "main");
      if (b == nullptr) {
        detail::throwSqlite(sqlite3_errcode(dest.handle()), dest.handle(), target.string());
      }
      int rc = SQLITE_OK;
      do {
        rc = sqlite3_backup_step(b, 1024);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(10);
        if (progress && (rc == SQLITE_OK || rc == SQLITE_DONE)) {
          const int all = sqlite3_backup_pagecount(b);
          progress(all - sqlite3_backup_remaining(b), all);
        }
      } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
      sqlite3_backup_finish(b);
      if (rc != SQLITE_DONE) detail::throwSqlite(rc, dest.handle(), target.string());
      // A backup is an archive: one self-contained file, readable from read-only media (a WAL
      // database needs a writable folder even to be read).
      dest.exec("PRAGMA journal_mode = DELETE");
    }
    temp.commitAs(target);
  } catch (...) {
    temp.remove();  // no half copy left to be mistaken for a backup
    throw;
  }
}

Store::Info Store::info() const {
  Info i;
  i.schemaVersion = schemaVersion();
  std::error_code ec;
  const auto size = std::filesystem::file_size(impl_->path, ec);
  i.fileBytes = ec ? 0 : static_cast<std::int64_t>(size);
  auto count = [&](const char* table) {
    Statement s = impl_->conn.prepare(std::string("SELECT count(*) FROM ") + table);
    s.step();
    return s.columnInt(0);
  };
  i.items = count("items");
  i.instruments = count("instruments");
  i.runs = count("runs");
  i.poseMeasurements = count("pose_measurements");
  i.results = count("results");
  i.streams = count("streams");
  i.streamChunks = count("stream_chunks");
  i.auditEntries = count("audit");
  return i;
}

std::string toString(RunStatus s) {
  switch (s) {
    case RunStatus::Running:
      return "running";
    case RunStatus::Paused:
      return "paused";
    case RunStatus::Aborted:
      return "aborted";
    case RunStatus::Completed:
      return "completed";
    case RunStatus::Interrupted:
      return "interrupted";
  }
  return "interrupted";
}

std::optional<RunStatus> runStatusFromString(const std::string& s) {
  for (RunStatus r : {RunStatus::Running, RunStatus::Paused, RunStatus::Aborted,
                      RunStatus::Completed, RunStatus::Interrupted}) {
    if (toString(r) == s) return r;
  }
  return std::nullopt;
}

CalibrationStatus calibrationStatusFromString(const std::string& s) {
  for (CalibrationStatus c :
       {CalibrationStatus::Valid, CalibrationStatus::Expired, CalibrationStatus::Overridden}) {
    if (toString(c) == s) return c;
  }
  return CalibrationStatus::Missing;
}

std::string toString(CalibrationStatus s) {
  switch (s) {
    case CalibrationStatus::Valid:
      return "valid";
    case CalibrationStatus::Expired:
      return "expired";
    case CalibrationStatus::Missing:
      return "missing";
    case CalibrationStatus::Overridden:
      return "overridden";
  }
  return "missing";
}

}  // namespace robocert::store
