#include "schema.hpp"

#include <array>
#include <string>

namespace robocert::store::detail {
namespace {

// STRICT tables: SQLite refuses a value of the wrong type instead of converting it, so what the
// audit trail digests is exactly what was meant to be stored.
constexpr std::string_view kV1 = R"sql(
CREATE TABLE customers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  address TEXT NOT NULL DEFAULT '',
  contact TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE items (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,            -- industrial_robot, reducer, servo_drive, encoder, force_sensor, ...
  manufacturer TEXT NOT NULL DEFAULT '',
  model TEXT NOT NULL DEFAULT '',
  serial TEXT NOT NULL UNIQUE CHECK (serial <> ''),
  customer_id INTEGER REFERENCES customers(id),
  description TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
) STRICT;

-- Rated values of an item: rated load, rated velocity, rated torque, ratio, ...
CREATE TABLE item_ratings (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES items(id),
  name TEXT NOT NULL,
  value REAL NOT NULL,
  unit TEXT NOT NULL,
  UNIQUE (item_id, name)
) STRICT;

CREATE TABLE instruments (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,            -- laser_tracker, torque_sensor, encoder, ...
  manufacturer TEXT NOT NULL DEFAULT '',
  model TEXT NOT NULL DEFAULT '',
  serial TEXT NOT NULL UNIQUE CHECK (serial <> '')
) STRICT;

CREATE TABLE calibrations (
  id INTEGER PRIMARY KEY,
  instrument_id INTEGER NOT NULL REFERENCES instruments(id),
  certificate_no TEXT NOT NULL,
  calibrated_on TEXT NOT NULL,   -- YYYY-MM-DD
  due_on TEXT NOT NULL,          -- YYYY-MM-DD
  uncertainty TEXT NOT NULL DEFAULT '',  -- as stated on the certificate, e.g. "U = 15 µm + 6 µm/m (k = 2)"
  laboratory TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX calibrations_by_instrument ON calibrations(instrument_id, due_on);

CREATE TABLE stations (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  location TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  login TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL DEFAULT 'operator'
) STRICT;

CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES items(id),
  station_id INTEGER REFERENCES stations(id),
  operator TEXT NOT NULL,
  source TEXT NOT NULL,          -- live, offline-import, bench
  plan_name TEXT NOT NULL DEFAULT '',
  plan_text TEXT NOT NULL,       -- verbatim as executed
  plan_sha256 TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('running', 'paused', 'aborted', 'completed', 'interrupted')),
  started_at TEXT NOT NULL,
  ended_at TEXT,
  temperature_c REAL,
  humidity_pct REAL,
  checkpoint TEXT NOT NULL DEFAULT '',
  owner TEXT NOT NULL DEFAULT ''   -- host:pid:start of the process writing a running run
) STRICT;

CREATE TABLE run_instruments (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs(id),
  instrument_id INTEGER NOT NULL REFERENCES instruments(id),
  role TEXT NOT NULL,
  calibration_id INTEGER REFERENCES calibrations(id),
  calibration_status TEXT NOT NULL CHECK (calibration_status IN ('valid', 'expired', 'missing', 'overridden')),
  UNIQUE (run_id, role)
) STRICT;

-- One attained pose per row; positions mm, angles a, b, c about X, Y, Z in degrees.
CREATE TABLE pose_measurements (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs(id),
  pose TEXT NOT NULL,
  cycle INTEGER NOT NULL,
  direction INTEGER NOT NULL,
  cmd_x REAL NOT NULL, cmd_y REAL NOT NULL, cmd_z REAL NOT NULL,
  cmd_a REAL NOT NULL, cmd_b REAL NOT NULL, cmd_c REAL NOT NULL,
  x REAL NOT NULL, y REAL NOT NULL, z REAL NOT NULL,
  a REAL NOT NULL, b REAL NOT NULL, c REAL NOT NULL,
  measured_at TEXT NOT NULL,
  instrument_id INTEGER REFERENCES instruments(id),
  UNIQUE (run_id, pose, direction, cycle)
) STRICT;

CREATE TABLE results (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs(id),
  characteristic TEXT NOT NULL,  -- AP_P, RP_l, AD_x, MTBF, ...
  subject TEXT NOT NULL DEFAULT '',  -- what it is of: "P1 dir 1", "P2-P4", ...
  value REAL NOT NULL,
  unit TEXT NOT NULL,
  expanded_uncertainty REAL,
  coverage_k REAL,
  limit_value REAL,
  verdict TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX results_by_run ON results(run_id);

-- A high-rate stream: timestamped samples of one or more channels, stored in chunks.
CREATE TABLE streams (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs(id),
  name TEXT NOT NULL,
  channels TEXT NOT NULL,        -- "name[unit],name[unit],..."
  nominal_rate_hz REAL,
  instrument_id INTEGER REFERENCES instruments(id),
  UNIQUE (run_id, name)
) STRICT;

-- Columnar block of `count` samples: count int64 timestamps (ns), then count doubles per channel,
-- all little-endian.
CREATE TABLE stream_chunks (
  id INTEGER PRIMARY KEY,
  stream_id INTEGER NOT NULL REFERENCES streams(id),
  seq INTEGER NOT NULL,
  t_first_ns INTEGER NOT NULL,
  t_last_ns INTEGER NOT NULL,
  count INTEGER NOT NULL,
  data BLOB NOT NULL,
  UNIQUE (stream_id, seq)
) STRICT;
CREATE INDEX stream_chunks_by_time ON stream_chunks(stream_id, t_last_ns);

-- The hash chain; see lib/store/src/audit.hpp.
CREATE TABLE audit (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  tbl TEXT NOT NULL,
  row_id INTEGER NOT NULL,
  run_id INTEGER,
  detail TEXT NOT NULL,
  payload_sha256 BLOB NOT NULL,
  hash BLOB NOT NULL
) STRICT;
CREATE INDEX audit_by_row ON audit(tbl, row_id);
CREATE INDEX audit_by_run ON audit(run_id);
)sql";

// Version 2: the run engine. A pose measurement belongs to a series (the procedure step and the
// speed it was taken at, e.g. "pose_cycles/v100"); a run keeps the plan parameters it ran with and
// a log of events (failures, pauses, reconnections, operator prompts). Columns added to an
// existing table are nullable and appended last: the audit digest leaves such a column out while
// it is NULL (audit.cpp, kV1ColumnCounts), so rows written under version 1 verify unchanged.
constexpr std::string_view kV2 = R"sql(
ALTER TABLE runs ADD COLUMN parameters TEXT;  -- JSON object of the resolved plan parameters

CREATE TABLE pose_measurements_v2 (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs(id),
  pose TEXT NOT NULL,
  cycle INTEGER NOT NULL,
  direction INTEGER NOT NULL,
  cmd_x REAL NOT NULL, cmd_y REAL NOT NULL, cmd_z REAL NOT NULL,
  cmd_a REAL NOT NULL, cmd_b REAL NOT NULL, cmd_c REAL NOT NULL,
  x REAL NOT NULL, y REAL NOT NULL, z REAL NOT NULL,
  a REAL NOT NULL, b REAL NOT NULL, c REAL NOT NULL,
  measured_at TEXT NOT NULL,
  instrument_id INTEGER REFERENCES instruments(id),
  series TEXT CHECK (series <> '')  -- NULL: the run's only series (imported tables)
) STRICT;
INSERT INTO pose_measurements_v2 SELECT *, NULL FROM pose_measurements;
DROP TABLE pose_measurements;
ALTER TABLE pose_measurements_v2 RENAME TO pose_measurements;
CREATE UNIQUE INDEX pose_measurements_unique
  ON pose_measurements(run_id, coalesce(series, ''), pose, direction, cycle);

-- What happened during a run besides measurements: failure events of an endurance test, pauses
-- and resumptions with their reason, reconnections, operator confirmations.
CREATE TABLE run_events (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs(id),
  at TEXT NOT NULL,                -- UTC ISO 8601
  kind TEXT NOT NULL,              -- failure, pause, resume, reconnect, prompt, note, ...
  step TEXT NOT NULL DEFAULT '',   -- the plan step it happened in
  cycle INTEGER,                   -- endurance and pose cycles: which one
  test_hours REAL,                 -- endurance: accumulated test time at the event, h
  detail TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX run_events_by_run ON run_events(run_id);
)sql";

// Version 3: reports. Users get a password hash (their role says what they may do); the lab has
// a profile for the letterhead; a calibration's expanded uncertainty can be stored as numbers
// for the uncertainty budgets; every report revision and every file issued of it is recorded.
// Columns added to existing tables are nullable and appended last (see version 2).
constexpr std::string_view kV3 = R"sql(
-- "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>"; NULL: cannot sign in.
ALTER TABLE users ADD COLUMN password_hash TEXT CHECK (password_hash LIKE 'pbkdf2-sha256$%');

-- U = u_const_um + u_per_m_um * L (L in m, U in µm) at coverage factor u_k.
ALTER TABLE calibrations ADD COLUMN u_const_um REAL CHECK (u_const_um >= 0);
ALTER TABLE calibrations ADD COLUMN u_per_m_um REAL CHECK (u_per_m_um >= 0);
ALTER TABLE calibrations ADD COLUMN u_k REAL CHECK (u_k > 0);

CREATE TABLE lab_profile (
  id INTEGER PRIMARY KEY CHECK (id = 1),  -- one lab per database
  name TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  accreditation TEXT NOT NULL DEFAULT '',
  logo_path TEXT NOT NULL DEFAULT '',
  location TEXT NOT NULL DEFAULT ''       -- where the work is done, unless a station says
) STRICT;

-- One row per report revision. Number and revision identify it; an amendment is a new revision
-- naming the one it replaces. content_json, its hash and the audit head are set at approval.
CREATE TABLE reports (
  id INTEGER PRIMARY KEY,
  number TEXT NOT NULL CHECK (number <> ''),  -- RC-2026-000012
  revision INTEGER NOT NULL CHECK (revision >= 0),
  run_id INTEGER NOT NULL REFERENCES runs(id),
  replaces_id INTEGER REFERENCES reports(id),
  amendment_reason TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('draft', 'approved')),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  approved_at TEXT,
  approved_by TEXT,
  content_json TEXT,
  content_sha256 TEXT,
  audit_head_id INTEGER,
  audit_head_hash TEXT,
  UNIQUE (number, revision),
  CHECK (status = 'draft' OR (approved_at IS NOT NULL AND approved_by IS NOT NULL AND
                              content_json IS NOT NULL AND content_sha256 IS NOT NULL AND
                              audit_head_id IS NOT NULL AND audit_head_hash IS NOT NULL))
) STRICT;
CREATE INDEX reports_by_run ON reports(run_id);
-- RoboCert never changes an approved revision nor deletes a report; these make a slip in its own
-- code fail loudly. (They do not stop someone who edits the file: the audit trail shows that.)
CREATE TRIGGER reports_approved_are_final BEFORE UPDATE ON reports WHEN OLD.status = 'approved'
BEGIN SELECT RAISE(ABORT, 'an approved report is never changed'); END;
CREATE TRIGGER reports_are_kept BEFORE DELETE ON reports
BEGIN SELECT RAISE(ABORT, 'reports are never deleted'); END;

