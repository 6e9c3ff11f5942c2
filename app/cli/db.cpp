// robocert db init|verify|backup|info|export and robocert import pose: the lab database.

#include "db.hpp"

#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QString>
#include <array>
#include <charconv>
#include <filesystem>
#include <functional>
#include <iostream>
#include <limits>
#include <map>
#include <memory>
#include <optional>

#include "analyze.hpp"
#include "db_path.hpp"
#include "messages.hpp"
#include "robocert/formats/pose_csv.hpp"
#include "robocert/metrology/iso9283.hpp"
#include "robocert/store/import_record.hpp"
#include "robocert/store/store.hpp"
#include "text_table.hpp"

namespace robocert::cli {
namespace {

namespace fs = std::filesystem;
namespace m = robocert::metrology;
namespace st = robocert::store;

class Db {
  Q_DECLARE_TR_FUNCTIONS(Db)
};

QString q(const std::string& text) { return QString::fromStdString(text); }
QString q(const fs::path& path) { return QString::fromStdString(path.string()); }

struct Options {
  std::string db;
  std::string to;        // backup target
  std::int64_t run = 0;  // export
  std::string format;    // empty: the command's default
  std::string out;
  std::string file, item, maker, model;  // import pose
};

struct NoDatabase {
  fs::path path;
};

// Every command's store work: a StoreError becomes its one translated message and exit 2.
int guarded(const std::function<int()>& body) {
  try {
    return body();
  } catch (const st::StoreError& e) {
    fail(describe(e));
  } catch (const NoDatabase& e) {
    fail(Db::tr("%1: no lab database here; create one with robocert db init or name another "
                "with --db")
             .arg(q(e.path)));
  }
  return kExitBadInput;
}

// Commands that only read never create a database: a mistyped --db would otherwise leave an
// empty file behind and report on nothing.
st::Store openExisting(const fs::path& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) throw NoDatabase{path};
  return st::Store::open(path, st::Store::Mode::ReadOnly);
}

// Shortest text that reads back as the same double, so exported numbers round-trip exactly.
QString number(double v) {
  std::array<char, 32> buf{};
  const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v);
  return QString::fromLatin1(buf.data(), r.ptr - buf.data());
}

// RFC 4180 quoting where needed; also for surrounding blanks and a leading '#', which the pose
// CSV reader would otherwise trim or take for a comment line.
QString csvField(const QString& f) {
  const bool quote = f.contains(u',') || f.contains(u'"') || f.contains(u'\n') ||
                     f.contains(u'\r') || f.startsWith(u'#') ||
                     (!f.isEmpty() && (f.front().isSpace() || f.back().isSpace()));
  return quote ? u'"' + QString(f).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"' : f;
}

QByteArray csv(const std::vector<QStringList>& rows) {
  QString out;
  for (const QStringList& row : rows) {
    QStringList fields;
    for (const QString& f : row) fields << csvField(f);
    out += fields.join(u',') + u'\n';
  }
  return out.toUtf8();
}

// QSaveFile: a file is replaced whole or not at all, even if the process dies while writing.
bool writeFile(const QString& path, const QByteArray& bytes) {
  QSaveFile f(path);
  if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
    fail(Db::tr("%1: cannot be written (%2)").arg(path, f.errorString()));
    return false;
  }
  return true;
}

// ---- db init / info / verify / backup --------------------------------------------------------

int runInit(const Options& o) {
  const fs::path path = databasePath(o.db);
  return guarded([&] {
    const st::Store store = st::Store::open(path);
    std::cout
        << s(Db::tr("%1: lab database, schema version %2").arg(q(path)).arg(store.schemaVersion()))
        << '\n';
    return kExitOk;
  });
}

