#include "robocert/report/approval.hpp"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QString>
#include <algorithm>
#include <map>
#include <stdexcept>

#include "robocert/report/json.hpp"

namespace robocert::report {

namespace st = robocert::store;
using K = ApprovalError::Kind;

namespace {

// Messages for a person: QCoreApplication::translate("robocert::report", ...) written out at each
// call, so lupdate finds them (app/translations).
QString q(const std::string& s) { return QString::fromStdString(s); }

[[noreturn]] void refuse(K kind, const QString& message) {
  throw ApprovalError(kind, message.toStdString());
}

st::ReportRecord latestRevision(const st::Store& store, const std::string& number) {
  auto r = store.findReport(number);
  if (!r) {
    refuse(K::NotFound, QCoreApplication::translate("robocert::report",
                                                    "there is no report %1 in this lab database")
                            .arg(q(number)));
  }
  return *r;
}

QString auditProblem(const st::VerifyReport& r) {
  using P = st::VerifyReport::Problem;
  const QString table = q(r.table);
  switch (r.problem) {
    case P::RowChanged:
      return QCoreApplication::translate("robocert::report",
                                         "%1 row %2 was changed after it was recorded")
          .arg(table)
          .arg(r.rowId);
    case P::RowDeleted:
      return QCoreApplication::translate("robocert::report",
                                         "%1 row %2 was deleted after it was recorded")
          .arg(table)
          .arg(r.rowId);
    case P::RowInserted:
      return QCoreApplication::translate("robocert::report",
                                         "%1 row %2 was added without an audit entry")
          .arg(table)
          .arg(r.rowId);
    case P::EntryAltered:
      return QCoreApplication::translate("robocert::report", "audit entry %1 was altered")
          .arg(r.rowId);
    case P::EntryMissing:
      return QCoreApplication::translate("robocert::report", "audit entry %1 is missing")
          .arg(r.rowId);
    case P::FileDamaged:
      return QCoreApplication::translate("robocert::report",
                                         "the lab database file is damaged (%1); robocert db "
                                         "verify names what is damaged")
          .arg(q(r.damaged.empty() ? r.table : r.damaged.front()));
    case P::None:
      break;
  }
  return QCoreApplication::translate("robocert::report",
                                     "the audit trail does not match the stored rows");
}

QString lower(const std::string& s) { return q(s).toLower(); }

}  // namespace

ApprovalError::ApprovalError(Kind kind, const std::string& message)
    : std::runtime_error(message), kind_(kind) {}

std::string sha256Hex(std::string_view bytes) {
  return QCryptographicHash::hash(
             QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())),
             QCryptographicHash::Sha256)
      .toHex()
      .toStdString();
}

st::ReportRecord createDraft(st::Store& store, std::int64_t runId, const std::string& actor) {
  try {
    store.run(runId);
  } catch (const st::StoreError& e) {
    if (e.kind() != st::StoreError::Kind::NotFound) throw;
    refuse(K::NotFound, QCoreApplication::translate("robocert::report",
                                                    "there is no run %1 in this lab database")
                            .arg(runId));
  }
  // The latest revision of the run's report (one report number per run).
  std::optional<st::ReportRecord> latest;
  for (st::ReportRecord& r : store.reports(runId)) {
    if (!latest || r.revision > latest->revision) latest = std::move(r);
  }
  if (!latest) return store.createReport(runId, actor);
  if (latest->status == st::ReportStatus::Draft) return *latest;
  refuse(K::NotADraft,
         QCoreApplication::translate(
             "robocert::report",
             "report %1 revision %2 of run %3 is approved: an approved report cannot be "
             "regenerated in place; amend it")
             .arg(q(latest->number))
             .arg(latest->revision)
             .arg(runId));
}