-- Each file of a report handed out: its bytes' SHA-256 identifies it (report verify).
CREATE TABLE issued_files (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(id),
  format TEXT NOT NULL CHECK (format IN ('pdf', 'html', 'json')),
  language TEXT NOT NULL CHECK (language IN ('en', 'zh', 'both')),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),  -- hex, lower case
  file_name TEXT NOT NULL DEFAULT '',
  issued_at TEXT NOT NULL,
  issued_by TEXT NOT NULL
) STRICT;
CREATE INDEX issued_files_by_sha256 ON issued_files(sha256);
CREATE INDEX issued_files_by_report ON issued_files(report_id);
CREATE TRIGGER issued_files_are_final BEFORE UPDATE ON issued_files
BEGIN SELECT RAISE(ABORT, 'an issued file record is never changed'); END;
CREATE TRIGGER issued_files_are_kept BEFORE DELETE ON issued_files
BEGIN SELECT RAISE(ABORT, 'issued file records are never deleted'); END;
)sql";

// Version 4 (issue 11, hardening):
// - where a result comes from: NULL, a built-in procedure of RoboCert computed it from the stored
//   measurements; 'script', a script step computed and recorded it (the plan's criteria apply to
//   it only when they say so, and reports label it). Nullable and appended last (see version 2).
// - results are stored while their run runs, together with its completion (Store::completeRun):
//   never added to a run that has ended, whoever writes the file. (The store also refuses to add
//   results to a run that has results already.)
// - approval signatures. Each approver has an Ed25519 key pair; the private key is kept encrypted
//   by the approver's password (store/signing.hpp), the public key for ever (a retired key signs
//   no more, but what it signed stays verifiable). An approved revision stores the signature and
//   the fingerprint of the key that made it. Columns added to reports are nullable and appended
//   last (see version 2).
constexpr std::string_view kV4 = R"sql(
ALTER TABLE results ADD COLUMN origin TEXT CHECK (origin IN ('script'));
CREATE TRIGGER results_of_running_runs BEFORE INSERT ON results
WHEN (SELECT status FROM runs WHERE id = NEW.run_id) IS NOT 'running'
BEGIN SELECT RAISE(ABORT, 'results are stored only while their run is running'); END;

