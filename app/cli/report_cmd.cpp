#include "report_cmd.hpp"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "common.hpp"
#include "db_path.hpp"
#include "messages.hpp"
#include "robocert/report/approval.hpp"
#include "robocert/report/assemble.hpp"
#include "robocert/report/json.hpp"
#include "robocert/report/render.hpp"
#include "robocert/store/error.hpp"
#include "robocert/store/signing.hpp"
#include "robocert/store/store.hpp"
#include "user_cmd.hpp"

namespace robocert::cli {
namespace {

class ReportCmd {
  Q_DECLARE_TR_FUNCTIONS(ReportCmd)
};

QString q(const std::string& s) { return QString::fromStdString(s); }

std::string render(const report::Document& d, const std::string& format,
                   report::Language language) {
  report::RenderOptions o;
  o.language = language;
  if (format == "pdf") {
    const QByteArray pdf = report::renderPdf(d, o);
    return std::string(pdf.constData(), static_cast<std::size_t>(pdf.size()));
  }
  if (format == "html") return report::renderHtml(d, o);
  return report::toJson(d, true);
}

bool writeFile(const std::filesystem::path& out, const std::string& bytes) {
  std::ofstream f(out, std::ios::binary | std::ios::trunc);
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  f.close();
  if (!f) {
    fail(ReportCmd::tr("cannot write %1").arg(q(out.string())));
    return false;
  }
  return true;
}

// Renders, writes and records one file of a report revision.
bool issue(store::Store& store, const store::ReportRecord& r, const report::Document& d,
           const std::string& format, const std::string& language,
           const std::filesystem::path& out) {
  const std::string bytes = render(d, format, *report::languageFromString(language));
  if (!writeFile(out, bytes)) return false;
  report::recordIssuedFile(store, r.number, format, language, bytes, out.filename().string(),
                           store.actor());
  return true;
}

struct Common {
  std::string db;
  std::string format = "pdf";
  std::string language = "both";
  std::string out;
};

bool checkCommon(const Common& c) {
  if (!checkFormat(c.format, {"pdf", "html", "json"})) return false;
  if (!report::languageFromString(c.language)) {
    fail(ReportCmd::tr("--lang must be en, zh or both"));
    return false;
  }
  return true;
}

std::filesystem::path outPath(const Common& c, const store::ReportRecord& r) {
  if (!c.out.empty()) return c.out;
  return r.number + (r.revision > 0 ? "-rev" + std::to_string(r.revision) : std::string{}) +
         (r.status == store::ReportStatus::Draft ? "-draft" : std::string{}) + "." + c.format;
}

// Runs `work` with the lab database open, turning the errors of the report rules, the store
// and the renderer into one message each.
int withStore(const std::string& db, const std::function<int(store::Store&)>& work) {
  try {
    store::Store lab = store::Store::open(databasePath(db));
    return work(lab);
  } catch (const report::ApprovalError& e) {
    fail(QString::fromUtf8(e.what()));
    return e.kind() == report::ApprovalError::Kind::NotFound ? kExitBadInput : kExitFailure;
  } catch (const report::RenderError& e) {
    fail(ReportCmd::tr("the report template cannot be used: %1").arg(QString::fromUtf8(e.what())));
    return kExitFailure;
  } catch (const store::StoreError& e) {
    fail(describe(e));  // what is wrong with the database and what to do
    return e.kind() == store::StoreError::Kind::NotFound ? kExitBadInput : kExitFailure;
  } catch (const std::runtime_error& e) {
    fail(QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

void addCommonOptions(CLI::App* cmd, Common& c) {
  cmd->add_option("--format", c.format, s(ReportCmd::tr("pdf (the certificate), html or json")));
  cmd->add_option("--lang", c.language, s(ReportCmd::tr("en, zh or both (side by side)")));
  cmd->add_option("--out", c.out, s(ReportCmd::tr("the file to write (default: NUMBER.FORMAT)")));
  addDbOption(*cmd, c.db);
}

}  // namespace

std::optional<std::string> writeDraftReport(store::Store& store, std::int64_t runId,
                                            const std::string& format, const std::string& language,
                                            const std::filesystem::path& out) {
  const store::ReportRecord r = report::createDraft(store, runId, store.actor());
  const report::Document d = report::assemble(store, runId, report::identityOf(store, r));
  if (!issue(store, r, d, format, language, out)) return std::nullopt;
  return r.number;
}

void addReportCommands(CLI::App& app, int& exitCode) {
  CLI::App* report = app.add_subcommand(
      "report",
      s(ReportCmd::tr("certification reports: generate, approve, export, amend, verify")));

  // ---- report RUN ----
  auto gen = std::make_shared<Common>();
  auto runId = std::make_shared<std::int64_t>(0);
  report->add_option("RUN", *runId, s(ReportCmd::tr("the run to report (its draft is written)")));
  addCommonOptions(report, *gen);
  report->callback([gen, runId, report, &exitCode] {
    if (!report->get_subcommands().empty()) return;  // a sub-command ran
    if (*runId <= 0) {
      fail(ReportCmd::tr("name the run: robocert report RUN (see robocert db info)"));
      exitCode = kExitBadInput;
      return;
    }
    if (!checkCommon(*gen)) {
      exitCode = kExitBadInput;
      return;
    }
    exitCode = withStore(gen->db, [&](store::Store& lab) {
      const store::ReportRecord r = report::createDraft(lab, *runId, lab.actor());
      const std::filesystem::path out = outPath(*gen, r);
      if (!issue(lab, r, report::documentOf(lab, r), gen->format, gen->language, out))
        return kExitFailure;
      std::cout << out.string() << '\n'
                << s(ReportCmd::tr("Draft %1 rev %2 of run %3 (watermarked). Approve it with: "
                                   "robocert report approve %1 --user LOGIN")
                         .arg(q(r.number))
                         .arg(r.revision)
                         .arg(*runId))
                << '\n';
      return kExitOk;
    });
  });

  // ---- report approve NUMBER --user LOGIN ----
  auto ap = std::make_shared<Common>();
  auto number = std::make_shared<std::string>();
  auto login = std::make_shared<std::string>();
  auto stdinPassword = std::make_shared<bool>(false);
  CLI::App* approve = report->add_subcommand(
      "approve", s(ReportCmd::tr("approve a draft as an approver (asks for the password), "
                                 "freeze it and write the issued report")));
  approve->add_option("REPORT", *number, s(ReportCmd::tr("the report number")))->required();
  approve->add_option("--user", *login, s(ReportCmd::tr("the approver's login")))->required();
  approve->add_flag("--password-stdin", *stdinPassword,
                    s(ReportCmd::tr("read the password from the first line of standard input")));
  addCommonOptions(approve, *ap);
  approve->callback([=, &exitCode] {
    if (!checkCommon(*ap)) {
      exitCode = kExitBadInput;
      return;
    }
    exitCode = withStore(ap->db, [&](store::Store& lab) {
      const auto r = lab.findReport(*number);
      if (!r)
        throw report::ApprovalError(report::ApprovalError::Kind::NotFound,
                                    s(ReportCmd::tr("no report %1").arg(q(*number))));
      const auto password = readPassword(q(*login), *stdinPassword, false);
      if (!password) return kExitBadInput;
      report::Document d = report::assemble(lab, r->runId, report::identityOf(lab, *r));
      const std::string content = report::toJson(d, false);
      d.approval =
          report::approve(lab, *number, *login, *password, content, report::sha256Hex(content));
      const store::ReportRecord approved = *lab.findReport(*number);
      const std::filesystem::path out = outPath(*ap, approved);
      if (!issue(lab, approved, d, ap->format, ap->language, out)) return kExitFailure;
      std::cout << out.string() << '\n'
                << s(ReportCmd::tr("Report %1 rev %2 approved by %3; content SHA-256 %4, audit "
                                   "chain head %5")
                         .arg(q(approved.number))
                         .arg(approved.revision)
                         .arg(q(d.approval->approvedBy), q(d.approval->contentSha256),
                              q(d.approval->auditHeadHash)))
                << '\n';
      return kExitOk;
    });
  });

  // ---- report export NUMBER ----
  auto ex = std::make_shared<Common>();
  auto exNumber = std::make_shared<std::string>();
  CLI::App* exportCmd = report->add_subcommand(
      "export", s(ReportCmd::tr("write another file (format, language) of an approved report "
                                "from its frozen content")));
  exportCmd->add_option("REPORT", *exNumber, s(ReportCmd::tr("the report number")))->required();
  addCommonOptions(exportCmd, *ex);
  exportCmd->callback([=, &exitCode] {
    if (!checkCommon(*ex)) {
      exitCode = kExitBadInput;
      return;
    }
    exitCode = withStore(ex->db, [&](store::Store& lab) {
      const auto r = lab.findReport(*exNumber);
      if (!r)
        throw report::ApprovalError(report::ApprovalError::Kind::NotFound,
                                    s(ReportCmd::tr("no report %1").arg(q(*exNumber))));
      if (r->status != store::ReportStatus::Approved) {
        fail(ReportCmd::tr("report %1 rev %2 is a draft: regenerate it with robocert report %3")
                 .arg(q(r->number))
                 .arg(r->revision)
                 .arg(r->runId));
        return kExitFailure;
      }
      const std::filesystem::path out = outPath(*ex, *r);
      if (!issue(lab, *r, report::documentOf(lab, *r), ex->format, ex->language, out))
        return kExitFailure;
      std::cout << out.string() << '\n';
      return kExitOk;
    });
  });

  // ---- report amend NUMBER --reason TEXT ----
  auto amNumber = std::make_shared<std::string>();
  auto reason = std::make_shared<std::string>();
  auto amDb = std::make_shared<std::string>();
  CLI::App* amend = report->add_subcommand(
      "amend", s(ReportCmd::tr("start a new revision of an approved report (ISO/IEC 17025 "
                               "7.8.8); it names the revision it replaces")));
  amend->add_option("REPORT", *amNumber, s(ReportCmd::tr("the report number")))->required();
  amend->add_option("--reason", *reason, s(ReportCmd::tr("why it is amended")))->required();
  addDbOption(*amend, *amDb);
  amend->callback([=, &exitCode] {
    exitCode = withStore(*amDb, [&](store::Store& lab) {
      const store::ReportRecord r = report::createAmendment(lab, *amNumber, *reason, lab.actor());
      std::cout << s(ReportCmd::tr("Draft %1 rev %2 started; write it with robocert report %3")
                         .arg(q(r.number))
                         .arg(r.revision)
                         .arg(r.runId))
                << '\n';
      return kExitOk;
    });
  });

  // ---- report verify FILE [--keys KEYS] ----
  auto file = std::make_shared<std::string>();
  auto keysFile = std::make_shared<std::string>();
  auto vDb = std::make_shared<std::string>();
  auto vFormat = std::make_shared<std::string>("text");
  CLI::App* verify = report->add_subcommand(
      "verify", s(ReportCmd::tr("check that a report file is what this lab database issued and "
                                "approved (exit 0), or say what differs (exit 1)")));
  verify->add_option("FILE", *file, s(ReportCmd::tr("the report file")))->required();
  verify->add_option("--keys", *keysFile,
                     s(ReportCmd::tr("the lab's published public keys (robocert user key export): "
                                     "the signature is checked against them, not against the "
                                     "database's copies")));
  addDbOption(*verify, *vDb);
  verify->add_option("--format", *vFormat, s(ReportCmd::tr("output format: text or json")));
  verify->callback([=, &exitCode] {
    if (!checkFormat(*vFormat, {"text", "json"})) {
      exitCode = kExitBadInput;
      return;
    }
    report::VerifyOptions options;
    if (!keysFile->empty()) {
      const auto keys = readInputFile(*keysFile);
      if (!keys) {
        exitCode = kExitBadInput;
        return;
      }
      options.publishedKeys = store::readPublicKeys(*keys);
      options.publishedKeysName = *keysFile;
      if (options.publishedKeys->empty()) {
        fail(ReportCmd::tr("--keys %1: no Ed25519 public key in it; write the lab's keys with "
                           "robocert user key export --out FILE")
                 .arg(q(*keysFile)));
        exitCode = kExitBadInput;
        return;
      }
    }
    const auto bytes = readInputFile(*file);
    if (!bytes) {
      exitCode = kExitBadInput;
      return;
    }
    exitCode = withStore(*vDb, [&](store::Store& lab) {
      report::FileCheck check = report::verifyFile(lab, *bytes, options);
      report::checkContentAgainstRun(lab, check);
      if (*vFormat == "json") {
        QJsonArray findings;
        for (const auto& f : check.findings) findings.append(q(f.message));
        printJson({{"file", q(*file)},
                   {"sha256", q(check.sha256)},
                   {"issued", check.found()},
                   {"ok", check.ok()},
                   {"message", q(check.message)},
                   {"content_sha256", q(check.contentSha256)},
                   {"audit_head", q(check.auditHead)},
                   {"signature", q(check.signatureChecked)},
                   {"findings", findings}});
      } else {
        std::cout << check.message << '\n';
        // What was checked, to compare with what the certificate prints.
        if (!check.contentSha256.empty())
          std::cout << "  " << s(ReportCmd::tr("content SHA-256: %1").arg(q(check.contentSha256)))
                    << '\n';
        if (!check.auditHead.empty())
          std::cout << "  " << s(ReportCmd::tr("audit chain head: %1").arg(q(check.auditHead)))
                    << '\n';
        if (!check.signatureChecked.empty())
          std::cout << "  " << s(ReportCmd::tr("signature: %1").arg(q(check.signatureChecked)))
                    << '\n';
        for (const auto& f : check.findings)
          std::cout << "  "
                    << (f.informational()
                            ? s(ReportCmd::tr("note: %1").arg(QString::fromStdString(f.message)))
                            : f.message)
                    << '\n';
        if (check.ok()) std::cout << s(ReportCmd::tr("verified: the file is as issued")) << '\n';
      }
      return check.ok() ? kExitOk : kExitFailure;
    });
  });
}

}  // namespace robocert::cli