int runInfo(const Options& o) {
  const fs::path path = databasePath(o.db);
  return guarded([&] {
    const st::Store store = openExisting(path);
    const st::Store::Info i = store.info();
    QString out = Db::tr("Lab database: %1").arg(q(path)) + u'\n';
    out += Db::tr("Schema version: %1").arg(i.schemaVersion) + u'\n';
    out += Db::tr("File size: %1 bytes").arg(i.fileBytes) + QStringLiteral("\n\n");
    TextTable counts({Db::tr("Records"), Db::tr("Count")}, 1);
    const std::pair<QString, std::int64_t> rows[] = {
        {Db::tr("Items"), i.items},
        {Db::tr("Instruments"), i.instruments},
        {Db::tr("Runs"), i.runs},
        {Db::tr("Pose measurements"), i.poseMeasurements},
        {Db::tr("Results"), i.results},
        {Db::tr("Streams"), i.streams},
        {Db::tr("Stream chunks"), i.streamChunks},
        {Db::tr("Audit entries"), i.auditEntries}};
    for (const auto& [name, n] : rows) counts.addRow({name, QString::number(n)});
    out += counts.render() + u'\n';
    const std::vector<st::Run> runs = store.runs();
    if (runs.empty()) {
      out += Db::tr("No runs yet.") + u'\n';
    } else {
      TextTable table({Db::tr("Run"), Db::tr("Item"), Db::tr("Source"), Db::tr("Status"),
                       Db::tr("Started (UTC)")},
                      5);
      std::map<std::int64_t, std::string> serials;  // one lookup per item, not per run
      for (const st::Run& r : runs) {
        auto [it, added] = serials.try_emplace(r.itemId);
        if (added) it->second = store.item(r.itemId).serial;
        table.addRow({QString::number(r.id), q(it->second), q(r.source), q(st::toString(r.status)),
                      q(r.startedAt)});
      }
      out += table.render();
    }
    std::cout << s(out);
    return kExitOk;
  });
}

// The tables and indexes SQLite found damaged, with its first finding, and what to do.
QString damageText(const st::VerifyReport& r) {
  QStringList names;
  for (const std::string& n : r.damaged) names << printable(q(n));
  const QString finding = r.findings.empty() ? QString() : printable(q(r.findings.front()));
  const QString what = names.isEmpty() ? Db::tr("the file is damaged (SQLite: %1)").arg(finding)
                                       : Db::tr("the file is damaged in %1 (SQLite: %2)")
                                             .arg(names.join(QStringLiteral(", ")), finding);
  return what + QStringLiteral("; ") +
         Db::tr(
             "keep this file for investigation and restore the last copy made with robocert "
             "db backup");
}

QString problemText(const st::VerifyReport& r) {
  using P = st::VerifyReport::Problem;
  const QString table = q(r.table);
  switch (r.problem) {
    case P::RowChanged:
      return Db::tr("%1 row %2 was changed after it was recorded").arg(table).arg(r.rowId);
    case P::RowDeleted:
      return Db::tr("%1 row %2 was deleted after it was recorded").arg(table).arg(r.rowId);
    case P::RowInserted:
      return Db::tr("%1 row %2 was added without an audit entry").arg(table).arg(r.rowId);
    case P::EntryAltered:
      return Db::tr("%1 row %2 was altered: the audit trail no longer matches itself")
          .arg(table)
          .arg(r.rowId);
    case P::EntryMissing:
      return Db::tr("%1 row %2 is missing: an audit entry was deleted").arg(table).arg(r.rowId);
    case P::FileDamaged:
      return damageText(r);
    case P::None:
      break;
  }
  return Db::tr("the audit trail does not match the stored rows");
}