CREATE TABLE user_keys (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  fingerprint TEXT NOT NULL UNIQUE CHECK (length(fingerprint) = 64),  -- SHA-256 of the raw key, hex
  public_key TEXT NOT NULL CHECK (public_key LIKE '-----BEGIN PUBLIC KEY-----%'),
  private_key TEXT,   -- encrypted PKCS#8 PEM (scrypt, AES-256-CBC); NULL once retired
  created_at TEXT NOT NULL,
  retired_at TEXT
) STRICT;
CREATE INDEX user_keys_by_user ON user_keys(user_id);
CREATE TRIGGER user_keys_public_part_is_final BEFORE UPDATE OF user_id, fingerprint, public_key,
  created_at ON user_keys
BEGIN SELECT RAISE(ABORT, 'a public key is never changed'); END;
CREATE TRIGGER user_keys_are_kept BEFORE DELETE ON user_keys
BEGIN SELECT RAISE(ABORT, 'keys are never deleted'); END;

ALTER TABLE reports ADD COLUMN signer_fingerprint TEXT;  -- set at approval, with signature
ALTER TABLE reports ADD COLUMN signature TEXT;           -- base64 Ed25519 signature
)sql";

constexpr std::array<std::string_view, 4> kMigrations{kV1, kV2, kV3, kV4};

constexpr std::array<std::string_view, 18> kAudited{
    "customers", "items",        "item_ratings",  "instruments",     "calibrations",
    "stations",  "users",        "runs",          "run_instruments", "pose_measurements",
    "results",   "streams",      "stream_chunks", "run_events",      "lab_profile",
    "reports",   "issued_files", "user_keys"};

}  // namespace

std::span<const std::string_view> migrations() { return kMigrations; }
std::span<const std::string_view> auditedTables() { return kAudited; }

void migrate(Connection& c, int target) {
  Statement v = c.prepare("PRAGMA user_version");
  const auto stored = [&] {
    v.step();
    const int version = static_cast<int>(v.columnInt(0));
    v.reset();
    return version;
  };
  if (stored() >= target) return;
  for (;;) {
    // Read again inside the write lock: of programs opening a new database at once, each applies
    // a migration only if no other one has applied it meanwhile.
    Transaction t(c);
    const int version = stored();
    if (version >= target) return;
    c.exec(migrations()[static_cast<std::size_t>(version)]);
    c.exec("PRAGMA user_version = " + std::to_string(version + 1));
    if (version == 0) c.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    t.commit();
  }
}

}  // namespace robocert::store::detail