st::ReportRecord createAmendment(st::Store& store, const std::string& reportNumber,
                                 const std::string& reason, const std::string& actor) {
  const st::ReportRecord latest = latestRevision(store, reportNumber);
  if (latest.status != st::ReportStatus::Approved) {
    refuse(K::NotApproved,
           QCoreApplication::translate(
               "robocert::report",
               "report %1 revision %2 is still a draft: finish and approve it instead of amending")
               .arg(q(reportNumber))
               .arg(latest.revision));
  }
  if (q(reason).trimmed().isEmpty()) {
    refuse(K::Invalid,
           QCoreApplication::translate(
               "robocert::report", "an amendment needs a reason, which the new revision states"));
  }
  return store.createRevision(latest.id, reason, actor);
}

Approval approve(st::Store& store, const std::string& reportNumber, const std::string& login,
                 const std::string& password, const std::string& contentJson,
                 const std::string& contentSha256) {
  const st::ReportRecord record = latestRevision(store, reportNumber);
  const QString which = QCoreApplication::translate("robocert::report", "report %1 revision %2")
                            .arg(q(reportNumber))
                            .arg(record.revision);

  // Who: each refusal is audited (who tried, on what, why; never the password).
  auto refused = [&](K kind, const char* why, const QString& message) {
    store.recordEvent(
        "approval refused",
        "report " + reportNumber + " revision " + std::to_string(record.revision) + ": " + why,
        record.runId, login);
    refuse(kind, message);
  };
  const std::optional<st::User> user = store.findUser(login);
  if (!user) {
    refused(K::UnknownUser, "unknown user",
            QCoreApplication::translate(
                "robocert::report", "there is no user \"%1\"; robocert user list shows the users")
                .arg(q(login)));
  }
  if (!user->hasPassword) {
    refused(K::NoPassword, "no password",
            QCoreApplication::translate(
                "robocert::report",
                "user \"%1\" has no password yet; set one with robocert user passwd %1")
                .arg(q(login)));
  }
  if (!store.authenticate(login, password)) {
    refused(K::BadPassword, "wrong password",
            QCoreApplication::translate("robocert::report", "wrong password for user \"%1\"")
                .arg(q(login)));
  }
  if (user->role != st::Role::Approver) {
    refused(K::NotAllowed, "not an approver",
            QCoreApplication::translate("robocert::report",
                                        "user \"%1\" is %2; only an approver may approve a report")
                .arg(q(login), q(st::toString(user->role))));
  }

  // What: a draft of a completed run, content that matches its hash, an intact database.
  if (record.status != st::ReportStatus::Draft) {
    refuse(K::NotADraft,
           QCoreApplication::translate(
               "robocert::report",
               "%1 is approved already; an approved report is never changed: amend it")
               .arg(which));
  }
  const st::Run run = store.run(record.runId);
  if (run.status != st::RunStatus::Completed) {
    refuse(K::RunNotCompleted,
           QCoreApplication::translate(
               "robocert::report", "%1: run %2 is %3; only a completed run's report is approved")
               .arg(which)
               .arg(run.id)
               .arg(q(st::toString(run.status))));
  }
  if (contentJson.empty() || q(sha256Hex(contentJson)) != lower(contentSha256)) {
    refuse(K::Invalid,
           QCoreApplication::translate(
               "robocert::report",
               "%1: the content to approve does not match its SHA-256; nothing was approved")
               .arg(which));
  }
  const st::VerifyReport audit = store.verify();
  if (!audit.intact) {
    refuse(K::AuditBroken,
           QCoreApplication::translate(
               "robocert::report",
               "%1 cannot be approved: the lab database's audit trail is broken (%2); "
               "robocert db verify shows it")
               .arg(which, auditProblem(audit)));
  }

  // The signature covers what the certificate states: which report, what content, who, when.
  st::ApprovalSignature signature;
  signature.approvedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString();
  const std::string sha = lower(contentSha256).toStdString();
  const auto signedBy =
      store.sign(login, password,
                 approvalMessage(reportNumber, record.revision, sha, login, signature.approvedAt));
  if (!signedBy) {  // the password was right a moment ago: it changed in between
    refused(K::BadPassword, "wrong password",
            QCoreApplication::translate("robocert::report", "wrong password for user \"%1\"")
                .arg(q(login)));
  }
  signature.signerFingerprint = signedBy->first;
  signature.signature = signedBy->second;

  st::ReportRecord approved;
  try {
    approved = store.approveReport(record.id, login, contentJson, sha, signature);
  } catch (const st::StoreError& e) {
    // Another program approved it between the checks and this write.
    if (e.kind() != st::StoreError::Kind::Invalid) throw;
    refuse(K::NotADraft,
           QCoreApplication::translate(
               "robocert::report",
               "%1 is approved already; an approved report is never changed: amend it")
               .arg(which));
  }
  return *approvalOf(store, approved);
}