int runVerify(const Options& o) {
  const fs::path path = databasePath(o.db);
  return guarded([&] {
    std::optional<st::Store> opened;
    try {
      opened = openExisting(path);
    } catch (const st::StoreError& e) {
      if (e.kind() != st::StoreError::Kind::Damaged) throw;
      // Finding damage is what verify is for: exit 1, like any other finding.
      st::VerifyReport damaged;
      damaged.findings.push_back(e.detail());
      fail(q(path) + QStringLiteral(": ") + damageText(damaged));
      return kExitFailure;
    }
    const st::Store& store = *opened;
    const st::VerifyReport r = store.verify();
    if (!r.intact) {
      fail(q(path) + QStringLiteral(": ") + problemText(r));
      return kExitFailure;
    }
    std::cout << s(Db::tr("%1: intact; %2 audit entries and %3 rows checked")
                       .arg(q(path))
                       .arg(r.entriesChecked)
                       .arg(r.rowsChecked))
              << '\n';
    // The last checked entry's hash, written down elsewhere (a report, a log book), later shows
    // whether entries were cut from the end together with their rows, which the chain cannot.
    // Entry ids are consecutive from 1, so the last one checked has id entriesChecked.
    const auto last = static_cast<std::int64_t>(r.entriesChecked);
    for (const st::AuditRecord& a : store.auditTrail()) {
      if (a.id == last) {
        std::cout << s(Db::tr("Last audit entry %1: %2").arg(a.id).arg(q(a.hashHex))) << '\n';
      }
    }
    return kExitOk;
  });
}

int runBackup(const Options& o) {
  const fs::path path = databasePath(o.db);
  return guarded([&] {
    openExisting(path).backupTo(o.to);
    std::cout << s(Db::tr("%1: backed up to %2").arg(q(path), q(o.to))) << '\n';
    return kExitOk;
  });
}

// ---- import pose -----------------------------------------------------------------------------

// One result per characteristic, pose and direction (subject "P1 dir 1"), and vAP per pose.
std::vector<st::Result> resultsOf(const m::PoseAnalysis& a) {
  std::vector<st::Result> out;
  auto add = [&](const char* name, const std::string& subject, double value, const char* unit) {
    out.push_back(st::Result{name, subject, value, unit, {}, {}, {}, {}});
  };
  for (const m::PoseResult& p : a.poses) {
    const std::string at = p.pose + " dir " + std::to_string(p.direction);
    const auto& ac = p.accuracy;
    const auto& rp = p.repeatability;
    add("AP_P", at, ac.apPMm, "mm");
    add("AP_x", at, ac.apMm.x(), "mm");
    add("AP_y", at, ac.apMm.y(), "mm");
    add("AP_z", at, ac.apMm.z(), "mm");
    add("AP_a", at, ac.apDeg.x(), "deg");
    add("AP_b", at, ac.apDeg.y(), "deg");
    add("AP_c", at, ac.apDeg.z(), "deg");
    add("RP_l", at, rp.rpLMm, "mm");
    add("RP_a", at, rp.rpDeg.x(), "deg");
    add("RP_b", at, rp.rpDeg.y(), "deg");
    add("RP_c", at, rp.rpDeg.z(), "deg");
  }
  for (const m::VariationResult& v : a.variations) {
    add("vAP_P", v.pose, v.variation.vapPMm, "mm");
    add("vAP_a", v.pose, v.variation.vapDeg.x(), "deg");
    add("vAP_b", v.pose, v.variation.vapDeg.y(), "deg");
    add("vAP_c", v.pose, v.variation.vapDeg.z(), "deg");
  }
  return out;
}

