// robocert lab show|set, lab instrument add|list, lab calibration add: the lab profile and the
// instruments' calibrations, which reports print and the uncertainty budgets use.

#include "lab_cmd.hpp"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <cmath>
#include <filesystem>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>

#include "common.hpp"
#include "db_path.hpp"
#include "messages.hpp"
#include "robocert/store/store.hpp"
#include "text_table.hpp"

namespace robocert::cli {
namespace {

namespace fs = std::filesystem;
namespace st = robocert::store;

class LabCmd {
  Q_DECLARE_TR_FUNCTIONS(LabCmd)
};

QString q(const std::string& text) { return QString::fromStdString(text); }

// A calibration due within this many days is flagged in `lab instrument list`.
constexpr qint64 kDueSoonDays = 30;

struct Options {
  std::string db;
  std::string format = "text";
  // lab set
  std::optional<std::string> name, address, accreditation, logo, location;
  // lab instrument add
  std::string kind, serial, manufacturer, model;
  // lab calibration add
  std::string certificate, calibrated, due, laboratory;
  std::optional<std::string> uncertainty;
  std::optional<double> uConstUm, uPerMUm, k;
};

struct NoDatabase {
  fs::path path;
};

int guarded(const std::function<int()>& body) {
  try {
    return body();
  } catch (const st::StoreError& e) {
    fail(describe(e));
  } catch (const NoDatabase& e) {
    fail(LabCmd::tr("%1: no lab database here; create one with robocert db init or name another "
                    "with --db")
             .arg(q(e.path.string())));
  }
  return kExitBadInput;
}

st::Store openExisting(const fs::path& path, st::Store::Mode mode) {
  std::error_code ec;
  if (!fs::exists(path, ec)) throw NoDatabase{path};
  return st::Store::open(path, mode);
}

QDate todayUtc() { return QDateTime::currentDateTimeUtc().date(); }

// YYYY-MM-DD and a real day of the calendar.
std::optional<QDate> isoDate(const std::string& text) {
  const QDate d = QDate::fromString(q(text), QStringLiteral("yyyy-MM-dd"));
  if (text.size() != 10 || !d.isValid()) return std::nullopt;
  return d;
}

// Shortest text of a number for a person: 15, 0.5, 2.
QString number(double v) { return QString::number(v, 'g', 12); }

// ---- lab show / set ----------------------------------------------------------------------------

QJsonObject profileJson(const st::LabProfile& p) {
  return {{"name", q(p.name)},
          {"address", q(p.address)},
          {"accreditation", q(p.accreditation)},
          {"logo", q(p.logoPath)},
          {"location", q(p.location)}};
}

QString profileText(const st::LabProfile& p) {
  TextTable t({LabCmd::tr("Lab profile"), QString()}, 2);
  const QString unset = LabCmd::tr("(not set)");
  auto or_ = [&](const std::string& v) { return v.empty() ? unset : q(v); };
  t.addRow({LabCmd::tr("Name"), or_(p.name)});
  t.addRow({LabCmd::tr("Address"), or_(p.address)});
  t.addRow({LabCmd::tr("Accreditation"), or_(p.accreditation)});
  t.addRow({LabCmd::tr("Logo"), or_(p.logoPath)});
  t.addRow({LabCmd::tr("Where the work is done"), or_(p.location)});
  return t.render();
}

int runShow(const Options& o) {
  if (!checkFormat(o.format, {"text", "json"})) return kExitBadInput;
  const fs::path path = databasePath(o.db);
  return guarded([&] {
    const st::LabProfile p = openExisting(path, st::Store::Mode::ReadOnly).labProfile();
    if (o.format == "json") {
      printJson(profileJson(p));
    } else {
      std::cout << s(profileText(p));
      if (p.name.empty()) {
        std::cout << s(LabCmd::tr("Reports need the lab's name and address: robocert lab set "
                                  "--name NAME --address ADDRESS"))
                  << '\n';
      }
    }
    return kExitOk;
  });
}

int runSet(const Options& o) {
  if (!o.name && !o.address && !o.accreditation && !o.logo && !o.location) {
    fail(
        LabCmd::tr("nothing to set: give at least one of --name, --address, --accreditation, "
                   "--logo, --location"));
    return kExitBadInput;
  }
  std::optional<std::string> logo = o.logo;
  if (logo && !logo->empty()) {
    // Stored as an absolute path: reports are rendered from other working folders.
    const QFileInfo f(q(*logo));
    if (!f.isFile() || !f.isReadable()) {
      fail(LabCmd::tr("%1: no readable image file here (--logo)").arg(q(*logo)));
      return kExitBadInput;
    }
    logo = f.absoluteFilePath().toStdString();
  }
  const fs::path path = databasePath(o.db);
  return guarded([&] {
    st::Store store = st::Store::open(path);
    st::LabProfile p = store.labProfile();
    if (o.name) p.name = *o.name;
    if (o.address) p.address = *o.address;
    if (o.accreditation) p.accreditation = *o.accreditation;
    if (logo) p.logoPath = *logo;
    if (o.location) p.location = *o.location;
    store.setLabProfile(p);
    std::cout << s(profileText(p));
    return kExitOk;
  });
}

// ---- lab instrument add / list -----------------------------------------------------------------

int runInstrumentAdd(const Options& o) {
  if (o.serial.empty() || o.kind.empty()) {
    fail(LabCmd::tr("an instrument needs a --kind and a non-empty --serial"));
    return kExitBadInput;
  }
  const fs::path path = databasePath(o.db);
  return guarded([&] {
    st::Store store = st::Store::open(path);
    if (store.findInstrument(o.serial)) {
      fail(LabCmd::tr("%1: an instrument with serial number %2 exists already")
               .arg(q(path.string()), q(o.serial)));
      return kExitBadInput;
    }
    store.addInstrument({o.kind, o.manufacturer, o.model, o.serial});
    std::cout << s(LabCmd::tr("Instrument %1 (%2) added; record its calibration with robocert lab "
                              "calibration add %1")
                       .arg(q(o.serial), q(o.kind)))
              << '\n';
    return kExitOk;
  });
}

struct Listed {
  st::Instrument instrument;
  st::CalibrationStatus status = st::CalibrationStatus::Missing;
  std::optional<st::Calibration> calibration;
  std::optional<qint64> dueInDays;  // from today (UTC) to the due date; negative: expired
};

int runInstrumentList(const Options& o) {
  if (!checkFormat(o.format, {"text", "json"})) return kExitBadInput;
  const fs::path path = databasePath(o.db);
  return guarded([&] {
    const st::Store store = openExisting(path, st::Store::Mode::ReadOnly);
    const QDate today = todayUtc();
    std::vector<Listed> rows;
    for (const st::Instrument& i : store.instruments()) {
      const auto inForce = store.calibrationOn(i.id, today.toString(Qt::ISODate).toStdString());
      Listed l{i, inForce.first, inForce.second, std::nullopt};
      if (l.calibration) {
        if (const auto due = isoDate(l.calibration->dueOn)) l.dueInDays = today.daysTo(*due);
      }
      rows.push_back(std::move(l));
    }
    if (o.format == "json") {
      QJsonArray list;
      for (const Listed& l : rows) {
        QJsonObject j{{"serial", q(l.instrument.serial)},
                      {"kind", q(l.instrument.kind)},
                      {"manufacturer", q(l.instrument.manufacturer)},
                      {"model", q(l.instrument.model)},
                      {"status", q(st::toString(l.status))},
                      {"due_soon", l.status == st::CalibrationStatus::Valid && l.dueInDays &&
                                       *l.dueInDays <= kDueSoonDays}};
        auto opt = [](const std::optional<double>& v) { return v ? QJsonValue(*v) : QJsonValue(); };
        if (l.calibration) {
          const st::Calibration& c = *l.calibration;
          j.insert("calibration", QJsonObject{{"certificate", q(c.certificateNo)},
                                              {"calibrated_on", q(c.calibratedOn)},
                                              {"due_on", q(c.dueOn)},
                                              {"uncertainty", q(c.uncertainty)},
                                              {"u_const_um", opt(c.uConstUm)},
                                              {"u_per_m_um", opt(c.uPerMUm)},
                                              {"k", opt(c.uK)},
                                              {"laboratory", q(c.laboratory)}});
          j.insert("due_in_days", l.dueInDays ? QJsonValue(*l.dueInDays) : QJsonValue());
        } else {
          j.insert("calibration", QJsonValue());
          j.insert("due_in_days", QJsonValue());
        }
        list.append(j);
      }
      printJson(QJsonObject{{"today", today.toString(Qt::ISODate)}, {"instruments", list}});
      return kExitOk;
    }
    if (rows.empty()) {
      std::cout << s(LabCmd::tr("No instruments yet; add one with robocert lab instrument add "
                                "--kind KIND --serial SERIAL"))
                << '\n';
      return kExitOk;
    }
    TextTable table({LabCmd::tr("Serial"), LabCmd::tr("Kind"), LabCmd::tr("Make and model"),
                     LabCmd::tr("Certificate"), LabCmd::tr("Due"), LabCmd::tr("Uncertainty"),
                     LabCmd::tr("Calibration")},
                    7);
    int expired = 0, missing = 0, soon = 0;
    for (const Listed& l : rows) {
      QString status;
      switch (l.status) {
        case st::CalibrationStatus::Valid:
          if (l.dueInDays && *l.dueInDays <= kDueSoonDays) {
            status = LabCmd::tr("valid, DUE IN %n DAY(S)", nullptr, static_cast<int>(*l.dueInDays));
            ++soon;
          } else {
            status = LabCmd::tr("valid");
          }
          break;
        case st::CalibrationStatus::Expired:
          status = LabCmd::tr("EXPIRED");
          ++expired;
          break;
        default:
          status = LabCmd::tr("MISSING");
          ++missing;
          break;
      }
      const QString make = (q(l.instrument.manufacturer) + u' ' + q(l.instrument.model)).trimmed();
      const st::Calibration c = l.calibration.value_or(st::Calibration{});
      table.addRow({q(l.instrument.serial), q(l.instrument.kind), make, q(c.certificateNo),
                    q(c.dueOn), q(c.uncertainty), status});
    }
    std::cout << s(table.render());
    if (expired + missing + soon > 0) {
      std::cout << '\n'
                << s(LabCmd::tr("As of %1 (UTC): %2 expired, %3 without calibration, %4 due within "
                                "%5 days. A run refuses an instrument whose calibration is expired "
                                "or missing.")
                         .arg(today.toString(Qt::ISODate))
                         .arg(expired)
                         .arg(missing)
                         .arg(soon)
                         .arg(kDueSoonDays))
                << '\n';
    }
    return kExitOk;
  });
}

// ---- lab calibration add -----------------------------------------------------------------------

int runCalibrationAdd(const Options& o) {
  const auto calibrated = isoDate(o.calibrated);
  const auto due = isoDate(o.due);
  if (!calibrated || !due) {
    fail(LabCmd::tr("\"%1\" is not a date: write it as YYYY-MM-DD (--calibrated, --due)")
             .arg(q(!calibrated ? o.calibrated : o.due)));
    return kExitBadInput;
  }
  if (*due < *calibrated) {
    fail(LabCmd::tr("the calibration is due (%1) before it was made (%2)")
             .arg(q(o.due), q(o.calibrated)));
    return kExitBadInput;
  }
  if (o.certificate.empty()) {
    fail(LabCmd::tr("--certificate needs the certificate's number"));
    return kExitBadInput;
  }
  const bool numeric = o.uConstUm || o.uPerMUm;
  if (o.k && !numeric) {
    fail(LabCmd::tr("--k is the coverage factor of --u-const-um and --u-per-m-um; give those too"));
    return kExitBadInput;
  }
  for (const auto& v : {o.uConstUm, o.uPerMUm}) {
    if (v && !(std::isfinite(*v) && *v >= 0)) {
      fail(LabCmd::tr("--u-const-um and --u-per-m-um are 0 or more (µm, µm/m)"));
      return kExitBadInput;
    }
  }
  if (o.k && !(std::isfinite(*o.k) && *o.k > 0)) {
    fail(LabCmd::tr("--k must be more than 0"));
    return kExitBadInput;
  }
  st::Calibration c;
  c.certificateNo = o.certificate;
  c.calibratedOn = o.calibrated;
  c.dueOn = o.due;
  c.laboratory = o.laboratory;
  if (numeric) {
    c.uConstUm = o.uConstUm.value_or(0.0);
    c.uPerMUm = o.uPerMUm.value_or(0.0);
    c.uK = o.k.value_or(2.0);
  }
  // The certificate's own words when given; else the numbers, written the usual way.
  c.uncertainty = o.uncertainty ? *o.uncertainty
                  : numeric     ? QStringLiteral("U = %1 µm + %2 µm/m · L (k = %3)")
                                  .arg(number(*c.uConstUm), number(*c.uPerMUm), number(*c.uK))
                                  .toStdString()
                            : std::string();
  const fs::path path = databasePath(o.db);
  return guarded([&] {
    st::Store store = openExisting(path, st::Store::Mode::ReadWrite);
    const auto id = store.findInstrument(o.serial);
    if (!id) {
      fail(LabCmd::tr("%1: no instrument with serial number %2; add it with robocert lab "
                      "instrument add")
               .arg(q(path.string()), q(o.serial)));
      return kExitBadInput;
    }
    store.addCalibration(*id, c);
    std::cout << s(LabCmd::tr("Calibration %1 of %2 recorded: %3 to %4%5")
                       .arg(q(c.certificateNo), q(o.serial), q(c.calibratedOn), q(c.dueOn),
                            c.uncertainty.empty() ? QString()
                                                  : QStringLiteral(", ") + q(c.uncertainty)))
              << '\n';
    return kExitOk;
  });
}

}  // namespace

void addLabCommands(CLI::App& app, int& exitCode) {
  auto o = std::make_shared<Options>();
  auto command = [&](CLI::App* parent, const char* name, const QString& help,
                     int (*run)(const Options&)) {
    CLI::App* cmd = parent->add_subcommand(name, s(help));
    addDbOption(*cmd, o->db);
    cmd->callback([o, run, &exitCode] { exitCode = run(*o); });
    return cmd;
  };
  auto formatOption = [&](CLI::App* cmd) {
    cmd->add_option("--format", o->format, s(LabCmd::tr("output format: text or json")))
        ->default_str("text");
  };

  CLI::App* lab = app.add_subcommand(
      "lab", s(LabCmd::tr("the lab: its profile on every report, its instruments and their "
                          "calibrations")));
  lab->require_subcommand(1);
  formatOption(command(lab, "show", LabCmd::tr("the lab profile"), runShow));

  CLI::App* set =
      command(lab, "set", LabCmd::tr("change the lab profile (only what is given)"), runSet);
  set->add_option("--name", o->name, s(LabCmd::tr("the lab's name")));
  set->add_option("--address", o->address, s(LabCmd::tr("the lab's address")));
  set->add_option("--accreditation", o->accreditation,
                  s(LabCmd::tr("accreditation, e.g. \"CNAS L0000\" (empty: none)")));
  set->add_option("--logo", o->logo, s(LabCmd::tr("image file for the letterhead (empty: none)")));
  set->add_option("--location", o->location,
                  s(LabCmd::tr("where the work is done, unless a station says otherwise")));

  CLI::App* instrument = lab->add_subcommand("instrument", s(LabCmd::tr("measuring instruments")));
  instrument->require_subcommand(1);
  CLI::App* add =
      command(instrument, "add", LabCmd::tr("add a measuring instrument"), runInstrumentAdd);
  add->add_option("--kind", o->kind, s(LabCmd::tr("laser_tracker, torque_sensor, ...")))
      ->required();
  add->add_option("--serial", o->serial, s(LabCmd::tr("serial number (unique)")))->required();
  add->add_option("--manufacturer", o->manufacturer, s(LabCmd::tr("manufacturer")));
  add->add_option("--model", o->model, s(LabCmd::tr("model")));
  formatOption(command(instrument, "list",
                       LabCmd::tr("the instruments with their calibration status today"),
                       runInstrumentList));

  CLI::App* calibration =
      lab->add_subcommand("calibration", s(LabCmd::tr("instruments' calibration certificates")));
  calibration->require_subcommand(1);
  CLI::App* cal =
      command(calibration, "add", LabCmd::tr("record a calibration certificate of an instrument"),
              runCalibrationAdd);
  cal->add_option("SERIAL", o->serial, s(LabCmd::tr("the instrument's serial number")))->required();
  cal->add_option("--certificate", o->certificate, s(LabCmd::tr("certificate number")))->required();
  cal->add_option("--calibrated", o->calibrated, s(LabCmd::tr("calibration date, YYYY-MM-DD")))
      ->required();
  cal->add_option("--due", o->due,
                  s(LabCmd::tr("due date, YYYY-MM-DD: the last day the calibration is valid")))
      ->required();
  cal->add_option("--u-const-um", o->uConstUm,
                  s(LabCmd::tr("expanded uncertainty of length U = A + B·L: A in µm")));
  cal->add_option("--u-per-m-um", o->uPerMUm, s(LabCmd::tr("B in µm per m of length L")));
  cal->add_option("--k", o->k, s(LabCmd::tr("coverage factor of U (default 2)")));
  cal->add_option("--uncertainty", o->uncertainty,
                  s(LabCmd::tr("the uncertainty as the certificate states it (default: from the "
                               "numbers)")));
  cal->add_option("--laboratory", o->laboratory, s(LabCmd::tr("the calibration laboratory")));
}

}  // namespace robocert::cli