std::optional<Approval> approvalOf(const st::Store& store, const st::ReportRecord& record) {
  if (record.status != st::ReportStatus::Approved || !record.approvedBy) return std::nullopt;
  const std::string& login = *record.approvedBy;
  const auto user = store.findUser(login);
  Approval a;
  a.approvedBy = user && !user->name.empty() ? user->name + " (" + login + ")" : login;
  a.approvedAt = record.approvedAt.value_or("");
  a.contentSha256 = record.contentSha256;
  a.auditHeadHash = record.auditHeadHash;
  a.auditHeadId = record.auditHeadId ? std::to_string(*record.auditHeadId) : std::string();
  if (!record.signature.empty()) a.signer = login;
  a.signerFingerprint = record.signerFingerprint;
  a.signature = record.signature;
  return a;
}

std::string approvalMessage(const std::string& reportNumber, int revision,
                            const std::string& contentSha256, const std::string& signer,
                            const std::string& approvedAt) {
  return "robocert-approval/1\nreport " + reportNumber + "\nrevision " + std::to_string(revision) +
         "\ncontent-sha256 " + contentSha256 + "\nsigner " + signer + "\napproved-at " +
         approvedAt + "\n";
}

std::int64_t recordIssuedFile(st::Store& store, const std::string& reportNumber,
                              const std::string& format, const std::string& language,
                              std::string_view bytes, const std::string& fileName,
                              const std::string& actor) {
  const st::ReportRecord record = latestRevision(store, reportNumber);
  if (format != "pdf" && format != "html" && format != "json") {
    refuse(K::Invalid,
           QCoreApplication::translate("robocert::report", "format \"%1\" is not pdf, html or json")
               .arg(q(format)));
  }
  if (language != "en" && language != "zh" && language != "both") {
    refuse(K::Invalid,
           QCoreApplication::translate("robocert::report", "language \"%1\" is not en, zh or both")
               .arg(q(language)));
  }
  return store.addIssuedFile({.reportId = record.id,
                              .format = format,
                              .language = language,
                              .sha256 = sha256Hex(bytes),
                              .fileName = fileName,
                              .issuedBy = actor});
}

bool FileCheck::ok() const {
  if (!found()) return false;
  for (const Finding& f : findings) {
    if (!f.informational()) return false;
  }
  return true;
}