int runImportPose(const Options& o) {
  const std::string format = o.format.empty() ? "text" : o.format;
  if (!checkFormat(format, {"text", "json"})) return kExitBadInput;
  // Everything that can be wrong with the file is found before the database is touched.
  const QString file = q(o.file);
  const auto pose = loadPoseFile(o.file, std::nullopt);
  if (!pose) return kExitBadInput;
  const auto& records = pose->records;
  std::vector<st::PoseMeasurement> measurements;
  measurements.reserve(records.size());
  for (const m::PoseRecord& r : records) {
    measurements.push_back({r.pose, r.cycle, r.direction, r.commanded, r.attained, {}, {}});
  }
  const std::vector<st::Result> results = resultsOf(pose->analysis);

  st::RunInfo run;
  run.source = st::kPoseImportSource;
  run.planName = "import pose";
  // What was executed is the import of these exact bytes: the hash ties the run to the file, and
  // the report states it as the run's method.
  run.planText = st::toText(st::PoseImportRecord{
      QFileInfo(file).fileName().toStdString(),
      QCryptographicHash::hash(QByteArray::fromStdString(pose->bytes), QCryptographicHash::Sha256)
          .toHex()
          .toStdString(),
      records.size()});
  st::ItemInfo item;
  item.serial = o.item;
  item.manufacturer = o.maker;
  item.model = o.model;

  const fs::path path = databasePath(o.db);
  return guarded([&] {
    st::Store store = st::Store::open(path);
    // One transaction: a failure stores nothing (no item, no aborted half-import).
    const std::int64_t runId = store.importRun(item, run, measurements, results);
    if (format == "json") {
      const QJsonObject out{{"run", static_cast<qint64>(runId)},
                            {"item", q(o.item)},
                            {"measurements", static_cast<qint64>(measurements.size())},
                            {"results", static_cast<qint64>(results.size())},
                            {"database", q(path)}};
      printJson(out);
    } else {
      std::cout << s(Db::tr("Run %1: %2 measurements and %3 results of %4 stored in %5")
                         .arg(runId)
                         .arg(measurements.size())
                         .arg(results.size())
                         .arg(printable(q(o.item)), printable(q(path))))
                << '\n';
    }
    return kExitOk;
  });
}

// ---- db export -------------------------------------------------------------------------------

// One section of an export: the same columns and values become JSON objects or a CSV file.
struct Table {
  QStringList columns;
  std::vector<std::vector<QJsonValue>> rows;
};

struct RunExport {
  std::vector<std::pair<QString, QJsonValue>> run;  // key/value: run.csv, the "run" object
  std::string planText;
  std::map<QString, Table> tables;  // measurements, results, instruments, streams, audit
};

QJsonValue json(const std::string& v) { return q(v); }
QJsonValue json(std::int64_t v) { return static_cast<qint64>(v); }
QJsonValue json(const std::optional<double>& v) { return v ? QJsonValue(*v) : QJsonValue(); }
QJsonValue json(const std::optional<std::int64_t>& v) { return v ? json(*v) : QJsonValue(); }
QJsonValue json(const std::optional<std::string>& v) { return v ? json(*v) : QJsonValue(); }