namespace {

// The checks of the file itself: a certificate, not a draft, saying what the database approved.
void checkEmbedded(FileCheck& out, const st::ReportRecord& r, const QString& which) {
  auto add = [&](Finding::Kind kind, const QString& message) {
    out.findings.push_back({kind, message.toStdString()});
  };
  if (!out.embedded) {
    add(Finding::Kind::IdentityDiffers,
        QCoreApplication::translate("robocert::report",
                                    "the file does not carry its report number and content "
                                    "SHA-256, so it cannot be checked; export the report again "
                                    "(robocert report export)"));
    return;
  }
  const EmbeddedIdentity& e = *out.embedded;
  if (!e.approved) {
    add(Finding::Kind::Draft,
        QCoreApplication::translate("robocert::report",
                                    "this file is a draft (\"Draft, not approved\"), written for "
                                    "review: it is not a certificate, even if %1 was approved "
                                    "later; export the approved report (robocert report export)")
            .arg(which));
    return;
  }
  if (e.reportNumber != r.number || e.revision != r.revision) {
    add(Finding::Kind::IdentityDiffers,
        QCoreApplication::translate("robocert::report",
                                    "the file says it is report %1 revision %2, but it was "
                                    "recorded as %3")
            .arg(q(e.reportNumber))
            .arg(e.revision)
            .arg(which));
  }
  if (r.status == st::ReportStatus::Approved && lower(e.contentSha256) != lower(r.contentSha256)) {
    add(Finding::Kind::IdentityDiffers,
        QCoreApplication::translate("robocert::report",
                                    "the file's content SHA-256 %1 is not the one approved for %2 "
                                    "in the lab database (%3)")
            .arg(q(e.contentSha256), which, q(r.contentSha256)));
  }
}

// The approver's signature, as the file states it, checked with the signer's public key: the
// published one when given, else the database's copy (which someone with write access could have
// replaced: the note says so).
void checkSignature(const st::Store& store, FileCheck& out, const st::ReportRecord& r,
                    const VerifyOptions& options) {
  auto add = [&](Finding::Kind kind, const QString& message) {
    out.findings.push_back({kind, message.toStdString()});
  };
  if (!out.embedded || !out.embedded->approved || r.status != st::ReportStatus::Approved) return;
  const EmbeddedIdentity& e = *out.embedded;
  if (r.signature.empty() && e.signature.empty()) {
    const QString unsignedText = QCoreApplication::translate(
        "robocert::report",
        "the report was approved before approvals were signed: it carries no signature");
    add(options.publishedKeys ? Finding::Kind::Unsigned : Finding::Kind::Note, unsignedText);
    return;
  }
  if (e.signature != r.signature || lower(e.signerFingerprint) != lower(r.signerFingerprint) ||
      e.signer != r.approvedBy.value_or("") || e.approvedAt != r.approvedAt.value_or("")) {
    add(Finding::Kind::IdentityDiffers,
        QCoreApplication::translate("robocert::report",
                                    "the signature, signer or time of approval in the file is not "
                                    "the one recorded in the lab database"));
  }
  std::optional<std::string> pem;
  std::string keyLogin;
  if (options.publishedKeys) {
    for (const st::PublicKey& k : *options.publishedKeys) {
      if (lower(k.fingerprint) == lower(e.signerFingerprint)) {
        pem = k.pem;
        keyLogin = k.login;
      }
    }
    if (!pem) {
      add(Finding::Kind::KeyNotPublished,
          QCoreApplication::translate("robocert::report",
                                      "the file is signed with key %1, which is not among the "
                                      "lab's published keys in %2: it was not signed by an "
                                      "approver of this lab")
              .arg(q(e.signerFingerprint), q(options.publishedKeysName)));
      return;
    }
  } else if (const auto k = store.findKey(e.signerFingerprint)) {
    pem = k->publicKeyPem;
    keyLogin = k->login;
    add(Finding::Kind::Note,
        QCoreApplication::translate("robocert::report",
                                    "the signature was checked with the lab database's own copy "
                                    "of the key, which anyone who can write the database can "
                                    "replace; check against the lab's published keys with --keys"));
  } else {
    add(Finding::Kind::SignatureInvalid,
        QCoreApplication::translate("robocert::report",
                                    "the signing key %1 is not in the lab database")
            .arg(q(e.signerFingerprint)));
    return;
  }
  if (!keyLogin.empty() && keyLogin != e.signer) {
    add(Finding::Kind::SignatureInvalid,
        QCoreApplication::translate("robocert::report",
                                    "the file names %1 as the approver, but key %2 is %3's")
            .arg(q(e.signer), q(e.signerFingerprint), q(keyLogin)));
  }
  const std::string message = approvalMessage(
      e.reportNumber, e.revision, lower(e.contentSha256).toStdString(), e.signer, e.approvedAt);
  if (!st::verifySignature(*pem, message, e.signature)) {
    add(Finding::Kind::SignatureInvalid,
        QCoreApplication::translate("robocert::report",
                                    "the approver's signature does not match the report, its "
                                    "content SHA-256, signer and time: the certificate was forged "
                                    "or altered"));
    return;
  }
  out.signatureChecked =
      (options.publishedKeys
           ? QCoreApplication::translate("robocert::report",
                                         "by %1 with key %2, checked against the published keys "
                                         "in %3")
                 .arg(q(e.signer), q(e.signerFingerprint), q(options.publishedKeysName))
           : QCoreApplication::translate("robocert::report",
                                         "by %1 with key %2, checked against the lab database's "
                                         "copy of the key")
                 .arg(q(e.signer), q(e.signerFingerprint)))
          .toStdString();
}

}  // namespace