RunExport readRun(const st::Store& store, std::int64_t id) {
  const st::Run r = store.run(id);
  const st::Item item = store.item(r.itemId);
  RunExport e;
  e.planText = r.planText;
  e.run = {{"id", json(r.id)},
           {"item_serial", json(item.serial)},
           {"item_kind", json(item.kind)},
           {"item_manufacturer", json(item.manufacturer)},
           {"item_model", json(item.model)},
           {"source", json(r.source)},
           {"plan_name", json(r.planName)},
           {"plan_sha256", json(r.planSha256)},
           {"status", json(st::toString(r.status))},
           {"started_at", json(r.startedAt)},
           {"ended_at", json(r.endedAt)},
           {"operator", json(r.operatorName)},
           {"station_id", json(r.stationId)},
           {"temperature_c", json(r.temperatureC)},
           {"humidity_pct", json(r.humidityPct)},
           {"checkpoint", json(r.checkpoint)}};

  Table& ms = e.tables["measurements"];  // the pose CSV columns, then two the reader ignores
  for (std::string_view c : formats::kPoseColumns) ms.columns << q(std::string(c));
  ms.columns << QStringList{"measured_at", "instrument_id"};
  for (const st::PoseMeasurement& pm : store.poseMeasurements(id)) {
    auto& row =
        ms.rows.emplace_back(std::vector<QJsonValue>{json(pm.pose), pm.cycle, pm.direction});
    for (const m::Pose6* p : {&pm.commanded, &pm.attained}) {
      for (int k = 0; k < 3; ++k) row.emplace_back(p->positionMm[k]);
      for (int k = 0; k < 3; ++k) row.emplace_back(p->anglesDeg[k]);
    }
    row.insert(row.end(), {json(pm.measuredAt), json(pm.instrumentId)});
  }

  Table& rs = e.tables["results"];
  rs.columns = QStringList{"characteristic",       "subject",    "value", "unit",
                           "expanded_uncertainty", "coverage_k", "limit", "verdict"};
  for (const st::Result& x : store.results(id)) {
    rs.rows.push_back({json(x.characteristic), json(x.subject), x.value, json(x.unit),
                       json(x.expandedUncertainty), json(x.coverageK), json(x.limit),
                       json(x.verdict)});
  }

  Table& is = e.tables["instruments"];
  is.columns = QStringList{"instrument_id",
                           "role",
                           "kind",
                           "manufacturer",
                           "model",
                           "serial",
                           "calibration_status",
                           "certificate_no",
                           "calibrated_on",
                           "due_on",
                           "uncertainty",
                           "laboratory"};
  for (const st::RunInstrument& i : store.runInstruments(id)) {
    auto cal = [&](std::string st::Calibration::*field) {
      return i.calibration ? json((*i.calibration).*field) : QJsonValue();
    };
    is.rows.push_back({json(i.instrumentId), json(i.role), json(i.instrument.kind),
                       json(i.instrument.manufacturer), json(i.instrument.model),
                       json(i.instrument.serial), json(st::toString(i.status)),
                       cal(&st::Calibration::certificateNo), cal(&st::Calibration::calibratedOn),
                       cal(&st::Calibration::dueOn), cal(&st::Calibration::uncertainty),
                       cal(&st::Calibration::laboratory)});
  }

  Table& au = e.tables["audit"];
  au.columns = QStringList{"id", "at", "actor", "action", "table", "row_id", "detail", "hash"};
  for (const st::AuditRecord& a : store.auditTrail(id)) {
    au.rows.push_back({json(a.id), json(a.at), json(a.actor), json(a.action), json(a.table),
                       json(a.rowId), json(a.detail), json(a.hashHex)});
  }
  Table& ss = e.tables["streams"];
  ss.columns = QStringList{"stream_id", "channels", "samples",      "t_first_ns",
                           "t_last_ns", "name",     "channel_list", "nominal_rate_hz"};
  for (const st::StreamInfo& i : store.streams(id)) {
    QStringList list;  // "x[mm] y[mm] ..."
    for (const st::Channel& c : i.channels) list << q(c.name) + u'[' + q(c.unit) + u']';
    ss.rows.push_back({json(i.id), json(static_cast<std::int64_t>(i.channels.size())),
                       json(i.samples), json(i.tFirstNs), json(i.tLastNs), json(i.name),
                       QJsonValue(list.join(u' ')), json(i.nominalRateHz)});
  }
  return e;
}

QJsonObject toJson(const RunExport& e) {
  QJsonObject run;
  for (const auto& [key, value] : e.run) run.insert(key, value);
  run.insert("plan_text", q(e.planText));
  QJsonObject out{{"run", run}};
  for (const auto& [name, table] : e.tables) {
    QJsonArray rows;
    for (const auto& row : table.rows) {
      QJsonObject o;
      for (qsizetype c = 0; c < table.columns.size(); ++c) {
        o.insert(table.columns[c], row[static_cast<std::size_t>(c)]);
      }
      rows.append(o);
    }
    out.insert(name, rows);
  }
  return out;
}

// Null is an empty field; doubles in their shortest round-trip form, integers as integers.
QString csvValue(const QJsonValue& v) {
  if (v.isString()) return v.toString();
  if (!v.isDouble()) return {};
  const QVariant x = v.toVariant();
  return x.typeId() == QMetaType::Double ? number(v.toDouble()) : x.toString();
}

bool writeCsvFiles(const QString& dir, const RunExport& e) {
  if (!QDir().mkpath(dir)) {
    fail(Db::tr("%1: cannot create this folder").arg(dir));
    return false;
  }
  const QDir d(dir);
  std::vector<QStringList> run{{"key", "value"}};
  for (const auto& [key, value] : e.run) run.push_back({key, csvValue(value)});
  if (!writeFile(d.filePath("run.csv"), csv(run)) ||
      !writeFile(d.filePath("plan.txt"), QByteArray::fromStdString(e.planText))) {
    return false;
  }
  for (const auto& [name, table] : e.tables) {
    std::vector<QStringList> rows{table.columns};
    for (const auto& row : table.rows) {
      QStringList& fields = rows.emplace_back();
      for (const QJsonValue& v : row) fields << csvValue(v);
    }
    if (!writeFile(d.filePath(name + ".csv"), csv(rows))) return false;
  }
  return true;
}