FileCheck verifyFile(const st::Store& store, std::string_view bytes, const VerifyOptions& options) {
  FileCheck out;
  out.sha256 = sha256Hex(bytes);
  out.embedded = readEmbeddedIdentity(bytes);
  out.file = store.findIssuedFile(out.sha256);
  if (!out.file) {
    out.message = QCoreApplication::translate("robocert::report",
                                              "this file was not issued by this lab database")
                      .toStdString();
    return out;
  }
  const st::ReportRecord r = store.report(out.file->reportId);
  out.report = r;
  const QString which = QCoreApplication::translate("robocert::report", "report %1 revision %2")
                            .arg(q(r.number))
                            .arg(r.revision);
  out.message = QCoreApplication::translate("robocert::report", "%1, %2 (%3), issued %4 by %5")
                    .arg(which, q(out.file->format), q(out.file->language), q(out.file->issuedAt),
                         q(out.file->issuedBy))
                    .toStdString();
  auto add = [&](Finding::Kind kind, const QString& message) {
    out.findings.push_back({kind, message.toStdString()});
  };

  checkEmbedded(out, r, which);
  const bool draftFile = out.embedded && !out.embedded->approved;
  if (r.status != st::ReportStatus::Approved) {
    if (!draftFile)  // said once: a draft file of a draft revision
      add(Finding::Kind::Draft,
          QCoreApplication::translate("robocert::report", "%1 is a draft: it was never approved")
              .arg(which));
  } else {
    out.contentSha256 = r.contentSha256;
    out.auditHead = (r.auditHeadId ? "#" + std::to_string(*r.auditHeadId) + " " : std::string()) +
                    r.auditHeadHash;
    if (q(sha256Hex(r.contentJson)) != lower(r.contentSha256)) {
      add(Finding::Kind::ContentTampered,
          QCoreApplication::translate(
              "robocert::report",
              "the stored content of %1 no longer matches the SHA-256 recorded at its approval: "
              "the lab database was changed")
              .arg(which));
    }
    const auto entry = r.auditHeadId ? store.auditEntry(*r.auditHeadId) : std::nullopt;
    if (!entry || lower(entry->hashHex) != lower(r.auditHeadHash)) {
      add(Finding::Kind::AuditHeadChanged,
          QCoreApplication::translate(
              "robocert::report",
              "audit entry %1 recorded at the approval of %2 is missing or different: the audit "
              "trail was cut or rewritten since")
              .arg(r.auditHeadId ? QString::number(*r.auditHeadId) : QStringLiteral("?"), which));
    }
    checkSignature(store, out, r, options);
  }
  const st::VerifyReport audit = store.verify();
  if (!audit.intact) {
    add(Finding::Kind::AuditBroken,
        QCoreApplication::translate("robocert::report",
                                    "the lab database's audit trail is broken: %1")
            .arg(auditProblem(audit)));
  }
  // Replaced once a later revision is approved (a draft amendment replaces nothing yet).
  std::optional<int> newer;
  for (const st::ReportRecord& other : store.reports(r.runId)) {
    if (other.number == r.number && other.revision > r.revision &&
        other.status == st::ReportStatus::Approved) {
      newer = std::max(newer.value_or(0), other.revision);
    }
  }
  if (newer) {
    add(Finding::Kind::Superseded,
        QCoreApplication::translate("robocert::report",
                                    "revision %1 of report %2 replaces this one")
            .arg(*newer)
            .arg(q(r.number)));
  }
  return out;
}

// ---- The identity a file carries -------------------------------------------------------------

EmbeddedIdentity embeddedIdentity(const Document& doc) {
  EmbeddedIdentity e;
  e.approved = doc.approval.has_value();
  e.reportNumber = doc.reportNumber;
  e.revision = doc.revision;
  e.contentSha256 = sha256Hex(toJson(doc, false));
  if (doc.approval) {
    e.signer = doc.approval->signer;
    e.approvedAt = doc.approval->approvedAt;
    e.signerFingerprint = doc.approval->signerFingerprint;
    e.signature = doc.approval->signature;
  }
  return e;
}

namespace {

// name -> value of the tags a PDF's XMP (<robocert:Name>value</robocert:Name>) or an HTML head
// (<meta name="robocert:Name" content="value">) carries; the first of each name counts.
std::map<std::string, std::string> taggedValues(std::string_view bytes, bool pdf) {
  static const QRegularExpression xmpTag(QStringLiteral("<robocert:(\\w+)>([^<]*)</robocert:\\1>"));
  static const QRegularExpression metaTag(
      QStringLiteral("<meta name=\"robocert:(\\w+)\" content=\"([^\"]*)\">"));
  // Latin-1 keeps every byte as one character: a PDF's binary streams cannot break the search.
  const QString text = QString::fromLatin1(bytes.data(), static_cast<qsizetype>(bytes.size()));
  std::map<std::string, std::string> values;
  auto it = (pdf ? xmpTag : metaTag).globalMatch(text);
  while (it.hasNext()) {
    const QRegularExpressionMatch m = it.next();
    QString value = m.captured(2);
    value.replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    values.emplace(m.captured(1).toStdString(), value.toLatin1().toStdString());
  }
  return values;
}

}  // namespace

std::optional<EmbeddedIdentity> readEmbeddedIdentity(std::string_view bytes) {
  const auto start = bytes.find_first_not_of(" \t\r\n");
  if (start != std::string_view::npos && bytes[start] == '{') {
    auto parsed = fromJson(std::string(bytes));
    if (!std::holds_alternative<Document>(parsed)) return std::nullopt;
    try {
      return embeddedIdentity(std::get<Document>(parsed));
    } catch (const std::invalid_argument&) {
      return std::nullopt;
    }
  }
  const auto values = taggedValues(bytes, bytes.starts_with("%PDF-"));
  auto value = [&](const char* name) {
    const auto it = values.find(name);
    return it == values.end() ? std::string() : it->second;
  };
  EmbeddedIdentity e;
  e.reportNumber = value("ReportNumber");
  e.contentSha256 = value("ContentSHA256");
  const std::string status = value("Status");
  bool revisionOk = false;
  e.revision = QString::fromStdString(value("Revision")).toInt(&revisionOk);
  if (e.reportNumber.empty() || e.contentSha256.empty() || !revisionOk ||
      (status != "approved" && status != "draft"))
    return std::nullopt;
  e.approved = status == "approved";
  e.signer = value("Signer");
  e.approvedAt = value("ApprovedAt");
  e.signerFingerprint = value("SignerFingerprint");
  e.signature = value("Signature");
  return e;
}

}  // namespace robocert::report