int runExport(const Options& o) {
  const std::string format = o.format.empty() ? "json" : o.format;
  if (!checkFormat(format, {"json", "csv"})) return kExitBadInput;
  if (format == "csv" && o.out.empty()) {
    fail(Db::tr("--format csv writes several files: name their folder with --out DIR"));
    return kExitBadInput;
  }
  const fs::path path = databasePath(o.db);
  return guarded([&] {
    const st::Store store = openExisting(path);
    RunExport e;
    try {
      e = readRun(store, o.run);
    } catch (const st::StoreError& error) {
      if (error.kind() != st::StoreError::Kind::NotFound) throw;
      fail(Db::tr("%1: there is no run %2; robocert db info lists the runs")
               .arg(q(path))
               .arg(o.run));
      return kExitBadInput;
    }
    const QString out = q(o.out);
    if (format == "csv") return writeCsvFiles(out, e) ? kExitOk : kExitBadInput;
    const QByteArray doc = QJsonDocument(toJson(e)).toJson(QJsonDocument::Indented);
    if (out.isEmpty()) {
      std::cout << doc.toStdString();
      return kExitOk;
    }
    return writeFile(out, doc) ? kExitOk : kExitBadInput;
  });
}

}  // namespace

void addDbCommands(CLI::App& app, int& exitCode) {
  auto o = std::make_shared<Options>();  // one command runs, so its options can share a struct
  auto command = [&](CLI::App* parent, const char* name, const QString& help,
                     int (*run)(const Options&)) {
    CLI::App* cmd = parent->add_subcommand(name, s(help));
    addDbOption(*cmd, o->db);
    cmd->callback([o, run, &exitCode] { exitCode = run(*o); });
    return cmd;
  };

  CLI::App* db = app.add_subcommand(
      "db", s(Db::tr("the lab database: create, inspect, check, back up and export it")));
  db->require_subcommand(1);
  command(db, "init", Db::tr("create the lab database, or bring it to the current schema"),
          runInit);
  command(db, "info", Db::tr("schema version, size, record counts and the runs"), runInfo);
  command(db, "verify",
          Db::tr("recompute the audit trail; exit 1 if anything was changed behind RoboCert's "
                 "back"),
          runVerify);
  command(db, "backup", Db::tr("consistent copy of the database to a new file"), runBackup)
      ->add_option("--to", o->to, s(Db::tr("backup file to create (must not exist)")))
      ->required();
  CLI::App* exp = command(db, "export", Db::tr("everything stored of one run"), runExport);
  exp->add_option("--run", o->run, s(Db::tr("run id (robocert db info lists them)")))->required();
  exp->add_option("--format", o->format, s(Db::tr("json (one object) or csv (a folder of files)")))
      ->default_str("json");
  exp->add_option("--out", o->out,
                  s(Db::tr("json: file to write (default: standard output); csv: folder")));

  CLI::App* import =
      app.add_subcommand("import", s(Db::tr("store measurement files in the lab database")));
  import->require_subcommand(1);
  CLI::App* pose = command(
      import, "pose", Db::tr("store a pose CSV file and its ISO 9283 results as an offline run"),
      runImportPose);
  pose->add_option("FILE", o->file, s(Db::tr("pose measurement CSV file")))->required();
  pose->add_option("--item", o->item, s(Db::tr("serial number of the robot measured")))->required();
  pose->add_option("--maker", o->maker, s(Db::tr("manufacturer, for an item not yet stored")));
  pose->add_option("--model", o->model, s(Db::tr("model, for an item not yet stored")));
  pose->add_option("--format", o->format, s(Db::tr("output format: text or json")))
      ->default_str("text");
}

}  // namespace robocert::cli
